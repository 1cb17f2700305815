#!/usr/bin/env bash
# Send once under kill -9: bench/send-once.sh [DRILLS=10]
#
# Runs SendOnceIT with DRILLS drills: the packaged application sends 40 SMS per drill through a test gateway that
# answers in 100 ms and deduplicates on the Idempotency-Key header; it is killed with kill -9 in the middle of a batch
# and started again, and the gateway counts what it delivered. Prints one line per drill and the totals (duplicates and
# lost messages must be 0). Needs JDK 17 and Maven; the database is the application's own embedded PostgreSQL, in a
# temporary directory, which each kill -9 leaves running and each start stops and starts again (as an operator's would).
set -euo pipefail
cd "$(dirname "$0")/.."
DRILLS=${1:-10}
LOG=$(mktemp /tmp/clientcare-send-once.XXXXXX)
trap 'rm -f "$LOG"' EXIT
START=$(date +%s)
if mvn -B -ntp verify -Djacoco.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=SendOnceIT -Dsend-once.drills="$DRILLS" > "$LOG" 2>&1; then
  grep -E '^(drill [0-9]+:|send-once:)' "$LOG"
  echo "PASS in $(( $(date +%s) - START )) s"
else
  grep -E '^(drill [0-9]+:|send-once:)|FAIL|ERROR' "$LOG" | head -40
  echo "FAIL"; exit 1
fi
