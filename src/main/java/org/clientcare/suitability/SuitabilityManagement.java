package org.clientcare.suitability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.suitability.RiskQuestionnaire.Question;
import org.clientcare.suitability.internal.SuitabilityRecords;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments, checks and acknowledgments for customers within the caller's scope (a customer outside it answers 404):
 * staff assess a customer with the current questionnaire, check a product before they sell it, and record the
 * customer's signed risk acknowledgment; every one is kept and audited. Compliance reads but does not write.
 */
@Service
public class SuitabilityManagement {

	private final Authorization authorization;

	private final SuitabilityRecords records;

	private final RiskQuestionnaires questionnaires;

	private final CustomerManagement customers;

	private final ProductCatalogue products;

	private final AuditTrail audit;

	private final SuitabilitySettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SuitabilityManagement(SuitabilityRecords records, RiskQuestionnaires questionnaires, CustomerManagement customers,
			ProductCatalogue products, AuditTrail audit, SuitabilitySettings settings, PlatformSettings platform,
			Clock clock, Authorization authorization, ApplicationEventPublisher events) {
		this.events = events;
		this.authorization = authorization;
		this.records = records;
		this.questionnaires = questionnaires;
		this.customers = customers;
		this.products = products;
		this.audit = audit;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * Scores the answers (question id → option id) with the current questionnaire: every question must be answered
	 * with one of its options (400 naming {@code answers.<question>}). The assessment is valid for 12 months.
	 */
	@Transactional
	public RiskAssessment assess(CustomerId customer, Map<String, String> answers) {
		authorization.require(Permission.RISK_ASSESSMENT, target(customers.requireVisible(customer)));
		RiskQuestionnaire questionnaire = questionnaires.current();
		var problems = new InvalidInput.Collector();
		if (answers == null) {
			problems.add("answers", "required", "Answer every question").throwIfAny();
		}
		int score = 0;
		for (Question question : questionnaire.questions()) {
			String chosen = answers.get(question.id());
			if (chosen == null || chosen.isBlank()) {
				problems.add("answers." + question.id(), "required", "Answer this question");
			}
			else if (question.option(chosen).isEmpty()) {
				problems.add("answers." + question.id(), "unknown-option", "Not an option of this question");
			}
			else {
				score += question.option(chosen).get().score();
			}
		}
		answers.keySet().stream().filter(id -> questionnaire.questions().stream().noneMatch(q -> q.id().equals(id)))
			.forEach(id -> problems.add("answers." + id, "unknown-question", "Not a question of the questionnaire"));
		problems.throwIfAny();
		Instant now = clock.instant();
		LocalDate validUntil = now.atZone(platform.zone()).toLocalDate().plus(settings.assessmentValidity());
		RiskAssessment assessment = records.insertAssessment(customer.value(), questionnaire.version(), answers, score,
				questionnaire.levelOf(score), now, validUntil, CurrentActor.get().username());
		Optional<RiskAssessment> before = records.assessments(customer.value(), 2).stream()
			.filter(a -> a.id() != assessment.id()).findFirst();
		audit.record("risk-assessment.recorded", "customer", customer.value(), before.map(SuitabilityManagement::state).orElse(null),
				state(assessment));
		events.publishEvent(new SuitabilityEvents.RiskAssessed(assessment.id(), customer, assessment.level(),
				assessment.score(), assessment.assessedAt()));
		return assessment;
	}

	/** The customer's assessments, newest first. */
	@Transactional(readOnly = true)
	public List<RiskAssessment> assessments(CustomerId customer) {
		customers.requireVisible(customer);
		return records.assessments(customer.value(), 100);
	}

	/** One page of the customer's assessments, newest first, with how many there are. */
	@Transactional(readOnly = true)
	public ResultPage<RiskAssessment> assessments(CustomerId customer, int page, int size) {
		customers.requireVisible(customer);
		return new ResultPage<>(records.assessments(customer.value(), size, (long) page * size), page, size,
				records.assessmentCount(customer.value()));
	}

	/** The customer's latest assessment, expired or not. */
	@Transactional(readOnly = true)
	public Optional<RiskAssessment> latestAssessment(CustomerId customer) {
		customers.requireVisible(customer);
		return records.assessments(customer.value(), 1).stream().findFirst();
	}

	/** Checks a product for a customer before a sale (SPEC §7), keeps the check and audits it. */
	@Transactional
	public SuitabilityCheck check(CustomerId customer, String productCode) {
		CustomerRef view = customers.requireVisible(customer);
		authorization.require(Permission.SUITABILITY_CHECK, target(view));
		Product product = products.find(productCode)
			.orElseThrow(() -> InvalidInput.of("productCode", "unknown", "Not a product of the catalogue"));
		Instant now = clock.instant();
		Optional<RiskAssessment> assessment = records.assessments(customer.value(), 1).stream().findFirst();
		SuitabilityResult result = SuitabilityRule.check(assessment.map(RiskAssessment::level).orElse(null),
				assessment.map(RiskAssessment::validUntil).orElse(null), view.idExpiry(), product.riskLevel(),
				now.atZone(platform.zone()).toLocalDate());
		SuitabilityCheck check = records.insertCheck(customer.value(), product, result, assessment, null, false, null, now,
				CurrentActor.get().username());
		audit.record("suitability.checked", "customer", customer.value(), null, state(check));
		return check;
	}

	/** The customer's checks, newest first. */
	@Transactional(readOnly = true)
	public List<SuitabilityCheck> checks(CustomerId customer, int limit) {
		customers.requireVisible(customer);
		return records.checks(customer.value(), limit);
	}

	/**
	 * Records the customer's signed acknowledgment of the risk of a product above its level: signed no later than
	 * now, for a product of the catalogue.
	 */
	@Transactional
	public RiskAcknowledgment acknowledge(CustomerId customer, String productCode, Instant signedAt, String note) {
		authorization.require(Permission.RISK_ACKNOWLEDGMENT, target(customers.requireVisible(customer)));
		var problems = new InvalidInput.Collector();
		Optional<Product> product = products.find(productCode);
		if (product.isEmpty()) {
			problems.add("productCode", "unknown", "Not a product of the catalogue");
		}
		Instant now = clock.instant();
		if (signedAt == null) {
			problems.add("signedAt", "required", "When the customer signed");
		}
		else if (signedAt.isAfter(now.plusSeconds(300))) {
			problems.add("signedAt", "range", "An acknowledgment cannot be signed in the future");
		}
		if (note != null && note.length() > 2000) {
			problems.add("note", "size", "At most 2,000 characters");
		}
		problems.throwIfAny();
		Optional<RiskAssessment> assessment = records.assessments(customer.value(), 1).stream().findFirst();
		RiskAcknowledgment acknowledgment = records.insertAcknowledgment(customer.value(), product.get(), signedAt,
				note == null || note.isBlank() ? null : note.strip(), assessment.map(RiskAssessment::level).orElse(null), now,
				CurrentActor.get().username());
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("product", acknowledgment.productCode());
		state.put("signedAt", acknowledgment.signedAt().toString());
		// no assessment yet: recorded as absent, not as the text null
		state.put("customerLevel",
				acknowledgment.customerLevel() == null ? null : acknowledgment.customerLevel().name());
		state.put("productLevel", acknowledgment.productLevel().name());
		audit.record("risk-acknowledgment.recorded", "customer", customer.value(), null, state);
		events.publishEvent(new SuitabilityEvents.RiskAcknowledged(acknowledgment.id(), customer,
				acknowledgment.productCode(), acknowledgment.signedAt()));
		return acknowledgment;
	}

	@Transactional(readOnly = true)
	public List<RiskAcknowledgment> acknowledgments(CustomerId customer) {
		customers.requireVisible(customer);
		return records.acknowledgments(customer.value());
	}

	/** One page of the customer's risk acknowledgments, latest signed first, with how many there are. */
	@Transactional(readOnly = true)
	public ResultPage<RiskAcknowledgment> acknowledgments(CustomerId customer, int page, int size) {
		customers.requireVisible(customer);
		return new ResultPage<>(records.acknowledgments(customer.value(), size, (long) page * size), page, size,
				records.acknowledgmentCount(customer.value()));
	}

	/**
	 * Checks a purchase the core banking system reported (it already happened: never refused). It counts as
	 * acknowledged when the report says so or an acknowledgment for the product signed before the purchase is on
	 * file; a result that {@link SuitabilityResult#raisesAlert(boolean) raises an alert} opens one. Idempotent by
	 * transaction: a second call for the same transaction does nothing.
	 */
	@Transactional
	public Optional<SuitabilityCheck> checkPurchase(long transactionId, CustomerId customer, String productCode,
			Instant occurredAt, boolean reportedAcknowledged) {
		Optional<Product> product = products.find(productCode);
		if (product.isEmpty() || records.checkOfTransaction(transactionId).isPresent()) {
			return Optional.empty();
		}
		Actor system = Actor.system("suitability");
		CustomerRef[] view = new CustomerRef[1];
		CurrentActor.runAs(system, () -> view[0] = customers.requireVisible(customer));
		Optional<RiskAssessment> assessment = records.assessments(customer.value(), 1).stream().findFirst();
		SuitabilityResult result = SuitabilityRule.check(assessment.map(RiskAssessment::level).orElse(null),
				assessment.map(RiskAssessment::validUntil).orElse(null), view[0].idExpiry(), product.get().riskLevel(),
				occurredAt.atZone(platform.zone()).toLocalDate());
		Optional<RiskAcknowledgment> acknowledgment = records.acknowledgment(customer.value(), productCode, occurredAt);
		boolean acknowledged = reportedAcknowledged || acknowledgment.isPresent();
		List<SuitabilityCheck> kept = new ArrayList<>(1);
		CurrentActor.runAs(system, () -> {
			SuitabilityCheck check = records.insertCheck(customer.value(), product.get(), result, assessment, transactionId,
					acknowledged, acknowledgment.map(RiskAcknowledgment::id).orElse(null), clock.instant(),
					CurrentActor.get().username());
			audit.record("suitability.checked", "customer", customer.value(), null, state(check));
			if (result.raisesAlert(acknowledged)) {
				long alert = records.insertAlert(check, clock.instant());
				audit.record("suitability-alert.raised", "suitability-alert", alert, null,
						Map.of("customerId", customer.value(), "product", productCode, "transactionId", transactionId,
								"result", result.name(), "acknowledged", acknowledged));
				events.publishEvent(new SuitabilityEvents.SuitabilityAlertRaised(alert, customer, productCode, result,
						transactionId, clock.instant()));
			}
			kept.add(check);
		});
		return Optional.of(kept.get(0));
	}

	/** Whether the current actor's role may assess customers and record acknowledgments (to show the forms). */
	public boolean mayWrite() {
		return authorization.can(Permission.RISK_ASSESSMENT);
	}

	/** Whether the current actor may assess this customer and record its acknowledgments. */
	public boolean mayWrite(CustomerRef customer) {
		return authorization.can(Permission.RISK_ASSESSMENT, target(customer));
	}

	private static Target target(CustomerRef customer) {
		return Target.customer(customer.orgUnitId(), customer.managerId());
	}

	private static Map<String, Object> state(RiskAssessment a) {
		return Map.of("level", a.level().name(), "score", a.score(), "validUntil", a.validUntil().toString(),
				"questionnaireVersion", a.questionnaireVersion());
	}

	private static Map<String, Object> state(SuitabilityCheck c) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("checkId", c.id());
		state.put("product", c.productCode());
		state.put("result", c.result().name());
		// no assessment yet: recorded as absent, not as the text null
		state.put("customerLevel", c.customerLevel() == null ? null : c.customerLevel().name());
		state.put("productLevel", c.productLevel().name());
		if (c.transactionId() != null) {
			state.put("transactionId", c.transactionId());
			state.put("acknowledged", c.acknowledged());
		}
		return state;
	}
}
