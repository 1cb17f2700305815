package org.clientcare.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.casework.CaseManagement;
import org.clientcare.casework.CaseType;
import org.clientcare.casework.OpenCase;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases part of the demo (SPEC §13), after the demo's users and customers: insurance claims, loans, an account
 * opening, purchases and other business of {@code zhang.rm}'s and {@code li.rm}'s customers in several stages — just
 * opened, in review, paused waiting for the customer with a document checklist, overdue, completed, rejected — one
 * involving the wealth management department. Each case is moved through the service like staff would, each step
 * at its own time in office hours of the working days before today ({@link ActingClock}), so its deadlines are
 * counted from then on the official calendar and its notices to the customer are dated then.
 */
@Component
@Order(30)
class CaseDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseDemo.class);

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final CaseManagement cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final CalendarManagement calendar;

	CaseDemo(Environment environment, IdentityManagement identity, CustomerManagement customers, CaseManagement cases,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock, CalendarManagement calendar) {
		this.clock = clock;
		this.calendar = calendar;
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment) || identity.findUser("zhang.rm").isEmpty() || identity.findUser("li.rm").isEmpty()
				|| jdbc.sql("select count(*) from client_case").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		DemoMode.loading(() -> transactions.executeWithoutResult(status -> load()));
		log.info("Demo cases loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		StaffUser zhang = identity.findUser("zhang.rm").orElseThrow();
		StaffUser li = identity.findUser("li.rm").orElseThrow();
		StaffUser agent = identity.findUser("wang.agent").orElse(zhang);
		List<Long> zhangs = customers.managedBy(zhang.id());
		List<Long> lis = customers.managedBy(li.id());
		if (zhangs.size() < 6 || lis.size() < 2) {
			return;
		}
		as(agent, () -> {
			// A claim from report to payment, completed last week.
			long paid = daysAgo(20, () -> open(zhangs.get(0), CaseType.INSURANCE_CLAIM, "住院医疗费用理赔", "18650.00", List.of()));
			daysAgo(18, () -> cases.advance(paid, "报案信息已核实"));
			daysAgo(15, () -> cases.advance(paid, "材料齐全"));
			daysAgo(11, () -> cases.advance(paid, "核定赔付 18,650 元"));
			daysAgo(9, () -> cases.advance(paid, "赔款已支付"));
			daysAgo(7, () -> cases.advance(paid, "结案"));
			// A claim in review, its documents ticked off.
			long review = daysAgo(4, () -> open(zhangs.get(1), CaseType.INSURANCE_CLAIM, "意外伤害门诊理赔", "3200.00", List.of()));
			daysAgo(3, () -> {
				cases.askForDocuments(review, List.of("门诊病历", "费用发票", "身份证复印件"));
				cases.advance(review, "报案登记");
			});
			daysAgo(2, () -> {
				cases.get(review).checklist().forEach(d -> cases.documentReceived(review, d.id()));
				cases.advance(review, "材料已收齐");
			});
			// A claim paused, waiting for the customer's documents.
			long waiting = daysAgo(5, () -> open(zhangs.get(2), CaseType.INSURANCE_CLAIM, "重大疾病保险金申请", "300000.00",
					List.of()));
			daysAgo(4, () -> {
				cases.advance(waiting, "报案登记");
				cases.askForDocuments(waiting, List.of("诊断证明书", "病理报告", "银行卡复印件"));
				cases.pause(waiting, "等待客户补充病理报告");
			});
			// A claim reported three days ago and still not taken up: overdue.
			daysAgo(3, () -> open(zhangs.get(3), CaseType.INSURANCE_CLAIM, "车辆损失理赔", "8600.00", List.of()));
			// A claim rejected, with its refusal notice.
			long refused = daysAgo(9, () -> open(lis.get(0), CaseType.INSURANCE_CLAIM, "门诊费用理赔", "860.00", List.of()));
			daysAgo(7, () -> cases.advance(refused, "报案登记"));
			daysAgo(4, () -> cases.advance(refused, "材料齐全"));
			daysAgo(2, () -> cases.reject(refused, "出险时间在保险等待期内"));
		});
		as(zhang, () -> {
			long loan = daysAgo(8, () -> open(zhangs.get(4), CaseType.LOAN_APPLICATION, "个人住房贷款 120 万元", "1200000.00",
					List.of("WMD")));
			daysAgo(5, () -> cases.advance(loan, "收入证明与购房合同已提交"));
			daysAgo(2, () -> cases.advance(loan, "提交审批"));
			long account = daysAgo(5, () -> open(zhangs.get(5), CaseType.ACCOUNT_OPENING, "开立理财账户", null, List.of()));
			daysAgo(4, () -> cases.advance(account, "身份核验通过"));
			daysAgo(3, () -> cases.advance(account, "账户信息已录入"));
			daysAgo(2, () -> cases.advance(account, "账户已开立"));
			long purchase = daysAgo(1, () -> open(zhangs.get(0), CaseType.PURCHASE, "申购稳健型理财产品", "500000.00",
					List.of("WMD")));
			daysAgo(1, () -> cases.advance(purchase, "风险测评在有效期内"));
		});
		as(li, () -> {
			long other = daysAgo(2, () -> open(lis.get(1), CaseType.OTHER, "代办大额存单质押", null, List.of()));
			daysAgo(1, () -> cases.advance(other, "已受理"));
		});
	}

	private void as(StaffUser user, Runnable work) {
		CurrentActor.runAs(user.actor("demo"), work);
	}

	private long open(long customerId, CaseType type, String title, String amount, List<String> departments) {
		return cases.open(new OpenCase(customerId, type, title, amount == null ? null : new BigDecimal(amount), false,
				departments)).id();
	}

	/**
	 * A step taken {@code days} working days before the demo loaded, in office hours (between 09:30 and 16:30, the
	 * same time for the same day): the module dates it then. Loaded on a weekend or a holiday, the history still went on
	 * on the working days before, as an institution's does; nothing is dated at the loading itself.
	 */
	private void daysAgo(int days, Runnable step) {
		ActingClock.at(workingDaysAgo(days), step);
	}

	/** A step taken {@code days} working days before the demo loaded, answering what it gives. */
	private <T> T daysAgo(int days, Supplier<T> step) {
		return ActingClock.at(workingDaysAgo(days), step);
	}

	private Instant workingDaysAgo(int days) {
		LocalDate day = LocalDate.now(clock);
		for (int back = 0; back < days;) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				back++;
			}
		}
		return day.atTime(LocalTime.of(9, 30).plusMinutes((days * 47L) % 420)).atZone(clock.getZone()).toInstant();
	}
}
