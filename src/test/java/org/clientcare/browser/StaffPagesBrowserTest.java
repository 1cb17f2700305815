package org.clientcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each of the seven staff roles signs in through the form and opens every page the navigation offers: no failing
 * request, no console error, no missing message key, no raw code on the Chinese page, and every chart draws.
 */
@DemoTest
class StaffPagesBrowserTest extends Journeys {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "zhao.manager", "zhang.rm", "li.rm", "wang.agent", "liu.handler", "chen.compliance" })
	void everyPageTheNavigationOffersWorks(String username) {
		Page page = signIn(username);
		List<String> links = page.locator("nav.sidebar a").evaluateAll("links => links.map(a => a.getAttribute('href'))")
			instanceof List<?> hrefs ? hrefs.stream().map(String::valueOf).toList() : List.of();
		assertThat(links).as("the navigation of %s", username).isNotEmpty();
		List<String> failures = new java.util.ArrayList<>();
		for (String link : links) {
			page.navigate(url(link));
			try {
				if (link.startsWith("/swagger-ui")) {
					page.waitForSelector(".swagger-ui");
					assertThat(problems).as("failing requests and console errors").isEmpty();
					continue;
				}
				assertThat(page.locator("nav.sidebar a[aria-current=page]").count()).as("current page marked on %s", link)
					.isEqualTo(1);
				check(page, username + (link.equals("/") ? "-home" : link.replace('/', '-')));
			}
			catch (AssertionError e) {
				// every page is opened, and every failing page is named
				failures.add(e.getMessage());
				problems.clear();
			}
		}
		assertThat(failures).as("pages of %s that fail", username).isEmpty();
	}

	@Test
	void switchingTheLanguageKeepsThePageAndItsFilters() {
		Page page = signIn("zhao.manager");
		page.navigate(url("/complaints?status=IN_PROGRESS&overdue=false"));

		page.click("#lang-en");
		page.waitForURL(address -> address.contains("lang=en"));

		assertThat(page.url()).contains("/complaints?", "status=IN_PROGRESS");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(page.locator("select[name=status]").inputValue()).isEqualTo("IN_PROGRESS");
		check(page, "complaints-in-progress-en");
	}
}
