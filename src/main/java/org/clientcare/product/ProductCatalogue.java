package org.clientcare.product;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.product.Product.ProductStatus;
import org.clientcare.product.Product.ProductType;
import org.clientcare.product.Product.RiskLevel;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue: every staff member reads it; administrators add and change products (audited). */
@Service
public class ProductCatalogue {

	private static final RowMapper<Product> ROW = (rs, n) -> new Product(rs.getString("code"), rs.getString("name_zh"),
			rs.getString("name_en"), ProductType.valueOf(rs.getString("type")), RiskLevel.valueOf(rs.getString("risk_level")),
			rs.getInt("cooling_off_hours"), ProductStatus.valueOf(rs.getString("status")), rs.getLong("version"));

	private final JdbcClient jdbc;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	ProductCatalogue(JdbcClient jdbc, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Product> all() {
		return jdbc.sql("select * from product order by code").query(ROW).list();
	}

	public Optional<Product> find(String code) {
		return code == null ? Optional.empty() : jdbc.sql("select * from product where code = ?").param(code).query(ROW).optional();
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
		Optional<Product> before = find(product.code());
		if (before.isPresent() && expectedVersion != null && before.get().version() != expectedVersion) {
			throw new StaleVersion("Product " + product.code());
		}
		jdbc.sql("""
				insert into product (code, name_zh, name_en, type, risk_level, cooling_off_hours, status, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				  type = excluded.type, risk_level = excluded.risk_level, cooling_off_hours = excluded.cooling_off_hours,
				  status = excluded.status, updated_at = excluded.updated_at, version = product.version + 1""")
			.params(product.code(), product.nameZh(), product.nameEn(), product.type().name(), product.riskLevel().name(),
					product.coolingOffHours(), product.status().name(), Timestamp.from(clock.instant()))
			.update();
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
		state.put("status", p.status().name());
		return state;
	}
}
