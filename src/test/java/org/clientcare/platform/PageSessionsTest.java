package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Page sessions live in the database, in a table the migrations create. */
@IntegrationTest
class PageSessionsTest {

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Test
	void theSessionsCleanupStartsOnlyOnceTheMigrationsHaveCreatedTheSessionTable() {
		String[] migrations = beans.getBeanNamesForType(FlywayMigrationInitializer.class);
		String[] repositories = beans.getBeanNamesForType(JdbcIndexedSessionRepository.class);
		assertThat(migrations).isNotEmpty();
		assertThat(repositories).isNotEmpty();

		for (String repository : repositories) {
			String[] dependsOn = beans.getBeanDefinition(repository).getDependsOn();
			assertThat(dependsOn == null ? new String[0] : dependsOn).as(repository + " made after")
				.contains(migrations);
		}
	}
}
