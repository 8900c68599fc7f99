"""Every full real report of the corpus as clerks hold it: its tables REAL tables in the official
layout, not the tab-separated paragraphs a printed copy of its text gives (``test_corpus_printed``).

For each entry whose tables are hand-read in full (both forms), a report holding the HAND-READ cells
(never our reading of them), a title naming its organ and year and the prose our importer took
from its source, is written as
- ``html``: a saved web page, its tables with rowspan/colspan (``files.html_text``);
- ``docx``: a clerk's Word file, the tables Word grids with merged header and label cells, their
  widths as the template's or narrower, so long labels wrap (``real_tables.word_tables``, four
  layouts taken in turn: 表三's header repeated on the next page or not, cells centred or set to
  the top, 表二 one table or four, a page number in the footer or none);
- ``docx-template``: the county's blank 2021 Word template filled in (2021 entries; not those still
  printing 2019's single （六）其他处理 row, which the template has no row for);
- ``pdf`` and ``pdf-template``: those Word files printed by LibreOffice (one run for all): grid
  lines, labels wrapped in narrow columns, 表三 broken over pages with and without its header
  repeated, rows broken over a page, a page number in the footer or none;
- ``doc``: the Word file saved as Word 97 by LibreOffice, as clerks still send .doc;
- ``xlsx``: a workbook in the official layout, merged cells and borders (``files.official_xlsx``),
  and ``xls`` the same saved as Excel 97 by LibreOffice.

Each is imported and every hand-read cell compared: none may be refused, the year and the organ
are the entry's, and no cell may be read wrong. Every cell must be read in the files no printer
lays out (web page, Word, Excel); a PDF may leave a few unread (LibreOffice's version moves where a
page breaks), never more than half a percent, and a table holding a cell read wrong (none now) may
never be called sure."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from corpus_import import ReportScore, entries, score_report

from core.importers import import_file
from core.importers.confidence import SURE, confidence
from core.importers.model import ImportError_
from core.report import Report
from core.validate import validate
from importers.files import TEMPLATE, filled_template, html_text, official_xlsx
from importers.real_tables import LAYOUTS, corpus_report, word_tables

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from scripts.libreoffice import convert_many, soffice  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")]
FULL = [(meta, source) for meta, source in entries() if meta["tables"] == "full" and "copy_of" not in meta]
"""(A browser's copy or print of a corpus page holds that page's hand-read cells: laid out here once.)"""
KINDS = ("html", "docx", "docx-template", "doc", "pdf", "pdf-template", "xlsx", "xls")
PRINTED = ("pdf", "pdf-template")
UNREAD_IN_PRINT = 0.005
"""Share of a printed kind's cells that may be left not read (never read wrong)."""


def _legacy_printed(report: Report) -> bool:
    """Whether the report prints a row of the older form (2019's single （六）其他处理 in a 2021 表三)."""
    return any(report.cells.get(a) is not None for a in report.form.cells if report.form.is_legacy(a))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Each kind's file of each entry (id → kind → path): the Word files printed in one LibreOffice
    run, saved as Word 97 in another, the workbooks saved as Excel 97 in a third."""
    out = tmp_path_factory.mktemp("real_tables")
    files: dict[str, dict[str, Path]] = {}
    words: list[Path] = []
    for i, (meta, source) in enumerate(FULL):
        report = corpus_report(meta, source)
        mine = files.setdefault(meta["id"], {})
        mine["html"] = out / f"{meta['id']}.html"
        mine["html"].write_text(html_text(report), encoding="utf-8")
        mine["xlsx"] = out / f"{meta['id']}.xlsx"
        mine["xlsx"].write_bytes(official_xlsx(report))
        mine["docx"] = out / f"{meta['id']}.docx"
        mine["docx"].write_bytes(word_tables(report, LAYOUTS[i % len(LAYOUTS)]))
        words.append(mine["docx"])
        if meta["format"] == "2021" and not _legacy_printed(report) and TEMPLATE.is_file():
            mine["docx-template"] = out / f"{meta['id']}.template.docx"
            mine["docx-template"].write_bytes(filled_template(report))
            words.append(mine["docx-template"])
    work = tmp_path_factory.mktemp("lo")
    pdfs = convert_many(words, "pdf", out / "pdf", work)
    for word, pdf in zip(words, pdfs, strict=True):
        kind = "pdf-template" if word.name.endswith(".template.docx") else "pdf"
        files[word.name.split(".")[0]][kind] = pdf
    ids = [meta["id"] for meta, _ in FULL]
    for kind, to, made_from in (("doc", "doc:MS Word 97", "docx"), ("xls", "xls:MS Excel 97", "xlsx")):
        saved = convert_many([files[i][made_from] for i in ids], to, out / kind, work)
        for i, path in zip(ids, saved, strict=True):
            files[i][kind] = path
    return files


def score(meta: dict[str, Any], path: Path) -> tuple[ReportScore, list[str]]:
    """Each hand-read cell read right, wrong or not at all; and the cells read wrong in tables called sure."""
    try:
        report, _ = import_file(path)
    except ImportError_ as e:
        return ReportScore(meta["id"], len(meta["cells"]), refused=str(e)), []
    out = score_report(meta, report)
    sure = {t.table for t in confidence(report, validate(report)) if t.level == SURE}
    return out, [w.split(":")[0] for w in out.wrong if w.split("/")[0] in sure]


def figures(scores: list[ReportScore]) -> dict[str, int]:
    """reports / cells / right / wrong / not read / refused, as the team's figures count them."""
    return {"reports": len(scores), "cells": sum(s.cells for s in scores), "right": sum(s.right for s in scores),
            "wrong": sum(len(s.wrong) for s in scores), "not_read": sum(len(s.missing) for s in scores),
            "refused": sum(1 for s in scores if s.refused)}


@pytest.mark.parametrize("kind", KINDS)
def test_real_tables_read_every_hand_read_cell(made: dict[str, dict[str, Path]], kind: str) -> None:
    """One kind of file over every full entry; its figures printed (``-s``) for the record."""
    if kind.endswith("template") and not TEMPLATE.is_file():
        pytest.skip("../shared (the blank Word template) not present")
    scored = [score(meta, made[meta["id"]][kind]) for meta, _ in FULL if kind in made[meta["id"]]]
    scores = [s for s, _ in scored]
    print(kind, figures(scores))
    assert len(scores) >= (30 if kind.endswith("template") else 40)
    assert [(s.id, s.refused) for s in scores if s.refused] == []
    by_id = {meta["id"]: meta for meta, _ in FULL}
    assert [(s.id, s.year_organ) for s in scores
            if s.year_organ != (by_id[s.id]["year"], by_id[s.id]["organ"])] == []
    assert [(s.id, sure) for s, sure in scored if sure] == []
    assert [(s.id, s.wrong) for s in scores if s.wrong] == []
    unread = [(s.id, s.missing[:3], len(s.missing)) for s in scores if s.missing]
    if kind in PRINTED:
        assert sum(n for *_, n in unread) <= UNREAD_IN_PRINT * sum(s.cells for s in scores), unread
    else:
        assert unread == []
