package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's one translation of failures into {@code application/problem+json}, in a web slice: only Spring MVC, the
 * advice and a controller of this test that fails in each way the modules' controllers do — no database, no other
 * module; the security filters, tested with the whole application, stay out. What a client sends never ends in a 500,
 * and every 400 names the field.
 */
@WebMvcTest(controllers = ApiProblemAdviceWebTest.Failing.class, excludeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX, pattern = "org\\.clientcare\\.(?!platform\\.internal\\.(ApiProblemAdvice|WebConfiguration)).*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({ ApiProblemAdviceWebTest.Failing.class, ApiProblemAdvice.class })
class ApiProblemAdviceWebTest {

	private static final List<String> BROKEN_JSON = List.of("", "{", "}", "[", "{\"type\":", "{\"type\" \"x\"}", "nul",
			"{'type':'INDIVIDUAL'}", "{\"a\":1,}", "\u0000", "{\"name\":\"\\uZZZZ\"}", "<xml/>", "{\"name\":\"x\"}}",
			"[1,2", "\"unterminated", "{\"x\":1e999999}", "{\"page\":NaN}", "{{}}", "{\"a\":[[[[[[[[[[]]]]]]]]]]}", "true false");

	private static final List<String> WRONG_SHAPES = List.of("null", "true", "0", "-1", "\"text\"", "[]", "[{}]", "{}",
			"{\"unknown\":\"field\"}", "1.5e308");

	@Autowired
	MockMvcTester mvc;

	@Test
	void invalidInputAnswers400WithEveryFieldProblem() {
		var answer = mvc.get().uri("/test/invalid").exchange();

		assertThat(answer).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("idNumber");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].code").isEqualTo("checksum");
	}

	@Test
	void aBodyThatBreaksItsConstraintsAnswers400NamingEachField() {
		var answer = post("{\"name\": \"\", \"amount\": -1}");

		assertThat(answer).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer).bodyJson().extractingPath("$.errors[*].field").asArray().containsOnly("name", "amount");
	}

	@Test
	void malformedJsonAndAWrongTypeAnswer400NeverA500() {
		for (String body : new String[] { "{", "[]", "{\"name\": \"x\", \"amount\": \"many\"}", "" }) {
			var answer = post(body);

			assertThat(answer).as(body).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(mvc.get().uri("/test/things/abc").exchange()).hasStatus(400).bodyJson().extractingPath("$.errors[0].field")
			.isEqualTo("id");
		assertThat(mvc.get().uri("/test/needs-param").exchange()).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("year");
	}

	/**
	 * The JSON reading every endpoint shares: a body no parser reads, or of a shape the endpoint's body does not take,
	 * whether it binds to a record (as most endpoints' bodies) or to a map (as a merge patch), never ends in a server
	 * error, and a 400 is a problem naming what is wrong; to a record, each of them is a 400 naming a field. The full-application {@code MalformedInputTest} sends each
	 * endpoint one of each kind, and {@code GeneratedMalformedRequestsTest} all of them to every endpoint.
	 */
	@ParameterizedTest(name = "{index}: {0} {1}")
	@MethodSource("brokenBodies")
	void noBrokenOrWronglyShapedJsonBodyEndsInAServerError(String method, String path, String body) throws Exception {
		var response = mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();

		assertThat(response.getResponse().getStatus()).as("%s %s %s → %s", method, path, body,
				response.getResponse().getContentAsString()).isLessThan(500);
		if (response.getResponse().getStatus() == 400) {
			assertThat(response.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(response).bodyJson().hasPath("$.errors");
		}
		if (method.equals("POST")) {
			// none of them makes a thing with a name and a positive amount
			assertThat(response).as("%s %s %s", method, path, body).hasStatus(400).bodyJson()
				.extractingPath("$.errors[0].field").isNotNull();
		}
	}

	static List<Object[]> brokenBodies() {
		List<Object[]> cases = new ArrayList<>();
		for (String[] endpoint : new String[][] { { "POST", "/test/things" }, { "PATCH", "/test/things/7" } }) {
			for (String body : BROKEN_JSON) {
				cases.add(new Object[] { endpoint[0], endpoint[1], body });
			}
			for (String body : WRONG_SHAPES) {
				cases.add(new Object[] { endpoint[0], endpoint[1], body });
			}
		}
		return cases;
	}

	@Test
	void notFoundAnswers404AndAConflict409WithItsCode() {
		assertThat(mvc.get().uri("/test/things/7").exchange()).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		var conflict = mvc.get().uri("/test/conflict").exchange();
		assertThat(conflict).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("duplicate");
		assertThat(conflict).bodyJson().extractingPath("$.existingId").isEqualTo(42);
	}

	/**
	 * A step sent without {@code If-Match} that finds its record changed by a concurrent one (two acknowledgements of
	 * one complaint at the same moment) lost a race, a 409; only a request that named the version it changes, such as a
	 * customer's patch, gets 412.
	 */
	@Test
	void aRecordChangedMeanwhileIsAConflictUnlessTheRequestNamedTheVersionItChanges() {
		for (String path : List.of("/test/stale", "/test/optimistic")) {
			var raced = mvc.post().uri(path).exchange();
			var stale = mvc.post().uri(path).header("If-Match", "\"3\"").exchange();

			assertThat(raced).as(path).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(raced).bodyJson().extractingPath("$.status").isEqualTo(409);
			assertThat(raced).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
			assertThat(stale).as(path).hasStatus(412).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
		}
	}

	@Test
	void anUnexpectedFailureAnswers500WithoutItsMessageOrStackTrace() throws Exception {
		var answer = mvc.get().uri("/test/bug").exchange();

		assertThat(answer).hasStatus(500).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getResponse().getContentAsString()).doesNotContain("secret-detail", "at org.clientcare");
	}

	private MvcTestResult post(String body) {
		return mvc.post().uri("/test/things").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	record Thing(@NotBlank String name, @Positive long amount) {
	}

	/** Fails the way the modules' controllers do. */
	@RestController
	static class Failing {

		@GetMapping("/test/invalid")
		String invalid() {
			throw InvalidInput.of("idNumber", "checksum", "The check character does not match");
		}

		@PostMapping("/test/things")
		Thing create(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@PatchMapping("/test/things/{id}")
		Map<String, Object> patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
			return changes;
		}

		@GetMapping("/test/things/{id}")
		Thing thing(@PathVariable long id) {
			throw new NotFound("Thing", id);
		}

		@GetMapping("/test/needs-param")
		String needsParam(@RequestParam int year) {
			return Integer.toString(year);
		}

		@GetMapping("/test/conflict")
		String conflict() {
			throw new Conflict("duplicate", "Exists already", Map.of("existingId", 42));
		}

		@PostMapping("/test/stale")
		String stale() {
			throw new StaleVersion("Thing 7");
		}

		@PostMapping("/test/optimistic")
		String optimistic() {
			throw new org.springframework.dao.OptimisticLockingFailureException("Thing 7 changed");
		}

		@GetMapping("/test/bug")
		String bug() {
			throw new IllegalStateException("secret-detail");
		}
	}
}
