package org.clientcare.identity;

import java.util.Set;

import org.clientcare.identity.internal.OrgUnits;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Forbidden;

import org.springframework.stereotype.Service;

/**
 * The one place where a write is allowed or refused: every command asks {@link #require(Permission, Target)} (or, where
 * the record's lookup already applied the data scope and no qualifier narrows it further, {@link #require(Permission)})
 * before it changes anything. The answer comes from {@link Permission}'s table; the system may do everything, someone
 * not signed in nothing. Pages ask {@link #can} which buttons and forms to show. The API asks it once more before a
 * write's body is read, for the permission the endpoint declares ({@link Requires}), and refuses there only a caller
 * the table refuses whatever the record ({@link #refusesWhateverTheRecord}).
 */
@Service
public class Authorization {

	private final OrgUnits orgUnits;

	Authorization(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** The model for pages ({@code permissions} in every rendered page). */
	public PagePermissions forPages() {
		return new PagePermissions(this);
	}

	/** Who acts on this thread. */
	public Subject subject() {
		return Subject.of(CurrentActor.get());
	}

	/** Whether the current subject's role holds the permission at all (to show a button; the command checks the target). */
	public boolean can(Permission permission) {
		return allows(subject(), permission);
	}

	/** Whether the current subject may do this to the record described by {@code target}. */
	public boolean can(Permission permission, Target target) {
		return allows(subject(), permission, target);
	}

	/**
	 * How far the current subject may do this: {@link Qualifier#ANY} for the system, empty when not at all. For a
	 * command that must narrow what it accepts before there is a record (an account manager books only for a customer).
	 */
	public java.util.Optional<Qualifier> reach(Permission permission) {
		Subject subject = subject();
		if (subject.isSystem()) {
			return java.util.Optional.of(Qualifier.ANY);
		}
		return subject.isStaff() ? permission.grantFor(subject.role()) : java.util.Optional.empty();
	}

	/** Refuses (403) a subject whose role does not hold the permission. */
	public void require(Permission permission) {
		if (!can(permission)) {
			throw refused(permission);
		}
	}

	/** Refuses (403) a subject who may not do this to the record described by {@code target}. */
	public void require(Permission permission, Target target) {
		if (!can(permission, target)) {
			throw refused(permission);
		}
	}

	/** The table's answer for a role, whatever the record. */
	public static boolean allows(Subject subject, Permission permission) {
		return subject.isSystem() || subject.isStaff() && subject.role().may(permission);
	}

	/**
	 * Whether the table refuses the subject a write declared with {@code permissions} whatever its record: its role
	 * holds none of them, and it sees every record the request may name ({@link Names#seenWholeBy}), so that the 403
	 * it gets up front is the answer it would get for any record. Someone not signed in is refused; the system never.
	 */
	public static boolean refusesWhateverTheRecord(Subject subject, java.util.Collection<Permission> permissions,
			Names names) {
		if (subject.isSystem()) {
			return false;
		}
		if (!subject.isStaff()) {
			return true;
		}
		return permissions.stream().noneMatch(subject.role()::may) && names.seenWholeBy(subject.role());
	}

	/** Refuses (403, as {@link #require(Permission)}) a write the current subject may do to no record (see above). */
	public void requireSomeRecord(java.util.Collection<Permission> permissions, Names names) {
		if (refusesWhateverTheRecord(subject(), permissions, names)) {
			throw new Forbidden("not-permitted", "Your role may not do this ("
					+ String.join(" or ", permissions.stream().map(Permission::authority).toList()) + ")");
		}
	}

	/** The table's answer for a subject and a record. */
	public boolean allows(Subject subject, Permission permission, Target target) {
		if (subject.isSystem()) {
			return true;
		}
		if (!subject.isStaff()) {
			return false;
		}
		return permission.grantFor(subject.role()).map(q -> q.holds(subject, target, this::subtree)).orElse(false);
	}

	private Set<Long> subtree(long orgUnitId) {
		return orgUnits.subtreeIds(orgUnitId);
	}

	private static Forbidden refused(Permission permission) {
		return new Forbidden("not-permitted", "Your role may not do this (" + permission.authority() + ")");
	}
}
