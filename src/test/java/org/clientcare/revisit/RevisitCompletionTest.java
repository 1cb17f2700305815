package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RevisitCompletionTest {

	@Autowired
	Api api;

	@Autowired
	RevisitManagement revisits;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MutableClock clock;

	@Test
	void aBranchManagerSeesHowManyDueRevisitsOfEachUnitWereDoneOnTime() {
		List<RevisitManagement.UnitCompletion> before = completionAs("zhao.manager");
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		long revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits",
				Api.json("dueDate", LocalDate.now(clock).toString(), "notes", "年度回访")).body().get("id").asLong();
		api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true, "satisfaction", 5));

		List<RevisitManagement.UnitCompletion> after = completionAs("zhao.manager");

		var pudongBefore = unit(before, "SH-PD");
		var pudongAfter = unit(after, "SH-PD");
		assertThat(pudongAfter.due()).isEqualTo(pudongBefore.due() + 1);
		assertThat(pudongAfter.onTime()).isEqualTo(pudongBefore.onTime() + 1);
		assertThat(after).extracting(RevisitManagement.UnitCompletion::orgUnit).doesNotContain("HQ");
		assertThat(completionAs("li.rm")).allSatisfy(u -> assertThat(u.orgUnit()).isEqualTo("SH-XH"));
	}

	private List<RevisitManagement.UnitCompletion> completionAs(String username) {
		StaffUser user = identity.findUser(username).orElseThrow();
		var actor = new Actor(username, user.role().name(), user.id(), user.orgUnitId(), "test");
		var result = new Object() {
			List<RevisitManagement.UnitCompletion> figures;
		};
		CurrentActor.runAs(actor, () -> result.figures = revisits.completionByUnit(90));
		return result.figures;
	}

	private static RevisitManagement.UnitCompletion unit(List<RevisitManagement.UnitCompletion> figures, String code) {
		return figures.stream().filter(u -> u.orgUnit().equals(code)).findFirst()
			.orElse(new RevisitManagement.UnitCompletion(code, 0, 0, 0));
	}
}
