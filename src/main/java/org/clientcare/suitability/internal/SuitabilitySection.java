package org.clientcare.suitability.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.CustomerId;
import org.clientcare.suitability.RiskAcknowledgment;
import org.clientcare.suitability.RiskAssessment;
import org.clientcare.suitability.SuitabilityCheck;
import org.clientcare.suitability.SuitabilityManagement;
import org.clientcare.transaction.TransactionIntake;

import org.springframework.stereotype.Component;

/**
 * Suitability on the customer 360 page: the current level and until when it is valid, the latest checks, the
 * acknowledgments on file, and forms to assess, check a product and record an acknowledgment.
 */
@Component
class SuitabilitySection implements CustomerPageSection {

	private final SuitabilityManagement suitability;

	private final ProductCatalogue products;

	private final TransactionIntake transactions;

	SuitabilitySection(SuitabilityManagement suitability, ProductCatalogue products, TransactionIntake transactions) {
		this.transactions = transactions;
		this.suitability = suitability;
		this.products = products;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "suitability/customer-section";
	}

	@Override
	public Data data(long customerId) {
		CustomerId customer = new CustomerId(customerId);
		List<SuitabilityCheck> checks = suitability.checks(customer, 5);
		return new Data(customerId, suitability.latestAssessment(customer), checks,
				transactions.externalIdsOf(checks.stream().map(SuitabilityCheck::transactionId).toList()),
				suitability.acknowledgments(customer), products.all().stream()
					.filter(p -> p.status() == Product.ProductStatus.ACTIVE).toList(), suitability.mayWrite());
	}

	/** What the section shows. */
	record Data(long customerId, Optional<RiskAssessment> assessment, List<SuitabilityCheck> checks,
			Map<Long, String> externalIds, List<RiskAcknowledgment> acknowledgments, List<Product> products, boolean mayWrite) {

		public RiskAssessment current() {
			return assessment.orElse(null);
		}
	}
}
