"""Words printed where a row's numbers stand are no blank cells (issue 17: read any real report).

A clerk writes a sentence in a row's cells instead of numbers (规章 / 本单位未制作规章, three times, one
cell a line), or a number and then a sentence (其他对外管理服务事项 | 3 | 其中自然灾害救助…). Read as
rows of their own, or joined to the label, the words left the form's row with nothing after it and it
was entered blank — a false reading of what the report printed. The cells are not read, and say why.
A count printed with 批次 (31批次 under 采购项目数量) is the count it prints."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

HEAD = ("某某县水务局2020年政府信息公开工作年度报告\n"
        "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n"
        "二、主动公开政府信息情况\n")
RULES = [f"art20_1/rules/{c}" for c in ("made", "published", "total_public")]
NORMATIVE = [f"art20_1/normative/{c}" for c in ("made", "published", "total_public")]
CLOSED = ("第二十条第(一)项 |\n||||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n|\n"
          "规章 |\n{w} |\n{w} |\n{w} |\n|\n规范性文件 |\n{n} |\n{n} |\n{n} |\n|\n"
          "第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n"
          "行政许可 |\n{n} |\n{n} |\n{n} |\n|\n")
LINES = ("第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n\n"
         "规章\n{w}\n{w}\n{w}\n\n规范性文件\n{n}\n{n}\n{n}\n\n"
         "第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n\n行政许可\n{n}\n{n}\n{n}\n\n")
TAIL = "三、收到和处理政府信息公开申请情况\n"


def _not_read_for(report: object, addresses: list[str], words: str) -> None:
    for a in addresses:
        assert a in report.missing, (a, report.cells.get(a))      # type: ignore[attr-defined]
        assert words in report.missing[a], report.missing[a]      # type: ignore[attr-defined]


@pytest.mark.parametrize("layout", [CLOSED, LINES], ids=["cells closed by pipes", "one cell a line"])
@pytest.mark.parametrize("n", ["0", "2"])
def test_a_sentence_in_each_cell_of_a_row_is_not_read_as_blank(layout: str, n: str) -> None:
    words = "本单位未制作规章"
    report, _ = import_text(HEAD + layout.format(w=words, n=n) + TAIL, "x.txt")
    _not_read_for(report, RULES, words)
    assert [report.cells.get(a) for a in NORMATIVE] == [int(n)] * 3
    assert report.cells.get("art20_5/license/decisions") == int(n)


@pytest.mark.parametrize("layout", [CLOSED, LINES], ids=["cells closed by pipes", "one cell a line"])
def test_a_table_printing_words_and_no_number_is_no_blank_form(layout: str) -> None:
    """No digit in the whole table: it looked like a blank form whose empty cells a copy dropped,
    and every row it named was entered blank."""
    report, _ = import_text(HEAD + layout.format(w="本单位未制作规章", n="本单位未制作规范性文件") + TAIL, "x.txt")
    _not_read_for(report, RULES, "本单位未制作规章")
    _not_read_for(report, NORMATIVE, "本单位未制作规范性文件")


def test_a_copy_cut_inside_a_rows_words_leaves_the_row_unread() -> None:
    """The page's excerpt stops in the second row's words (规范性文件 / 本单): neither row is blank."""
    text = HEAD + ("第二十条第(一)项 |\n||||\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 |\n|\n"
                   "规章 |\n本单位未制作规章 |\n本单位未制作规章 |\n本单位未制作规章 |\n|\n规范性文件 |\n本单")
    report, _ = import_text(text, "x.txt")
    _not_read_for(report, RULES, "本单位未制作规章")
    for a in NORMATIVE:
        assert a in report.missing, (a, report.cells.get(a))


def test_a_number_then_a_sentence_in_a_pipe_row_is_not_read_as_blank() -> None:
    """The sentence joined to the label carried the 3 into it and left the row's cells empty."""
    text = HEAD + ("第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n"
                   "行政许可 | 4 | 0 | 142 | |\n"
                   "其他对外管理服务事项 | 3 | 其中自然灾害救助资金给付项目全年救助13781户，共发放救灾资金1040万元。 | ||\n"
                   "第二十条第(六)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n"
                   "行政处罚 | 1 | 0 | 201 | |\n行政强制 | 0 | 0 | 6 | |\n") + TAIL
    report, _ = import_text(text, "x.txt")
    for c in ("prev_items", "change", "decisions"):
        assert f"art20_5/other_services/{c}" in report.missing, report.cells.get(f"art20_5/other_services/{c}")
    assert [report.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "change", "decisions")] == [4, 0, 142]
    assert report.cells.get("art20_6/penalty/decisions") == 201


@pytest.mark.parametrize("printed", ["31批次", "31 批次"])
def test_a_procurement_count_in_batches_is_the_count(printed: str) -> None:
    text = HEAD + ("第二十条第(九)项 | ||||\n信息内容 | 采购项目数量 | 采购总金额 | ||\n"
                   f"政府集中采购 | {printed} | 709455.9元 | ||\n") + TAIL
    report, log = import_text(text, "x.txt")
    assert report.cells.get("art20_9/procurement/projects") == 31
    assert str(report.cells.get("art20_9/procurement/amount")) == "709455.9"
    assert any(printed in n and "单位" in n for n in log.notes)


def test_batches_are_no_amount_and_no_change() -> None:
    """Only a count is printed in batches: 批次 after an amount or a change is not read."""
    text = HEAD + ("第二十条第(九)项 | ||||\n信息内容 | 采购项目数量 | 采购总金额 | ||\n"
                   "政府集中采购 | 31 | 709455.9批次 | ||\n") + TAIL
    report, _ = import_text(text, "x.txt")
    assert report.cells.get("art20_9/procurement/projects") == 31
    assert "art20_9/procurement/amount" in report.missing


@pytest.mark.parametrize("printed", ["+22", "＋22", "增22"])
def test_a_signed_figure_under_a_column_of_counts_is_not_read(printed: str) -> None:
    """其他对外管理服务事项 | +22 | 0 | 889 (a 2019 report of 通州区): a change's sign under 上一年项目数量 —
    typed a column off, or not this column's figure; which, the page does not say. The change column
    keeps its signs (行政许可 | 16 | +3 | 780)."""
    text = HEAD + ("第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
                   f"行政许可 | 16 | +3 | 780 |\n其他对外管理服务事项 | {printed} | 0 | 889 |\n") + TAIL
    report, _ = import_text(text, "x.txt")
    assert [report.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "change", "decisions")] == [16, 3, 780]
    assert "art20_5/other_services/prev_items" in report.missing
    assert "带“+”号" in report.missing["art20_5/other_services/prev_items"]
    assert report.cells.get("art20_5/other_services/decisions") == 889
