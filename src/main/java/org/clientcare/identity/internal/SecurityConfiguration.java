package org.clientcare.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.identity.Permission;
import org.clientcare.shared.problem.ProblemCodes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in and HTTP protection (SPEC §11): HTTP Basic for the API (stateless, answers in problem+json), a sign-in page
 * with CSRF-protected forms for the pages, bcrypt password hashes, lock-out, and security headers (CSP, frame denial).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";


	static final String[] PUBLIC_PAGES = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/error", "/public/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health", "/actuator/health/**" };

	/**
	 * No Micrometer observation of the security filter chain, of sign-ins or of authorization decisions: nothing exports
	 * them (only the health check is exposed), and observing each of the chain's filters on every request cost more CPU
	 * than any other single part of a request (docs/benchmarks.md, open-loop section). Lock-outs are recorded in
	 * the audit trail; the HTTP server observation (one a request, {@code http.server.requests}) stays.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * bcrypt at {@code clientcare.security.password-strength} (its log rounds): 10, unless configured otherwise. A hash
	 * stores its own strength, so a password hashed at another one is still checked as it was hashed.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${clientcare.security.password-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	@Bean
	AuthenticationManager authenticationManager(StaffUserDetailsService users, PasswordEncoder passwords,
			BasicCredentialsCache cache, SignInAttempts attempts, SignedInAccounts accounts, ApplicationEventPublisher events) {
		var manager = new ProviderManager(new StaffAuthenticationProvider(users, passwords, cache, attempts, accounts));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		return http.securityMatcher("/api/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/assistant/ask").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
				.requestMatchers("/api/v1/audit/**").hasAuthority(Permission.AUDIT_READ.authority())
				.requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/metrics").hasAuthority(Permission.INTAKE.authority())
				.requestMatchers(HttpMethod.POST, "/api/v1/transactions").hasAuthority(Permission.INTAKE.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/transactions/*", "/api/v1/accounts/*")
				.hasAnyAuthority(Permission.INTAKE.authority(), StaffPrincipal.SEES_CUSTOMERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts/*/status")
				.hasAuthority(Permission.INTAKE.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/imports/**")
				.hasAnyAuthority(Permission.INTAKE.authority(), Permission.CONFIGURATION_READ.authority())
				.requestMatchers("/api/v1/imports/**").hasAuthority(Permission.INTAKE.authority())
				.anyRequest().hasAuthority(StaffPrincipal.SEES_CUSTOMERS))
			.httpBasic(basic -> basic.realmName("ClientCare").authenticationEntryPoint((request, response, e) ->
					problem(response, HttpServletResponse.SC_UNAUTHORIZED,
							e instanceof LockedException ? "Account locked after repeated failed sign-ins" : "Sign in with HTTP Basic",
							e instanceof LockedException ? "account-locked" : ProblemCodes.of(401), true)))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
					problem(response, HttpServletResponse.SC_FORBIDDEN, "Your role may not do this", ProblemCodes.of(403),
							false)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		return http.authenticationManager(authentication)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/audit/**").hasAuthority(Permission.AUDIT_READ.authority())
				// compliance reads the users and the key rotation's progress; every other administration page, and every
				// form post, is the administrator's
				.requestMatchers(HttpMethod.GET, "/admin/users", "/admin/key-rotation")
				.hasAnyAuthority(Permission.ADMINISTER.authority(), Permission.CONFIGURATION_READ.authority())
				.requestMatchers("/admin/**").hasAuthority(Permission.ADMINISTER.authority())
				// The intake's machine user sees nothing but its home (SPEC §1): no catalogue, calendar or figures.
				.requestMatchers("/").authenticated()
				.anyRequest().hasAuthority(StaffPrincipal.SEES_CUSTOMERS))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
				.failureHandler((request, response, e) -> response.sendRedirect(
						request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static void problem(HttpServletResponse response, int status, String detail, String code, boolean challenge)
			throws IOException {
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"ClientCare\"");
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
				+ (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
	}
}
