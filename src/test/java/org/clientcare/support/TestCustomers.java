package org.clientcare.support;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RegisterCustomer;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.kyc.SyntheticIdentities;

/** Registration bodies for tests: each call makes a person or company no one has registered yet. */
public final class TestCustomers {

	private static final SyntheticIdentities PEOPLE = new SyntheticIdentities(ThreadLocalRandom.current().nextLong());

	/**
	 * Every document number handed out in this JVM: a few dozen districts and 500 sequence numbers a birthday are few
	 * enough for two tests that register people born on the same day to draw the same number.
	 */
	private static final Set<String> ISSUED = new HashSet<>();

	private TestCustomers() {
	}

	private static synchronized String residentId(LocalDate birth, boolean male) {
		return unused(() -> PEOPLE.residentId(birth, male, PEOPLE.randomAreaCode()));
	}

	private static synchronized String unused(Supplier<String> documents) {
		String document = documents.get();
		while (!ISSUED.add(document)) {
			document = documents.get();
		}
		return document;
	}

	/**
	 * SQL giving a customer a tier as the tiering module keeps it ({@code customer_tier}, the only home of the tier),
	 * without figures: parameters the customer id and the tier.
	 */
	public static final String SET_TIER = """
			insert into customer_tier (customer_id, tier, since, computed_tier, scheme, rule, explanation, settings_version,
			  computed_at)
			values (?, ?, now(), null, 'RETAIL', 'test', '{}', 0, now())
			on conflict (customer_id) do update set tier = excluded.tier""";

	/** An individual with a fresh resident ID, in the given unit, for the given manager (null: unassigned). */
	public static synchronized Map<String, Object> individual(String orgUnit, String manager) {
		LocalDate birth = LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(40), 1 + ThreadLocalRandom.current().nextInt(12),
				1 + ThreadLocalRandom.current().nextInt(28));
		boolean male = ThreadLocalRandom.current().nextBoolean();
		Map<String, Object> body = Api.json("type", "INDIVIDUAL", "name", PEOPLE.personName(male), "idType", "RESIDENT_ID",
				"idNumber", residentId(birth, male), "birthDate", birth.toString(),
				"phone", PEOPLE.mobile(), "email", "t" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com",
				"address", PEOPLE.address(), "orgUnit", orgUnit);
		if (manager != null) {
			body.put("managerUsername", manager);
		}
		return body;
	}

	/** An individual born on a given day, with a resident ID that agrees, in the given unit, for the given manager. */
	public static synchronized Map<String, Object> bornOn(LocalDate birth, String orgUnit, String manager) {
		Map<String, Object> body = individual(orgUnit, manager);
		boolean male = ThreadLocalRandom.current().nextBoolean();
		body.put("idNumber", residentId(birth, male));
		body.put("birthDate", birth.toString());
		return body;
	}

	public static synchronized Map<String, Object> corporate(String orgUnit) {
		return Api.json("type", "CORPORATE", "name", PEOPLE.companyName(), "idType", "USCC", "idNumber", unused(PEOPLE::uscc),
				"orgUnit", orgUnit);
	}

	public static synchronized String mobile() {
		return PEOPLE.mobile();
	}

	/**
	 * Registers an active individual with a fresh resident ID through the customer module's API, as the system (module
	 * tests have no HTTP server); answers its id.
	 */
	public static long registered(CustomerManagement customers, String orgUnit, String manager, LocalDate relationshipSince) {
		RegisterCustomer command;
		synchronized (TestCustomers.class) {
			LocalDate birth = LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(40), 1 + ThreadLocalRandom.current()
				.nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
			boolean male = ThreadLocalRandom.current().nextBoolean();
			command = new RegisterCustomer(CustomerType.INDIVIDUAL, PEOPLE.personName(male), IdType.RESIDENT_ID,
					residentId(birth, male), null, birth, null, PEOPLE.mobile(), null,
					PEOPLE.address(), null, null, orgUnit, manager, relationshipSince, CustomerStatus.ACTIVE);
		}
		long[] id = new long[1];
		CurrentActor.runAs(Actor.system("test"), () -> id[0] = customers.register(command).customer().id());
		return id[0];
	}
}
