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

	@ParameterizedTest(name = "{0}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			customers.count   | 1     | 1     | 1 customer
			customers.count   | 12345 | 12345 | 12,345 customers
			customers.count   | 0     | 0     | 0 customers
			complaints.count  | 1     | 1     | 1 complaint
			inquiries.count   | 1     | 1     | 1 inquiry
			cases.count       | 1     | 1     | 1 case
			privacy.count     | 1     | 1     | 1 request
			visits.count      | 1     | 1     | 1 visit
			remediation.count | 1     | 1     | 1 remediation
			remediation.count | 4     | 4     | 4 remediations
			""")
	void aListsTotalReadsInTheSingularForOneAndInThePluralOtherwise(String key, long shown, long total, String words) {
		assertThat(MESSAGES.getMessage(key, new Object[] { shown, total }, Locale.ENGLISH)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			customers.count  | about 12,000 customers
			complaints.count | about 12,000 complaints
			""")
	void anEstimatedTotalReadsAboutSoManyInThePlural(String key, String words) {
		String about = MESSAGES.getMessage("pager.about", new Object[] { 12000L }, Locale.ENGLISH);

		assertThat(MESSAGES.getMessage(key, new Object[] { about, 12000L }, Locale.ENGLISH)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			customers.count  | 共 1 位客户
			complaints.count | 共 1 件投诉
			""")
	void theChinesePagesCountAsBefore(String key, String words) {
		assertThat(MESSAGES.getMessage(key, new Object[] { 1L, 1L }, Locale.SIMPLIFIED_CHINESE)).isEqualTo(words);
	}
}
