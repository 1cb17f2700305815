package org.clientcare.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.care.Audience;
import org.clientcare.care.CampaignPurpose;
import org.clientcare.care.CampaignStatus;
import org.clientcare.care.Segment;
import org.clientcare.notification.Channel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns ({@code care_campaign}); the customers each reached are in {@code care_campaign_message} ({@link Segments}). */
@Repository
public class Campaigns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
			CampaignPurpose.valueOf(rs.getString("purpose")), Channel.valueOf(rs.getString("channel")),
			JSON.readValue(rs.getString("segment"), Segment.class),
			JSON.readValue(rs.getString("templates"), new TypeReference<Map<String, String>>() {
			}), instant(rs.getObject("send_at", OffsetDateTime.class)), rs.getLong("org_unit_id"),
			CampaignStatus.valueOf(rs.getString("status")), rs.getLong("audience"),
			JSON.readValue(rs.getString("excluded"), Audience.Excluded.class),
			rs.getObject("approval_id") == null ? null : rs.getLong("approval_id"), rs.getString("created_by"),
			instant(rs.getObject("created_at", OffsetDateTime.class)), instant(rs.getObject("decided_at", OffsetDateTime.class)),
			instant(rs.getObject("finished_at", OffsetDateTime.class)));

	private final JdbcClient jdbc;

	Campaigns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String name, CampaignPurpose purpose, Channel channel, Segment segment, Map<String, String> templates,
			Instant sendAt, long orgUnitId, Audience audience, String by, Instant at) {
		return jdbc.sql("""
				insert into care_campaign (name, purpose, channel, segment, templates, send_at, org_unit_id, status, audience,
				  excluded, created_by, created_at)
				values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, 'DRAFT', ?, cast(? as jsonb), ?, ?) returning id""")
			.params(name, purpose.name(), channel.name(), JSON.writeValueAsString(segment), JSON.writeValueAsString(templates),
					sendAt == null ? null : Timestamp.from(sendAt), orgUnitId, audience.audience(),
					JSON.writeValueAsString(audience.excluded()), by, Timestamp.from(at))
			.query(Long.class).single();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql("select * from care_campaign where id = ?").param(id).query(ROW).optional();
	}

	/** Campaigns of the given org units (all when {@code null}), newest first. */
	public List<Row> list(java.util.Set<Long> orgUnitIds, int page, int size) {
		return jdbc.sql("""
				select * from care_campaign where (cast(? as bigint[]) is null or org_unit_id = any(?))
				order by id desc limit ? offset ?""")
			.params(array(orgUnitIds), array(orgUnitIds), size, (long) page * size).query(ROW).list();
	}

	public long count(java.util.Set<Long> orgUnitIds) {
		return jdbc.sql("select count(*) from care_campaign where (cast(? as bigint[]) is null or org_unit_id = any(?))")
			.params(array(orgUnitIds), array(orgUnitIds)).query(Long.class).single();
	}

	/** Moves a campaign from one status to another; answers whether it was in {@code from}. */
	public boolean move(long id, CampaignStatus from, CampaignStatus to, Instant at) {
		return jdbc.sql("""
				update care_campaign set status = ?,
				  decided_at = case when ? in ('APPROVED', 'REJECTED') then cast(? as timestamptz) else decided_at end,
				  finished_at = case when ? = 'SENT' then cast(? as timestamptz) else finished_at end
				where id = ? and status = ?""")
			.params(to.name(), to.name(), Timestamp.from(at), to.name(), Timestamp.from(at), id, from.name())
			.update() == 1;
	}

	public void submitted(long id, long approvalId) {
		jdbc.sql("update care_campaign set approval_id = ? where id = ?").params(approvalId, id).update();
	}

	public void counted(long id, Audience audience) {
		jdbc.sql("update care_campaign set audience = ?, excluded = cast(? as jsonb) where id = ?")
			.params(audience.audience(), JSON.writeValueAsString(audience.excluded()), id).update();
	}

	/** Approved or sending campaigns due at {@code now}, oldest first. */
	public List<Row> due(Instant now) {
		return jdbc.sql("""
				select * from care_campaign where status in ('APPROVED', 'SENDING') and (send_at is null or send_at <= ?)
				order by id""").param(Timestamp.from(now)).query(ROW).list();
	}

	/** How many customers a campaign was queued for (with an address). */
	public long queued(long id) {
		return jdbc.sql("select count(*) from care_campaign_message where campaign_id = ? and addressed").param(id)
			.query(Long.class).single();
	}

	private static Long[] array(java.util.Set<Long> ids) {
		return ids == null ? null : ids.toArray(Long[]::new);
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	/** A campaign as stored. */
	public record Row(long id, String name, CampaignPurpose purpose, Channel channel, Segment segment,
			Map<String, String> templates, Instant sendAt, long orgUnitId, CampaignStatus status, long audience,
			Audience.Excluded excluded, Long approvalId, String createdBy, Instant createdAt, Instant decidedAt,
			Instant finishedAt) {
	}
}
