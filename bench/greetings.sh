#!/usr/bin/env bash
# The greetings job at scale: bench/greetings.sh [N=1000000]
#
# Builds the jar (BENCH_JAR=path uses a built one), creates a fresh database on the local PostgreSQL server (dropped afterwards), starts ClientCare in a
# 512 MB heap with --demo, imports N generated customers through the API and gives 60 % of them marketing consent in
# SQL (the demo's share); then times POST /api/v1/jobs/greetings/run:
#   1. the first run, which writes every customer's care profile from its encrypted birth date, plus today's birthdays;
#   2. a day as large as a festival: every customer's birthday moved to today in SQL, so that every consenting customer
#      not opted out is greeted — the volume of 春节 or 中秋 — beside a hand-written SQL statement doing the same work on
#      copies of care_greeting, care_unsubscribe_link and notification_outbox (the greetings, NO_ADDRESS for those
#      without a mobile number; for the others a random token, its hash as the link, the link sealed by AES as the
#      message's secret, and the outbox row with the mobile number copied encrypted, due after quiet hours);
#   3. the same day again (every greeting already queued: the steady state of a second run).
# The SMS gateway is configured (at an address that refuses), so that the outbox holds the messages as production
# would, not as demo mode's messages held for display. Writes its section of docs/benchmarks.md. Needs JDK 17, Maven, psql and PostgreSQL on localhost:5432 (user postgres,
# trust). BENCH_KEEP_DB=1 keeps the database; BENCH_JAVA_OPTS adds JVM options (e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-1000000}
PORT=${BENCH_PORT:-18081}
COMMAND="bench/greetings.sh $*"
. "$ROOT/bench/lib.sh"
bench_init greetings greetings greetings

bench_jar
bench_postgres
. "$ROOT/bench/server-settings.sh"
bench_database

bench_generate "$N" 0

log "starting ClientCare on port $PORT (-Xmx512m) against database $DB"
bench_env
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS: options, one word each
bench_start_app app -Xlog:gc:file="$WORK/gc.log" ${BENCH_JAVA_OPTS:-} -- --clientcare.notification.sms.url=http://127.0.0.1:9/sms

log "importing $N customers through the API"
bench_import "$WORK/customers.csv"
log "import: $STATUS"
"${DBQ[@]}" <<'SQL'
select setseed(0.16);
insert into customer_consent (customer_id, purpose, granted, channel, recorded_at, recorded_by)
select id, 'MARKETING', true, 'BRANCH', now() - interval '1 day', 'bench' from customer
where random() < 0.6 and not exists (select 1 from customer_consent k where k.customer_id = customer.id and k.purpose = 'MARKETING');
analyze;
SQL
CUSTOMERS=$("${DBQ[@]}" -c "select count(*) from customer")
CONSENTING=$("${DBQ[@]}" -c "select count(*) from customer_consent_ref where purpose = 'MARKETING' and granted")

job() { curl -sf -m 3600 -u admin:demo -X POST "$BASE/api/v1/jobs/greetings/run"; }
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])["result"][sys.argv[2]])' "$@"; }

log "1. first run: every care profile from the birth dates, and today's birthdays"
t0=$(now); FIRST_JSON=$(job); t1=$(now); FIRST_S=$(seconds "$t0" "$t1")
FIRST_PROFILED=$(field "$FIRST_JSON" profiled); FIRST_QUEUED=$(field "$FIRST_JSON" queued)
log "first run: $FIRST_S s, $FIRST_PROFILED profiles, $FIRST_QUEUED greetings"

log "2. a festival-sized day: every birthday today"
"${DBQ[@]}" <<'SQL'
update care_profile set lunar_birthday = false,
  birth_month = extract(month from (now() at time zone 'Asia/Shanghai'))::smallint,
  birth_day = extract(day from (now() at time zone 'Asia/Shanghai'))::smallint;
vacuum analyze care_profile;
SQL
for t in care_greeting care_unsubscribe_link notification_outbox; do
  "${DBQ[@]}" >/dev/null <<SQL
