#!/usr/bin/env bash
# ClientCare benchmark: bench/run.sh [N=100000]
#
# Builds the jar (BENCH_JAR=path uses a built one), creates a fresh database on the local PostgreSQL server (dropped afterwards), starts the application
# in a 512 MB heap with --demo, generates N customers (1 % bad rows) and measures, each beside its limit in the same
# run: (a) the import through the API vs PostgreSQL COPY of the same file; (b) the SLA sweep, (b2) the tiering job and
# (b3) the revisit planner, each vs hand-written SQL doing the same work (bench/nightly-jobs.sh; for tiering, the work
# of its listeners too, with the rows of each kind counted on both sides; BENCH_TIER_ROUNDS=n alternates n rounds); (c)
# p50/p99 and throughput of the customer view, name search and list with wrk, 50 connections on loopback, as
# zhang.rm; (d) the peak heap from the GC log. Writes the results table of
# docs/benchmarks.md. Needs JDK 17, Maven, psql and a PostgreSQL server on localhost:5432 (user postgres, trust);
# installs wrk with apt-get when missing. The server gets the run book's settings first (bench/server-settings.sh;
# BENCH_SERVER_SETTINGS=asis keeps it as it is, BENCH_RESTART_SERVER=1 restarts it for shared_buffers). BENCH_KEEP_DB=1 keeps the database afterwards (for looking at plans) and prints its keys; BENCH_PII_KEYS and
# BENCH_PII_INDEX_KEY set the keys instead of random ones; BENCH_LABEL="…" writes the results as a separate section
# (e.g. for a run on a differently configured server).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-100000}
PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_WRK_SECONDS:-20}
COMMAND="bench/run.sh $*"
. "$ROOT/bench/lib.sh"
bench_init bench bench bench

bench_jar
bench_wrk
bench_postgres
. "$ROOT/bench/server-settings.sh"
bench_database

bench_generate "$N" 0.01
FILE_MB=$(du -m "$WORK/customers.csv" | cut -f1)

log "starting ClientCare on port $PORT (-Xmx512m) against database $DB"
[ -z "${BENCH_PII_KEYS:-}" ] || export CLIENTCARE_PII_KEYS=$BENCH_PII_KEYS
[ -z "${BENCH_PII_INDEX_KEY:-}" ] || export CLIENTCARE_PII_INDEX_KEY=$BENCH_PII_INDEX_KEY
bench_env
KEPT_NOTE="its keys: BENCH_PII_KEYS=$CLIENTCARE_PII_KEYS BENCH_PII_INDEX_KEY=$CLIENTCARE_PII_INDEX_KEY"
bench_start_app app -Xlog:gc:file="$WORK/gc.log"

# (a) import through the API vs COPY of the same file into an equivalent plain table -------------------------------
log "(a) importing through the API"
t0=$(now)
bench_import "$WORK/customers.csv"
t1=$(now)
IMPORT_S=$(seconds "$t0" "$t1")
read -r IMPORTED REJECTED < <(python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print(j["imported"], j["rejected"])' "$STATUS_JSON")
log "import $IMPORT_ID: $STATUS in $IMPORT_S s, $IMPORTED imported, $REJECTED rejected"

log "(a) COPY of the same file"
"${DBQ[@]}" -c "create table bench_copy (type text, name text, id_type text, id_number text, id_expiry text,
  birth_date text, gender text, phone text, email text, address text, occupation text, org_unit text,
  manager_username text, relationship_since text, status text)"
t0=$(now)
"${DBQ[@]}" -c "\\copy bench_copy from '$WORK/customers.csv' with (format csv, header true)"
t1=$(now)
COPY_S=$(seconds "$t0" "$t1")
# What the customer table's keys and indexes alone cost for the same rows (a floor for any import into it).
"${DBQ[@]}" -c "create table bench_floor (like customer including defaults including constraints including indexes)"
t0=$(now)
"${DBQ[@]}" -c "insert into bench_floor select * from customer where id in (select id from customer order by id desc limit $IMPORTED)"
t1=$(now)
FLOOR_S=$(seconds "$t0" "$t1")
"${DBQ[@]}" -c "drop table bench_copy; drop table bench_floor"

# (b) SLA sweep vs hand-written SQL -----------------------------------------------------------------------------------
COMPLAINTS=$(( N / 10 ))
log "(b) generating $COMPLAINTS complaints in SQL"
"${DBQ[@]}" <<SQL
select setseed(0.42);
insert into complaint (complaint_no, customer_id, complainant_name, contact_enc, contact_hash, channel, category, content,
  received_at, status, org_unit_id, registered_by, ack_due_at, resolution_due_at, regulatory_due_at, acknowledged_at,
  resolved_at, created_at, updated_at)
