package org.clientcare.visit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.CurrentActor;
import org.clientcare.visit.RecordVisit;
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
 * customers over the last months, on site, by phone and online, one finding a need escalated to the team leader; dated
 * relative to today.
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

	VisitDemo(Environment environment, IdentityManagement identity, CustomerManagement customers, VisitManagement visits,
			JdbcClient jdbc, TransactionTemplate transactions, PlatformSettings platform, Clock clock) {
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
		transactions.executeWithoutResult(status -> load());
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
			visits.record(new RecordVisit(zhangs.get(1), VisitKind.ROUTINE, VisitMethod.ONLINE,
					now.minusDays(12).withHour(11), "线上问候", "客户近期出差，约定返沪后面谈。", null, "返沪后电话确认面谈时间", null,
					now.toLocalDate().plusDays(7)));
			record(zhangs.get(2), VisitKind.BUSINESS, VisitMethod.ON_SITE, now.minusDays(7).withHour(14), "理赔进度沟通",
					"向客户说明重疾理赔所需材料，客户将补充病理报告。", "客户及其家属", "材料齐全后推进审核", null);
			// the next steps of this visit became a loan application case
			visits.record(new RecordVisit(zhangs.get(4), VisitKind.BUSINESS, VisitMethod.ON_SITE,
					now.minusDays(9).withHour(10), "住房贷款需求", "客户计划购置首套住房，需贷款 120 万元，并咨询企业经营贷。",
					"客户、财富管理部顾问", "收集购房合同和收入证明，提交贷款申请",
					"客户经营的企业需要 300 万元流动资金贷款，需公司业务部和授信审批支持", null,
					org.clientcare.casework.CaseType.LOAN_APPLICATION));
			record(zhangs.get(3), VisitKind.ROUTINE, VisitMethod.SMS, now.minusDays(100).withHour(9), "节日问候",
					"发送中秋问候短信，客户回复感谢。", null, null, null);
		});
		as(li, () -> {
			record(lis.get(0), VisitKind.ROUTINE, VisitMethod.ON_SITE, now.minusDays(20).withHour(16), "例行拜访",
					"客户关注养老规划，介绍了养老目标基金。", null, "安排风险测评", null);
			record(lis.get(1), VisitKind.BUSINESS, VisitMethod.PHONE, now.minusDays(2).withHour(10), "大额存单质押",
					"客户需要短期资金周转，拟以大额存单质押。", null, "已建立其他业务", null);
		});
	}

	private void record(long customerId, VisitKind kind, VisitMethod method, OffsetDateTime at, String purpose,
			String summary, String attendees, String nextSteps, String escalation) {
		visits.record(new RecordVisit(customerId, kind, method, at, purpose, summary, attendees, nextSteps, escalation));
	}

	private void as(StaffUser user, Runnable work) {
		CurrentActor.runAs(user.actor("demo"), work);
	}
}
