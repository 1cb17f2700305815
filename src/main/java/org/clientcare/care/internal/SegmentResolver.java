package org.clientcare.care.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clientcare.care.Segment;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.tiering.Tier;

import org.springframework.stereotype.Component;

/**
 * Checks a segment's values and resolves its org units (with the units below them) and managers to ids; the audience is
 * kept inside the subtree of the campaign's org unit.
 */
@Component
public class SegmentResolver {

	private static final Set<String> RISK_LEVELS = Set.of("C1", "C2", "C3", "C4", "C5");

	private final IdentityManagement identity;

	SegmentResolver(IdentityManagement identity) {
		this.identity = identity;
	}

	/**
	 * The segment resolved within the subtree of {@code orgUnitId}.
	 *
	 * @throws InvalidInput naming {@code segment.<list>} for an unknown value
	 */
	public Segments.Resolved resolve(Segment segment, long orgUnitId) {
		Segment s = segment == null ? Segment.everyone() : segment;
		InvalidInput.Collector errors = new InvalidInput.Collector();
		check(errors, "segment.tiers", s.tiers(), v -> Tier.valueOf(v));
		check(errors, "segment.customerTypes", s.customerTypes(), v -> CustomerType.valueOf(v));
		check(errors, "segment.statuses", s.statuses(), v -> {
			if (CustomerStatus.valueOf(v) == CustomerStatus.CLOSED) {
				throw new IllegalArgumentException();
			}
		});
		check(errors, "segment.riskLevels", s.riskLevels(), v -> {
			if (!RISK_LEVELS.contains(v)) {
				throw new IllegalArgumentException();
			}
		});
		check(errors, "segment.productCodes", s.productCodes(), v -> {
			if (v.length() > 32) {
				throw new IllegalArgumentException();
			}
		});
		if (s.birthMonths().stream().anyMatch(m -> m < 1 || m > 12)) {
			errors.add("segment.birthMonths", "range", "Birth months are 1 to 12");
		}
		Set<Long> units = new LinkedHashSet<>();
		for (String code : s.orgUnits()) {
			identity.findOrgUnit(code).map(OrgUnit::id).ifPresentOrElse(id -> units.addAll(identity.subtree(id)),
					() -> errors.add("segment.orgUnits", "unknown", "No org unit " + code));
		}
		List<Long> managers = new ArrayList<>();
		for (String username : s.managers()) {
			identity.findUser(username).map(StaffUser::id).ifPresentOrElse(managers::add,
					() -> errors.add("segment.managers", "unknown", "No staff member " + username));
		}
		errors.throwIfAny();
		return new Segments.Resolved(s.tiers(), s.riskLevels(), List.copyOf(units), managers, s.customerTypes(),
				s.productCodes(), s.birthMonths(), s.statuses(), identity.subtree(orgUnitId));
	}

	private static void check(InvalidInput.Collector errors, String field, List<String> values,
			java.util.function.Consumer<String> check) {
		for (String value : values) {
			try {
				check.accept(value);
			}
			catch (IllegalArgumentException e) {
				errors.add(field, "unknown", "Unknown value " + value);
				return;
			}
		}
	}
}
