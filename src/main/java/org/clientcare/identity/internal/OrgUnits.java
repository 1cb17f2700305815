package org.clientcare.identity.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.clientcare.identity.OrgUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The org-unit tree, stored with a materialised path for subtree queries. A branch manager's scope is a subtree, asked
 * for by every request it makes: subtrees are kept for {@code clientcare.security.account-cache-ttl} (a unit added on
 * another instance is in scope within it; one added here at once). Units are never removed or moved.
 */
@Repository
public class OrgUnits {

	private static final RowMapper<OrgUnit> ROW = (rs, n) -> new OrgUnit(rs.getLong("id"), rs.getString("code"),
			rs.getString("name_zh"), rs.getString("name_en"), OrgUnit.Kind.valueOf(rs.getString("kind")),
			(Long) rs.getObject("parent_id"), rs.getString("path"));

	private final JdbcClient jdbc;

	private final Cache<Long, Set<Long>> subtrees;

	OrgUnits(JdbcClient jdbc, @Value("${clientcare.security.account-cache-ttl:PT2S}") Duration ttl) {
		this.jdbc = jdbc;
		this.subtrees = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
	}

	public OrgUnit insert(String code, String nameZh, String nameEn, OrgUnit.Kind kind, OrgUnit parent) {
		long id = jdbc.sql("""
				insert into org_unit (code, name_zh, name_en, kind, parent_id) values (?, ?, ?, ?, ?) returning id""")
			.params(code, nameZh, nameEn, kind.name(), parent == null ? null : parent.id())
			.query(Long.class).single();
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		jdbc.sql("update org_unit set path = ? where id = ?").params(path, id).update();
		subtrees.invalidateAll();
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

	/** The ids of a unit and the units below it (a copy the caller may change). */
	public Set<Long> subtreeIds(long id) {
		return new HashSet<>(subtrees.get(id, key -> Set.copyOf(jdbc.sql("""
				select u.id from org_unit u join org_unit root on root.id = ? where u.path like root.path || '%'""")
			.param(key).query(Long.class).list())));
	}
}
