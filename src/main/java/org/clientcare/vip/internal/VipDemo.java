package org.clientcare.vip.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerType;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.vip.VipLevel;
import org.clientcare.vip.VipProgrammeManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The VIP programme's part of the demo (SPEC §13): this year's list, proposed by {@code zhao.manager}, ranked and
 * submitted by head office ({@code sun.hq}) and approved by {@code admin}, with four VIPs in force and an executive's
 * card; and one mid-year addition proposed by {@code zhao.manager} that waits for head office's approval.
 */
@Component
@Order(35)
class VipDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VipDemo.class);

	private static final VipLevel[] LEVELS = { VipLevel.DIAMOND, VipLevel.DIAMOND, VipLevel.PLATINUM, VipLevel.GOLD };

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final VipProgrammeManagement programme;

	private final ApprovalManagement approvals;

	private final Programmes programmes;

	private final TransactionTemplate transactions;

	VipDemo(Environment environment, IdentityManagement identity, CustomerManagement customers,
			VipProgrammeManagement programme, ApprovalManagement approvals, Programmes programmes,
			TransactionTemplate transactions) {
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.programme = programme;
		this.approvals = approvals;
		this.programmes = programmes;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment) || identity.findUser("sun.hq").isEmpty()
				|| programmes.year(programme.thisYear()).isPresent()) {
			return;
		}
		long started = System.nanoTime();
		DemoMode.loading(() -> transactions.executeWithoutResult(status -> load()));
		log.info("Demo VIP programme loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		List<CustomerRef> corporates = corporates();
		if (corporates.size() < LEVELS.length + 1) {
			return;
		}
		int year = programme.thisYear();
		as("zhao.manager", () -> {
			for (int i = 0; i < LEVELS.length; i++) {
				programme.propose(year, corporates.get(i).id(), LEVELS[i], "日均存款与综合贡献居分行前列，合作稳定");
			}
		});
		ApprovalRequest[] list = new ApprovalRequest[1];
		as("sun.hq", () -> {
			programme.adjust(year, corporates.get(0).id(), VipLevel.SUPREME, 1, false, "全行日均存款排名第一，升为尊崇");
			list[0] = programme.submit(year, year + " 年度对公VIP客户名单，经总行公司业务部审核");
		});
		as("admin", () -> approvals.approve(list[0].id(), "同意，名单自即日起生效"));
		ApprovalRequest[] card = new ApprovalRequest[1];
		as("zhao.manager", () -> card[0] = programme.requestCard(year, corporates.get(0).id(), "周建国", "董事长",
				"尊崇客户高管个人贵宾卡"));
		as("sun.hq", () -> approvals.approve(card[0].id(), "同意办理"));
		as("zhao.manager", () -> programme.propose(year, corporates.get(LEVELS.length).id(), VipLevel.GOLD,
				"年中新增：新开基本户并承接代发业务"));
	}

	/** The corporate customers of the Shanghai account managers, the highest tiers first. */
	private List<CustomerRef> corporates() {
		List<CustomerId> ids = new ArrayList<>();
		for (String manager : new String[] { "zhang.rm", "li.rm" }) {
			identity.findUser(manager)
				.ifPresent(u -> customers.managedBy(u.id()).forEach(id -> ids.add(new CustomerId(id))));
		}
		List<String> tiers = List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER");
		return customers.refs(ids).values().stream().filter(c -> c.type() != CustomerType.INDIVIDUAL)
			.sorted(Comparator.comparing((CustomerRef c) -> c.tier() == null || !tiers.contains(c.tier()) ? tiers.size()
					: tiers.indexOf(c.tier()))
				.thenComparing(c -> c.id().value()))
			.toList();
	}

	private void as(String username, Runnable work) {
		StaffUser user = identity.findUser(username).orElseThrow();
		CurrentActor.runAs(user.actor("demo"), work);
	}
}
