"""How long importing last year's report takes, per kind of file.

Why: the clerk picks a file in 导入上年报告 and waits for the preview; a 6-page PDF should be read
in ≤ 0.5 s and a Word file in ≤ 0.2 s. Figures to compare between commits on one machine, not a
test. Each import is timed as the median of N runs after one warm-up run (the first run also
imports pypdfium2 / python-docx / openpyxl); before each run the importer's kept label keys and
likenesses and PDF grids are emptied (``core.importers.kept``), so a run is timed as a clerk's first import of the file.

Files: the 6-page published PDF of 淮安市 2024 (../shared/samples), that PDF as an OFD package (as
a converter writes runs of letters, and letter by letter), and 淮安市 2024 rendered by our
own exporter to docx, xlsx and PDF; 洪泽区 2024's Word export saved by LibreOffice as RTF and .odt
(tests/fixtures), and that RTF with a 20 MB picture; a seed of web text (../shared/seeds) when
../shared is present.

Run from the repo root:  .venv/bin/python benchmarks/imports.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from core import storage  # noqa: E402
from core.exporters import render  # noqa: E402
from core.importers import import_bytes  # noqa: E402
from core.importers.kept import forget  # noqa: E402

SHARED = ROOT.parent / "shared"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        forget()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    report = storage.load(ROOT / "tests" / "fixtures" / "samples" / "huaian-city-2024.nianbao")
    files: list[tuple[str, str, bytes, float | None]] = []
    pdf = SHARED / "samples" / "huaian-city-2024.pdf"
    if pdf.is_file():
        files.append(("published PDF, 6 pages (WPS)", "huaian.pdf", pdf.read_bytes(), 500.0))
        from ofd_from_pdf import ofd_from_pdf  # (tests/: the PDF rewritten as converters write an OFD)

        files.append(("that PDF as OFD", "huaian.ofd", ofd_from_pdf(pdf.read_bytes()), 500.0))
        files.append(("  one text object per letter", "huaian-glyphs.ofd", ofd_from_pdf(pdf.read_bytes(), glyphs=True), 500.0))
    for fmt, goal in (("docx", 200.0), ("pdf", 500.0), ("xlsx", None)):
        files.append((f"our {fmt} export", f"huaian.{fmt}", render(report, fmt), goal))
    for kind in ("rtf", "odt"):   # our Word export saved by LibreOffice (tests/fixtures, make_rtf_odt_fixtures.py)
        saved = ROOT / "tests" / "fixtures" / kind / f"hongze-district-2024.{kind}"
        files.append((f"our docx saved as {kind}", saved.name, saved.read_bytes(), None))
    rtf = files[-2][2]
    picture = b"{\\pict\\pngblip " + b"89504e47" * 2_500_000 + b"}"     # a 20 MB picture in it
    files.append(("the rtf with a 20 MB picture", "picture.rtf", rtf[:-2] + picture + rtf[-2:], None))
    seed = next(iter(sorted((SHARED / "seeds").glob("*.txt"))), None) if SHARED.is_dir() else None
    if seed is not None:
        files.append(("web text (seed)", seed.name, seed.read_bytes(), None))
    print(f"Import times, median of {args.runs} runs after a warm-up")
    print(f"{'file':34} {'size':>9} {'median':>10} {'goal':>9}")
    missed = 0
    for what, name, data, goal in files:
        ms = median_ms(lambda: import_bytes(data, name), args.runs)
        verdict = ""
        if goal is not None:
            ok = ms <= goal
            missed += not ok
            verdict = f"≤{goal:.0f} ms {'OK' if ok else 'MISSED'}"
        print(f"{what:34} {len(data) / 1024:7.0f}KB {ms:8.1f}ms {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
