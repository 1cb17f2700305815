package org.clientcare.complaint;

import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint categories, by default those of the regulator's complaint statistics; administrators add, rename and
 * retire categories (a retired one stays on the complaints that carry it). Changes are audited.
 */
@Service
public class ComplaintCategories {

	private final JdbcClient jdbc;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	ComplaintCategories(JdbcClient jdbc, IdentityManagement identity, AuditTrail audit) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.audit = audit;
	}

	public List<Category> all() {
		return jdbc.sql("select * from complaint_category order by sort, code")
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getBoolean("active")))
			.list();
	}

	@Transactional
	public Category save(String code, String nameZh, String nameEn, boolean active) {
		identity.requireAdmin();
		var before = all().stream().filter(c -> c.code().equals(code)).findFirst();
		jdbc.sql("""
				insert into complaint_category (code, name_zh, name_en, active, sort)
				values (?, ?, ?, ?, (select coalesce(max(sort), 0) + 1 from complaint_category))
				on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				  active = excluded.active""")
			.params(code, nameZh.strip(), nameEn.strip(), active).update();
		Category after = new Category(code, nameZh.strip(), nameEn.strip(), active);
		audit.record("complaint-category.saved", "complaint_category", code, before.map(Category::state).orElse(null),
				after.state());
		return after;
	}

	/** A category with its names; inactive ones are no longer offered for new complaints. */
	public record Category(String code, String nameZh, String nameEn, boolean active) {

		Map<String, Object> state() {
			return Map.of("nameZh", nameZh, "nameEn", nameEn, "active", active);
		}
	}
}
