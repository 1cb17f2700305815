package org.clientcare.revisit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.complaint.ComplaintEvents.ComplaintClosed;
import org.clientcare.customer.CustomerChanged;
import org.clientcare.product.Product;
import org.clientcare.product.Product.ProductType;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.revisit.HesitationPeriod;
import org.clientcare.revisit.RevisitReason;
import org.clientcare.revisit.RevisitSettings;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TiersChanged;
import org.clientcare.transaction.TransactionRecorded;
import org.clientcare.transaction.TransactionType;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Plans revisits from what other modules publish (§5): a purchase of a wealth, fund or insurance product → a revisit
 * due within 7 calendar days, and for a product with a hesitation period (犹豫期) no later than 2 working days before
 * the period ends (and, for a product with a cooling-off period, a confirmation when it ends); a closed
 * complaint of a customer → a satisfaction revisit 3 working days later on the official calendar; a tier change, or
 * the nightly job's batch of them → the open cadence revisits re-planned; a new account manager → open revisits
 * follow. Source keys make a repeated event harmless.
 */
@Component
class RevisitPlanning {

	private static final Set<ProductType> FOLLOWED_UP = Set.of(ProductType.WEALTH, ProductType.FUND, ProductType.INSURANCE);

	private final Revisits revisits;

	private final ProductCatalogue products;

	private final CalendarManagement calendar;

	private final RevisitSettings settings;

	private final Clock clock;

	RevisitPlanning(Revisits revisits, ProductCatalogue products, CalendarManagement calendar, RevisitSettings settings,
			Clock clock) {
		this.revisits = revisits;
		this.products = products;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TransactionRecorded event) {
		if (event.type() != TransactionType.PURCHASE || event.customer() == null) {
			return;
		}
		Product product = products.find(event.productCode()).filter(p -> FOLLOWED_UP.contains(p.type())).orElse(null);
		if (product == null) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(event.occurredAt(), clock.getZone());
		long customer = event.customer().value();
		LocalDate due = day.plus(settings.purchaseWithin());
		LocalDate hesitationEndsOn = null;
		if (product.hesitationRevisit() && product.hesitationDays() > 0) {
			var calendar = this.calendar.calendar();
			var period = HesitationPeriod.of(day, product.hesitationDays(), product.hesitationDayCount(), calendar);
			LocalDate dueBy = period.revisitDueBy(settings.hesitationRevisitWorkingDaysBefore(), calendar);
			due = dueBy.isBefore(due) ? dueBy : due;
			hesitationEndsOn = period.endsOn();
		}
		revisits.plan(customer, RevisitReason.POST_PURCHASE, "purchase:" + event.transactionId(), due, hesitationEndsOn,
				clock.instant());
		revisits.product("purchase:" + event.transactionId(), product.code());
		if (product.coolingOffHours() > 0) {
			LocalDate ends = LocalDate.ofInstant(event.occurredAt().plus(product.coolingOffHours(), ChronoUnit.HOURS),
					clock.getZone());
			revisits.plan(customer, RevisitReason.COOLING_OFF, "cooling-off:" + event.transactionId(), ends, clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(ComplaintClosed event) {
		if (event.customer() == null) {
			return;
		}
		LocalDate closed = LocalDate.ofInstant(event.closedAt(), clock.getZone());
		revisits.plan(event.customer().value(), RevisitReason.POST_COMPLAINT, "complaint:" + event.complaintId(),
				calendar.addWorkingDays(closed, settings.complaintAfterWorkingDays()), clock.instant());
	}

	@ApplicationModuleListener
	void on(TierChanged event) {
		revisits.replanCadence(event.customer().value(), months(event), clock.getZone(), clock.instant());
	}

	/**
	 * The nightly job's changes of a chunk, in one statement reading them from the tiering module's
	 * {@code tier_change_ref}: the same revisits as its changes' {@link TierChanged}s one after the other would give.
	 */
	@ApplicationModuleListener
	void on(TiersChanged event) {
		revisits.replanCadence(event.afterId(), event.upToId(), event.at(), settings.cadence(), clock.getZone(),
				clock.instant());
	}

	private int months(TierChanged change) {
		return settings.cadence().months(change.to() == null ? null : change.to().name());
	}

	@ApplicationModuleListener
	void on(CustomerChanged event) {
		if (event.fields().contains("manager")) {
			revisits.followManager(event.customerId().value());
		}
	}
}
