"""A PDF table printing no number (zeros left blank: 表四 with no appeals, a whole 表三 empty, 表二's
行政处罚 and 行政强制 both blank) read blank from the cells its drawn lines close — and only those:
a cell whose lines are not all drawn, or whose column no header names, or whose row no label of
the form names, stays not read (core/importers/pdf_grid.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus_import import _same, entries

from core.importers.build import build
from core.importers.layout import Line
from core.importers.pdf import PAGE_GAP, read_lines
from importers.files import FIXTURES

LAYOUTS = FIXTURES / "pdf_layouts"
_ENTRIES = {meta["id"]: meta for meta, _ in entries()}


def _read(pdf: Path, change: Callable[[list[Line]], list[Line]] = lambda lines: lines) -> tuple[object, dict[str, object]]:
    meta = _ENTRIES[pdf.stem.split("__")[1]]
    report, _ = build(change(read_lines(pdf.read_bytes(), pdf.name)), pdf.name, "pdf")
    return report, meta


def _wrong(report: object, meta: dict[str, object]) -> list[tuple[str, object, object]]:
    """Cells read otherwise than printed (a 0 left blank prints nothing: blank)."""
    cells = meta["cells"]
    assert isinstance(cells, dict)
    return [(a, report.cells.get(a), want) for a, want in cells.items()  # type: ignore[attr-defined]
            if a not in report.missing and not _same(report.cells.get(a), None if want == 0 else want)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pdf", sorted(LAYOUTS.glob("zeros-blank*__*.pdf")), ids=lambda p: p.stem)
def test_a_table_printing_no_number_reads_blank_from_its_drawn_cells(pdf: Path) -> None:
    """Every cell read: its number, or blank where the drawn cell is empty — whole tables printing
    none (表三 over three pages, its header broken across two; 表四 in one row; 2019's and 2021's
    forms) and rows printing none on a page before the table's first number."""
    report, meta = _read(pdf)
    assert _wrong(report, meta) == []
    assert dict(report.missing) == {}  # type: ignore[attr-defined]


def _page_of(lines: list[Line], text: str) -> int:
    return next(line.page for line in lines if text in line.text)


def _redrawn(lines: list[Line], page: int, verticals: Callable[[tuple[tuple[float, float, float], ...]],
                                                               tuple[tuple[float, float, float], ...]]) -> list[Line]:
    return [dataclasses.replace(line, verticals=verticals(line.verticals)) if line.page == page else line
            for line in lines]


def test_a_border_left_undrawn_leaves_a_table_in_one_row_not_read() -> None:
    """表四 printed in one row, the line between two of its empty cells not drawn: its fifteen
    columns are fourteen drawn cells, and no cell of it is read (none guessed blank)."""
    pdf = LAYOUTS / "zeros-blank__code-pingtan-2020.pdf"

    def cut(lines: list[Line]) -> list[Line]:
        page = _page_of(lines, "复议后起诉")
        drawn = next(line for line in lines if line.page == page).verticals
        inner = [x for x, _, _ in drawn if 246 < x < 258]        # (未经复议直接起诉's 结果维持 | 结果纠正)
        assert len(inner) == 1
        top = max(y for y, _, _ in next(line for line in lines if line.page == page).rules) - 28   # (the one row's top)
        return _redrawn(lines, page, lambda vs: tuple((x, y0, min(y1, top) if x == inner[0] else y1)
                                                      for x, y0, y1 in vs))

    report, meta = _read(pdf, cut)
    assert _wrong(report, meta) == []
    assert sorted(a for a in report.missing if a.startswith("appeals/")) == sorted(  # type: ignore[attr-defined]
        a for a in meta["cells"] if a.startswith("appeals/"))  # type: ignore[attr-defined]


