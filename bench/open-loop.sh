#!/usr/bin/env bash
# Open-loop latency and the throughput ratio (SPEC §14): bench/open-loop.sh [N=100000]
#
# Builds the jar (BENCH_JAR=path uses a built one, BENCH_COMMIT=… names its commit), creates a fresh database on the local PostgreSQL server (dropped
# afterwards unless BENCH_KEEP_DB=1; BENCH_SETUP_ONLY=1 stops once it is filled, before any load), starts ClientCare in a 512 MB heap with --demo, generates N customers (1 % bad
# rows) and imports them through the API, gives them figures in SQL and runs the tiering and revisit-planning jobs
# (so that the worklists hold what a night plans, as in bench/run.sh); then runs the Gatling simulation of
# bench/gatling (Java DSL, its own Maven project: the application's build does not download or run it), signing in
# with HTTP Basic as API clients do, each request as one of the account managers zhang.rm and li.rm or the branch
# manager zhao.manager, at random:
#   1. an open workload: requests arrive at 250, then 500 per second (BENCH_RATES) for BENCH_SECONDS=30 each,
#      whatever the answers do, for the customer view (2,000 customers in each user's scope), the name-prefix search
#      (the ten commonest surnames), the customer list (first page) and the worklist (open revisits, assignee=me):
#      p50, p95, p99, the slowest answer and the errors (a status other than 200, or no answer within 10 s: a phase
#      the server cannot keep up with ends 10 s after its arrivals stop);
#   2. the maximum throughput of each of them and of a trivial signed-in endpoint (GET /api/v1/me: sign-in and
#      HTTP, no domain work), BENCH_CONCURRENCY=16 requests in flight for BENCH_MAX_SECONDS=15 each, the trivial one
#      first and last; each endpoint's ratio to the trivial one's (the mean of its two runs).
# Gatling runs on the same machine as ClientCare and PostgreSQL, and takes CPU from them. Prints the two tables in
# the format of docs/benchmarks.md. Needs JDK 17, Maven (Gatling resolves from Maven Central on the first run), psql,
# curl, python3 and a PostgreSQL server on localhost:5432 (user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-100000}
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
SECONDS_EACH=${BENCH_SECONDS:-30}
RATES=${BENCH_RATES:-250 500}
CONCURRENCY=${BENCH_CONCURRENCY:-16}
MAX_SECONDS=${BENCH_MAX_SECONDS:-15}
COMMAND="bench/open-loop.sh $*"
LOG_TO_STDERR=1
. "$ROOT/bench/lib.sh"
bench_init open-loop open-loop openloop

bench_jar
log "compiling the Gatling simulation"
mvn -B -q -o -f bench/gatling/pom.xml test-compile 2>/dev/null || mvn -B -q -ntp -f bench/gatling/pom.xml test-compile
bench_database
bench_generate "$N" 0.01

log "starting ClientCare on port $PORT (-Xmx512m) against database $DB"
bench_env
# BENCH_JFR=file records a flight recording of the whole run (where the time goes: jfr print --events jdk.ExecutionSample;
# stacks up to 256 frames, so that a request's own frames are seen below the filter chain). The GC's pauses are logged
# ($WORK/gc.log) and the longest of those during the load printed after the tables.
JFR=("-Xlog:gc:file=$WORK/gc.log")
[ -n "${BENCH_JFR:-}" ] && JFR+=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile" "-XX:FlightRecorderOptions=stackdepth=256")
bench_start_app app "${JFR[@]}"

log "importing $N customers through the API"
bench_import "$WORK/customers.csv"
log "import $STATUS"
[ "$STATUS" = DONE ] || exit 1

log "figures for every customer in SQL, then the tiering and revisit-planning jobs (the worklists of a night)"
bench_metrics
curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/tiering/run" >/dev/null
wait_for_listeners 600 >/dev/null
curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/revisit-planning/run" >/dev/null
wait_for_listeners 600 >/dev/null
"${DBQ[@]}" -c "vacuum analyze"
CUSTOMERS=$("${DBQ[@]}" -c "select count(*) from customer")
OPEN_REVISITS=$("${DBQ[@]}" -c "select string_agg(u.username || ' ' || (select count(*) from revisit r
  where r.assignee_id = u.id and r.status = 'OPEN'), ', ' order by u.username)
  from staff_user u where u.username in ('zhang.rm', 'li.rm', 'zhao.manager')")

