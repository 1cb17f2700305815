package org.clientcare.customer.internal;

import java.util.Optional;

import org.clientcare.customer.RegistrationRules;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Qualifier;
import org.clientcare.identity.Subject;
import org.clientcare.shared.Actor;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Where a new customer may be registered and for which account manager: the unit and manager of
 * {@link RegistrationRules}, looked up in identity, and who may register where — a unit within the registering user's
 * reach; an account manager registers customers for itself.
 */
@Component
public class Registrations {

	private final IdentityManagement identity;

	Registrations(IdentityManagement identity) {
		this.identity = identity;
	}

	public OrgUnit unit(String code, Actor actor, InvalidInput.Collector problems) {
		OrgUnit unit = RegistrationRules.unit(code == null ? Optional.empty() : identity.findOrgUnit(code.strip()), problems);
		if (unit != null && !Authorization.allows(Subject.of(actor), Permission.ADMINISTER)
				&& !identity.subtree(actor.orgUnitId()).contains(unit.id())) {
			problems.add("orgUnit", "outside-scope", "You may register customers only in your own unit");
		}
		return unit;
	}

	public Long manager(String username, OrgUnit unit, Actor actor, InvalidInput.Collector problems) {
		boolean forItself = registersForItself(actor);
		if ((username == null || username.isBlank()) && forItself) {
			return actor.userId();
		}
		if (username == null || username.isBlank()) {
			return null;
		}
		Long manager = RegistrationRules.manager(identity.findUser(username.strip()), unit, identity::orgUnit, problems);
		if (manager != null && forItself && !manager.equals(actor.userId())) {
			problems.add("managerUsername", "not-yourself", "An account manager registers customers for itself");
		}
		return manager;
	}

	/** Whether the actor may write only its own customers' records, so that what it registers is its own. */
	private static boolean registersForItself(Actor actor) {
		Subject subject = Subject.of(actor);
		return subject.isStaff()
				&& Permission.CUSTOMER_WRITE.grantFor(subject.role()).orElse(null) == Qualifier.OWN_CUSTOMERS;
	}
}
