package org.clientcare.visit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CurrentActor;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.shared.CustomerId;
import org.clientcare.visit.RecordVisit;
import org.clientcare.visit.VisitFrequency;
import org.clientcare.visit.VisitSettings;
import org.clientcare.visit.VisitKind;
import org.clientcare.visit.VisitManagement;
import org.clientcare.visit.VisitMethod;
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
 * The visits part of the demo (SPEC §13): routine and business visits of {@code zhang.rm} and {@code li.rm} to their
 * customers over the last months, on site, by phone and online, one finding a need escalated to the team leader, and
 * a few customers whose next visit by their tier's frequency is overdue by days ({@link #overdue}); dated relative to
 * today.
 */
@Component
@Order(31)
class VisitDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VisitDemo.class);

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final VisitManagement visits;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PlatformSettings platform;

	private final Clock clock;

	private final VisitSettings settings;

	private final CalendarManagement calendar;

	VisitDemo(Environment environment, IdentityManagement identity, CustomerManagement customers, VisitManagement visits,
			JdbcClient jdbc, TransactionTemplate transactions, PlatformSettings platform, Clock clock, VisitSettings settings,
			CalendarManagement calendar) {
		this.calendar = calendar;
		this.settings = settings;
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.visits = visits;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// visits handed over from the diary (source_key set) may come first; only the demo's own visits count
		if (!DemoMode.isOn(environment) || identity.findUser("zhang.rm").isEmpty() || identity.findUser("li.rm").isEmpty()
				|| jdbc.sql("select count(*) from visit where source_key is null").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		DemoMode.loading(() -> transactions.executeWithoutResult(status -> load()));
		log.info("Demo visits loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		StaffUser zhang = identity.findUser("zhang.rm").orElseThrow();
		StaffUser li = identity.findUser("li.rm").orElseThrow();
		List<Long> zhangs = customers.managedBy(zhang.id());
		List<Long> lis = customers.managedBy(li.id());
		if (zhangs.size() < 5 || lis.size() < 2) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(platform.zone())).withMinute(0).withSecond(0).withNano(0);
		as(zhang, () -> {
			record(zhangs.get(0), VisitKind.ROUTINE, VisitMethod.ON_SITE, now.minusDays(40).withHour(10), "季度例行拜访",
					"了解客户近期资金安排，客户对现有理财收益满意。", "客户本人", "一个月后电话回访", null);
			record(zhangs.get(0), VisitKind.BUSINESS, VisitMethod.PHONE, now.minusDays(3).withHour(15), "理财产品到期续作",
					"客户有 50 万元理财到期，倾向稳健型产品。", null, "已建立产品购买业务", null);
			// the next steps of this visit became a revisit, due in a week
			record(new RecordVisit(zhangs.get(1), VisitKind.ROUTINE, VisitMethod.ONLINE,
					onAWorkingDay(now.minusDays(12).withHour(11)), "线上问候", "客户近期出差，约定返沪后面谈。", null,
					"返沪后电话确认面谈时间", null, now.toLocalDate().plusDays(7)));
			record(zhangs.get(2), VisitKind.BUSINESS, VisitMethod.ON_SITE, now.minusDays(7).withHour(14), "理赔进度沟通",
					"向客户说明重疾理赔所需材料，客户将补充病理报告。", "客户及其家属", "材料齐全后推进审核", null);
			// the next steps of this visit became a loan application case
			record(new RecordVisit(zhangs.get(4), VisitKind.BUSINESS, VisitMethod.ON_SITE,
					onAWorkingDay(now.minusDays(9).withHour(10)), "住房贷款需求",
					"客户计划购置首套住房，需贷款 120 万元，并咨询企业经营贷。", "客户、财富管理部顾问", "收集购房合同和收入证明，提交贷款申请",
					"客户经营的企业需要 300 万元流动资金贷款，需公司业务部和授信审批支持", null,
					org.clientcare.casework.CaseType.LOAN_APPLICATION));
			record(zhangs.get(3), VisitKind.ROUTINE, VisitMethod.SMS, now.minusDays(100).withHour(9), "节日问候",
					"发送中秋问候短信，客户回复感谢。", null, null, null);
		});
		overdue(zhang, zhangs, new int[] { 3, 6, 9 }, now);
		overdue(li, lis, new int[] { 4 }, now);
		as(li, () -> {
			record(lis.get(0), VisitKind.ROUTINE, VisitMethod.ON_SITE, now.minusDays(20).withHour(16), "例行拜访",
					"客户关注养老规划，介绍了养老目标基金。", null, "安排风险测评", null);
			record(lis.get(1), VisitKind.BUSINESS, VisitMethod.PHONE, now.minusDays(2).withHour(10), "大额存单质押",
					"客户需要短期资金周转，拟以大额存单质押。", null, "已建立其他业务", null);
		});
	}

	/**
	 * A few of the manager's customers with a visit frequency (§8: DIAMOND monthly, PLATINUM quarterly, corporates
	 * half-yearly), from the end of its list so that none has another story, last visited one interval and a few days
	 * ago: their next visits fell due those days ago, overdue on the manager's worklist by days, not months.
	 */
	private void overdue(StaffUser manager, List<Long> managed, int[] daysOverdue, OffsetDateTime now) {
		VisitFrequency frequency = new VisitFrequency(settings);
		List<Long> lastFirst = new java.util.ArrayList<>(managed);
		java.util.Collections.reverse(lastFirst);
		var refs = customers.refs(lastFirst.stream().map(CustomerId::new).toList());
		List<CustomerRef> due = lastFirst.stream().map(id -> refs.get(new CustomerId(id)))
			.filter(c -> c != null && c.status() == CustomerStatus.ACTIVE && frequency.interval(c.tier(), c.type()).isPresent())
			.limit(daysOverdue.length).toList();
		as(manager, () -> {
			for (int i = 0; i < due.size(); i++) {
				CustomerRef customer = due.get(i);
				OffsetDateTime at = now.minus(frequency.interval(customer.tier(), customer.type()).orElseThrow())
					.minusDays(daysOverdue[i]).withHour(10 + i);
				record(customer.id().value(), VisitKind.ROUTINE, VisitMethod.ON_SITE, at, "例行拜访",
						"了解客户经营与资金安排，介绍本行近期产品。", "客户本人", "按频次安排下次拜访", null);
			}
		});
	}

	private void record(long customerId, VisitKind kind, VisitMethod method, OffsetDateTime at, String purpose,
			String summary, String attendees, String nextSteps, String escalation) {
		record(new RecordVisit(customerId, kind, method, onAWorkingDay(at), purpose, summary, attendees, nextSteps,
				escalation));
	}

	/** The moment on the last working day on or before its day: managers visit their customers on working days. */
	private OffsetDateTime onAWorkingDay(OffsetDateTime at) {
		OffsetDateTime day = at;
		for (int back = 0; back < 30 && !calendar.isWorkingDay(day.atZoneSameInstant(platform.zone()).toLocalDate());
				back++) {
			day = day.minusDays(1);
		}
		return day;
	}

	/**
	 * A visit recorded two hours after it took place, as the manager did back then: what it led to (a revisit, a
	 * case, a need escalated) is dated then too, not at the demo's loading.
	 */
	private void record(RecordVisit visit) {
		ActingClock.at(visit.occurredAt().plusHours(2).toInstant(), () -> visits.record(visit));
	}

	private void as(StaffUser user, Runnable work) {
		CurrentActor.runAs(user.actor("demo"), work);
	}
}
