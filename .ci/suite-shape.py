#!/usr/bin/env python3
"""The shape of the last test run: time per kind of test, from the surefire and failsafe reports.

    .ci/suite-shape.py [target] [--top N] [--log the-run's-output] [--before another-run's-target]

Reads target/surefire-reports/TEST-*.xml (and demo-reports and failsafe-reports for the demo checks and the jar tests
of mvn verify -Pjar), finds each class's source under
src/test/java and sorts it by its annotation, or that of a class nested in it, into a kind: full application
(@IntegrationTest, @DemoTest, @SpringBootTest), module (@ModuleTest, @ApplicationModuleTest), web slice (@WebMvcTest)
or unit (none of them). It prints the time and share of each kind, the full-application share the suite keeps under
30 %, the heaviest classes, and, when the run's log is given with --log, how many application contexts were started
("Started … in … seconds", a nested class's context by its enclosing and its own name).
It counts the jar tests' starts of the packaged application from their logs (target/*.log written during the run).
With --before (the target folder, or a copy of its reports, of an earlier run) it prints each kind's time and the
heaviest classes beside that run's.
"""
import argparse
import os
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

KINDS = [
    ("full application", re.compile(r"^[ \t]*@(IntegrationTest|DemoTest|SpringBootTest)\b", re.M)),
    ("module", re.compile(r"^[ \t]*@(ModuleTest|ApplicationModuleTest)\b", re.M)),
    ("web slice", re.compile(r"^[ \t]*@(WebMvcTest)\b", re.M)),
]


def kind_of(source: pathlib.Path) -> str:
    if not source.exists():
        return "unit"
    text = source.read_text(encoding="utf-8")
    for kind, pattern in KINDS:
        if pattern.search(text):
            return kind
    return "unit"


def read_reports(folder: pathlib.Path):
    classes = {}
    for report in sorted(folder.glob("TEST-*.xml")):
        suite = ET.parse(report).getroot()
        name = suite.get("name")
        classes[name] = (float(suite.get("time") or 0), int(suite.get("tests") or 0))
    return classes


def shape(reports, sources):
    """Time, tests and classes by kind, and one row per class."""
    by_kind = {}
    rows = []
    for name, (seconds, tests) in reports.items():
        kind = kind_of(sources / (name.split("$")[0].replace(".", "/") + ".java"))
        total = by_kind.setdefault(kind, [0.0, 0, 0])
        total[0] += seconds
        total[1] += tests
        total[2] += 1
        rows.append((seconds, name, kind, tests))
    return by_kind, rows


def drop_stale(reports, sources):
    """A report whose class has no source any more is a renamed or removed class's, left by an earlier run."""
    stale = [name for name in reports if not (sources / (name.split("$")[0].replace(".", "/") + ".java")).exists()]
    for name in stale:
        del reports[name]
    if stale:
        print(f"left out {len(stale)} reports of classes that no longer exist: {', '.join(sorted(stale))}")


def apart(target: pathlib.Path, folder: str) -> str:
    """Reports of mvn verify -Pjar may be of an earlier run than the suite's: then says so."""
    written = lambda name: max(os.path.getmtime(r) for r in (target / name).glob("TEST-*.xml"))
    return ", an earlier run than the suite above" if written(folder) < written("surefire-reports") else ""


def by_class(reports) -> str:
    return ", ".join(f"{n.rsplit('.', 1)[-1]} {s:.0f} s" for n, (s, _) in sorted(reports.items()))


