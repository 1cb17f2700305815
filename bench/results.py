"""Writes one run of bench/run.sh into docs/benchmarks.md: the block for this N between its markers is replaced (or
added), the rest of the document is kept. Figures come from the environment set by run.sh."""
import datetime
import os
import sys

e = os.environ
path = sys.argv[1]
n = int(e["N"])


def num(name):
    try:
        return float(e[name])
    except (KeyError, ValueError):
        return None


def verdict(ok):
    return "met" if ok else "**missed**"


def ratio(a, b):
    return f"{a / b:.1f}×" if a is not None and b else "n/a"


imp, copy, floor = num("IMPORT_S"), num("COPY_S"), num("FLOOR_S")
sweep, hand = num("SWEEP_S"), num("HAND_S")
sweep2, hand2 = num("SWEEP2_S"), num("HAND2_S")
rows = []
rows.append(f"| import of {n:,} rows ({e['FILE_MB']} MB, 1 % bad) through the API | {imp:.1f} s "
            f"({e['IMPORTED']} imported, {e['REJECTED']} rejected) | `COPY` into a plain table: {copy:.2f} s "
            f"| {ratio(imp, copy)} | ≤ 2× | {verdict(imp <= 2 * copy)} |")
rows.append(f"| ↳ for reference: inserting the same rows into a table with the customer table's keys and indexes "
            f"| {floor:.1f} s | `COPY`: {copy:.2f} s | {ratio(floor, copy)} | — | — |")
sweep_ok = sweep <= 1.5 * hand and sweep <= 60
rows.append(f"| SLA sweep over {int(e['COMPLAINTS']):,} complaints, {e['SWEEP_BREACHES']} new breaches "
            f"(`POST /api/v1/jobs/sla-sweep/run`) | {sweep:.2f} s | hand-written SQL ({e['HAND_BREACHES']} breaches): "
            f"{hand:.2f} s | {ratio(sweep, hand)} | ≤ 1.5× and ≤ 60 s | {verdict(sweep_ok)} |")
rows.append(f"| ↳ the same sweep again the next night, every breach already recorded (the steady state) "
            f"| {sweep2:.2f} s | hand-written SQL: {hand2:.2f} s | {ratio(sweep2, hand2)} | ≤ 1.5× and ≤ 60 s "
            f"| {verdict(sweep2 <= 1.5 * hand2 and sweep2 <= 60)} |")


def job_rows(label, job, hand, hand_label, again, hand_again, listeners):
    """A job beside its hand-written SQL, the same again the next night, and how long its listeners took after it."""
    return [
        f"| {label} | {job:.2f} s | {hand_label}: {hand:.2f} s | {ratio(job, hand)} | ≤ 1.5× and ≤ 60 s "
        f"| {verdict(job <= 1.5 * hand and job <= 60)} |",
        f"| ↳ the same job again the next night, nothing to change (the steady state) | {again:.2f} s "
        f"| hand-written SQL: {hand_again:.2f} s | {ratio(again, hand_again)} | ≤ 1.5× and ≤ 60 s "
        f"| {verdict(again <= 1.5 * hand_again and again <= 60)} |",
        f"| ↳ for reference: until its event listeners had finished, after the job's answer | {listeners:.1f} s "
        f"| — | — | — | — |",
    ]


if num("TIER_ALL_S") is not None:
    job_all, hand_full, ok = num("TIER_ALL_S"), num("TIER_FULL_S"), e["TIER_COUNTS_OK"] == "yes"
    h, rv, gr, wd, tl = e["TIER_HAND_COUNTS"].split()
    same = "the same counts on both sides" if ok else f"**counts differ**: the job {e['TIER_JOB_COUNTS']}"
    rounds = int(e["TIER_ROUNDS"])
    median = f"median of {rounds} alternating rounds: {e['TIER_ROUND_TEXT']}" if rounds > 1 else "one round"
    rows.append(f"| tiering of {n:,} customers' figures, {int(e['TIER_CHANGES']):,} tier changes, and what they cause "
                f"(`POST /api/v1/jobs/tiering/run` until its `TiersChanged` listeners have finished; {median}; "
                f"afterwards {e['TIER_DISTRIBUTION']}) | {job_all:.2f} s | hand-written SQL, one transaction: "
                f"{int(h):,} tier changes with history, {int(rv):,} cadence revisits, {int(gr):,} grants and "
                f"{int(wd):,} withdrawn, {int(tl):,} timeline entries ({same}): {hand_full:.2f} s "
                f"| {ratio(job_all, hand_full)} | ≤ 1.5× and ≤ 60 s "
                f"| {verdict(ok and job_all <= 1.5 * hand_full and job_all <= 60)} |")
    rows.append(f"| ↳ tiers only: the job's answer (its listeners partly beside it) | {num('TIER_S'):.2f} s "
                f"| hand-written SQL writing only the tiers and their history "
                f"({int(e['TIER_HAND_CHANGES']):,} changes): {num('TIER_HAND_S'):.2f} s "
                f"| {ratio(num('TIER_S'), num('TIER_HAND_S'))} | — | — |")
    again, hand_again = num("TIER2_S"), num("TIER_HAND2_S")
    rows.append(f"| ↳ the same job again the next night, nothing to change (the steady state) | {again:.2f} s "
                f"| hand-written SQL: {hand_again:.2f} s | {ratio(again, hand_again)} | ≤ 1.5× and ≤ 60 s "
                f"| {verdict(again <= 1.5 * hand_again and again <= 60)} |")
    rows.append(f"| ↳ for reference: until its event listeners had finished, after the job's answer "
                f"| {num('TIER_LISTENERS_S'):.1f} s | — | — | — | — |")