select 'BENCH' || lpad(rn::text, 12, '0'), id, name, '\x00'::bytea, sha256(rn::text::bytea), 'PHONE', 'FEES', '基准测试投诉',
  received, case when r < 0.05 then 'RECEIVED' when r < 0.5 then 'IN_PROGRESS' else 'RESOLVED' end, org_unit_id,
  'bench', received + interval '1 day', received + interval '15 days', received + interval '30 days',
  case when r >= 0.05 then received + interval '6 hours' end,
  case when r >= 0.5 then received + interval '10 days' end, received, received
from (select c.id, c.name, c.org_unit_id, row_number() over (order by c.id) rn, random() r,
        now() - random() * interval '60 days' received
      from customer c order by c.id limit $COMPLAINTS) s;
create table bench_complaint (like complaint including all);
insert into bench_complaint overriding system value select * from complaint;
create table bench_breach (like complaint_breach including all);
insert into bench_breach select * from complaint_breach;
create table bench_complaint_event (like complaint_event including all);
-- "including all" leaves out foreign keys; the job's tables have them, so the copies get them too
alter table bench_breach add foreign key (complaint_id) references bench_complaint (id);
alter table bench_complaint_event add foreign key (complaint_id) references bench_complaint (id);
analyze;
SQL
log "(b) the hand-written SQL statement on a copy of the complaints"
t0=$(now)
HAND_SQL=$(cat <<'SQL'
with b as (
  insert into bench_breach (complaint_id, sla, due_at, detected_at)
  select id, 'ACKNOWLEDGE', ack_due_at, now() from bench_complaint
   where ack_due_at < now() and (acknowledged_at is null or acknowledged_at > ack_due_at)
  union all
  select id, 'RESOLVE', resolution_due_at, now() from bench_complaint
   where resolution_due_at < now() and (resolved_at is null or resolved_at > resolution_due_at)
  union all
  select id, 'REGULATORY', regulatory_due_at, now() from bench_complaint
   where regulatory_due_at < now() and (resolved_at is null or resolved_at > regulatory_due_at)
  on conflict (complaint_id, sla) do nothing
  returning complaint_id, sla),
m as (
  update bench_complaint c set breached = true, escalated_at = coalesce(escalated_at, now()), version = version + 1,
    updated_at = now() where c.id in (select complaint_id from b)),
e as (
  insert into bench_complaint_event (complaint_id, at, actor, kind, detail, public)
  select complaint_id, now(), 'system:sla-sweep', 'BREACHED', sla, false from b)
select count(*) from b;
SQL
)
HAND_BREACHES=$("${DBQ[@]}" -c "$HAND_SQL")
t1=$(now)
HAND_S=$(seconds "$t0" "$t1")
t0=$(now)
"${DBQ[@]}" -c "$HAND_SQL" >/dev/null
t1=$(now)
HAND2_S=$(seconds "$t0" "$t1")
log "(b) POST /api/v1/jobs/sla-sweep/run"
t0=$(now)
SWEEP_JSON=$(curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/sla-sweep/run")
t1=$(now)
SWEEP_S=$(seconds "$t0" "$t1")
SWEEP_BREACHES=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["result"]["breaches"])' "$SWEEP_JSON")
# the next night: the same sweep with every breach already recorded (the steady state)
t0=$(now)
curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/sla-sweep/run" >/dev/null
t1=$(now)
SWEEP2_S=$(seconds "$t0" "$t1")
log "sweep: $SWEEP_BREACHES breaches in $SWEEP_S s; hand SQL: $HAND_BREACHES in $HAND_S s"
log "waiting for the escalation notices (event listeners) to finish before the load test"
for _ in $(seq 1 600); do
  OPEN=$("${DBQ[@]}" -c "select count(*) from event_publication where completion_date is null")
  [ "$OPEN" = 0 ] && break
  sleep 1
done
"${DBQ[@]}" -c "drop table bench_complaint, bench_breach, bench_complaint_event"
"${DBQ[@]}" -c "vacuum analyze"

# (b2) tiering and (b3) revisit planning vs hand-written SQL; waits for their event listeners at the end --------------
. "$ROOT/bench/nightly-jobs.sh"
"${DBQ[@]}" -c "vacuum analyze"

# (c) wrk, 50 connections on loopback, as zhang.rm -----------------------------------------------------------------
log "(c) load: wrk -c50 for ${DURATION}s per endpoint"
AUTH=$(printf 'zhang.rm:demo' | base64)
IDS=$("${DBQ[@]}" -c "select string_agg(id::text, ',') from (select c.id from customer c join staff_user u on u.id = c.manager_id
  where u.username = 'zhang.rm' order by random() limit 2000) s")
