package org.clientcare.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clientcare.casework.CaseTemplate;
import org.clientcare.casework.CaseType;
import org.clientcare.casework.LimitUnit;
import org.clientcare.casework.StageLimit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case types and their template versions with stages. */
@Repository
public class CaseTemplates {

	private final JdbcClient jdbc;

	CaseTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest version of every type, in the types' order. */
	public List<CaseTemplate> current() {
		return jdbc.sql("""
				select t.* from case_template t join case_type y on y.code = t.type_code
				where t.version = (select max(v.version) from case_template v where v.type_code = t.type_code)
				order by y.position""").query(this::template).list();
	}

	public Optional<CaseTemplate> current(CaseType type) {
		return jdbc.sql("select t.* from case_template t where t.type_code = ? order by t.version desc limit 1")
			.param(type.name()).query(this::template).optional();
	}

	public Optional<CaseTemplate> byId(long id) {
		return jdbc.sql("select t.* from case_template t where t.id = ?").param(id).query(this::template).optional();
	}

	public List<CaseTemplate> versions(CaseType type) {
		return jdbc.sql("select t.* from case_template t where t.type_code = ? order by t.version desc")
			.param(type.name()).query(this::template).list();
	}

	/** Inserts the next version of a type; answers its id, or empty when another admin published that version first. */
	public Optional<Long> insert(CaseTemplate t, Instant now) {
		Optional<Long> id = jdbc.sql("""
				insert into case_template (type_code, version, name_zh, name_en, refusal_notice_amount, refusal_notice_unit,
				  created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (type_code, version) do nothing returning id""")
			.params(t.type().name(), t.version(), t.nameZh(), t.nameEn(),
					t.refusalNotice() == null ? null : t.refusalNotice().amount(),
					t.refusalNotice() == null ? null : t.refusalNotice().unit().name(), Timestamp.from(now), t.createdBy())
			.query(Long.class).optional();
		id.ifPresent(templateId -> t.stages().forEach(s -> jdbc.sql("""
				insert into case_template_stage (template_id, position, code, name_zh, name_en, customer_text_zh,
				  customer_text_en, limit_amount, limit_unit, complex_amount, complex_unit, notify_customer)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(templateId, s.position(), s.code(), s.nameZh(), s.nameEn(), s.customerTextZh(), s.customerTextEn(),
					s.limit().amount(), s.limit().unit().name(),
					s.complexLimit() == null ? null : s.complexLimit().amount(),
					s.complexLimit() == null ? null : s.complexLimit().unit().name(), s.notifyCustomer())
			.update()));
		return id;
	}

	private CaseTemplate template(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<CaseTemplate.Stage> stages = jdbc.sql("select * from case_template_stage where template_id = ? order by position")
			.param(id)
			.query((s, i) -> new CaseTemplate.Stage(s.getInt("position"), s.getString("code"), s.getString("name_zh"),
					s.getString("name_en"), s.getString("customer_text_zh"), s.getString("customer_text_en"),
					limit(s, "limit_amount", "limit_unit"), limit(s, "complex_amount", "complex_unit"),
					s.getBoolean("notify_customer")))
			.list();
		return new CaseTemplate(id, CaseType.valueOf(rs.getString("type_code")), rs.getInt("version"),
				rs.getString("name_zh"), rs.getString("name_en"),
				limit(rs, "refusal_notice_amount", "refusal_notice_unit"), stages, Cases.instant(rs, "created_at"),
				rs.getString("created_by"));
	}

	private static StageLimit limit(ResultSet rs, String amount, String unit) throws SQLException {
		String u = rs.getString(unit);
		return u == null ? null : new StageLimit(rs.getInt(amount), LimitUnit.valueOf(u));
	}
}
