package org.clientcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.clientcare.ClientCareApplication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * What every browser journey shares: pages that record failing requests (≥ 400) and console errors, signing in
 * through the form, and the check of a page a user sees — no {@code ??key??}, no form field without a label, no raw
 * enum code on a Chinese page, every chart drawn — with a screenshot under {@code target/screenshots}.
 */
abstract class Journeys extends Chromium {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** The names of the application's enum constants: on a page they are codes a user should never read. */
	static final Set<String> ENUM_CODES = enumCodes();

	/** Upper-case words that are no enum code on a page: units, currencies, product and org unit codes. */
	static final Set<String> WORDS = Set.of("AUM", "CNY", "API", "SMS", "FAQ", "KYC", "PII", "USCC", "HTML", "CSV",
			"JSON", "ECHARTS");

	@Value("${local.server.port}")
	int port;

	/** Failing requests and console errors of every page this journey opened; callbacks add from Playwright's thread. */
	final List<String> problems = new CopyOnWriteArrayList<>();

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	Page page(String locale, int width, int height) {
		Page page = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height)
			.setAcceptDownloads(true)).newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				problems.add("console on " + page.url() + ": " + message.text());
			}
		});
		page.onResponse(response -> {
			if (response.status() >= 400) {
				problems.add(response.status() + " " + response.request().method() + " " + response.url());
			}
		});
		return page;
	}

	Page signIn(String username) {
		return signIn(username, 1366, 900);
	}

	Page signIn(String username, String locale) {
		return signIn(username, locale, 1366, 900);
	}

	Page signIn(String username, int width, int height) {
		return signIn(username, "zh-CN", width, height);
	}

	/** Signs in through the form, as a person does, and waits for the page the form leads to. */
	Page signIn(String username, String locale, int width, int height) {
		Page page = page(locale, width, height);
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", "demo");
		page.click("#sign-in");
		page.waitForURL(address -> !address.contains("/login"));
		return page;
	}

	/**
	 * The page as its user sees it: no failing request or console error so far, no missing message key, no raw enum
	 * code (on a Chinese page), every chart drawn; a screenshot is kept under the given name.
	 */
	void check(Page page, String screenshot) {
		page.waitForLoadState();
		int charts = page.locator("[data-chart]").count();
		if (charts > 0) {
			try {
				page.waitForFunction("n => document.querySelectorAll('[data-chart] canvas').length >= n", charts,
						new Page.WaitForFunctionOptions().setTimeout(15_000));
			}
			catch (com.microsoft.playwright.TimeoutError e) {
				// asserted below, after the screenshot and the failing requests that explain it
			}
		}
		screenshot(page, screenshot);
		assertThat(problems).as("failing requests and console errors").isEmpty();
		String text = page.locator("body").innerText();
		assertThat(text).as("missing message keys on %s", page.url()).doesNotContainPattern("\\?\\?[^?\\s]+\\?\\?");
		assertThat(unnamedFields(page)).as("form fields without a label on %s", page.url()).isEmpty();
		if ("zh-CN".equals(page.locator("html").getAttribute("lang"))) {
			// what a page shows as code on purpose (the audit trail's recorded states) is no label
			String words = (String) page.evaluate("""
					() => { const shown = [...document.querySelectorAll('code, pre')].filter(e => e.style.display !== 'none');
					        shown.forEach(e => e.style.display = 'none');
					        const text = document.body.innerText;
					        shown.forEach(e => e.style.display = '');
					        return text; }""");
			assertThat(rawCodes(words)).as("raw codes on %s", page.url()).isEmpty();
		}
		if (charts > 0) {
			Object drawn = page.evaluate("""
					() => [...document.querySelectorAll('[data-chart] canvas')].filter(canvas => {
					  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
					  for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) return true; }
					  return false;
					}).length""");
			assertThat(((Number) drawn).intValue()).as("charts drawn on %s", page.url()).isGreaterThanOrEqualTo(charts);
		}
	}

	/**
	 * The form fields a screen reader could not name: no label around or for them, no {@code aria-label}; a placeholder
	 * is no label, it is gone once the user types.
	 */
	static List<String> unnamedFields(Page page) {
		Object names = page.evaluate("""
				() => [...document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea')]
				  .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
				  .map(e => e.name || e.id || e.outerHTML)""");
		return names instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	static Set<String> rawCodes(String text) {
		Set<String> found = new TreeSet<>();
		// an address is no label: a link's random token (base64url, as the demo's held messages show) may hold "A_BC"
		Matcher words = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b").matcher(text.replaceAll("https?://\\S+", " "));
		while (words.find()) {
			String word = words.group();
			if (!WORDS.contains(word) && (word.contains("_") || ENUM_CODES.contains(word))) {
				found.add(word);
			}
		}
		if (text.contains("{") && Pattern.compile("\\{\\w+=\\d+").matcher(text).find()) {
			found.add("a map printed as text");
		}
		return found;
	}

	private static Set<String> enumCodes() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> codes = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents(ClientCareApplication.class.getPackageName())) {
			try {
				for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (name.length() >= 3) {
						codes.add(name);
					}
				}
			}
			catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
		}
		return codes;
	}
}
