package org.clientcare.tiering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.customer.BankBranch;
import org.clientcare.customer.CorporateStanding;
import org.clientcare.customer.CustomerScope;
import org.clientcare.customer.CustomerType;
import org.clientcare.shared.CustomerId;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TierScheme;
import org.clientcare.tiering.TierView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current tiers ({@code customer_tier}) and their history ({@code customer_tier_history}). */
@Repository
public class Tiers {

	private final JdbcClient jdbc;

	Tiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes decisions (a query of {@link TieringStatements}) and answers the changes of the tier customers see. */
	public List<TierChanged> apply(String decisions, Map<String, Object> params, int settingsVersion, LocalDate today,
			Instant now) {
		var statement = jdbc.sql(TieringStatements.apply(decisions, TieringStatements.EACH)).params(params)
			.param("today", today).param("now", Timestamp.from(now)).param("settingsVersion", settingsVersion);
		return statement.query((rs, n) -> new TierChanged(new CustomerId(rs.getLong("customer_id")),
				tier(rs.getString("from_tier")), tier(rs.getString("to_tier")), TierScheme.valueOf(rs.getString("scheme")),
				rs.getTimestamp("changed_at").toInstant())).list();
	}

	/**
	 * Applies the decisions of the rules for the customers with ids in {@code after < id <= upTo}, in one statement;
	 * answers how many tiers customers see changed and the time of their history rows (empty when none changed). The
	 * changes do not come back to the JVM: they are in {@code customer_tier_history} (published as
	 * {@code tier_change_ref}).
	 */
	public Optional<RangeChanges> applyRange(Map.Entry<String, Map<String, Object>> decisions, long after, long upTo,
			int settingsVersion, LocalDate today, Instant now) {
		Map<String, Object> params = new java.util.HashMap<>(decisions.getValue());
		params.put("after", after);
		params.put("upTo", upTo);
		ChunkSettings.apply(jdbc);
		return jdbc.sql(TieringStatements.apply(decisions.getKey(), TieringStatements.COUNT)).params(params)
			.param("today", today).param("now", Timestamp.from(now)).param("settingsVersion", settingsVersion)
			.query((rs, n) -> rs.getInt("changes") == 0 ? Optional.<RangeChanges>empty()
					: Optional.of(new RangeChanges(rs.getInt("changes"), rs.getTimestamp("changed_at").toInstant())))
			.single();
	}

	/** How many tiers changed in a range of customers, and when. */
	public record RangeChanges(int count, Instant at) {
	}

	/** The id closing the next chunk of up to {@code size} customers after the id {@code after}; empty at the end. */
	public Optional<Long> chunkEnd(long after, int size) {
		long end = jdbc.sql("select coalesce(max(id), ?) from (select id from customer_ref where id > ? order by id limit ?) s")
			.params(after, after, size).query(Long.class).single();
		return end > after ? Optional.of(end) : Optional.empty();
	}

	public Optional<TierRow> find(long customerId) {
		return jdbc.sql("select * from customer_tier where customer_id = ?").param(customerId).query(Tiers::row).optional();
	}

	public List<TierView.Change> history(long customerId) {
		return jdbc.sql("select * from customer_tier_history where customer_id = ? order by id desc limit 100")
			.param(customerId)
			.query((rs, n) -> new TierView.Change(tier(rs.getString("from_tier")), tier(rs.getString("to_tier")),
					TierScheme.valueOf(rs.getString("scheme")), rs.getString("rule"), rs.getString("source"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/** The type, relationship start and corporate standing of a customer, whatever the caller's scope. */
	public Optional<Subject> subject(long customerId) {
		return jdbc.sql("""
				select type, relationship_since, fortune_global_500, china_top_500, bank_branch
				from customer_ref where id = ?""").param(customerId)
			.query((rs, n) -> new Subject(CustomerType.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
					new CorporateStanding(rs.getBoolean(3), rs.getBoolean(4),
							rs.getString(5) == null ? null : BankBranch.valueOf(rs.getString(5)))))
			.optional();
	}

	/** What the rules need to know of a customer besides its figures. */
	public record Subject(CustomerType type, LocalDate relationshipSince, CorporateStanding standing) {
	}

	/** Makes an approved override the tier; answers the change, if the tier customers see changed. */
	public Optional<TierChanged> override(long customerId, Tier tier, LocalDate until, String reason, long approvalId,
			Instant now) {
		// an untiered customer's row holds no tier yet: the override is its first
		Tier before = jdbc.sql("select tier from customer_tier where customer_id = ? for update").param(customerId)
			.query((rs, n) -> Optional.ofNullable(tier(rs.getString(1)))).single().orElse(null);
		jdbc.sql("""
				update customer_tier set override_tier = ?, override_until = ?, override_reason = ?,
				  override_approval_id = ?, tier = ?, since = case when tier is distinct from ? then ? else since end
				where customer_id = ?""")
			.params(tier.name(), until, reason, approvalId, tier.name(), tier.name(), Timestamp.from(now), customerId)
			.update();
		if (before == tier) {
			return Optional.empty();
		}
		jdbc.sql("""
				insert into customer_tier_history (customer_id, from_tier, to_tier, scheme, rule, source, changed_at)
				values (?, ?, ?, 'OVERRIDE', 'override', 'OVERRIDE', ?)""")
			.params(customerId, before == null ? null : before.name(), tier.name(), Timestamp.from(now)).update();
		return Optional.of(new TierChanged(new CustomerId(customerId), before, tier, TierScheme.OVERRIDE, now));
	}

	/** Counts of customers in scope per org unit and tier ({@code null}: untiered). */
	public List<UnitCount> distribution(CustomerScope scope) {
		List<Object> params = new java.util.ArrayList<>();
		String condition = switch (scope.reach()) {
			case EVERYONE -> "true";
			case NOBODY -> "false";
			case MANAGED_BY -> {
				params.add(scope.managerId());
				yield "c.manager_id = ?";
			}
			case IN_UNITS -> {
				params.add(scope.orgUnitIdArray());
				yield "c.org_unit_id = any(?)";
			}
			case LISTED -> {
				params.add(scope.customerIdArray());
				yield "c.id = any(?)";
			}
		};
		return jdbc.sql("select c.org_unit_id, c.tier, count(*) from customer_ref c where c.status <> 'CLOSED' and "
				+ condition + " group by c.org_unit_id, c.tier").params(params)
			.query((rs, n) -> new UnitCount(rs.getLong(1), tier(rs.getString(2)), rs.getLong(3))).list();
	}

	public record UnitCount(long orgUnitId, Tier tier, long customers) {
	}

	/** A row of {@code customer_tier}; {@code explanation} is JSON. */
	public record TierRow(long customerId, Tier tier, Instant since, Tier computedTier, TierScheme scheme, String rule,
			String explanation, LocalDate metricsAsOf, Tier overrideTier, LocalDate overrideUntil, String overrideReason,
			Long overrideApprovalId) {
	}

	static TierRow row(ResultSet rs, int n) throws SQLException {
		return new TierRow(rs.getLong("customer_id"), tier(rs.getString("tier")), rs.getTimestamp("since").toInstant(),
				tier(rs.getString("computed_tier")), TierScheme.valueOf(rs.getString("scheme")), rs.getString("rule"),
				rs.getString("explanation"), rs.getObject("metrics_as_of", LocalDate.class),
				tier(rs.getString("override_tier")), rs.getObject("override_until", LocalDate.class),
				rs.getString("override_reason"), (Long) rs.getObject("override_approval_id"));
	}

	static Tier tier(String name) {
		return name == null ? null : Tier.valueOf(name);
	}
}
