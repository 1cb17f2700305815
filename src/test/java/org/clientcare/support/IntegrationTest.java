package org.clientcare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.clientcare.notification.internal.TestChannels;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole running application, over real HTTP, on a real PostgreSQL (embedded, or the server named by
 * CLIENTCARE_DB_URL) — without demo data: the {@link TestInstitution} holds the org units, staff and products, and each
 * test makes its own customers. All such tests share one application context, started once per test JVM: do not add
 * properties, {@code @MockitoBean}s, {@code @DynamicPropertySource}s or {@code @DirtiesContext} to a class that uses
 * it, each of which would start another one (a test that needs real mail and gateway channels opens them on
 * {@link TestChannels}). Write one only for what needs the whole application; see
 * {@code src/test/README.md} for the lighter kinds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(PromptPolls.class)
@Import({ TestClockConfiguration.class, MigratedTemplate.class, Api.Configuration.class, TestInstitution.class,
		StatementCount.class, TestChannels.class })
public @interface IntegrationTest {
}
