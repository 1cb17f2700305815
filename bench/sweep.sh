#!/usr/bin/env bash
# The SLA sweep alone: bench/sweep.sh [COMPLAINTS=100000]
#
# Part (b) of bench/run.sh without the customer import, for quick measurements of the sweep: builds the jar (or runs
# BENCH_JAR), starts ClientCare with --demo in a 512 MB heap against a fresh database on the local PostgreSQL server
# (dropped afterwards), writes COMPLAINTS complaints in SQL over the demo customers with the distribution of
# bench/run.sh (received over the last 60 days, 5 % never acknowledged, 45 % not resolved), then times the same
# hand-written statement on a copy of the tables (and on a second copy that keeps the foreign keys of complaint_breach
# and complaint_event, as the real tables have) and POST /api/v1/jobs/sla-sweep/run on the real ones, each twice
# (the backlog, then the steady state), and how long the escalation notices take after the sweep. Prints the
# figures; writes no file of the project. Needs JDK 17, Maven, psql and PostgreSQL on localhost:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
PORT=${BENCH_PORT:-18081}
WORK=$(mktemp -d /tmp/clientcare-sweep.XXXXXX)
DB="clientcare_sweep_$(date +%s)_$$"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -U postgres)
APP_PID=""

log() { printf '[sweep %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.2f}')"; }

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BENCH_JAR:-}" ]; then
  log "building the jar"
  mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
  BENCH_JAR=target/clientcare.jar
fi
cp "$BENCH_JAR" "$WORK/clientcare.jar"

"${PSQL[@]}" -d postgres -c "create database $DB"
DBQ=("${PSQL[@]}" -d "$DB" -At)
export CLIENTCARE_DB_URL="jdbc:postgresql://localhost:5432/$DB" CLIENTCARE_DB_USER=postgres
export CLIENTCARE_PII_KEYS="1:$(head -c 32 /dev/urandom | base64)" CLIENTCARE_PII_INDEX_KEY="$(head -c 32 /dev/urandom | base64)"
export CLIENTCARE_DATA_DIR="$WORK/data"
log "starting ClientCare on port $PORT against database $DB"
java -Xmx512m -jar "$WORK/clientcare.jar" --demo --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  grep -q 'Demo data loaded' "$WORK/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
grep -q 'Demo data loaded' "$WORK/app.log" || { echo "the application did not start"; tail -50 "$WORK/app.log"; exit 1; }
BASE="http://127.0.0.1:$PORT"
# The first request of a user pays for the password check and a cold server; bench/run.sh's sweep comes after the import.
curl -sf -o /dev/null -u admin:demo "$BASE/api/v1/audit?size=1"

log "generating $N complaints in SQL"
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
from (select c.id, c.name, c.org_unit_id, g rn, random() r, now() - random() * interval '60 days' received
      from generate_series(1, $N) g
      join (select id, name, org_unit_id, row_number() over (order by id) - 1 k, count(*) over () n from customer) c
        on c.k = g % c.n) s;
create table bench_complaint (like complaint including all);
insert into bench_complaint overriding system value select * from complaint;
create table bench_breach (like complaint_breach including all);
insert into bench_breach select * from complaint_breach;
create table bench_complaint_event (like complaint_event including all);
-- A second copy that keeps the foreign keys of complaint_breach and complaint_event, which the job's tables have.
create table fk_complaint (like complaint including all);
insert into fk_complaint overriding system value select * from complaint;
create table fk_breach (like complaint_breach including all);
alter table fk_breach add foreign key (complaint_id) references fk_complaint (id);
insert into fk_breach select * from complaint_breach;
create table fk_complaint_event (like complaint_event including all);
alter table fk_complaint_event add foreign key (complaint_id) references fk_complaint (id);
analyze;
SQL
HAND_SQL=$(sed -n '/^with b as (/,/^select count(\*) from b;/p' bench/run.sh)
log "the hand-written statement on a copy of the complaints"
t0=$(now); HAND_BREACHES=$("${DBQ[@]}" -c "$HAND_SQL"); t1=$(now); HAND_S=$(seconds "$t0" "$t1")
t0=$(now); "${DBQ[@]}" -c "$HAND_SQL" >/dev/null; t1=$(now); HAND2_S=$(seconds "$t0" "$t1")
FK_SQL=$(sed 's/bench_breach/fk_breach/; s/bench_complaint_event/fk_complaint_event/; s/bench_complaint\b/fk_complaint/g' <<<"$HAND_SQL")
t0=$(now); "${DBQ[@]}" -c "$FK_SQL" >/dev/null; t1=$(now); FK_S=$(seconds "$t0" "$t1")
t0=$(now); "${DBQ[@]}" -c "$FK_SQL" >/dev/null; t1=$(now); FK2_S=$(seconds "$t0" "$t1")
log "POST /api/v1/jobs/sla-sweep/run"
t0=$(now); SWEEP_JSON=$(curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/sla-sweep/run"); t1=$(now)
SWEEP_S=$(seconds "$t0" "$t1"); SWEPT=$t1
t0=$(now); SWEEP2_JSON=$(curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/sla-sweep/run"); t1=$(now)
SWEEP2_S=$(seconds "$t0" "$t1")
log "waiting for the escalation notices"
for _ in $(seq 1 1200); do
  [ "$("${DBQ[@]}" -c "select count(*) from event_publication where completion_date is null")" = 0 ] && break
  sleep 0.5
done
t1=$(now); NOTICES_S=$(seconds "$SWEPT" "$t1")
read -r OUTBOX AUDIT TIMELINE <<<"$("${DBQ[@]}" -F' ' -c "select (select count(*) from notification_outbox
  where event_key like 'complaint:%:breached:%'), (select count(*) from audit_entry where action = 'complaint.breached'),
  (select count(*) from complaint_event where kind = 'BREACHED')")"
VERIFY=$(curl -sf -u chen.compliance:demo "$BASE/api/v1/audit/verify")
"${DBQ[@]}" -c "drop table bench_complaint, bench_breach, bench_complaint_event, fk_breach, fk_complaint_event, fk_complaint"

inside() { # seconds between the job's startedAt and finishedAt
  python3 - "$1" <<'PY'
import datetime, json, re, sys
job = json.loads(sys.argv[1])
def at(text):  # nanoseconds cut to microseconds
    return datetime.datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", text))
print("%.2f" % (at(job["finishedAt"]) - at(job["startedAt"])).total_seconds())
PY
}
cat <<EOF

SLA sweep over $N complaints ($(cut -d' ' -f1-3 /proc/loadavg) load average at the end)
  first run (backlog):  sweep $SWEEP_S s (the job itself $(inside "$SWEEP_JSON") s)  $SWEEP_JSON
                        hand-written SQL $HAND_S s ($HAND_BREACHES breaches)  ratio $(python3 -c "print(f'{$SWEEP_S / $HAND_S:.2f}')")
                        the same with the foreign keys $FK_S s  ratio $(python3 -c "print(f'{$SWEEP_S / $FK_S:.2f}')")
  second run (steady):  sweep $SWEEP2_S s (the job itself $(inside "$SWEEP2_JSON") s)  $SWEEP2_JSON
                        hand-written SQL $HAND2_S s  ratio $(python3 -c "print(f'{$SWEEP2_S / $HAND2_S:.2f}')")
                        the same with the foreign keys $FK2_S s  ratio $(python3 -c "print(f'{$SWEEP2_S / $FK2_S:.2f}')")
  notices: all escalations enqueued $NOTICES_S s after the first sweep returned; $OUTBOX messages
  written: $TIMELINE timeline rows, $AUDIT audit entries; audit verify: $VERIFY
EOF
