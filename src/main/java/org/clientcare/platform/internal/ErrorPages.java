package org.clientcare.platform.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.ProblemCodes;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen outside a controller (unknown paths, wrong methods, refused sign-ins, uploads that do not
 * parse): a problem document for API clients and for every path under {@code /api/}, whatever they accept; the error
 * page for browsers elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (isApi(request)) {
			HttpStatus status = statusOf(request);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(JSON.writeValueAsString(problemBody(request, status)));
			return null;
		}
		HttpStatus status = statusOf(request);
		return new ModelAndView("error", Map.of("status", status.value()), status);
	}

	@RequestMapping("/error")
	ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemBody(request, status));
	}

	private static Map<String, Object> problemBody(HttpServletRequest request, HttpStatus status) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			body.put("instance", path.toString().replaceAll("[^A-Za-z0-9/._~-]", "_"));
		}
		body.put("code", ProblemCodes.of(status.value()));
		if (status == HttpStatus.BAD_REQUEST) {
			FieldProblem fault = clientFault(request);
			if (fault == null) {
				fault = new FieldProblem("path", "malformed", "The request line or path is malformed");
			}
			body.put("detail", fault.message());
			body.put("code", "invalid-input");
			body.put("errors", List.of(fault));
		}
		return body;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return path != null && path.toString().startsWith("/api/");
	}

	/** An upload or parameters that do not parse, failing before any handler could answer: the client's fault. */
	private static FieldProblem clientFault(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure ? ClientFaults.of(failure) : null;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		if (clientFault(request) != null) {
			return HttpStatus.BAD_REQUEST;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
