# Sourced by bench/run.sh after the SLA sweep: the tiering job and the revisit planner, each beside a hand-written SQL
# statement doing the same work on copies of the tables it writes. Uses run.sh's DBQ and BASE and bench/lib.sh's log, now,
# seconds, bench_metrics and wait_for_listeners; leaves the figures in TIER_* and PLAN_* for bench/results.py.

# bench_<table>: the same columns, defaults, checks, foreign keys and indexes as <table>, filled in bulk (rows first, then the
# indexes, as a restore would), with its identity sequence past the copied rows.
copy_table() {
  "${DBQ[@]}" >/dev/null <<SQL
create table bench_$1 (like $1 including defaults including constraints including identity);
insert into bench_$1 overriding system value select * from $1;
select regexp_replace(indexdef, '^(CREATE (UNIQUE )?INDEX )(\S+) ON public\.(\S+) ', '\1bench_\3 ON public.bench_\4 ')
from pg_indexes where schemaname = 'public' and tablename = '$1' \gexec
select format('select setval(%L, coalesce(max(%I), 0) + 1, false) from bench_$1',
  pg_get_serial_sequence('bench_$1', a.attname), a.attname)
from pg_attribute a where a.attrelid = 'bench_$1'::regclass and a.attidentity <> '' \gexec
select format('alter table bench_$1 add %s', pg_get_constraintdef(oid)) from pg_constraint
where conrelid = '$1'::regclass and contype = 'f' \gexec
analyze bench_$1;
SQL
}

job() { # name → the job's JSON answer
  curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/$1/run"
}

field() { # json path... → value
  python3 -c 'import json,sys; v=json.loads(sys.argv[1])
for k in sys.argv[2:]: v=v[k]
print(v)' "$@"
}

# (b2) tiering ---------------------------------------------------------------------------------------------------------
log "(b2) figures for every customer in SQL (a spread over all tiers, like the demo's)"
bench_metrics
copy_table customer_tier
copy_table customer_tier_history

