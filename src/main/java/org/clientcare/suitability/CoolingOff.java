package org.clientcare.suitability;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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
import org.clientcare.suitability.internal.CoolingOffPeriods;

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

	private final CoolingOffPeriods periods;

	private final ProductCatalogue products;

	private final CustomerManagement customers;

	private final AuditTrail audit;

	CoolingOff(CoolingOffPeriods periods, ProductCatalogue products, CustomerManagement customers, AuditTrail audit) {
		this.periods = periods;
		this.products = products;
		this.customers = customers;
		this.audit = audit;
	}

	/** Opens the period of a purchase, if the product has one; a repeat for the same transaction does nothing. */
	@Transactional
	public void purchased(long transactionId, CustomerId customer, String productCode, Instant occurredAt) {
		Optional<Product> product = products.find(productCode).filter(p -> p.coolingOffHours() > 0);
		product.ifPresent(p -> periods.open(customer.value(), transactionId, productCode, occurredAt,
				occurredAt.plus(Duration.ofHours(p.coolingOffHours()))));
	}

	/** Records a cancellation inside the latest open period of the product; one outside any period changes nothing. */
	@Transactional
	public boolean cancelled(long transactionId, CustomerId customer, String productCode, Instant occurredAt) {
		Optional<Long> period = periods.lockOpen(customer.value(), productCode, occurredAt);
		period.ifPresent(id -> CurrentActor.runAs(Actor.system("suitability"), () -> {
			periods.cancel(id, transactionId, occurredAt);
			audit.record("cooling-off.cancelled", "customer", customer.value(), null,
					Map.of("periodId", id, "product", productCode, "cancellationTransactionId", transactionId,
							"cancelledAt", occurredAt.toString()));
		}));
		return period.isPresent();
	}

	/** When the last cooling-off period in force at {@code at} ends, if any. */
	@Transactional(readOnly = true)
	public Optional<Instant> pausedUntil(CustomerId customer, Instant at) {
		return periods.lastEnd(customer.value(), at);
	}

	/** For many customers at once, when the last period in force at {@code at} ends, of each that has one. */
	@Transactional(readOnly = true)
	public Map<CustomerId, Instant> pausedUntil(Collection<CustomerId> customers, Instant at) {
		Map<CustomerId, Instant> result = new HashMap<>();
		periods.lastEnds(customers.stream().map(CustomerId::value).toList(), at)
			.forEach((id, end) -> result.put(new CustomerId(id), end));
		return result;
	}

	/** The customer's periods, newest first, for a caller who may see the customer. */
	@Transactional(readOnly = true)
	public List<CoolingOffPeriod> periods(CustomerId customer) {
		customers.requireVisible(customer);
		return periods.of(customer.value());
	}
}
