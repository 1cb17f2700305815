package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.audit.AuditEntry;
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

	@Test
	void aProfileTakenOverIsStoredAndAuditedAsTheSameProfileSavedOnTheCustomerIs() {
		long takenOver = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		long saved = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		FinancialProfile profile = new FinancialProfile(profile("120000.00").assets(),
				profile("0.00").liabilities(), profile("0.00").income(),
				Set.of(FinancialProfile.Goal.RETIREMENT, FinancialProfile.Goal.EDUCATION), null);

		CurrentActor.runAs(Actor.system("go-live"), () -> {
			customers.takeOverFinancialProfiles(Map.of(new CustomerId(takenOver), profile));
			customers.saveFinancialProfile(saved, profile);
		});

		assertThat(storedProfile(takenOver)).usingRecursiveComparison()
			.ignoringFields("updatedAt")
			.isEqualTo(storedProfile(saved));
		assertAuditedAlike(takenOver, saved);
	}

	@Test
	void aProfileTakenOverForACustomerWhoHadOneIsAuditedWithThePreviousProfileAsSavingOneIs() {
		long takenOver = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		long saved = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		FinancialProfile earlier = new FinancialProfile(profile("50000.00").assets(), profile("0.00").liabilities(),
				profile("0.00").income(), Set.of(FinancialProfile.Goal.EDUCATION), null);
		CurrentActor.runAs(Actor.system("test"), () -> {
			customers.saveFinancialProfile(takenOver, earlier);
			customers.saveFinancialProfile(saved, earlier);
		});

		CurrentActor.runAs(Actor.system("go-live"), () -> {
			customers.takeOverFinancialProfiles(Map.of(new CustomerId(takenOver), profile("120000.00")));
			customers.saveFinancialProfile(saved, profile("120000.00"));
		});

		assertThat(latestEntry(takenOver).before()).as("the profile the customer had").contains("50000.00", "EDUCATION");
		assertAuditedAlike(takenOver, saved);
	}

	@Test
	void aConsentTakenOverIsRecordedAndAuditedAsTheSameGrantRecordedOnTheCustomerIs() {
		long takenOver = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		long recorded = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);

		CurrentActor.runAs(Actor.system("go-live"), () -> {
			customers.takeOverConsents(ConsentPurpose.MARKETING, Map.of(new CustomerId(takenOver), "APP"));
			customers.recordConsent(recorded, ConsentPurpose.MARKETING, true, "APP");
		});

		assertThat(consentHistory(takenOver)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("recordedAt")
			.isEqualTo(consentHistory(recorded));
		assertAuditedAlike(takenOver, recorded);
	}

	@Test
	void aTakeOverNamingACustomerThatDoesNotExistIsRefusedAsSavingOneIsAndWritesNothingForTheOthers() {
		long known = TestCustomers.registered(customers, "SH-PD", "zhang.rm", null);
		long unknown = Long.MAX_VALUE;
		long auditedBefore = audit.count("customer", String.valueOf(known));
		Map<CustomerId, FinancialProfile> profiles = new LinkedHashMap<>();
		profiles.put(new CustomerId(known), profile("120000.00"));
		profiles.put(new CustomerId(unknown), profile("8000.00"));
		Map<CustomerId, String> consents = new LinkedHashMap<>();
		consents.put(new CustomerId(known), "APP");
		consents.put(new CustomerId(unknown), "APP");

		CurrentActor.runAs(Actor.system("go-live"), () -> {
			assertThatThrownBy(() -> customers.saveFinancialProfile(unknown, profile("8000.00")))
				.isInstanceOf(CustomerNotFound.class);
			assertThatThrownBy(() -> customers.takeOverFinancialProfiles(profiles)).isInstanceOf(CustomerNotFound.class)
				.hasMessageContaining(String.valueOf(unknown));
			assertThatThrownBy(() -> customers.recordConsent(unknown, ConsentPurpose.MARKETING, true, "APP"))
				.isInstanceOf(CustomerNotFound.class);
			assertThatThrownBy(() -> customers.takeOverConsents(ConsentPurpose.MARKETING, consents))
				.isInstanceOf(CustomerNotFound.class)
				.hasMessageContaining(String.valueOf(unknown));
		});

		assertThat(storedProfile(known)).as("no profile was written for the customer that exists").isNull();
		assertThat(consentHistory(known)).as("no consent was written for the customer that exists").isEmpty();
		assertThat(audit.count("customer", String.valueOf(known))).isEqualTo(auditedBefore);
	}

	private FinancialProfile storedProfile(long customer) {
		FinancialProfile[] profile = new FinancialProfile[1];
		CurrentActor.runAs(Actor.system("test"), () -> profile[0] = customers.get(customer).financialProfile());
		return profile[0];
	}

	private List<Consent> consentHistory(long customer) {
		List<List<Consent>> history = new ArrayList<>();
		CurrentActor.runAs(Actor.system("test"), () -> history.add(customers.consentHistory(customer)));
		return history.get(0);
	}

	/**
	 * The latest audit entries of the two customers say the same: who, through what, did what to which kind of record,
	 * why, and what it held before and after; only their numbers, times, customers and seals differ.
	 */
	private void assertAuditedAlike(long customer, long other) {
		assertThat(latestEntry(customer)).usingRecursiveComparison()
			.comparingOnlyFields("actor", "origin", "action", "entityType", "reason", "before", "after")
			.isEqualTo(latestEntry(other));
	}

	private AuditEntry latestEntry(long customer) {
		return audit.entries("customer", String.valueOf(customer), 0, 1).get(0);
	}

	private static FinancialProfile profile(String deposits) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new FinancialProfile(new FinancialProfile.Assets(zero, new BigDecimal(deposits), zero, zero, zero, zero, zero,
				zero), new FinancialProfile.Liabilities(zero, zero, zero, zero),
				new FinancialProfile.Income(zero, zero, zero), Set.of(), null);
	}
}
