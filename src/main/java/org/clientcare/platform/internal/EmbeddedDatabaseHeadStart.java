package org.clientcare.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded PostgreSQL ahead, as the application context is being prepared: {@code initdb} and the server's
 * start then run beside the reading of the bean definitions (one to several seconds), instead of after it, when the
 * data source is created. The data source waits for that start and uses its server as before
 * ({@code DatabaseConfiguration.EmbeddedServers}); a failed start fails the data source as it did.
 * <p>
 * Only for a context that serves HTTP (the application, and the tests that start it whole) on the embedded server:
 * not when {@code clientcare.db.url} or {@code spring.datasource.url} names a server, and not for the web-layer and
 * module tests' contexts, which start it when they need it, if at all. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseHeadStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!(context instanceof WebServerApplicationContext)) {
			return;
		}
		var environment = context.getEnvironment();
		Binder binder = Binder.get(environment);
		// Bound as PlatformSettings binds them, with its defaults: the data source reads the same values.
		String url = DatabaseConfiguration.url(binder.bind("clientcare.db.url", String.class).orElse(null), environment);
		if (url != null && !url.isBlank()) {
			return;
		}
		Path dataDir = binder.bind("clientcare.data-dir", Path.class).orElse(Path.of("data"));
		DatabaseConfiguration.EmbeddedServers
			.startAhead(() -> DatabaseConfiguration.embeddedDirectory(dataDir, environment));
	}
}
