"""A block whose header names a column that every row leaves blank (永康市交通运输局 2020: the (五)
header prints 处理决定数量, its two rows end in an empty cell): the cells are read blank, and what the
clerk is told must say so — not that the report has no such column."""

from __future__ import annotations

from core.importers import import_bytes


def test_a_column_the_header_names_but_no_row_fills_is_not_called_absent() -> None:
    """永康市交通运输局 2020 prints 处理决定数量 in its (五) header and leaves that cell blank in both
    rows (行政许可 | 106 | 2939 | |): read blank, and the note must not say the report has no such column."""
    text = ("某市交通运输局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局认真贯彻《条例》。\n"
            "二、主动公开政府信息情况\n第二十条第(五)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
            "行政许可 | 106 | 2939 | |\n其他对外管理服务事项 | 40 | 3068 | |\n第二十条第(六)项 | |||\n"
            "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政处罚 | 663 | 519 | 333 |\n")
    report, log = import_bytes(text.encode("utf-8"), "report.txt")
    assert report.cells["art20_5/license/change"] == 2939
    assert report.cells.get("art20_5/license/decisions") is None
    assert "art20_5/license/decisions" not in report.missing
    said = [n for n in log.notes if "处理决定数量" in n]
    assert said and not any("原文没有“处理决定数量”列" in n for n in said)
