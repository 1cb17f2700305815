package org.clientcare.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clientcare.identity.OrgUnit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The org-unit tree, stored with a materialised path for subtree queries. */
@Repository
public class OrgUnits {

	private static final RowMapper<OrgUnit> ROW = (rs, n) -> new OrgUnit(rs.getLong("id"), rs.getString("code"),
			rs.getString("name_zh"), rs.getString("name_en"), OrgUnit.Kind.valueOf(rs.getString("kind")),
			(Long) rs.getObject("parent_id"), rs.getString("path"));

	private final JdbcClient jdbc;

	OrgUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OrgUnit insert(String code, String nameZh, String nameEn, OrgUnit.Kind kind, OrgUnit parent) {
		long id = jdbc.sql("""
				insert into org_unit (code, name_zh, name_en, kind, parent_id) values (?, ?, ?, ?, ?) returning id""")
			.params(code, nameZh, nameEn, kind.name(), parent == null ? null : parent.id())
			.query(Long.class).single();
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		jdbc.sql("update org_unit set path = ? where id = ?").params(path, id).update();
		return new OrgUnit(id, code, nameZh, nameEn, kind, parent == null ? null : parent.id(), path);
	}

	public Optional<OrgUnit> byCode(String code) {
		return jdbc.sql("select * from org_unit where code = ?").param(code).query(ROW).optional();
	}

	public Optional<OrgUnit> byId(long id) {
		return jdbc.sql("select * from org_unit where id = ?").param(id).query(ROW).optional();
	}

	public List<OrgUnit> all() {
		return jdbc.sql("select * from org_unit order by path").query(ROW).list();
	}

	public Set<Long> subtreeIds(long id) {
		return new HashSet<>(jdbc.sql("""
				select u.id from org_unit u join org_unit root on root.id = ? where u.path like root.path || '%'""")
			.param(id).query(Long.class).list());
	}
}
