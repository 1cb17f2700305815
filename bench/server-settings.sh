#!/usr/bin/env bash
# The benchmarks' server configuration: the run book's settings for a million customers (docs/operations.md, "Server
# settings for a million customers") for the local PostgreSQL server, sized for this machine's memory:
#   shared_buffers 25 % of memory, effective_cache_size 60 %, max_wal_size 8GB, checkpoint_timeout 15min,
#   random_page_cost 1.1 (SSD); synchronous_commit and full_page_writes stay on.
# Sourced by bench/run.sh and bench/greetings.sh (BENCH_SERVER_SETTINGS=asis leaves the server as it is). Written with
# ALTER SYSTEM and applied with a reload; shared_buffers takes effect only after a restart of the server, which this
# script does only with BENCH_RESTART_SERVER=1 (it ends every other session on the server). The figures' header names
# the settings in force (PGSETTINGS, read by the caller afterwards).
if [ "${BENCH_SERVER_SETTINGS:-runbook}" = runbook ]; then
  MEM_MB=$(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo)
  psql -X -q -v ON_ERROR_STOP=1 -h localhost -U postgres -d postgres <<SQL
alter system set shared_buffers = '$(( MEM_MB / 4 ))MB';
alter system set effective_cache_size = '$(( MEM_MB * 6 / 10 ))MB';
alter system set max_wal_size = '8GB';
alter system set checkpoint_timeout = '15min';
alter system set random_page_cost = 1.1;
select pg_reload_conf();
SQL
  if [ "${BENCH_RESTART_SERVER:-}" = 1 ] \
      && [ "$(psql -X -At -h localhost -U postgres -d postgres -c "select pending_restart from pg_settings where name = 'shared_buffers'")" = t ]; then
    pg_ctlcluster 15 main restart
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
  fi
fi
