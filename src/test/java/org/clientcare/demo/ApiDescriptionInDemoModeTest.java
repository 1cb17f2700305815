package org.clientcare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.DemoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's application creates springdoc's controller of the OpenAPI description, which starts its build, once the
 * demo has loaded: it is springdoc's bean of that name, kept back while the demo loads and created by the time the
 * application is ready.
 */
@DemoTest
class ApiDescriptionInDemoModeTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theApiDescriptionIsKeptBackWhileTheDemoLoadsAndCreatedOnceItHasLoaded() {
		var beans = context.getBeanFactory();

		assertThat(beans.getBeanDefinition(ApiDescriptionAfterTheDemo.API_DESCRIPTION).isLazyInit()).isTrue();
		assertThat(beans.getType(ApiDescriptionAfterTheDemo.API_DESCRIPTION).getName()).startsWith("org.springdoc.");
		assertThat(beans.containsSingleton(ApiDescriptionAfterTheDemo.API_DESCRIPTION)).isTrue();
	}
}