def test_cells_no_line_closes_are_not_read_blank() -> None:
    """表三's line between 自然人 and 商业企业 drawn only down to the middle of a page: the rows
    below it print one cell across two columns, which no header names, and are not read; the rows
    above still are."""
    pdf = LAYOUTS / "zeros-blank-template__code-pingtan-czj-2023.pdf"

    def cut(lines: list[Line]) -> list[Line]:
        page = _page_of(lines, "3.危及")
        drawn = next(line for line in lines if line.page == page).verticals
        edge = [x for x, _, _ in drawn if 330 < x < 342]            # (自然人 | 商业企业)
        assert edge
        middle = page * PAGE_GAP + 400
        return _redrawn(lines, page, lambda vs: tuple((x, y0, min(y1, middle) if x in edge else y1)
                                                      for x, y0, y1 in vs))

    report, meta = _read(pdf, cut)
    missing = report.missing  # type: ignore[attr-defined]
    assert _wrong(report, meta) == []
    assert "requests/3.5.1/natural" in missing and "requests/3.5.1/total" in missing
    assert "requests/1/natural" not in missing and report.cells["requests/1/natural"] is None  # type: ignore[attr-defined]


def test_a_column_no_header_names_leaves_its_rows_not_read() -> None:
    """表三's 总计 header lost (a converter dropping a word): its rows are not read, none of them
    guessed blank in the columns that are named either."""
    pdf = LAYOUTS / "zeros-blank__code-pingtan-jjf-2019.pdf"

    def drop_total(lines: list[Line]) -> list[Line]:
        start = next(i for i, line in enumerate(lines) if "申请人情况" in line.text)
        return [dataclasses.replace(line, tokens=[t for t in line.tokens if t.text != "总计"]) if i >= start else line
                for i, line in enumerate(lines)]

    report, meta = _read(pdf, drop_total)
    assert _wrong(report, meta) == []
    assert all(a in report.missing for a in meta["cells"] if a.startswith("requests/"))  # type: ignore[attr-defined]


def test_a_row_whose_label_is_not_the_forms_is_not_read() -> None:
    """A label no row of the form has (规章 misprinted 规则) names no row: its empty cells stay not
    read, the other rows' blank."""
    pdf = LAYOUTS / "zeros-blank__code-pingtan-jjf-2019.pdf"

    def misprint(lines: list[Line]) -> list[Line]:
        return [dataclasses.replace(line, tokens=[dataclasses.replace(t, text="（一）予以通过") if t.text == "（一）予以公开"
                                                  else t for t in line.tokens]) for line in lines]

    report, meta = _read(pdf, misprint)
    assert _wrong(report, meta) == []
    assert "requests/3.1/natural" in report.missing  # type: ignore[attr-defined]
    assert "requests/3.2/natural" not in report.missing  # type: ignore[attr-defined]


def test_a_lone_number_among_blanks_is_read_in_its_drawn_cell() -> None:
    """表四 in one row printing one number (1 复议 upheld) and fourteen blanks: the number's column
    is the header drawn over its cell; that cell's right border left undrawn, 表四 is not read at
    all (its 1 never put in a column by where it stands)."""
    pdf = LAYOUTS / "zeros-blank__code-pingtan-hzs-2024.pdf"
    report, meta = _read(pdf)
    assert report.cells["appeals/review/upheld"] == 1  # type: ignore[attr-defined]
    assert [a for a in report.missing if a.startswith("appeals/")] == []  # type: ignore[attr-defined]

    def cut(lines: list[Line]) -> list[Line]:
        page = _page_of(lines, "复议后起诉")
        one = next(t for line in lines if line.page == page and line.text == "1" for t in line.tokens)
        drawn = next(line for line in lines if line.page == page).verticals
        right = [x for x, _, _ in drawn if one.x1 < x < one.x1 + 20]       # (结果维持 | 结果纠正)
        assert len(right) == 1
        return _redrawn(lines, page, lambda vs: tuple((x, y0, min(y1, one.top - 3) if x == right[0] else y1)
                                                      for x, y0, y1 in vs))

    report, meta = _read(pdf, cut)
    assert _wrong(report, meta) == []
    assert sorted(a for a in report.missing if a.startswith("appeals/")) == sorted(  # type: ignore[attr-defined]
        a for a in meta["cells"] if a.startswith("appeals/"))  # type: ignore[attr-defined]
