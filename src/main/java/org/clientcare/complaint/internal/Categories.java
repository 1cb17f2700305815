package org.clientcare.complaint.internal;

import java.util.List;

import org.clientcare.complaint.ComplaintCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code complaint_category} table: the categories by code, in their order. */
@Repository
public class Categories {

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every category, active or retired, in order. */
	public List<ComplaintCategory> all() {
		return jdbc.sql("select * from complaint_category order by sort, code")
			.query((rs, n) -> new ComplaintCategory(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getBoolean("active")))
			.list();
	}

	/** Adds a category at the end, or renames, retires or revives one. */
	public void save(ComplaintCategory category) {
		jdbc.sql("""
				insert into complaint_category (code, name_zh, name_en, active, sort)
				values (?, ?, ?, ?, (select coalesce(max(sort), 0) + 1 from complaint_category))
				on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				  active = excluded.active""")
			.params(category.code(), category.nameZh(), category.nameEn(), category.active()).update();
	}
}
