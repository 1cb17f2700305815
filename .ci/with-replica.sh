#!/usr/bin/env bash
# Runs a command beside a real streaming replica of the local PostgreSQL 15 server: .ci/with-replica.sh <command...>
#
# Creates a fresh database on the server (localhost:5432), makes a second cluster from it with pg_basebackup -R (a hot
# standby streaming from the server) on port REPLICA_PORT (default 5433) that logs every statement it runs, and runs
# the command with CLIENTCARE_DB_URL (the primary), CLIENTCARE_DB_REPLICA_URL (the same database on the replica),
# CLIENTCARE_DB_USER and CLIENTCARE_TEST_REPLICA_LOG (the replica's log) set. Stops and removes the replica, drops the
# database and takes back the replication rule it added to pg_hba.conf, whatever the command's outcome.
# Run as root (the clusters belong to the postgres user).
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${REPLICA_PORT:-5433}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p 5432 -U postgres -d postgres)
as_postgres() { runuser -u postgres -- "$@"; }

if ! pg_isready -q -h localhost -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start || pg_ctlcluster 15 main start
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/clientcare-replica.XXXXXX")
chown postgres: "$DIR"
DB="clientcare_replica_$(date +%s)_$$"
HBA=$("${PSQL[@]}" -Atc "show hba_file")
RULE="host replication postgres 127.0.0.1/32 trust # clientcare .ci/with-replica.sh"
ADDED_RULE=""

teardown() {
  if [ -f "$DIR/data/postmaster.pid" ]; then as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true; fi
  "${PSQL[@]}" -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  if [ -n "$ADDED_RULE" ]; then
    grep -vF "$RULE" "$HBA" > "$DIR/hba" && cat "$DIR/hba" > "$HBA"
    "${PSQL[@]}" -c "select pg_reload_conf()" >/dev/null || true
  fi
  rm -rf "$DIR"
}
trap teardown EXIT

if ! grep -qE '^[[:space:]]*host[[:space:]]+replication' "$HBA"; then
  echo "$RULE" >> "$HBA"
  ADDED_RULE=1
  "${PSQL[@]}" -c "select pg_reload_conf()" >/dev/null
fi
"${PSQL[@]}" -c "create database $DB"

echo "making a streaming replica of localhost:5432 in $DIR/data (port $PORT)"
as_postgres "$PG_BIN/pg_basebackup" -h localhost -p 5432 -U postgres -D "$DIR/data" -R -X stream -c fast
# Debian keeps the server's configuration outside its data directory: the replica gets its own, the settings a hot
# standby must have at least as high as its primary taken from the primary
: > "$DIR/data/postgresql.conf"
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' > "$DIR/data/pg_hba.conf"
: > "$DIR/data/pg_ident.conf"
chown postgres: "$DIR/data/postgresql.conf" "$DIR/data/pg_hba.conf" "$DIR/data/pg_ident.conf"
SETTINGS=""
for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
  SETTINGS="$SETTINGS -c $setting=$("${PSQL[@]}" -Atc "show $setting")"
done
as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/replica.log" -w -t 60 start -o "-p $PORT -c listen_addresses=localhost \
  -c unix_socket_directories=$DIR -c hot_standby=on -c log_min_duration_statement=0 -c log_line_prefix='%a|' $SETTINGS"
for _ in $(seq 1 60); do
  [ "$(psql -X -h localhost -p "$PORT" -U postgres -d "$DB" -Atc 'select pg_is_in_recovery()' 2>/dev/null)" = t ] && break
  sleep 1
done
echo "replica streaming: $(psql -X -h localhost -p 5432 -U postgres -d postgres -Atc "select state from pg_stat_replication limit 1")"

CLIENTCARE_DB_URL="jdbc:postgresql://localhost:5432/$DB" \
CLIENTCARE_DB_REPLICA_URL="jdbc:postgresql://localhost:$PORT/$DB" \
CLIENTCARE_DB_USER=postgres \
CLIENTCARE_TEST_REPLICA_LOG="$DIR/replica.log" \
  "$@"
