"""Space-aligned tables over page breaks and with numbers set flush right
(core/importers/aligned_pages.py, core/importers/aligned_columns.py, core/importers/aligned_forms.py).

The fixtures are real tool output for a test report whose 表三 prints figures in some columns only
(LibreOffice's PDF of a .docx, no header repeated on the next pages, a page number in the footer):
``pdftotext -fixed 5`` keeps every page's columns at the same places, as a PDF viewer's copy does;
``pdftotext -layout`` lays each page out anew, so the columns may move a character from one page to
the next; ``w3m -dump`` of an HTML table with its numbers ``align="right"``. A page's rows keep the
first page's columns only where every number stands where those columns' numbers stood and the
rows' labels are the form's next rows; a number set flush right is placed only where every number
of its column ends at one place, under one column's names. Anything less stays unread."""

from __future__ import annotations

import json
from pathlib import Path

from core.importers.aligned_columns import aligned
from core.importers.pasted import import_pasted

HERE = Path(__file__).resolve().parents[1]
TEXTS = HERE / "fixtures" / "tool_texts"
FIXED = (TEXTS / "pdftotext-fixed-table-over-pages.txt").read_text(encoding="utf-8")
SHIFTED = (TEXTS / "pdftotext-layout-next-page-shifted.txt").read_text(encoding="utf-8")
CENTRED = (TEXTS / "pdftotext-layout-centred-header-holes.txt").read_text(encoding="utf-8")
RIGHT = (TEXTS / "w3m-dump-right-aligned-shuyang-2023.txt").read_text(encoding="utf-8")
COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")
# the test report's 表三: 自然人 and 总计 printed, the other columns blank
NATURAL = {"3.3.1": 0, "3.3.2": 12, "3.3.3": 12, "3.3.4": 12, "3.3.5": 1234, "3.3.6": 7, "3.3.7": 1, "3.3.8": 0,
           "3.4.1": 12, "3.4.2": 0, "3.4.3": 7, "3.5.1": 7, "3.5.2": 105, "3.5.3": 0, "3.5.4": 12, "3.5.5": 2,
           "3.6.1": 1, "3.6.2": 105, "3.6.3": 0, "3.7": 3, "4": 0}
"""Rows printed after the first page break (rows 1 to 3.2 stand on the header's page)."""


def _pages(text: str) -> frozenset[int]:
    return frozenset(i + 1 for i, raw in enumerate(text.splitlines(True)) if raw.endswith("\f"))


def _changed(text: str) -> list[str]:
    lines = text.splitlines()
    return [new for old, new in zip(lines, aligned(lines, _pages(text)), strict=True) if old != new]


def _read_after_the_break(text: str) -> dict[str, object]:
    report, _ = import_pasted(None, text, year=2023)
    return {f"{row}/{c}": ("未读" if f"requests/{row}/{c}" in report.missing else report.cells.get(f"requests/{row}/{c}"))
            for row in NATURAL for c in COLS}


WANT = {f"{row}/{c}": (n if c in ("natural", "total") else None) for row, n in NATURAL.items() for c in COLS}


def test_rows_after_a_page_break_keep_the_first_pages_columns() -> None:
    """The rows after the break ("-2-", a form feed, a wrapped label between) stand where the first
    page's did: read, 自然人 and 总计 each in its column, the other columns blank."""
    assert _read_after_the_break(FIXED) == WANT
    assert "          （五）不予处理  1.信访举报投诉类申请\t7\t\t\t\t\t\t7" in _changed(FIXED)


def test_a_viewers_copy_without_form_feeds_breaks_at_the_page_number() -> None:
    """A viewer's copy has no form feed: the page's number ("-3-") between the rows is the break."""
    text = FIXED.replace("\f", "")
    assert _read_after_the_break(text) == WANT


def test_a_next_page_whose_columns_moved_stays_unread() -> None:
    """The same pages one character to the right after the first break (as pdftotext -layout lays a
    page out anew): the first page's columns prove nothing there; nothing is read wrong."""
    lines = FIXED.splitlines(True)
    first = next(i for i, line in enumerate(lines) if line == "\f")
    moved = "".join(lines[:first + 1]) + "".join(" " + line if line.strip() else line for line in lines[first + 1:])
    assert not any("1.信访举" in line for line in _changed(moved))
    read = _read_after_the_break(moved)
    assert all(v == "未读" or v == WANT[a] for a, v in read.items())
    assert read["3.5.1/natural"] == "未读"
    assert "          （五）不予处理  1.信访举报投诉类申请\t7\t\t\t\t\t\t7" in _changed(FIXED)


