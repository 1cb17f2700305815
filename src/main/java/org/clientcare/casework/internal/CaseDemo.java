package org.clientcare.casework.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.clientcare.casework.CaseManagement;
import org.clientcare.casework.CaseType;
import org.clientcare.casework.OpenCase;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
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
 * involving the wealth management department. Each case is moved through the service like staff would, and after
 * each step its times move back by the days that step took, so everything is dated relative to today.
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

	CaseDemo(Environment environment, IdentityManagement identity, CustomerManagement customers, CaseManagement cases,
			JdbcClient jdbc, TransactionTemplate transactions) {
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
		transactions.executeWithoutResult(status -> load());
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
		// Each action is taken now, then the case's times move back by the days until its next action (or today).
		as(agent, () -> {
			// A claim from report to payment, completed last week.
			long paid = open(zhangs.get(0), CaseType.INSURANCE_CLAIM, "住院医疗费用理赔", "18650.00", List.of(), 2);
			step(paid, "advance", "报案信息已核实", 3);
			step(paid, "advance", "材料齐全", 4);
			step(paid, "advance", "核定赔付 18,650 元", 2);
			step(paid, "advance", "赔款已支付", 2);
			step(paid, "advance", "结案", 7);
			// A claim in review, its documents ticked off.
			long review = open(zhangs.get(1), CaseType.INSURANCE_CLAIM, "意外伤害门诊理赔", "3200.00", List.of(), 1);
			cases.askForDocuments(review, List.of("门诊病历", "费用发票", "身份证复印件"));
			step(review, "advance", "报案登记", 1);
			documentsIn(review);
			step(review, "advance", "材料已收齐", 2);
			// A claim paused, waiting for the customer's documents.
			long waiting = open(zhangs.get(2), CaseType.INSURANCE_CLAIM, "重大疾病保险金申请", "300000.00", List.of(), 1);
			step(waiting, "advance", "报案登记", 0);
			cases.askForDocuments(waiting, List.of("诊断证明书", "病理报告", "银行卡复印件"));
			step(waiting, "pause", "等待客户补充病理报告", 4);
			// A claim reported three days ago and still not taken up: overdue.
			open(zhangs.get(3), CaseType.INSURANCE_CLAIM, "车辆损失理赔", "8600.00", List.of(), 3);
			// A claim rejected, with its refusal notice.
			long refused = open(lis.get(0), CaseType.INSURANCE_CLAIM, "门诊费用理赔", "860.00", List.of(), 2);
			step(refused, "advance", "报案登记", 3);
			step(refused, "advance", "材料齐全", 2);
			step(refused, "reject", "出险时间在保险等待期内", 2);
		});
		as(zhang, () -> {
			long loan = open(zhangs.get(4), CaseType.LOAN_APPLICATION, "个人住房贷款 120 万元", "1200000.00",
					List.of("WMD"), 3);
			step(loan, "advance", "收入证明与购房合同已提交", 3);
			step(loan, "advance", "提交审批", 2);
			long account = open(zhangs.get(5), CaseType.ACCOUNT_OPENING, "开立理财账户", null, List.of(), 1);
			step(account, "advance", "身份核验通过", 1);
			step(account, "advance", "账户信息已录入", 1);
			step(account, "advance", "账户已开立", 2);
			long purchase = open(zhangs.get(0), CaseType.PURCHASE, "申购稳健型理财产品", "500000.00", List.of("WMD"), 0);
			step(purchase, "advance", "风险测评在有效期内", 0);
		});
		as(li, () -> {
			long other = open(lis.get(1), CaseType.OTHER, "代办大额存单质押", null, List.of(), 1);
			step(other, "advance", "已受理", 0);
		});
	}

	private void as(StaffUser user, Runnable work) {
		CurrentActor.runAs(user.actor("demo"), work);
	}

	/** Opens a case now; then its times move back by {@code daysToNext}. */
	private long open(long customerId, CaseType type, String title, String amount, List<String> departments,
			int daysToNext) {
		long id = cases.open(new OpenCase(customerId, type, title, amount == null ? null : new BigDecimal(amount), false,
				departments)).id();
		back(id, daysToNext);
		return id;
	}

	/** Takes a step now; then everything the case did so far moves back by {@code daysToNext}. */
	private void step(long id, String step, String text, int daysToNext) {
		switch (step) {
			case "advance" -> cases.advance(id, text);
			case "pause" -> cases.pause(id, text);
			default -> cases.reject(id, text);
		}
		back(id, daysToNext);
	}

	private void documentsIn(long id) {
		cases.get(id).checklist().forEach(d -> cases.documentReceived(id, d.id()));
	}

	private void back(long id, int days) {
		if (days == 0) {
			return;
		}
		Duration by = Duration.ofDays(days);
		String interval = by.toSeconds() + " seconds";
		jdbc.sql("""
				update client_case set created_at = created_at - ?::interval, stage_entered_at = stage_entered_at - ?::interval,
				  stage_due_at = stage_due_at - ?::interval, paused_at = paused_at - ?::interval,
				  closed_at = closed_at - ?::interval, refusal_notice_due_at = refusal_notice_due_at - ?::interval
				where id = ?""").params(interval, interval, interval, interval, interval, interval, id).update();
		jdbc.sql("""
				update client_case_stage set entered_at = entered_at - ?::interval, left_at = left_at - ?::interval,
				  due_at = due_at - ?::interval where case_id = ?""").params(interval, interval, interval, id).update();
		jdbc.sql("update client_case_event set at = at - ?::interval where case_id = ?").params(interval, id).update();
		jdbc.sql("update client_case_document set received_at = received_at - ?::interval where case_id = ?")
			.params(interval, id).update();
	}
}
