package org.clientcare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A job run's figures read as words in each language of the pages, groups of figures under their group's name. */
class JobResultWordsTest {

	private final JobResultWords words = new JobResultWords(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void everyFigureTheJobsRecordHasANameInTheLanguageOfThePage(String language) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		Map<String, Map<String, Object>> results = new LinkedHashMap<>();
		results.put("appointment-reminders", Map.of("appointments", 10, "messages", 24, "until", "2026-12-08"));
		results.put("audit-checkpoint", Map.of("sealed", 1, "entries", 3970));
		results.put("campaigns", Map.of("quietHours", true, "queued", 0, "finished", 1, "eventReminders", 2));
		results.put("greetings", Map.of("day", "2026-12-07", "profiled", 0, "queued", 0, "noAddress", 0, "tasks", 0));
		results.put("kpi-rollup", Map.of("rolledThrough", "2026-12-06", "rows", 1639, "pending", 9, "ms", 609));
		results.put("notification-dispatch", Map.of("sent", 0, "retrying", 0, "dead", 0, "suppressed", 0, "deferred", 0));
		results.put("retention", Map.of("customers", 1, "held", 0, "complaints", 0, "privacyRequests", 0,
				"saleRecordings", Map.of("heldByDispute", 0, "purged", 0), "marketing", Map.of("care", 2, "customers", 2)));
		results.put("reverification", Map.of("planned", 4));
		results.put("revisit-planning", Map.of("cadence", 6, "escalated", 10));
		results.put("sla-sweep", Map.of("breaches", 0, "complaints", 0, "batches", 1, "cases", Map.of("overdue", 0),
				"inquiries", Map.of("overdue", 0), "remediations", Map.of("escalated", 0)));
		results.put("tiering", Map.of("changed", 0, "settingsVersion", 0));
		results.put("timeline-backfill", Map.of("visits", 0, "revisits", 0, "complaintsRegistered", 0,
				"complaintsClosed", 0, "casesOpened", 0, "casesCompleted", 0, "casesRejected", 0, "tierChanges", 0));
		results.put("training-reminders", Map.of("outstanding", 9, "reminded", 9, "noAddress", 0));
		results.put("key-rotation", Map.of("target", "key 1", "finished", true, "customer", Map.of("rows", 5,
				"rewritten", 5), "notification_outbox", Map.of("rows", 3, "rewritten", 0)));

		results.forEach((job, result) -> {
			List<JobResultWords.Figure> figures = words.of(job, result);
			assertThat(figures).as("figures of %s", job).hasSize(leaves(result));
			for (var figure : figures) {
				// a key that has no name stays as it was recorded: in Chinese it has no Chinese word, in English it
				// runs its words together or joins them with an underscore
				for (String part : figure.name().split(" · ")) {
					if ("zh-CN".equals(language)) {
						assertThat(part).as("a figure of %s", job).containsPattern("\\p{IsHan}");
					}
					else {
						assertThat(part).as("a figure of %s", job).doesNotContainPattern("[a-z][A-Z]|_");
					}
				}
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void aGroupsFiguresAreNamedUnderTheGroupAndAFlagIsYesOrNo(String language) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		boolean chinese = "zh-CN".equals(language);

		var figures = words.of("sla-sweep", Map.of("cases", Map.of("overdue", 3)));
		var flag = words.of("campaigns", Map.of("quietHours", true));

		assertThat(figures).containsExactly(new JobResultWords.Figure(chinese ? "业务 · 逾期" : "cases · overdue", "3"));
		assertThat(flag).containsExactly(new JobResultWords.Figure(chinese ? "免打扰时段暂缓" : "held by quiet hours",
				chinese ? "是" : "yes"));
	}

	private static int leaves(Map<?, ?> result) {
		return result.values().stream().mapToInt(value -> value instanceof Map<?, ?> nested ? leaves(nested) : 1).sum();
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
