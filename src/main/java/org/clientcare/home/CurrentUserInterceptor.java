package org.clientcare.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the signed-in user ({@code me}) and what it may do ({@code permissions}) into every rendered page, and only there (never into API answers). */
@Configuration(proxyBeanMethods = false)
class CurrentUserInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final IdentityManagement identity;

	private final Authorization authorization;

	CurrentUserInterceptor(IdentityManagement identity, Authorization authorization) {
		this.identity = identity;
		this.authorization = authorization;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
			return;
		}
		Actor actor = CurrentActor.get();
		if (actor.userId() == null) {
			return;
		}
		modelAndView.addObject("permissions", authorization.forPages());
		identity.findUser(actor.username()).ifPresent(user -> {
			Role role = user.role();
			modelAndView.addObject("me", new Me(user.username(), user.displayName(), role.name(),
					role.may(Permission.CUSTOMER_WRITE), role.may(Permission.AUDIT_READ),
					role.may(Permission.PII_REVEAL)));
		});
	}
}
