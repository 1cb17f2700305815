package org.clientcare.product;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.product.internal.Products;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue: every staff member reads it; administrators add and change products (audited). */
@Service
public class ProductCatalogue {

	/** The longest hesitation period a product may have. */
	public static final int MAX_HESITATION_DAYS = 60;

	/** The longest a sale's recording may be kept, in years. */
	public static final int MAX_RECORDING_YEARS = 30;

	private final Products products;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	ProductCatalogue(Products products, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.products = products;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Product> all() {
		return products.all();
	}

	public Optional<Product> find(String code) {
		return code == null ? Optional.empty() : products.find(code);
	}

	public Product get(String code) {
		return find(code).orElseThrow(() -> new NotFound("Product", code));
	}

	/**
	 * Adds a product or changes one; {@code expectedVersion} must match a changed product's version (null for a new one).
	 */
	@Transactional
	public Product save(Product product, Long expectedVersion) {
		identity.requireAdmin();
		if (product.code() == null || !product.code().matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
			throw InvalidInput.of("code", "format", "Upper-case letters, digits and '-', 2–32 characters");
		}
		if (product.recordingRetentionYears() < 1 || product.recordingRetentionYears() > MAX_RECORDING_YEARS) {
			throw InvalidInput.of("recordingRetentionYears", "range", "Between 1 and " + MAX_RECORDING_YEARS + " years");
		}
		if (product.hesitationDays() < 0 || product.hesitationDays() > MAX_HESITATION_DAYS) {
			throw InvalidInput.of("hesitationDays", "range", "Between 0 and " + MAX_HESITATION_DAYS + " days");
		}
		if (product.hesitationRevisit() && product.hesitationDays() == 0) {
			throw InvalidInput.of("hesitationRevisit", "no_period", "A revisit inside the hesitation period needs a period");
		}
		Optional<Product> before = find(product.code());
		if (before.isPresent() && expectedVersion != null && before.get().version() != expectedVersion) {
			throw new StaleVersion("Product " + product.code());
		}
		products.save(product, clock.instant());
		Product saved = get(product.code());
		audit.record(before.isPresent() ? "product.changed" : "product.added", "product", product.code(),
				before.map(ProductCatalogue::state).orElse(null), state(saved));
		return saved;
	}

	private static Map<String, Object> state(Product p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("nameZh", p.nameZh());
		state.put("nameEn", p.nameEn());
		state.put("type", p.type().name());
		state.put("riskLevel", p.riskLevel().name());
		state.put("coolingOffHours", p.coolingOffHours());
		state.put("hesitationDays", p.hesitationDays());
		state.put("hesitationDayCount", p.hesitationDayCount().name());
		state.put("hesitationRevisit", p.hesitationRevisit());
		state.put("dualRecording", p.dualRecording().name());
		state.put("status", p.status().name());
		return state;
	}
}
