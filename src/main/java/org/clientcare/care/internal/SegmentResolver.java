package org.clientcare.care.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.care.Segment;
import org.clientcare.care.SegmentChoices;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.tiering.Tier;

import org.springframework.stereotype.Component;

/**
 * Checks a segment's values (an org unit, an account manager or a product it does not know is refused naming the
 * list) and resolves its org units (with the units below them) and managers to ids; the audience is kept inside the
 * subtree of the campaign's org unit. It also tells the builder which values to offer.
 */
@Component
public class SegmentResolver {

	private static final Set<String> RISK_LEVELS = Set.of("C1", "C2", "C3", "C4", "C5");

	private final IdentityManagement identity;

	private final ProductCatalogue products;

	SegmentResolver(IdentityManagement identity, ProductCatalogue products) {
		this.identity = identity;
		this.products = products;
	}

	/**
	 * The values a segment of a campaign made in {@code orgUnitId} may take: the org units of its subtree (departments
	 * hold no customers), the enabled account managers working there by display name, and every product by name.
	 */
	public SegmentChoices choices(long orgUnitId, Locale locale) {
		Set<Long> subtree = identity.subtree(orgUnitId);
		List<OrgUnit> units = identity.orgUnits().stream()
			.filter(u -> subtree.contains(u.id()) && u.kind() != OrgUnit.Kind.DEPARTMENT)
			.toList();
		Map<Long, OrgUnit> byId = identity.orgUnits().stream()
			.collect(Collectors.toMap(OrgUnit::id, u -> u));
		List<SegmentChoices.Manager> managers = identity.usersWithRole(Role.ACCOUNT_MANAGER).stream()
			.filter(m -> m.enabled() && subtree.contains(m.orgUnitId()))
			.map(m -> new SegmentChoices.Manager(m.username(), m.displayName(), byId.get(m.orgUnitId())))
			.sorted(Comparator.comparing(SegmentChoices.Manager::displayName, Collator.getInstance(locale)))
			.toList();
		List<Product> catalogue = products.all().stream()
			.sorted(Comparator.comparing((Product p) -> p.name(locale), Collator.getInstance(locale)))
			.toList();
		return new SegmentChoices(units, managers, catalogue);
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
			if (v.length() > 32 || products.find(v).isEmpty()) {
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
