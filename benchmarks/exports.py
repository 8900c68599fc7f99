"""How long each export of a full report takes, and LibreOffice converting our docx to PDF.

Why: the clerk clicks 导出 or 打印预览 and waits; the PDF export must be at least 10× faster than
having LibreOffice (or WPS) make the PDF from the Word file. Figures to compare between commits
on one machine, not a test: timings depend on the machine.

The report is 淮安市 2024 (all tables filled, about 2,100 characters of prose), exported with
the shipped fonts. Each export is timed as the median of N runs after one warm-up run (the first
run also imports the library and loads the font). LibreOffice is timed as a fresh
``soffice --headless --convert-to pdf`` process per run, as a county's script would call it,
with the shipped fonts (``scripts/libreoffice.py``: without a CJK font LibreOffice would draw one
missing glyph per character, which is not the work a clerk's machine does).

Run from the repo root:  .venv/bin/python benchmarks/exports.py [--runs N] [--lo-runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("NIANBAO_SYSTEM_FONTS", "0")

from core import storage  # noqa: E402
from core.exporters import render  # noqa: E402
from core.validate import validate  # noqa: E402
from scripts import libreoffice  # noqa: E402

GOAL_RATIO = 10.0


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: imports, font loading
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lo-runs", type=int, default=3)
    args = parser.parse_args()
    report = storage.load(ROOT / "tests/fixtures/samples/huaian-city-2024.nianbao")
    findings = validate(report)
    day = dt.date(2025, 1, 20)
    print(f"Report: {report.display_title()}; median of {args.runs} runs each (ms)")
    times: dict[str, float] = {}
    sizes: dict[str, int] = {}
    for fmt in ("pdf", "docx", "xlsx"):
        times[fmt] = median_ms(lambda f=fmt: render(report, f, findings, today=day), args.runs)
        sizes[fmt] = len(render(report, fmt, findings, today=day))
        print(f"  export {fmt:<4} (with self-check) {times[fmt]:8.1f} ms   {sizes[fmt] / 1024:7.1f} KiB")
    if libreoffice.soffice() is None:
        print("LibreOffice (soffice) not installed: no comparison")
        return 0
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src = tmp / "report.docx"
        src.write_bytes(render(report, "docx", findings, today=day))
        env = libreoffice.environment(tmp)

        def convert() -> None:
            libreoffice.convert(src, "pdf", tmp / "out", tmp, env=env)

        lo = median_ms(convert, args.lo_runs)
    ratio = lo / times["pdf"]
    print(f"  LibreOffice docx → pdf              {lo:8.1f} ms   (median of {args.lo_runs}, fresh process)")
    print(f"  ratio LibreOffice / our PDF export: {ratio:.1f}× (goal ≥ {GOAL_RATIO:.0f}×)"
          f" {'OK' if ratio >= GOAL_RATIO else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