def test_pdftotext_layout_moving_the_next_pages_columns_reads_nothing_wrong() -> None:
    """Real pdftotext -layout: the page after the break starts every column one character further
    right (24 29 34 … on the first page, 25 30 35 … on the next); its rows stay unread."""
    assert not any("4.保护第三方合法权益" in line for line in _changed(SHIFTED))
    report, _ = import_pasted(None, SHIFTED, year=2023)
    assert all(f"requests/3.3.4/{c}" in report.missing for c in COLS)
    assert any("4.保护第" in line for line in _changed(FIXED))     # (at the first page's places: read)


def test_rows_after_a_break_that_are_not_the_forms_next_rows_stay_unread() -> None:
    """Two rows swapped after the break (3.要求提供公开出版物 printed before 1.信访举报投诉类申请, each
    with its wrapped lines): not the form's rows in order, so not the table going on (another
    table could stand where this one's columns did); nothing after the break is read."""
    lines = FIXED.splitlines(True)
    one = next(i for i, line in enumerate(lines) if "1.信访举" in line)
    three = next(i for i, line in enumerate(lines) if "3.要求提" in line)
    swapped = "".join(lines[:one] + lines[three:three + 3] + lines[one + 3:three] + lines[one:one + 3] + lines[three + 3:])
    assert sorted(swapped.splitlines()) == sorted(FIXED.splitlines())
    assert not any("信访举" in line or "要求提" in line for line in _changed(swapped))
    assert _read_after_the_break(swapped)["3.5.1/natural"] == "未读"
    assert any("信访举" in line for line in _changed(FIXED))


def test_numbers_set_flush_right_are_read_under_their_names() -> None:
    """w3m prints 自然人's numbers ending where 自然人 does ("26" and "0" both ending at cell 95),
    总计's where 总计 does: every cell of 表三 read, the empty ones blank."""
    want = json.loads((HERE / "corpus" / "browser-shuyang-fgj-2023-pdf.json").read_text(encoding="utf-8"))["cells"]
    report, _ = import_pasted(None, RIGHT)
    requests = {a: v for a, v in want.items() if a.startswith("requests/")}
    assert [a for a in requests if a in report.missing] == []
    assert {a: report.cells.get(a) for a in requests} == requests


def test_a_flush_right_number_off_its_columns_end_proves_nothing() -> None:
    """One number ending a cell short of its column's end: not set flush right, the table stays
    unread, never placed; numbers all of one width prove no flush right either (they end where
    they would standing flush left)."""
    assert _changed(RIGHT)
    line = next(line for line in RIGHT.splitlines() if line.startswith("一、本年新收"))
    at = line.index(" 26")
    text = RIGHT.replace(line, line[:at] + "26 " + line[at + 3:])
    assert text != RIGHT
    assert _changed(text) == []
    report, _ = import_pasted(None, text)
    assert all(f"requests/1/{c}" in report.missing for c in COLS)
    head = ("三、收到和处理政府信息公开申请情况\n"
            "                      自然人 商业企业 总计\n")
    rows = ("一、本年新收政府信息公开申请数量        0       0\n"
            "二、上年结转政府信息公开申请数量        0       0\n")
    assert _changed(head + rows) == []


def test_a_header_with_more_name_starts_than_the_table_has_columns_proves_nothing() -> None:
    """pdftotext -layout of a header centred in its cells: the names' lines start a character or two
    apart ("法人 / 或其 / 他组 / 织" at 30, 商业 at 32), nine starts over a seven-column 表三, and the
    numbers at the extra ones were read a column off (商业企业's 30 as 自然人's). Unproven now."""
    want = {"3.1": [None, 30, 5, 0, 12, 0, 47]}
    report, _ = import_pasted(None, CENTRED, year=2023)
    got = [report.cells.get(f"requests/3.1/{c}") for c in COLS]
    assert got == want["3.1"] or all(f"requests/3.1/{c}" in report.missing for c in COLS)
    assert not any(line.count("\t") > 7 for line in _changed(CENTRED))


