package org.clientcare.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the {@link DemoTest} context a database of its own. On the embedded server, a second database beside the one
 * of the {@link IntegrationTest}s ({@code clientcare.embedded.database}), one per day the demo is loaded on
 * ({@link TestClockConfiguration#CLOCK_STARTS_AT}); on a server named by CLIENTCARE_DB_URL, a new
 * database created next to the named one and dropped when the context closes (after its connection pool, since this
 * is the first bean to be registered and so the last to be destroyed).
 */
class DemoDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		String url = environment.getProperty("clientcare.db.url");
		String startsAt = environment.getProperty(TestClockConfiguration.CLOCK_STARTS_AT);
		if (url == null || url.isBlank()) {
			// a demo loaded on another day has a database of its own: the demo loads only into an empty one
			String database = startsAt == null || startsAt.isBlank() ? "clientcare_demo"
					: "clientcare_demo_" + startsAt.replaceAll("[^0-9]", "");
			environment.getPropertySources().addFirst(new MapPropertySource("demo-database",
					Map.of("clientcare.embedded.database", database)));
			return;
		}
		String user = environment.getProperty("clientcare.db.username");
		String password = environment.getProperty("clientcare.db.password");
		int slash = url.lastIndexOf('/');
		int query = url.indexOf('?', slash);
		String name = url.substring(slash + 1, query < 0 ? url.length() : query) + "_demo_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt());
		String demoUrl = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
		execute(url, user, password, "create database " + name);
		environment.getPropertySources().addFirst(new MapPropertySource("demo-database", Map.of("clientcare.db.url", demoUrl)));
		((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("demoDatabaseDrop",
				(DisposableBean) () -> execute(url, user, password, "drop database if exists " + name + " with (force)"));
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user == null || user.isBlank() ? null : user,
				password == null || password.isBlank() ? null : password)) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not " + sql, e);
		}
	}
}
