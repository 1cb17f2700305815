package org.clientcare.suitability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.product.Product;
import org.clientcare.product.Product.RiskLevel;
import org.clientcare.suitability.RiskAcknowledgment;
import org.clientcare.suitability.RiskAssessment;
import org.clientcare.suitability.RiskTolerance;
import org.clientcare.suitability.SuitabilityAlert;
import org.clientcare.suitability.SuitabilityCheck;
import org.clientcare.suitability.SuitabilityResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suitability tables: assessments, checks, acknowledgments and alerts, appended and read. */
@Repository
public class SuitabilityRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SuitabilityRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RiskAssessment insertAssessment(long customer, int version, Map<String, String> answers, int score,
			RiskTolerance level, Instant at, LocalDate validUntil, String by) {
		long id = jdbc.sql("""
				insert into risk_assessment (customer_id, questionnaire_version, answers, score, level, assessed_at,
				  valid_until, assessed_by)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?) returning id""")
			.params(customer, version, JSON.writeValueAsString(answers), score, level.name(), Timestamp.from(at), validUntil, by)
			.query(Long.class).single();
		return jdbc.sql("select * from risk_assessment where id = ?").param(id).query(SuitabilityRecords::assessment).single();
	}

	/** The customer's latest assessments, newest first. */
	public List<RiskAssessment> assessments(long customer, int limit) {
		return assessments(customer, limit, 0);
	}

	/** The customer's assessments from the {@code offset}-th on, newest first. */
	public List<RiskAssessment> assessments(long customer, int limit, long offset) {
		return jdbc.sql("""
				select * from risk_assessment where customer_id = ? order by assessed_at desc, id desc limit ? offset ?""")
			.params(customer, limit, offset).query(SuitabilityRecords::assessment).list();
	}

	public long assessmentCount(long customer) {
		return jdbc.sql("select count(*) from risk_assessment where customer_id = ?").param(customer)
			.query(Long.class).single();
	}

	public SuitabilityCheck insertCheck(long customer, Product product, SuitabilityResult result,
			Optional<RiskAssessment> assessment, Long transaction, boolean acknowledged, Long acknowledgment, Instant at,
			String by) {
		long id = jdbc.sql("""
				insert into suitability_check (customer_id, product_code, result, customer_level, product_level,
				  assessment_id, transaction_id, acknowledged, acknowledgment_id, checked_at, checked_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customer, product.code(), result.name(), assessment.map(a -> a.level().name()).orElse(null),
					product.riskLevel().name(), assessment.map(RiskAssessment::id).orElse(null), transaction, acknowledged,
					acknowledgment, Timestamp.from(at), by)
			.query(Long.class).single();
		return jdbc.sql("select * from suitability_check where id = ?").param(id).query(SuitabilityRecords::check).single();
	}

	public List<SuitabilityCheck> checks(long customer, int limit) {
		return jdbc.sql("select * from suitability_check where customer_id = ? order by checked_at desc, id desc limit ?")
			.params(customer, limit).query(SuitabilityRecords::check).list();
	}

	public Optional<SuitabilityCheck> checkOfTransaction(long transaction) {
		return jdbc.sql("select * from suitability_check where transaction_id = ?").param(transaction)
			.query(SuitabilityRecords::check).optional();
	}

	public RiskAcknowledgment insertAcknowledgment(long customer, Product product, Instant signedAt, String note,
			RiskTolerance level, Instant at, String by) {
		long id = jdbc.sql("""
				insert into risk_acknowledgment (customer_id, product_code, signed_at, note, customer_level, product_level,
				  recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customer, product.code(), Timestamp.from(signedAt), note, level == null ? null : level.name(),
					product.riskLevel().name(), Timestamp.from(at), by)
			.query(Long.class).single();
		return jdbc.sql("select * from risk_acknowledgment where id = ?").param(id)
			.query(SuitabilityRecords::acknowledgment).single();
	}

	public List<RiskAcknowledgment> acknowledgments(long customer) {
		return acknowledgments(customer, 100, 0);
	}

	/** The customer's acknowledgments from the {@code offset}-th on, latest signed first. */
	public List<RiskAcknowledgment> acknowledgments(long customer, int limit, long offset) {
		return jdbc.sql("""
				select * from risk_acknowledgment where customer_id = ? order by signed_at desc, id desc limit ? offset ?""")
			.params(customer, limit, offset).query(SuitabilityRecords::acknowledgment).list();
	}

	public long acknowledgmentCount(long customer) {
		return jdbc.sql("select count(*) from risk_acknowledgment where customer_id = ?").param(customer)
			.query(Long.class).single();
	}

	/** The latest acknowledgment of the product signed no later than the purchase. */
	public Optional<RiskAcknowledgment> acknowledgment(long customer, String product, Instant before) {
		return jdbc.sql("""
				select * from risk_acknowledgment where customer_id = ? and product_code = ? and signed_at <= ?
				order by signed_at desc, id desc limit 1""")
			.params(customer, product, Timestamp.from(before)).query(SuitabilityRecords::acknowledgment).optional();
	}

	public long insertAlert(SuitabilityCheck check, Instant at) {
		return jdbc.sql("""
				insert into suitability_alert (check_id, customer_id, product_code, transaction_id, result, raised_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(check.id(), check.customerId(), check.productCode(), check.transactionId(), check.result().name(),
					Timestamp.from(at))
			.query(Long.class).single();
	}

	public static SuitabilityAlert alert(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("result");
		return new SuitabilityAlert(rs.getLong("id"), rs.getObject("check_id", Long.class), rs.getLong("customer_id"),
				rs.getString("product_code"), rs.getLong("transaction_id"),
				result == null ? null : SuitabilityResult.valueOf(result),
				SuitabilityAlert.Status.valueOf(rs.getString("status")), instant(rs, "raised_at"), rs.getString("finding"),
				instant(rs, "closed_at"), rs.getString("closed_by"), SuitabilityAlert.Kind.valueOf(rs.getString("kind")));
	}

	static RiskAssessment assessment(ResultSet rs, int n) throws SQLException {
		return new RiskAssessment(rs.getLong("id"), rs.getLong("customer_id"), rs.getInt("questionnaire_version"),
				JSON.readValue(rs.getString("answers"), new TypeReference<Map<String, String>>() {
				}), rs.getInt("score"), RiskTolerance.valueOf(rs.getString("level")), instant(rs, "assessed_at"),
				rs.getObject("valid_until", LocalDate.class), rs.getString("assessed_by"));
	}

	static SuitabilityCheck check(ResultSet rs, int n) throws SQLException {
		String level = rs.getString("customer_level");
		return new SuitabilityCheck(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("product_code"),
				SuitabilityResult.valueOf(rs.getString("result")), level == null ? null : RiskTolerance.valueOf(level),
				RiskLevel.valueOf(rs.getString("product_level")), rs.getObject("transaction_id", Long.class),
				rs.getBoolean("acknowledged"), rs.getObject("acknowledgment_id", Long.class), instant(rs, "checked_at"),
				rs.getString("checked_by"));
	}

	static RiskAcknowledgment acknowledgment(ResultSet rs, int n) throws SQLException {
		String level = rs.getString("customer_level");
		return new RiskAcknowledgment(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("product_code"),
				instant(rs, "signed_at"), rs.getString("note"), level == null ? null : RiskTolerance.valueOf(level),
				RiskLevel.valueOf(rs.getString("product_level")), instant(rs, "recorded_at"), rs.getString("recorded_by"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
