package org.clientcare.privacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerView;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.privacy.PrivacyChannel;
import org.clientcare.privacy.PrivacyManagement;
import org.clientcare.privacy.PrivacyRequestKind;
import org.clientcare.privacy.RegisterPrivacyRequest;
import org.clientcare.privacy.RetentionManagement;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The privacy part of the demo (SPEC §13): data-subject requests dated relative to today — an access request taken
 * at the counter three days ago, a correction answered on time, a deletion overdue, and a deletion answered, which left
 * its customer restricted; each registered and answered at its own time, not at the demo's loading; and a legal hold
 * compliance set three weeks ago on a customer in litigation with the bank.
 */
@Component
@Order(32)
class PrivacyDemo implements ApplicationRunner {

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final PrivacyManagement privacy;

	private final RetentionManagement retention;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PlatformSettings platform;

	private final Clock clock;

	PrivacyDemo(Environment environment, IdentityManagement identity, CustomerManagement customers,
			PrivacyManagement privacy, RetentionManagement retention, JdbcClient jdbc, TransactionTemplate transactions,
			PlatformSettings platform, Clock clock) {
		this.retention = retention;
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.privacy = privacy;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment) || identity.findUser("wang.agent").isEmpty()
				|| identity.findUser("chen.compliance").isEmpty()
				|| jdbc.sql("select count(*) from privacy_request").query(Long.class).single() > 0) {
			return;
		}
		DemoMode.loading(() -> transactions.executeWithoutResult(status -> load()));
	}

	private void load() {
		LocalDate today = LocalDate.now(clock.withZone(platform.zone()));
		Actor agent = actor("wang.agent");
		Actor compliance = actor("chen.compliance");
		CurrentActor.runAs(agent, () -> {
			List<CustomerView> some = customers.search(CustomerSearch.byQuery(null, 0, 8)).content();
			if (some.size() < 8) {
				return;
			}
			at(today.minusDays(3), 10, () -> privacy.register(new RegisterPrivacyRequest(some.get(4).id(),
					PrivacyRequestKind.ACCESS, PrivacyChannel.BRANCH, "客户到网点书面申请查阅并复制其个人信息", today.minusDays(3))));
			long correction = at(today.minusDays(12), 11, () -> privacy.register(new RegisterPrivacyRequest(
					some.get(5).id(), PrivacyRequestKind.CORRECTION, PrivacyChannel.PHONE, "客户来电：通讯地址已变更",
					today.minusDays(12)))).id();
			at(today.minusDays(30), 9, () -> privacy.register(new RegisterPrivacyRequest(some.get(6).id(),
					PrivacyRequestKind.DELETION, PrivacyChannel.LETTER, "客户来函要求删除全部个人信息", today.minusDays(30))));
			long withdrawal = at(today.minusDays(5), 14, () -> privacy.register(new RegisterPrivacyRequest(
					some.get(3).id(), PrivacyRequestKind.CONSENT_WITHDRAWAL, PrivacyChannel.PHONE, "客户来电：不再接收任何营销信息",
					today.minusDays(5)))).id();
			long deletion = at(today.minusDays(8), 16, () -> privacy.register(new RegisterPrivacyRequest(some.get(7).id(),
					PrivacyRequestKind.DELETION, PrivacyChannel.ONLINE, "客户在网上银行申请注销并删除个人信息", today.minusDays(8))))
				.id();
			// each answered when it was, days after it came in and inside its 15 working days
			CurrentActor.runAs(compliance, () -> {
				at(today.minusDays(11), 9, () -> privacy.assign(correction, "chen.compliance"));
				at(today.minusDays(9), 15, () -> privacy.answer(correction, "已核实并更正通讯地址，书面告知客户。", false,
						java.util.Map.of("address", "上海市浦东新区世纪大道100号2号楼1801室"), null));
				at(today.minusDays(4), 10, () -> privacy.answer(withdrawal, "已撤回营销同意，此后不再向客户发送营销信息。", false,
						null, java.util.Set.of(org.clientcare.customer.ConsentPurpose.MARKETING)));
				at(today.minusDays(21), 10, () -> retention.hold(some.get(2).id(),
						"涉诉：客户与本行借款合同纠纷已由法院立案，须保全其身份资料和交易记录至案件终结"));
				at(today.minusDays(6), 16, () -> privacy.answer(deletion,
						"依《反洗钱法》第三十四条，身份资料和交易记录须在业务关系结束后保存10年；在此期间限制处理，"
								+ "不用于营销，除法定目的外不再联系，期满后匿名化。", false));
			});
		});
	}

	/** A step of a request's history taken at {@code hour} o'clock of {@code day}: the module reads the time from the clock. */
	private <T> T at(LocalDate day, int hour, java.util.function.Supplier<T> step) {
		Object[] result = new Object[1];
		ActingClock.at(day.atTime(hour, 0).atZone(platform.zone()).toInstant(), () -> result[0] = step.get());
		@SuppressWarnings("unchecked")
		T answer = (T) result[0];
		return answer;
	}

	private Actor actor(String username) {
		StaffUser user = identity.findUser(username).orElseThrow();
		return user.actor("demo");
	}
}
