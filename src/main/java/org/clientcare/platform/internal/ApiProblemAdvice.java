package org.clientcare.platform.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.clientcare.shared.KeptDates;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.ProblemCodes;
import org.clientcare.shared.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one translation of exceptions into {@code application/problem+json} (RFC 9457) for the REST API. Validation
 * failures carry {@code errors: [{field, code, message}]}; nothing the caller sends may end in a 500.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code",
			"errors");

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> problem(ProblemException e, WebRequest request) {
		HttpStatus status = lostRace(e.status(), request);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		body.setProperty("code", e.code());
		// A property never stands in for one of the problem's own members (a second "status" hid the 409).
		e.properties().forEach((name, value) -> {
			if (!PROBLEM_MEMBERS.contains(name)) {
				body.setProperty(name, value);
			}
		});
		if (!e.fieldProblems().isEmpty()) {
			body.setProperty("errors", e.fieldProblems());
		}
		return respond(status, body);
	}

	/**
	 * A version conflict is 412 only for a request that named the version it changes ({@code If-Match}, RFC 9110
	 * §13.1.1): a step sent without one, such as two acknowledgements of one complaint at the same moment, lost a race
	 * on the record and answers 409, never a failed precondition it never gave.
	 */
	private static HttpStatus lostRace(HttpStatus status, WebRequest request) {
		return status == HttpStatus.PRECONDITION_FAILED && request.getHeader(HttpHeaders.IF_MATCH) == null
				? HttpStatus.CONFLICT : status;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
		return invalid(List.of(new FieldProblem(e.getName(), "type", "'" + e.getName() + "' has the wrong type")));
	}

	/** A parameter refused by method validation of a class marked {@code @Validated}: the parameter is named. */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolated(ConstraintViolationException e) {
		List<FieldProblem> problems = e.getConstraintViolations().stream().map(violation -> {
			String field = null;
			for (Path.Node node : violation.getPropertyPath()) {
				if (node.getName() != null) {
					field = node.getName();
				}
			}
			String constraint = violation.getConstraintDescriptor() == null ? null
					: violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			return new FieldProblem(field == null ? "request" : field, codeOf(constraint), violation.getMessage());
		}).sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
		return invalid(problems.isEmpty() ? List.of(new FieldProblem("request", "invalid", e.getMessage())) : problems);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
		if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			// A data exception (a value the database cannot store or compare, such as a NUL character): the input's fault.
			log.info("Refused a value the database cannot take: {}", sql.getMessage());
			return invalid(List.of(new FieldProblem("request", "invalid", "A value of the request cannot be stored or compared")));
		}
		log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The change conflicts with existing data");
		body.setProperty("code", "conflict");
		return respond(HttpStatus.CONFLICT, body);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException e, WebRequest request) {
		HttpStatus status = lostRace(HttpStatus.PRECONDITION_FAILED, request);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, "Changed by someone else; reload and try again");
		body.setProperty("code", "stale-version");
		return respond(status, body);
	}

	@ExceptionHandler(TransientDataAccessException.class)
	ResponseEntity<Object> busy(TransientDataAccessException e) {
		log.warn("Transient database failure", e);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Busy; try again shortly");
		body.setProperty("code", "busy");
		return respond(HttpStatus.SERVICE_UNAVAILABLE, body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), codeOf(error.getCode()), error.getDefaultMessage()));
		}
		e.getBindingResult().getGlobalErrors()
			.forEach(error -> problems.add(new FieldProblem(error.getObjectName(), codeOf(error.getCode()), error.getDefaultMessage())));
		return invalid(problems);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						codeOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
						error.getDefaultMessage())))
			.toList();
		return invalid(problems);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(new FieldProblem(e.getParameterName(), "required", "'" + e.getParameterName() + "' is required")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(new FieldProblem(e.getRequestPartName(), "required",
				"The upload has no part '" + e.getRequestPartName() + "'")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return invalid(List.of(unreadable(e)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = e.getBody();
		body.setProperty("code", "unsupported-media-type");
		body.setProperty("errors", List.of(new FieldProblem("Content-Type", "unsupported",
				"Send one of " + e.getSupportedMediaTypes())));
		return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (e instanceof MissingRequestHeaderException missing) {
			return invalid(List.of(new FieldProblem(missing.getHeaderName(), "required", "Header " + missing.getHeaderName() + " is required")));
		}
		if (e instanceof MultipartException) {
			return invalid(List.of(new FieldProblem("file", "multipart", "The upload is not a valid multipart request")));
		}
		ProblemDetail detail = body instanceof ProblemDetail given ? given
				: e instanceof ErrorResponse response ? response.getBody() : ProblemDetail.forStatus(status);
		withCode(detail);
		return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<Object> denied(org.springframework.security.access.AccessDeniedException e) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role may not do this");
		body.setProperty("code", ProblemCodes.of(403));
		return respond(HttpStatus.FORBIDDEN, body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e) {
		if (e instanceof ErrorResponseException response) {
			return respond(HttpStatus.valueOf(response.getStatusCode().value()), withCode(response.getBody()));
		}
		FieldProblem clientFault = ClientFaults.of(e);
		if (clientFault != null) {
			return invalid(List.of(clientFault));
		}
		log.error("Unexpected failure", e);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected failure");
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, withCode(body));
	}

	private static FieldProblem unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getMostSpecificCause();
		// The innermost cause may be a parser's (an impossible date); the field lies with the Jackson exception above it.
		for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
			if (t instanceof JacksonException withPath && !withPath.getPath().isEmpty()) {
				cause = t;
				break;
			}
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			if (cause instanceof DateOutOfRange) {
				return new FieldProblem(field, "range", KeptDates.RANGE);
			}
			String code = cause instanceof InvalidNullException ? "required"
					: cause instanceof InvalidFormatException || cause instanceof MismatchedInputException ? "type" : "malformed";
			return new FieldProblem(field, code, "'" + field + "' has an invalid value");
		}
		return new FieldProblem("body", "malformed", "The request body is not valid JSON of the expected shape");
	}

	private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid " + problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
		body.setProperty("code", "invalid-input");
		body.setProperty("errors", problems);
		return respond(HttpStatus.BAD_REQUEST, body);
	}

	/** The problem with the code its status means, unless it carries one already. */
	private static ProblemDetail withCode(ProblemDetail body) {
		if (body.getProperties() == null || !body.getProperties().containsKey("code")) {
			body.setProperty("code", ProblemCodes.of(body.getStatus()));
		}
		return body;
	}

	private static ResponseEntity<Object> respond(HttpStatus status, ProblemDetail body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String codeOf(String constraint) {
		if (constraint == null) {
			return "invalid";
		}
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> "required";
			case "Size", "Length" -> "size";
			case "Pattern", "Email" -> "format";
			case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Digits" -> "range";
			case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> "date";
			default -> Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1);
		};
	}

}
