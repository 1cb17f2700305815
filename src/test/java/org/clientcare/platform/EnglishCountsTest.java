package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The English pages count one thing in the singular and several in the plural, with the digits grouped. */
class EnglishCountsTest {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			audit.count                 | 1    | 1 entry
			audit.count                 | 2345 | 2,345 entries
			outbox.count                | 1    | 1 message
			outbox.count                | 0    | 0 messages
			assignment.unassigned.count | 1    | 1 customer without an account manager
			assignment.unassigned.count | 200  | 200 customers without an account manager
			suitability.alerts.count    | 1    | 1 alert
			suitability.alerts.count    | 9    | 9 alerts
			faq.count                   | 1    | 1 entry
			retention.count             | 1    | 1 customer past their retention period
			retention.count             | 3    | 3 customers past their retention period
			""")
	void aCountReadsInTheSingularForOneAndInThePluralOtherwise(String key, long count, String words) {
		assertThat(MESSAGES.getMessage(key, new Object[] { count }, Locale.ENGLISH)).isEqualTo(words);
	}
}
