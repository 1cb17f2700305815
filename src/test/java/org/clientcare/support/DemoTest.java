package org.clientcare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the demo itself (SPEC §13) and the browser journeys that walk through it: the whole application with the
 * demo data loaded, in a database of its own ({@link DemoDatabase}), so that it never meets the data of the
 * {@link IntegrationTest}s. All such tests share one application context. Other tests never rely on demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "clientcare.demo=true",
		// the outbox read every second rather than every 5, and the scheduler looking for due work every second rather
		// than every 10: the demo's notices are sent soon after it has loaded
		"clientcare.notification.dispatch-schedule=FIXED_DELAY|1s", "db-scheduler.polling-interval=1s" })
@ExtendWith(PromptPolls.class)
@ContextConfiguration(initializers = DemoDatabase.class)
@Import({ TestClockConfiguration.class, MigratedTemplate.class, Api.Configuration.class })
public @interface DemoTest {
}