log "(b2) the hand-written tiering statement on copies of customer_tier and customer_tier_history"
# The rules of SPEC §3 with the default settings written in (the bank regulations' rules on, the share at 1 %): the decision from the latest figures, the upsert of the
# rows whose decision changed (an override in force stays the tier), history for every change of the tier in force;
# no events, no audit. As in the application, customer_tier is the only home of the tier (the customer module's
# customer_ref and lists join it), so nothing else is written.
TIER_SQL=$(cat <<'SQL'
with today as (select (now() at time zone 'Asia/Shanghai')::date as d),
latest as (
  select distinct on (m.customer_id) m.* from customer_metrics m order by m.customer_id, m.as_of desc),
input as (
  select c.type, c.relationship_since, c.fortune_global_500, c.china_top_500, c.bank_branch, l.*,
    round(l.avg_daily_deposits + l.loans * 0.5 + l.intermediary_income * 10, 2) as sd
  from latest l join customer c on c.id = l.customer_id),
decided as (
  select i.customer_id, i.as_of, case when i.type = 'INDIVIDUAL' then 'RETAIL' else 'CORPORATE' end as scheme,
    case when i.type = 'INDIVIDUAL' then
        case when i.aum >= 6000000 then 'DIAMOND' when i.aum >= 1000000 then 'PLATINUM' when i.aum >= 200000 then 'GOLD'
          else 'ORDINARY' end
      when i.relationship_since > (select d from today) - interval '6 months' then null
      when i.bad_credit or i.litigation then 'BRONZE'
      when i.sd >= 200000000 then 'DIAMOND'
      when i.sd >= 50000000 and i.shareholding_pct >= 3 then 'DIAMOND'
      when i.sd >= 50000000 then 'PLATINUM'
      when i.sd >= 5000000 and (i.fortune_global_500 or i.shareholding_pct >= 1) then 'PLATINUM'
      when i.sd >= 5000000 then 'GOLD'
      when i.china_top_500 or i.shareholding_pct > 0 or i.bank_branch is not null then 'GOLD'
      when i.sd >= 500000 then 'SILVER'
      else 'BRONZE' end as tier,
    case when i.type = 'INDIVIDUAL' then case when i.aum >= 200000 then 'retail.aum' else 'retail.below-gold' end
      when i.relationship_since > (select d from today) - interval '6 months' then 'corporate.relationship-too-short'
      when i.bad_credit then 'corporate.bad-credit-cap' when i.litigation then 'corporate.litigation-cap'
      when i.sd >= 200000000 then 'corporate.standard-deposits'
      when i.sd >= 50000000 and i.shareholding_pct >= 3 then 'corporate.shareholder'
      when i.sd >= 50000000 then 'corporate.standard-deposits'
      when i.sd >= 5000000 and i.fortune_global_500 then 'corporate.fortune-global-500'
      when i.sd >= 5000000 and i.shareholding_pct >= 1 then 'corporate.shareholder-platinum'
      when i.sd >= 5000000 then 'corporate.standard-deposits'
      when i.china_top_500 then 'corporate.china-top-500'
      when i.shareholding_pct > 0 then 'corporate.shareholder-gold'
      when i.bank_branch is not null then 'corporate.bank-branch'
      when i.sd >= 500000 then 'corporate.standard-deposits' else 'corporate.below-silver' end as rule,
    case when i.type = 'INDIVIDUAL' then jsonb_build_object('asOf', i.as_of, 'aum', i.aum,
        'annualContribution', i.annual_contribution)
      else jsonb_build_object('asOf', i.as_of, 'relationshipSince', i.relationship_since,
        'avgDailyDeposits', i.avg_daily_deposits, 'loans', i.loans, 'intermediaryIncome', i.intermediary_income,
        'standardDeposits', i.sd, 'shareholdingPct', i.shareholding_pct, 'badCredit', i.bad_credit,
        'litigation', i.litigation, 'fortuneGlobal500', i.fortune_global_500, 'chinaTop500', i.china_top_500,
        'bankBranch', i.bank_branch) end as inputs
  from input i),
explained as (
  select d.*, jsonb_build_object('scheme', d.scheme, 'rule', d.rule, 'tier', d.tier, 'inputs', d.inputs,
      'thresholds', case when d.scheme = 'RETAIL' then
        '{"DIAMOND": 6000000, "PLATINUM": 1000000, "GOLD": 200000, "combination": "ALL",
          "contribution": {"DIAMOND": null, "PLATINUM": null, "GOLD": null}}'::jsonb
      else '{"DIAMOND": 200000000, "PLATINUM": 50000000, "GOLD": 5000000, "SILVER": 500000, "shareholderPct": 3,
          "loanCoefficient": 0.5, "intermediaryIncomeCoefficient": 10, "minRelationshipMonths": 6,
          "fortuneGlobal500Platinum": true, "shareholderPlatinumPct": 1, "shareholderPlatinum": true,
          "chinaTop500Gold": true, "shareholderGold": true, "bankBranchGold": true}'::jsonb end)
      as explanation,
    o.customer_id is null or o.computed_tier is distinct from d.tier or o.rule <> d.rule
      or o.metrics_as_of is distinct from d.as_of or o.override_until < (select d from today) as decided_anew,
    o.explanation as old_explanation, o.tier as old_tier,
    case when o.override_tier is not null and (o.override_until is null or o.override_until >= (select d from today))
      then o.override_tier else d.tier end as new_tier,
    coalesce(o.override_until < (select d from today), false) as override_ended
  from decided d left join bench_customer_tier o on o.customer_id = d.customer_id),
changed as (
  select * from explained where decided_anew or old_explanation <> explanation),
upserted as (
  insert into bench_customer_tier as t (customer_id, tier, since, computed_tier, scheme, rule, explanation, metrics_as_of,
    settings_version, computed_at)
  select customer_id, new_tier, now(), tier, scheme, rule, explanation, as_of, 0, now() from changed
  on conflict (customer_id) do update set tier = excluded.tier, computed_tier = excluded.computed_tier,
    scheme = excluded.scheme, rule = excluded.rule, explanation = excluded.explanation,
    metrics_as_of = excluded.metrics_as_of, computed_at = excluded.computed_at,
    since = case when excluded.tier is distinct from t.tier then excluded.since else t.since end,
    override_tier = case when t.override_until < (select d from today) then null else t.override_tier end,
    override_until = case when t.override_until < (select d from today) then null else t.override_until end
  returning customer_id),
history as (
  insert into bench_customer_tier_history (customer_id, from_tier, to_tier, scheme, rule, source, changed_at)
  select customer_id, old_tier, new_tier, scheme, rule, case when override_ended then 'OVERRIDE_ENDED' else 'RECOMPUTED' end,
    now()
  from changed where new_tier is distinct from old_tier
  returning customer_id, to_tier)
