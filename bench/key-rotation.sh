#!/usr/bin/env bash
# PII key rotation benchmark: bench/key-rotation.sh [N=1000000]
#
# Creates a fresh database on the local PostgreSQL server (dropped afterwards), starts ClientCare (-Xmx512m, --demo)
# with key 1 and an index key, imports N generated customers through the API, stops it; then (limit) times one
# hand-written SQL statement writing new values into the same seven columns (five ciphertexts, two indexed hashes) of
# every row of a copy of the customer table with its keys and indexes, without cryptography; then restarts ClientCare
# with key 2 primary and a new index key (the old one as the previous index key: both rotations at once, the worst
# case) and times POST /api/v1/jobs/key-rotation/run, while four clients keep reading customers (the view and a
# name-prefix search) and their latencies are recorded. Checks that no value is left under key 1 and writes the result
# into docs/benchmarks.md. BENCH_JAR=… uses a built jar instead of building one; BENCH_CSV=… keeps the generated
# customers in that file (and reuses it when it exists).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-1000000}
# a free port of its own, so that another application on the machine is never taken for this one
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
COMMAND="bench/key-rotation.sh $*"
. "$ROOT/bench/lib.sh"
bench_init rotation rotation rotation

bench_jar
bench_database
KEY1=$(fresh_key)
KEY2=$(fresh_key)
INDEX1=$(fresh_key)
INDEX2=$(fresh_key)
bench_env
export CLIENTCARE_AUDIT_CHECKPOINT_DIR="$WORK/checkpoints"

start_app() { # log name; the job runs when this script asks, not on its schedule
  bench_start_app "$1" -- '--clientcare.privacy.key-rotation.schedule=FIXED_DELAY|86400s'
}

CSV=${BENCH_CSV:-$WORK/customers.csv}
[ -s "$CSV" ] || bench_generate "$N" 0 "$CSV"
log "starting ClientCare with key 1 and importing them"
export CLIENTCARE_PII_KEYS="1:$KEY1" CLIENTCARE_PII_INDEX_KEY="$INDEX1" CLIENTCARE_PII_PREVIOUS_INDEX_KEY=""
start_app before
bench_import "$CSV"
bench_stop_app
CUSTOMERS=$("${DBQ[@]}" -c "select count(*) from customer")
VALUES_OLD=$("${DBQ[@]}" -c "select count(id_number_enc) + count(birth_date_enc) + count(phone_enc) + count(email_enc) + count(address_enc) from customer")
"${DBQ[@]}" -c "vacuum analyze"
log "$CUSTOMERS customers, $VALUES_OLD encrypted values under key 1"

log "limit: one SQL statement writing the same columns of a copy of the customer table"
"${DBQ[@]}" -c "create table bench_customer (like customer including all)"
"${DBQ[@]}" -c "insert into bench_customer overriding system value select * from customer"
"${DBQ[@]}" -c "vacuum analyze bench_customer"
t0=$(now)
"${DBQ[@]}" -c "update bench_customer set
  id_number_enc = overlay(id_number_enc placing '\\x02'::bytea from 1 for 1),
  birth_date_enc = overlay(birth_date_enc placing '\\x02'::bytea from 1 for 1),
  phone_enc = overlay(phone_enc placing '\\x02'::bytea from 1 for 1),
  email_enc = overlay(email_enc placing '\\x02'::bytea from 1 for 1),
  address_enc = overlay(address_enc placing '\\x02'::bytea from 1 for 1),
  id_number_hash = sha256(id_number_hash), phone_hash = sha256(phone_hash)"
t1=$(now)
HAND_S=$(seconds "$t0" "$t1")
"${DBQ[@]}" -c "drop table bench_customer"
"${DBQ[@]}" -c "checkpoint"
log "hand-written SQL: $HAND_S s"

log "restarting with key 2 primary and a new index key (dual read)"
export CLIENTCARE_PII_KEYS="1:$KEY1,2:$KEY2" CLIENTCARE_PII_INDEX_KEY="$INDEX2" CLIENTCARE_PII_PREVIOUS_INDEX_KEY="$INDEX1"
start_app after
IDS=$("${DBQ[@]}" -c "select string_agg(id::text, ',') from (select id from customer order by random() limit 2000) s")
touch "$WORK/reading"
python3 - "$BASE" "$IDS" "$WORK/reading" "$WORK/latencies.txt" <<'PY' &
import base64, random, sys, threading, time, urllib.request
base, ids, flag, out = sys.argv[1], sys.argv[2].split(','), sys.argv[3], sys.argv[4]
import os
auth = "Basic " + base64.b64encode(b"zhang.rm:demo").decode()
names = ["%E7%8E%8B", "%E6%9D%8E", "%E5%BC%A0", "%E5%88%98", "%E9%99%88"]
results, lock = [], threading.Lock()
def client():
    while os.path.exists(flag):
        path = random.choice([f"/api/v1/customers/{random.choice(ids)}", f"/api/v1/customers?size=20&query={random.choice(names)}"])
        req = urllib.request.Request(base + path, headers={"Authorization": auth})
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read(); code = r.status
        except urllib.error.HTTPError as e:
            code = e.code
        except Exception:
            code = 0
        with lock:
            results.append((time.perf_counter() - t, code))
