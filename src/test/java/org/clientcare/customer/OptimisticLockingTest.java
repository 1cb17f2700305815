package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OptimisticLockingTest {

	@Autowired
	Api api;

	String path;

	String etag;

	@BeforeEach
	void aCustomer() {
		var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		path = "/api/v1/customers/" + created.body().get("id").asLong();
		etag = api.as("zhang.rm").get(path).header("ETag");
	}

	@Test
	void theCustomerViewCarriesAnEtagThatChangesWithEveryChange() {
		var changed = api.as("zhang.rm").patch(path, Api.json("occupation", "教师"), etag);

		assertThat(etag).isEqualTo("\"0\"");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isEqualTo("\"1\"");
		assertThat(changed.body().get("occupation").asString()).isEqualTo("教师");
		assertThat(api.as("zhang.rm").get(path).header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void aPatchWithoutIfMatchIsRefusedWith428() {
		assertThat(api.as("zhang.rm").patch(path, Api.json("occupation", "教师"), null).status()).isEqualTo(428);
	}

	@Test
	void aPatchOfAStaleVersionIsRefusedWith412AndChangesNothing() {
		api.as("zhang.rm").patch(path, Api.json("occupation", "会计"), etag);

		var stale = api.as("zhang.rm").patch(path, Api.json("occupation", "律师"), etag);

		assertThat(stale.status()).isEqualTo(412);
		assertThat(api.as("zhang.rm").get(path).body().get("occupation").asString()).isEqualTo("会计");
	}

	@Test
	void ofTwoConcurrentPatchesOfTheSameVersionOneWinsAndOneGets412() throws Exception {
		var barrier = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> racers = List.of("工程师", "医生").stream()
			.map(occupation -> CompletableFuture.supplyAsync(() -> {
				try {
					barrier.await();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				return api.as("zhang.rm").patch(path, Api.json("occupation", occupation), etag).status();
			}))
			.toList();

		List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();

		assertThat(statuses).containsExactly(200, 412);
		assertThat(api.as("zhang.rm").get(path).header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void lifecycleStepsOutsideTheLifecycleAreConflicts() {
		var dormant = api.as("zhang.rm").patch(path, Api.json("status", "DORMANT"), etag);
		var prospectAgain = api.as("zhang.rm").patch(path, Api.json("status", "PROSPECT"), dormant.header("ETag"));
		var reactivated = api.as("zhang.rm").patch(path, Api.json("status", "ACTIVE"), dormant.header("ETag"));

		assertThat(dormant.status()).isEqualTo(200);
		assertThat(prospectAgain.status()).isEqualTo(409);
		assertThat(reactivated.status()).isEqualTo(200);
		assertThat(reactivated.body().get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void closingACustomerNeedsASecondPersonsApproval() {
		var direct = api.as("zhang.rm").patch(path, Api.json("status", "CLOSED"), etag);
		var requested = api.as("zhang.rm").post(path + "/closure", Api.json("reason", "客户申请销户"));
		long request = requested.body().get("id").asLong();

		assertThat(direct.status()).isEqualTo(409);
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		assertThat(api.as("zhang.rm").post("/api/v1/approvals/" + request + "/approve", null).status()).isEqualTo(403);
		assertThat(api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", null).status()).isEqualTo(200);
		assertThat(api.as("zhang.rm").get(path).body().get("status").asString()).isEqualTo("CLOSED");
	}

	/** A change keeps to the dates a registration takes: a birth date of the year 1 and an expiry in 99999 were kept. */
	@Test
	void aDateOutsideTheYears1900To9999OrABirthDateInTheFutureIsRefusedNamingIt() {
		var passport = api.as("zhang.rm").post("/api/v1/customers", Api.json("type", "INDIVIDUAL", "name", "护照客户",
				"idType", "PASSPORT", "idNumber", "E" + (10_000_000 + (System.nanoTime() & 0x3FFFFFF) % 89_999_999),
				"orgUnit", "SH-PD", "managerUsername", "zhang.rm"));
		assertThat(passport.status()).as(passport.text()).isEqualTo(201);
		String other = "/api/v1/customers/" + passport.body().get("id").asLong();
		String version = passport.header("ETag");

		var yearOne = api.as("zhang.rm").patch(other, Api.json("birthDate", "0001-01-01"), version);
		var unborn = api.as("zhang.rm").patch(other, Api.json("birthDate", "2999-01-01"), version);
		var forever = api.as("zhang.rm").patch(path, Api.json("idExpiry", "+99999-12-31"), etag);

		assertThat(List.of(yearOne, unborn, forever)).allSatisfy(refused -> {
			assertThat(refused.status()).as(refused.text()).isEqualTo(400);
			assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("range");
		});
		assertThat(yearOne.body().at("/errors/0/field").asString()).isEqualTo("birthDate");
		assertThat(forever.body().at("/errors/0/field").asString()).isEqualTo("idExpiry");
		assertThat(api.as("zhang.rm").get(other).body().get("birthDate").isNull()).isTrue();
	}

	@Test
	void fieldsThatCannotBePatchedAreNamed() {
		var refused = api.as("zhang.rm").patch(path, Api.json("idNumber", "11010519491231002X", "phone", "123"), etag);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactlyInAnyOrder("idNumber", "phone");
	}
}
