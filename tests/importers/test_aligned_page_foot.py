"""A space-aligned table whose header stands at the foot of one page and whose rows start the next
(core/importers/aligned_proof.py: header_lines across a page's break, proved).

The fixture is ``pdftotext -fixed 5`` of a test report LibreOffice printed: 表三's header is cut by
the page (自然人 / 法人或其他组织 / 总计 on one page, 商业企业 … 其他 and every row on the next, a
form feed between). The same text without its form feed was read; with it the rows were left
unread, the header's page cut off from them. A header a page earlier proves its rows only when
nothing but the page's break (a form feed, a page's number, blank lines) stands between, every
number stands where the header puts a column, and the rows' labels are every one the form's rows of
表三 in order. Anything less (the next page's columns moved, other rows) stays unread."""

from __future__ import annotations

from pathlib import Path

from core.importers.pasted import import_pasted

TEXT = (Path(__file__).resolve().parents[1] / "fixtures" / "tool_texts" / "pdftotext-fixed-header-at-page-foot.txt").read_text(encoding="utf-8")
COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")
WANT = {"1": [2, 12, None, 2, 0, 0, 16], "2": [30, None, None, 2, 12, 30, 74], "3.1": [None, 1, 5, 30, 1, 5, 42],
        "3.3.1": [12, 0, 2, 2, None, None, 16], "3.4.3": [None, 30, None, None, 5, None, 35],
        "3.6.3": [None, None, 5, 1, 5, 12, 23], "4": [None, 1, 30, None, None, None, 31]}
_ROWS = "\n\n                      一、本年"


def _read(text: str) -> dict[str, list[object]]:
    report, _ = import_pasted(None, text, year=2023)
    return {row: ["未读" if f"requests/{row}/{c}" in report.missing else report.cells.get(f"requests/{row}/{c}") for c in COLS]
            for row in WANT}


def _unread(text: str) -> bool:
    report, _ = import_pasted(None, text, year=2023)
    return all(f"requests/1/{c}" in report.missing for c in COLS) and all(f"requests/3.1/{c}" in report.missing for c in COLS)


def _whole_header_above(footer: str, feed: bool = True) -> str:
    """The fixture with all the header on the page before: its form feed moved to the first row,
    the page's number (``footer``) printed at the foot."""
    return TEXT.replace("\f", "", 1).replace(_ROWS, "\n\n" + footer + "\n" + ("\f" if feed else "") + _ROWS[2:], 1)


def test_a_header_cut_by_the_page_reads_its_rows_on_the_next() -> None:
    assert _read(TEXT) == WANT
    assert _read(TEXT.replace("\f", "")) == WANT


def test_a_header_at_the_page_foot_reads_its_rows_across_the_pages_number() -> None:
    for footer in ("                                          -3-", "                                        第 3 页"):
        assert _read(_whole_header_above(footer)) == WANT
        assert _read(_whole_header_above(footer, feed=False)) == WANT


def test_rows_on_a_next_page_whose_columns_moved_stay_unread() -> None:
    """The rows' page laid out anew, every row two characters to the right: no number stands where
    the header's names start, none is read."""
    for text in (TEXT, _whole_header_above("                                          -3-")):
        assert _read(text) == WANT
        head, rows = text.split("\f", 1)
        assert _unread(head + "\f" + "\n".join("  " + line if line.strip() else line for line in rows.split("\n")))


def test_rows_not_the_forms_rows_in_order_stay_unread() -> None:
    """The same numbers under labels that are not 表三's rows in order (rows 1 and 2 swapped, or
    another table's rows): the header a page earlier proves nothing about them."""
    assert _read(_whole_header_above("   -3-")) == WANT
    swapped = (_whole_header_above("   -3-").replace("一、本年新收", "@@").replace("二、上年结转", "一、本年新收")
               .replace("@@", "二、上年结转"))
    assert _unread(swapped)
    other = _whole_header_above("   -3-").replace("（一）予以公开", "行政许可").replace("（二）部分公开", "行政处罚")
    assert _unread(other)


def test_prose_between_the_header_and_the_rows_is_no_page_break() -> None:
    """A line of prose at the foot of the header's page: the header is not the rows' (unread)."""
    assert _read(_whole_header_above("   -3-")) == WANT
    assert _unread(_whole_header_above("          注：本表按申请人类型统计。"))
