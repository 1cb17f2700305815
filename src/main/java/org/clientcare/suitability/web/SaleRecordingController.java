package org.clientcare.suitability.web;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.suitability.SaleRecording;
import org.clientcare.suitability.SaleRecordings;
import org.clientcare.transaction.SaleRecordingReference;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dual recording (双录) of sales: {@code GET /api/v1/sale-recordings?status=} (compliance), {@code GET} and
 * {@code PUT /api/v1/sale-recordings/{transactionId}} (the sale's duty; the reference
 * {@code recordingId, hash, durationSeconds, checkedBy?}), {@code POST .../quality-check} {@code {passed, finding?}}.
 */
@RestController
class SaleRecordingController {

	private final SaleRecordings recordings;

	SaleRecordingController(SaleRecordings recordings) {
		this.recordings = recordings;
	}

	@GetMapping("/api/v1/sale-recordings")
	ResultPage<View> list(@RequestParam(required = false) SaleRecording.Status status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var result = recordings.list(status, page, size);
		return new ResultPage<>(result.content().stream().map(View::of).toList(), result.page(), result.size(),
				result.totalElements());
	}

	@GetMapping("/api/v1/sale-recordings/{transactionId}")
	View get(@PathVariable long transactionId) {
		return View.of(recordings.of(transactionId));
	}

	@Requires(value = Permission.SALE_RECORDING_REFERENCE, names = Names.SCOPED_RECORD)
	@PutMapping("/api/v1/sale-recordings/{transactionId}")
	View reference(@PathVariable long transactionId, @RequestBody(required = false) SaleRecordingReference body) {
		return View.of(recordings.reference(transactionId, body));
	}

	@Requires(value = Permission.SUITABILITY_OVERSIGHT, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/sale-recordings/{transactionId}/quality-check")
	View qualityCheck(@PathVariable long transactionId, @RequestBody(required = false) Map<String, Object> body) {
		Object passed = body == null ? null : body.get("passed");
		if (!(passed instanceof Boolean)) {
			throw InvalidInput.of("passed", "required", "true when the recording shows a proper sale, false when not");
		}
		Object finding = body.get("finding");
		return View.of(recordings.qualityCheck(transactionId, (Boolean) passed, finding == null ? null : finding.toString()));
	}

	/**
	 * A sale's dual-recording duty with where it stands, and how long it is kept: {@code retainUntil} by the product's
	 * rule, {@code keepUntil} with the disputes (null while one is open), {@code purgedAt} once purged.
	 */
	record View(long transactionId, long customerId, String productCode, Integer customerAge, Instant soldAt,
			SaleRecording.Status status, String recordingId, String hash, Integer durationSeconds, String checkedBy,
			Instant referencedAt, String referencedBy, boolean sampled, SaleRecording.QualityResult qualityResult,
			String qualityFinding, String qualityCheckedBy, Instant qualityCheckedAt, java.time.LocalDate retainUntil,
			boolean disputeOpen, java.time.LocalDate keepUntil, Instant purgedAt) {

		static View of(SaleRecording r) {
			return new View(r.transactionId(), r.customerId(), r.productCode(), r.customerAge(), r.soldAt(), r.status(),
					r.recordingId(), r.hash(), r.durationSeconds(), r.checkedBy(), r.referencedAt(), r.referencedBy(),
					r.sampled(), r.qualityResult(), r.qualityFinding(), r.qualityCheckedBy(), r.qualityCheckedAt(),
					r.retainUntil(), r.disputeOpen(), r.retention().keepUntil(), r.purgedAt());
		}
	}
}
