package org.clientcare.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The audit page reads in words, in Chinese and in English: on the demo's trail, every action the demo recorded is
 * shown by its label, every field of a recorded state by its Chinese name on the Chinese page, and no enum code, no
 * message's event key, template or error as the code wrote it and no name of a table a key rotation walks shows
 * outside the entry as recorded, which stays on the page, collapsed; every field of every entry on the trail, not only
 * those of the entries the pages show, has a label in both languages. Runs as {@code DemoDataTest.AuditPage}, on the
 * demo's context, signed in through the form as compliance.
 */
public abstract class AuditPageAgreement {

	private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

	private static final Pattern VALUE = Pattern.compile("<span class=\"value\">([^<]*)</span>");

	private static final Pattern FIELD = Pattern.compile("<span class=\"field\">([^<]*)</span>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemosAuditTrailShowsEveryActionByItsLabelAndNoCodeOutsideTheEntryAsRecordedInChineseAndEnglish()
			throws Exception {
		record Sample(String action, String entityType, String entityId) {
		}
		// the demo's message to a number that does not exist is refused by the sandbox soon after the demo loads
		org.awaitility.Awaitility.await().until(() -> jdbc.sql("select count(*) from audit_entry where action = ?")
			.param("notification.dead").query(Long.class).single() > 0);
		List<Sample> samples = jdbc.sql("""
				select distinct on (action) action, entity_type, entity_id from audit_entry order by action, seq desc""")
			.query(Sample.class).list();
		assertThat(samples).as("the demo's actions").hasSizeGreaterThan(70);
		Set<String> codes = new TreeSet<>(jdbc.sql("""
				select distinct v #>> '{}' from audit_entry,
				  lateral (select before_state::jsonb j union all select after_state::jsonb) s,
				  lateral jsonb_each(case when jsonb_typeof(j) = 'object' then j else '{}' end) e(k, v)
				where jsonb_typeof(v) = 'string' and v #>> '{}' ~ '^[A-Z][A-Z_]{2,}$'
				  and k not in ('orgUnit', 'parent') and not (entity_type = 'org_unit' and k = 'code')""")
			.query(String.class).list());
		assertThat(codes).contains("PENDING_APPROVAL", "INSURANCE_CLAIM", "REPORTED");
		// names the code gives things: a message's event key, its template and error, the tables a key rotation walks
		Set<String> names = new TreeSet<>(jdbc.sql("""
				select distinct v from audit_entry,
				  lateral (select after_state::jsonb ->> 'eventKey' union all select after_state::jsonb ->> 'template'
				           union all select after_state::jsonb ->> 'error') n(v)
				where entity_type = 'notification' and v is not null and v <> ''
				union
				select distinct t from audit_entry, lateral jsonb_array_elements_text(
				  case when jsonb_typeof(after_state::jsonb -> 'tables') = 'array' then after_state::jsonb -> 'tables'
				  else '[]' end) x(t)
				where entity_type = 'pii_rotation'""").query(String.class).list());
		assertThat(names).as("the demo's dead message").anyMatch(name -> name.contains(":"));
		HttpClient browser = signedIn("chen.compliance");

		for (String language : List.of("zh-CN", "en")) {
			Set<String> paths = new LinkedHashSet<>();
			paths.add("/audit?lang=" + language);
			for (Sample sample : samples) {
				paths.add("/audit?entityType=" + URLEncoder.encode(sample.entityType(), StandardCharsets.UTF_8)
						+ (sample.entityId() == null ? "" : "&entityId=" + URLEncoder.encode(sample.entityId(), StandardCharsets.UTF_8))
						+ "&lang=" + language);
			}
			StringBuilder shown = new StringBuilder();
			Set<String> raw = new TreeSet<>();
			Set<String> unnamed = new TreeSet<>();
			for (String path : paths) {
				String page = get(browser, path);
				assertThat(page).as(path).contains("<details").contains(
						language.equals("en") ? "As recorded" : "原始记录");
				shown.append(visible(page)).append('\n');
				// a value shown alone is never a code (a code inside a recorded sentence stays as written)
				VALUE.matcher(page.replaceAll("(?s)<details.*?</details>", " ")).results()
					.map(m -> HtmlUtils.htmlUnescape(m.group(1)).strip())
					.filter(value -> codes.contains(value) && !(language.equals("en") && value.equals("SMS"))
							|| names.contains(value))
					.forEach(raw::add);
				if (language.equals("zh-CN")) {
					// a field of the recorded states is named in Chinese, never by its name in the code
					FIELD.matcher(page).results().map(m -> m.group(1)).filter(name -> name.matches("[A-Za-z].*"))
						.forEach(unnamed::add);
				}
			}
			assertThat(unnamed).as("fields shown by their names in the code, in %s", language).isEmpty();
			String text = shown.toString();
			var props = AuditLabelsTest.labels(language.replace('-', '_'));
			for (Sample sample : samples) {
				assertThat(text).as("%s in %s", sample.action(), language)
					.contains(props.getProperty("audit.action." + sample.action()))
					.doesNotContain(" " + sample.action() + " ");
			}
			assertThat(text).as("the system's entries (the SLA sweep's) by their actor's label, in %s", language)
				.doesNotContain("system:").contains(language.equals("en") ? "System" : "系统");
			UPPER_SNAKE.matcher(text).results().forEach(m -> raw.add(m.group()));
			assertThat(raw).as("codes shown outside the entry as recorded, in %s", language).isEmpty();
		}
	}

	@Test
	void everyFieldOfEveryStateOnTheDemosTrailHasALabelInChineseAndEnglish() {
		record Recorded(String entityType, String field) {
		}
		List<Recorded> fields = jdbc.sql("""
				select distinct entity_type, k as field from audit_entry,
				  lateral (select before_state::jsonb j union all select after_state::jsonb) s,
				  lateral jsonb_object_keys(case when jsonb_typeof(j) = 'object' then j else '{}' end) k
				order by 1, 2""").query(Recorded.class).list();
		assertThat(fields).as("the fields of the demo's trail").hasSizeGreaterThan(100)
			.contains(new Recorded("account", "openedAt"), new Recorded("approval", "subject"));
		for (String language : List.of("zh_CN", "en")) {
			var labels = AuditLabelsTest.labels(language);
			assertThat(fields.stream().filter(f -> !labels.containsKey("audit.field." + f.entityType() + "." + f.field())
					&& !labels.containsKey("audit.field." + f.field())))
				.as("fields of the demo's trail without an audit.field label in messages_%s.properties", language)
				.isEmpty();
		}
	}

	/** The page's text as a reader sees it before opening an entry as recorded: no markup, no collapsed record. */
	private static String visible(String page) {
		String body = page.substring(page.indexOf("<main"));
		body = body.replaceAll("(?s)<details.*?</details>", " ").replaceAll("(?s)<select.*?</select>", " ");
		return HtmlUtils.htmlUnescape(body.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ");
	}

	private String get(HttpClient browser, String path) throws Exception {
		var page = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(page.body()).as(path).doesNotContain("??");
		return page.body();
	}

	private HttpClient signedIn(String user) throws Exception {
		return SignedInPages.as(user, port);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
