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
- ``pdf_wrapped/county-template-scaled-37__code-shanghai-szfbgt-2025.pdf``: every count the entry
  holds times 37 (each table's sums stay true), a city's numbers: 表三's 46583 wraps in its narrow
  cell, 4658 over 3, and 表四's 1036 and 2257 over two lines.
- ``pdf_wrapped/county-template-fullwidth-scaled-1009__code-pingtan-2023.pdf``: every count times
  1009, typed full-width: 表四's "１００９" prints one digit a line in its narrow cell, the last line
  on the next page.
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
SCALED_37 = FIXTURES / "pdf_wrapped" / "county-template-scaled-37__code-shanghai-szfbgt-2025.pdf"
SCALED_1009 = FIXTURES / "pdf_wrapped" / "county-template-fullwidth-scaled-1009__code-pingtan-2023.pdf"
_ENTRIES = {meta["id"]: meta for meta, _ in entries()}


def _scaled(cells: dict[str, object], k: int) -> dict[str, object]:
    """The entry's cells as the scaled fixture prints them: its counts times k, the 2021 template's
    rows only (the legacy 3.6 row has no place in it)."""
    return {a: v * k if isinstance(v, int) else v for a, v in cells.items()
            if a.split("/")[0] in ("requests", "appeals") and not a.startswith("requests/3.6/")}


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


def test_numbers_wrapped_in_a_drawn_table_read_by_its_cells() -> None:
    """表三's rows where 46583 prints 4658 over 3: the drawn table is read by its lines, every cell
    right (its lines of numbers were taken for text typed with tabs, each printed line a row of its
    own: 139 cells wrong or unread, the table doubtful); a wrapped number a page break cuts is left
    unread, not read as its first piece."""
    meta = _ENTRIES["code-shanghai-szfbgt-2025"]
    wrong, missing = _wrong(SCALED_37, _scaled(meta["cells"], 37), year=meta["year"])
    assert wrong == []
    # (四、结转下年度继续办理 broken over a page, 10730 as 1073 at its foot and 0 atop the next:
    # those cells unread with why, not read 1073)
    assert set(missing) == {"requests/4/natural", "requests/4/total"}
    assert all("分页" in why for why in missing.values())


def test_a_number_wrapped_over_a_page_is_not_read_as_its_first_digit() -> None:
    """"１００９" one digit a line, its last digit on the next page: 表四's wrapped cells are left
    unread with why, none read as its first digit (1 for 1009, the table called sure); the rest of
    the report reads right."""
    meta = _ENTRIES["code-pingtan-2023"]
    wrong, missing = _wrong(SCALED_1009, _scaled(meta["cells"], 1009), year=meta["year"])
    assert wrong == []
    assert missing and all(a.startswith("appeals/") and "折行" in why for a, why in missing.items())


def test_a_drawn_tables_lines_of_numbers_are_no_tabbed_text() -> None:
    """Lines drawn down between a line's words, or round a lone word in a narrow cell, with lines
    drawn across above and below, make it a drawn table's row; the same words with no lines drawn,
    column lines alone, or in a box drawn round the page, may be typed tabs."""
    from core.importers.drawn_cells import in_drawn_cells
    from core.importers.layout import Line, Token

    words = [Token("4658", 100, 120, 10, 20), Token("4791", 200, 220, 10, 20)]
    lone = [Token("1591", 100, 120, 10, 20)]
    cells = ((90.0, 0.0, 30.0), (150.0, 0.0, 30.0), (250.0, 0.0, 30.0), (500.0, 0.0, 30.0))
    rows = ((0.0, 50.0, 500.0), (30.0, 50.0, 500.0))
    assert in_drawn_cells(Line(words, True, verticals=cells, rules=rows))
    assert in_drawn_cells(Line(lone, True, verticals=cells, rules=rows))
    assert not in_drawn_cells(Line(words, True))
    assert not in_drawn_cells(Line(words, True, verticals=cells))      # (column lines alone: no cell closed)
    assert not in_drawn_cells(Line(words, True, verticals=cells, rules=rows[:1]))
    assert not in_drawn_cells(Line(lone, True, verticals=((50.0, 0.0, 30.0), (500.0, 0.0, 30.0)), rules=rows))
    assert not in_drawn_cells(Line(words, True, verticals=((150.0, 12.0, 30.0),), rules=rows))   # (drawn below)


def test_only_a_rows_rest_without_a_label_is_taken_for_numbers_carried_over_a_page() -> None:
    """The page's last row, then atop the next: numbers without a label under its own numbers are
    the rest of its wrapped cells (those cells unread, with why); a row with a label of its own, or
    numbers in a column the row before leaves empty, is a row of its own, read as it prints."""
    from core.importers.pdf_rows import _rejoin_page_breaks
    from core.importers.row_repair import Observed

    spec = _spec(get_form("2021").table("requests"))
    last = Observed("四、结转下年度继续办理", {0: "1073", 1: "111", 6: "1084"}, True)
    pages = [1, 1, 2, 2]

    def read(row: Observed, mine: str) -> list[Observed]:
        return _rejoin_page_breaks([(0, last, last.label), (2, row, mine)], pages, set(), spec)

    rows = read(Observed("", {0: "0", 6: "1"}, True), "")
    assert len(rows) == 1 and rows[0].cells == {1: "111"} and [j for j, _ in rows[0].unread] == [0, 6]
    assert "分页" in rows[0].unread[0][1]
    labelled = Observed("二、上年结转政府信息公开申请数量", {0: "0", 6: "1"}, True)
    assert read(labelled, labelled.label) == [last, labelled]
    elsewhere = Observed("", {2: "5"}, True)
    assert read(elsewhere, "") == [last, elsewhere]
