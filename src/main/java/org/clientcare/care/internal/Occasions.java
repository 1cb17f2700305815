package org.clientcare.care.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.clientcare.care.Occasion;
import org.clientcare.care.OccasionSetting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The occasion settings ({@code care_occasion}). */
@Repository
public class Occasions {

	private final JdbcClient jdbc;

	Occasions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OccasionSetting> all() {
		return jdbc.sql("select * from care_occasion order by occasion").query((rs, n) -> new OccasionSetting(
				Occasion.valueOf(rs.getString("occasion")), rs.getBoolean("enabled"), strings(rs.getArray("tiers")),
				strings(rs.getArray("customer_types")), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				rs.getString("updated_by")))
			.list().stream().sorted(java.util.Comparator.comparing(OccasionSetting::occasion)).toList();
	}

	public Optional<OccasionSetting> find(Occasion occasion) {
		return all().stream().filter(s -> s.occasion() == occasion).findFirst();
	}

	public void save(Occasion occasion, boolean enabled, List<String> tiers, List<String> types, Instant at, String by) {
		jdbc.sql("""
				update care_occasion set enabled = ?, tiers = ?, customer_types = ?, updated_at = ?, updated_by = ?
				where occasion = ?""")
			.params(enabled, tiers.toArray(String[]::new), types.toArray(String[]::new), Timestamp.from(at), by,
					occasion.name())
			.update();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