# 2,000 customers in each user's scope: the account managers' own, the branch manager's branch (SH and below)
"${DBQ[@]}" -F, -c "
  (select 'zhang.rm', c.id from customer c join staff_user u on u.id = c.manager_id where u.username = 'zhang.rm' order by random() limit 2000)
  union all
  (select 'li.rm', c.id from customer c join staff_user u on u.id = c.manager_id where u.username = 'li.rm' order by random() limit 2000)
  union all
  (select 'zhao.manager', c.id from customer c, org_unit m join staff_user s on s.org_unit_id = m.id
   where s.username = 'zhao.manager' and c.org_unit_id in (select u.id from org_unit u where u.path like m.path || '%')
   order by random() limit 2000)" > "$WORK/ids.csv"
for user in zhang.rm li.rm zhao.manager; do
  curl -sf -u "$user:demo" "$BASE/api/v1/me" >/dev/null || { echo "$user cannot sign in"; exit 1; }
done

if [ -n "${BENCH_SETUP_ONLY:-}" ]; then   # with BENCH_KEEP_DB=1: a database to EXPLAIN the requests' statements in
  log "set up: $CUSTOMERS customers, open revisits: $OPEN_REVISITS; BENCH_SETUP_ONLY, no load"
  exit 0
fi

PLAN=""
for target in view search list worklist trivial; do PLAN="$PLAN;warm-$target=$target:max:8:5"; done
for rate in $RATES; do
  for target in view search list worklist; do PLAN="$PLAN;$target@$rate=$target:rate:$rate:$SECONDS_EACH"; done
done
PLAN="$PLAN;trivial-max-1=trivial:max:$CONCURRENCY:$MAX_SECONDS"
for target in view search list worklist; do PLAN="$PLAN;$target-max=$target:max:$CONCURRENCY:$MAX_SECONDS"; done
PLAN="$PLAN;trivial-max-2=trivial:max:$CONCURRENCY:$MAX_SECONDS"

log "Gatling: open workload at $RATES requests/s for ${SECONDS_EACH}s each, then maximum throughput ($CONCURRENCY in flight, ${MAX_SECONDS}s each)"
export OPENLOOP_BASE="$BASE" OPENLOOP_USERS="zhang.rm,li.rm,zhao.manager" OPENLOOP_PASSWORD=demo \
  OPENLOOP_IDS="$WORK/ids.csv" OPENLOOP_PLAN="${PLAN#;}" OPENLOOP_OUT="$WORK/results.tsv"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
GC_LINES=$(wc -l < "$WORK/gc.log")
(mvn -B -q -o -f bench/gatling/pom.xml gatling:test 2>/dev/null || mvn -B -q -ntp -f bench/gatling/pom.xml gatling:test) \
  > "$WORK/gatling.log" 2>&1 || { tail -80 "$WORK/gatling.log"; exit 1; }
[ -s "$WORK/results.tsv" ] || { tail -40 "$WORK/gatling.log"; exit 1; }
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)
# the pauses logged during the load: how many, how many of 50 ms or more, the five longest
GC_PAUSES=$(tail -n +"$((GC_LINES + 1))" "$WORK/gc.log" | python3 -c '
import re, sys
pauses = sorted((float(m.group(2)), m.group(1)) for m in (re.search(r"(Pause [A-Za-z ()]+?) .*?([0-9.]+)ms$", line)
                for line in sys.stdin) if m)
print(f"{len(pauses)} GC pauses during the load, {sum(p >= 50 for p, _ in pauses)} of 50 ms or more; the longest: "
      + ", ".join(f"{p:.0f} ms ({kind})" for p, kind in reversed(pauses[-5:])))')
COMMIT=${BENCH_COMMIT:-$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml bench || echo "+local changes")}

