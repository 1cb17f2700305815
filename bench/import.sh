#!/usr/bin/env bash
# The bulk import's two load modes beside their limits: bench/import.sh [N=1000000] [DELTA=N/10]
#
# In a fresh database on the local PostgreSQL server (dropped afterwards), with the demo's org units and staff:
#  1. go-live: imports N generated customers (1 % bad rows) with the command line into the demo's nearly empty customer
#     table (a go-live load: copied straight in, the secondary indexes — the unique document rule's too — built
#     afterwards), then `\copy`s the same file into a plain table of 15 text columns (the limit: ≤ 4×);
#  2. daily delta: imports DELTA more customers into the N now on file (a delta: batch by batch into the indexed
#     table), then inserts the same prepared rows, as the database holds them, into a copy of the customer table
#     holding the other customers with all its keys and indexes (the limit: ≤ 1.2×).
# The import times are the command line's own ("DONE in … s": from the import's start to its end, not the JVM's start).
# Prints one line per measure, the load average before and after, and the two imports' own phase lines (their log).
# CLIENTCARE_JAR=path measures another build than target/clientcare.jar. Needs what bench/run.sh needs but wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
DELTA=${2:-$(( N / 10 ))}
WORK=$(mktemp -d /tmp/clientcare-import.XXXXXX)
DB="clientcare_import_$(date +%s)_$$"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -U postgres)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log() { printf '[import %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.2f}')"; }
cleanup() {
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -n "${CLIENTCARE_JAR:-}" ] || [ -f target/clientcare.jar ] || mvn -B -q -DskipTests package
cp "${CLIENTCARE_JAR:-target/clientcare.jar}" "$WORK/clientcare.jar"   # CLIENTCARE_JAR: another build to measure
JAR="$WORK/clientcare.jar"
"${PSQL[@]}" -d postgres -c "create database $DB"
DBQ=("${PSQL[@]}" -d "$DB" -At)
export CLIENTCARE_DB_URL="jdbc:postgresql://localhost:5432/$DB" CLIENTCARE_DB_USER=postgres
export CLIENTCARE_PII_KEYS="1:$(head -c 32 /dev/urandom | base64)" CLIENTCARE_PII_INDEX_KEY="$(head -c 32 /dev/urandom | base64)"
export CLIENTCARE_AUDIT_KEYS="${CLIENTCARE_AUDIT_KEYS:-1:$(head -c 32 /dev/urandom | base64)}"
export CLIENTCARE_DATA_DIR="$WORK/data"
java -jar "$JAR" --generate-customers="$N" --output="$WORK/golive.csv" --seed=1 --bad-rows=0.01
java -jar "$JAR" --generate-customers="$DELTA" --output="$WORK/delta.csv" --seed=2 --bad-rows=0.01
SETTINGS=$("${DBQ[@]}" -c "select string_agg(name || ' ' || current_setting(name), ', ' order by name) from pg_settings
  where name in ('shared_buffers', 'max_wal_size', 'maintenance_work_mem', 'synchronous_commit', 'work_mem')")

import() { # file → the command line's summary line
  java -Xmx512m -jar "$JAR" "$@" 2>&1 | tee -a "$WORK/app.log" | grep -E '^Import [0-9]+ of' || { tail -40 "$WORK/app.log"; exit 1; }
}
took() { sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$1"; }

log "1. go-live load of $N rows (with the demo's org units and staff)"
GOLIVE=$(import --demo --import-customers="$WORK/golive.csv")
echo "$GOLIVE"
read -r GOLIVE_ID MODE < <("${DBQ[@]}" -F ' ' -c "select id, load_mode from customer_import order by id desc limit 1")
"${DBQ[@]}" -c "create table bench_copy (type text, name text, id_type text, id_number text, id_expiry text,
  birth_date text, gender text, phone text, email text, address text, occupation text, org_unit text,
  manager_username text, relationship_since text, status text)"
t0=$(now)
"${DBQ[@]}" -c "\\copy bench_copy from '$WORK/golive.csv' with (format csv, header true)"
COPY_S=$(seconds "$t0" "$(now)")
"${DBQ[@]}" -c "drop table bench_copy"
GOLIVE_S=$(took "$GOLIVE")

log "2. daily delta of $DELTA rows into the $N"
FIRST_DELTA=$("${DBQ[@]}" -c "select coalesce(max(id), 0) + 1 from customer")
DELTA_LINE=$(import --import-customers="$WORK/delta.csv")
echo "$DELTA_LINE"
read -r DELTA_ID DELTA_MODE < <("${DBQ[@]}" -F ' ' -c "select id, load_mode from customer_import order by id desc limit 1")
DELTA_S=$(took "$DELTA_LINE")
"${DBQ[@]}" >/dev/null <<SQL
create table bench_customer (like customer including defaults including constraints including identity);
insert into bench_customer overriding system value select * from customer where id < $FIRST_DELTA;
select regexp_replace(indexdef, '^(CREATE (UNIQUE )?INDEX )(\S+) ON public\.(\S+) ', '\1bench_\3 ON public.bench_\4 ')
from pg_indexes where schemaname = 'public' and tablename = 'customer' \gexec
analyze bench_customer;
checkpoint;
SQL
t0=$(now)
"${DBQ[@]}" -c "insert into bench_customer overriding system value select * from customer where id >= $FIRST_DELTA"
FLOOR_S=$(seconds "$t0" "$(now)")
CUSTOMERS=$("${DBQ[@]}" -c "select count(*) from customer")
DUPLICATES=$("${DBQ[@]}" -c "select count(*) from (select 1 from customer group by id_type, id_number_hash having count(*) > 1) d")

ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }
echo
echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') · commit $(git rev-parse --short HEAD) · $(nproc) cores · $("${DBQ[@]}" -c 'show server_version' | cut -d' ' -f1-2) ($SETTINGS) · load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg) · bench/import.sh $N $DELTA"
echo "go-live load ($MODE): $GOLIVE_S s · COPY into a plain table: $COPY_S s · $(ratio "$GOLIVE_S" "$COPY_S")× (target ≤ 4×)"
echo "daily delta ($DELTA_MODE): $DELTA_S s · inserting the same prepared rows into a copy with the keys and indexes: $FLOOR_S s · $(ratio "$DELTA_S" "$FLOOR_S")× (target ≤ 1.2×)"
echo "customers at the end: $CUSTOMERS · documents twice: $DUPLICATES"
echo "the two imports' phases (their log):"
grep -E "Customer import ($GOLIVE_ID|$DELTA_ID) (done|phase)" "$WORK/app.log" | sed -E 's/^.*(Customer import [0-9]+ )/  \1/'
