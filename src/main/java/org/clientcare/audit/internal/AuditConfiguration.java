package org.clientcare.audit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The audit chain's keys come from the environment ({@code CLIENTCARE_AUDIT_KEYS}, {@code clientcare.audit.keys}).
 * On the embedded default a development key is generated once and kept beside the data, like the PII keys; an
 * external database without audit keys is refused, so that a real trail is never sealed with a key nobody chose.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

	/** The sealed checkpoints, by default every hour ({@code clientcare.audit.checkpoint-schedule}). */
	@Bean
	RecurringTask<Void> auditCheckpointTask(ObjectProvider<Jobs> jobs,
			@Value("${clientcare.audit.checkpoint-schedule:FIXED_DELAY|3600s}") String schedule) {
		return Jobs.recurring(AuditCheckpoints.NAME, schedule, jobs::getObject);
	}

	@Bean
	AuditKeys auditKeys(Environment environment) {
		String configured = environment.getProperty("clientcare.audit.keys");
		if (configured != null && !configured.isBlank()) {
			return new AuditKeys(configured);
		}
		String url = environment.getProperty("clientcare.db.url");
		String springUrl = environment.getProperty("spring.datasource.url");
		if ((url != null && !url.isBlank()) || (springUrl != null && !springUrl.isBlank())) {
			throw new IllegalStateException(
					"CLIENTCARE_AUDIT_KEYS must be set when CLIENTCARE_DB_URL is (see docs/operations.md)");
		}
		Path dataDir = Path.of(environment.getProperty("clientcare.data-dir", "data"));
		return new AuditKeys(developmentKeys(dataDir.resolve("audit-keys.properties")));
	}

	private static String developmentKeys(Path file) {
		var properties = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
				return properties.getProperty("keys");
			}
			Files.createDirectories(file.getParent());
			properties.setProperty("keys", "1:" + AuditKeys.newKey());
			try (Writer writer = Files.newBufferedWriter(file)) {
				properties.store(writer, "ClientCare development audit chain key for the embedded database - not for production");
			}
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			log.warn("Generated a development audit chain key in {}", file.toAbsolutePath());
			return properties.getProperty("keys");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create " + file, e);
		}
	}
}
