package org.clientcare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of one module, put on a class in the module's package: Spring Modulith starts that module and the modules it
 * depends on — not the web server, not the rest — on the shared test database, with the {@link TestInstitution}. Use it
 * for what a module does with events ({@code @ApplicationModuleListener}), stimulated and awaited with Modulith's
 * {@code Scenario} (a test method parameter). Jobs stay off and events left open by other contexts are not republished,
 * so that nothing but the test acts on the database. All module tests of one module share one context in a test JVM.
 * The module structure as a whole is verified once, by {@code ModularityTests}, not again by each module test.
 * Spring Modulith's model of the modules is {@link ModuleModel}'s, read once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ExtendWith(PromptPolls.class)
@TestPropertySource(properties = { "db-scheduler.enabled=false",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@Import({ TestClockConfiguration.class, MigratedTemplate.class, TestInstitution.class })
public @interface ModuleTest {
}
