"""A copy cut off right after a row's label (helper 68's 西火镇 2021, a search excerpt): the row's
cells were never printed, so they are not read — before, the label closed by its pipe was taken as a
row printed empty, its cells read blank, and R5b asked for 0s the report may well print."""

from __future__ import annotations

from core.importers.text import import_text
from core.validate import validate

HEAD = (
    "西火镇人民政府2021年政府信息公开工作年度报告\n"
    "二、主动公开政府信息的情况\n"
    "第二十条第(一)项 | |||\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 |\n"
    "规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n0 |\n0 |\n0 |\n"
    "第二十条第(五)项 | |||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
    "行政许可 |\n0 |\n0 |\n0 |\n"
)
ROW = ("art20_5/other_services/prev_items", "art20_5/other_services/change", "art20_5/other_services/decisions")


def test_a_label_the_copy_ends_on_is_not_read_as_printed_empty() -> None:
    report, _ = import_text(HEAD + "其他对外管理服务事项 |\n", "xihuo.txt")
    assert report.cells["art20_5/license/decisions"] == 0
    assert all(a in report.missing for a in ROW), [report.cells.get(a) for a in ROW]
    assert not [f for f in validate(report) if f.rule == "R5b"]


def test_the_same_label_followed_by_its_cells_is_read() -> None:
    report, _ = import_text(HEAD + "其他对外管理服务事项 |\n3 |\n-1 |\n2 |\n", "xihuo.txt")
    assert [report.cells[a] for a in ROW] == [3, -1, 2]


def test_a_last_row_printing_its_cells_empty_stays_blank() -> None:
    """"label | | | |": the pipes print the row's cells, empty; that is no cut."""
    report, _ = import_text(HEAD + "其他对外管理服务事项 | | | |\n", "xihuo.txt")
    assert not any(a in report.missing for a in ROW)
