"""A row printed with its cells empty, then the next row's label on a line of its own with its numbers
on the line(s) after it (issue 17): "规章 | | | |", "行政规范性文件 |", "4 | 0 | 4 |".

The two labels were joined as one wrapped label ("规章行政规范性文件", most like 行政规范性文件's) and
given the numbers by position; 规章 took them and 行政规范性文件 was left unread — a false reading.
Pipes (or tabs) with nothing between them are the cells of a printed row, as the importer reads the
same row anywhere else: 规章 is its own row, printed empty, and the label after it gets its numbers.
A label closed by one pipe alone prints no cell of its own, and may still have its numbers below it."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

_COLS = ("issued", "repealed", "in_force")
_TITLE = "某县某镇人民政府2021年政府信息公开工作年度报告\n本报告所列数据统计期限为2021年1月1日至2021年12月31日。\n"
_REST = ("第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n182 |\n||\n"
         "第二十条第(六)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政处罚 |\n10 |\n||\n行政强制 |\n0 |\n||\n"
         "第二十条第(八)项 |\n|||\n信息内容 |\n本年收费金额(单位:万元) |\n||\n行政事业性收费 |\n18.87 |\n"
         "三、收到和处理政府信息公开申请情况\n")


def _copy(rows: str, sep: str = " |\n") -> str:
    head = sep.join(["第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]) + sep
    return _TITLE + "一、总体情况\n本镇认真做好政府信息公开工作。\n二、主动公开政府信息情况\n" + head + rows + _REST


def _art20_1(text: str) -> tuple[dict[str, object], list[str]]:
    report, log = import_text(text, "empty_row.txt")
    got = {f"{r}/{c}": ("未读取" if f"art20_1/{r}/{c}" in report.missing else report.cells.get(f"art20_1/{r}/{c}"))
           for r in ("rules", "normative") for c in _COLS}
    return got, log.notes


_READ = {"rules/issued": None, "rules/repealed": None, "rules/in_force": None,
         "normative/issued": 4, "normative/repealed": 0, "normative/in_force": 4}


@pytest.mark.parametrize("rows", [
    "规章 | | | |\n行政规范性文件 |\n4 | 0 | 4 |\n",       # the numbers on one line under the label
    "规章 | | | |\n行政规范性文件 |\n4 | 0 |\n4 |\n",       # wrapped over two
    "规章 |||\n行政规范性文件 |\n4 | 0 | 4 |\n",           # the empty cells' pipes run together
    "规章\t\t\t\n行政规范性文件\n4\t0\t4\n",                # tab-separated
])
def test_a_row_printed_empty_is_no_line_of_the_next_rows_label(rows: str) -> None:
    got, notes = _art20_1(_copy(rows))
    assert got == _READ, notes
    assert not any("规章行政规范性文件" in n for n in notes), notes


@pytest.mark.parametrize("rows", [
    "规章 |\n|\n|\n|\n行政规范性文件 |\n4 |\n0 |\n4 |\n",     # one cell per line, the empty ones as pipe lines
    "规章 | | | |\n行政规范性文件 | 4 | 0 | 4 |\n",           # the next row printed whole
])
def test_the_same_rows_in_other_copies_read_as_before(rows: str) -> None:
    got, notes = _art20_1(_copy(rows))
    assert got == _READ, notes


def test_a_label_closed_by_its_pipe_alone_still_takes_the_numbers_below_it() -> None:
    """"规章 |" (no empty cell printed) over "4 | 0 | 4 |", then 行政规范性文件 printed whole: the
    numbers are 规章's, joined by position with the note that they were."""
    got, notes = _art20_1(_copy("规章 |\n4 | 0 | 4 |\n行政规范性文件 | 1 | 0 | 1 |\n"))
    assert got == {"rules/issued": 4, "rules/repealed": 0, "rules/in_force": 4,
                   "normative/issued": 1, "normative/repealed": 0, "normative/in_force": 1}, notes
    assert any("按相邻位置合并读取" in n for n in notes), notes


def test_a_definition_opened_under_a_row_printed_empty_is_still_its_label() -> None:
    """"规章 | | | |" then a line opening a definition of it, then the numbers: the row's label wraps
    over the two lines (the cells printed beside its first line), and the numbers are its own."""
    got, notes = _art20_1(_copy("规章 | | | |\n(设区的市人民政府制定的规章) |\n4 | 0 | 4 |\n行政规范性文件 | 1 | 0 | 1 |\n"))
    assert got == {"rules/issued": 4, "rules/repealed": 0, "rules/in_force": 4,
                   "normative/issued": 1, "normative/repealed": 0, "normative/in_force": 1}, notes
