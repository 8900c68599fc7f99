"""The importer on real reports it was never fitted to (tests/corpus/, scored by tests/corpus_import.py).

What must hold already: no report that prints 表二 or 表三 is refused, year and organ are read, and no
table with a cell read wrong is called sure (the preview shows it as doubtful, so nothing is silent).
The share of cells read right is held at least where it stands (issue 17 aims at 100 %)."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest
from corpus_import import ReportScore, entries
from corpus_memo import checked

from core.importers import import_file


@pytest.fixture(scope="module")
def scored() -> list[ReportScore]:
    """Every entry's score, each read once per version of the code (``corpus_memo``): this fixture runs
    on each core that takes one of its tests, beside the per-entry test and the printed corpus."""
    return [checked(meta, source).score for meta, source in entries()]


def test_the_corpus_holds_real_reports() -> None:
    found = entries()
    assert len(found) >= 4
    assert all(meta["source"].strip() and meta["cells"] for meta, _ in found)


def test_no_report_is_refused_and_year_and_organ_are_read(scored: list[ReportScore]) -> None:
    """The organ as its title writes it (大五里镇 for 迁安市大五里镇人民政府, 上海市科委 for 上海市科学技术
    委员会), never the page's menu or breadcrumb; none when the copy starts below the title, or when
    neither title nor opening names it (``organ_unstated``: its reader knew it from the page's address)."""
    assert [s.id for s in scored if s.refused] == []
    for (meta, source), s in zip(entries(), scored, strict=True):
        assert s.year_organ[0] == meta["year"], s.id
        lines = [line.strip() for line in _text(source).splitlines()[:12] if line.strip()]
        titled = any(len(line) <= 80 and line.endswith("报告") for line in lines)
        assert not titled or meta.get("organ_unstated") or _names(s.year_organ[1], meta["organ"]), (s.id, s.year_organ[1])


def test_no_report_gets_another_organ(scored: list[ReportScore]) -> None:
    """Titled or not: the organ read is the report's own or none (a sentence naming a notice,
    根据《…关于做好2020年…年度报告编制…的通知》, gave 湖北省人民政府办公厅…; 向社会公布…本级… gave 本级)."""
    wrong = [(s.id, s.year_organ[1]) for (meta, _), s in zip(entries(), scored, strict=True)
             if s.year_organ[1] and not _names(s.year_organ[1], meta["organ"])]
    assert wrong == []


def _text(source: Path) -> str:
    """The source's text: a printed PDF's as its text layer holds it (the browser's print of a page),
    a Word file's as the importer reads it (a saved page opened and saved by a word processor)."""
    binary = source.suffix in (".pdf", ".docx", ".doc")
    return import_file(source)[1].source_text if binary else source.read_text(encoding="utf-8")


def _names(got: str, organ: str) -> bool:
    """``got`` names ``organ``: its abbreviation (every character in order) or nearly its spelling."""
    rest = iter(organ)
    return bool(got) and (all(ch in rest for ch in got) or SequenceMatcher(None, got, organ).ratio() >= 0.8)


@pytest.mark.parametrize("meta,source", entries(), ids=[m["id"] for m, _ in entries()])
def test_no_table_read_wrong_is_called_sure(meta: dict[str, object], source: object) -> None:
    """Nor is any cell read from 一、总体情况's words (overview_counts) one its reader did not list, or
    listed with another value: those readings are held to what a person checked, report by report."""
    verdict = checked(meta, source)  # type: ignore[arg-type]
    assert verdict.score.refused is None
    assert verdict.sure_wrong == []
    assert verdict.unlisted == []


def test_share_of_cells_read_right_does_not_fall(scored: list[ReportScore]) -> None:
    """Over every report, those whose digits run together (平潭: "713000074" for 71 3 0 0 0 0 74) too."""
    cells = sum(s.cells for s in scored)
    right = sum(s.right for s in scored)
    assert right / cells >= 0.95, "\n".join(f"{s.id}: {s.right}/{s.cells}" for s in scored)


def test_every_entry_is_well_formed() -> None:
    """Fields, file names and cell addresses as tests/corpus_lint.py checks them (a full entry holds
    every cell of its format); a sum that fails is left to the entry's notes (the report's own slip)."""
    from corpus_lint import CORPUS, lint

    problems = {p.name: [x for x in lint(p) if not x.startswith("arithmetic")] for p in sorted(CORPUS.glob("*.json"))}
    assert {k: v for k, v in problems.items() if v} == {}
    full = [meta for meta, _ in entries() if meta["tables"] == "full"]
    assert len(full) >= 30, len(full)
