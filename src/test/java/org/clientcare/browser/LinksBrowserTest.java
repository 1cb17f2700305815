package org.clientcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each staff role signs in through the form and follows the links its pages show, page after page: every link a
 * user is offered opens — none leads to a refusal (403), a record out of the user's scope (404) or an error. Links of
 * one shape ({@code /customers/N}) are followed twice, so the walk covers every kind of page in a few hundred requests.
 */
@DemoTest
class LinksBrowserTest extends Journeys {

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

	/** Links that leave the pages: sign-out, files, static assets and the API description. */
	private static final Pattern SKIPPED = Pattern
		.compile("^/(logout|webjars|css|js|img|favicon|v3/|swagger-ui)|/export|\\.(xlsx|ics|csv|json|png)(\\?|$)");

	private static final int PAGES = 300;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "zhao.manager", "sun.hq", "zhang.rm", "li.rm", "wang.agent", "liu.handler",
			"chen.compliance" })
	void everyLinkARoleIsShownOpens(String username) {
		Page page = signIn(username);
		Map<String, String> shownOn = new HashMap<>();
		Map<String, Integer> shapes = new HashMap<>();
		Set<String> opened = new LinkedHashSet<>();
		Queue<String> next = new ArrayDeque<>(List.of("/"));
		List<String> broken = new ArrayList<>();
		while (!next.isEmpty() && opened.size() < PAGES) {
			String link = next.remove();
			if (!opened.add(link)) {
				continue;
			}
			APIResponse response = page.context().request().get(url(link));
			if (response.status() >= 400) {
				broken.add(response.status() + " " + link + " (shown on " + shownOn.get(link) + ")");
				continue;
			}
			String type = response.headers().getOrDefault("content-type", "");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Matcher hrefs = HREF.matcher(response.text());
			while (hrefs.find()) {
				String href = hrefs.group(1).replace("&amp;", "&");
				if (SKIPPED.matcher(href).find() || opened.contains(href) || shownOn.containsKey(href)) {
					continue;
				}
				String shape = href.replaceAll("\\?.*", "").replaceAll("\\d+", "N");
				if (shapes.merge(shape, 1, Integer::sum) <= 2) {
					shownOn.put(href, link);
					next.add(href);
				}
			}
		}
		assertThat(opened).as("pages %s reached", username).hasSizeGreaterThan(10);
		assertThat(broken).as("links shown to %s that do not open", username).isEmpty();
	}
}