WRAPPED = (TEXTS / "pdftotext-fixed-label-cells-wrapped.txt").read_text(encoding="utf-8")
HOLES = {"1": [None, 30, None, 5, 12, None, 47], "2": [0, None, 5, None, 1, 30, 36], "3.1": [None, 30, 5, 0, 12, 0, 47],
         "3.3.4": [5, None, None, 12, None, 12, 29], "3.5.3": [None, None, 1, None, None, None, 1],
         "4": [0, 30, 12, 5, None, None, 47]}
"""Rows of a test report whose 表三 leaves cells of every column blank (over two pages)."""


def test_rows_whose_label_cell_wraps_are_read_as_the_tables_first_rows() -> None:
    """pdftotext of a table with narrow label cells: "一、本年新收政府信息公开申请" / "数量". The rows
    were proven, but the table's region started at （一）予以公开 (the cut labels taken for no row of
    表三), and rows 1 and 2 were then entered blank as rows the copy left out: 30 read as empty."""
    for text in (WRAPPED, WRAPPED.replace("\f", "")):
        report, _ = import_pasted(None, text, year=2023)
        for row, want in HOLES.items():
            assert [report.cells.get(f"requests/{row}/{c}") for c in COLS] == want
            assert not any(f"requests/{row}/{c}" in report.missing for c in COLS)


def test_a_row_label_cut_where_it_wraps_still_opens_the_table() -> None:
    """The same with tabs between the cells (how the proven rows are handed on): the first rows'
    labels cut short ("…申请", its 数量 on the next line) are still 表三's rows 1 and 2."""
    text = ("三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请\t1\t30\t1\t5\t12\t1\t50\n数量\n"
            "二、上年结转政府信息公开申请\t0\t1\t5\t1\t1\t30\t38\n数量\n"
            "（一）予以公开\t1\t30\t5\t0\t12\t0\t48\n")
    report, _ = import_pasted(None, text, year=2023)
    assert [report.cells.get(f"requests/1/{c}") for c in COLS] == [1, 30, 1, 5, 12, 1, 50]
    assert [report.cells.get(f"requests/2/{c}") for c in COLS] == [0, 1, 5, 1, 1, 30, 38]


FIRST = {"1": 0, "2": 105, "3.1": 0, "3.2": 2}
"""Rows on the header's page, their labels wrapped four characters a line ("一、本年" / "新收政府" /
"信息公开" / "申请数量"; 3.2's last piece "形）" on the next page)."""


def _first_rows(text: str) -> dict[str, list[object]]:
    report, _ = import_pasted(None, text, year=2023)
    return {row: ["未读" if f"requests/{row}/{c}" in report.missing else report.cells.get(f"requests/{row}/{c}") for c in COLS]
            for row in FIRST}


def test_labels_wrapped_in_a_narrow_cell_are_joined_into_the_forms_row_labels() -> None:
    """The pieces of a label cut short by its narrow cell, joined cell by cell (a group's cell
    "（三）不" / "予公开" beside the row's own), are the form's row labels: the rows are read (they
    were left unread, "一、本年" matching no row), across the page's break too."""
    want = {row: [n, None, None, None, None, None, n] for row, n in FIRST.items()}
    for text in (FIXED, FIXED.replace("\f", "")):
        assert _first_rows(text) == want
        assert "                      一、本年新收政府信息公开申请数量\t0\t\t\t\t\t\t0" in _changed(text)


def test_wrapped_pieces_that_are_no_row_label_stay_as_printed() -> None:
    """Pieces that joined are no row of the form (a word more), or a piece standing off the label's
    cell: the label is not joined, and that row is not read (never read as another row)."""
    assert _first_rows(FIXED)["1"] == [0, None, None, None, None, None, 0]
    for text in (FIXED.replace("新收政府\n", "新收政府网站\n", 1), FIXED.replace("\n                      信息公开\n", "\n                       信息公开\n", 1)):
        assert not any(line.startswith("                      一、本年新收") for line in _changed(text))
        assert _first_rows(text)["1"] == ["未读"] * len(COLS)