if num("PLAN_S") is not None:
    rows += job_rows(f"revisit planning over {int(e['PLAN_REVISITS']):,} revisits: {int(e['PLAN_CADENCE']):,} cadence "
                     f"and {int(e['PLAN_REVERIFICATION']):,} re-verification revisits planned, "
                     f"{int(e['PLAN_ESCALATED']):,} escalated (`POST /api/v1/jobs/revisit-planning/run` and `…/reverification/run`)", num("PLAN_S"),
                     num("PLAN_HAND_S"), f"hand-written SQL ({int(e['PLAN_HAND_ESCALATED']):,} escalated)",
                     num("PLAN2_S"), num("PLAN_HAND2_S"), num("PLAN_LISTENERS_S"))
for key, label in (("VIEW", "`GET /api/v1/customers/{id}` (customer view, 2,000 ids)"),
                   ("SEARCH", "`GET /api/v1/customers?query=<surname>&size=20` (name-prefix search)"),
                   ("LIST", "`GET /api/v1/customers?size=20` (own customers, first page)"),
                   ("WORK", f"`GET /api/v1/revisits?assignee=me&status=OPEN&size=20` (the worklist, "
                            f"{int(e.get('WORKLIST_OPEN') or 0):,} open revisits)")):
    p50, p99, rps, bad = e[key + "_P50"], e[key + "_P99"], e[key + "_RPS"], e[key + "_BAD"]
    p99v = num(key + "_P99")
    errors = "" if bad == "0" else f", {bad} non-2xx"
    rows.append(f"| {label}, 50 connections | p50 {p50} ms, p99 {p99} ms, {rps} req/s{errors} | — | — "
                f"| p99 ≤ 50 ms | {verdict(p99v is not None and p99v <= 50 and bad == '0')} |")
peak = int(e["PEAK_MB"])
rows.append(f"| peak heap (largest heap before a GC, {e['GCS']} GC pauses) | {peak} MB, "
            f"{int(e['HEAP_NOW']) // 1024} MB used at the end | `-Xmx512m` | — | ≤ 512 MB, no OutOfMemoryError "
            f"| {verdict(peak <= 512 and e['OOM'] == '0')} |")

label = e.get("BENCH_LABEL", "").strip()
section = f"{n}-{label.replace(' ', '-')}" if label else f"{n}"
block = "\n".join([
    f"<!-- results:{section}:start -->",
    f"### {n:,} customers" + (f", {label}" if label else ""),
    "",
    f"Run {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} · commit `{e['COMMIT']}` · "
    f"{e['MACHINE']} · PostgreSQL {e['PGVERSION']} on the same machine ({e.get('PGSETTINGS', '')}) · load average before {e['LOAD_BEFORE']}, "
    f"after {e['LOAD_AFTER']} · `{e['COMMAND']}` · {int(e['TOTAL_CUSTOMERS']):,} customers in the database at the end",
    "",
    "| measure | ClientCare | limit, same run | ratio | target | |",
    "|---|---|---|---|---|---|",
    *rows,
    f"<!-- results:{section}:end -->",
])

text = open(path, encoding="utf-8").read()
start, end = f"<!-- results:{section}:start -->", f"<!-- results:{section}:end -->"
if start in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
else:
    anchor = "<!-- results:end -->"
    text = text.replace(anchor, block + "\n\n" + anchor)
open(path, "w", encoding="utf-8").write(text)
