"""A number in a merged cell of a pipe copy (helper 69's 泾源县黄花乡 2019, a search excerpt): the page
copied to text writes a merged cell as its text and then one pipe more per column it spans
("行政许可 | 0 | |||"), an empty cell between spaces ("| 0 | 0 | 0 | |"). Under 上一年项目数量 | 本年增/减 |
处理决定数量 the 0 may be any of them: the row is not read, with why — before, it was read into the
first column, the other two called missing from the table (they are in its header) and blank, and
R5b asked for 0s the page may well print."""

from __future__ import annotations

from core.importers.text import import_text
from core.validate import validate

HEAD = (
    "黄花乡2019年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项 | ||||\n"
    "信息内容 | 本年新 | 本年新 | 对外公开 总数量 | |\n"
    "规章 | 0 | 0 | 0 | |\n规范性文件 | 0 | 0 | 0 | |\n"
    "第二十条第(五)项 | ||||\n"
    "信息内容 | 上一年 项目数量 | 本年增/减 | 处理决定数量 | |\n"
)
TAIL = (
    "第二十条第(六)项 | ||||\n"
    "信息内容 | 上一年 项目数量 | 本年增/减 | 处理决定数量 | |\n"
    "行政处罚 | 0 | 0 | 0 | |\n行政强制 | 0 | 0 | 0 | |\n"
)
LICENSE = ("art20_5/license/prev_items", "art20_5/license/change", "art20_5/license/decisions")
OTHER = ("art20_5/other_services/prev_items", "art20_5/other_services/change", "art20_5/other_services/decisions")


def test_a_number_merged_over_several_columns_is_not_read() -> None:
    text = HEAD + "行政许可 | 0 | |||\n其他对外管理服务事项 | 0 | |||\n" + TAIL
    report, log = import_text(text, "huanghua.txt")
    assert all(a in report.missing for a in LICENSE + OTHER), [report.cells.get(a) for a in LICENSE + OTHER]
    assert report.cells["art20_6/penalty/decisions"] == 0 and report.cells["art20_1/rules/made"] == 0
    assert any("合并单元格" in n and "行政许可" in n for n in log.notes), log.notes
    assert not any("原文没有" in n for n in log.notes), log.notes
    assert not [f for f in validate(report) if f.rule == "R5b"]


def test_a_merged_row_beside_a_full_one_leaves_the_full_one_read() -> None:
    text = HEAD + "行政许可 | 5 | |||\n其他对外管理服务事项 | 3 | -1 | 2 | |\n" + TAIL
    report, _ = import_text(text, "huanghua.txt")
    assert all(a in report.missing for a in LICENSE)
    assert [report.cells[a] for a in OTHER] == [3, -1, 2]


def test_empty_cells_between_spaces_are_printed_blank() -> None:
    """"0 | | | |": each pipe after a space closes an empty cell of its own — read as printed."""
    text = HEAD + "行政许可 | 0 | | | |\n其他对外管理服务事项 | 0 | | | |\n" + TAIL
    report, _ = import_text(text, "huanghua.txt")
    assert [report.cells.get(a) for a in LICENSE] == [0, None, None]
    assert not any(a in report.missing for a in LICENSE + OTHER)


def test_a_merged_number_over_the_forms_one_column_is_read() -> None:
    """2021's (五)(六)(八) print one value column spanning three ("行政许可 | 182 | ||"); a 2022 page
    whose (一) keeps the 2019 headers stays on the 2021 form, its values read."""
    text = (
        "某县自然资源局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        "第二十条第(一)项 | |||\n信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n"
        "规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 0 | 0 |\n"
        "第二十条第(五)项 | |||\n信息内容 | 处理决定数量 | ||\n行政许可 | 182 | ||\n"
        "第二十条第(六)项 | |||\n信息内容 | 处理决定数量 | ||\n行政处罚 | 10 | ||\n行政强制 | 0 | ||\n"
        "第二十条第(八)项 | |||\n信息内容 | 本年度收费金额(单位:万元) | ||\n行政事业性收费 | 18.871 | ||\n"
    )
    report, _ = import_text(text, "zrzyj.txt")
    assert report.form.format == "2021"
    assert report.cells["art20_5/license/decisions"] == 182
    assert report.cells["art20_6/penalty/decisions"] == 10
    assert str(report.cells["art20_8/fees/amount"]) == "18.871"
