package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A write refused for a moment by the database (a lock not granted, a serialization failure, the customer table kept
 * by a go-live load) is "busy, try again shortly" on a page as in the API: 503, never a 500 — in a web slice with a
 * page controller and an API controller of this test that meet the same refusal.
 */
@WebMvcTest(controllers = { PageBusyAdviceWebTest.Page.class, PageBusyAdviceWebTest.Api.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.clientcare\\.(?!platform\\.internal\\.(ApiProblemAdvice|PageBusyAdvice|WebConfiguration)).*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({ PageBusyAdviceWebTest.Page.class, PageBusyAdviceWebTest.Api.class, ApiProblemAdvice.class,
		PageBusyAdvice.class })
class PageBusyAdviceWebTest {

	@Autowired
	org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

	@Test
	void aPageWhoseWriteTheDatabaseRefusesForAMomentShowsTheBusyPageWith503() {
		var answer = mvc.post().uri("/test/page-write").accept(MediaType.TEXT_HTML).header("Accept-Language", "en")
			.requestAttr("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token"))
			.exchange();

		assertThat(answer).hasStatus(503).hasViewName("error");
		assertThat(answer).model().containsEntry("status", 503);
		assertThat(answer).bodyText().contains("Busy; please try again shortly").doesNotContain("go-live");
	}

	@Test
	void theApiStillAnswersTheSameRefusalWithItsBusyProblem() {
		var answer = mvc.post().uri("/test/api-write").exchange();

		assertThat(answer).hasStatus(503).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("busy");
	}

	/** A page whose write meets a lock it does not get. */
	@Controller
	static class Page {

		@PostMapping("/test/page-write")
		String write() {
			throw new CannotAcquireLockException("customers are being loaded by a go-live load");
		}
	}

	/** An API endpoint meeting the same. */
	@RestController
	static class Api {

		@PostMapping("/test/api-write")
		String write() {
			throw new CannotAcquireLockException("customers are being loaded by a go-live load");
		}
	}
}
