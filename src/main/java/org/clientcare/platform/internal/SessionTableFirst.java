package org.clientcare.platform.internal;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The page sessions' repository is made only once the migrations have run: it starts its once-a-minute cleanup of
 * expired sessions as soon as it is made, and a start whose migrations run past the next minute would otherwise have
 * that cleanup look for {@code spring_session} before the platform's migration has created it (an error in the log of
 * a first start on a slow machine). Registered in {@code META-INF/spring.factories}, as Spring Boot registers its own
 * detectors.
 */
class SessionTableFirst extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(JdbcIndexedSessionRepository.class);
	}
}
