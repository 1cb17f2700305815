package org.clientcare.appointment;

import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Qualifier;
import org.clientcare.identity.Target;
import org.clientcare.shared.problem.Forbidden;

import org.springframework.stereotype.Component;

/**
 * This module's questions to the permission model ({@link Permission#APPOINTMENT_WRITE},
 * {@link Permission#APPOINTMENT_SCHEDULE}): service agents, account managers (for their own customers, and the
 * appointments they receive), branch managers (at the units of their subtree) and administrators write appointments;
 * compliance and everyone else only read. Advisors' schedules and opening hours are set by administrators and by branch
 * managers for their subtree.
 */
@Component
class AppointmentWriters {

	private final Authorization authorization;

	AppointmentWriters(Authorization authorization) {
		this.authorization = authorization;
	}

	/** Staff who may take lifecycle steps on an appointment they see. */
	void requireWriter() {
		authorization.require(Permission.APPOINTMENT_WRITE);
	}

	/** Staff who may book; an account manager books for its own customers only. */
	void requireBooker(Long customerId) {
		requireWriter();
		if (customerId == null && authorization.reach(Permission.APPOINTMENT_WRITE).orElseThrow() == Qualifier.OWN_CUSTOMERS) {
			throw new Forbidden("own-customers-only", "Account managers book for their own customers");
		}
	}

	/** A branch manager acts at the units of its subtree only. */
	void requireUnit(long orgUnitId) {
		if (authorization.reach(Permission.APPOINTMENT_WRITE).orElse(null) == Qualifier.OWN_SUBTREE) {
			authorization.require(Permission.APPOINTMENT_WRITE, Target.unit(orgUnitId));
		}
	}

	/** Administrators, and branch managers for the units of their subtree, set advisors and opening hours. */
	void requireScheduler(long orgUnitId) {
		authorization.require(Permission.APPOINTMENT_SCHEDULE, Target.unit(orgUnitId));
	}

	boolean mayWrite() {
		return authorization.can(Permission.APPOINTMENT_WRITE);
	}

	boolean maySchedule() {
		return authorization.can(Permission.APPOINTMENT_SCHEDULE);
	}
}