create table bench_$t (like $t including defaults including constraints including identity);
insert into bench_$t overriding system value select * from $t;
select regexp_replace(indexdef, '^(CREATE (UNIQUE )?INDEX )(\S+) ON public\.(\S+) ', '\1bench_\3 ON public.bench_\4 ')
from pg_indexes where schemaname = 'public' and tablename = '$t' \gexec
select format('select setval(%L, coalesce(max(%I), 0) + 1, false) from bench_$t',
  pg_get_serial_sequence('bench_$t', a.attname), a.attname)
from pg_attribute a where a.attrelid = 'bench_$t'::regclass and a.attidentity <> '' \gexec
analyze bench_$t;
SQL
done
"${DBQ[@]}" -c "create extension if not exists pgcrypto" >/dev/null
HAND_SQL=$(cat <<'SQL'
with d as (
  select (now() at time zone 'Asia/Shanghai')::date as d,
    case when (now() at time zone 'Asia/Shanghai')::time >= '21:00' then ((now() at time zone 'Asia/Shanghai')::date + 1 + time '08:00') at time zone 'Asia/Shanghai'
         when (now() at time zone 'Asia/Shanghai')::time < '08:00' then ((now() at time zone 'Asia/Shanghai')::date + time '08:00') at time zone 'Asia/Shanghai'
         else now() end as due,
    gen_random_bytes(32) as key),
g as (
  insert into bench_care_greeting (customer_id, occasion, year, greet_on, channel, language, status, created_at)
  select r.id, 'BIRTHDAY', extract(year from d.d), d.d, p.channel, p.language,
    case when (p.channel = 'SMS' and a.phone_enc is not null) or (p.channel = 'EMAIL' and a.email_enc is not null)
         then 'QUEUED' else 'NO_ADDRESS' end, now()
  from d, customer_ref r join care_profile p on p.customer_id = r.id join care_occasion o on o.occasion = 'BIRTHDAY'
    join customer_contact_ref a on a.customer_id = r.id
  where o.enabled and r.status <> 'CLOSED' and not r.restricted and not p.lunar_birthday
    and p.birth_month = extract(month from d.d) and p.birth_day = extract(day from d.d)
    and not exists (select 1 from care_opt_out x where x.customer_id = r.id and x.channel = p.channel)
    and exists (select 1 from customer_consent_ref c where c.customer_id = r.id and c.purpose = 'MARKETING' and c.granted)
  on conflict (customer_id, occasion, year) do nothing
  returning id, customer_id, channel, language, status),
t as (
  select g.*, encode(gen_random_bytes(24), 'base64') as token,
    case g.channel when 'SMS' then a.phone_enc else a.email_enc end as recipient_enc,
    case g.channel when 'SMS' then a.phone_hash end as recipient_hash
  from g join customer_contact_ref a on a.customer_id = g.customer_id where g.status = 'QUEUED'),
l as (
  insert into bench_care_unsubscribe_link (token_hash, customer_id, channel, created_at)
  select encode(sha256(convert_to(t.token, 'UTF8')), 'hex'), t.customer_id, t.channel, now() from t),
o as (
  insert into bench_notification_outbox (event_key, channel, recipient_enc, recipient_hash, template, locale, params, purpose,
    customer_id, status, next_attempt_at, created_at, secrets_enc)
  select 'care-greeting:' || t.id, t.channel, t.recipient_enc, t.recipient_hash, 'care-birthday', t.language, '{}', 'MARKETING',
    t.customer_id, 'PENDING', d.due, now(),
    encrypt_iv(convert_to('{"unsubscribeUrl":"https://clientcare.example/public/unsubscribe/' || t.token || '"}', 'UTF8'),
      d.key, gen_random_bytes(16), 'aes-cbc')
  from t, d)
select count(*) from g;
SQL
)
log "2. the hand-written statement on copies"
t0=$(now); HAND_N=$("${DBQ[@]}" -c "$HAND_SQL"); t1=$(now); HAND_S=$(seconds "$t0" "$t1")
t0=$(now); "${DBQ[@]}" -c "$HAND_SQL" >/dev/null; t1=$(now); HAND2_S=$(seconds "$t0" "$t1")
log "hand-written: $HAND_N greetings in $HAND_S s; again: $HAND2_S s"
"${DBQ[@]}" -c "drop table bench_care_greeting, bench_care_unsubscribe_link, bench_notification_outbox"
"${DBQ[@]}" -c "vacuum analyze"

