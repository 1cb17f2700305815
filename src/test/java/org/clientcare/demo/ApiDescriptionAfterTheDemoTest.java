package org.clientcare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

/**
 * In demo mode springdoc's controller, whose creation starts the build of the OpenAPI description, is created once the
 * demo has loaded rather than beside its loading; outside demo mode it is created with the other beans, as ever.
 */
class ApiDescriptionAfterTheDemoTest {

	@Test
	void inDemoModeTheApiDescriptionIsCreatedOnlyWhenAskedFor() {
		var beans = springdoc();

		ApiDescriptionAfterTheDemo.apiDescriptionCreatedLaterInDemoMode(new MockEnvironment().withProperty("demo", ""))
			.postProcessBeanFactory(beans);

		assertThat(beans.getBeanDefinition(ApiDescriptionAfterTheDemo.API_DESCRIPTION).isLazyInit()).isTrue();
	}

	@Test
	void outsideDemoModeTheApiDescriptionIsCreatedWithTheOtherBeans() {
		var beans = springdoc();

		ApiDescriptionAfterTheDemo.apiDescriptionCreatedLaterInDemoMode(new MockEnvironment())
			.postProcessBeanFactory(beans);

		assertThat(beans.getBeanDefinition(ApiDescriptionAfterTheDemo.API_DESCRIPTION).isLazyInit()).isFalse();
	}

	@Test
	void anApplicationWithoutSpringdocIsLeftAsItIs() {
		var beans = new DefaultListableBeanFactory();

		ApiDescriptionAfterTheDemo.apiDescriptionCreatedLaterInDemoMode(new MockEnvironment().withProperty("demo", ""))
			.postProcessBeanFactory(beans);

		assertThat(beans.getBeanDefinitionCount()).isZero();
	}

	private static DefaultListableBeanFactory springdoc() {
		var beans = new DefaultListableBeanFactory();
		beans.registerBeanDefinition(ApiDescriptionAfterTheDemo.API_DESCRIPTION, new RootBeanDefinition(Object.class));
		return beans;
	}
}
