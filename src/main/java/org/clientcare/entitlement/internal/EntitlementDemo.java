package org.clientcare.entitlement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerType;
import org.clientcare.demo.DemoMode;
import org.clientcare.entitlement.EntitlementManagement;
import org.clientcare.entitlement.UseStatus;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
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
 * The entitlements part of the demo (SPEC §13): every tiered customer holds its tier's entitlements; a DIAMOND customer
 * of {@code zhang.rm} has used airport lounge visits and a health check this year, and a PLATINUM one, its health
 * check used, waits for {@code zhao.manager}'s approval of a second one beyond the quota; dated relative to today.
 */
@Component
@Order(34)
class EntitlementDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EntitlementDemo.class);

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final EntitlementManagement entitlements;

	private final Grants grants;

	private final Uses uses;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EntitlementDemo(Environment environment, IdentityManagement identity, CustomerManagement customers,
			EntitlementManagement entitlements, Grants grants, Uses uses, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.entitlements = entitlements;
		this.grants = grants;
		this.uses = uses;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment) || identity.findUser("zhang.rm").isEmpty()
				|| jdbc.sql("select count(*) from entitlement_use").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		DemoMode.loading(() -> transactions.executeWithoutResult(status -> load()));
		log.info("Demo entitlements loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Instant now = clock.instant();
		long after = 0;
		for (List<Long> chunk = grants.tieredCustomers(after, 10_000); !chunk.isEmpty();
				chunk = grants.tieredCustomers(after, 10_000)) {
			grants.reconcile(chunk, now);
			after = chunk.get(chunk.size() - 1);
		}
		StaffUser zhang = identity.findUser("zhang.rm").orElseThrow();
		List<CustomerId> ids = customers.managedBy(zhang.id()).stream().map(CustomerId::new).toList();
		Map<CustomerId, CustomerRef> refs = customers.refs(ids);
		CustomerRef diamond = first(refs, "DIAMOND");
		CustomerRef platinum = first(refs, "PLATINUM");
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		if (diamond != null) {
			for (int daysAgo : new int[] { 60, 25, 4 }) {
				used(diamond, "AIRPORT_LOUNGE", today.minusDays(daysAgo).atTime(8, 30).atZone(zone).toInstant(), "浦东机场 T2");
			}
			used(diamond, "HEALTH_CHECK", today.minusDays(30).atTime(9, 0).atZone(zone).toInstant(), "年度体检套餐 A");
		}
		if (platinum != null) {
			used(platinum, "HEALTH_CHECK", today.minusDays(45).atTime(9, 0).atZone(zone).toInstant(), "年度体检");
			CurrentActor.runAs(new Actor(zhang.username(), zhang.role().name(), zhang.id(), zhang.orgUnitId(), "demo"),
					() -> entitlements.recordUse(platinum.id(), "HEALTH_CHECK", "客户体检发现异常，需要专项复查"));
		}
	}

	/** A use at that time, or on 2 January at the same hour when that lies in last year (the demo loaded early in January). */
	private void used(CustomerRef customer, String code, Instant at, String note) {
		LocalDate today = LocalDate.now(clock);
		var when = at.atZone(clock.getZone());
		if (when.getYear() < today.getYear()) {
			when = when.withYear(today.getYear()).withDayOfYear(Math.min(2, today.getDayOfYear()));
		}
		uses.insert(customer.id().value(), code, today.getYear(), when.toInstant(), "zhang.rm", note, UseStatus.RECORDED);
	}

	private static CustomerRef first(Map<CustomerId, CustomerRef> refs, String tier) {
		List<CustomerRef> found = new ArrayList<>(refs.values().stream()
			.filter(c -> tier.equals(c.tier()) && c.type() == CustomerType.INDIVIDUAL).toList());
		found.sort((a, b) -> Long.compare(a.id().value(), b.id().value()));
		return found.isEmpty() ? null : found.get(0);
	}
}
