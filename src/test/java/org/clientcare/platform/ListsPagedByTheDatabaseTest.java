package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.clientcare.care.EventManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.clientcare.training.TrainingManagement;
import org.clientcare.visit.VisitManagement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The users, the training outstanding, the visits due and an event's invitations are taken page by page and counted by
 * the database: read page by page, small pages together are the whole list in the order the rule gives it, and each
 * page carries the whole list's count.
 */
@IntegrationTest
class ListsPagedByTheDatabaseTest {

	@Autowired
	Api api;

	@Autowired
	IdentityManagement identity;

	@Autowired
	TrainingManagement training;

	@Autowired
	VisitManagement visits;

	@Autowired
	EventManagement events;

	@Test
	void theUsersPagesTogetherAreEveryUserByUsernameEachWithTheCount() {
		List<String> whole = as("admin", () -> identity.accounts().stream().map(a -> a.user().username()).toList());

		List<String> paged = pages(api.as("admin"), "/api/v1/users", 3, whole.size()).stream()
			.map(a -> a.get("user").get("username").asString()).toList();

		assertThat(paged).isEqualTo(whole).isSorted();
	}

	@Test
	void theTrainingOutstandingPagesAreTheCoursesNewestFirstAndTheStaffByUsernameWithinTheReadersReach() {
		// courses of a sub-branch of its own, with staff of its own, so that no other test finds them outstanding
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		for (int i = 0; i < 3; i++) {
			staff.user(i == 0 ? "BRANCH_MANAGER" : "ACCOUNT_MANAGER", unit);
		}
		for (boolean mandatory : new boolean[] { true, true, false }) {
			var course = api.as("admin").post("/api/v1/training/courses", Api.json("title", "反洗钱 " + UUID.randomUUID(),
					"topic", "COMPLIANCE", "mandatory", mandatory, "orgUnit", unit));
			assertThat(course.status()).as(course.text()).isEqualTo(201);
		}

		for (String reader : List.of("admin", "zhao.manager")) {
			List<String> whole = as(reader, () -> training.outstanding().stream()
				.map(o -> o.courseId() + " " + o.username() + " " + o.orgUnit() + " " + o.courseTitle()).toList());

			List<String> paged = pages(api.as(reader), "/api/v1/training/outstanding", 2, whole.size()).stream()
				.map(o -> o.get("courseId").asLong() + " " + o.get("username").asString() + " "
						+ o.get("orgUnit").asString() + " " + o.get("courseTitle").asString())
				.toList();

			assertThat(paged).as(reader).isNotEmpty().isEqualTo(whole);
		}
	}

	@Test
	void theVisitsDuePagesAreTheManagersCustomersSoonestFirstWithTheDatesTheFrequencyGives() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String manager = staff.user("ACCOUNT_MANAGER", unit);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (LocalDate since : List.of(LocalDate.of(2020, 1, 1), today.minusMonths(6).plusDays(3), today.minusMonths(6),
				today.minusMonths(5).minusDays(25), today.minusMonths(2), LocalDate.of(2021, 6, 30))) {
			Map<String, Object> company = TestCustomers.corporate(unit);
			company.put("managerUsername", manager);
			company.put("relationshipSince", since.toString());
			var registered = api.as("admin").post("/api/v1/customers", company);
			assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		}
		long visited = api.as("admin").post("/api/v1/customers", withManager(TestCustomers.corporate(unit), manager))
			.body().get("id").asLong();
		var visit = staff.as(manager).post("/api/v1/visits", Api.json("customerId", visited, "kind", "ROUTINE", "method",
				"PHONE", "occurredAt", OffsetDateTime.now().minusMonths(6).plusDays(5).toString(), "purpose", "季度问候",
				"summary", "客户经营正常"));
		assertThat(visit.status()).as(visit.text()).isEqualTo(201);

		List<String> whole = as(manager, () -> visits.worklist().stream()
			.map(d -> d.customerId() + " " + d.dueOn() + " " + d.lastVisit() + " " + d.overdue() + " " + d.name()).toList());
		List<String> paged = pages(staff.as(manager), "/api/v1/visits/due", 2, whole.size()).stream()
			.map(d -> d.get("customerId").asLong() + " " + d.get("dueOn").asString() + " "
					+ (d.get("lastVisit").isNull() ? "null" : d.get("lastVisit").asString()) + " "
					+ d.get("overdue").asBoolean() + " " + d.get("name").asString())
			.toList();

		assertThat(whole).hasSizeGreaterThanOrEqualTo(5);
		assertThat(paged).isEqualTo(whole);
	}

	@Test
	void anEventsInvitationPagesAreItsInvitationsInTheOrderTheyWereMadeWithTheirCount() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String organiser = staff.user("BRANCH_MANAGER", unit);
		List<Long> guests = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			guests.add(staff.customer(unit, null));
		}
		long event = staff.as(organiser).post("/api/v1/events", Api.json("title", "养老规划讲座", "kind", "LECTURE",
				"startsAt", OffsetDateTime.now().plusDays(14).toString(), "location", "三楼大厅", "capacity", 10,
				"orgUnit", unit)).body().get("id").asLong();
		assertThat(staff.as(organiser).post("/api/v1/events/" + event + "/invitations", Api.json("customerIds", guests))
			.status()).isEqualTo(200);

		List<String> whole = as(organiser, () -> events.invitations(event).stream()
			.map(i -> i.id() + " " + i.customerId() + " " + i.invitationNo() + " " + i.status()).toList());
		List<String> paged = pages(staff.as(organiser), "/api/v1/events/" + event + "/invitations", 2, whole.size())
			.stream().map(i -> i.get("id").asLong() + " " + i.get("customerId").asLong() + " "
					+ i.get("invitationNo").asString() + " " + i.get("status").asString())
			.toList();

		assertThat(whole).hasSize(5);
		assertThat(paged).isEqualTo(whole);
	}

	private static Map<String, Object> withManager(Map<String, Object> customer, String manager) {
		customer.put("managerUsername", manager);
		customer.put("relationshipSince", "2020-01-01");
		return customer;
	}

	/** Every page of {@code size} until one comes back empty, each asserted to carry the whole list's count. */
	private static List<JsonNode> pages(Api api, String path, int size, long total) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			var answer = api.get(path + "?size=" + size + "&page=" + page);
			assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
			assertThat(answer.body().get("totalElements").asLong()).as(path + " page " + page).isEqualTo(total);
			JsonNode content = answer.body().get("content");
			if (content.isEmpty()) {
				return all;
			}
			assertThat(content.size()).isLessThanOrEqualTo(size);
			content.forEach(all::add);
		}
	}

	private <T> T as(String username, Supplier<T> work) {
		List<T> result = new ArrayList<>();
		CurrentActor.runAs(identity.findUser(username).orElseThrow().actor("test"), () -> result.add(work.get()));
		return result.get(0);
	}
}