log "2. POST /api/v1/jobs/greetings/run"
t0=$(now); DAY_JSON=$(job); t1=$(now); DAY_S=$(seconds "$t0" "$t1")
DAY_QUEUED=$(field "$DAY_JSON" queued); DAY_NOADDR=$(field "$DAY_JSON" noAddress)
log "job: $DAY_QUEUED queued, $DAY_NOADDR without address, in $DAY_S s"
grep -o 'Greetings of .*' "$WORK/app.log" | tail -1 || true
log "3. the same day again"
t0=$(now); job >/dev/null; t1=$(now); AGAIN_S=$(seconds "$t0" "$t1")
PEAK_MB=$(bench_peak_mb)
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)

export PGSETTINGS N CUSTOMERS CONSENTING FIRST_S FIRST_PROFILED FIRST_QUEUED HAND_N HAND_S HAND2_S DAY_S DAY_QUEUED DAY_NOADDR AGAIN_S \
  PEAK_MB OOM COMMAND LOAD_BEFORE
export LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
export COMMIT=${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
export MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
export PGVERSION=$("${DBQ[@]}" -c "show server_version")
export PGSETTINGS=$("${DBQ[@]}" -c "select string_agg(name || ' ' || current_setting(name), ', ' order by name) from pg_settings
  where name in ('shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'effective_cache_size', 'random_page_cost',
    'work_mem', 'synchronous_commit')")
python3 - docs/benchmarks.md <<'PY'
import os, re, sys, datetime
e = os.environ
def ratio(a, b):
    a, b = float(a), float(b)
    return f"{a / b:.1f}×" if b > 0 else "—"
def met(a, b):
    return "met" if float(a) <= 60 and float(b) > 0 and float(a) / float(b) <= 1.5 else "**missed**"
n = int(e["N"])
section = f"""<!-- greetings:{n}:start -->
### Greetings over {n:,} customers

Run {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC · commit `{e['COMMIT']}` · {e['MACHINE']} · PostgreSQL {e['PGVERSION']} on the same machine ({e['PGSETTINGS']}) · load average before {e['LOAD_BEFORE']}, after {e['LOAD_AFTER']} · `{e['COMMAND']}` · {int(e['CUSTOMERS']):,} customers, {int(e['CONSENTING']):,} with marketing consent

| measure | ClientCare | limit, same run | ratio | target | |
|---|---|---|---|---|---|
| a festival-sized day: every consenting customer greeted, {int(e['DAY_QUEUED']):,} greetings queued through the outbox with their unsubscribe links, {int(e['DAY_NOADDR']):,} without an address (`POST /api/v1/jobs/greetings/run`) | {e['DAY_S']} s | hand-written SQL ({int(e['HAND_N']):,} greetings, links and outbox rows): {e['HAND_S']} s | {ratio(e['DAY_S'], e['HAND_S'])} | ≤ 60 s, ≤ 1.5× | {met(e['DAY_S'], e['HAND_S'])} |
| ↳ the same day again, every greeting already queued (a second run) | {e['AGAIN_S']} s | hand-written SQL: {e['HAND2_S']} s | {ratio(e['AGAIN_S'], e['HAND2_S'])} | ≤ 60 s, ≤ 1.5× | {met(e['AGAIN_S'], e['HAND2_S'])} |
| ↳ for reference: the first run, {int(e['FIRST_PROFILED']):,} care profiles written from the encrypted birth dates and {int(e['FIRST_QUEUED']):,} birthday greetings | {e['FIRST_S']} s | — | — | — | — |
| peak heap (largest heap before a GC) | {e['PEAK_MB']} MB, {e['OOM']} OutOfMemoryError | `-Xmx512m` | — | ≤ 512 MB | {"met" if int(e['OOM']) == 0 else "**missed**"} |
<!-- greetings:{n}:end -->"""
path = sys.argv[1]
text = open(path).read()
pattern = re.compile(rf"<!-- greetings:{n}:start -->.*?<!-- greetings:{n}:end -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section, text)
else:
    marker = "<!-- greetings:results -->"
    text = text.replace(marker, marker + "\n\n" + section) if marker in text else text.rstrip() + "\n\n" + section + "\n"
open(path, "w").write(text)
print(section)
PY
