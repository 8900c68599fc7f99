"""Pipe rows of a copied text printed to PDF by LibreOffice (as ``test_corpus_printed`` prints the corpus)
read as the text reads them: a cause the printed corpus showed, on small texts printed here, with
the close layouts that must stay as they were.

* a row opened by a long label with no leading pipe, wrapped by the page after its first number
  ("规章(…) | 0" / "| 0 | 0 |"), is one row again (pagescj-bbtcsh-jiedao-2020's PDF lost its three
  规章 cells: the first line passed for prose, the rest for a row without a label);
* and not where no line wraps: a page of one cell per line, each closed by its pipe, all short.
"""

from __future__ import annotations

import pytest

from core.report import Report
from importers.files import text_and_pdf

HEAD = ("某某县人民政府2024年政府信息公开工作年度报告\n"
        "本报告统计期限自2024年1月1日至2024年12月31日。\n"
        "二、主动公开政府信息情况\n"
        "第二十条第(一)项 | |||\n"
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n")
TAIL = ("第二十条第(五)项 | |||\n"
        "信息内容 | 本年处理决定数量 |\n"
        "行政许可 | 5 |\n")
WIDTHS = range(28, 46)
"""Characters in the long label's note: LibreOffice's page wraps its row at every place from before
its first pipe to after its last number (after the first number at 37 and 38)."""


BLANKS = (46, 51, 52)
"""Empty lines before a table of one cell per line: the page breaks before 行政强制, before 行政处罚, and
before the empty line above it, so the last page holds only lines as short as these."""


def _label(n: int) -> str:
    return "规章(县级以下" + "填" * n + ")"


def _rules_row(extra: int, close: bool) -> str:
    return f"{_label(extra)} | 3 | 1 | 20 |" if close else f"{_label(extra)} | 3 | 1 | 20"


def _texts() -> dict[str, str]:
    out = {f"long-{n}": HEAD + _rules_row(n, True) + "\n行政规范性文件 | 4 | 0 | 9 |\n" + TAIL for n in WIDTHS}
    out |= {f"open-{n}": HEAD + _rules_row(n, False) + "\n行政规范性文件 | 4 | 0 | 9\n" + TAIL for n in WIDTHS}
    out |= {f"merged-{n}": HEAD + _rules_row(n, True) + "\n| 7 | 8 | 9 |\n" + TAIL for n in (34, 36, 38)}
    cells = ["第二十条第(六)项 |", "||||", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
             "行政处罚 |", "9 |", "+43 |", "52 |", "|", "行政强制 |", "0 |", "0 |", "3 |", "|"]
    out |= {f"per-line-{n}": "\n".join(HEAD.splitlines()[:3]) + "\n" * n + "\n".join(cells) + "\n" for n in BLANKS}
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Report, Report]]:
    """Each text's own reading and its PDF's (one LibreOffice run for all)."""
    return text_and_pdf(_texts(), tmp_path_factory.mktemp("rows"), tmp_path_factory.mktemp("lo"))


RULES = {"art20_1/rules/issued": 3, "art20_1/rules/repealed": 1, "art20_1/rules/in_force": 20}


@pytest.mark.parametrize("n", WIDTHS)
def test_a_long_label_row_wrapped_after_its_first_number_is_one_row(printed: dict[str, tuple[Report, Report]],
                                                                     n: int) -> None:
    text, pdf = printed[f"long-{n}"]
    assert {a: text.cells.get(a) for a in RULES} == RULES
    assert {a: pdf.cells.get(a) for a in RULES} == RULES, [pdf.missing.get(a) for a in RULES]
    assert pdf.cells["art20_1/normative/in_force"] == 9 and pdf.cells["art20_5/license/decisions"] == 5


@pytest.mark.parametrize("n", WIDTHS)
def test_rows_that_close_no_pipe_read_as_their_text(printed: dict[str, tuple[Report, Report]], n: int) -> None:
    """A copy whose rows end on their last number, with no closing pipe: wherever the page wraps the long
    row, the PDF reads no cell otherwise than its text (where the wrap fell after "| 3 |", the old reader
    read the row's other cells empty: 本年废止件数 blank where the copy prints 1)."""
    text, pdf = printed[f"open-{n}"]
    for address, want in text.cells.items():
        if address not in text.missing and address not in pdf.missing:
            assert pdf.cells.get(address) == want, address
    assert pdf.cells["art20_1/normative/in_force"] == text.cells["art20_1/normative/in_force"] == 9


@pytest.mark.parametrize("n", (34, 36, 38))
def test_a_closed_row_keeps_the_framed_row_under_it_apart(printed: dict[str, tuple[Report, Report]], n: int) -> None:
    """A row closed by its pipe, then a framed row of numbers (a merged label's second row): not
    joined to it, the PDF reads as its text."""
    text, pdf = printed[f"merged-{n}"]
    got = {a: pdf.cells.get(a) for a in text.cells if a not in text.missing and a not in pdf.missing}
    assert got == {a: text.cells[a] for a in got}
    assert "art20_1/rules/in_force" not in got or got["art20_1/rules/in_force"] == 20


@pytest.mark.parametrize("n", BLANKS)
def test_a_page_of_one_cell_per_line_joins_no_rows(printed: dict[str, tuple[Report, Report]], n: int) -> None:
    """A copy of one cell per line, each closed by its pipe ("行政处罚 |", "9 |", "+43 |"): on a page of
    such short lines every line ends at the page's longest, and "行政处罚 |" seemed to wrap onto "9 |"
    (行政处罚's three cells lost in pages-yiyang-gxq-scjgj-2020's PDF while this was being fixed). A
    row wraps only where the text's widest lines end."""
    text, pdf = printed[f"per-line-{n}"]
    want = {"art20_6/penalty/prev_items": 9, "art20_6/penalty/change": 43, "art20_6/penalty/decisions": 52,
            "art20_6/enforcement/decisions": 3}
    assert {a: text.cells.get(a) for a in want} == want
    assert {a: pdf.cells.get(a) for a in want} == want, [pdf.missing.get(a) for a in want]
