#!/usr/bin/env bash
# Kills an import half-way and runs it again: bench/crash-import.sh [N=100000] [WHEN=half|build|server]
#
# In a fresh database on the local PostgreSQL server (dropped afterwards): generates N customers with 1 % bad rows,
# starts `--import-customers` on them, kills the JVM with kill -9 once about half of the rows are in (WHEN=half) or,
# WHEN=build, once every row is in and the last step of the go-live load (the dropped indexes built again) is running
# in the database; WHEN=server crashes the database server itself half-way (an immediate shutdown: no checkpoint, the
# batches whose commits had not reached the disk are undone by its recovery) and starts it again, the JVM killed too.
# It then runs the same command again, and checks that the second run resumed the same import and that the
# final counts are those of one clean import: every good row in once, every bad row reported once, no document twice,
# and the customer table with all its indexes (those it had when killed and those the load had dropped and recorded in
# customer_import_dropped_index). Into the demo's nearly empty customer table, an import of 10,000 rows or more is a
# go-live load.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
WHEN=${2:-half}
WORK=$(mktemp -d /tmp/clientcare-crash.XXXXXX)
DB="clientcare_crash_$(date +%s)_$$"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -U postgres)
PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID"; fi
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/clientcare.jar ] || mvn -B -q -DskipTests package
cp target/clientcare.jar "$WORK/clientcare.jar"
"${PSQL[@]}" -d postgres -c "create database $DB"
DBQ=("${PSQL[@]}" -d "$DB" -At)
export CLIENTCARE_DB_URL="jdbc:postgresql://localhost:5432/$DB" CLIENTCARE_DB_USER=postgres
export CLIENTCARE_PII_KEYS="1:$(head -c 32 /dev/urandom | base64)" CLIENTCARE_PII_INDEX_KEY="$(head -c 32 /dev/urandom | base64)"
export CLIENTCARE_AUDIT_KEYS="${CLIENTCARE_AUDIT_KEYS:-1:$(head -c 32 /dev/urandom | base64)}"
export CLIENTCARE_DATA_DIR="$WORK/data"
java -jar "$WORK/clientcare.jar" --generate-customers="$N" --output="$WORK/customers.csv" --seed=3 --bad-rows=0.01

echo "== first run, to be killed ($WHEN)"
java -Xmx512m -jar "$WORK/clientcare.jar" --demo --import-customers="$WORK/customers.csv" > "$WORK/first.log" 2>&1 &
PID=$!
THIS="stored_path = '$WORK/customers.csv'"   # the demo imports its own customers first: only this file's import counts
HALF=$(( N / 2 ))
while true; do
  DONE=$("${DBQ[@]}" -c "select coalesce(max(processed), 0) from customer_import where $THIS" 2>/dev/null || echo 0)
  [ "${DONE:-0}" -ge "$HALF" ] && break
  kill -0 "$PID" 2>/dev/null || { echo "the first run ended before half-way"; tail -20 "$WORK/first.log"; exit 1; }
  sleep 0.2
done
if [ "$WHEN" = build ]; then
  while true; do
    BUILDING=$("${DBQ[@]}" -c "select count(*) from pg_stat_activity where datname = current_database()
      and state = 'active' and pid <> pg_backend_pid() and (query like '%from customer_import_row s%' or query ilike 'create %index%'
      or query like 'alter table customer add constraint%')" 2>/dev/null || echo 0)
    [ "${BUILDING:-0}" -ge 1 ] && break
    kill -0 "$PID" 2>/dev/null || { echo "the first run ended before its last step"; tail -20 "$WORK/first.log"; exit 1; }
    sleep 0.05
  done
  sleep 0.2
  "${DBQ[@]}" -c "select 'killed in the last step, while running: ' || left(query, 60) from pg_stat_activity
    where datname = current_database() and state = 'active' and pid <> pg_backend_pid()"
fi
if [ "$WHEN" = server ]; then
  CLUSTER=$(ls /etc/postgresql | sort -V | tail -1)
  SEEN=$("${DBQ[@]}" -c "select processed from customer_import where $THIS")
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m immediate
  kill -9 "$PID"
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start
  for _ in $(seq 1 60); do pg_isready -q -h localhost -p 5432 && break; sleep 0.5; done
  echo "the server crashed with $SEEN rows read on record; after its recovery: $("${DBQ[@]}" -c "select processed
    from customer_import where $THIS") (batches whose commits had not reached the disk are undone whole)"
else
  kill -9 "$PID"
fi
wait "$PID" 2>/dev/null || true
PID=""
"${DBQ[@]}" -c "select 'killed at line ' || next_line || ': ' || processed || ' rows read, ' || imported || ' imported, '
  || rejected || ' rejected, status ' || status || ', load mode ' || coalesce(load_mode, '-')
  || ', rows staged ' || (select count(*) from customer_import_row) || ', customers ' || (select count(*) from customer)
  || ', indexes of the customer table ' || (select count(*) from pg_indexes where tablename = 'customer')
  || ', indexes dropped for the load and not yet built ' || (select count(*) from customer_import_dropped_index)
  from customer_import where $THIS"
# the rule's index may be built already and its record kept until the guard is lifted: count each name once
INDEXES=$("${DBQ[@]}" -c "select count(*) from (select indexname from pg_indexes where tablename = 'customer'
  union select index_name from customer_import_dropped_index) i")

echo "== second run, same command"
java -Xmx512m -jar "$WORK/clientcare.jar" --import-customers="$WORK/customers.csv" \
  --import-errors="$WORK/rejected.csv" | grep -E '^(Import|Rejected|Failure)'

IMPORTS=$("${DBQ[@]}" -c "select count(*) from customer_import where $THIS")
read -r PROCESSED IMPORTED REJECTED STATUS < <("${DBQ[@]}" -F ' ' -c "select processed, imported, rejected, status from customer_import where $THIS")
ERRORS=$("${DBQ[@]}" -c "select count(distinct line) from customer_import_error where import_id = (select id from customer_import where $THIS)")
DUPLICATES=$("${DBQ[@]}" -c "select count(*) from (select 1 from customer group by id_type, id_number_hash having count(*) > 1) d")
ROWS=$("${DBQ[@]}" -c "select count(*) from customer where created_at > (select created_at from customer_import where $THIS)")
INDEXES_AFTER=$("${DBQ[@]}" -c "select count(*) from pg_indexes where tablename = 'customer'")
STAGED=$("${DBQ[@]}" -c "select (select count(*) from customer_import_row) + (select count(*) from customer_import_dropped_index)")
BAD=$(( (N + 50) / 100 ))
echo "imports: $IMPORTS, status $STATUS, rows read $PROCESSED, imported $IMPORTED (customers created: $ROWS), rejected $REJECTED (lines with errors: $ERRORS), documents twice: $DUPLICATES, indexes of the customer table $INDEXES_AFTER (before: $INDEXES), rows left staged or indexes left dropped: $STAGED"
if [ "$IMPORTS" = 1 ] && [ "$STATUS" = DONE ] && [ "$PROCESSED" = "$N" ] && [ "$REJECTED" = "$BAD" ] \
   && [ "$ERRORS" = "$BAD" ] && [ "$IMPORTED" = "$ROWS" ] && [ "$DUPLICATES" = 0 ] \
   && [ "$INDEXES_AFTER" = "$INDEXES" ] && [ "$STAGED" = 0 ]; then
  echo "PASS: killed ($WHEN) and run again, the same counts as one clean import and no duplicates"
else
  echo "FAIL"; exit 1
fi
