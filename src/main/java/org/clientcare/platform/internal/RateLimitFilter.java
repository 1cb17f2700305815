package org.clientcare.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.platform.RateLimitSettings;
import org.clientcare.platform.RateLimits;
import org.clientcare.platform.RateLimits.Limit;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every request to a public page or endpoint against the limits of its client address (the address Tomcat
 * reports: the peer, or the client a trusted proxy names) and, for a form that names a mobile number, of that number.
 * Over a limit it answers 429 with {@code Retry-After}: a problem document under {@code /api/}, otherwise a page that
 * says to try again later. The assistant's questions are limited by the assistant itself, through the same buckets.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String TOO_MANY_PAGE = "/public/too-many-requests";

	private final RateLimits limits;

	private final Limit pages;

	private final Limit forms;

	private final Limit lookups;

	private final Limit mobiles;

	RateLimitFilter(RateLimits limits, RateLimitSettings settings) {
		this.limits = limits;
		this.pages = new Limit("pages", settings.pagesPerMinute(), Duration.ofMinutes(1));
		this.forms = new Limit("forms", settings.formsPerMinute(), Duration.ofMinutes(1));
		this.lookups = new Limit("lookups", settings.lookupsPerMinute(), Duration.ofMinutes(1));
		this.mobiles = new Limit("mobile", settings.formsPerMobilePerHour(), Duration.ofHours(1));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (limits.exempt(address) || path.equals(TOO_MANY_PAGE) || isQuestion(request, path)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait = check(request, path, address);
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader("Retry-After", Long.toString(seconds));
		if (path.startsWith("/api/")) {
			response.setStatus(429);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"code\":\"too-many-requests\","
					+ "\"detail\":\"Too many requests from this address; try again in " + seconds + " s\",\"retryAfter\":"
					+ seconds + "}");
			return;
		}
		response.setStatus(429);
		request.setAttribute("retryAfterSeconds", seconds);
		request.getRequestDispatcher(TOO_MANY_PAGE).forward(request, response);
	}

	private Optional<Duration> check(HttpServletRequest request, String path, String address) {
		boolean form = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		if (!form) {
			Optional<Duration> page = limits.byAddress(pages, address);
			if (page.isPresent() || !isLookup(request, path)) {
				return page;
			}
			return limits.byAddress(lookups, address);
		}
		Optional<Duration> byAddress = limits.byAddress(forms, address);
		if (byAddress.isPresent()) {
			return byAddress;
		}
		if (isLookup(request, path)) {
			// A look-up sends nothing to the number it names: it counts as a look-up, not against the number.
			return limits.byAddress(lookups, address);
		}
		return limits.byMobile(mobiles, request.getParameter("mobile"));
	}

	/**
	 * A look-up by a number that someone could guess: a complaint's or an inquiry's status (GET …/status?no=…, or POST
	 * …/status from a receipt's language switch), a case's progress (POST /public/cases), a demo installation's
	 * messages to an address (POST /public/demo-phone).
	 */
	private static boolean isLookup(HttpServletRequest request, String path) {
		return "GET".equals(request.getMethod()) ? path.endsWith("/status") && request.getQueryString() != null
				: path.equals("/public/cases") || path.equals("/public/demo-phone") || path.endsWith("/status");
	}

	/** A question to the assistant, which has a limit of its own. */
	private static boolean isQuestion(HttpServletRequest request, String path) {
		return "POST".equals(request.getMethod()) && (path.equals("/api/v1/assistant/ask") || path.equals("/public/assistant"));
	}
}
