package org.clientcare.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.complaint.ComplaintChannel;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintSeverity;
import org.clientcare.complaint.ComplaintView;
import org.clientcare.complaint.RegisterComplaint;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.platform.Jobs;
import org.clientcare.revisit.EarlierRevisit;
import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitOutcome;
import org.clientcare.revisit.RevisitReason;
import org.clientcare.revisit.RevisitView;
import org.clientcare.revisit.RevisitSettings;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CustomerId;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TieringManagement;
import org.clientcare.transaction.ReportTransaction;
import org.clientcare.transaction.SaleRecordingReference;
import org.clientcare.transaction.TransactionIntake;
import org.clientcare.transaction.TransactionType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The part of the demo that makes the institution look alive on the day it loads (SPEC §13): revisit history from
 * "the previous system", so that each account manager has revisits due this week and a few overdue by days;
 * complaints in every status, some near their deadline and one breached, their notices to complainants sent, one
 * retrying and one refused (the demo's SMS sandbox fails numbers ending in 9999 and 0000); requests waiting for
 * {@code zhao.manager} and {@code chen.compliance}; purchases that open suitability alerts and post-purchase revisits.
 */
@Component
class LivingDemo {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final DemoStaff staff;

	private final CustomerManagement customers;

	private final RevisitManagement revisits;

	private final RevisitSettings revisitSettings;

	private final ComplaintManagement complaints;

	private final TieringManagement tiering;

	private final TransactionIntake transactions;

	private final Jobs jobs;

	private final RemediationDemo remediations;

	private final Clock clock;

	private final org.clientcare.complaint.ComplaintTriage triage;

	private final org.clientcare.complaint.CorrectiveActions actions;

	private final PlannedRevisits plannedRevisits;

	private final org.clientcare.calendar.CalendarManagement calendar;

	private final TransactionTemplate inOneTransaction;

	/** The customers whose complaints the demo closed: their satisfaction revisits follow. */
	private final List<CustomerRef> closedComplaints = new ArrayList<>();

	/** The complaint never acknowledged, past its deadlines. */
	private long neverAcknowledged;

	LivingDemo(DemoStaff staff, CustomerManagement customers, RevisitManagement revisits,
			RevisitSettings revisitSettings, ComplaintManagement complaints, TieringManagement tiering,
			TransactionIntake transactions, Jobs jobs, Clock clock, RemediationDemo remediations,
			org.clientcare.complaint.ComplaintTriage triage, org.clientcare.complaint.CorrectiveActions actions,
			PlannedRevisits plannedRevisits, org.clientcare.calendar.CalendarManagement calendar,
			PlatformTransactionManager transactionManager) {
		this.calendar = calendar;
		this.inOneTransaction = new TransactionTemplate(transactionManager);
		this.plannedRevisits = plannedRevisits;
		this.remediations = remediations;
		this.triage = triage;
		this.actions = actions;
		this.staff = staff;
		this.customers = customers;
		this.revisits = revisits;
		this.revisitSettings = revisitSettings;
		this.complaints = complaints;
		this.tiering = tiering;
		this.transactions = transactions;
		this.jobs = jobs;
		this.clock = clock;
	}

	void load() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		List<CustomerRef> all = everyCustomer();
		revisitHistory(all, today);
		List<CustomerRef> zhangs = all.stream()
			.filter(c -> c.managerId() != null && c.managerId() == staff.user("zhang.rm").id() && c.status() == CustomerStatus.ACTIVE)
			.toList();
		List<RemediationDemo.Finding> misSold = new ArrayList<>();
		// each step audited and published as when taken one by one, with one commit for all
		inOneTransaction.executeWithoutResult(status -> {
			complaints(zhangs, misSold);
			overrides(zhangs);
			purchases(zhangs);
		});
		remediations.load(misSold);
		sweepsSinceTheBreach();
	}

	/**
	 * The SLA sweep as it ran every few minutes while the one complaint never acknowledged missed its deadlines: it
	 * found each missed deadline minutes after it passed (the complaint's timeline, its escalation and the e-mails to
	 * its supervisors and compliance dated then, not when the demo loaded), and runs once more now.
	 */
	private void sweepsSinceTheBreach() {
		Instant now = clock.instant();
		ComplaintView late = complaints.get(neverAcknowledged);
		for (Instant due : new Instant[] { late.ackDueAt(), late.resolutionDueAt(), late.regulatoryDueAt() }) {
			Instant found = due.plus(SWEPT_WITHIN);
			if (found.isBefore(now)) {
				ActingClock.at(found, () -> jobs.run("sla-sweep"));
			}
		}
		jobs.run("sla-sweep");
	}

	/** How soon after a deadline the SLA sweep, which runs every five minutes, finds it missed. */
	private static final java.time.Duration SWEPT_WITHIN = java.time.Duration.ofMinutes(4);

	/** Every customer of the demo, by id (the order they were imported in). */
	List<CustomerRef> everyCustomer() {
		List<CustomerId> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			var found = customers.search(CustomerSearch.byQuery(null, page, 500)).content();
			found.forEach(c -> ids.add(new CustomerId(c.id())));
			if (found.size() < 500) {
				break;
			}
		}
		return customers.refs(ids).values().stream().sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
			.toList();
	}

	/** The ratings of the earlier revisits, taken in turn: 17 of the 19 rated at 4 or 5 (89 %), one not rated. */
	private static final Integer[] SATISFACTION = { null, 2, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 };

	/**
	 * Of each hundred earlier revisits done in a month of the year (January first), how many were made after their due
	 * day: none in some months, up to seven in others, so that the dashboard's completion rate moves around its 95 %
	 * target from month to month instead of standing at 100 %.
	 */
	private static final int[] LATE_OF_100 = { 3, 1, 6, 2, 0, 4, 2, 7, 1, 3, 5, 2 };

	/**
	 * Each customer's last cadence revisit, so that the next one falls due over the coming weeks: a few (one in a
	 * hundred) overdue by 2–7 days, some due today and this week, the rest spread over the tier's interval — the
	 * latest made the day before yesterday, on time, so that the month's completion rate shows the few overdue among
	 * the many done. Customers who joined after
	 * that day have no history: their first revisit is due the interval after they joined. Most customers rated the
	 * revisit (mostly 4 or 5, a few 2 or 3, one in twenty not rated), so that the dashboard's satisfaction
	 * rate has its twelve months, near its 90 % target. A few of those spread over the interval were made one to four
	 * days after their due day ({@link #LATE_OF_100} of each month's hundred), so that the completion rate has its late
	 * months as well.
	 */
	private void revisitHistory(List<CustomerRef> all, LocalDate today) {
		Map<CustomerId, EarlierRevisit> lastDone = new HashMap<>();
		int i = 0;
		for (CustomerRef customer : all) {
			int k = i % 100;
			int months = revisitSettings.cadence().months(customer.tier());
			int interval = (int) java.time.temporal.ChronoUnit.DAYS.between(today.minusMonths(months), today);
			int spread = Math.max(1, interval - 10);
			// one in a hundred overdue, zhang.rm's (k = 0) and li.rm's (k = 51) in turn
			boolean overdue = (k == 0 || k == 51) && (i / 100) % 2 == k % 2;
			int offset = overdue ? -(2 + (i / 100) % 6) : k < 5 ? 0 : k < 13 ? k - 4 : 9 + (i * 37) % spread;
			LocalDate last = today.plusDays(offset).minusMonths(months);
			if (customer.relationshipSince() == null || !last.isBefore(customer.relationshipSince())) {
				boolean late = offset >= 9 && (i * 31) % 100 < LATE_OF_100[last.getMonthValue() - 1];
				LocalDate due = late ? last.minusDays(1 + i % 4) : last;
				if (customer.relationshipSince() != null && due.isBefore(customer.relationshipSince())) {
					due = last;
				}
				lastDone.put(customer.id(), new EarlierRevisit(last, due, SATISFACTION[(i * 7) % SATISFACTION.length]));
			}
			i++;
		}
		revisits.recordEarlierRevisits(lastDone);
	}

	/**
	 * Complaints in every status: new ones (one close to its 24-hour acknowledgment), acknowledged, in progress (one
	 * near its resolution deadline), resolved with the complainant's answer awaited, resolved with a compensation
	 * waiting for compliance, closed, reopened, escalated, one whose regulatory clock stands still for a mediation, and one
	 * never acknowledged for twelve days (breached). Triaged: ordinary, serious and one major complaint (a regulator's
	 * referral, escalated to compliance at intake), with causes recorded in triage or by the resolution, and corrective
	 * actions open, in progress, overdue and done. Each step is taken at its own time in the complaint's history, inside
	 * its deadlines, so that the one never acknowledged is the only one breached.
	 */
	private void complaints(List<CustomerRef> zhangs, List<RemediationDemo.Finding> misSold) {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZONE));
		LocalDate today = now.toLocalDate();
		staff.as("wang.agent", () -> {
			register(zhangs.get(0), ComplaintChannel.HOTLINE, "FEES", "信用卡年费未经同意被扣收，要求退还。", now.minusHours(2));
			long attitude = register(zhangs.get(1), ComplaintChannel.WECHAT, "SERVICE_ATTITUDE",
					"网点柜员办理业务时态度冷淡，排队一小时无人解释。", now.minusHours(21));
			at(now.minusHours(20), () -> triage.triage(attitude, null, "STAFF_CONDUCT", "柜员服务态度"));
			// the demo's SMS sandbox cannot reach this complainant's handset: the outbox retries the acknowledgment
			OffsetDateTime day = now.minusDays(1);
			long acknowledged = register(zhangs.get(2), "13912349999", ComplaintChannel.BRANCH, "WEALTH_PRODUCT",
					"理财产品到期后资金迟迟未到账。", day, "P-R2", null);
			at(day.plusHours(2), () -> complaints.acknowledge(acknowledged, "您的投诉已受理，我们将在7个工作日内答复。"));
			OffsetDateTime eightDays = now.minusDays(8);
			long inProgress = register(zhangs.get(3), ComplaintChannel.HOTLINE, "MIS_SELLING",
					"客户经理推荐的基金风险远高于本人风险承受能力，购买时未充分提示。", eightDays, "P-R4",
					ComplaintSeverity.SERIOUS);
			at(eightDays.plusHours(2), () -> {
				complaints.acknowledge(inProgress, null);
				complaints.assign(inProgress, "WMD", "liu.handler");
				triage.triage(inProgress, null, "SALES_PRACTICE", "适当性匹配未执行");
			});
			misSold.add(new RemediationDemo.Finding(inProgress, zhangs.get(3).id(), eightDays, null));
			// a number that does not exist (空号): the sandbox refuses the acknowledgment for good
			// five working days ago, at a quarter past ten: its 7 working days end in two, whatever day the demo loads
			OffsetDateTime fiveDays = workingDaysAgo(today, 5).atTime(10, 15).atZone(ZONE).toOffsetDateTime();
			long nearDeadline = register(zhangs.get(4), "13912340000", ComplaintChannel.EMAIL, "FEES",
					"贷款提前还款违约金计算有误。", fiveDays, null, null);
			at(fiveDays.plusHours(3), () -> {
				complaints.acknowledge(nearDeadline, null);
				complaints.assign(nearDeadline, "WMD", "liu.handler");
			});
			OffsetDateTime nineDays = now.minusDays(9);
			long mediation = register(zhangs.get(12), ComplaintChannel.HOTLINE, "WEALTH_PRODUCT",
					"理财产品净值计算争议，客户同意提交金融纠纷调解。", nineDays, "P-R5", ComplaintSeverity.SERIOUS);
			at(nineDays.plusHours(2), () -> {
				complaints.acknowledge(mediation, null);
				complaints.assign(mediation, "WMD", "liu.handler");
				triage.triage(mediation, null, "DISCLOSURE", "净值计算规则披露不清");
			});
			at(nineDays.plusDays(2), () -> complaints.pause(mediation, "MEDIATION", "已提交金融纠纷调解中心"));
			OffsetDateTime fourDays = now.minusDays(4);
			long awaitingAnswer = register(zhangs.get(5), ComplaintChannel.ONLINE, "FEES", "短信通知费重复收取。", fourDays);
			at(fourDays.plusHours(1), () -> complaints.acknowledge(awaitingAnswer, null));
			at(fourDays.plusDays(2), () -> complaints.resolve(awaitingAnswer, "经核实重复收取属实，已退还多收的短信通知费。", null,
					"SYSTEM_FAILURE"));
			long smsFix = taken(fourDays.plusDays(2).plusHours(1), () -> actions.add(awaitingAnswer,
					"修复短信通知费重复扣收的批处理缺陷，并排查同批次受影响客户", "liu.handler", today.plusDays(7)).id());
			at(now.minusDays(1), () -> actions.followUp(smsFix, "已定位为批处理重跑导致，修复方案已提交科技部门", "IN_PROGRESS"));
			OffsetDateTime sixDays = now.minusDays(6);
			long compensation = register(zhangs.get(6), ComplaintChannel.LETTER, "WEALTH_PRODUCT",
					"理财产品赎回延迟导致利息损失。", sixDays, "P-R3", null);
			at(sixDays.plusHours(3), () -> {
				complaints.acknowledge(compensation, null);
				complaints.assign(compensation, "WMD", "liu.handler");
			});
			for (int i = 7; i < 9; i++) {
				OffsetDateTime received = now.minusDays(20 + i);
				long closed = register(zhangs.get(i), ComplaintChannel.HOTLINE, "SERVICE_ATTITUDE", "电话银行转人工等待时间过长。",
						received);
				int rating = 4 + i % 2;
				at(received.plusHours(2), () -> complaints.acknowledge(closed, null));
				at(received.plusDays(3), () -> complaints.resolve(closed, "已向客户致歉并说明高峰时段的分流安排。", null,
						"SERVICE_PROCESS"));
				at(received.plusDays(4), () -> complaints.feedback(closed, true, rating));
				closedComplaints.add(zhangs.get(i));
				if (i == 7) {
					long seats = taken(received.plusDays(3).plusHours(1), () -> actions.add(closed, "高峰时段增开人工坐席并上线排队时长播报",
							"wang.agent", today.minusDays(5)).id());
					at(now.minusDays(6), () -> actions.followUp(seats, "工作日 9:00–11:00 增开 6 个坐席，排队播报已上线", "DONE"));
				}
			}
			OffsetDateTime tenDays = now.minusDays(10);
			long reopened = register(zhangs.get(9), ComplaintChannel.BRANCH, "FEES", "账户管理费收费标准不清楚。", tenDays);
			at(tenDays.plusHours(1), () -> complaints.acknowledge(reopened, null));
			at(tenDays.plusDays(2), () -> complaints.resolve(reopened, "已解释收费标准。", null, "FEES_PRICING"));
			at(tenDays.plusDays(3), () -> complaints.feedback(reopened, false, 2));
			OffsetDateTime sevenDays = now.minusDays(7);
			long escalated = register(zhangs.get(10), ComplaintChannel.REGULATOR_REFERRAL, "MIS_SELLING",
					"监管转办：客户反映保险产品被当作存款销售。", sevenDays, "INS-01", ComplaintSeverity.MAJOR);
			at(sevenDays.plusHours(1), () -> complaints.acknowledge(escalated, null));
			at(sevenDays.plusDays(1), () -> complaints.resolve(escalated, "已说明产品性质。", null, "SALES_PRACTICE"));
			at(sevenDays.plusDays(2), () -> complaints.feedback(escalated, false, 1));
			at(sevenDays.plusDays(4), () -> complaints.resolve(escalated, "安排专人上门解释并提供退保方案。", null));
			at(sevenDays.plusDays(5), () -> complaints.feedback(escalated, false, 1));
			misSold.add(new RemediationDemo.Finding(escalated, zhangs.get(10).id(), sevenDays, "INS-01"));
			OffsetDateTime twentySixDays = now.minusDays(26);
			long overdue = register(zhangs.get(13), ComplaintChannel.HOTLINE, "MIS_SELLING",
					"客户反映购买保险时销售人员承诺年化收益5%，本人未亲笔签名。", twentySixDays, "INS-01", null);
			at(twentySixDays.plusHours(2), () -> complaints.acknowledge(overdue, null));
			at(twentySixDays.plusDays(5), () -> complaints.resolve(overdue, "已登记销售误导，转整改处理。", null));
			at(twentySixDays.plusDays(6), () -> complaints.feedback(overdue, true, 3));
			closedComplaints.add(zhangs.get(13));
			misSold.add(new RemediationDemo.Finding(overdue, zhangs.get(13).id(), twentySixDays, "INS-01"));
			at(sevenDays.plusDays(2).plusHours(2), () -> actions.add(escalated,
					"修订代理保险销售话术，明确提示“保险不是存款”，并在网点张贴风险提示", "wang.agent", today.minusDays(3)));
			long recheck = taken(sevenDays.plusDays(2).plusHours(3), () -> actions.add(escalated,
					"对涉事网点近三个月的代理保险销售双录开展抽查", "zhao.manager", today.plusDays(10)).id());
			at(now.minusDays(1), () -> actions.followUp(recheck, "已抽取 40 笔双录，正在逐笔复核", "IN_PROGRESS"));
			// never acknowledged: the one complaint past its deadlines, breached by the SLA sweep
			neverAcknowledged = register(zhangs.get(11), ComplaintChannel.LETTER, "OTHER", "来信反映网点门口无障碍通道被占用。",
					now.minusDays(12));
			staff.as("liu.handler", () -> {
				at(sixDays.plusDays(3), () -> complaints.resolve(compensation, "核实后补偿赎回延迟期间的利息损失。",
						new BigDecimal("386.50"), "SERVICE_PROCESS"));
				at(eightDays.plusDays(1), () -> actions.add(inProgress, "对理财经理开展适当性销售专项培训，并复核近一个月高风险基金的销售记录",
						"liu.handler", today.plusDays(14)));
			});
		});
	}

	/**
	 * The satisfaction revisits that followed the complaints closed weeks ago (planned 3 working days after the
	 * closing), made by zhang.rm on the day they were due.
	 */
	void complaintRevisits() {
		staff.as("zhang.rm", () -> {
			for (CustomerRef customer : closedComplaints) {
				RevisitView planned = plannedRevisits.await(customer.id().value(),
						r -> r.reason() == RevisitReason.POST_COMPLAINT);
				at(planned.dueDate().atTime(10, 30).atZone(ZONE).toOffsetDateTime(),
						() -> revisits.recordOutcome(planned.id(), new RevisitOutcome(ContactMethod.PHONE, true, 4, null,
								null, null, "客户对投诉处理结果表示认可")));
			}
			closedComplaints.clear();
		});
	}

	/** The {@code n}-th working day before {@code today}. */
	private LocalDate workingDaysAgo(LocalDate today, int n) {
		LocalDate day = today;
		for (int back = 0; back < n;) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				back++;
			}
		}
		return day;
	}

	/**
	 * A step of a complaint's history done when it was, not at the demo's loading: the complaint module takes the
	 * time of its acknowledgments, resolutions and answers from the clock, which tells that time here.
	 */
	private static void at(OffsetDateTime when, Runnable step) {
		ActingClock.at(when.toInstant(), step);
	}

	/** A step of the history done when it was, answering what the step gives. */
	private static <T> T taken(OffsetDateTime when, java.util.function.Supplier<T> step) {
		return ActingClock.at(when.toInstant(), step);
	}

	private long register(CustomerRef customer, ComplaintChannel channel, String category, String content,
			OffsetDateTime receivedAt) {
		return register(customer, channel, category, content, receivedAt, null, null);
	}

	private long register(CustomerRef customer, ComplaintChannel channel, String category, String content,
			OffsetDateTime receivedAt, String productCode, ComplaintSeverity severity) {
		return register(customer, "1391234" + String.format("%04d", customer.id().value() % 10_000), channel, category,
				content, receivedAt, productCode, severity);
	}

	private long register(CustomerRef customer, String phone, ComplaintChannel channel, String category, String content,
			OffsetDateTime receivedAt, String productCode, ComplaintSeverity severity) {
		return taken(receivedAt, () -> complaints.register(new RegisterComplaint(customer.id().value(), customer.name(),
				phone, channel, category, content, receivedAt, productCode, null, severity)).id());
	}

	/** Two tier overrides zhang.rm asked for, waiting for zhao.manager. */
	private void overrides(List<CustomerRef> zhangs) {
		staff.as("zhang.rm", () -> {
			int asked = 0;
			for (CustomerRef customer : zhangs.subList(20, zhangs.size())) {
				if (customer.type() == CustomerType.INDIVIDUAL && !"DIAMOND".equals(customer.tier()) && asked < 2) {
					tiering.requestOverride(customer.id(), asked == 0 ? Tier.PLATINUM : Tier.GOLD,
							asked == 0 ? "战略合作企业的实际控制人，资产在他行" : "代发工资单位负责人，计划转入资产",
							LocalDate.now(clock.withZone(ZONE)).plusMonths(6));
					asked++;
				}
			}
		});
	}

	/**
	 * Purchases reported by the core system in the last days: each plans a post-purchase revisit within 7 days, and
	 * those of customers without a valid risk assessment open a suitability alert for compliance.
	 */
	private void purchases(List<CustomerRef> zhangs) {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZONE));
		String[] products = { "P-R4", "P-R5", "P-R3", "INS-01" };
		staff.as("core.feed", () -> {
			for (int i = 0; i < 6; i++) {
				CustomerRef customer = zhangs.get(30 + i);
				transactions.record(new ReportTransaction("DEMO-PUR-" + customer.id().value(), customer.id().value(),
						TransactionType.PURCHASE, products[i % products.length],
						new BigDecimal(50_000 + 10_000 * i).setScale(2), now.minusDays(i % 4).minusHours(2), false));
			}
			// life insurance sold to customers aged 60 or more: revisited inside the 15-day hesitation period and dual
			// recorded (双录); one recording given with the sale waits for its quality check, one is missing (an alert)
			List<CustomerRef> seniors = zhangs.stream()
				.filter(c -> c.type() == CustomerType.INDIVIDUAL)
				.filter(c -> {
					Integer age = customers.ageOn(c.id(), now.toLocalDate());
					return age != null && age >= 60;
				})
				.limit(2)
				.toList();
			for (int i = 0; i < seniors.size(); i++) {
				CustomerRef customer = seniors.get(i);
				transactions.record(new ReportTransaction("DEMO-INS-" + customer.id().value(), customer.id().value(),
						TransactionType.PURCHASE, "INS-01", new BigDecimal("36000.00"), now.minusDays(2 + i).minusHours(3),
						false, i == 0 ? new SaleRecordingReference("SL-REC-" + customer.id().value(),
								"3b5d5c3712955042212316173ccf37be800d2d1e1a8ca7ae0f2cc3d7e6f0f1a2", 1260, "王复核") : null,
						i == 0 ? null : org.clientcare.product.Product.SaleChannel.BANK));
			}
		});
	}
}
