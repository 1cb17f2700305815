package org.clientcare.suitability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.suitability.internal.SaleRecordingRows;
import org.clientcare.transaction.SaleRecordingReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dual recording (双录) of the sales that need it (§7): a reported purchase of a product that asks for it for this
 * customer (aged 60 or more, or every sale) must reference its recording — with the report or afterwards. Without one
 * a suitability alert ({@code NO_DUAL_RECORDING}) is raised; giving the reference later clears the duty and keeps the
 * alert for compliance to close. A share of the recordings (30 %; every one for customers aged 60 or more and for
 * investment-linked policies) waits in compliance's quality-check queue for a finding. A bank-channel sale of a product
 * that says so needs a recording whatever the customer's age. A recording is kept the product's years after the sale
 * and 2 years past any dispute about it ({@link RecordingRetention}); the {@code retention} job purges it after that,
 * never while it is held. Every step is audited.
 */
@Service
public class SaleRecordings {

	private static final String HASH = "[0-9a-fA-F]{32,128}";

	private final SaleRecordingRows rows;

	private final ProductCatalogue products;

	private final CustomerManagement customers;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final SuitabilitySettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SaleRecordings(SaleRecordingRows rows, ProductCatalogue products, CustomerManagement customers,
			Authorization authorization, AuditTrail audit, SuitabilitySettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.rows = rows;
		this.products = products;
		this.customers = customers;
		this.authorization = authorization;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Follows a reported purchase: when its product needs dual recording for this customer, records the duty with the
	 * reference the report carried, or raises the alert without one. Idempotent by transaction.
	 */
	@Transactional
	public Optional<SaleRecording> saleReported(long transactionId, CustomerId customer, String productCode,
			Instant soldAt, SaleRecordingReference reference) {
		return saleReported(transactionId, customer, productCode, soldAt, reference, null);
	}

	/**
	 * Follows a reported purchase through a channel (null when the report named none): a bank-channel sale of a product
	 * that says so needs a recording whatever the customer's age.
	 */
	@Transactional
	public Optional<SaleRecording> saleReported(long transactionId, CustomerId customer, String productCode,
			Instant soldAt, SaleRecordingReference reference, Product.SaleChannel channel) {
		Product product = products.find(productCode).orElse(null);
		if (product == null || customer == null) {
			return Optional.empty();
		}
		LocalDate soldOn = LocalDate.ofInstant(soldAt, clock.getZone());
		Integer age = customers.ageOn(customer, soldOn);
		if (!product.needsDualRecording(age, channel)) {
			return Optional.empty();
		}
		boolean sampled = RecordingSample.sampled(transactionId, age, product, settings.recordingCheckShare());
		LocalDate retainUntil = RecordingRetention.retainUntil(soldOn, product.recordingRetentionYears());
		if (!rows.insert(transactionId, customer.value(), productCode, age, soldAt, sampled, retainUntil,
				clock.instant())) {
			return rows.find(transactionId);
		}
		CurrentActor.runAs(Actor.system("suitability"), () -> {
			Map<String, Object> duty = new LinkedHashMap<>();
			duty.put("customerId", customer.value());
			duty.put("product", productCode);
			duty.put("customerAge", String.valueOf(age));
			duty.put("sampled", sampled);
			duty.put("channel", String.valueOf(channel));
			duty.put("retainUntil", retainUntil.toString());
			audit.record("sale-recording.required", "sale-recording", transactionId, null, duty);
			// a remediation of the sale handled before the sale itself: the new duty is held from the start
			rows.openDisputes(transactionId).forEach(remediationId -> audit.record("sale-recording.dispute-opened",
					"sale-recording", transactionId, null, Map.of("remediationId", remediationId)));
			if (reference != null) {
				store(transactionId, reference);
			}
			else {
				Long alert = rows.raiseAlert(transactionId, customer.value(), productCode, clock.instant());
				if (alert != null) {
					audit.record("suitability-alert.raised", "suitability-alert", alert, null, Map.of("customerId",
							customer.value(), "product", productCode, "transactionId", transactionId, "kind",
							SuitabilityAlert.Kind.NO_DUAL_RECORDING.name()));
					events.publishEvent(new SuitabilityEvents.DualRecordingMissing(alert, customer, productCode,
							transactionId, clock.instant()));
				}
			}
		});
		return rows.find(transactionId);
	}

	/**
	 * Gives the reference to the recording of a sale that needs one, within the caller's scope (404 outside it or
	 * without such a duty). The same reference again changes nothing; a different one for a referenced sale is 409.
	 */
	@Transactional
	public SaleRecording reference(long transactionId, SaleRecordingReference reference) {
		SaleRecording duty = rows.lock(transactionId).orElseThrow(() -> new NotFound("Sale recording", transactionId));
		CustomerRef customer = customers.requireVisible(new CustomerId(duty.customerId()));
		authorization.require(Permission.SALE_RECORDING_REFERENCE,
				Target.customer(customer.orgUnitId(), customer.managerId()));
		validate(reference);
		if (duty.referencedAt() != null) {
			if (duty.recordingId().equals(reference.recordingId().strip())
					&& duty.hash().equalsIgnoreCase(reference.hash().strip())) {
				return duty;
			}
			throw new Conflict("recording-referenced", "The sale already references recording " + duty.recordingId());
		}
		store(transactionId, reference);
		return rows.find(transactionId).orElseThrow();
	}

	/**
	 * Compliance's finding on a referenced recording (a failed check needs the finding): once per recording (409 again,
	 * 409 while the recording is missing).
	 */
	@Transactional
	public SaleRecording qualityCheck(long transactionId, boolean passed, String finding) {
		authorization.require(Permission.SUITABILITY_OVERSIGHT);
		String text = finding == null ? "" : finding.strip();
		if ((!passed && text.isEmpty()) || text.length() > 4000) {
			throw InvalidInput.of("finding", "required", "What the check found, up to 4,000 characters (required when it failed)");
		}
		SaleRecording duty = rows.lock(transactionId).orElseThrow(() -> new NotFound("Sale recording", transactionId));
		if (duty.referencedAt() == null) {
			throw new Conflict("recording-missing", "The sale references no recording yet");
		}
		if (duty.qualityResult() != null) {
			throw new Conflict("recording-checked", "The recording was checked already");
		}
		var result = passed ? SaleRecording.QualityResult.PASSED : SaleRecording.QualityResult.FAILED;
		rows.qualityChecked(transactionId, result, text.isEmpty() ? null : text, clock.instant(),
				CurrentActor.get().username());
		audit.record("sale-recording.quality-checked", "sale-recording", transactionId, Map.of("status", duty.status().name()),
				Map.of("result", result.name(), "finding", text));
		return rows.find(transactionId).orElseThrow();
	}

	/**
	 * A dispute about a sale opened (a mis-selling remediation of its transaction): its recording is held until the
	 * dispute closes and 2 years after. Idempotent by remediation. Noted even while the sale has no recording duty:
	 * the sale's own event may be handled after the remediation's, and the duty made then starts held (and is audited
	 * as disputed then); a sale that never needs a recording holds nothing.
	 */
	@Transactional
	public void disputeOpened(long remediationId, long transactionId, Instant at) {
		if (rows.disputeOpened(remediationId, transactionId, at) && rows.find(transactionId).isPresent()) {
			CurrentActor.runAs(Actor.system("suitability"), () -> audit.record("sale-recording.dispute-opened",
					"sale-recording", transactionId, null, Map.of("remediationId", remediationId)));
		}
	}

	/** The dispute closed on {@code at}'s day: the recording is kept 2 more years past it, at least. */
	@Transactional
	public void disputeClosed(long remediationId, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, clock.getZone());
		rows.disputeClosed(remediationId, day).filter(transactionId -> rows.find(transactionId).isPresent())
			.ifPresent(transactionId -> CurrentActor.runAs(Actor.system("suitability"),
				() -> audit.record("sale-recording.dispute-closed", "sale-recording", transactionId, null,
						Map.of("remediationId", remediationId, "keptAtLeastUntil",
								day.plusYears(RecordingRetention.YEARS_PAST_DISPUTE).toString()))));
	}

