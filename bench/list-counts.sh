#!/usr/bin/env bash
# ClientCare list-count benchmark: bench/list-counts.sh [N=100000]
#
# What a list's or search's total costs at N customers (issue 23, item 2). Builds the jar (BENCH_JAR=path uses a built
# one), creates a fresh database on the local PostgreSQL server (dropped afterwards unless BENCH_KEEP_DB=1), starts the
# application with --demo, generates N customers (1 % bad rows) and imports them through the API, then:
#  (1) EXPLAIN ANALYZE of the statements that make up a total (see ListCounts): the count of the first 1,001 matches
#      and, where there are more, the planner estimate (EXPLAIN (FORMAT JSON)) — for the ten commonest surnames and
#      the whole list, in an account manager's scope (zhang.rm) and a branch's (zhao.manager: his unit and those
#      below it) and everyone's (admin); it prints every row and the slowest per scope;
#  (2) name-prefix search throughput with wrk (50 connections, BENCH_WRK_SECONDS=20 per endpoint) as zhang.rm and as
#      zhao.manager, and the customer list as zhao.manager.
# Prints a Markdown table for docs/benchmarks.md. Needs JDK 17, Maven, psql, curl, python3 and a PostgreSQL server on
# localhost:5432 (user postgres, trust); installs wrk with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-100000}
PORT=${BENCH_PORT:-$(( 20000 + $$ % 10000 ))}
DURATION=${BENCH_WRK_SECONDS:-20}
LOG_TO_STDERR=1
. "$ROOT/bench/lib.sh"
bench_init list-counts list-counts counts

bench_jar
bench_wrk
bench_database
bench_generate "$N" 0.01

log "starting ClientCare on port $PORT against database $DB"
bench_env
bench_start_app app

log "importing $N customers through the API"
bench_import "$WORK/customers.csv"
log "import $STATUS; vacuum analyze"
"${DBQ[@]}" -c "vacuum analyze"
CUSTOMERS=$("${DBQ[@]}" -c "select count(*) from customer")

