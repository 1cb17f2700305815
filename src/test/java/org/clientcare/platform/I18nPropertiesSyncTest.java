package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class I18nPropertiesSyncTest {

	@Test
	void everyUiTextExistsInChineseAndInEnglish() throws IOException {
		Properties chinese = load("messages_zh_CN.properties");
		Properties english = load("messages_en.properties");

		assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
		assertThat(chinese.stringPropertyNames()).allSatisfy(key -> assertThat(chinese.getProperty(key)).isNotBlank());
	}

	@Test
	void everyUiTextIsDefinedOnceInEachLanguageSoThatNoLaterLineReplacesAnEarlierOne() throws IOException {
		assertThat(keysDefinedTwice("messages_zh_CN.properties")).isEmpty();
		assertThat(keysDefinedTwice("messages_en.properties")).isEmpty();
	}

	/** The keys a file defines on more than one line (continuation lines and comments skipped). */
	private static List<String> keysDefinedTwice(String name) throws IOException {
		List<String> lines;
		try (var in = I18nPropertiesSyncTest.class.getResourceAsStream("/" + name)) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		boolean continued = false;
		for (String line : lines) {
			String text = line.strip();
			boolean continuation = continued;
			continued = text.endsWith("\\");
			if (continuation || text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
				continue;
			}
			String key = text.split("[=:]", 2)[0].strip();
			if (!seen.add(key)) {
				twice.add(key);
			}
		}
		return twice;
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = I18nPropertiesSyncTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
