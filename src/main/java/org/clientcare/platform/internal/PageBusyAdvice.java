package org.clientcare.platform.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose write meets a passing refusal of the database (a lock not granted in time, a serialization failure,
 * a go-live load keeping the customer table to itself) answers 503 with the error page saying that the system is busy
 * and to try again shortly, as the API answers {@code busy} ({@link ApiProblemAdvice}, which comes first for REST
 * controllers); never a 500.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageBusyAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageBusyAdvice.class);

	@ExceptionHandler(TransientDataAccessException.class)
	ModelAndView busy(TransientDataAccessException e) {
		log.warn("Transient database failure on a page", e);
		return new ModelAndView("error", Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()),
				HttpStatus.SERVICE_UNAVAILABLE);
	}
}
