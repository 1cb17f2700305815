package org.clientcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitOutcome;
import org.clientcare.revisit.RevisitReason;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.ActingClock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customers the institution lost over the past year (§10 churn: customers turned dormant or closed), one a month:
 * eleven of the about 870 customers active a year ago (1.3 %), long-standing individuals of the lower tiers from the
 * end of the customer list, none of those the rest of the demo gives a story. Most turned dormant, marked so by their account
 * manager (or, unassigned, by the branch manager); every fourth closed its relationship, asked by the account manager
 * and approved by {@code zhao.manager} the next day (maker-checker, §10). Each change is made through the customer
 * module at its own time, so the churn rate has its months. And one relationship that ended eleven years ago, past
 * its retention: the retention page's candidate.
 */
@Component
class ChurnDemo {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int MONTHS = 11;

	private final CustomerManagement customers;

	private final ApprovalManagement approvals;

	private final DemoStaff staff;

	private final Clock clock;

	private final RevisitManagement revisits;

	private final PlannedRevisits plannedRevisits;

	private final TransactionTemplate inOneTransaction;

	ChurnDemo(CustomerManagement customers, ApprovalManagement approvals, DemoStaff staff, Clock clock,
			RevisitManagement revisits, PlannedRevisits plannedRevisits, PlatformTransactionManager transactions) {
		this.revisits = revisits;
		this.plannedRevisits = plannedRevisits;
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.customers = customers;
		this.approvals = approvals;
		this.staff = staff;
		this.clock = clock;
	}

	/** The year's changes, in one transaction: each audited and published as when made one by one. */
	void load(List<CustomerRef> all) {
		inOneTransaction.executeWithoutResult(status -> year(all));
	}

	private void year(List<CustomerRef> all) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		long zhang = staff.user("zhang.rm").id();
		long li = staff.user("li.rm").id();
		List<CustomerRef> lastFirst = new ArrayList<>(all);
		Collections.reverse(lastFirst);
		List<CustomerRef> leaving = lastFirst.stream()
			.filter(c -> c.type() == CustomerType.INDIVIDUAL && c.status() == CustomerStatus.ACTIVE)
			.filter(c -> c.relationshipSince() != null && c.relationshipSince().isBefore(today.minusYears(2)))
			.filter(c -> !"DIAMOND".equals(c.tier()) && !"PLATINUM".equals(c.tier()))
			.limit(MONTHS)
			.toList();
		for (int n = 0; n < leaving.size(); n++) {
			CustomerRef customer = leaving.get(n);
			int back = MONTHS - n;
			OffsetDateTime at = today.minusMonths(back).withDayOfMonth(3 + (n * 5) % 24).atTime(10 + n % 6, 15)
				.atZone(ZONE).toOffsetDateTime();
			Long managerId = customer.managerId();
			String manager = managerId == null ? "zhao.manager" : managerId == zhang ? "zhang.rm" : managerId == li ? "li.rm"
					: "zhao.manager";
			if (n % 4 == 1 && managerId != null) {
				long request = staff.answerAs(manager, () -> ActingClock.at(at.toInstant(),
						() -> customers.requestClosure(customer.id().value(), "客户申请销户，资金已转出他行").id()));
				staff.answerAs("zhao.manager", () -> ActingClock.at(at.plusDays(1).toInstant(),
						() -> approvals.approve(request, "已核实客户本人意愿，无未结业务")));
			}
			else {
				staff.answerAs(manager, () -> ActingClock.at(at.toInstant(), () -> customers.change(customer.id().value(), "*",
						Map.of("status", CustomerStatus.DORMANT.name()))));
			}
		}
	}

	/**
	 * The relationship of a customer of 26 years ({@link DemoData#RETAINED_SINCE_LONG_AGO}) ended eleven years ago:
	 * its account manager asked to close it and {@code zhao.manager} approved the next day. Past the 10 years the law
	 * keeps identity data and transaction records (§11), the customer is the candidate the retention page lists and
	 * the nightly retention job anonymises. Loaded before the rest of the demo, which so leaves the closed customer out.
	 */
	void endRelationshipElevenYearsAgo(List<CustomerRef> all) {
		inOneTransaction.executeWithoutResult(status -> endedElevenYearsAgo(all, LocalDate.now(clock.withZone(ZONE))));
	}

	private CustomerRef endedElevenYearsAgo(List<CustomerRef> all, LocalDate today) {
		CustomerRef customer = all.stream().filter(c -> c.relationshipSince() != null && c.managerId() != null
				&& c.relationshipSince().isBefore(today.minusYears(20))).findFirst().orElse(null);
		if (customer == null) {
			return null;
		}
		long managerId = customer.managerId();
		String manager = managerId == staff.user("zhang.rm").id() ? "zhang.rm"
				: managerId == staff.user("li.rm").id() ? "li.rm" : null;
		if (manager == null) {
			return null;
		}
		OffsetDateTime asked = today.minusYears(11).minusMonths(2).withDayOfMonth(12).atTime(10, 40).atZone(ZONE)
			.toOffsetDateTime();
		long request = staff.answerAs(manager, () -> ActingClock.at(asked.toInstant(),
				() -> customers.requestClosure(customer.id().value(), "客户移居海外，申请注销全部账户").id()));
		staff.answerAs("zhao.manager", () -> ActingClock.at(asked.plusDays(1).toInstant(),
				() -> approvals.approve(request, "已核实客户本人意愿，账户余额已结清")));
		// its last revisit, made two days before: the customer told of its move (no later one is planned, it is closed)
		staff.answerAs(manager, () -> {
			RevisitView last = plannedRevisits.await(customer.id().value(), r -> r.reason() == RevisitReason.CADENCE);
			return ActingClock.at(asked.minusDays(2).toInstant(), () -> revisits.recordOutcome(last.id(),
					new RevisitOutcome(ContactMethod.PHONE, true, 4, null, null, null, "客户告知将移居海外，拟注销全部账户")));
		});
		return customer;
	}
}
