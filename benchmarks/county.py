"""The county's desk (汇总) figures, printed rather than asserted.

Why: a county collects every unit's report at once (a county of 200 towns and departments is not
rare) and re-collects after each correction, so collecting must stay a matter of seconds (goal:
200 unit reports plus the real fixtures in ≤ 10 s on a two-core machine).

Measured here, median of ``--runs``:
- collect: ``core.county.collect.collect`` over a temporary folder holding 200 generated unit
  project files — half rewritten from the real reports of ``tests/fixtures/samples`` (realistic
  prose and printed totals, organ and figures varied), half generated balanced reports with random
  figures (both formats, some of another year, a few duplicates) — plus every real fixture
  copied in; each file read, validated and checked across units;
- aggregate: ``aggregate`` of the units summed (one ``Session`` paste per distinct source);
- checklist: ``checklist_xlsx`` of the collection.

``--published N`` adds N units sent as Word, Excel and PDF exports (a third each) on top, to see
what the importers cost: an exported workbook is read back from its data sheet, a Word file and a
PDF go through the importers (a PDF in a forked child).

Run from the repo root:  .venv/bin/python benchmarks/county.py [--units N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from builders import clean_report  # noqa: E402

from core import calc, storage  # noqa: E402
from core.county.aggregate import aggregate  # noqa: E402
from core.county.checklist import checklist_xlsx  # noqa: E402
from core.county.collect import collect  # noqa: E402
from core.exporters import render  # noqa: E402
from core.report import Report  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
GOAL = 10.0
TOWNS = "东西南北中新安平永和清河江山湖桥城乡"


def organ(i: int) -> str:
    return f"{TOWNS[i % len(TOWNS)]}{TOWNS[(i * 7) % len(TOWNS)]}{i}镇人民政府"


def realistic(report: Report, i: int, rng: random.Random) -> Report:
    """A real report (loaded fresh by the caller) under another organ's name, 表四 and 表二 varied."""
    report.organ = organ(i)
    report.title = ""
    for address in report.form.input_addresses():
        if address.startswith(("appeals/", "art20_5/", "art20_6/")) and isinstance(report.cells.get(address), int):
            report.cells[address] = rng.randint(0, 40)
    calc.recompute_all(report)
    return report


def generated(i: int, rng: random.Random) -> Report:
    fmt = "2021" if i % 10 else "2019"
    year = 2024 if fmt == "2021" else 2020
    if i % 37 == 5:
        year -= 1  # a unit that sent last year's report
    report = clean_report(fmt, year, organ(i) if i % 53 != 7 else organ(i - 1))  # now and then a duplicate
    for address in report.form.input_addresses():
        if address.startswith(("appeals/", "art20_")) and isinstance(report.cells.get(address), int) \
                and report.form.kind_of(address) == "count":
            report.cells[address] = rng.randint(0, 500)
    calc.recompute_all(report)
    return report


def build(folder: Path, units: int, published: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    samples = sorted((FIXTURES / "samples").glob("*2024.nianbao"))
    for i in range(units):
        if i % 2:
            report = realistic(storage.load(samples[i % len(samples)]), i, rng)
        else:
            report = generated(i, rng)
        storage.save(report, folder / f"unit{i:03d}.nianbao")
    for i in range(published):  # units that send Word, Excel or PDF instead of the project file
        fmt = ("docx", "xlsx", "pdf")[i % 3]
        (folder / f"published{i:02d}.{fmt}").write_bytes(render(generated(units + i, rng), fmt))
    for path in sorted(FIXTURES.rglob("*.nianbao")):
        shutil.copy(path, folder / f"fixture-{path.name}")


T = TypeVar("T")


def timed(fn: Callable[[], T], runs: int) -> tuple[float, T]:
    """The median time of ``runs`` calls, and the last call's result."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(description="汇总 benchmark: collect, aggregate, checklist")
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--published", type=int, default=0, help="units sent as docx/xlsx/pdf on top (default 0)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nianbao-county-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        build(folder, args.units, args.published)
        files = len(list(folder.iterdir()))
        print(f"built {files} files ({args.units} units, {args.published} published files, the fixtures) in {time.perf_counter() - start:.1f} s")
        seconds, c = timed(lambda: collect([folder]), args.runs)
        summed = c.summed()
        verdict = "OK" if seconds <= GOAL else "MISSED"
        print(f"collect: {seconds:.2f} s median of {args.runs} for {len(c.units)} files "
              f"({seconds / max(1, len(c.units)) * 1000:.1f} ms a file); goal <= {GOAL:.0f} s: {verdict}")
        print(f"  year {c.year}, format {c.format}: {len(summed)} summed, {len(c.units) - len(summed)} left out, "
              f"{len(c.findings)} cross-unit findings")
        year = c.year or 0
        agg_s, agg = timed(lambda: aggregate(summed, "某某县人民政府", year, c.format), args.runs)
        print(f"aggregate: {agg_s * 1000:.0f} ms median of {args.runs} over {len(summed)} units "
              f"({len(agg.origins)} cells written)")
        xlsx_s, data = timed(lambda: checklist_xlsx(c), args.runs)
        print(f"checklist: {xlsx_s * 1000:.0f} ms median of {args.runs} ({len(data) // 1024} KB)")
        print(f"collect + aggregate + checklist: {seconds + agg_s + xlsx_s:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
