package org.clientcare.customer.internal;

import java.util.Optional;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Where a new customer may be registered and for which account manager: a branch or sub-branch within the
 * registering user's reach, and an enabled account manager of that unit (an account manager registers for itself).
 */
@Component
public class Registrations {

	private final IdentityManagement identity;

	Registrations(IdentityManagement identity) {
		this.identity = identity;
	}

	public OrgUnit unit(String code, Actor actor, InvalidInput.Collector problems) {
		Optional<OrgUnit> unit = code == null ? Optional.empty() : identity.findOrgUnit(code.strip());
		if (unit.isEmpty() || unit.get().kind() == OrgUnit.Kind.DEPARTMENT) {
			problems.add("orgUnit", "unknown", "No branch or sub-branch with this code");
			return null;
		}
		if (!actor.isSystem() && !Role.valueOf(actor.role()).may(Role.Permission.ADMINISTER)
				&& !identity.subtree(actor.orgUnitId()).contains(unit.get().id())) {
			problems.add("orgUnit", "outside-scope", "You may register customers only in your own unit");
		}
		return unit.get();
	}

	public Long manager(String username, OrgUnit unit, Actor actor, InvalidInput.Collector problems) {
		if ((username == null || username.isBlank()) && "ACCOUNT_MANAGER".equals(actor.role())) {
			return actor.userId();
		}
		if (username == null || username.isBlank()) {
			return null;
		}
		Optional<StaffUser> manager = identity.findUser(username.strip());
		if (manager.isEmpty() || manager.get().role() != Role.ACCOUNT_MANAGER || !manager.get().enabled()) {
			problems.add("managerUsername", "unknown", "No account manager with this username");
			return null;
		}
		if ("ACCOUNT_MANAGER".equals(actor.role()) && manager.get().id() != actor.userId()) {
			problems.add("managerUsername", "not-yourself", "An account manager registers customers for itself");
		}
		if (unit != null && identity.orgUnit(manager.get().orgUnitId())
			.map(m -> !m.path().startsWith(unit.path()) && !unit.path().startsWith(m.path())).orElse(true)) {
			problems.add("managerUsername", "outside-unit", "The account manager works in another unit");
		}
		return manager.get().id();
	}
}
