package org.clientcare.suitability;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooling-off periods (冷静期, SPEC §7): a purchase of a product with a cooling-off period opens one from the moment
 * of purchase; a cancellation of that product inside it is recorded against it (audited); marketing to the customer
 * waits until every period has ended (see {@code notification.MarketingPause}). The confirmation revisit after the
 * period belongs to the revisits module.
 */
@Service
public class CoolingOff {

	private final JdbcClient jdbc;

	private final ProductCatalogue products;

	private final CustomerManagement customers;

	private final AuditTrail audit;

	CoolingOff(JdbcClient jdbc, ProductCatalogue products, CustomerManagement customers, AuditTrail audit) {
		this.jdbc = jdbc;
		this.products = products;
		this.customers = customers;
		this.audit = audit;
	}

	/** Opens the period of a purchase, if the product has one; a repeat for the same transaction does nothing. */
	@Transactional
	public void purchased(long transactionId, CustomerId customer, String productCode, Instant occurredAt) {
		Optional<Product> product = products.find(productCode).filter(p -> p.coolingOffHours() > 0);
		product.ifPresent(p -> jdbc.sql("""
				insert into cooling_off_period (customer_id, transaction_id, product_code, starts_at, ends_at)
				values (?, ?, ?, ?, ?) on conflict (transaction_id) do nothing""")
			.params(customer.value(), transactionId, productCode, Timestamp.from(occurredAt),
					Timestamp.from(occurredAt.plus(Duration.ofHours(p.coolingOffHours()))))
			.update());
	}

	/** Records a cancellation inside the latest open period of the product; one outside any period changes nothing. */
	@Transactional
	public boolean cancelled(long transactionId, CustomerId customer, String productCode, Instant occurredAt) {
		Optional<Long> period = jdbc.sql("""
				select id from cooling_off_period
				where customer_id = ? and product_code = ? and starts_at <= ? and ends_at > ? and cancelled_at is null
				order by starts_at desc limit 1 for update""")
			.params(customer.value(), productCode, Timestamp.from(occurredAt), Timestamp.from(occurredAt))
			.query(Long.class).optional();
		period.ifPresent(id -> CurrentActor.runAs(Actor.system("suitability"), () -> {
			jdbc.sql("update cooling_off_period set cancelled_at = ?, cancellation_transaction_id = ? where id = ?")
				.params(Timestamp.from(occurredAt), transactionId, id).update();
			audit.record("cooling-off.cancelled", "customer", customer.value(), null,
					Map.of("periodId", id, "product", productCode, "cancellationTransactionId", transactionId,
							"cancelledAt", occurredAt.toString()));
		}));
		return period.isPresent();
	}

	/** When the last cooling-off period in force at {@code at} ends, if any. */
	@Transactional(readOnly = true)
	public Optional<Instant> pausedUntil(CustomerId customer, Instant at) {
		return jdbc.sql("""
				select ends_at from cooling_off_period where customer_id = ? and starts_at <= ? and ends_at > ?
				order by ends_at desc limit 1""")
			.params(customer.value(), Timestamp.from(at), Timestamp.from(at)).query(OffsetDateTime.class).optional()
			.map(OffsetDateTime::toInstant);
	}

	/** The customer's periods, newest first, for a caller who may see the customer. */
	@Transactional(readOnly = true)
	public List<Period> periods(CustomerId customer) {
		customers.requireVisible(customer);
		return jdbc.sql("select * from cooling_off_period where customer_id = ? order by starts_at desc limit 50")
			.param(customer.value())
			.query((rs, n) -> new Period(rs.getLong("transaction_id"), rs.getString("product_code"),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
					rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("cancelled_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
						.orElse(null),
					rs.getObject("cancellation_transaction_id", Long.class)))
			.list();
	}

	/** A cooling-off period: the purchase that opened it and, if cancelled inside it, the cancellation. */
	public record Period(long transactionId, String productCode, Instant startsAt, Instant endsAt, Instant cancelledAt,
			Long cancellationTransactionId) {
	}
}
