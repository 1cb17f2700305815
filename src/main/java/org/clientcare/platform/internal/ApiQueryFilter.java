package org.clientcare.platform.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.shared.problem.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose query string carries a NUL character in a parameter's name or value with a 400 naming
 * that parameter. PostgreSQL compares no text holding one, so such a value reached the database as a search filter and
 * came back as a problem naming only {@code request}; a JSON body's NUL is refused where it is read
 * ({@link JsonConfiguration}). Runs after sign-in, like {@link ApiContentTypeFilter}.
 */
@Component
class ApiQueryFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		return !request.getRequestURI().startsWith("/api/") || query == null || !query.contains("%00");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String parameter = parameterWithNul(request.getQueryString());
		if (parameter == null) {
			chain.doFilter(request, response);
			return;
		}
		HttpStatus status = HttpStatus.BAD_REQUEST;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", "Invalid " + parameter);
		body.put("instance", request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_"));
		body.put("code", "invalid-input");
		body.put("errors", List.of(new FieldProblem(parameter, "format", "contains a NUL character")));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
	}

	/** The first parameter of the query string whose name or value holds a NUL character, or {@code null}. */
	static String parameterWithNul(String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
			if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
				String shown = name.replace("\u0000", "").replaceAll("[^A-Za-z0-9._-]", "");
				return shown.isEmpty() ? "parameters" : shown;
			}
		}
		return null;
	}

	private static String decoded(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text; // a broken escape: the container's own reading answers for it
		}
	}
}
