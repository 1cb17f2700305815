package org.clientcare.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.internal.OrgUnits;
import org.clientcare.identity.internal.StaffUsers;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Org units and staff users: creating them (audited), looking them up, and the data scope of the current actor.
 */
@Service
public class IdentityManagement {

	private final OrgUnits orgUnits;

	private final StaffUsers users;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	IdentityManagement(OrgUnits orgUnits, StaffUsers users, PasswordEncoder passwords, AuditTrail audit) {
		this.orgUnits = orgUnits;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** Adds a unit below {@code parentCode} (none for the head office). */
	@Transactional
	public OrgUnit createOrgUnit(String code, String nameZh, String nameEn, OrgUnit.Kind kind, String parentCode) {
		if (orgUnits.byCode(code).isPresent()) {
			throw new Conflict("org-unit-exists", "Org unit " + code + " exists");
		}
		OrgUnit parent = parentCode == null ? null : orgUnit(parentCode);
		OrgUnit unit = orgUnits.insert(code, nameZh, nameEn, kind, parent);
		audit.record("org-unit.created", "org_unit", unit.id(), null,
				Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn, "kind", kind.name(),
						"parent", parentCode == null ? "" : parentCode));
		return unit;
	}

	/** Adds a staff user with a password hashed by the slow password encoder. */
	@Transactional
	public StaffUser createUser(String username, String displayName, Role role, String orgUnitCode, String email,
			String rawPassword) {
		if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			throw InvalidInput.of("username", "format", "Lower-case letters, digits, '.', '_' or '-', 2–64 characters");
		}
		if (users.byUsername(username).isPresent()) {
			throw new Conflict("user-exists", "User " + username + " exists");
		}
		OrgUnit unit = orgUnit(orgUnitCode);
		StaffUser user = users.insert(username, displayName, role, unit.id(), email, passwords.encode(rawPassword));
		audit.record("user.created", "user", user.id(), null,
				Map.of("username", username, "displayName", displayName, "role", role.name(), "orgUnit", orgUnitCode));
		return user;
	}

	public OrgUnit orgUnit(String code) {
		return orgUnits.byCode(code).orElseThrow(() -> new NotFound("Org unit", code));
	}

	public Optional<OrgUnit> findOrgUnit(String code) {
		return orgUnits.byCode(code);
	}

	public Optional<OrgUnit> orgUnit(long id) {
		return orgUnits.byId(id);
	}

	public List<OrgUnit> orgUnits() {
		return orgUnits.all();
	}

	/** The ids of a unit and every unit below it. */
	public Set<Long> subtree(long orgUnitId) {
		return orgUnits.subtreeIds(orgUnitId);
	}

	public Optional<StaffUser> findUser(String username) {
		return users.byUsername(username);
	}

	public Optional<StaffUser> user(long id) {
		return users.byId(id);
	}

	public List<StaffUser> usersWithRole(Role role) {
		return users.withRole(role);
	}

	public boolean hasUsers() {
		return users.count() > 0;
	}

	/** The data scope of whoever acts on this thread. */
	public DataScope currentScope() {
		return scopeOf(CurrentActor.get());
	}

	public DataScope scopeOf(Actor actor) {
		if (actor.isSystem()) {
			return DataScope.all();
		}
		if (actor.isAnonymous() || actor.userId() == null) {
			return DataScope.none();
		}
		Role role = Role.valueOf(actor.role());
		Set<Long> subtree = role == Role.BRANCH_MANAGER ? subtree(actor.orgUnitId()) : Set.of();
		return DataScope.of(actor, role, subtree);
	}

	/** Whether the current actor's role carries a permission; the system may do everything. */
	public boolean currentMay(Role.Permission permission) {
		Actor actor = CurrentActor.get();
		return actor.isSystem() || (!actor.isAnonymous() && Role.valueOf(actor.role()).may(permission));
	}
}
