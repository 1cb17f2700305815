package org.clientcare.product.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clientcare.product.Product;
import org.clientcare.product.Product.DayCount;
import org.clientcare.product.Product.DualRecording;
import org.clientcare.product.Product.ProductStatus;
import org.clientcare.product.Product.ProductType;
import org.clientcare.product.Product.RiskLevel;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code product} table: the catalogue, one row per product code. */
@Repository
public class Products {

	private static final RowMapper<Product> ROW = (rs, n) -> new Product(rs.getString("code"), rs.getString("name_zh"),
			rs.getString("name_en"), ProductType.valueOf(rs.getString("type")), RiskLevel.valueOf(rs.getString("risk_level")),
			rs.getInt("cooling_off_hours"), rs.getInt("hesitation_days"), DayCount.valueOf(rs.getString("hesitation_day_count")),
			rs.getBoolean("hesitation_revisit"), DualRecording.valueOf(rs.getString("dual_recording")),
			rs.getBoolean("bank_channel_recording"), rs.getInt("recording_retention_years"), ProductStatus.valueOf(rs.getString("status")), rs.getLong("version"));

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Product> all() {
		return jdbc.sql("select * from product order by code").query(ROW).list();
	}

	public Optional<Product> find(String code) {
		return jdbc.sql("select * from product where code = ?").param(code).query(ROW).optional();
	}

	/** Adds a product or changes it (its version counts the changes). */
	public void save(Product product, Instant now) {
		jdbc.sql("""
				insert into product (code, name_zh, name_en, type, risk_level, cooling_off_hours, hesitation_days,
				  hesitation_day_count, hesitation_revisit, dual_recording, bank_channel_recording,
				  recording_retention_years, status, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				  type = excluded.type, risk_level = excluded.risk_level, cooling_off_hours = excluded.cooling_off_hours,
				  hesitation_days = excluded.hesitation_days, hesitation_day_count = excluded.hesitation_day_count,
				  hesitation_revisit = excluded.hesitation_revisit, dual_recording = excluded.dual_recording,
				  bank_channel_recording = excluded.bank_channel_recording,
				  recording_retention_years = excluded.recording_retention_years,
				  status = excluded.status, updated_at = excluded.updated_at, version = product.version + 1""")
			.params(product.code(), product.nameZh(), product.nameEn(), product.type().name(), product.riskLevel().name(),
					product.coolingOffHours(), product.hesitationDays(), product.hesitationDayCount().name(),
					product.hesitationRevisit(), product.dualRecording().name(), product.bankChannelRecording(),
					product.recordingRetentionYears(), product.status().name(),
					Timestamp.from(now))
			.update();
	}
}
