#!/usr/bin/env python3
"""The shape of the last test run: time per kind of test, from the surefire and failsafe reports.

    .ci/suite-shape.py [target] [--top N]

Reads target/surefire-reports/TEST-*.xml (and failsafe-reports for the jar tests), finds each class's source under
src/test/java and sorts it by its annotation into a kind: full application (@IntegrationTest, @DemoTest,
@SpringBootTest), module (@ModuleTest, @ApplicationModuleTest), web slice (@WebMvcTest) or unit (none of them). It
prints the time and share of each kind, the full-application share the suite keeps under 30 %, the heaviest classes,
and, when the run's log is given with --log, how many application contexts were started ("Started … in … seconds").
"""
import argparse
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

KINDS = [
    ("full application", re.compile(r"^@(IntegrationTest|DemoTest|SpringBootTest)\b", re.M)),
    ("module", re.compile(r"^@(ModuleTest|ApplicationModuleTest)\b", re.M)),
    ("web slice", re.compile(r"^@(WebMvcTest)\b", re.M)),
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?", default="target")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--log", help="the run's console output, to count the contexts started")
    args = parser.parse_args()
    target = pathlib.Path(args.target)
    sources = target.parent / "src" / "test" / "java"

    unit = read_reports(target / "surefire-reports")
    if not unit:
        print(f"no reports in {target / 'surefire-reports'}; run mvn verify first", file=sys.stderr)
        return 1
    # A report whose class has no source any more is a renamed or removed class's, left by an earlier run.
    stale = [name for name in unit if not (sources / (name.split("$")[0].replace(".", "/") + ".java")).exists()]
    for name in stale:
        del unit[name]
    if stale:
        print(f"left out {len(stale)} reports of classes that no longer exist: {', '.join(sorted(stale))}")
    by_kind = {}
    rows = []
    for name, (seconds, tests) in unit.items():
        kind = kind_of(sources / (name.split("$")[0].replace(".", "/") + ".java"))
        total = by_kind.setdefault(kind, [0.0, 0, 0])
        total[0] += seconds
        total[1] += tests
        total[2] += 1
        rows.append((seconds, name, kind, tests))
    whole = sum(t[0] for t in by_kind.values())
    print(f"surefire: {len(unit)} classes, {sum(t[1] for t in by_kind.values())} tests, {whole:.1f} s of test time")
    for kind in ["full application", "module", "web slice", "unit"]:
        seconds, tests, count = by_kind.get(kind, [0.0, 0, 0])
        print(f"  {kind:17s} {count:4d} classes {tests:5d} tests {seconds:8.1f} s {100 * seconds / whole:5.1f} %")
    print(f"heaviest {args.top}:")
    for seconds, name, kind, tests in sorted(rows, reverse=True)[: args.top]:
        print(f"  {seconds:7.1f} s  {tests:4d} tests  {kind:17s} {name.rsplit('.', 1)[-1]}")

    jar = read_reports(target / "failsafe-reports")
    if jar:
        print(f"failsafe (run side by side): {len(jar)} classes, "
              + ", ".join(f"{n.rsplit('.', 1)[-1]} {s:.0f} s" for n, (s, _) in sorted(jar.items())))

    if args.log:
        log = pathlib.Path(args.log).read_text(encoding="utf-8", errors="replace")
        started = re.findall(r"Started (\w+) in ([\d.]+) seconds", log)
        print(f"application contexts started in the log: {len(started)} "
              f"({sum(float(s) for _, s in started):.1f} s)")
        for name, seconds in started:
            print(f"  {name} {seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
