package org.clientcare.customer;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.internal.Customers;
import org.clientcare.shared.CustomerId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises customers irreversibly (SPEC §11), for the privacy module's {@code retention} job, which decides who: every
 * module's {@link CustomerAnonymisation} first, then the customer record itself (name replaced by
 * {@code 已匿名客户 <customer no.>}, PII and search hashes removed, {@code anonymised_at} set). Each customer anonymised
 * is audited as {@code customer.anonymised}; the trail, which only ever held masked values, keeps them.
 */
@Service
public class CustomerAnonymiser {

	private final Customers customers;

	private final ObjectProvider<CustomerAnonymisation> parts;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	private final org.clientcare.approval.ApprovalManagement approvals;

	CustomerAnonymiser(Customers customers, ObjectProvider<CustomerAnonymisation> parts, AuditTrail audit,
			java.time.Clock clock, org.clientcare.approval.ApprovalManagement approvals) {
		this.approvals = approvals;
		this.customers = customers;
		this.parts = parts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Anonymises one category of what the modules hold about these customers — the parts of that category only, the
	 * customer record staying as it is (that is {@link #anonymise}, when every category's retention has passed) —
	 * and audits it per customer as {@code customer.category-anonymised}; answers the rows changed per module.
	 * The identity category goes only with the customer record: asked for it, this changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> anonymise(DataCategory category, Collection<CustomerId> ids) {
		Map<String, Object> counts = new LinkedHashMap<>();
		if (category == DataCategory.IDENTITY || ids.isEmpty()) {
			return counts;
		}
		Long[] array = ids.stream().map(CustomerId::value).toArray(Long[]::new);
		parts.orderedStream().filter(part -> part.category() == category)
			.sorted(Comparator.comparing(CustomerAnonymisation::name))
			.forEach(part -> counts.put(part.name(), part.anonymise(array)));
		audit.recordAll(ids.stream().map(id -> new AuditTrail.Change("customer.category-anonymised", "customer",
				id.value(), null, Map.of("category", category.key(), "parts", String.join(",", counts.keySet())))).toList());
		return counts;
	}

	/** The names of the parts of a category (the identity category: the customer record and its requests too). */
	public List<String> partsOf(DataCategory category) {
		List<String> names = new java.util.ArrayList<>(parts.orderedStream().filter(part -> part.category() == category)
			.map(CustomerAnonymisation::name).sorted().toList());
		if (category == DataCategory.IDENTITY) {
			names.add(0, "customer");
			names.add("approvals");
		}
		return names;
	}

	/** Anonymises those of {@code ids} not anonymised yet; answers the rows changed per module and the customers. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> anonymise(Collection<CustomerId> ids) {
		Long[] array = ids.stream().map(CustomerId::value).toArray(Long[]::new);
		Map<String, Object> counts = new LinkedHashMap<>();
		parts.orderedStream().sorted(Comparator.comparing(CustomerAnonymisation::name))
			.forEach(part -> counts.put(part.name(), part.anonymise(array)));
		// the requests about the customer itself (closure, tier override) may quote its name
		counts.put("approvals", approvals.anonymiseSubjects("customer", ids.stream().map(CustomerId::value).toList(),
				CustomerAnonymisation.REPLACED));
		List<Long> done = customers.anonymise(array, clock.instant());
		audit.recordAll(done.stream().map(id -> new AuditTrail.Change("customer.anonymised", "customer", id,
				null, Map.of("anonymised", true))).toList());
		counts.put("customers", done.size());
		return counts;
	}
}
