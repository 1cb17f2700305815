package org.clientcare.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The checker's list of pending requests (SPEC §12): a page of {@code {content, page, size, totalElements}}, counted
 * within what the checker may decide, and refusing paging values out of range by name.
 */
@IntegrationTest
class ApprovalListTest {

	@Autowired
	Api api;

	Api checker;

	@BeforeEach
	void threeRequestsWaitForTheManagerOfANewBranch() {
		TestStaff staff = new TestStaff(api);
		String branch = staff.subBranch();
		String makerName = staff.user("ACCOUNT_MANAGER", branch);
		Api maker = staff.as(makerName);
		checker = staff.as(staff.user("BRANCH_MANAGER", branch));
		for (int i = 0; i < 3; i++) {
			long customer = staff.customer(branch, makerName);
			var requested = maker.post("/api/v1/customers/" + customer + "/tier-override",
					Api.json("tier", "DIAMOND", "reason", "战略客户"));
			assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		}
	}

	@Test
	void aPageOfOneOfThreePendingApprovalsAnswersTotalElementsThree() {
		var first = checker.get("/api/v1/approvals?page=0&size=1");

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.body().get("content").size()).isEqualTo(1);
		assertThat(first.body().get("page").asInt()).isZero();
		assertThat(first.body().get("size").asInt()).isEqualTo(1);
		assertThat(first.body().get("totalElements").asLong()).isEqualTo(3);
	}

	@Test
	void theThreePagesOfOneShowEachPendingRequestOnceNewestFirstAndTheFourthIsEmpty() {
		Set<Long> seen = new HashSet<>();
		long previous = Long.MAX_VALUE;
		for (int page = 0; page < 3; page++) {
			var answer = checker.get("/api/v1/approvals?size=1&page=" + page).body();
			long id = answer.at("/content/0/id").asLong();
			assertThat(id).isLessThan(previous);
			assertThat(seen.add(id)).isTrue();
			previous = id;
		}
		var past = checker.get("/api/v1/approvals?size=1&page=3").body();

		assertThat(past.get("content").size()).isZero();
		assertThat(past.get("totalElements").asLong()).isEqualTo(3);
	}

	@Test
	void theDefaultPageHoldsAllThreeAndSaysSo() {
		var all = checker.get("/api/v1/approvals").body();

		assertThat(all.get("content").size()).isEqualTo(3);
		assertThat(all.get("totalElements").asLong()).isEqualTo(3);
		assertThat(all.get("size").asInt()).isEqualTo(20);
	}

	@Test
	void sizeZeroAndSize501AndPageMinusOneAreRefusedNamingTheParameter() {
		for (String[] bad : new String[][] { { "size=0", "size" }, { "size=501", "size" }, { "size=x", "size" },
				{ "page=-1", "page" } }) {
			var refused = checker.get("/api/v1/approvals?" + bad[0]);

			assertThat(refused.status()).as(bad[0] + " " + refused.text()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo(bad[1]);
		}
	}
}
