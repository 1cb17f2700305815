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
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
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

	private final Authorization authorization;

	IdentityManagement(OrgUnits orgUnits, StaffUsers users, PasswordEncoder passwords, AuditTrail audit,
			Authorization authorization) {
		this.authorization = authorization;
		this.orgUnits = orgUnits;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** Adds a unit below {@code parentCode} (none for the head office). */
	@Transactional
	public OrgUnit createOrgUnit(String code, String nameZh, String nameEn, OrgUnit.Kind kind, String parentCode) {
		requireAdmin();
		var problems = new InvalidInput.Collector();
		if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
			problems.add("code", "format", "Upper-case letters, digits and '-', 2–32 characters");
		}
		if (nameZh == null || nameZh.isBlank() || nameZh.length() > 100) {
			problems.add("nameZh", "required", "A Chinese name of up to 100 characters");
		}
		if (nameEn == null || nameEn.isBlank() || nameEn.length() > 100) {
			problems.add("nameEn", "required", "An English name of up to 100 characters");
		}
		Optional<OrgUnit> parentUnit = parentCode == null ? Optional.empty() : orgUnits.byCode(parentCode);
		if (kind == OrgUnit.Kind.HEAD_OFFICE ? parentCode != null || orgUnits.all().stream()
			.anyMatch(u -> u.kind() == OrgUnit.Kind.HEAD_OFFICE) : parentUnit.isEmpty()) {
			problems.add("parent", "tree", kind == OrgUnit.Kind.HEAD_OFFICE ? "There is one head office, at the root"
					: "A unit hangs below an existing unit");
		}
		else if (kind == OrgUnit.Kind.BRANCH && parentUnit.get().kind() != OrgUnit.Kind.HEAD_OFFICE
				|| kind == OrgUnit.Kind.SUB_BRANCH && parentUnit.get().kind() != OrgUnit.Kind.BRANCH) {
			problems.add("parent", "tree", "Branches hang below the head office, sub-branches below a branch");
		}
		problems.throwIfAny();
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
		return createUser(username, displayName, role, orgUnitCode, email, rawPassword, null);
	}

	/**
	 * Adds staff users who start with one and the same known password, as the system's own work only (the demo's
	 * users, whose password is public): the slow hash (a fifth of a second of CPU at the installation's strength) is
	 * computed once and kept for each of them, so their stored hashes are equal, as their passwords are.
	 *
	 * @throws org.clientcare.shared.problem.Forbidden for a caller other than the system
	 */
	@Transactional
	public List<StaffUser> createUsersWithOnePassword(List<NewStaffUser> newUsers, String rawPassword) {
		requireAdmin();
		if (!CurrentActor.get().isSystem()) {
			throw new org.clientcare.shared.problem.Forbidden("system-only", "Only the system creates users with one password");
		}
		String hash = passwords.encode(rawPassword);
		return newUsers.stream().map(u -> createUser(u.username(), u.displayName(), u.role(), u.orgUnitCode(), u.email(),
				rawPassword, hash)).toList();
	}

	/** A staff user to add with {@link #createUsersWithOnePassword}. */
	public record NewStaffUser(String username, String displayName, Role role, String orgUnitCode, String email) {
	}

	private StaffUser createUser(String username, String displayName, Role role, String orgUnitCode, String email,
			String rawPassword, String hash) {
		requireAdmin();
		var problems = new InvalidInput.Collector();
		if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			problems.add("username", "format", "Lower-case letters, digits, '.', '_' or '-', 2–64 characters");
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
			problems.add("displayName", "required", "A name of up to 100 characters");
		}
		if (role == null) {
			problems.add("role", "required", "A role is required");
		}
		if (!CurrentActor.get().isSystem() && (rawPassword == null || rawPassword.length() < 10 || rawPassword.length() > 128)) {
			problems.add("password", "size", "A password of 10 to 128 characters");
		}
		if (orgUnitCode == null || orgUnits.byCode(orgUnitCode).isEmpty()) {
			problems.add("orgUnit", "unknown", "No org unit with this code");
		}
		problems.throwIfAny();
		if (users.byUsername(username).isPresent()) {
			throw new Conflict("user-exists", "User " + username + " exists");
		}
		OrgUnit unit = orgUnit(orgUnitCode);
		StaffUser user = users.insert(username, displayName, role, unit.id(), email,
				hash != null ? hash : passwords.encode(rawPassword));
		audit.record("user.created", "user", user.id(), null,
				Map.of("username", username, "displayName", displayName, "role", role.name(), "orgUnit", orgUnitCode));
		return user;
	}

	/** Ends a sign-in lock-out before its time (an admin's decision, audited). */
	@Transactional
	public void unlock(String username) {
		requireAdmin();
		StaffUser user = findUser(username).orElseThrow(() -> new NotFound("User", username));
		users.unlock(username);
		audit.record("user.unlocked", "user", user.id(), null, Map.of("username", username));
	}

	/**
	 * Records the day a staff member joined (入职日期), for the headcount of the periods before the account existed, e.g.
	 * at go-live (an admin's decision, audited); 404 for no such user.
	 */
	@Transactional
	public void recordEmployedSince(String username, java.time.LocalDate day) {
		requireAdmin();
		if (day == null) {
			throw InvalidInput.of("employedSince", "required", "The day the staff member joined");
		}
		StaffUser user = findUser(username).orElseThrow(() -> new NotFound("User", username));
		users.employedSince(username, day);
		audit.record("user.employed-since", "user", user.id(), null,
				Map.of("username", username, "employedSince", day.toString()));
	}

	/**
	 * The enabled staff users (every role) who had joined by {@code day} in the institution's {@code zone}: with
	 * {@code day} a period's last day, the staff employed during the period (its headcount). Leaving is not recorded
	 * (users are disabled, never removed): a disabled user counts in no period.
	 */
	public List<StaffUser> usersEmployedBy(java.time.LocalDate day, java.time.ZoneId zone) {
		return users.employedBy(day, zone);
	}

	/** Users with their lock state, for administrators and compliance (which reads the configuration). */
	public List<StaffAccount> accounts() {
		authorization.require(Permission.CONFIGURATION_READ);
		return users.accounts();
	}

	/** One page of the users with their lock state, by username, for administrators and compliance. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<StaffAccount> accounts(int page, int size) {
		authorization.require(Permission.CONFIGURATION_READ);
		return new ResultPage<>(users.accounts((long) page * size, size), page, size, users.count());
	}

	/** Refuses anyone but an administrator (or the system). */
	public void requireAdmin() {
		authorization.require(Permission.ADMINISTER);
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

	/** Who answers for work in each org unit when it goes wrong, read once for a batch (see {@link Supervisors}). */
	public Supervisors supervisors() {
		return new Supervisors(users.withRole(Role.BRANCH_MANAGER), users.withRole(Role.ADMIN), this::orgUnit);
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
		Set<Long> subtree = DataScope.reachOf(role) == DataScope.Reach.SUBTREE ? subtree(actor.orgUnitId()) : Set.of();
		return DataScope.of(actor, role, subtree);
	}

	/** Whether the current actor's role carries a permission; the system may do everything ({@link Authorization#can}). */
	public boolean currentMay(Permission permission) {
		return authorization.can(permission);
	}
}
