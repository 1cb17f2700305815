package org.clientcare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import org.clientcare.ClientCareApplication;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * What every browser journey shares: pages that record failing requests (≥ 400) and console errors, signing in
 * through the form, and the check of a page a user sees — no {@code ??key??}, no form field without a label, no raw
 * enum code (in either language) nor a year with a thousands separator, every chart drawn — with a screenshot under
 * {@code target/screenshots}. The customer's side goes the customer's way: a message sent to a customer is found on
 * the demo phone by the customer's own mobile number or e-mail address, and its link followed from there; what staff
 * pages received is kept, to show that none of them ever held such a link.
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

	@Autowired
	CustomerManagement customerManagement;

	/** Failing requests and console errors of every page this journey opened; callbacks add from Playwright's thread. */
	final List<String> problems = new CopyOnWriteArrayList<>();

	/** Every page, fragment and answer a signed-in member of staff's browser received in this journey. */
	final List<String> staffReceived = new CopyOnWriteArrayList<>();

	/** The links this journey's customers followed from their messages on the demo phone. */
	final List<String> customerLinks = new CopyOnWriteArrayList<>();

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
		// Read once its body has arrived whole: a body asked for while it still streams, of a request the page then
		// abandons (a navigation superseded by the next), was waited for without end. An abandoned request ends as a
		// failed one instead, and nothing of it reached the screen.
		page.onRequestFinished(request -> {
			Response response = request.response();
			String type = response == null ? null : response.headerValue("content-type");
			if (type != null && response.status() < 300 && (type.contains("html") || type.contains("json"))) {
				try {
					staffReceived.add(response.url() + "\n" + response.text());
				}
				catch (PlaywrightException e) {
					// a page left before its answer arrived: nothing of it reached the screen
				}
			}
		});
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", "demo");
		page.click("#sign-in");
		page.waitForURL(address -> !address.contains("/login"));
		return page;
	}

	/**
	 * The page as its user sees it: no failing request or console error so far, no missing message key, no raw enum
	 * code, every chart drawn whole as soon as the page has loaded (not a sweep or bars still rising when it is looked
	 * at or captured) and nothing of it cut at its edges (an axis's wide figures); a screenshot is kept under the given
	 * name, unless it is null. A customer's page (under {@code /public/}) names the institution and offers the language
	 * switch at its top, as every one of them does.
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
		String chartsAtLoad = charts > 0 ? chartPixels(page) : "";
		long loaded = System.nanoTime();
		if (screenshot != null) {
			screenshot(page, screenshot);
		}
		assertThat(problems).as("failing requests and console errors").isEmpty();
		String text = page.locator("body").innerText();
		assertThat(text).as("missing message keys on %s", page.url()).doesNotContainPattern("\\?\\?[^?\\s]+\\?\\?");
		assertThat(unnamedFields(page)).as("form fields without a label on %s", page.url()).isEmpty();
		assertThat(labelsRunningOn(page)).as("fields whose label runs on with the text around it, broken across lines, on %s",
				page.url()).isEmpty();
		if (java.net.URI.create(page.url()).getPath().startsWith("/public/")) {
			assertThat(page.locator("header.public-brand #institution").count())
				.as("the institution's name atop the customer's page %s", page.url()).isEqualTo(1);
			assertThat(page.locator("header.public-brand #public-lang").count())
				.as("the language switch atop the customer's page %s", page.url()).isEqualTo(1);
		}
		// what a page shows as code on purpose (the audit trail's recorded states) is no label
		String words = (String) page.evaluate("""
				() => { const shown = [...document.querySelectorAll('code, pre')].filter(e => e.style.display !== 'none');
				        shown.forEach(e => e.style.display = 'none');
				        const text = document.body.innerText;
				        shown.forEach(e => e.style.display = '');
				        return text; }""");
		assertThat(rawCodes(words)).as("raw codes on %s", page.url()).isEmpty();
		assertThat(words).as("a year written as a number (2,026 年) on %s", page.url())
			.doesNotContainPattern("\\d,\\d{3} ?年");
		if (charts > 0) {
			Object drawn = page.evaluate("""
					() => [...document.querySelectorAll('[data-chart] canvas')].filter(canvas => {
					  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
					  for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) return true; }
					  return false;
					}).length""");
			assertThat(((Number) drawn).intValue()).as("charts drawn on %s", page.url()).isGreaterThanOrEqualTo(charts);
			Object cut = page.evaluate("""
					() => [...document.querySelectorAll('[data-chart] canvas')].filter(canvas => {
					  const context = canvas.getContext('2d');
					  return [0, canvas.width - 1].some(x => {
					    const column = context.getImageData(x, 0, 1, canvas.height).data;
					    for (let i = 3; i < column.length; i += 4) { if (column[i] !== 0) return true; }
					    return false;
					  });
					}).length""");
			assertThat(((Number) cut).intValue()).as("charts with a label or a bar cut at their left or right edge on %s",
					page.url()).isZero();
			long waited = (System.nanoTime() - loaded) / 1_000_000;
			if (waited < CHART_SETTLED_MS) {
				page.waitForTimeout(CHART_SETTLED_MS - waited);
			}
			assertThat(chartPixels(page).equals(chartsAtLoad))
				.as("charts drawn whole once the page has loaded, not still moving %d ms later, on %s", CHART_SETTLED_MS,
						page.url())
				.isTrue();
		}
	}

	/**
	 * The labels of fields that flow as inline text and break across lines: a form no style lays out, its captions and
	 * fields running on through each other (a label above or beside its field is a block or a flex box, never broken).
	 */
	@SuppressWarnings("unchecked")
	private static List<String> labelsRunningOn(Page page) {
		return (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('label')]
				  .filter(label => label.querySelector(
				      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea')
				    && getComputedStyle(label).display === 'inline' && label.getClientRects().length > 1)
				  .map(label => label.innerText.trim().slice(0, 60))""");
	}

	/** How long after a page has loaded its charts must look as they did then. */
	private static final long CHART_SETTLED_MS = 500;

	/** What the page's charts show, pixel for pixel (each canvas as a PNG address). */
	private static String chartPixels(Page page) {
		return (String) page.evaluate(
				"() => [...document.querySelectorAll('[data-chart] canvas')].map(canvas => canvas.toDataURL()).join('|')");
	}

	/**
	 * The customer's phone: the demo phone opened at their address, the newest message holding the words found, and
	 * its link followed as the customer taps it; answers the page the link opened.
	 */
	Page openOnDemoPhone(String locale, String address, String words, String screenshot) {
		Locator message = messageOnDemoPhone(locale, address, words, screenshot);
		Page phone = message.page();
		Locator link = message.locator("a.customer-link").first();
		customerLinks.add(link.getAttribute("href"));
		link.click();
		phone.waitForURL(page -> !page.contains("/public/demo-phone"));
		return phone;
	}

	/**
	 * The newest message holding the words on the demo phone of this address, as the customer reads it on a phone of
	 * their own; the page is checked and kept as a screenshot.
	 */
	Locator messageOnDemoPhone(String locale, String address, String words, String screenshot) {
		Page phone = page(locale, 390, 844);
		phone.navigate(url("/public/demo-phone"));
		var message = phone.locator("#demo-inbox .demo-message", new Page.LocatorOptions().setHasText(words)).first();
		// a message sent after the staff member's change commits may take a moment: the customer looks again
		await().pollInSameThread().until(() -> {
			phone.fill("#address", address);
			phone.click("#open-inbox");
			phone.waitForLoadState();
			return message.count() > 0;
		});
		assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("the demo phone's width, a link in the message's text included").isLessThanOrEqualTo(390);
		check(phone, screenshot);
		return message;
	}

	/** The mobile number (else the e-mail address) a customer has on file: what the customer knows. */
	String addressOf(long customer) {
		String[] address = new String[1];
		CurrentActor.runAs(Actor.system("test"), () -> {
			var contact = customerManagement.contact(new CustomerId(customer));
			address[0] = contact.phone() != null ? contact.phone() : contact.email();
		});
		assertThat(address[0]).as("an address of customer %s", customer).isNotNull();
		return address[0];
	}

	/**
	 * No page, fragment or answer a member of staff's browser received in this journey held a link its customers
	 * followed from the demo phone: the token that opens the customer's page is nowhere in them.
	 */
	void assertNoStaffPageHeldTheCustomersLinks() {
		assertThat(customerLinks).as("links the customers followed").isNotEmpty();
		assertThat(staffReceived).as("what staff pages received").isNotEmpty();
		for (String link : customerLinks) {
			String path = URI.create(link).getPath();
			String token = path.substring(path.lastIndexOf('/') + 1);
			assertThat(token).as("the token of %s", link).hasSizeGreaterThanOrEqualTo(16);
			assertThat(staffReceived).as("staff pages holding the customer's link %s", path)
				.noneMatch(received -> received.contains(token));
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
