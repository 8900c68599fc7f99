"""Space-aligned tables read by the columns their header proves (core/importers/aligned_columns.py).

``pdftotext -layout`` counts characters (自然 and the first 26 both start at character 26, 总计 and
the second at 57), ``w3m -dump`` counts display cells (自然人 and 26 both at cell 107): a row's
empty cells are spaces, so where its numbers start is all that tells their columns. The fixtures
are the tools' real output (browser-shuyang-fgj-2023-pdf's PDF; office-shuyang-fgj-2023-docx's
pandoc HTML dumped by w3m). A block is only rewritten when every number of every row starts where
one header name does; a misaligned row, a header missing a column's name, prose, or a text marking
its cells with tabs or pipes is left as it is."""

from __future__ import annotations

import json
from pathlib import Path

from core.importers.aligned_columns import aligned
from core.importers.pasted import import_pasted

HERE = Path(__file__).resolve().parents[1]
TEXTS = HERE / "fixtures" / "tool_texts"
WANT: dict[str, object] = json.loads((HERE / "corpus" / "browser-shuyang-fgj-2023-pdf.json").read_text(encoding="utf-8"))["cells"]
PDF = (TEXTS / "pdftotext-layout-shuyang-fgj-2023.txt").read_text(encoding="utf-8")
W3M = (TEXTS / "w3m-dump-of-pandoc-html-shuyang-fgj-2023.txt").read_text(encoding="utf-8")
COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")


def _pages(text: str) -> frozenset[int]:
    return frozenset(i + 1 for i, raw in enumerate(text.splitlines(True)) if raw.endswith("\f"))


def _changed(text: str) -> list[str]:
    lines = text.splitlines()
    return [new for old, new in zip(lines, aligned(lines, _pages(text)), strict=True) if old != new]


def test_w3m_columns_counted_in_display_cells_read_every_cell_right() -> None:
    report, _ = import_pasted(None, W3M)
    requests = {a: v for a, v in WANT.items() if a.startswith("requests/")}
    assert [a for a in requests if a in report.missing] == []
    assert {a: report.cells.get(a) for a in requests} == requests
    assert "一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26" in _changed(W3M)


def test_pdftotext_columns_counted_in_characters_under_the_header() -> None:
    """The rows under the header on the table's first page are proven (自然 and 26 at 26, 总计 and 26
    at 57; "社 会"/"公 益" a letter-spaced name, not two columns); the next page's rows are not."""
    changed = _changed(PDF)
    assert changed[0] == "一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26"
    assert "             7.属于行政执法案\t0\t\t\t\t\t\t0" in changed
    assert not any("8.属于行政查询事" in line or "（七）总计" in line for line in changed)


def test_pdftotext_first_page_reads_its_rows_right() -> None:
    page = PDF[:PDF.index("\f", PDF.index("7.属于行政执法案"))]
    report, _ = import_pasted(None, page)
    for row in ("1", "2", "3.1", "3.3.1"):
        assert [report.cells.get(f"requests/{row}/{c}") for c in COLS] == [WANT[f"requests/{row}/{c}"] for c in COLS]
        assert not any(f"requests/{row}/{c}" in report.missing for c in COLS)


def test_a_misaligned_row_leaves_the_table_as_it_was() -> None:
    """One number a cell off its column: the block is not proven, none of its rows is rewritten,
    and the rows stay unread as before, never placed."""
    text = W3M.replace("一、本年新收政府信息公开申请数量                                                                           26",
                       "一、本年新收政府信息公开申请数量                                                                            26")
    assert text != W3M
    assert _changed(text) == []
    report, _ = import_pasted(None, text)
    assert all(f"requests/1/{c}" in report.missing for c in COLS)
    assert [a for a, v in WANT.items() if a not in report.missing and report.cells.get(a) != v] == []


def test_a_table_cut_by_a_page_without_its_form_feed_is_not_proven() -> None:
    """Without the page break, the next page's rows (at other places) belong to the block: unproven."""
    assert _changed(PDF.replace("\f", "")) == []


def test_a_header_missing_a_column_name_proves_nothing() -> None:
    """总计 taken out of the header: the second 26 stands under no name, the table is left as it is."""
    text = W3M.replace("其他 总计", "其他     ")
    assert text != W3M
    assert _changed(text) == []
    report, _ = import_pasted(None, text)
    assert "requests/1/natural" in report.missing and report.cells.get("requests/1/total") is None


_HEAD = ("三、收到和处理政府信息公开申请情况\n"
         "                    自然人    商业企业    总计\n")


def test_prose_with_spaces_and_numbers_is_left_alone() -> None:
    prose = ("我局全年共收到申请  26  件，其中  自然人  申请  20  件\n"
             "法人申请  6  件，较上年  增加  2  件\n")
    assert _changed(prose) == []
    assert _changed(_HEAD + "本年度    共办理    26    件，答复    26\n全年   受理   12   件，办结   3\n") == []


def test_tabs_or_pipes_mark_the_cells_and_the_text_is_never_changed() -> None:
    head = " " * 20 + "自然人" + " " * 3 + "商业企业" + " " * 4 + "总计"
    rows = ["一、本年新收政府信息公开申请数量" + " " * 4 + "26" + " " * 12 + "26",
            "二、上年结转政府信息公开申请数量" + " " * 4 + "0" + " " * 13 + "0"]
    lines = ["三、收到和处理政府信息公开申请情况", head, *rows]
    assert aligned(lines)[2:] == ["一、本年新收政府信息公开申请数量\t26\t\t26", "二、上年结转政府信息公开申请数量\t0\t\t0"]
    for mark in ("\t", "|", "│"):
        marked = [*lines, f"备注{mark}无"]
        assert aligned(marked) == marked


# pdftotext -layout of huaian-city-2024.pdf (/work/shared/samples): a page's number stands over the
# next page's one-column table, among its columns
_FOOTER = ("第二十条 第（六）项\n\n\n\n\n"
           "                                           -3-\n"
           "\f信息内容                          本年处理决定数量\n\n\n"
           "行政处罚                          3985758\n\n\n"
           "行政强制                          88283\n")


def test_a_page_number_over_a_table_is_no_column() -> None:
    """With its form feed or without (a viewer's copy), "-3-" names no column: the table has one
    column and nothing is rewritten."""
    assert _changed(_FOOTER) == []
    assert _changed(_FOOTER.replace("\f", "")) == []