python3 - "$WORK/results.tsv" "$N" "$CUSTOMERS" "$COMMIT" "$COMMAND" "$LOAD_BEFORE" "$LOAD_START" "$LOAD_AFTER" \
  "$(nproc)" "$OPEN_REVISITS" "$OOM" "$CONCURRENCY" "$MAX_SECONDS" "$GC_PAUSES" <<'PY'
import datetime, sys
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1]) if line.strip()]
n, customers, commit, command, load_before, load_start, load_after, cores, revisits, oom, conc, max_s, gc_pauses = sys.argv[2:15]
r = {row[0]: dict(zip(['name', 'target', 'mode', 'value', 'seconds', 'requests', 'errors', 'p50', 'p95', 'p99', 'max',
                       'rps'], row)) for row in rows}
labels = {
    'view': '`GET /api/v1/customers/{id}` (customer view, 2,000 customers in each user\'s scope)',
    'search': '`GET /api/v1/customers?query=<surname>&size=20` (name-prefix search, the ten commonest surnames)',
    'list': '`GET /api/v1/customers?size=20` (customer list, first page)',
    'worklist': '`GET /api/v1/revisits?assignee=me&status=OPEN&size=20` (the worklist)',
    'trivial': '`GET /api/v1/me` (trivial signed-in endpoint: sign-in and HTTP only)',
}
now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M')
print(f"\n<!-- open-loop:{n}:start -->")
print(f"### Open-loop latency at {int(n):,} customers\n")
print(f"Run {now} UTC · commit `{commit}` · {cores} cores, ClientCare (`-Xmx512m`), PostgreSQL and Gatling on the same "
      f"machine · load average before {load_before}, at the start of the load {load_start}, after {load_after} · "
      f"`{command}` · {int(customers):,} customers · open revisits: {revisits} · each request as zhang.rm, li.rm or "
      f"zhao.manager at random, HTTP Basic, keep-alive connections shared by Gatling's virtual users\n")
print("| measure (open workload: requests arrive at the offered rate whatever the answers do) | ClientCare | limit, same run | ratio | target | |")
print("|---|---|---|---|---|---|")
for key, row in r.items():
    if row['mode'] != 'rate':
        continue
    errors = int(row['errors'])
    ok = row['p99'] != 'n/a' and int(row['p99']) <= 50 and errors == 0
    print(f"| {labels[row['target']]} at {row['value']} requests/s for {row['seconds']} s | p50 {row['p50']} ms, "
          f"p95 {row['p95']} ms, p99 {row['p99']} ms, slowest {row['max']} ms; {int(row['requests']):,} requests, "
          f"{errors} errors | — | — | p99 ≤ 50 ms, no errors | {'met' if ok else '**missed**'} |")
print()
t1, t2 = float(r['trivial-max-1']['rps']), float(r['trivial-max-2']['rps'])
trivial = (t1 + t2) / 2
print(f"| maximum throughput ({conc} requests in flight, {max_s} s each, in the order shown) | ClientCare | limit, same run | ratio | target | |")
print("|---|---|---|---|---|---|")
print(f"| {labels['trivial']}, first | {t1:,.0f} req/s, {r['trivial-max-1']['errors']} errors | — | — | — | — |")
for target in ('view', 'search', 'list', 'worklist'):
    row = r[f'{target}-max']
    rps = float(row['rps'])
    ratio = rps / trivial if trivial else 0
    print(f"| {labels[target]} | {rps:,.0f} req/s (p50 {row['p50']} ms, p99 {row['p99']} ms), {row['errors']} errors "
          f"| `GET /api/v1/me`: {trivial:,.0f} req/s (mean of its two runs) | {ratio:.2f} | ≥ 0.8 "
          f"| {'met' if ratio >= 0.8 and row['errors'] == '0' else '**missed**'} |")
print(f"| {labels['trivial']}, last | {t2:,.0f} req/s, {r['trivial-max-2']['errors']} errors | — | — | — | — |")
print(f"<!-- open-loop:{n}:end -->")
print(f"\n{gc_pauses}")
if oom != '0':
    print(f"\n{oom} OutOfMemoryError in the application's log")
PY
