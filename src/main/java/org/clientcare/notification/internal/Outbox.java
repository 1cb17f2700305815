package org.clientcare.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.clientcare.notification.Channel;
import org.clientcare.notification.DeliveryFailure;
import org.clientcare.notification.NotificationStatus;
import org.clientcare.notification.OutgoingMessage.Attachment;
import org.clientcare.notification.Purpose;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table ({@code notification_outbox}): recipients encrypted, one row per event, channel and recipient. */
@Repository
public class Outbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, String>>> ATTACHMENTS = new TypeReference<>() {
	};

	private static final RowMapper<Row> ROW = Outbox::row;

	private static final int INSERT_ROWS = 1000;

	/** Messages to addresses on file per statement: the rows carry no address, so more of them fit. */
	private static final int ON_FILE_ROWS = 10_000;

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a message unless one with its event key, channel and recipient exists; answers whether it was added. */
	public boolean insert(NewMessage message) {
		return jdbc.sql("""
				insert into notification_outbox (event_key, channel, recipient_enc, recipient_hash, template, locale, params,
				                                 purpose, customer_id, status, next_attempt_at, last_error, created_at, attachments,
				                                 secrets_enc, last_error_code)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
				on conflict (event_key, channel, recipient_hash) do nothing""")
			.params(message.eventKey(), message.channel().name(), message.recipientEnc(), message.recipientHash(),
					message.template(), message.locale(), JSON.writeValueAsString(new TreeMap<>(message.params())),
					message.purpose().name(), message.customerId(), message.status().name(),
					Timestamp.from(message.nextAttemptAt()), message.lastError(), Timestamp.from(message.createdAt()),
					attachments(message.attachments()), message.secretsEnc(), name(message.lastErrorCode()))
			.update() == 1;
	}

	/**
	 * Adds many messages, one statement per thousand, skipping those whose event key, channel and recipient exist
	 * (also twice in the list); answers how many were added.
	 */
	public int insertAll(List<NewMessage> messages) {
		int added = 0;
		for (int from = 0; from < messages.size(); from += INSERT_ROWS) {
			added += insertRows(messages.subList(from, Math.min(messages.size(), from + INSERT_ROWS)));
		}
		return added;
	}

	private int insertRows(List<NewMessage> rows) {
		Columns c = Columns.of(rows);
		return jdbc.sql("""
				insert into notification_outbox (event_key, channel, recipient_enc, recipient_hash, template, locale, params,
				                                 purpose, customer_id, status, next_attempt_at, last_error, created_at, attachments,
				                                 secrets_enc, last_error_code)
				select m.event_key, m.channel, m.recipient_enc, m.recipient_hash, m.template, m.locale, cast(m.params as jsonb),
				  m.purpose, m.customer_id, m.status, m.next_attempt_at, m.last_error, m.created_at, cast(m.attachments as jsonb),
				  m.secrets_enc, m.last_error_code
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as bytea[]), cast(? as bytea[]), cast(? as text[]),
				  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[]), cast(? as text[]),
				  cast(? as timestamptz[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]), cast(? as bytea[]),
				  cast(? as text[]))
				  as m(event_key, channel, recipient_enc, recipient_hash, template, locale, params, purpose, customer_id, status,
				       next_attempt_at, last_error, created_at, attachments, secrets_enc, last_error_code)
				on conflict (event_key, channel, recipient_hash) do nothing""")
			.params(c.eventKey(), c.channel(), c.recipientEnc(), c.recipientHash(), c.template(), c.locale(), c.params(),
					c.purpose(), c.customerId(), c.status(), c.nextAttemptAt(), c.lastError(), c.createdAt(), c.attachments(),
					c.secretsEnc(), c.lastErrorCode())
			.update();
	}

	/**
	 * Adds messages to customers at their addresses on file, one statement per ten thousand: the recipient is the
	 * customer's mobile number ({@code SMS}) or e-mail address ({@code EMAIL}) copied as stored — encrypted — from
	 * {@code customer_contact_ref}, and for a mobile number its search hash too. The customer module keeps no search
	 * hash of an e-mail address, so a message by e-mail carries its recipient and hash as the caller read and hashed
	 * them ({@link #emailsOnFile}); a given recipient and hash are taken as they are, the address on file only for a
	 * message without. A message whose event key and channel already went to its customer is skipped, as is one whose
	 * recipient exists under the unique key.
	 * <p>
	 * Each message's address and the look-up of an earlier message are subqueries per row, which PostgreSQL answers
	 * with an index look-up each: as joins, planned with the statistics of an outbox still small when a large run
	 * begins, they became scans of the whole outbox or customer table once per statement.
	 *
	 * @return the event keys of the messages whose customer has no address for the channel, which were not added
	 */
	public Set<String> insertOnFile(List<NewMessage> messages) {
		Set<String> unaddressed = new java.util.HashSet<>();
		for (int from = 0; from < messages.size(); from += ON_FILE_ROWS) {
			unaddressed.addAll(insertOnFileRows(messages.subList(from, Math.min(messages.size(), from + ON_FILE_ROWS))));
		}
		return unaddressed;
	}

	private List<String> insertOnFileRows(List<NewMessage> rows) {
		Columns c = Columns.of(rows);
		return jdbc.sql("""
				with m as (
				  select m.event_key, m.channel, m.template, m.locale, m.params, m.purpose, m.customer_id, m.status,
				    m.next_attempt_at, m.last_error, m.created_at, m.secrets_enc, m.last_error_code,
				    coalesce(m.given_enc, (select case m.channel when 'SMS' then c.phone_enc when 'EMAIL' then c.email_enc end
				     from customer_contact_ref c where c.customer_id = m.customer_id)) as recipient_enc,
				    coalesce(m.given_hash, (select case m.channel when 'SMS' then c.phone_hash end
				     from customer_contact_ref c where c.customer_id = m.customer_id)) as recipient_hash
				  from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				    cast(? as text[]), cast(? as bigint[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]),
				    cast(? as timestamptz[]), cast(? as bytea[]), cast(? as text[]), cast(? as bytea[]), cast(? as bytea[]))
				    as m(event_key, channel, template, locale, params, purpose, customer_id, status, next_attempt_at,
				         last_error, created_at, secrets_enc, last_error_code, given_enc, given_hash)),
				added as (
				  insert into notification_outbox (event_key, channel, recipient_enc, recipient_hash, template, locale, params,
				                                   purpose, customer_id, status, next_attempt_at, last_error, created_at,
				                                   secrets_enc, last_error_code)
				  select m.event_key, m.channel, m.recipient_enc, m.recipient_hash, m.template, m.locale, cast(m.params as jsonb),
				    m.purpose, m.customer_id, m.status, m.next_attempt_at, m.last_error, m.created_at, m.secrets_enc,
				    m.last_error_code
				  from m
				  where m.recipient_enc is not null
				    and (select o.id from notification_outbox o
				         where o.event_key = m.event_key and o.channel = m.channel and o.customer_id = m.customer_id
				         limit 1) is null
				  on conflict (event_key, channel, recipient_hash) do nothing)
				select event_key from m where recipient_enc is null""")
			.params(c.eventKey(), c.channel(), c.template(), c.locale(), c.params(), c.purpose(), c.customerId(), c.status(),
					c.nextAttemptAt(), c.lastError(), c.createdAt(), c.secretsEnc(), c.lastErrorCode(), c.recipientEnc(),
					c.recipientHash())
			.query(String.class).list();
	}

	/**
	 * The e-mail addresses these customers have on file, as stored (encrypted), from the customer module's published
	 * {@code customer_contact_ref}: customers without one are left out.
	 */
	public Map<Long, byte[]> emailsOnFile(java.util.Collection<Long> customers) {
		Map<Long, byte[]> emails = new java.util.HashMap<>();
		if (customers.isEmpty()) {
			return emails;
		}
		jdbc.sql("""
				select customer_id, email_enc from customer_contact_ref
				where customer_id = any(?) and email_enc is not null""")
			.param(customers.toArray(Long[]::new))
			.query((rs, n) -> emails.put(rs.getLong("customer_id"), rs.getBytes("email_enc"))).list();
		return emails;
	}

	/**
	 * The messages' columns as arrays, element {@code i} of each for message {@code i}, bound to {@code unnest}; times
	 * travel as ISO-8601 instants, which PostgreSQL reads as timestamptz whatever the session's zone.
	 */
	private record Columns(String[] eventKey, String[] channel, byte[][] recipientEnc, byte[][] recipientHash,
			String[] template, String[] locale, String[] params, String[] purpose, Long[] customerId, String[] status,
			String[] nextAttemptAt, String[] lastError, String[] createdAt, String[] attachments, byte[][] secretsEnc,
			String[] lastErrorCode) {

		static Columns of(List<NewMessage> rows) {
			int n = rows.size();
			var c = new Columns(new String[n], new String[n], new byte[n][], new byte[n][], new String[n], new String[n],
					new String[n], new String[n], new Long[n], new String[n], new String[n], new String[n], new String[n],
					new String[n], new byte[n][], new String[n]);
			for (int i = 0; i < n; i++) {
				NewMessage m = rows.get(i);
				c.eventKey[i] = m.eventKey();
				c.channel[i] = m.channel().name();
				c.recipientEnc[i] = m.recipientEnc();
				c.recipientHash[i] = m.recipientHash();
				c.template[i] = m.template();
				c.locale[i] = m.locale();
				c.params[i] = JSON.writeValueAsString(new TreeMap<>(m.params()));
				c.purpose[i] = m.purpose().name();
				c.customerId[i] = m.customerId();
				c.status[i] = m.status().name();
				c.nextAttemptAt[i] = m.nextAttemptAt().toString();
				c.lastError[i] = m.lastError();
				c.createdAt[i] = m.createdAt().toString();
				c.attachments[i] = Outbox.attachments(m.attachments());
				c.secretsEnc[i] = m.secretsEnc();
				c.lastErrorCode[i] = name(m.lastErrorCode());
			}
			return c;
		}
	}

	/**
	 * Locks up to {@code limit} messages of the given channels that are due, oldest first, skipping those another
	 * dispatcher holds; the locks last until the caller's transaction ends.
	 */
	public List<Row> claimDue(Instant now, Set<Channel> channels, int limit) {
		return jdbc.sql("""
				select * from notification_outbox
				where status in ('PENDING', 'FAILED') and next_attempt_at <= ? and channel = any(?)
				order by next_attempt_at, id
				limit ?
				for update skip locked""")
			.params(Timestamp.from(now), channels.stream().map(Channel::name).toArray(String[]::new), limit)
			.query(ROW).list();
	}

	/** Records the outcome of looking at a message. */
	public void update(long id, NotificationStatus status, int attempts, Instant nextAttemptAt, String lastError,
			DeliveryFailure lastErrorCode, Instant sentAt) {
		jdbc.sql("""
				update notification_outbox
				set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, last_error_code = ?, sent_at = ?,
				    version = version + 1
				where id = ?""")
			.params(status.name(), attempts, Timestamp.from(nextAttemptAt), lastError, name(lastErrorCode),
					sentAt == null ? null : Timestamp.from(sentAt), id)
			.update();
	}

	/** One message, if it is still kept. */
	public Optional<Row> find(long id) {
		return jdbc.sql("select * from notification_outbox where id = ?").param(id).query(ROW).optional();
	}

	/** Newest first, optionally of one status. */
	public List<Row> page(NotificationStatus status, int page, int size) {
		return jdbc.sql("""
				select * from notification_outbox where (cast(? as text) is null or status = ?)
				order by created_at desc, id desc limit ? offset ?""")
			.params(name(status), name(status), size, (long) page * size).query(ROW).list();
	}

	/**
	 * The newest messages of a channel to one recipient, by its keyed hashes (current and previous index key), that a
	 * demo installation kept: held for display, or any status when the channel's gateway is the sandbox.
	 */
	public List<Row> toRecipient(Channel channel, byte[][] hashes, boolean sandboxed, int limit) {
		return jdbc.sql("""
				select * from notification_outbox
				where recipient_hash = any(cast(? as bytea[])) and channel = ? and (status = 'HELD_DEMO' or ?)
				order by created_at desc, id desc limit ?""")
			.params(hashes, channel.name(), sandboxed, limit).query(ROW).list();
	}

	public long count(NotificationStatus status) {
		return jdbc.sql("select count(*) from notification_outbox where (cast(? as text) is null or status = ?)")
			.params(name(status), name(status)).query(Long.class).single();
	}

	/** How many messages whose event key starts with {@code prefix} are in each status. */
	public Map<NotificationStatus, Long> countsByEventKeyPrefix(String prefix) {
		Map<NotificationStatus, Long> counts = new java.util.EnumMap<>(NotificationStatus.class);
		String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		jdbc.sql("select status, count(*) as n from notification_outbox where event_key like ? group by status")
			.param(pattern)
			.query((rs, n) -> Map.entry(NotificationStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("event_key"), Channel.valueOf(rs.getString("channel")),
				rs.getBytes("recipient_enc"), rs.getString("template"), rs.getString("locale"),
				JSON.readValue(rs.getString("params"), PARAMS), Purpose.valueOf(rs.getString("purpose")),
				(Long) rs.getObject("customer_id"), NotificationStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
				rs.getString("last_error_code") == null ? null : DeliveryFailure.valueOf(rs.getString("last_error_code")),
				instant(rs, "created_at"), instant(rs, "sent_at"), attachments(rs.getString("attachments")),
				rs.getBytes("secrets_enc"));
	}

	private static String attachments(List<Attachment> attachments) {
		if (attachments == null || attachments.isEmpty()) {
			return null;
		}
		return JSON.writeValueAsString(attachments.stream().map(a -> Map.of("filename", a.filename(), "contentType",
				a.contentType(), "content", java.util.Base64.getEncoder().encodeToString(a.content()))).toList());
	}

	private static List<Attachment> attachments(String json) {
		if (json == null) {
			return List.of();
		}
		return JSON.readValue(json, ATTACHMENTS).stream().map(a -> new Attachment(a.get("filename"), a.get("contentType"),
				java.util.Base64.getDecoder().decode(a.get("content")))).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A message to add; the recipient already encrypted and hashed. */
	public record NewMessage(String eventKey, Channel channel, byte[] recipientEnc, byte[] recipientHash,
			String template, String locale, Map<String, String> params, Purpose purpose, Long customerId,
			NotificationStatus status, Instant nextAttemptAt, String lastError, Instant createdAt,
			List<Attachment> attachments, byte[] secretsEnc, DeliveryFailure lastErrorCode) {
	}

	/** A stored message; the recipient and the values for the recipient only ({@code secretsEnc}) still encrypted. */
	public record Row(long id, String eventKey, Channel channel, byte[] recipientEnc, String template, String locale,
			Map<String, String> params, Purpose purpose, Long customerId, NotificationStatus status, int attempts,
			Instant nextAttemptAt, String lastError, DeliveryFailure lastErrorCode, Instant createdAt, Instant sentAt,
			List<Attachment> attachments, byte[] secretsEnc) {
	}

	/** The values for the recipient only, as encrypted for the table; {@code null} for none. */
	public static byte[] sealSecrets(Map<String, String> secrets, org.clientcare.shared.pii.PiiCipher pii) {
		return secrets == null || secrets.isEmpty() ? null : pii.encrypt(JSON.writeValueAsString(new TreeMap<>(secrets)));
	}

	/** The values for the recipient only of a stored message; empty for none. */
	public static Map<String, String> openSecrets(byte[] sealed, org.clientcare.shared.pii.PiiCipher pii) {
		return sealed == null ? Map.of() : JSON.readValue(pii.decrypt(sealed), PARAMS);
	}
}
