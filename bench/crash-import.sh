#!/usr/bin/env bash
# Kills an import half-way and runs it again: bench/crash-import.sh [N=100000]
#
# In a fresh database on the local PostgreSQL server (dropped afterwards): generates N customers with 1 % bad rows,
# starts `--import-customers` on them, kills the JVM with kill -9 once about half of the rows are in, runs the same
# command again, and checks that the second run resumed the same import and that the final counts are those of one
# clean import: every good row in once, every bad row reported once, no document twice.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
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
export CLIENTCARE_DATA_DIR="$WORK/data"
java -jar "$WORK/clientcare.jar" --generate-customers="$N" --output="$WORK/customers.csv" --seed=3 --bad-rows=0.01

echo "== first run, to be killed half-way"
java -Xmx512m -jar "$WORK/clientcare.jar" --demo --import-customers="$WORK/customers.csv" > "$WORK/first.log" 2>&1 &
PID=$!
HALF=$(( N / 2 ))
while true; do
  DONE=$("${DBQ[@]}" -c "select coalesce(max(processed), 0) from customer_import" 2>/dev/null || echo 0)
  [ "${DONE:-0}" -ge "$HALF" ] && break
  kill -0 "$PID" 2>/dev/null || { echo "the first run ended before half-way"; tail -20 "$WORK/first.log"; exit 1; }
  sleep 0.2
done
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=""
"${DBQ[@]}" -c "select 'killed at line ' || next_line || ': ' || processed || ' rows read, ' || imported || ' imported, '
  || rejected || ' rejected, status ' || status from customer_import"

echo "== second run, same command"
java -Xmx512m -jar "$WORK/clientcare.jar" --import-customers="$WORK/customers.csv" \
  --import-errors="$WORK/rejected.csv" | grep -E '^(Import|Rejected|Failure)'

IMPORTS=$("${DBQ[@]}" -c "select count(*) from customer_import")
read -r PROCESSED IMPORTED REJECTED STATUS < <("${DBQ[@]}" -F ' ' -c "select processed, imported, rejected, status from customer_import")
ERRORS=$("${DBQ[@]}" -c "select count(distinct line) from customer_import_error")
DUPLICATES=$("${DBQ[@]}" -c "select count(*) from (select 1 from customer group by id_type, id_number_hash having count(*) > 1) d")
ROWS=$("${DBQ[@]}" -c "select count(*) from customer where created_at > (select created_at from customer_import)")
BAD=$(( (N + 50) / 100 ))
echo "imports: $IMPORTS, status $STATUS, rows read $PROCESSED, imported $IMPORTED (customers created: $ROWS), rejected $REJECTED (lines with errors: $ERRORS), documents twice: $DUPLICATES"
if [ "$IMPORTS" = 1 ] && [ "$STATUS" = DONE ] && [ "$PROCESSED" = "$N" ] && [ "$REJECTED" = "$BAD" ] \
   && [ "$ERRORS" = "$BAD" ] && [ "$IMPORTED" = "$ROWS" ] && [ "$DUPLICATES" = 0 ]; then
  echo "PASS: killed half-way and run again, the same counts as one clean import and no duplicates"
else
  echo "FAIL"; exit 1
fi
