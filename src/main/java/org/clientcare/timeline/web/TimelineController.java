package org.clientcare.timeline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.shared.ResultPage;
import org.clientcare.timeline.TimelineEntry;
import org.clientcare.timeline.TimelineManagement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** §12 {@code GET /api/v1/customers/{id}/timeline}. */
@RestController
@Tag(name = "Timeline", description = "Everything that happened to a customer, newest first")
class TimelineController {

	private final TimelineManagement timeline;

	TimelineController(TimelineManagement timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/api/v1/customers/{id}/timeline")
	@Operation(summary = "The customer's timeline, newest first: [{at, kind, summary, ref}]")
	ResultPage<TimelineEntry> of(@PathVariable long id, @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return timeline.of(id, page, size);
	}
}
