package org.clientcare.tiering.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.clientcare.tiering.TierSettings;
import org.clientcare.tiering.VersionedTierSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versioned settings table ({@code tier_settings}); without any row the defaults of §3 apply as version 0. */
@Repository
public class SettingsVersions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SettingsVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public VersionedTierSettings current() {
		Optional<VersionedTierSettings> stored = jdbc
			.sql("select * from tier_settings order by version desc limit 1")
			.query((rs, n) -> new VersionedTierSettings(rs.getInt("version"),
					json.readValue(rs.getString("settings"), TierSettings.class), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("reason")))
			.optional();
		return stored.orElseGet(() -> new VersionedTierSettings(0, TierSettings.defaults(), null, null, null));
	}

	/** Stores a new version after {@code previous}; a concurrent change makes the insert fail on the key. */
	public int save(int previous, TierSettings settings, String reason, String by, Instant at) {
		jdbc.sql("insert into tier_settings (version, settings, reason, changed_by, changed_at) values (?, cast(? as jsonb), ?, ?, ?)")
			.params(previous + 1, json.writeValueAsString(settings), reason, by, Timestamp.from(at)).update();
		return previous + 1;
	}
}
