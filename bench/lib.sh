# Sourced by the benchmark scripts (run.sh, greetings.sh, key-rotation.sh, kpi.sh, list-counts.sh, open-loop.sh): what
# each does before and after it measures. The caller has changed to the checkout's root and set ROOT, and PORT before
# it starts the application. In order:
#   bench_init TAG WORK-NAME DB-NAME   the log's tag, a work folder, the name of a fresh database; the cleanup at exit
#   bench_jar                          JAR: a copy of BENCH_JAR=path, or of the jar built now
#   bench_postgres, bench_database     the local PostgreSQL server started if it is not; the database created (DBQ)
#   bench_generate N BAD-ROWS [FILE]   N generated customers (seed 1) in FILE, by default $WORK/customers.csv
#   bench_env                          the application's settings: the database, keys, a data folder
#   bench_start_app LOG [JAVA-OPTION…] [-- ARGUMENT…]   ClientCare with --demo, until it is ready; BASE
#   bench_import FILE                  the file imported through the API: IMPORT_ID, STATUS, STATUS_JSON
#   bench_metrics                      figures for every customer, spread over all tiers like the demo's
#   wait_for_listeners MAX             until the event listeners have run; their seconds
#   bench_peak_mb                      the largest heap before a GC in $WORK/gc.log (started with -Xlog:gc:file=…)
# At exit the application is stopped, the database dropped (BENCH_KEEP_DB=1 keeps it and says so, with KEPT_NOTE if
# the script set one) and the work folder removed. Logs go to standard output, to standard error with LOG_TO_STDERR=1.

log() {
  if [ -n "${LOG_TO_STDERR:-}" ]; then
    printf '\n[%s %s] %s\n' "$BENCH_TAG" "$(date +%H:%M:%S)" "$*" >&2
  else
    printf '\n[%s %s] %s\n' "$BENCH_TAG" "$(date +%H:%M:%S)" "$*"
  fi
}
now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.2f}')"; }

bench_init() {
  BENCH_TAG=$1
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/clientcare-$2.XXXXXX")
  DB="clientcare_$3_$(date +%s)_$$"
  PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -U postgres)
  DBQ=("${PSQL[@]}" -d "$DB" -At)
  APP_PID=""
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  trap bench_cleanup EXIT
}

bench_stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=""
}

bench_cleanup() {
  bench_stop_app
  if [ -n "${BENCH_KEEP_DB:-}" ]; then
    echo "kept database $DB (BENCH_KEEP_DB)${KEPT_NOTE:+; $KEPT_NOTE}" >&2
  else
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}

# The application runs a copy, so that a build in the work tree during the run does not pull the jar from under it.
bench_jar() {
  if [ -n "${BENCH_JAR:-}" ]; then
    cp "$BENCH_JAR" "$WORK/clientcare.jar"
  else
    log "building the jar"
    mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
    cp "$ROOT/target/clientcare.jar" "$WORK/clientcare.jar"
  fi
  JAR="$WORK/clientcare.jar"
}

bench_wrk() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  fi
}

bench_postgres() {
  if ! pg_isready -q -h localhost -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect 15 main start || pg_ctlcluster 15 main start
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
  fi
}

bench_database() {
  bench_postgres
  "${PSQL[@]}" -d postgres -c "create database $DB"
}

bench_generate() {
  log "generating $1 customers"
  java -jar "$JAR" --generate-customers="$1" --output="${3:-$WORK/customers.csv}" --seed=1 --bad-rows="$2"
}

fresh_key() { head -c 32 /dev/urandom | base64; }

# Keys given in the environment are kept (to start ClientCare again on a kept database), otherwise fresh ones.
bench_env() {
  export CLIENTCARE_DB_URL="jdbc:postgresql://localhost:5432/$DB" CLIENTCARE_DB_USER=postgres
  export CLIENTCARE_PII_KEYS="${CLIENTCARE_PII_KEYS:-1:$(fresh_key)}"
  export CLIENTCARE_PII_INDEX_KEY="${CLIENTCARE_PII_INDEX_KEY:-$(fresh_key)}"
  export CLIENTCARE_AUDIT_KEYS="${CLIENTCARE_AUDIT_KEYS:-1:$(fresh_key)}"
  export CLIENTCARE_DATA_DIR="$WORK/data"
}