threads = [threading.Thread(target=client) for _ in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
with open(out, "w") as f:
    for d, c in results:
        f.write(f"{d * 1000:.2f} {c}\n")
PY
READERS=$!
sleep 2
log "POST /api/v1/jobs/key-rotation/run"
t0=$(now)
RUN_JSON=$(curl -sf -m 7200 -u admin:demo -X POST "$BASE/api/v1/jobs/key-rotation/run")
t1=$(now)
ROTATION_S=$(seconds "$t0" "$t1")
rm -f "$WORK/reading"
wait "$READERS" || true
log "rotation: $ROTATION_S s"
REWRITTEN=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1])["result"]; print(sum(v["rewritten"] for v in r.values() if isinstance(v, dict)))' "$RUN_JSON")
CUSTOMER_REWRITTEN=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["result"]["customer"]["rewritten"])' "$RUN_JSON")
LEFT=$("${DBQ[@]}" -c "select count(*) from customer where get_byte(id_number_enc, 0) = 1 or get_byte(phone_enc, 0) = 1
  or get_byte(birth_date_enc, 0) = 1 or get_byte(email_enc, 0) = 1 or get_byte(address_enc, 0) = 1")
# a customer outside zhang.rm's data scope answers 404, as it should: counted apart from the failures (no answer, 5xx)
read -r READS READ_P50 READ_P99 READ_MAX READ_BAD READ_OUT < <(python3 - "$WORK/latencies.txt" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
d = sorted(float(r[0]) for r in rows)
out = sum(1 for r in rows if r[1] == '404')
bad = sum(1 for r in rows if not r[1].startswith('2') and r[1] != '404')
q = lambda p: d[min(len(d) - 1, int(p * len(d)))] if d else 0
print(len(d), f"{q(0.5):.1f}", f"{q(0.99):.1f}", f"{d[-1] if d else 0:.1f}", bad, out)
PY
)
bench_stop_app
log "reads during the rotation: $READS, p50 $READ_P50 ms, p99 $READ_P99 ms, max $READ_MAX ms, $READ_BAD failed, $READ_OUT out of scope (404); values left under key 1: $LEFT"

export N CUSTOMERS VALUES_OLD HAND_S ROTATION_S REWRITTEN CUSTOMER_REWRITTEN LEFT READS READ_P50 READ_P99 READ_MAX READ_BAD READ_OUT \
  COMMAND LOAD_BEFORE
export LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
export COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml bench || echo '+local changes')
export MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
export PGVERSION=$("${DBQ[@]}" -c "show server_version")
python3 - docs/benchmarks.md <<'PY'
import datetime, os, sys
e = os.environ
n, path = int(e["N"]), sys.argv[1]
rot, hand = float(e["ROTATION_S"]), float(e["HAND_S"])
ratio = rot / hand if hand else float("nan")
rows = [
    f"| key rotation of {int(e['CUSTOMERS']):,} customers ({int(e['VALUES_OLD']):,} values under key 1; new key and new "
    f"index key at once), `POST /api/v1/jobs/key-rotation/run`: {int(e['CUSTOMER_REWRITTEN']):,} customer rows rewritten, "
    f"{int(e['REWRITTEN']):,} rows in all tables, {e['LEFT']} values left under key 1 | {rot:.1f} s "
    f"({int(e['CUSTOMERS']) / rot:,.0f} customers/s) | one SQL statement writing the same 7 columns of every row of a "
    f"copy with the same indexes, no cryptography: {hand:.1f} s | {ratio:.1f}× | ≤ 1.5× | "
    f"{'met' if ratio <= 1.5 else '**missed**'} |",
    f"| ↳ reads while it ran: 4 clients, customer view and name-prefix search as zhang.rm | {e['READS']} requests, "
    f"p50 {e['READ_P50']} ms, p99 {e['READ_P99']} ms, max {e['READ_MAX']} ms, {e['READ_BAD']} failed (no answer or 5xx), "
    f"{e['READ_OUT']} answered 404 (a customer outside zhang.rm's scope, as it should) | — | — "
    f"| every request answered | {'met' if e['READ_BAD'] == '0' and int(e['READS']) > 0 else '**missed**'} |",
]
block = "\n".join([
    f"<!-- key-rotation:{n}:start -->",
    f"#### {n:,} customers",
    "",
    f"Run {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} · commit `{e['COMMIT']}` · {e['MACHINE']} · "
    f"PostgreSQL {e['PGVERSION']} on the same machine · load average before {e['LOAD_BEFORE']}, after {e['LOAD_AFTER']} "
    f"· `{e['COMMAND']}`",
    "",
    "| measure | ClientCare | limit, same run | ratio | target | |",
    "|---|---|---|---|---|---|",
    *rows,
    f"<!-- key-rotation:{n}:end -->",
])
text = open(path, encoding="utf-8").read()
start, end = f"<!-- key-rotation:{n}:start -->", f"<!-- key-rotation:{n}:end -->"
if start in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
else:
    anchor = "<!-- key-rotation:end -->"
    text = text.replace(anchor, block + "\n\n" + anchor)
open(path, "w", encoding="utf-8").write(text)
PY
sed -n '/key-rotation:'"$N"':start/,/key-rotation:'"$N"':end/p' docs/benchmarks.md