	/**
	 * The retention job's part (§7, §11): purges the recordings past their product's retention on {@code today} that
	 * no dispute holds, in chunks, each audited ({@code sale-recording.purged}); the counts purged and held.
	 */
	@Transactional
	public Map<String, Long> purgeExpired(LocalDate today) {
		long purged = 0;
		while (true) {
			var chunk = rows.purgeExpired(today, clock.instant(), 500);
			for (long[] row : chunk) {
				CurrentActor.runAs(Actor.system("retention"), () -> audit.record("sale-recording.purged", "sale-recording",
						row[0], null, Map.of("customerId", row[1], "purgedOn", today.toString())));
			}
			purged += chunk.size();
			if (chunk.size() < 500) {
				break;
			}
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("purged", purged);
		counts.put("heldByDispute", rows.heldByDispute(today));
		return counts;
	}

	/** The duty of one sale within the caller's scope (404 outside it or when the sale needed no recording). */
	@Transactional(readOnly = true)
	public SaleRecording of(long transactionId) {
		return visible(transactionId, false);
	}

	/**
	 * Compliance's view: the duties of one status (null: all), the oldest sale first. The page and its count are read
	 * from one snapshot (repeatable read): duties change status while recordings are referenced, checked and purged, and
	 * a page read before a change and a count read after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<SaleRecording> list(SaleRecording.Status status, int page, int size) {
		authorization.require(Permission.SUITABILITY_OVERSIGHT);
		String name = status == null ? null : status.name();
		return new ResultPage<>(rows.page(name, page, size), page, size, rows.count(name));
	}

	/** Whether the current actor may give a recording's reference for customers of its scope (to show the form). */
	public boolean mayReference() {
		return authorization.can(Permission.SALE_RECORDING_REFERENCE);
	}

	private SaleRecording visible(long transactionId, boolean lock) {
		SaleRecording duty = (lock ? rows.lock(transactionId) : rows.find(transactionId))
			.orElseThrow(() -> new NotFound("Sale recording", transactionId));
		customers.requireVisible(new CustomerId(duty.customerId()));
		return duty;
	}

	private void store(long transactionId, SaleRecordingReference reference) {
		validate(reference);
		String checkedBy = reference.checkedBy() == null || reference.checkedBy().isBlank() ? null
				: reference.checkedBy().strip();
		rows.reference(transactionId, reference.recordingId().strip(), reference.hash().strip().toLowerCase(),
				reference.durationSeconds(), checkedBy, clock.instant(), CurrentActor.get().username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("recordingId", reference.recordingId().strip());
		after.put("hash", reference.hash().strip().toLowerCase());
		after.put("durationSeconds", reference.durationSeconds());
		after.put("checkedBy", String.valueOf(checkedBy));
		audit.record("sale-recording.referenced", "sale-recording", transactionId, Map.of("status", "MISSING"), after);
		rows.find(transactionId).ifPresent(duty -> events.publishEvent(new SuitabilityEvents.DualRecordingReferenced(
				transactionId, new CustomerId(duty.customerId()), duty.productCode(), reference.recordingId().strip(),
				clock.instant())));
	}

	private static void validate(SaleRecordingReference reference) {
		var problems = new InvalidInput.Collector();
		if (reference == null) {
			problems.add("recordingId", "required", "The recording's id in the recording system").throwIfAny();
			return;
		}
		if (reference.recordingId() == null || reference.recordingId().isBlank() || reference.recordingId().strip().length() > 64
				|| !reference.recordingId().strip().matches("[\\x21-\\x7E]+")) {
			problems.add("recordingId", "required", "The recording's id in the recording system, up to 64 characters");
		}
		if (reference.hash() == null || !reference.hash().strip().matches(HASH)) {
			problems.add("hash", "format", "The recording's hash in hexadecimal, 32–128 digits");
		}
		if (reference.durationSeconds() == null || reference.durationSeconds() < 1 || reference.durationSeconds() > 36_000) {
			problems.add("durationSeconds", "range", "The recording's length, 1–36,000 seconds");
		}
		if (reference.checkedBy() != null && reference.checkedBy().length() > 64) {
			problems.add("checkedBy", "size", "Up to 64 characters");
		}
		problems.throwIfAny();
	}
}
