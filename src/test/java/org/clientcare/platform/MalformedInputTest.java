package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hundreds of malformed bodies and parameters against every endpoint: never a 500, always a problem for a 400; bodies
 * without a concrete content type, bad paging, broken uploads, nulls inside bodies and the container's own errors
 * answer a problem naming what is wrong; races on unique facts answer 409. {@link GeneratedMalformedRequestsTest}
 * adds ten thousand requests generated from the OpenAPI document.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTest {

	/**
	 * One body no parser reads and one of a shape no endpoint's body takes, per endpoint: the twenty broken bodies and
	 * the shapes that fail in the shared JSON reading are the web slice's ({@code ApiProblemAdviceWebTest}, on a record
	 * and on a map) and go to every endpoint in {@link GeneratedMalformedRequestsTest}. The empty object and an unknown
	 * field bind, and reach each endpoint's own validation.
	 */
	private static final List<String> BROKEN_JSON = List.of("{");

	private static final List<String> WRONG_SHAPES = List.of("[]", "{}", "{\"unknown\":\"field\"}");

	private static final List<Object> WRONG_VALUES = List.of(123, -1, true, List.of(), Map.of("a", 1), "", " ",
			"x".repeat(5_000), "\u0000", "😀😀", "NOT_AN_ENUM", "2026-13-45", "9999999999999999999999", 1.5e308);

	/**
	 * The runs of one job, a list that holds still while a test reads it twice: the runs of all jobs grow on their own,
	 * as the scheduler dispatches notifications every few seconds, whereas the hourly audit checkpoint runs once as the
	 * application starts and again only an hour later.
	 */
	private static final String RUNS_OF_A_QUIET_JOB = "/api/v1/jobs/runs?job=audit-checkpoint";

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	long customer;

	@BeforeAll
	void aCustomer() {
		customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	List<Object[]> requests() {
		List<Object[]> requests = new ArrayList<>();
		Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
		templates.put("POST /api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		templates.put("PATCH /api/v1/customers/{id}", Api.json("name", "x", "phone", "13800138000", "email", "a@b.cn",
				"address", "a", "occupation", "o", "status", "ACTIVE", "idExpiry", "2030-01-01", "contactVerified", true));
		templates.put("POST /api/v1/customers/{id}/pii-reveal", Api.json("reason", "because"));
		templates.put("PUT /api/v1/customers/{id}/financial-profile", Api.json("assets", Api.json("cash", "1.00",
				"deposits", 2), "liabilities", Api.json("mortgage", 3), "income", Api.json("salary", 4), "goals",
				List.of("RETIREMENT")));
		templates.put("POST /api/v1/customers/{id}/consents", Api.json("purpose", "MARKETING", "granted", true,
				"channel", "BRANCH"));
		for (var template : templates.entrySet()) {
			String[] endpoint = template.getKey().split(" ");
			for (String body : BROKEN_JSON) {
				requests.add(new Object[] { endpoint[0], endpoint[1], body });
			}
			for (String body : WRONG_SHAPES) {
				requests.add(new Object[] { endpoint[0], endpoint[1], body });
			}
			for (String field : template.getValue().keySet()) {
				for (Object value : WRONG_VALUES) {
					Map<String, Object> body = new LinkedHashMap<>(template.getValue());
					body.put(field, value);
					requests.add(new Object[] { endpoint[0], endpoint[1], body });
				}
				Map<String, Object> without = new LinkedHashMap<>(template.getValue());
				without.remove(field);
				requests.add(new Object[] { endpoint[0], endpoint[1], without });
			}
		}
		for (String id : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20", "null", "1;drop")) {
			for (String path : List.of("/api/v1/customers/" + id, "/api/v1/customers/" + id + "/consents")) {
				requests.add(new Object[] { "GET", path, null });
			}
			requests.add(new Object[] { "POST", "/api/v1/customers/" + id + "/pii-reveal", "{\"reason\":\"x y\"}" });
		}
		for (String query : List.of("page=-1", "page=abc", "size=0", "size=501", "size=abc", "status=GONE", "tier=%00",
				"query=" + "x".repeat(200), "query=%25%27%22", "query=%E4%B8%AD", "manager=nobody", "orgUnit=NOPE",
				"page=99999999999", "size=500&page=1000000", "query=110105%25", "query=_")) {
			requests.add(new Object[] { "GET", "/api/v1/customers?" + query, null });
			requests.add(new Object[] { "GET", "/api/v1/audit?" + query.replace("query", "entityType"), null });
		}
		for (String method : List.of("DELETE", "PUT", "PATCH")) {
			requests.add(new Object[] { method, "/api/v1/customers", "{}" });
		}
		return requests;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requests")
	void noMalformedRequestEndsInAServerError(String method, String path, Object body) {
		var response = api.as("admin").send(method, path.replace("{id}", Long.toString(customer)), body,
				Map.of("If-Match", "*"));

		assertThat(response.status()).as("%s %s %s → %s", method, path, body, response.text()).isLessThan(500);
		if (response.status() == 400) {
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body().has("errors")).as(response.text()).isTrue();
		}
	}

	@ParameterizedTest(name = "{0} sends {2} to {1}")
	@MethodSource("contentTypes")
	void aBodyWithoutAConcreteContentTypeIsRefusedNamingTheHeader(String user, String path, String contentType) {
		var response = api.as(user).send(path.startsWith("/api/v1/tiering") ? "PUT" : "POST", path, "{}",
				Map.of("Content-Type", contentType));

		assertThat(response.status()).as(response.text()).isIn(400, 403, 415);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (response.status() != 403) {
			assertThat(response.body().at("/errors/0/field").asString()).isEqualTo("Content-Type");
		}
	}

	List<Object[]> contentTypes() {
		List<Object[]> cases = new ArrayList<>();
		for (String user : List.of("admin", "zhang.rm", "wang.agent", "chen.compliance", "core.feed")) {
			for (String path : List.of("/api/v1/customers", "/api/v1/tiering/settings", "/api/v1/users", "/api/v1/complaints")) {
				for (String type : List.of("*/*", "multipart/form-data", "text/*", "not a type")) {
					cases.add(new Object[] { user, path, type });
				}
			}
		}
		return cases;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pagingAndParameters")
	void aBadPagingValueOrAnOverlongParameterIsRefusedNamingIt(String query, String field) {
		var response = api.as("zhang.rm").get("/api/v1/revisits?" + query);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().at("/errors/0/field").asString()).isEqualTo(field);
	}

	/** A list that needs a parameter to mean anything refuses a request without it by name, never as a missing "null". */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/walk-ins", "/api/v1/walk-ins?orgUnit=", "/api/v1/walk-ins?orgUnit=%20&size=5" })
	void theWalkInQueueAskedForWithoutABranchIsRefusedNamingOrgUnit(String path) {
		var response = api.as("wang.agent").get(path);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().at("/errors/0/field").asString()).isEqualTo("orgUnit");
		assertThat(response.body().at("/errors/0/code").asString()).isEqualTo("required");
	}

	static List<Object[]> pagingAndParameters() {
		return List.of(new Object[] { "page=-1", "page" }, new Object[] { "size=-1", "size" },
				new Object[] { "size=0", "size" }, new Object[] { "page=abc", "page" },
				new Object[] { "assignee=" + "a".repeat(65), "assignee" }, new Object[] { "customerId=x", "customerId" });
	}

	/** SPEC §12: every list takes {@code page} from 0 and {@code size} up to 500, and refuses anything else by name. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void everyListTakesPagesOfUpTo500AndRefusesOtherSizesNamingThem(String path) {
		String glue = path.contains("?") ? "&" : "?";
		var largest = api.as("chen.compliance").get(path + glue + "size=500");

		assertThat(largest.status()).as(largest.text()).isEqualTo(200);
		assertThat(largest.body().get("size").asInt()).isEqualTo(500);
		for (String[] bad : new String[][] { { "size=0", "size" }, { "size=-1", "size" }, { "size=501", "size" },
				{ "page=-1", "page" } }) {
			var refused = api.as("chen.compliance").get(path + glue + bad[0]);
			assertThat(refused.status()).as(path + glue + bad[0] + " " + refused.text()).isEqualTo(400);
			assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo(bad[1]);
		}
	}

	List<String> lists() {
		return List.of("/api/v1/customers", "/api/v1/customers/" + customer + "/timeline", "/api/v1/revisits",
				"/api/v1/complaints", "/api/v1/suitability-alerts", "/api/v1/suitability-mismatches",
				"/api/v1/sale-recordings", "/api/v1/appointments", "/api/v1/cases", "/api/v1/visits", "/api/v1/inquiries",
				"/api/v1/faq", "/api/v1/audit?entityType=customer&entityId=" + customer);
	}

	/**
	 * SPEC §12 for the lists of records that once answered a bare array or ignored paging (all but the ones §12 shows
	 * as an array): a page {@code {content, page, size, totalElements}}, 500 the largest size, other sizes and a
	 * negative page refused by name, and a page past the end empty with the same total.
	 */
	@ParameterizedTest(name = "{0} GET {1}")
	@MethodSource("listsOfRecords")
	void everyListOfRecordsAnswersAPageAndRefusesOtherSizesNamingThem(String user, String path) {
		String glue = path.contains("?") ? "&" : "?";
		var largest = api.as(user).get(path + glue + "size=500");

		assertThat(largest.status()).as(path + " " + largest.text()).isEqualTo(200);
		assertThat(largest.body().get("content").isArray()).as(largest.text()).isTrue();
		assertThat(largest.body().get("page").asInt()).isZero();
		assertThat(largest.body().get("size").asInt()).isEqualTo(500);
		long total = largest.body().get("totalElements").asLong();
		assertThat(total).isEqualTo(largest.body().get("content").size());
		var past = api.as(user).get(path + glue + "size=1&page=" + total);
		assertThat(past.status()).as(path + " " + past.text()).isEqualTo(200);
		assertThat(past.body().get("content").size()).isZero();
		assertThat(past.body().get("totalElements").asLong()).isEqualTo(total);
		for (String[] bad : new String[][] { { "size=0", "size" }, { "size=-1", "size" }, { "size=501", "size" },
				{ "size=abc", "size" }, { "page=-1", "page" }, { "page=abc", "page" } }) {
			var refused = api.as(user).get(path + glue + bad[0]);
			assertThat(refused.status()).as(path + glue + bad[0] + " " + refused.text()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo(bad[1]);
		}
	}

	List<Object[]> listsOfRecords() {
		long event = api.as("zhao.manager").post("/api/v1/events", Api.json("title", "讲座", "kind", "LECTURE", "startsAt",
				java.time.OffsetDateTime.now().plusDays(10).toString(), "location", "浦东", "capacity", 30, "orgUnit",
				"SH-PD")).body().get("id").asLong();
		String of = "/api/v1/customers/" + customer;
		List<Object[]> lists = new ArrayList<>();
		for (String path : List.of("/api/v1/approvals", "/api/v1/appointment-advisors", "/api/v1/walk-ins?orgUnit=SH-PD",
				of + "/assignments", "/api/v1/assignment/managers", of + "/diary", of + "/key-persons", of + "/plans",
				of + "/opportunities", "/api/v1/care/occasions", "/api/v1/events", "/api/v1/events/" + event + "/invitations",
				"/api/v1/complaint-categories", "/api/v1/complaint-causes", "/api/v1/corrective-actions", of + "/consents",
				of + "/entitlement-uses", "/api/v1/org-units", "/api/v1/users", "/api/v1/jobs", RUNS_OF_A_QUIET_JOB,
				"/api/v1/products", of + "/risk-assessments", of + "/risk-acknowledgments", "/api/v1/training/courses",
				"/api/v1/training/assessments?quarter=2026-Q4", "/api/v1/training/outstanding")) {
			lists.add(new Object[] { "admin", path });
		}
		lists.add(new Object[] { "zhang.rm", "/api/v1/care/tasks" });
		lists.add(new Object[] { "zhang.rm", "/api/v1/visits/due" });
		lists.add(new Object[] { "chen.compliance", "/api/v1/retention/candidates" });
		return lists;
	}

	@Test
	void aFractionWhereAWholeNumberIsMeantOrANumberWhereAYesOrNoIsMeantIsRefusedNamingTheField() {
		var revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits", Api.json()).body()
			.get("id").asLong();
		var halfPoint = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				"{\"method\":\"PHONE\",\"reached\":true,\"satisfaction\":4.5}");
		var halfSeat = api.as("zhao.manager").post("/api/v1/events", "{\"title\":\"讲座\",\"kind\":\"LECTURE\","
				+ "\"startsAt\":\"2026-12-20T14:00:00+08:00\",\"location\":\"浦东\",\"capacity\":30.5,\"orgUnit\":\"SH-PD\"}");
		var numberForNo = api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics",
				"{\"asOf\":\"2026-01-05\",\"aum\":\"1000.00\",\"badCredit\":1}");

		assertThat(halfPoint.status()).as(halfPoint.text()).isEqualTo(400);
		assertThat(halfPoint.body().at("/errors/0/field").asString()).isEqualTo("satisfaction");
		assertThat(api.as("zhang.rm").get("/api/v1/revisits/" + revisit).body().get("status").asString()).isEqualTo("OPEN");
		assertThat(halfSeat.status()).as(halfSeat.text()).isEqualTo(400);
		assertThat(halfSeat.body().at("/errors/0/field").asString()).isEqualTo("capacity");
		assertThat(numberForNo.status()).as(numberForNo.text()).isEqualTo(400);
		assertThat(numberForNo.body().at("/errors/0/field").asString()).isEqualTo("badCredit");
	}

	/**
	 * A date before 1900 came back moved by two days with an offset of +08:05:43 (the driver's Julian calendar and
	 * local mean time), and a tier override until the year 999999999 was accepted and then could never be approved.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("farDates")
	void aDateOrTimestampOutsideTheYears1900To9999IsRefusedNamingItsField(String user, String path, Map<String, Object> body,
			String field) {
		var response = api.as(user).post(path.replace("{customer}", Long.toString(customer)), body);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.body().at("/errors/0/field").asString()).isEqualTo(field);
		assertThat(response.body().at("/errors/0/code").asString()).isEqualTo("range");
	}

	static List<Object[]> farDates() {
		Map<String, Object> passerBy = Api.json("complainantName", "路人", "contact", "13800138000", "channel", "HOTLINE",
				"category", "FEES", "content", "收费不透明");
		List<Object[]> cases = new ArrayList<>();
		for (String at : List.of("0001-01-01T10:00:00+08:00", "1899-12-31T23:59:59+08:00", "+10000-01-01T00:00:00+08:00")) {
			var complaint = new LinkedHashMap<>(passerBy);
			complaint.put("receivedAt", at);
			cases.add(new Object[] { "wang.agent", "/api/v1/complaints", complaint, "receivedAt" });
		}
		var since = new LinkedHashMap<>(TestCustomers.individual("SH-PD", "zhang.rm"));
		since.put("relationshipSince", "0001-01-01");
		cases.add(new Object[] { "zhang.rm", "/api/v1/customers", since, "relationshipSince" });
		var expiry = new LinkedHashMap<>(TestCustomers.individual("SH-PD", "zhang.rm"));
		expiry.put("idExpiry", "+999999999-12-31");
		cases.add(new Object[] { "zhang.rm", "/api/v1/customers", expiry, "idExpiry" });
		cases.add(new Object[] { "zhang.rm", "/api/v1/customers/{customer}/tier-override",
				Api.json("tier", "DIAMOND", "reason", "战略客户", "until", "+999999999-01-01"), "until" });
		return cases;
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("brokenUploads")
	void aBrokenUploadIsRefusedNamingTheFile(String path, String kind, String contentType, String body) {
		var response = api.as("core.feed").send("POST", path, body, Map.of("Content-Type", contentType));

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().at("/errors/0/field").asString()).isIn("file", "Content-Type");
	}

	static List<Object[]> brokenUploads() {
		List<Object[]> cases = new ArrayList<>();
		for (String path : List.of("/api/v1/imports/customers", "/api/v1/imports/metrics", "/api/v1/imports/transactions",
				"/api/v1/imports/accounts")) {
			cases.add(new Object[] { path, "no boundary", "multipart/form-data", "--b\r\n\r\nx\r\n--b--\r\n" });
			cases.add(new Object[] { path, "stream ends inside the file", "multipart/form-data; boundary=b",
					"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc" });
			cases.add(new Object[] { path, "no part named file", "multipart/form-data; boundary=b",
					"--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.csv\"\r\n\r\nabc\r\n--b--\r\n" });
			cases.add(new Object[] { path, "no parts at all", "multipart/form-data; boundary=b", "garbage" });
		}
		return cases;
	}

	@Test
	void aNullOrANulCharacterInsideAJsonBodyIsRefusedNamingTheField() {
		var nullAnswer = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-assessments",
				"{\"answers\":{\"age\":null}}");
		var nulInName = api.as("admin").post("/api/v1/customers",
				Api.json("type", "INDIVIDUAL", "name", "王\u0000五", "idType", "RESIDENT_ID", "idNumber", "11010519491231002X",
						"orgUnit", "SH-PD"));

		assertThat(nullAnswer.status()).as(nullAnswer.text()).isEqualTo(400);
		assertThat(nullAnswer.body().at("/errors/0/field").asString()).startsWith("answers");
		assertThat(nulInName.status()).as(nulInName.text()).isEqualTo(400);
		assertThat(nulInName.body().at("/errors/0/field").asString()).isEqualTo("name");
	}

	/**
	 * On the pages a NUL character in a search or in a public form's field answers the error page with 400: the staff's
	 * customer search and the public assistant's question ended in a server error.
	 */
	@Test
	void aNulCharacterInAPageSearchOrInAPublicFormAnswersTheErrorPageWith400() throws Exception {
		var staff = org.clientcare.support.SignedInPages.as("zhang.rm", port);
		var search = staff.send(java.net.http.HttpRequest.newBuilder(page("/customers?query=%E7%8E%8B%00"))
			.header("Accept", "text/html").build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		var visitor = org.clientcare.support.SignedInPages.visitor();
		String form = org.clientcare.support.SignedInPages.get(visitor, port, "/public/assistant").body();
		var question = org.clientcare.support.SignedInPages.post(visitor, port, "/public/assistant",
				"question=%E5%AD%98%00%E6%AC%BE", org.clientcare.support.SignedInPages.csrf(form), "Accept", "text/html");

		assertThat(search.statusCode()).as(search.body()).isEqualTo(400);
		assertThat(search.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(question.statusCode()).as(question.body()).isEqualTo(400);
	}

	private java.net.URI page(String path) {
		return java.net.URI.create("http://localhost:" + port + path);
	}

	/** A search filter with a NUL character, which the database compares with nothing, is refused naming the filter. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/customers?query=%00|query", "/api/v1/customers?size=5&manager=zhang%00.rm|manager",
			"/api/v1/revisits?assignee=%E9%99%88%00|assignee", "/api/v1/complaints?department=W%00MD|department",
			"/api/v1/appointments?orgUnit=SH%00|orgUnit", "/api/v1/kpis?orgUnit=%00|orgUnit",
			"/api/v1/audit?entityType=customer&entityId=1%00|entityId" })
	void aNulCharacterInAQueryParameterIsRefusedNamingTheParameter(String pathAndField) {
		String[] parts = pathAndField.split("\\|");
		var response = api.as("chen.compliance").get(parts[0]);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().at("/errors/0/field").asString()).isEqualTo(parts[1]);
	}

	/**
	 * Every error answer of the API carries its stable {@code code}, whichever layer refused the request: sign-in, the
	 * URL rules, the framework's own checks and the container, as the modules' own refusals do.
	 */
	@Test
	void everyErrorAnswerNamesItsCodeWhicheverLayerRefusedTheRequest() {
		var anonymous = api.anonymous().get("/api/v1/customers");
		var unknownUser = api.as("no.such.user", "demo").get("/api/v1/customers");
		var machineUserReadingCustomers = api.as("core.feed").get("/api/v1/customers");
		var unknownPath = api.as("zhang.rm").get("/api/v1/no-such-thing");
		var wrongMethod = api.as("zhang.rm").send("DELETE", "/api/v1/customers", null, Map.of());
		var xmlWanted = api.as("zhang.rm").send("GET", "/api/v1/customers/" + customer, null,
				Map.of("Accept", "application/xml"));

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body().get("code").asString()).isEqualTo("unauthenticated");
		assertThat(unknownUser.status()).isEqualTo(401);
		assertThat(unknownUser.body().get("code").asString()).isEqualTo("unauthenticated");
		assertThat(machineUserReadingCustomers.status()).isEqualTo(403);
		assertThat(machineUserReadingCustomers.body().get("code").asString()).isEqualTo("not-permitted");
		assertThat(unknownPath.status()).isEqualTo(404);
		assertThat(unknownPath.body().get("code").asString()).isEqualTo("not-found");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.body().get("code").asString()).isEqualTo("method-not-allowed");
		assertThat(xmlWanted.status()).isEqualTo(406);
		assertThat(xmlWanted.contentType()).startsWith("application/problem+json");
		assertThat(xmlWanted.body().get("code").asString()).isEqualTo("not-acceptable");
	}

	@Test
	void theContainersOwnErrorsUnderTheApiAreProblemDocumentsWhateverTheClientAccepts() throws Exception {
		Map<String, String> html = Map.of("Accept", "text/html");
		var unknown = api.as("zhang.rm").send("GET", "/api/v1/no-such-thing", null, html);
		var wrongMethod = api.as("zhang.rm").send("DELETE", "/api/v1/customers", null, html);
		var wrongType = api.as("zhang.rm").send("POST", "/api/v1/customers", "x", Map.of("Accept", "text/html",
				"Content-Type", "text/plain"));
		String badPath = rawRequest("GET /api/v1/customers/% HTTP/1.1");
		String rawPipeInQuery = rawRequest("GET /api/v1/customers?query=a|b HTTP/1.1");
		String rawChineseInQuery = rawRequest("GET /api/v1/customers?query=王 HTTP/1.1");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
		assertThat(wrongType.status()).isEqualTo(415);
		assertThat(wrongType.contentType()).startsWith("application/problem+json");
		assertThat(wrongType.body().at("/errors/0/field").asString()).isEqualTo("Content-Type");
		assertThat(badPath).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"field\":\"path\"");
		assertThat(rawPipeInQuery).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(rawChineseInQuery).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
	}

	@Test
	void twentyParallelRegistrationsOfOneDocumentRegisterOneCustomerAndAnswerTheRest409() throws Exception {
		Map<String, Object> body = TestCustomers.individual("SH-PD", "zhang.rm");

		List<Integer> statuses = inParallel(20, () -> api.as("zhang.rm").post("/api/v1/customers", body).status());

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
	}

	@Test
	void parallelDecisionsOnOneApprovalLetOneWinAndAnswerTheRest409() throws Exception {
		long other = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var requested = api.as("zhang.rm").post("/api/v1/customers/" + other + "/tier-override",
				Api.json("tier", "DIAMOND", "reason", "战略客户", "until", java.time.LocalDate.now().plusDays(90).toString()));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		long request = requested.body().get("id").asLong();
		var round = new java.util.concurrent.atomic.AtomicInteger();

		List<Api.Response> answers = inParallel(10, () -> api.as("zhao.manager")
			.post("/api/v1/approvals/" + request + (round.getAndIncrement() % 2 == 0 ? "/approve" : "/reject"), Api.json()));

		assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 409).as(answers.toString()).hasSize(9);
	}

	private static <T> List<T> inParallel(int count, java.util.concurrent.Callable<T> task) throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(count);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Sends a request line the HTTP client would refuse to build, and answers the raw response's head and body. */
	private String rawRequest(String requestLine) throws java.io.IOException {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}
}
