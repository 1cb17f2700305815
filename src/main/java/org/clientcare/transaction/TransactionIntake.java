package org.clientcare.transaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.KeptDates;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.transaction.internal.Transactions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions intake: idempotent by external id — a repeat answers the first result and repeats nothing (no
 * second row, no second event). The customer must exist (any scope: the core system reports for every customer); a
 * product transaction must name a product of the catalogue.
 */
@Service
public class TransactionIntake {

	private final Transactions transactions;

	private final CustomerManagement customers;

	private final ProductCatalogue products;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The largest amount a transaction keeps (16 digits and 2 decimals). */
	private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999999.99");

	private final Authorization authorization;

	TransactionIntake(Transactions transactions, CustomerManagement customers, ProductCatalogue products, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, Authorization authorization) {
		this.authorization = authorization;
		this.transactions = transactions;
		this.customers = customers;
		this.products = products;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a transaction; answers it and whether it is new (false: the external id was recorded before). The API and
	 * the core system's file both come here, so the bounds of what is kept are checked here too: an amount of at most
	 * 9999999999999999.99 with 2 decimals, a time from 1900 on, a product code of up to 32 characters ({@link InvalidInput}
	 * naming the field, never a value the database refuses).
	 */
	@Transactional
	public Result record(ReportTransaction report) {
		var problems = new InvalidInput.Collector();
		if (report.amount() == null || report.amount().signum() <= 0 || report.amount().scale() > 2
				|| report.amount().compareTo(LARGEST_AMOUNT) > 0) {
			problems.add("amount", "range", "A positive amount of at most " + LARGEST_AMOUNT.toPlainString()
					+ " with at most 2 decimals");
		}
		if (report.occurredAt() == null || !KeptDates.kept(report.occurredAt().getYear())) {
			problems.add("occurredAt", "range", KeptDates.RANGE);
		}
		if (report.productCode() != null && report.productCode().length() > 32) {
			problems.add("productCode", "size", "At most 32 characters");
		}
		problems.throwIfAny();
		Optional<RecordedTransaction> earlier = byExternalId(report.externalId());
		if (earlier.isPresent()) {
			return new Result(earlier.get(), false);
		}
		if (report.type().concernsProduct() && (report.productCode() == null || products.find(report.productCode()).isEmpty())) {
			problems.add("productCode", "unknown", "A purchase, redemption or cancellation names a product of the catalogue");
		}
		Instant occurredAt = report.occurredAt().toInstant();
		if (occurredAt.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
			problems.add("occurredAt", "range", "A transaction cannot happen in the future");
		}
		problems.throwIfAny();
		CurrentActor.runAs(Actor.system("intake").from(CurrentActor.get().username()),
				() -> customers.requireVisible(new CustomerId(report.customerId())));
		Optional<RecordedTransaction> inserted = transactions.insert(report, occurredAt, clock.instant(),
				CurrentActor.get().username());
		if (inserted.isEmpty()) {
			// A concurrent report of the same external id won the race.
			return new Result(byExternalId(report.externalId()).orElseThrow(), false);
		}
		RecordedTransaction recorded = inserted.get();
		audit.record("transaction.recorded", "transaction", recorded.id(), null,
				Map.of("externalId", recorded.externalId(), "customerId", recorded.customerId(), "type",
						recorded.type().name(), "product", String.valueOf(recorded.productCode()), "amount",
						recorded.amount().toPlainString()));
		events.publishEvent(new TransactionRecorded(recorded.id(), new CustomerId(recorded.customerId()), recorded.type(),
				recorded.productCode(), recorded.amount(), recorded.occurredAt(), recorded.riskAcknowledged(),
				report.recording(), recorded.channel()));
		return new Result(recorded, true);
	}

	/**
	 * A transaction as recorded ({@code GET /api/v1/transactions/{id}}, where the {@code Location} of its 201 points):
	 * for the intake that reported it, and for staff who see its customer (compliance: every one).
	 *
	 * @throws NotFound when no transaction has this id, or its customer lies outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public RecordedTransaction find(long id) {
		RecordedTransaction found = transactions.byId(id).orElseThrow(() -> new NotFound("Transaction", id));
		if (!authorization.can(Permission.INTAKE)
				&& customers.visible(List.of(new CustomerId(found.customerId()))).isEmpty()) {
			throw new NotFound("Transaction", id);
		}
		return found;
	}

	/** A customer's transactions, newest first, for a caller who may see the customer. */
	@Transactional(readOnly = true)
	public List<RecordedTransaction> ofCustomer(CustomerId customer, int limit) {
		customers.requireVisible(customer);
		return transactions.ofCustomer(customer.value(), limit);
	}

	/**
	 * The core system's external ids a list page shows for the transaction ids it took from its own rows already
	 * filtered by scope (the id staff know a sale by), by id, in one statement; null ids are skipped.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> externalIdsOf(Collection<Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		return wanted.isEmpty() ? Map.of() : transactions.externalIdsOf(wanted);
	}

	private Optional<RecordedTransaction> byExternalId(String externalId) {
		return transactions.byExternalId(externalId);
	}

	/** The recorded transaction, and whether this call recorded it. */
	public record Result(RecordedTransaction transaction, boolean created) {
	}
}
