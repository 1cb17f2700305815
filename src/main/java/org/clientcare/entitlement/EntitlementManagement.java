package org.clientcare.entitlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.entitlement.internal.Grants;
import org.clientcare.entitlement.internal.OveruseApproval;
import org.clientcare.entitlement.internal.Uses;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's entitlements (客户权益) within the caller's data scope: what its tier and type carry this year with the
 * balance of each quota, and the uses staff record. A use within the quota counts at once; a use beyond it waits for a
 * checker ({@code entitlement.overuse}, a branch manager of the customer's unit or an administrator, never the maker)
 * and counts only once approved. An entitlement the customer does not hold answers 409 {@code not-entitled}. Uses and
 * their decisions are audited.
 */
@Service
public class EntitlementManagement {

	private final Grants grants;

	private final Uses uses;

	private final CustomerManagement customers;

	private final Authorization authorization;

	private final ApprovalManagement approvals;

	private final AuditTrail audit;

	private final Clock clock;

	EntitlementManagement(Grants grants, Uses uses, CustomerManagement customers, Authorization authorization,
			ApprovalManagement approvals, AuditTrail audit, Clock clock) {
		this.grants = grants;
		this.uses = uses;
		this.customers = customers;
		this.authorization = authorization;
		this.approvals = approvals;
		this.audit = audit;
		this.clock = clock;
	}

	/** The entitlements a customer holds now, with the balances of a year (null: this year). */
	@Transactional(readOnly = true)
	public List<Entitlement> entitlementsOf(CustomerId customer, Integer year) {
		customers.requireVisible(customer);
		int of = year == null ? LocalDate.now(clock).getYear() : year;
		if (of < 2000 || of > 2100) {
			throw InvalidInput.of("year", "range", "A year between 2000 and 2100");
		}
		Map<String, int[]> counts = uses.counts(customer.value(), of);
		boolean english = english();
		List<Entitlement> held = new ArrayList<>();
		for (Grants.GrantRow grant : grants.active(customer.value())) {
			int[] count = counts.getOrDefault(grant.code(), new int[2]);
			Integer remaining = grant.quota() == null ? null : Math.max(0, grant.quota() - count[0]);
			held.add(new Entitlement(grant.code(), english ? grant.nameEn() : grant.nameZh(), of, grant.quota(), count[0],
					remaining, count[1], grant.tier(), grant.grantedAt()));
		}
		return held;
	}

	/** A customer's recorded uses, newest first (at most 200). */
	@Transactional(readOnly = true)
	public List<EntitlementUse> usesOf(CustomerId customer) {
		customers.requireVisible(customer);
		boolean english = english();
		Map<String, String> names = new LinkedHashMap<>();
		return uses.of(customer.value(), 200).stream().map(row -> view(row, names.computeIfAbsent(row.code(),
				code -> grants.names(code).map(n -> english ? n[1] : n[0]).orElse(code)))).toList();
	}

	/** One page of a customer's recorded uses, newest first, with how many there are. */
	@Transactional(readOnly = true)
	public ResultPage<EntitlementUse> usesOf(CustomerId customer, int page, int size) {
		customers.requireVisible(customer);
		boolean english = english();
		Map<String, String> names = new LinkedHashMap<>();
		return new ResultPage<>(uses.of(customer.value(), size, (long) page * size).stream().map(row -> view(row,
				names.computeIfAbsent(row.code(), code -> grants.names(code).map(n -> english ? n[1] : n[0]).orElse(code))))
			.toList(), page, size, uses.count(customer.value()));
	}

	/** Whether the current actor may record uses for this customer (for pages). */
	@Transactional(readOnly = true)
	public boolean mayRecordUse(CustomerId customer) {
		CustomerRef ref = customers.requireVisible(customer);
		return authorization.can(Permission.ENTITLEMENT_USE, Target.customer(ref.orgUnitId(), ref.managerId()));
	}

	/**
	 * Records a use of an entitlement now. Within the quota it counts at once ({@code RECORDED}); beyond it, it waits
	 * for approval ({@code PENDING_APPROVAL}, with the request) and the note, the reason, is required. Uses of one
	 * entitlement are counted one at a time, so two staff recording the last one at once do not both get it free.
	 *
	 * @throws Conflict {@code not-entitled} when the customer's tier does not carry the entitlement
	 */
	@Transactional
	public EntitlementUse recordUse(CustomerId customer, String code, String note) {
		CustomerRef ref = customers.requireVisible(customer);
		authorization.require(Permission.ENTITLEMENT_USE, Target.customer(ref.orgUnitId(), ref.managerId()));
		if (code == null || !grants.kindExists(code)) {
			throw InvalidInput.of("code", "unknown", "No such entitlement in the catalogue");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw InvalidInput.of("note", "size", "At most 500 characters");
		}
		Grants.GrantRow grant = grants.lockActive(customer.value(), code)
			.orElseThrow(() -> new Conflict("not-entitled", "The customer's tier does not carry this entitlement"));
		Instant now = clock.instant();
		int year = LocalDate.now(clock).getYear();
		int[] count = uses.counts(customer.value(), year).getOrDefault(code, new int[2]);
		boolean beyond = grant.quota() != null && count[0] + count[1] >= grant.quota();
		if (beyond && text == null) {
			throw InvalidInput.of("note", "required", "A use beyond the yearly quota needs a reason for the approver");
		}
		String by = CurrentActor.get().username();
		UseStatus status = beyond ? UseStatus.PENDING_APPROVAL : UseStatus.RECORDED;
		long id = uses.insert(customer.value(), code, year, now, by, text, status);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("customer", customer.value());
		after.put("code", code);
		after.put("year", year);
		after.put("status", status.name());
		after.put("quota", grant.quota() == null ? "-" : grant.quota());
		audit.record("entitlement.used", "customer", customer.value(), null, after, text);
		if (beyond) {
			ApprovalRequest request = approvals.request(OveruseApproval.TYPE,
					new OveruseApproval.Payload(id, customer.value(), ref.customerNo(), code, grant.nameZh(), grant.nameEn(),
							grant.quota(), year),
					"entitlement-use", Long.toString(id), ref.orgUnitId(),
					ref.customerNo() + ": " + grant.nameZh() + " beyond the quota of " + grant.quota() + " in " + year, text);
			uses.awaitApproval(id, request.id());
		}
		return view(uses.find(id).orElseThrow(), english() ? grant.nameEn() : grant.nameZh());
	}

	/**
	 * The customer's entitlements in one line for staff, e.g. {@code 贵宾服务台优先办理、机场贵宾厅（剩余 10/12）}, or
	 * {@code -} when it holds none: for the advisor's preparation notice. Read as the system.
	 */
	@Transactional(readOnly = true)
	public String summaryOf(CustomerId customer, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		int year = LocalDate.now(clock).getYear();
		Map<String, int[]> counts = uses.counts(customer.value(), year);
		List<String> parts = new ArrayList<>();
		for (Grants.GrantRow grant : grants.active(customer.value())) {
			String name = english ? grant.nameEn() : grant.nameZh();
			if (grant.quota() == null) {
				parts.add(name);
			}
			else {
				int left = Math.max(0, grant.quota() - counts.getOrDefault(grant.code(), new int[2])[0]);
				parts.add(english ? name + " (" + left + "/" + grant.quota() + " left)"
						: name + "（剩余 " + left + "/" + grant.quota() + "）");
			}
		}
		return parts.isEmpty() ? "-" : String.join(english ? ", " : "、", parts);
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static EntitlementUse view(Uses.UseRow row, String name) {
		return new EntitlementUse(row.id(), row.customerId(), row.code(), name, row.year(), row.usedAt(), row.recordedBy(),
				row.note(), row.status(), row.approvalId());
	}
}
