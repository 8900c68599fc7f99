"""Scoring the importer on real reports it has never been fitted to (tests/corpus/): shared by the
test and by anyone reading the figures. Each report's cells were read by a person from the source;
every cell counts: read right, read wrong, or not read (missing)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

from core.importers import import_file
from core.importers.model import ImportError_
from core.report import Report
from core.values import NA

CORPUS = Path(__file__).resolve().parent / "corpus"


def entries() -> list[tuple[dict[str, Any], Path]]:
    """(meta, source) of every entry, by id. The folder is listed once (a glob per entry went over
    every file again: seconds, at every collection of every test file that reads the corpus)."""
    files = sorted(CORPUS.iterdir())
    sources: dict[str, Path] = {}
    for path in files:
        if path.suffix != ".json":
            sources.setdefault(path.name.split(".")[0], path)
    return [(json.loads(meta.read_text(encoding="utf-8")), sources[meta.stem])
            for meta in files if meta.suffix == ".json" and meta.stem in sources]


def run_together(source: Path) -> bool:
    """A crawled copy whose page ran together on one line (its tables' cells among it): printed to
    a page, the line wraps anywhere, inside numbers too, and nothing is left to read them by. A long
    line (a whole page's), or a copy that is one line of a page's words (a search excerpt of some 700
    characters, its title, preamble and 一、总体情况 inside that one line)."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    longest = max((len(line) for line in lines), default=0)
    return longest > 1500 or (len(lines) == 1 and longest > 500)


@dataclass
class ReportScore:
    id: str
    cells: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    refused: Optional[str] = None
    year_organ: tuple[int, str] = (0, "")


def _same(got: object, want: object) -> bool:
    if want is None:
        return got is None or got is NA
    if got is None or got is NA:
        return False
    return Decimal(str(got)) == Decimal(str(want))


def score_one(meta: dict[str, Any], source: Path) -> ReportScore:
    """``year_given``: a report whose text names no year anywhere (the page's address did): the app
    asks the clerk for it (``YearNotFound``), as the entry's reader would have had to."""
    return imported(meta, source)[0]


def imported(meta: dict[str, Any], source: Path) -> tuple[ReportScore, Optional[Report]]:
    """``score_one`` and the report it scored (None when refused), for a test that looks at the
    report further: one import, the most of such a test's time."""
    try:
        report, _ = import_file(source, year=meta.get("year_given"))
    except ImportError_ as e:
        return ReportScore(meta["id"], len(meta["cells"]), refused=str(e)), None
    return score_report(meta, report), report


def score_report(meta: dict[str, Any], report: Report) -> ReportScore:
    """Each of the entry's hand-read cells in ``report`` (imported from some copy of its source):
    read right, read wrong, or not read."""
    out = ReportScore(meta["id"], len(meta["cells"]), year_organ=(report.year, report.organ))
    for address, want in meta["cells"].items():
        if address in report.missing:
            out.missing.append(address)
        elif _same(report.cells.get(address), want):
            out.right += 1
        else:
            out.wrong.append(f"{address}: 读作 {report.cells.get(address)!r}，原文 {want!r}")
    return out


def score() -> list[ReportScore]:
    return [score_one(meta, source) for meta, source in entries()]
