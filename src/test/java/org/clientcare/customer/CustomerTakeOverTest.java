package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** What an earlier system recorded, taken over at go-live (and by the demo) in one transaction each. */
@IntegrationTest
class CustomerTakeOverTest {

	@Autowired
	CustomerManagement customers;

	@Autowired
	AuditTrail audit;

	@Test
	void profilesAndConsentsTakenOverShowOnTheCustomerAndAreAuditedOnePerCustomer() {
		long first = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		long second = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		long auditedBefore = audit.count("customer", String.valueOf(first));

		CurrentActor.runAs(Actor.system("go-live"), () -> {
			customers.takeOverFinancialProfiles(Map.of(new CustomerId(first), profile("120000.00"),
					new CustomerId(second), profile("8000.00")));
			customers.takeOverConsents(ConsentPurpose.MARKETING, Map.of(new CustomerId(first), "APP"));
		});

		CustomerDetail[] detail = new CustomerDetail[1];
		boolean[] secondConsents = new boolean[1];
		CurrentActor.runAs(Actor.system("test"), () -> {
			detail[0] = customers.get(first);
			secondConsents[0] = customers.consents(new CustomerId(second), ConsentPurpose.MARKETING);
		});
		assertThat(detail[0].financialProfile().assets().deposits()).isEqualByComparingTo("120000.00");
		assertThat(detail[0].consents()).anySatisfy(consent -> {
			assertThat(consent.purpose()).isEqualTo(ConsentPurpose.MARKETING);
			assertThat(consent.granted()).isTrue();
			assertThat(consent.channel()).isEqualTo("APP");
		});
		assertThat(secondConsents[0]).as("no consent was taken over for the second customer").isFalse();
		assertThat(audit.count("customer", String.valueOf(first))).isEqualTo(auditedBefore + 2);
	}

	@Test
	void anAccountManagerMayNotTakeOverRecordsInBulk() {
		long customer = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);

		assertThatThrownBy(() -> CurrentActor.runAs(new Actor("zhang.rm", "ACCOUNT_MANAGER", 3L, null, "test"),
				() -> customers.takeOverConsents(ConsentPurpose.MARKETING, Map.of(new CustomerId(customer), "APP"))))
			.isInstanceOf(Forbidden.class);
	}

	private static FinancialProfile profile(String deposits) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new FinancialProfile(new FinancialProfile.Assets(zero, new BigDecimal(deposits), zero, zero, zero, zero, zero,
				zero), new FinancialProfile.Liabilities(zero, zero, zero, zero),
				new FinancialProfile.Income(zero, zero, zero), Set.of(), null);
	}
}