# In a 512 MB heap, its output in $WORK/LOG.log. Ready once it says so and its demo is loaded (or was, on a database
# it has filled before); a start on a busy machine can take minutes: BENCH_START_SECONDS (1800) at the most. Never
# measures an application that is not ready.
bench_start_app() {
  local out="$WORK/$1.log" options=()
  shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  java -Xmx512m "${options[@]}" -jar "$JAR" --demo --server.port="$PORT" "$@" > "$out" 2>&1 &
  APP_PID=$!
  BASE="http://127.0.0.1:$PORT"
  for _ in $(seq 1 "${BENCH_START_SECONDS:-1800}"); do
    grep -q 'ClientCare is ready' "$out" && grep -qE 'Demo data loaded|Demo mode: sign in' "$out" && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$out"; exit 1; }
    sleep 1
  done
  echo "the application did not start"; tail -50 "$out"; exit 1
}

bench_import() {
  IMPORT_ID=$(curl -sf -u core.feed:demo -F "file=@$1;type=text/csv" "$BASE/api/v1/imports/customers" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["importId"])')
  while true; do
    STATUS_JSON=$(curl -sf -u core.feed:demo "$BASE/api/v1/imports/$IMPORT_ID")
    STATUS=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$STATUS_JSON")
    [ "$STATUS" = DONE ] || [ "$STATUS" = FAILED ] && break
    sleep 0.2
  done
}

bench_metrics() {
  "${DBQ[@]}" <<'SQL'
select setseed(0.17);
insert into customer_metrics (customer_id, as_of, aum, avg_daily_deposits, loans, intermediary_income, annual_contribution,
  bad_credit, litigation, shareholding_pct, recorded_at, recorded_by)
select id, (now() at time zone 'Asia/Shanghai')::date,
  round(case when retail then aum else deposits * 0.3 end, 2), round(case when retail then aum * 0.4 else deposits end, 2),
  round(case when retail or no_loans then 0 else loans end, 2), round(case when retail then 0 else income end, 2),
  round(case when retail then aum * 0.004 else income * 0.5 end, 2),
  not retail and r_credit < 1.0 / 15, not retail and r_litigation < 1.0 / 20,
  case when not retail and r_shares < 0.1 then 3 + floor(r_shares * 60) else 0 end, now(), 'bench'
from (
  select c.id, c.type = 'INDIVIDUAL' as retail,
    -- retail AUM on a long tail (log-normal) with one customer in 97 a millionaire above the DIAMOND threshold
    cast(case when random() < 1.0 / 97 then 6000000 + random() * 14000000
      else exp(11.2 + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) end as numeric) as aum,
    cast(exp(15 + 1.8 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) as numeric) as deposits,
    random() < 0.5 as no_loans,
    cast(exp(15.5 + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) as numeric) as loans,
    cast(exp(10 + sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) as numeric) as income,
    random() as r_credit, random() as r_litigation, random() as r_shares
  from customer c) s
on conflict do nothing;
analyze customer_metrics;
SQL
}

wait_for_listeners() {
  local start open
  start=$(now)
  for _ in $(seq 1 $(( $1 * 2 ))); do
    open=$("${DBQ[@]}" -c "select count(*) from event_publication where completion_date is null")
    [ "$open" = 0 ] && break
    sleep 0.5
  done
  [ "$open" = 0 ] || log "event listeners still busy after $1 s: $open publications open" >&2
  seconds "$start" "$(now)"
}

bench_peak_mb() {
  python3 - "$WORK/gc.log" <<'PY'
import re, sys
peak = 0
for line in open(sys.argv[1]):
    for before, after, total in re.findall(r'(\d+)M->(\d+)M\((\d+)M\)', line):
        peak = max(peak, int(before))
print(peak)
PY
}
