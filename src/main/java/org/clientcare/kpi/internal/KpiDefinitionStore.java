package org.clientcare.kpi.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.clientcare.kpi.ComplaintRateBasis;
import org.clientcare.kpi.KpiDefinitions;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code kpi_definition} table: one row per version, never changed. */
@Repository
public class KpiDefinitionStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RowMapper<KpiDefinitions> ROW = (rs, n) -> new KpiDefinitions(rs.getInt("version"),
			rs.getInt("satisfied_from"), ComplaintRateBasis.valueOf(rs.getString("complaint_rate_basis")),
			rs.getBigDecimal("year_on_year_cut"),
			new TreeMap<>(JSON.readValue(rs.getString("targets"), new TypeReference<Map<String, BigDecimal>>() {
			})), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
			rs.getString("reason"));

	private final JdbcClient jdbc;

	KpiDefinitionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public KpiDefinitions current() {
		return jdbc.sql("select * from kpi_definition order by version desc limit 1").query(ROW).single();
	}

	public java.util.Optional<KpiDefinitions> version(int version) {
		return jdbc.sql("select * from kpi_definition where version = ?").param(version).query(ROW).optional();
	}

	public List<KpiDefinitions> history() {
		return jdbc.sql("select * from kpi_definition order by version desc").query(ROW).list();
	}

	/** Stores the next version; answers it (a concurrent change of the same version loses with a duplicate key). */
	public KpiDefinitions add(int version, int satisfiedFrom, ComplaintRateBasis basis, BigDecimal cut,
			Map<String, BigDecimal> targets, Instant now, String by, String reason) {
		jdbc.sql("""
				insert into kpi_definition (version, satisfied_from, complaint_rate_basis, year_on_year_cut, targets,
				  created_at, created_by, reason) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
			.params(version, satisfiedFrom, basis.name(), cut, JSON.writeValueAsString(targets), Timestamp.from(now), by,
					reason)
			.update();
		return version(version).orElseThrow();
	}
}
