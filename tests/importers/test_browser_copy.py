"""A page copied from Chromium (select all, copy: ``document.body.innerText``) whose table cells
hold paragraphs, as Word and most site editors write them: each cell on its own line between empty
lines, each tab between cells on a line of its own, a blank cell an "&nbsp;" line or nothing.
The corpus holds such copies made by Chromium itself (tests/corpus/browser-*-copy.txt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_import import CORPUS, score_one

import core.importers.block_cells as block_cells
from core.importers import import_file
from core.importers.layout import text_lines
from core.importers.text import import_text


@pytest.mark.parametrize("entry", ["browser-shanghai-szfbgt-2019-copy", "browser-shuyang-fgj-2023-copy"])
def test_every_cell_of_a_copy_of_paragraph_cells_is_read_in_its_column(entry: str) -> None:
    """上海市政府办公厅 2019 prints blank cells as &nbsp; paragraphs (and, in 表四, as inline &nbsp;
    on the tabs' line); 沭阳县发改局 2023 prints them as empty paragraphs (two tabs apart)."""
    meta = json.loads((CORPUS / f"{entry}.json").read_text(encoding="utf-8"))
    score = score_one(meta, CORPUS / f"{entry}.txt")
    assert (score.refused, score.wrong, score.missing) == (None, [], [])


def test_a_copy_whose_blank_cells_were_saved_as_plain_spaces_reads_the_same(tmp_path: Path) -> None:
    """A Word 97 file (or an editor) keeps the copy's "&nbsp;" as a plain space: a tab line ending
    with one ("\\t \\t ", 表四's last row) still ends its row, not joining the heading after it."""
    entry = "browser-shanghai-szfbgt-2019-copy"
    meta = json.loads((CORPUS / f"{entry}.json").read_text(encoding="utf-8"))
    spaced = tmp_path / f"{entry}.txt"
    spaced.write_text((CORPUS / f"{entry}.txt").read_text(encoding="utf-8").replace("\u00a0", " "), encoding="utf-8")
    score = score_one(meta, spaced)
    assert (score.refused, score.wrong, score.missing) == (None, [], [])


def _cells(*cells: str) -> str:
    """A row as Chromium writes cells holding a paragraph each."""
    return "\n\n\t\n\n".join(cells)


ROWS = [("行政处罚", "3"), ("行政强制", "\u00a0")]


def _page(after_table: str) -> str:
    head = "某某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度主动公开信息。\n\n二、主动公开政府信息情况\n\n"
    tables = "\n\n\n\n\n".join([
        _cells("第二十条第（一）项"),
        _cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
        _cells("规章", "\u00a0", "\u00a0", "2"),
        _cells("行政规范性文件", "1", "", "5"),
    ])
    # the 行政规范性文件 row's empty cell is an empty paragraph: its two tabs one empty line apart
    return head + tables.replace("1\n\n\t\n\n\n\n\t\n\n5", "1\n\n\t\n\n\t\n\n5") + after_table


def test_a_copy_of_paragraph_cells_keeps_each_number_in_its_column() -> None:
    report, _ = import_text(_page("\n\n三、收到和处理政府信息公开申请情况\n\n无。\n"), "copy.txt")
    assert [report.cells.get(f"art20_1/rules/{c}") for c in ("issued", "repealed", "in_force")] == [None, None, 2]
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [1, None, 5]


def test_the_paragraph_after_a_row_ending_in_an_inline_blank_cell_is_not_one_of_its_cells() -> None:
    """"\\t\\u00a0" ends a row whose last cell is an inline &nbsp;: the heading after the table,
    one empty line below, is the page's next paragraph, not a cell of the row."""
    text = _page("\n\n\n\n\n" + "行政事业性收费\n\n\t\u00a0\n\n五、存在的主要问题及改进情况\n\n无。\n")
    lines = [line.cells for line in block_cells.rejoin(text_lines(text))]
    assert ["行政事业性收费", ""] in lines and ["五、存在的主要问题及改进情况"] in lines
    assert ["行政规范性文件", "1", "", "5"] in lines and ["规章", "", "", "2"] in lines


CLIPPED = Path(__file__).resolve().parents[1] / "fixtures" / "browser" / "shanghai-szfbgt-2019-a4.pdf"
"""code-shanghai-szfbgt-2019.html printed to A4 by Chromium 156 (tests/corpus/browser-*.json notes
say how): 表三 is wider than the page, so its 总计 column is cut at the right margin, and Chromium
leaves out of the text layer the digits it does not draw (859 prints as 85, 805 as 80, 72 as 7)."""


def test_a_table_cut_by_the_printed_pages_edge_is_not_read_wrong() -> None:
    """Only 表三's 总计 column is cut: its cells are not read, with a reason that says so; every
    other cell, 表三's other columns too, is read."""
    meta = json.loads((CORPUS / "code-shanghai-szfbgt-2019.json").read_text(encoding="utf-8"))
    score = score_one(meta, CLIPPED)
    assert (score.refused, score.wrong) == (None, [])
    assert score.missing and all(a.startswith("requests/") and a.endswith("/total") for a in score.missing)
    report, _ = import_file(CLIPPED)
    assert {report.missing[a] for a in score.missing} == {
        "表三超出了打印页面的右边，最右的“总计”列被截去（PDF 中只留下没被截去的数字），未读取；请用横向打印的 PDF 或原网页重新导入"}


WIDE = CLIPPED.with_name("pingtan-2021-tables-1600px-a4.pdf")
"""code-pingtan-2021's hand-read tables as a web page (``files.html_text``) whose tables are set
1600 px wide, printed to A4 by Chromium 156 (as CLIPPED): the page shrinks them only so far, and
each table is cut at the printable area's right edge, several columns of 表二 and 表三 past it."""


def test_columns_a_printed_page_cut_off_are_not_read_and_those_it_shows_whole_are() -> None:
    """Before: 154 cells read wrong (the digits left of the edge, or a cut column read blank)."""
    meta = json.loads((CORPUS / "code-pingtan-2021.json").read_text(encoding="utf-8"))
    score = score_one(meta, WIDE)
    assert (score.refused, score.wrong) == (None, [])
    assert score.right >= 10       # the left columns the page shows whole (表二's 本年制发件数, 表三's 自然人)
    report, _ = import_file(WIDE)
    assert all("超出了打印页面的右边" in report.missing[a] for a in score.missing if a.startswith("requests/"))