select count(*) from history;
SQL
)
t0=$(now)
TIER_HAND_CHANGES=$("${DBQ[@]}" -c "$TIER_SQL")
TIER_HAND_S=$(seconds "$t0" "$(now)")
log "(b2) hand-written SQL, tiers and history only: $TIER_HAND_CHANGES changes in $TIER_HAND_S s"
"${DBQ[@]}" -c "drop table bench_customer_tier, bench_customer_tier_history"

# What a first run causes besides the tiers: for every customer whose tier changed, its TiersChanged listeners re-plan
# the open cadence revisit (revisit), bring the entitlement grants in line with the new tier (entitlement_grant) and
# write a timeline entry (timeline_entry). The hand-written side does the same in plain set-based SQL, one transaction
# after the tiering statement, finding the changes as the listeners do: the history rows of this run (changed_at is
# the transaction's now()). The defaults written in: the cadence by tier (DIAMOND 1 month, PLATINUM 3, GOLD 6, else
# 12), the institution's zone Asia/Shanghai.
FOLLOW_SQL=$(cat <<'SQL'
insert into bench_revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
select c.id, 'CADENCE', 'cadence:' || c.id || ':open', d.due, 'OPEN', c.manager_id, now()
from bench_customer_tier_history h
  join customer c on c.id = h.customer_id
  cross join lateral (select (coalesce((select max((x.completed_at at time zone 'Asia/Shanghai')::date) from bench_revisit x
      where x.customer_id = c.id and x.reason = 'CADENCE' and x.status not in ('OPEN', 'CANCELLED')), c.relationship_since)
    + make_interval(months => case h.to_tier when 'DIAMOND' then 1 when 'PLATINUM' then 3 when 'GOLD' then 6 else 12 end))::date
    as due) d
  left join bench_revisit o on o.source_key = 'cadence:' || c.id || ':open'
where h.changed_at = now() and c.status = 'ACTIVE' and (o.id is null or o.due_date <> d.due)
order by c.id
on conflict (source_key) do update set due_date = excluded.due_date, version = bench_revisit.version + 1
where bench_revisit.due_date <> excluded.due_date;
update bench_entitlement_grant g set withdrawn_at = now()
from bench_customer_tier_history h
where h.changed_at = now() and g.customer_id = h.customer_id and g.withdrawn_at is null
  and not exists (select 1 from customer c join entitlement_catalogue k on k.customer_type = c.type and k.tier = h.to_tier
    where c.id = g.customer_id and k.code = g.code and k.tier = g.tier and k.yearly_quota is not distinct from g.yearly_quota);
insert into bench_entitlement_grant (customer_id, code, tier, yearly_quota, granted_at)
select c.id, k.code, h.to_tier, k.yearly_quota, now()
from bench_customer_tier_history h join customer c on c.id = h.customer_id
  join entitlement_catalogue k on k.customer_type = c.type and k.tier = h.to_tier
where h.changed_at = now()
order by c.id
on conflict (customer_id, code) where withdrawn_at is null do nothing;
insert into bench_timeline_entry (customer_id, at, kind, args, ref, source_key)
select h.customer_id, h.changed_at, 'TIER_CHANGED', array[coalesce(h.from_tier, ''), coalesce(h.to_tier, '')]::text[],
  'customer:' || h.customer_id, 'tier:' || h.customer_id || ':' || floor(extract(epoch from h.changed_at) * 1000)::bigint
from bench_customer_tier_history h
where h.changed_at = now()
order by h.customer_id
on conflict (source_key) do nothing;
SQL
)

# The state before either side, to restore between rounds and to count what each side wrote against.
"${DBQ[@]}" <<'SQL'
drop table if exists bench_snap_tier, bench_snap_revisit, bench_snap_grant, bench_snap_max;
create table bench_snap_tier as select * from customer_tier;
create table bench_snap_revisit as select id, due_date from revisit where reason = 'CADENCE' and status = 'OPEN';
create table bench_snap_grant as select id from entitlement_grant where withdrawn_at is null;
create table bench_snap_max as select
  (select coalesce(max(id), 0) from customer_tier_history) as history,
  (select coalesce(max(id), 0) from entitlement_grant) as grant_id,
  (select coalesce(max(id), 0) from timeline_entry) as timeline;
SQL

