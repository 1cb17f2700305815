package org.clientcare.platform.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PII keys come from the environment ({@code CLIENTCARE_PII_KEYS}, {@code CLIENTCARE_PII_INDEX_KEY}). On the embedded
 * default a development key pair is generated once and kept beside the data; an external database without keys is
 * refused, so production never runs on a key nobody chose.
 */
@Configuration(proxyBeanMethods = false)
class PiiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PiiConfiguration.class);

	@Bean
	PiiCipher piiCipher(PlatformSettings settings, org.springframework.core.env.Environment environment) {
		var pii = settings.pii();
		if (pii.configured()) {
			return new PiiCipher(pii.keys(), pii.indexKey(), pii.previousIndexKey());
		}
		String springUrl = environment.getProperty("spring.datasource.url");
		if (settings.db().external() || (springUrl != null && !springUrl.isBlank())) {
			throw new IllegalStateException(
					"CLIENTCARE_PII_KEYS and CLIENTCARE_PII_INDEX_KEY must be set when CLIENTCARE_DB_URL is (see docs/operations.md)");
		}
		Properties stored = developmentKeys(settings.dataDir().resolve("pii-keys.properties"));
		return new PiiCipher(stored.getProperty("keys"), stored.getProperty("index-key"),
				stored.getProperty("previous-index-key"));
	}

	private static Properties developmentKeys(Path file) {
		var properties = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
				return properties;
			}
			Files.createDirectories(file.getParent());
			properties.setProperty("keys", "1:" + PiiCipher.newKey());
			properties.setProperty("index-key", PiiCipher.newKey());
			try (Writer writer = Files.newBufferedWriter(file)) {
				properties.store(writer, "ClientCare development PII keys for the embedded database - not for production");
			}
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			log.warn("Generated development PII keys in {}", file.toAbsolutePath());
			return properties;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create " + file, e);
		}
	}
}
