package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The handler mapping that passes over the mappings a path cannot match finds what Spring MVC's own finds: the same
 * handler, or the same refusal (no handler, a method or a content type not taken), for paths that match, that differ
 * in case, that spell a literal percent-encoded, that carry matrix variables, that double a slash or end in one.
 */
class LiteralPrefixHandlerMappingTest {

	@Controller
	static class Paths {

		@GetMapping("/api/v1/things/{id}")
		void thing() {
		}

		@PostMapping(path = "/api/v1/things/{id}", consumes = "application/json")
		void changeThing() {
		}

		@GetMapping("/api/v1/things")
		void things() {
		}

		@GetMapping("/api/v1/things/{id}/notes")
		void notes() {
		}

		@GetMapping({ "/api/v1/others/{id}", "/other/{id}" })
		void other() {
		}

		@GetMapping("/pages/{page}")
		void page() {
		}

		@GetMapping("/{name}.txt")
		void text() {
		}

		@GetMapping("/files/**")
		void file() {
		}
	}

	private static final List<String> REQUESTS = List.of("GET /api/v1/things/1", "GET /api/v1/th%69ngs/1",
			"GET /API/v1/things/1", "GET /api/v1/things/1;v=2", "GET /api/v1;v=1/things/1", "GET /api/v1/things",
			"GET /api/v1/things/", "GET //api/v1/things/1", "GET /api/v1//things/1", "GET /api/v1/things/1/notes",
			"GET /api/v1/things/1/notes/2", "GET /api/v1/others/1", "GET /other/1", "GET /pages/x", "GET /readme.txt",
			"GET /files/a/b", "GET /nothing", "GET /", "POST /api/v1/things/1", "DELETE /api/v1/things/1",
			"POST /api/v1/things", "GET /api/v1/things/%2F");

	@Test
	void findsTheHandlerOrTheRefusalSpringMvcsOwnMappingFinds() throws Exception {
		var springs = mapping(new RequestMappingHandlerMapping());
		var literal = mapping(new LiteralPrefixHandlerMapping());

		for (String request : REQUESTS) {
			assertThat(outcome(literal, request)).as(request).isEqualTo(outcome(springs, request));
		}
		assertThat(outcome(literal, "GET /api/v1/th%69ngs/1")).isEqualTo("thing");
		assertThat(outcome(literal, "POST /api/v1/things/1")).isEqualTo("HttpMediaTypeNotSupportedException");
		assertThat(outcome(literal, "DELETE /api/v1/things/1")).isEqualTo("HttpRequestMethodNotSupportedException");
		assertThat(outcome(literal, "GET /nothing")).isEqualTo("none");
	}

	private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
		var context = new StaticWebApplicationContext();
		context.registerSingleton("paths", Paths.class);
		context.refresh();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

	/** The handler method's name, {@code none}, or the name of the exception the look-up ended in. */
	private static String outcome(RequestMappingHandlerMapping mapping, String line) {
		String[] parts = line.split(" ", 2);
		var request = new MockHttpServletRequest(parts[0], parts[1]);
		request.setContentType("text/plain");
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}
}
