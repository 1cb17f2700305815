package org.clientcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.DemoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each of the seven staff roles signs in through the form and opens every page the navigation offers, and every page
 * is opened once more in English: no failing request, no console error, no missing message key, no raw code, every
 * chart draws, and no Chinese word of the interface is left on an English page.
 */
@DemoTest
class StaffPagesBrowserTest extends Journeys {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "zhao.manager", "zhang.rm", "li.rm", "wang.agent", "liu.handler", "chen.compliance" })
	void everyPageTheNavigationOffersWorks(String username) {
		Page page = signIn(username);
		List<String> links = navigationLinks(page);
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
				check(page, link.equals("/") || SHOT.add(link) ? screenshotName(username, link) : null);
			}
			catch (AssertionError e) {
				// every page is opened, and every failing page is named and kept as its user saw it
				failures.add(e.getMessage());
				problems.clear();
				screenshot(page, screenshotName(username, link));
			}
		}
		assertThat(failures).as("pages of %s that fail", username).isEmpty();
	}

	/**
	 * The pages kept as a screenshot in Chinese: each as the first role that opens it, and every role's home page (a
	 * screenshot of every page of every role took half a minute of the walk for pictures nobody looks at twice); a page
	 * that fails is kept as the role that saw it fail.
	 */
	private static final java.util.Set<String> SHOT = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** A page's screenshot by its user and address: zhao.manager-home, zhao.manager-complaints-analysis. */
	private static String screenshotName(String username, String link) {
		return username + (link.equals("/") ? "-home" : link.replace('/', '-'));
	}

	/** The addresses the page's navigation offers. */
	private static List<String> navigationLinks(Page page) {
		return page.locator("nav.sidebar a").evaluateAll("links => links.map(a => a.getAttribute('href'))")
			instanceof List<?> hrefs ? hrefs.stream().map(String::valueOf).toList() : List.of();
	}

	/** The pages already opened in English, as the first of the roles (in the order listed) whose navigation has them. */
	private static final java.util.Set<String> OPENED_IN_ENGLISH = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * Every page of the staff's navigation in English, each once (as the first role that has it; the home page, which
	 * differs most between roles, as every role): the words are the interface's whatever the role, and opening each
	 * page seven times took minutes of the browser suite for nothing more.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "admin", "zhao.manager", "zhang.rm", "li.rm", "wang.agent", "liu.handler", "chen.compliance" })
	void everyPageTheNavigationOffersWorksInEnglish(String username) {
		Page page = signIn(username, "en-US");
		page.navigate(url("/?lang=en"));
		List<String> links = navigationLinks(page);
		List<String> failures = new java.util.ArrayList<>();
		for (String link : links) {
			if (link.startsWith("/swagger-ui") || !link.equals("/") && !OPENED_IN_ENGLISH.add(link)) {
				continue;
			}
			page.navigate(url(link));
			try {
				assertThat(page.locator("html").getAttribute("lang")).as("language of %s", link).isEqualTo("en");
				check(page, screenshotName(username, link) + "-en");
				assertThat(chineseWordsOf(page)).as("Chinese interface words on the English %s", link).isEmpty();
			}
			catch (AssertionError e) {
				failures.add(e.getMessage());
				problems.clear();
			}
		}
		assertThat(failures).as("English pages of %s that fail", username).isEmpty();
	}

	/**
	 * The interface's own Chinese words (the Chinese messages, not the names and notes of the data) a page shows, but
	 * for what is marked as Chinese (the language switch's 中文, a message sent in Chinese), as a name not to translate
	 * (the signed-in user's) or is a member of staff's name.
	 */
	private List<String> chineseWordsOf(Page page) {
		Object shown = page.evaluate("""
				() => [...document.querySelectorAll('body *')].filter(e => !e.closest('[lang^=zh], [translate=no]')).flatMap(e => [
				    [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join(''),
				    e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label')])
				  .filter(t => t).map(t => t.trim()).filter(t => /[\u4e00-\u9fff]/.test(t))""");
		return shown instanceof List<?> texts ? texts.stream().map(String::valueOf).filter(CHINESE_MESSAGES::contains)
			.filter(text -> !staffNames().contains(text)).distinct().toList() : List.of();
	}

	@Autowired
	IdentityManagement identity;

	private java.util.Set<String> staffNames;

	/** The staff's names, which are data (the administrator's is 系统管理员, as the role is called in Chinese). */
	private java.util.Set<String> staffNames() {
		if (staffNames == null) {
			java.util.Set<String> names = new java.util.HashSet<>();
			CurrentActor.runAs(Actor.system("test"), () -> java.util.Arrays.stream(Role.values())
				.flatMap(role -> identity.usersWithRole(role).stream()).forEach(user -> names.add(user.displayName())));
			staffNames = names;
		}
		return staffNames;
	}

	/** The Chinese messages without arguments, as a page would show them whole. */
	private static final java.util.Set<String> CHINESE_MESSAGES = chineseMessages();

	private static java.util.Set<String> chineseMessages() {
		var properties = new java.util.Properties();
		try (var in = StaffPagesBrowserTest.class.getResourceAsStream("/messages_zh_CN.properties");
				var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return properties.values().stream().map(String::valueOf).map(String::trim)
			.filter(value -> value.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff) && !value.contains("{"))
			.collect(java.util.stream.Collectors.toSet());
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
