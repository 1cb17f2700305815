package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class I18nPropertiesSyncTest {

	@Test
	void everyUiTextExistsInChineseAndInEnglish() throws IOException {
		Properties chinese = load("messages_zh_CN.properties");
		Properties english = load("messages_en.properties");

		assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
		assertThat(chinese.stringPropertyNames()).allSatisfy(key -> assertThat(chinese.getProperty(key)).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = I18nPropertiesSyncTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