cat > "$WORK/view.lua" <<LUA
local ids = {$IDS}
wrk.headers["Authorization"] = "Basic $AUTH"
request = function() return wrk.format("GET", "/api/v1/customers/" .. ids[math.random(#ids)]) end
LUA
cat > "$WORK/search.lua" <<LUA
-- name prefixes: the commonest surnames (王 李 张 刘 陈 杨 黄 赵 吴 周)
local q = {"%E7%8E%8B","%E6%9D%8E","%E5%BC%A0","%E5%88%98","%E9%99%88","%E6%9D%A8","%E9%BB%84","%E8%B5%B5","%E5%90%B4","%E5%91%A8"}
wrk.headers["Authorization"] = "Basic $AUTH"
request = function() return wrk.format("GET", "/api/v1/customers?size=20&query=" .. q[math.random(#q)]) end
LUA
cat > "$WORK/worklist.lua" <<LUA
wrk.headers["Authorization"] = "Basic $AUTH"
request = function() return wrk.format("GET", "/api/v1/revisits?assignee=me&status=OPEN&size=20") end
LUA
cat > "$WORK/list.lua" <<LUA
wrk.headers["Authorization"] = "Basic $AUTH"
request = function() return wrk.format("GET", "/api/v1/customers?size=20") end
LUA
curl -sf -u zhang.rm:demo "$BASE/api/v1/customers?size=1" >/dev/null
run_wrk() { # name script → "p50 p99 rps errors"
  wrk -t2 -c50 -d"${DURATION}s" --latency -s "$WORK/$2" "$BASE" > "$WORK/wrk-$1.txt" 2>&1 || true
  python3 - "$WORK/wrk-$1.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r'^\s*' + label + r'\s+([\d.]+)(us|ms|s)\s*$', text, re.M)
    if not m: return 'n/a'
    v = float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)]
    return f'{v:.1f}'
rps = re.search(r'Requests/sec:\s+([\d.]+)', text)
bad = re.search(r'Non-2xx or 3xx responses:\s+(\d+)', text)
print(ms('50%'), ms('99%'), f'{float(rps.group(1)):.0f}' if rps else 'n/a', bad.group(1) if bad else '0')
PY
}
for warm in view.lua search.lua list.lua worklist.lua; do wrk -t2 -c10 -d3s -s "$WORK/$warm" "$BASE" >/dev/null 2>&1 || true; done
read -r VIEW_P50 VIEW_P99 VIEW_RPS VIEW_BAD < <(run_wrk view view.lua)
read -r SEARCH_P50 SEARCH_P99 SEARCH_RPS SEARCH_BAD < <(run_wrk search search.lua)
read -r LIST_P50 LIST_P99 LIST_RPS LIST_BAD < <(run_wrk list list.lua)
read -r WORK_P50 WORK_P99 WORK_RPS WORK_BAD < <(run_wrk worklist worklist.lua)
WORKLIST_OPEN=$("${DBQ[@]}" -c "select count(*) from revisit r join staff_user u on u.id = r.assignee_id
  where u.username = 'zhang.rm' and r.status = 'OPEN'")

# (d) peak heap ------------------------------------------------------------------------------------------------------
HEAP_NOW=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -oE 'used [0-9]+K' | grep -oE '[0-9]+' || echo 0)
PEAK_MB=$(bench_peak_mb)
GCS=$(grep -c 'Pause' "$WORK/gc.log" || true)
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)
TOTAL_CUSTOMERS=$("${DBQ[@]}" -c "select count(*) from customer")

# results --------------------------------------------------------------------------------------------------------------
log "writing docs/benchmarks.md"
export N FILE_MB IMPORT_S COPY_S FLOOR_S IMPORTED REJECTED STATUS COMPLAINTS HAND_S HAND2_S HAND_BREACHES SWEEP_S SWEEP2_S SWEEP_BREACHES \
  VIEW_P50 VIEW_P99 VIEW_RPS VIEW_BAD SEARCH_P50 SEARCH_P99 SEARCH_RPS SEARCH_BAD LIST_P50 LIST_P99 LIST_RPS LIST_BAD \
  WORK_P50 WORK_P99 WORK_RPS WORK_BAD WORKLIST_OPEN \
  PEAK_MB HEAP_NOW GCS OOM TOTAL_CUSTOMERS COMMAND DURATION LOAD_BEFORE
export BENCH_LABEL=${BENCH_LABEL:-}
export LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
export COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml bench || echo '+local changes')
export MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
export PGVERSION=$("${DBQ[@]}" -c "show server_version")
export PGSETTINGS=$("${DBQ[@]}" -c "select string_agg(name || ' ' || current_setting(name), ', ' order by name) from pg_settings
  where name in ('shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'effective_cache_size', 'random_page_cost',
    'work_mem', 'synchronous_commit')")
python3 bench/results.py docs/benchmarks.md
cat docs/benchmarks.md | sed -n '/results:start/,/results:end/p'