def jar_starts(target: pathlib.Path, classes):
    """The start times ("Started ClientCareApplication in … seconds") in the jar tests' logs of the last run only:
    target/*.log written between the start of the first jar test and the end of the last."""
    reports = [target / "failsafe-reports" / f"TEST-{name}.xml" for name in classes]
    began = min(os.path.getmtime(r) - float(ET.parse(r).getroot().get("time") or 0) for r in reports) - 60
    ended = max(os.path.getmtime(r) for r in reports) + 60
    starts = []
    for log in sorted(target.glob("*.log")):
        if began <= os.path.getmtime(log) <= ended:
            text = log.read_text(encoding="utf-8", errors="replace")
            starts += [float(s) for s in re.findall(r"Started ClientCareApplication in ([\d.]+) seconds", text)]
    return starts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?", default="target")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--log", help="the run's console output, to count the contexts started")
    parser.add_argument("--before", help="an earlier run's target folder (or a copy of its reports), to compare with")
    args = parser.parse_args()
    target = pathlib.Path(args.target)
    sources = target.parent / "src" / "test" / "java"

    unit = read_reports(target / "surefire-reports")
    if not unit:
        print(f"no reports in {target / 'surefire-reports'}; run mvn verify first", file=sys.stderr)
        return 1
    drop_stale(unit, sources)
    by_kind, rows = shape(unit, sources)
    whole = sum(t[0] for t in by_kind.values())
    print(f"surefire: {len(unit)} classes, {sum(t[1] for t in by_kind.values())} tests, {whole:.1f} s of test time")
    earlier = None
    if args.before:
        old = read_reports(pathlib.Path(args.before) / "surefire-reports")
        earlier_kinds, earlier_rows = shape(old, sources)
        earlier_whole = sum(t[0] for t in earlier_kinds.values()) or 1.0
        earlier = {name: seconds for seconds, name, _, _ in earlier_rows}
        # Kinds are read from today's sources: a class of the earlier run that no longer exists counts as a unit test.
        print(f"  before: {len(old)} classes, {sum(t[1] for t in earlier_kinds.values())} tests, "
              f"{earlier_whole:.1f} s of test time")
    for kind in ["full application", "module", "web slice", "unit"]:
        seconds, tests, count = by_kind.get(kind, [0.0, 0, 0])
        line = f"  {kind:17s} {count:4d} classes {tests:5d} tests {seconds:8.1f} s {100 * seconds / whole:5.1f} %"
        if earlier is not None:
            was = earlier_kinds.get(kind, [0.0, 0, 0])
            line += f"   before {was[2]:4d} classes {was[1]:5d} tests {was[0]:8.1f} s {100 * was[0] / earlier_whole:5.1f} %"
        print(line)
    print(f"heaviest {args.top}:")
    for seconds, name, kind, tests in sorted(rows, reverse=True)[: args.top]:
        was = "" if earlier is None else (f"  (before {earlier[name]:.1f} s)" if name in earlier else "  (new)")
        print(f"  {seconds:7.1f} s  {tests:4d} tests  {kind:17s} {name.rsplit('.', 1)[-1]}{was}")
    if earlier is not None:
        gone = sorted(set(earlier) - set(unit))
        if gone:
            print("classes of the earlier run not run now: " + ", ".join(
                f"{n.rsplit('.', 1)[-1]} {earlier[n]:.1f} s" for n in gone))

    demo = read_reports(target / "demo-reports")
    drop_stale(demo, sources)
    if demo:
        # The demo checks run apart too (mvn verify -Pjar, before the jar tests), in reports of their own.
        print(f"demo checks (mvn verify -Pjar, two JVMs{apart(target, 'demo-reports')}): {len(demo)} classes, "
              f"{sum(s for s, _ in demo.values()):.1f} s of test time, {by_class(demo)}")

    jar = read_reports(target / "failsafe-reports")
    drop_stale(jar, sources)
    if jar:
        print(f"jar tests (mvn verify -Pjar, run side by side{apart(target, 'failsafe-reports')}): {len(jar)} classes, "
              f"{by_class(jar)}")
        starts = jar_starts(target, jar)
        print(f"starts of the packaged application in the jar tests' logs: {len(starts)}"
              + (f" ({', '.join(f'{s:.1f} s' for s in starts)})" if starts else ""))

    if args.log:
        log = pathlib.Path(args.log).read_text(encoding="utf-8", errors="replace")
        started = re.findall(r"Started ([\w.$]+) in ([\d.]+) seconds", log)
        print(f"application contexts started in the log: {len(started)} "
              f"({sum(float(s) for _, s in started):.1f} s)")
        for name, seconds in started:
            print(f"  {name} {seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
