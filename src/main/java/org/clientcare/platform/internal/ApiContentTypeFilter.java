package org.clientcare.platform.internal;

import java.io.IOException;
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
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose {@code Content-Type} names no concrete type ({@code *}{@code /*}, {@code text/*}, a value
 * that does not parse) or a multipart body without its boundary, with a problem naming the header: such a header
 * would otherwise fail deep inside the framework, before any handler could answer for it. Runs after sign-in, so a
 * caller who is not signed in still learns that first.
 */
@Component
class ApiContentTypeFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") || request.getHeader("Content-Type") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problemWith(request.getHeader("Content-Type"));
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}
		HttpStatus status = problem.startsWith("multipart") ? HttpStatus.BAD_REQUEST : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", "Invalid Content-Type: " + problem);
		body.put("instance", request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_"));
		body.put("code", status == HttpStatus.BAD_REQUEST ? "invalid-input" : "unsupported-media-type");
		body.put("errors", List.of(new FieldProblem("Content-Type", "format", problem)));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
	}

	/** What is wrong with the header, or {@code null} when it names a concrete type. */
	static String problemWith(String contentType) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException e) {
			return "not a media type";
		}
		if (type.isWildcardType() || type.isWildcardSubtype()) {
			return "names no concrete media type";
		}
		if (type.getType().equals("multipart") && (type.getParameter("boundary") == null || type.getParameter("boundary").isBlank())) {
			return "multipart without a boundary";
		}
		return null;
	}
}
