package org.clientcare.demo;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * In demo mode the OpenAPI description is built once the demo has loaded, not beside its loading: springdoc builds it
 * (several seconds of CPU, on a thread of its own) as soon as its controller is created, which is with the other beans,
 * so that on two cores the build took its CPU from the demo's loading. Here that controller is created when the
 * application is ready instead (after the application runners, which load the demo); a request for the description
 * that comes sooner creates it then, and waits for the description as it would without the head start. Outside demo
 * mode nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionAfterTheDemo {

	/** The name of springdoc's controller of {@code /v3/api-docs}, whose creation starts the build. */
	static final String API_DESCRIPTION = "openApiResource";

	@Bean
	static BeanFactoryPostProcessor apiDescriptionCreatedLaterInDemoMode(Environment environment) {
		return beanFactory -> {
			if (DemoMode.isOn(environment) && beanFactory.containsBeanDefinition(API_DESCRIPTION)) {
				beanFactory.getBeanDefinition(API_DESCRIPTION).setLazyInit(true);
			}
		};
	}

	/** Creates the controller, which starts the build, once the demo has loaded. */
	@EventListener(ApplicationReadyEvent.class)
	void buildTheApiDescription(ApplicationReadyEvent ready) {
		ApplicationContext context = ready.getApplicationContext();
		if (DemoMode.isOn(context.getEnvironment()) && context.containsBean(API_DESCRIPTION)) {
			context.getBean(API_DESCRIPTION);
		}
	}
}
