package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

/** Hundreds of malformed bodies and parameters against every endpoint: never a 500, always a problem for a 400. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTest {

	private static final List<String> BROKEN_JSON = List.of("", "{", "}", "[", "{\"type\":", "{\"type\" \"x\"}", "nul",
			"{'type':'INDIVIDUAL'}", "{\"a\":1,}", "\u0000", "{\"name\":\"\\uZZZZ\"}", "<xml/>", "{\"name\":\"x\"}}",
			"[1,2", "\"unterminated", "{\"x\":1e999999}", "{\"page\":NaN}", "{{}}", "{\"a\":[[[[[[[[[[]]]]]]]]]]}", "true false");

	private static final List<String> WRONG_SHAPES = List.of("null", "true", "0", "-1", "\"text\"", "[]", "[{}]", "{}",
			"{\"unknown\":\"field\"}", "1.5e308");

	private static final List<Object> WRONG_VALUES = List.of(123, -1, true, List.of(), Map.of("a", 1), "", " ",
			"x".repeat(5_000), "\u0000", "😀😀", "NOT_AN_ENUM", "2026-13-45", "9999999999999999999999", 1.5e308);

	@Autowired
	Api api;

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
}
