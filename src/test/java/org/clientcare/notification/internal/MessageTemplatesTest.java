package org.clientcare.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

class MessageTemplatesTest {

	static final Map<String, String> PARAMS = Map.of("complaintNo", "TS-2026-0001", "resolutionDueAt", "2026-12-10",
			"resolution", "退还手续费 (fee refunded)", "feedbackUrl", "https://x.example/f", "reason", "逾期",
			"dueAt", "2026-12-02", "statusUrl", "https://x.example/s");

	final MessageTemplates templates = new MessageTemplates(messages());

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "complaint-received, zh-CN", "complaint-received, en", "complaint-acknowledged, zh-CN",
			"complaint-acknowledged, en", "complaint-resolved, zh-CN", "complaint-resolved, en",
			"complaint-escalated, zh-CN", "complaint-escalated, en" })
	void everyComplaintTemplateIsWrittenInChineseAndEnglishWithEveryPlaceholderFilled(String template, String language) {
		var rendered = templates.render(template, Locale.forLanguageTag(language), PARAMS);

		assertThat(rendered.subject()).contains("TS-2026-0001").doesNotContain("{", "}");
		assertThat(rendered.text()).contains("TS-2026-0001").doesNotContain("{", "}");
		if (language.equals("zh-CN")) {
			assertThat(rendered.subject()).containsPattern("\\p{IsHan}");
		}
	}

	@Test
	void anyLanguageButChineseGetsEnglish() {
		assertThat(templates.render("complaint-escalated", Locale.FRENCH, PARAMS).subject()).isEqualTo("Complaint TS-2026-0001 escalated");
		assertThat(templates.render("complaint-escalated", null, PARAMS).subject()).isEqualTo("投诉升级：TS-2026-0001");
	}

	@Test
	void valuesAreInsertedLiterally() {
		var rendered = templates.render("complaint-resolved", Locale.ENGLISH,
				Map.of("complaintNo", "$1 {x}", "resolution", "a\\b", "feedbackUrl", "u"));
		assertThat(rendered.subject()).isEqualTo("Your complaint $1 {x} has been resolved");
		assertThat(rendered.text()).contains("a\\b");
	}

	@Test
	void anUnknownTemplateOrAMissingValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("birthday", Locale.ENGLISH, PARAMS));
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("../x", Locale.ENGLISH, PARAMS));
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("complaint-received", Locale.ENGLISH, Map.of()))
			.withMessageContaining("complaintNo");
	}

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
