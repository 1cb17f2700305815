package org.clientcare.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.identity.Authorization;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.AdministratorsOnly;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the permission each endpoint of the API declares ({@link Requires}; {@link AdministratorsOnly} for
 * {@link Permission#ADMINISTER}) before the handler's arguments are resolved, so before the request's body is read or
 * validated: a caller the table refuses whatever the record ({@link Authorization#refusesWhateverTheRecord}) gets 403
 * {@code not-permitted}, the same problem the command's own check answers. Pages are not intercepted: their forms
 * show only to roles that may send them, and their commands ask {@link Authorization} as before.
 */
@Configuration(proxyBeanMethods = false)
class DeclaredPermissions implements WebMvcConfigurer {

	private final Authorization authorization;

	DeclaredPermissions(Authorization authorization) {
		this.authorization = authorization;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method) {
					check(method);
				}
				return true;
			}
		}).addPathPatterns("/api/**");
	}

	void check(HandlerMethod method) {
		Requires requires = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
		if (requires == null) {
			requires = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
		}
		if (requires != null) {
			authorization.requireSomeRecord(List.of(requires.value()), requires.names());
		}
		else if (method.hasMethodAnnotation(AdministratorsOnly.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), AdministratorsOnly.class)) {
			authorization.requireSomeRecord(List.of(Permission.ADMINISTER), Names.NO_SCOPED_RECORD);
		}
	}
}
