package org.clientcare.appointment;

import java.util.Set;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Forbidden;

import org.springframework.stereotype.Component;

/**
 * Who may write appointments (SPEC §1): service agents, account managers (for their own customers, and the
 * appointments they receive), branch managers (at the units of their subtree) and administrators; compliance and
 * everyone else only read. Advisors' schedules and opening hours are set by administrators and by branch managers for
 * their subtree. Every check of this module is here, in one place.
 */
@Component
class AppointmentWriters {

	private static final Set<String> WRITERS = Set.of("ADMIN", "BRANCH_MANAGER", "SERVICE_AGENT", "ACCOUNT_MANAGER");

	private final IdentityManagement identity;

	AppointmentWriters(IdentityManagement identity) {
		this.identity = identity;
	}

	/** Staff who may take lifecycle steps on an appointment they see. */
	void requireWriter() {
		Actor actor = CurrentActor.get();
		if (!actor.isSystem() && !WRITERS.contains(actor.role())) {
			throw new Forbidden("read-only", "Your role may not change appointments");
		}
	}

	/** Staff who may book; an account manager books for its own customers only. */
	void requireBooker(Long customerId) {
		requireWriter();
		if ("ACCOUNT_MANAGER".equals(CurrentActor.get().role()) && customerId == null) {
			throw new Forbidden("own-customers-only", "Account managers book for their own customers");
		}
	}

	/** A branch manager acts at the units of its subtree only. */
	void requireUnit(long orgUnitId) {
		Actor actor = CurrentActor.get();
		if ("BRANCH_MANAGER".equals(actor.role()) && !identity.subtree(actor.orgUnitId()).contains(orgUnitId)) {
			throw new Forbidden("outside-subtree", "Branch managers act at the units of their subtree");
		}
	}

	/** Administrators, and branch managers for the units of their subtree, set advisors and opening hours. */
	void requireScheduler(long orgUnitId) {
		Actor actor = CurrentActor.get();
		if (actor.isSystem() || "ADMIN".equals(actor.role())) {
			return;
		}
		if (!"BRANCH_MANAGER".equals(actor.role())) {
			throw new Forbidden("schedulers-only", "Only administrators and branch managers set advisors and hours");
		}
		requireUnit(orgUnitId);
	}

	boolean mayWrite() {
		Actor actor = CurrentActor.get();
		return actor.isSystem() || WRITERS.contains(actor.role());
	}

	boolean maySchedule() {
		Actor actor = CurrentActor.get();
		return actor.isSystem() || "ADMIN".equals(actor.role()) || "BRANCH_MANAGER".equals(actor.role());
	}
}
