package org.clientcare.customer;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's data export (个人信息查阅复制, PIPL Art. 45; SPEC §11): everything every module holds about one customer
 * as one document, its PII unmasked. Like a reveal it needs {@link Permission#PII_REVEAL}, a scope that is not
 * always-masked, the customer within scope (else {@link CustomerNotFound}) and a reason; it is audited as
 * {@code customer.exported} with the reason and the sections it held.
 */
@Service
public class CustomerDataExport {

	private final CustomerManagement customers;

	private final ObjectProvider<CustomerDataSection> sections;

	private final Authorization authorization;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final org.clientcare.shared.jdbc.ReportReads reads;

	private final Clock clock;

	CustomerDataExport(CustomerManagement customers, ObjectProvider<CustomerDataSection> sections,
			Authorization authorization, IdentityManagement identity, AuditTrail audit, Clock clock,
			org.clientcare.shared.jdbc.ReportReads reads) {
		this.reads = reads;
		this.customers = customers;
		this.sections = sections;
		this.authorization = authorization;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** The export of a customer in scope, as JSON-ready maps: who, when, why, and one entry per section. */
	@Transactional
	public Map<String, Object> export(long id, String reason) {
		if (!authorization.can(Permission.PII_REVEAL) || identity.currentScope().masked()) {
			throw new Forbidden("export-not-allowed", "Your role may not export personal information");
		}
		if (reason == null || reason.strip().length() < 2) {
			throw InvalidInput.of("reason", "required", "Say why you export the customer's personal information");
		}
		CustomerRef ref = customers.requireVisible(new org.clientcare.shared.CustomerId(id));
		authorization.require(Permission.PII_REVEAL, Target.customer(ref.orgUnitId(), ref.managerId()));
		// the sections are read on the replica when there is one; the audit record is written on the primary
		Map<String, Object> byName = reads.read(() -> {
			Map<String, Object> read = new LinkedHashMap<>();
			sections.orderedStream().sorted(Comparator.comparing(CustomerDataSection::name))
				.forEach(section -> read.put(section.name(), section.export(ref.id())));
			return read;
		});
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("customerId", id);
		document.put("customerNo", ref.customerNo());
		document.put("exportedAt", clock.instant());
		document.put("exportedBy", CurrentActor.get().username());
		document.put("reason", reason.strip());
		document.put("sections", byName);
		audit.record("customer.exported", "customer", id, null,
				Map.of("sections", String.join(",", byName.keySet())), reason.strip());
		return document;
	}
}
