package org.clientcare.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers whose relationship ended before a cut-off and who are not anonymised yet, with their legal holds, read
 * from the views the owners publish ({@code customer_retention}, {@code complaint_hold}, {@code litigation_hold},
 * {@code recording_hold}) and
 * this module's {@code privacy_legal_hold}; and the holds compliance sets.
 */
@Repository
public class RetentionCandidates {

	private final JdbcClient jdbc;

	RetentionCandidates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A customer past the cut-off and what holds it. */
	public record Candidate(long customerId, String customerNo, Instant closedAt, boolean openComplaint, boolean litigation,
			boolean complianceHold, boolean saleRecording) {

		public boolean held() {
			return openComplaint || litigation || complianceHold || saleRecording;
		}
	}

	private static final String SELECT = """
			select r.id, r.customer_no, r.closed_at,
			  exists (select 1 from complaint_hold h where h.customer_id = r.id) as open_complaint,
			  exists (select 1 from litigation_hold l where l.customer_id = r.id) as litigation,
			  exists (select 1 from privacy_legal_hold p where p.customer_id = r.id and p.released_at is null) as held,
			  exists (select 1 from recording_hold s where s.customer_id = r.id) as sale_recording
			from customer_retention r
			""";

	private static final String CLOSED_BEFORE = """
			where r.status = 'CLOSED' and r.anonymised_at is null and r.closed_at < ?
			""";

	private static final String DUE_FOR_CATEGORY = """
			where r.status = 'CLOSED' and r.anonymised_at is null and r.closed_at < ? and r.closed_at >= ?
			  and not exists (select 1 from privacy_retention_applied a
			                   where a.customer_id = r.id and a.category = ? and a.applied_at >= r.closed_at)
			""";

	/** The next {@code limit} candidates after {@code afterId}, by id. */
	public List<Candidate> closedBefore(Instant cutoff, long afterId, int limit) {
		return jdbc.sql(SELECT + CLOSED_BEFORE + " and r.id > ? order by r.id limit ?")
			.params(Timestamp.from(cutoff), afterId, limit).query(RetentionCandidates::candidate).list();
	}

	/** The {@code limit} candidates from the {@code offset}-th on, by id (a page of the dry run). */
	public List<Candidate> closedBeforeFrom(Instant cutoff, long offset, int limit) {
		return jdbc.sql(SELECT + CLOSED_BEFORE + " order by r.id limit ? offset ?")
			.params(Timestamp.from(cutoff), limit, offset).query(RetentionCandidates::candidate).list();
	}

	/** How many candidates {@link #closedBefore} finds in all. */
	public long countClosedBefore(Instant cutoff) {
		return jdbc.sql("select count(*) from customer_retention r " + CLOSED_BEFORE).param(Timestamp.from(cutoff))
			.query(Long.class).single();
	}

	/**
	 * The next {@code limit} customers after {@code afterId} whose relationship ended before {@code cutoff} (a
	 * category's) but not before {@code wholeCutoff} (when the customer goes as a whole) and whose {@code category} was
	 * not scrubbed since, with their holds.
	 */
	public List<Candidate> dueForCategory(String category, Instant cutoff, Instant wholeCutoff, long afterId, int limit) {
		return jdbc.sql(SELECT + DUE_FOR_CATEGORY + " and r.id > ? order by r.id limit ?")
			.params(Timestamp.from(cutoff), Timestamp.from(wholeCutoff), category, afterId, limit)
			.query(RetentionCandidates::candidate).list();
	}

	/** The {@code limit} customers {@link #dueForCategory} finds from the {@code offset}-th on, by id. */
	public List<Candidate> dueForCategoryFrom(String category, Instant cutoff, Instant wholeCutoff, long offset,
			int limit) {
		return jdbc.sql(SELECT + DUE_FOR_CATEGORY + " order by r.id limit ? offset ?")
			.params(Timestamp.from(cutoff), Timestamp.from(wholeCutoff), category, limit, offset)
			.query(RetentionCandidates::candidate).list();
	}

	/** How many customers {@link #dueForCategory} finds in all. */
	public long countDueForCategory(String category, Instant cutoff, Instant wholeCutoff) {
		return jdbc.sql("select count(*) from customer_retention r " + DUE_FOR_CATEGORY)
			.params(Timestamp.from(cutoff), Timestamp.from(wholeCutoff), category).query(Long.class).single();
	}

	private static Candidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Candidate(rs.getLong("id"), rs.getString("customer_no"),
				rs.getObject("closed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("open_complaint"),
				rs.getBoolean("litigation"), rs.getBoolean("held"), rs.getBoolean("sale_recording"));
	}

	/** Records that a category of these customers was scrubbed. */
	public void applied(String category, List<Long> customerIds, Instant at) {
		jdbc.sql("""
				insert into privacy_retention_applied (customer_id, category, applied_at)
				select unnest(?), ?, ?
				on conflict (customer_id, category) do update set applied_at = excluded.applied_at""")
			.params(customerIds.toArray(Long[]::new), category, Timestamp.from(at)).update();
	}

	/** The periods set at run time, by category key (ISO-8601). */
	public java.util.Map<String, String> settings() {
		java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
		jdbc.sql("select category, period from privacy_retention_setting order by category")
			.query((rs, n) -> settings.put(rs.getString(1), rs.getString(2))).list();
		return settings;
	}

	public void saveSetting(String category, String period, Instant at, String by) {
		jdbc.sql("""
				insert into privacy_retention_setting (category, period, changed_at, changed_by) values (?, ?, ?, ?)
				on conflict (category) do update set period = excluded.period, changed_at = excluded.changed_at,
				  changed_by = excluded.changed_by""")
			.params(category, period, Timestamp.from(at), by).update();
	}

	public long hold(long customerId, String reason, Instant at, String by) {
		return jdbc.sql("""
				insert into privacy_legal_hold (customer_id, reason, set_at, set_by) values (?, ?, ?, ?) returning id""")
			.params(customerId, reason, Timestamp.from(at), by).query(Long.class).single();
	}

	/** The legal holds not released, newest first. */
	public List<Hold> activeHolds() {
		return jdbc.sql("""
				select id, customer_id, reason, set_at, set_by from privacy_legal_hold where released_at is null
				order by set_at desc, id desc""")
			.query((rs, n) -> new Hold(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("reason"),
					rs.getObject("set_at", OffsetDateTime.class).toInstant(), rs.getString("set_by")))
			.list();
	}

	/** A legal hold that stands. */
	public record Hold(long id, long customerId, String reason, Instant setAt, String setBy) {
	}

	/** The customer of the hold with this id, if there is one. */
	public java.util.Optional<Long> holdCustomer(long holdId) {
		return jdbc.sql("select customer_id from privacy_legal_hold where id = ?").param(holdId)
			.query(Long.class).optional();
	}

	public boolean release(long holdId, Instant at, String by) {
		return jdbc.sql("update privacy_legal_hold set released_at = ?, released_by = ? where id = ? and released_at is null")
			.params(Timestamp.from(at), by, holdId).update() == 1;
	}
}