tier_counts() { # table prefix ('' or bench_) → "history revisits granted withdrawn timeline", what a run wrote
  "${DBQ[@]}" -F ' ' -c "select
    (select count(*) from ${1}customer_tier_history, bench_snap_max m where id > m.history),
    (select count(*) from (select id, due_date from ${1}revisit where reason = 'CADENCE' and status = 'OPEN'
       except select id, due_date from bench_snap_revisit) s),
    (select count(*) from ${1}entitlement_grant, bench_snap_max m where id > m.grant_id),
    (select count(*) from ${1}entitlement_grant g join bench_snap_grant s on s.id = g.id where g.withdrawn_at is not null),
    (select count(*) from ${1}timeline_entry, bench_snap_max m where id > m.timeline and kind = 'TIER_CHANGED')"
}

tier_restore() { # undoes a first run of the job and its listeners: the state of the snapshot again
  "${DBQ[@]}" >/dev/null <<'SQL'
begin;
delete from customer_tier_history where id > (select history from bench_snap_max);
delete from timeline_entry where id > (select timeline from bench_snap_max);
delete from entitlement_grant where id > (select grant_id from bench_snap_max);
update entitlement_grant g set withdrawn_at = null from bench_snap_grant s where s.id = g.id and g.withdrawn_at is not null;
delete from revisit r where r.reason = 'CADENCE' and r.status = 'OPEN'
  and not exists (select 1 from bench_snap_revisit s where s.id = r.id);
update revisit r set due_date = s.due_date from bench_snap_revisit s where s.id = r.id and r.due_date <> s.due_date;
delete from customer_tier;
insert into customer_tier overriding system value select * from bench_snap_tier;
commit;
vacuum analyze customer_tier, customer_tier_history, timeline_entry, entitlement_grant, revisit;
SQL
}

hand_tiering() { # the hand-written tiering and what its changes cause, one transaction on the copies → its seconds
  local t0
  t0=$(now)
  "${DBQ[@]}" >/dev/null <<SQL
begin;
$TIER_SQL;
$FOLLOW_SQL
commit;
SQL
  seconds "$t0" "$(now)"
}

# Rounds (BENCH_TIER_ROUNDS, default 1) alternate the two sides on the same first run: the hand-written transaction on
# fresh copies, then the job timed until its listeners have finished, then (before the next round) the job's work
# undone. The figures are the medians of the rounds; both sides must write the same counts of each kind of row.
TIER_ROUNDS=${BENCH_TIER_ROUNDS:-1}
TIER_FULL_LIST=(); TIER_ALL_LIST=(); TIER_ANSWER_LIST=(); TIER_ROUND_TEXT=""; TIER_COUNTS_OK=yes
median() { printf '%s\n' "$@" | sort -g | python3 -c 'import sys,statistics; print(f"{statistics.median(float(x) for x in sys.stdin):.2f}")'; }
for round in $(seq 1 "$TIER_ROUNDS"); do
  [ "$round" = 1 ] || { log "(b2) round $round: the job's first run undone"; tier_restore; }
  for t in customer_tier customer_tier_history revisit entitlement_grant timeline_entry; do copy_table $t; done
  # the copies' pages written out first, so that the timed transaction does not pay for writing them
  "${DBQ[@]}" -c "checkpoint"
  log "(b2) round $round: the hand-written tiering and what its changes cause, one transaction on copies"
  HAND_FULL_S=$(hand_tiering)
  HAND_COUNTS=$(tier_counts bench_)
  if [ "$round" = "$TIER_ROUNDS" ]; then # the next night, the same figures: nothing to change
    TIER_HAND2_S=$(hand_tiering)
    TIER_HAND2_CHANGES=$(( $(tier_counts bench_ | cut -d' ' -f1) - $(cut -d' ' -f1 <<<"$HAND_COUNTS") ))
  fi
  if [ -n "${BENCH_KEEP_DB:-}" ] && [ "$round" = "$TIER_ROUNDS" ]; then # kept for comparing row by row: hand_<table>
    for t in customer_tier customer_tier_history revisit entitlement_grant timeline_entry; do
      "${DBQ[@]}" -c "drop table if exists hand_$t; create table hand_$t as select * from bench_$t; drop table bench_$t"
    done
  else
    "${DBQ[@]}" -c "drop table bench_customer_tier, bench_customer_tier_history, bench_revisit, bench_entitlement_grant,
      bench_timeline_entry"
  fi
  log "(b2) round $round: hand-written: $HAND_FULL_S s; history, cadence revisits, grants, withdrawals, timeline: $HAND_COUNTS"

  "${DBQ[@]}" -c "checkpoint"
  log "(b2) round $round: POST /api/v1/jobs/tiering/run, timed until its listeners have finished"
  t0=$(now)
  TIER_JSON=$(job tiering)
  ANSWER_S=$(seconds "$t0" "$(now)")
  TIER_LISTENERS_S=$(wait_for_listeners 3600)
  ALL_S=$(seconds "$t0" "$(now)")
  TIER_CHANGES=$(field "$TIER_JSON" result changed)
  JOB_COUNTS=$(tier_counts "")
  log "(b2) round $round: the job: answer $ANSWER_S s, listeners done $ALL_S s; history, cadence revisits, grants," \
    "withdrawals, timeline: $JOB_COUNTS"
  if [ "$JOB_COUNTS" != "$HAND_COUNTS" ]; then
    TIER_COUNTS_OK=no
    log "(b2) round $round: COUNTS DIFFER: the job $JOB_COUNTS, hand-written $HAND_COUNTS" >&2
  fi
  TIER_FULL_LIST+=("$HAND_FULL_S"); TIER_ALL_LIST+=("$ALL_S"); TIER_ANSWER_LIST+=("$ANSWER_S")
  TIER_ROUND_TEXT="$TIER_ROUND_TEXT${TIER_ROUND_TEXT:+; }$ALL_S s vs $HAND_FULL_S s"
