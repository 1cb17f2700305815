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
for key, label in (("VIEW", "`GET /api/v1/customers/{id}` (customer view, 2,000 ids)"),
                   ("SEARCH", "`GET /api/v1/customers?query=<surname>&size=20` (name-prefix search)"),
                   ("LIST", "`GET /api/v1/customers?size=20` (own customers, the worklist's list)")):
    p50, p99, rps, bad = e[key + "_P50"], e[key + "_P99"], e[key + "_RPS"], e[key + "_BAD"]
    p99v = num(key + "_P99")
    errors = "" if bad == "0" else f", {bad} non-2xx"
    rows.append(f"| {label}, 50 connections | p50 {p50} ms, p99 {p99} ms, {rps} req/s{errors} | — | — "
                f"| p99 ≤ 50 ms | {verdict(p99v is not None and p99v <= 50 and bad == '0')} |")
peak = int(e["PEAK_MB"])
rows.append(f"| peak heap (largest heap before a GC, {e['GCS']} GC pauses) | {peak} MB, "
            f"{int(e['HEAP_NOW']) // 1024} MB used at the end | `-Xmx512m` | — | ≤ 512 MB, no OutOfMemoryError "
            f"| {verdict(peak <= 512 and e['OOM'] == '0')} |")

block = "\n".join([
    f"<!-- results:{n}:start -->",
    f"### {n:,} customers",
    "",
    f"Run {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} · commit `{e['COMMIT']}` · "
    f"{e['MACHINE']} · PostgreSQL {e['PGVERSION']} on the same machine · load average before {e['LOAD_BEFORE']}, "
    f"after {e['LOAD_AFTER']} · `{e['COMMAND']}` · {int(e['TOTAL_CUSTOMERS']):,} customers in the database at the end",
    "",
    "| measure | ClientCare | limit, same run | ratio | target | |",
    "|---|---|---|---|---|---|",
    *rows,
    f"<!-- results:{n}:end -->",
])

text = open(path, encoding="utf-8").read()
start, end = f"<!-- results:{n}:start -->", f"<!-- results:{n}:end -->"
if start in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
else:
    anchor = "<!-- results:end -->"
    text = text.replace(anchor, block + "\n\n" + anchor)
open(path, "w", encoding="utf-8").write(text)
