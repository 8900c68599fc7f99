"""The county's blank 2021 Word template as clerks fill it, printed to PDF: real files made from
../shared/samples/blank-2021-format-template.docx with a corpus entry's hand-read cells typed into
its tables (python-docx), printed by LibreOffice (7.x, the project's fonts).

- ``pdf_layouts/county-template-fullwidth__code-pingtan-2021.pdf``: the numbers typed in full-width
  digits (an input method left in full-width mode), the template's heading replaced by the
  report's title. 表四's columns are narrow: "１２" wraps in its cell, １ over ２, the row's other
  cells centred on the line between.
- ``pdf_template/header-over-page__codez-pingtan-jjf-2023.pdf``: the template as sent out, its
  heading kept (no title: the clerk gives the year), the overview's paragraphs typed in; a page
  break cuts 表三's header between its second and third rows, so the foot of 总计's merged cell
  stands empty atop the next page beside the header cell 其他.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from corpus_import import _same, entries

from core.importers import import_file
from core.importers.build import build
from core.importers.pdf import read_lines
from core.importers.pdf_grid import drawn_rows
from core.importers.table_reading import _spec
from core.registry import get_form
from importers.files import FIXTURES

FULLWIDTH = FIXTURES / "pdf_layouts" / "county-template-fullwidth__code-pingtan-2021.pdf"
HEADER_CUT = FIXTURES / "pdf_template" / "header-over-page__codez-pingtan-jjf-2023.pdf"
_ENTRIES = {meta["id"]: meta for meta, _ in entries()}


def _wrong(pdf: Path, cells: dict[str, object], year: int | None = None) -> tuple[list[tuple[str, object, object]], dict[str, str]]:
    report, _ = import_file(pdf, year=year)
    wrong = [(a, report.cells.get(a), want) for a, want in cells.items()
             if a not in report.missing and not _same(report.cells.get(a), want)]
    return wrong, dict(report.missing)


def test_a_number_wrapped_in_a_narrow_drawn_cell_reads_whole() -> None:
    """１２ printed １ over ２ in 表四's cell, between the lines drawn round the row: 12, not 1 (the
    first piece alone was read, and the table called sure since 总计 wrapped the same way)."""
    meta = _ENTRIES["code-pingtan-2021"]
    wrong, missing = _wrong(FULLWIDTH, meta["cells"])
    assert wrong == [] and missing == {}


def test_without_its_lines_a_wrapped_number_is_not_read() -> None:
    """The same page read as if no line were drawn: the rows its pieces stand on cannot be told from
    other numbers, so the cell is not read (never its first piece), with why."""
    lines = [dataclasses.replace(line, rules=()) for line in read_lines(FULLWIDTH.read_bytes(), FULLWIDTH.name)]
    report, _ = build(lines, FULLWIDTH.name, "pdf")
    assert {a for a in report.missing if a.startswith("appeals/")} == {
        "appeals/suit_direct/upheld", "appeals/suit_direct/total"}
    assert "折行" in report.missing["appeals/suit_direct/upheld"]
    assert report.cells["appeals/review/total"] == 3


def test_a_header_cut_by_a_page_break_is_no_row() -> None:
    """Every cell read as typed, 3.其他's 总计 among them (the header cell 其他 beside the empty foot of
    总计's cell was taken for that row printed blank, and the cell its 0 fills was left unread)."""
    meta = _ENTRIES["codez-pingtan-jjf-2023"]
    wrong, missing = _wrong(HEADER_CUT, meta["cells"], year=meta["year"])
    assert wrong == [] and missing == {}


def test_a_header_cell_over_a_column_of_numbers_labels_no_drawn_row() -> None:
    """The rows the drawn lines give have their labels left of every column of numbers: none is the
    header's 其他, which stands over the column it names."""
    lines = read_lines(HEADER_CUT.read_bytes(), HEADER_CUT.name)
    table = get_form("2021").table("requests")
    rows = drawn_rows([line for line in lines if line.positional], _spec(table))
    assert [row.label for row in rows if len(row.cells) < len(table.cols)] == []
    assert any(row.label.endswith("3.其他") for row in rows)
