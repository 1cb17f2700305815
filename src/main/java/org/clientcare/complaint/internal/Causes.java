package org.clientcare.complaint.internal;

import java.util.List;

import org.clientcare.complaint.ComplaintCause;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code complaint_cause} table: the cause taxonomy by code, in its order. */
@Repository
public class Causes {

	private final JdbcClient jdbc;

	Causes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ComplaintCause> all() {
		return jdbc.sql("select * from complaint_cause order by sort, code")
			.query((rs, n) -> new ComplaintCause(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getBoolean("active")))
			.list();
	}

	/** Whether a cause of this code exists and is still offered. */
	public boolean isActive(String code) {
		return code != null && jdbc.sql("select count(*) from complaint_cause where code = ? and active").param(code)
			.query(Long.class).single() > 0;
	}

	/** Adds a cause at the end, or renames, retires or revives one. */
	public void save(ComplaintCause cause) {
		jdbc.sql("""
				insert into complaint_cause (code, name_zh, name_en, active, sort)
				values (?, ?, ?, ?, (select coalesce(max(sort), 0) + 1 from complaint_cause))
				on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				  active = excluded.active""")
			.params(cause.code(), cause.nameZh(), cause.nameEn(), cause.active()).update();
	}
}
