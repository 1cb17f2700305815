package org.clientcare.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.HesitationScript;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitOutcome;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CustomerId;
import org.clientcare.suitability.RiskQuestionnaire;
import org.clientcare.suitability.RiskQuestionnaires;
import org.clientcare.suitability.SuitabilityManagement;
import org.clientcare.transaction.ReportTransaction;
import org.clientcare.transaction.TransactionIntake;
import org.clientcare.transaction.TransactionType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's life insurance sales of the past year and their hesitation-period revisits (犹豫期回访, §5): every other
 * month one of {@code zhang.rm}'s and one of {@code li.rm}'s customers (under 60, so no dual recording is due) took
 * a risk assessment and bought the policy {@code INS-01}; the core system reported the sale, the revisit module
 * planned its revisit inside the 15-day hesitation period, and the account manager made it a few days after the
 * sale, the customer confirming every item of the regulator's script — so that the hesitation revisit rate has its
 * year. This week two more customers, assessed days before, bought above their tolerance: one signed the risk warning
 * (compliance's report of mismatched sales), one did not (a mismatch alert). Each step is taken at its own time,
 * through the modules' public services.
 */
@Component
class HesitationDemo {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final TransactionIntake transactions;

	private final RevisitManagement revisits;

	private final PlannedRevisits plannedRevisits;

	private final SuitabilityManagement suitability;

	private final RiskQuestionnaires questionnaires;

	private final CustomerManagement customers;

	private final CalendarManagement calendar;

	private final DemoStaff staff;

	private final Clock clock;

	private final TransactionTemplate inOneTransaction;

	/** The sales reported, in order: who bought, when, and which account manager revisits. */
	private final List<Sale> sales = new ArrayList<>();

	private record Sale(CustomerRef customer, OffsetDateTime at, String manager) {
	}

	HesitationDemo(TransactionIntake transactions, RevisitManagement revisits, PlannedRevisits plannedRevisits,
			SuitabilityManagement suitability, RiskQuestionnaires questionnaires, CustomerManagement customers,
			CalendarManagement calendar, DemoStaff staff, Clock clock, PlatformTransactionManager transactionManager) {
		this.inOneTransaction = new TransactionTemplate(transactionManager);
		this.transactions = transactions;
		this.revisits = revisits;
		this.plannedRevisits = plannedRevisits;
		this.suitability = suitability;
		this.questionnaires = questionnaires;
		this.customers = customers;
		this.calendar = calendar;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * The sales: in every other month of the last year, on its 8th (or the next working day), one customer of each
	 * account manager, assessed the day before.
	 */
	void sell(List<CustomerRef> all) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		Map<String, List<CustomerRef>> buyers = new HashMap<>();
		for (String manager : List.of("zhang.rm", "li.rm")) {
			long managerId = staff.user(manager).id();
			List<CustomerRef> candidates = all.stream()
				.filter(c -> c.managerId() != null && c.managerId() == managerId && c.status() == CustomerStatus.ACTIVE
						&& c.type() == CustomerType.INDIVIDUAL && c.relationshipSince() != null
						&& c.relationshipSince().isBefore(today.minusYears(1)))
				.toList();
			// the ages of all of them read at once, not one customer at a time
			Map<CustomerId, Integer> ages = customers.agesOn(candidates.stream().map(CustomerRef::id).toList(), today);
			buyers.put(manager, candidates.stream()
				.filter(c -> {
					Integer age = ages.get(c.id());
					return age != null && age >= 30 && age < 58;
				})
				.skip(40)
				.limit(7)
				.toList());
		}
		Map<String, String> answers = moderateAnswers(questionnaires.current());
		inOneTransaction.executeWithoutResult(status -> sell(buyers, answers, today));
	}

	/** The assessments and sales, in one transaction: each audited and published as when taken one by one. */
	private void sell(Map<String, List<CustomerRef>> buyers, Map<String, String> answers, LocalDate today) {
		for (int back = 11, n = 0; back >= 1; back -= 2, n++) {
			LocalDate day = today.minusMonths(back).withDayOfMonth(8);
			while (!calendar.isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			for (String manager : List.of("zhang.rm", "li.rm")) {
				CustomerRef buyer = buyers.get(manager).get(n);
				OffsetDateTime soldAt = day.atTime(10, 30).atZone(ZONE).toOffsetDateTime().plusMinutes(manager.length() * 7L);
				staff.as(manager, () -> ActingClock.at(soldAt.minusDays(1).toInstant(), () -> suitability.assess(buyer.id(), answers)));
				staff.as("core.feed", () -> ActingClock.at(soldAt.toInstant(), () -> transactions.record(new ReportTransaction(
						"DEMO-HES-" + buyer.id().value(), buyer.id().value(), TransactionType.PURCHASE, "INS-01",
						new BigDecimal(20_000 + 4_000 * sales.size()).setScale(2), soldAt, false))));
				sales.add(new Sale(buyer, soldAt, manager));
			}
		}
		mismatchedSales(buyers.get("zhang.rm").get(6), buyers.get("li.rm").get(6), answers);
	}

	/**
	 * Two sales above the buyer's risk tolerance this week, each to a customer assessed a few days before: a growth
	 * equity fund (R4) sold to a cautious customer (C2) who insisted and signed the risk warning — a mismatched sale
	 * with acknowledgment, on compliance's report — and a private equity plan (R5) sold to a customer of C4 and
	 * reported without it, which opens a mismatch alert.
	 */
	private void mismatchedSales(CustomerRef insisted, CustomerRef unwarned, Map<String, String> moderate) {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZONE));
		record Sold(CustomerRef buyer, String manager, Map<String, String> answers, String product, String amount,
				int daysAgo, boolean acknowledged) {
		}
		for (Sold sold : List.of(
				new Sold(insisted, "zhang.rm", cautiousAnswers(questionnaires.current()), "P-R4", "80000.00", 4, true),
				new Sold(unwarned, "li.rm", moderate, "P-R5", "300000.00", 2, false))) {
			OffsetDateTime soldAt = now.minusDays(sold.daysAgo()).withHour(11).withMinute(20);
			staff.as(sold.manager(), () -> ActingClock.at(soldAt.minusDays(3).toInstant(),
					() -> suitability.assess(sold.buyer().id(), sold.answers())));
			staff.as("core.feed", () -> ActingClock.at(soldAt.toInstant(), () -> transactions.record(new ReportTransaction(
					"DEMO-MIS-" + sold.buyer().id().value(), sold.buyer().id().value(), TransactionType.PURCHASE,
					sold.product(), new BigDecimal(sold.amount()), soldAt, sold.acknowledged()))));
		}
	}

	/**
	 * The revisits of the sales, each made by the account manager three working days after the sale (well inside the
	 * hesitation period), once the revisit module has planned it.
	 */
	void revisit() {
		List<Runnable> made = new ArrayList<>();
		for (int n = 0; n < sales.size(); n++) {
			Sale sale = sales.get(n);
			int satisfaction = n % 3 == 0 ? 4 : 5;
			staff.as(sale.manager(), () -> {
				RevisitView planned = plannedRevisits.await(sale.customer().id().value(),
						r -> r.hesitationEndsOn() != null && "INS-01".equals(r.productCode())
								&& r.hesitationEndsOn().isAfter(sale.at().toLocalDate())
								&& r.hesitationEndsOn().isBefore(sale.at().toLocalDate().plusDays(30)));
				LocalDate day = calendar.addWorkingDays(sale.at().toLocalDate(), 3);
				OffsetDateTime madeAt = day.atTime(15, 10).atZone(ZONE).toOffsetDateTime();
				made.add(() -> staff.as(sale.manager(), () -> ActingClock.at(madeAt.toInstant(),
						() -> revisits.recordOutcome(planned.id(), new RevisitOutcome(ContactMethod.PHONE, true,
								satisfaction, "已收到纸质保单", null, null, "客户确认了解产品、费用和犹豫期内可全额退保的权利",
								HesitationScript.confirming(EnumSet.allOf(HesitationScript.Item.class)))))));
			});
		}
		// recorded in one transaction, once all are planned
		inOneTransaction.executeWithoutResult(status -> made.forEach(Runnable::run));
		sales.clear();
	}

	/** The answers of a customer of moderate tolerance: the middle option of each question. */
	private static Map<String, String> moderateAnswers(RiskQuestionnaire questionnaire) {
		return answers(questionnaire, options -> options / 2);
	}

	/** The answers of a cautious customer: the second option of each question. */
	private static Map<String, String> cautiousAnswers(RiskQuestionnaire questionnaire) {
		return answers(questionnaire, options -> 1);
	}

	/** An answer to every question: the option at the place chosen from the number of its options. */
	private static Map<String, String> answers(RiskQuestionnaire questionnaire, java.util.function.IntUnaryOperator place) {
		Map<String, String> answers = new HashMap<>();
		for (RiskQuestionnaire.Question question : questionnaire.questions()) {
			answers.put(question.id(), question.options().get(place.applyAsInt(question.options().size())).id());
		}
		return answers;
	}
}