# (1) the statements of a total, per scope and surname ---------------------------------------------------------------
MANAGER=$("${DBQ[@]}" -c "select id from staff_user where username = 'zhang.rm'")
UNITS=$("${DBQ[@]}" -c "select '{' || string_agg(u.id::text, ',') || '}' from org_unit u, org_unit m
  join staff_user s on s.org_unit_id = m.id where s.username = 'zhao.manager' and (u.id = m.id or u.path like m.path || '%')")
declare -A SCOPES=([manager]="c.manager_id = $MANAGER" [branch]="c.org_unit_id = any('$UNITS'::bigint[])" [everyone]="true")
SURNAMES=(王 李 张 刘 陈 杨 黄 赵 吴 周 "")
ms() { # statement → execution time in ms (EXPLAIN ANALYZE)
  "${DBQ[@]}" -c "explain (analyze, format json) $1" | python3 -c 'import json,sys; print("%.2f" % json.load(sys.stdin)[0]["Execution Time"])'
}
planning_ms() { # statement → planning time of its estimate in ms
  "${DBQ[@]}" -c "explain (summary, format json) $1" | python3 -c 'import json,sys; print("%.2f" % json.load(sys.stdin)[0]["Planning Time"])'
}
ROWS="$WORK/rows.txt"
: > "$ROWS"
for scope in manager branch everyone; do
  for surname in "${SURNAMES[@]}"; do
    where="${SCOPES[$scope]}"
    [ -n "$surname" ] && where="$where and (c.name like '$surname%')"
    from="from customer c where $where"
    matches=$("${DBQ[@]}" -c "select count(*) $from")
    ms "select count(*) from (select 1 $from limit 1001) m" >/dev/null   # warm the cache, as a busy server would be
    capped=$(ms "select count(*) from (select 1 $from limit 1001) m")
    estimate="—"; plan="—"
    if [ "$matches" -gt 1000 ]; then
      estimate=$("${DBQ[@]}" -c "explain (format json) select 1 $from" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Plan"]["Plan Rows"])')
      plan=$(planning_ms "select 1 $from")
    fi
    full=$(ms "select count(*) $from")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scope" "${surname:-(all)}" "$matches" "$capped" "$estimate" "$plan" "$full" >> "$ROWS"
  done
done

# (2) name-prefix search and list throughput --------------------------------------------------------------------------
cat > "$WORK/search.lua" <<'LUA'
-- name prefixes: the commonest surnames (王 李 张 刘 陈 杨 黄 赵 吴 周)
local q = {"%E7%8E%8B","%E6%9D%8E","%E5%BC%A0","%E5%88%98","%E9%99%88","%E6%9D%A8","%E9%BB%84","%E8%B5%B5","%E5%90%B4","%E5%91%A8"}
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
request = function() return wrk.format("GET", "/api/v1/customers?size=20&query=" .. q[math.random(#q)]) end
LUA
cat > "$WORK/list.lua" <<'LUA'
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
request = function() return wrk.format("GET", "/api/v1/customers?size=20") end
LUA
run_wrk() { # user script → "p50 p99 rps non2xx"
  AUTH=$(printf '%s:demo' "$1" | base64) wrk -t2 -c10 -d3s -s "$WORK/$2" "$BASE" >/dev/null 2>&1 || true
  AUTH=$(printf '%s:demo' "$1" | base64) wrk -t2 -c50 -d"${DURATION}s" --latency -s "$WORK/$2" "$BASE" > "$WORK/wrk.txt" 2>&1 || true
  python3 - "$WORK/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r'^\s*' + label + r'\s+([\d.]+)(us|ms|s)\s*$', text, re.M)
    if not m: return 'n/a'
    return f"{float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)]:.1f}"
rps = re.search(r'Requests/sec:\s+([\d.]+)', text)
bad = re.search(r'Non-2xx or 3xx responses:\s+(\d+)', text)
print(ms('50%'), ms('99%'), f'{float(rps.group(1)):.0f}' if rps else 'n/a', bad.group(1) if bad else '0')
PY
}
log "wrk: name search and list"
SAMPLE=$(curl -sf -u zhang.rm:demo "$BASE/api/v1/customers?size=1&query=%E7%8E%8B")
read -r S_RM_P50 S_RM_P99 S_RM_RPS S_RM_BAD < <(run_wrk zhang.rm search.lua)
read -r S_BR_P50 S_BR_P99 S_BR_RPS S_BR_BAD < <(run_wrk zhao.manager search.lua)
read -r L_BR_P50 L_BR_P99 L_BR_RPS L_BR_BAD < <(run_wrk zhao.manager list.lua)

python3 - "$ROWS" "$N" "$CUSTOMERS" "$LOAD_BEFORE" "$(nproc)" "$SAMPLE" \
  "$S_RM_P50 $S_RM_P99 $S_RM_RPS $S_RM_BAD" "$S_BR_P50 $S_BR_P99 $S_BR_RPS $S_BR_BAD" "$L_BR_P50 $L_BR_P99 $L_BR_RPS $L_BR_BAD" <<'PY'
import json, sys
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1])]
n, customers, load, cores, sample = sys.argv[2:7]
wrk = [a.split() for a in sys.argv[7:10]]
print(f"\n### List counts at {int(n):,} customers ({int(customers):,} rows in `customer`, {cores} cores, load before {load})\n")
print("| scope | surname | matches | first 1,001 counted (ms) | planner estimate | its planning (ms) | full count (ms, the old way) |")
print("|---|---|---:|---:|---:|---:|---:|")
for scope, surname, matches, capped, estimate, plan, full in rows:
    print(f"| {scope} | {surname} | {int(matches):,} | {capped} | {estimate} | {plan} | {full} |")
print()
for scope in ('manager', 'branch', 'everyone'):
    mine = [r for r in rows if r[0] == scope]
    worst = max(mine, key=lambda r: float(r[3]) + (float(r[5]) if r[5] != '—' else 0))
    print(f"- slowest total in the {scope} scope: {worst[1]} ({int(worst[2]):,} matches): "
          f"{worst[3]} ms counting" + (f" + {worst[5]} ms planning the estimate" if worst[5] != '—' else ''))
s = json.loads(sample)
print(f"- a search's answer: totalElements {s['totalElements']}, totalIsEstimate {str(s.get('totalIsEstimate')).lower()}")
print()
print("| request (wrk, 50 connections) | p50 (ms) | p99 (ms) | req/s | not 2xx |")
print("|---|---:|---:|---:|---:|")
for label, (p50, p99, rps, bad) in zip(["name-prefix search as zhang.rm (account manager)",
        "name-prefix search as zhao.manager (branch)", "customer list, first page, as zhao.manager"], wrk):
    print(f"| {label} | {p50} | {p99} | {rps} | {bad} |")
PY