done
TIER_FULL_S=$(median "${TIER_FULL_LIST[@]}")
TIER_ALL_S=$(median "${TIER_ALL_LIST[@]}")
TIER_S=$(median "${TIER_ANSWER_LIST[@]}")
TIER_HAND_COUNTS=$HAND_COUNTS; TIER_JOB_COUNTS=$JOB_COUNTS
[ -n "${BENCH_KEEP_DB:-}" ] || "${DBQ[@]}" -c "drop table bench_snap_tier, bench_snap_revisit, bench_snap_grant, bench_snap_max"
log "(b2) rounds (job with listeners vs hand-written): $TIER_ROUND_TEXT; medians $TIER_ALL_S s vs $TIER_FULL_S s;" \
  "counts equal: $TIER_COUNTS_OK"
TIER_DISTRIBUTION=$("${DBQ[@]}" -c "select string_agg(coalesce(tier, 'none') || ' ' || n, ', ' order by n desc)
  from (select tier, count(*) n from customer_ref group by tier) s")
# the next night, with the same figures: nothing to change
t0=$(now)
TIER2_JSON=$(job tiering)
wait_for_listeners 600 >/dev/null
TIER2_S=$(seconds "$t0" "$(now)")
TIER2_CHANGES=$(field "$TIER2_JSON" result changed)
log "(b2) tiering again: $TIER2_CHANGES changes in $TIER2_S s (with listeners); hand-written $TIER_HAND2_CHANGES in" \
  "$TIER_HAND2_S s; tiers: $TIER_DISTRIBUTION"

# (b3) revisit planning ----------------------------------------------------------------------------------------------
copy_table revisit
log "(b3) the hand-written revisit planning on a copy of the revisits"
# The open cadence revisit every active customer lacks (due the tier's interval after the last closed cadence revisit,
# or after the start of the relationship), re-verification revisits, and overdue open revisits escalated once: three
# statements in one transaction, as the job runs them; no notices.
PLAN_SQL=$(cat <<'SQL'
with planned as (
  insert into bench_revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
  select c.id, 'CADENCE', 'cadence:' || c.id || ':open',
    (coalesce((select max((x.completed_at at time zone 'Asia/Shanghai')::date) from bench_revisit x
               where x.customer_id = c.id and x.reason = 'CADENCE' and x.status not in ('OPEN', 'CANCELLED')),
              c.relationship_since)
     + make_interval(months => case t.tier when 'DIAMOND' then 1 when 'PLATINUM' then 3 when 'GOLD' then 6 else 12 end))::date,
    'OPEN', c.manager_id, now()
  from customer c left join customer_tier t on t.customer_id = c.id
  where c.status = 'ACTIVE'
    and not exists (select 1 from bench_revisit r where r.customer_id = c.id and r.reason = 'CADENCE' and r.status = 'OPEN')
  on conflict do nothing returning 1)
select count(*) from planned;
with today as (select (now() at time zone 'Asia/Shanghai')::date as d),
planned as (
  insert into bench_revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
  select c.id, 'REVERIFICATION', k.source_key, (select d from today) + 7, 'OPEN', c.manager_id, now()
  from customer c
  cross join lateral (values
    (case when c.id_expiry <= (select d from today) + 30 then 'reverify-id:' || c.id || ':' || c.id_expiry end),
    (case when c.contact_verified_at < now() - interval '12 months'
          then 'reverify-contact:' || c.id || ':' || (c.contact_verified_at at time zone 'Asia/Shanghai')::date end)
  ) k(source_key)
  where c.status in ('ACTIVE', 'DORMANT')
    and (c.id_expiry <= (select d from today) + 30 or c.contact_verified_at < now() - interval '12 months')
    and k.source_key is not null
  on conflict do nothing returning 1)
select count(*) from planned;
with escalated as (
  update bench_revisit r set escalated_at = now() from customer c
  where c.id = r.customer_id and r.status = 'OPEN' and r.due_date < (now() at time zone 'Asia/Shanghai')::date
    and r.escalated_at is null
  returning r.id, c.org_unit_id)
select count(*) from (select org_unit_id, count(*), min(id) from escalated group by org_unit_id) s;
SQL
)
t0=$(now)
PLAN_HAND_COUNTS=$("${DBQ[@]}" -c "$PLAN_SQL" | paste -sd' ')
PLAN_HAND_S=$(seconds "$t0" "$(now)")
t0=$(now)
"${DBQ[@]}" -c "$PLAN_SQL" >/dev/null
PLAN_HAND2_S=$(seconds "$t0" "$(now)")
PLAN_HAND_ESCALATED=$("${DBQ[@]}" -c "select count(*) from bench_revisit where escalated_at is not null")
"${DBQ[@]}" -c "drop table bench_revisit"
log "(b3) hand-written SQL: cadence, re-verification, units escalated: $PLAN_HAND_COUNTS in $PLAN_HAND_S s; again $PLAN_HAND2_S s"

# The re-verification revisits are planned by a job of their own (reverification); the two jobs together do the three
# statements' work.
log "(b3) POST /api/v1/jobs/revisit-planning/run and /api/v1/jobs/reverification/run"
t0=$(now)
PLAN_JSON=$(job revisit-planning)
REVERIFY_JSON=$(job reverification)
PLAN_S=$(seconds "$t0" "$(now)")
PLAN_CADENCE=$(field "$PLAN_JSON" result cadence)
PLAN_REVERIFICATION=$(field "$REVERIFY_JSON" result planned)
PLAN_ESCALATED=$(field "$PLAN_JSON" result escalated)
PLAN_LISTENERS_S=$(wait_for_listeners 3600)
t0=$(now)
PLAN2_JSON=$(job revisit-planning)
REVERIFY2_JSON=$(job reverification)
PLAN2_S=$(seconds "$t0" "$(now)")
PLAN2_CREATED=$(( $(field "$PLAN2_JSON" result cadence) + $(field "$REVERIFY2_JSON" result planned) \
  + $(field "$PLAN2_JSON" result escalated) ))
PLAN_REVISITS=$("${DBQ[@]}" -c "select count(*) from revisit")
log "(b3) planning: $PLAN_CADENCE cadence, $PLAN_REVERIFICATION re-verification, $PLAN_ESCALATED escalated in $PLAN_S s;" \
  "again: $PLAN2_CREATED in $PLAN2_S s; hand-written SQL escalated $PLAN_HAND_ESCALATED"
wait_for_listeners 600 >/dev/null
export TIER_HAND_CHANGES TIER_HAND_S TIER_HAND2_CHANGES TIER_HAND2_S TIER_S TIER_CHANGES TIER_LISTENERS_S TIER2_S \
  TIER_FULL_S TIER_ALL_S TIER_ROUNDS TIER_ROUND_TEXT TIER_COUNTS_OK TIER_HAND_COUNTS TIER_JOB_COUNTS \
  TIER2_CHANGES TIER_DISTRIBUTION PLAN_HAND_COUNTS PLAN_HAND_S PLAN_HAND2_S PLAN_HAND_ESCALATED PLAN_S PLAN_CADENCE \
  PLAN_REVERIFICATION PLAN_ESCALATED PLAN_LISTENERS_S PLAN2_S PLAN2_CREATED PLAN_REVISITS
