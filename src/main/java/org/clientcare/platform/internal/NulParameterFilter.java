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
 * Refuses a request whose parameters carry a NUL character, in a name or a value: PostgreSQL stores and compares no
 * text holding one, so such a value reached the database and failed there — a search filter of the API came back as a
 * problem naming only {@code request}, a search or a form of the pages (the public assistant's question among them)
 * as a server error. Under {@code /api/} the query string is read and the answer is a 400 problem naming the
 * parameter (a JSON body's NUL is refused where it is read, {@link JsonConfiguration}); elsewhere the query string and
 * a form's fields, and the answer is the error page with 400. Runs after sign-in, like {@link ApiContentTypeFilter}.
 */
@Component
class NulParameterFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().startsWith("/api/");
		String parameter = parameterWithNul(request.getQueryString());
		if (parameter == null && !api && isForm(request)) {
			parameter = formFieldWithNul(request.getParameterMap());
		}
		if (parameter == null) {
			chain.doFilter(request, response);
		}
		else if (api) {
			refuse(request, response, parameter);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String parameter)
			throws IOException {
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
		if (query == null || !query.contains("%00")) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
			if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
				return shown(name);
			}
		}
		return null;
	}

	/** The first field of a form whose name or a value holds a NUL character, or {@code null}. */
	static String formFieldWithNul(Map<String, String[]> fields) {
		for (var field : fields.entrySet()) {
			boolean nul = field.getKey().indexOf('\u0000') >= 0;
			for (String value : field.getValue()) {
				nul |= value != null && value.indexOf('\u0000') >= 0;
			}
			if (nul) {
				return shown(field.getKey());
			}
		}
		return null;
	}

	private static String shown(String name) {
		String shown = name.replaceAll("[^A-Za-z0-9._-]", "");
		return shown.isEmpty() ? "parameters" : shown;
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
