"""Cells real copies print that a careful reader is sure of and the importer left unread (issue 17,
the corpus's unread cells):

* a count printed with its unit in a pipe row of a page that ran together ("行政许可 | 124件 |",
  衡阳市商务局 2022): the pipes make 124件 the row's cell — unlike a sentence's 规范性文件15件;
* a one-cell-per-line copy closing every row with a line of pipes (得荣县卫生健康局 2019: "本年增/减 |"
  then "||" before 行政事业性收费, "0 |", "|", "||"): that line is no empty cell, the one before it is;
* a copy whose last line is a cell cut inside its note (广东省文化和旅游厅 2019: 政府集中采购 3, then
  "13000000(预算"): the 3 is the row's first cell, the cut cell is not read;
* "未发生…行政复议和行政诉讼" with no 表四 (伊敏苏木 2019): no suit at all, so none of either kind;
* a row printed as items under it that are all 0 (通州区新华街道 2019: 其他对外管理服务事项, then
  行政检查 0 0 0 and 行政确认 0 0 0): 0 whichever way the items make up the row.
"""

from __future__ import annotations

import pytest

from core.importers.match import read_value
from core.importers.text import import_text
from core.values import ValueError_

# --- a pipe row's count with its unit, in a page that ran together ----------------------------------

_RAN = ("编制说明:本年度报告根据国家、省、市政府信息公开相关法律、法规的规定编制,内容包括:总体情况、行政机关主动公开政府信息情况、"
        "行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议、提起行政诉讼情况等六项内容。"
        "本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。 一、总体情况 2022年,衡阳市商务局认真贯彻实施"
        "《中华人民共和国政府信息公开条例》,政府信息公开工作稳步推进。 二、主动公开政府信息情况 "
        "第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | | | | "
        "行政规范性文件 | {normative} | 0 | 4 | 第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | {license} | "
        "第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | {penalty} | 行政强制 | | "
        "第二十条第(八)项 | 信息内容 | 本年收费金额(单位:万元) | 行政事业性收费 |\n|\n"
        "三、收到和处理政府信息公开申请情况\n")


@pytest.mark.parametrize(("normative", "license_", "penalty"), [("4", "124件", ""), ("4件", "124", "5件")])
def test_a_count_with_its_unit_in_a_pipe_row_of_a_run_together_page_is_read(normative: str, license_: str,
                                                                              penalty: str) -> None:
    report, log = import_text(_RAN.format(normative=normative, license=license_, penalty=penalty), "hy.txt")
    assert report.year == 2022
    assert report.cells.get("art20_5/license/decisions") == 124
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [4, 0, 4]
    assert report.cells.get("art20_6/penalty/decisions") == (5 if penalty else None)
    assert not [a for a in report.missing if a.startswith(("art20_1/", "art20_5/", "art20_6/"))], report.missing
    printed = [c for c in (normative, license_, penalty) if c.endswith("件")]
    assert all(any(f"原文为“{c}”（数字带单位），已去掉单位" in n for n in log.notes) for c in printed), log.notes


def test_a_count_and_its_unit_in_a_run_together_sentence_is_not_a_cell() -> None:
    """Without the pipes, 行政许可124件 is the page's words (…办理行政许可124件…), not the row."""
    text = _RAN.format(normative="4", license="124件", penalty="").replace("行政许可 | 124件 |", "行政许可124件")
    report, _ = import_text(text, "hy.txt")
    assert "art20_5/license/decisions" in report.missing


# --- a row closed by a line of pipes ----------------------------------------------------------------

_CLOSED = ("得荣县卫生健康局\n2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
           "第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n"
           "行政许可 |\n0 |\n|\n0 |\n|\n其他对外管理服务事项 |\n0 |\n|\n0 |\n|\n"
           "第二十条第(八)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n||\n"
           "行政事业性收费 |\n0 |\n{fees}"
           "第二十条第(九)项 |\n||||\n信息内容 |\n采购项目数量 |\n采购总金额 |\n||\n政府集中采购 |\n0 |\n0 |\n"
           "三、收到和处理政府信息公开申请情况\n")


def test_a_rows_closing_line_of_pipes_is_no_empty_cell() -> None:
    report, _ = import_text(_CLOSED.format(fees="|\n||\n"), "dr.txt")
    assert "art20_8/fees/prev_items" not in report.missing and "art20_8/fees/change" not in report.missing
    assert report.cells.get("art20_8/fees/prev_items") == 0 and report.cells.get("art20_8/fees/change") is None
    assert [report.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "change", "decisions")] == [0, None, 0]


def test_a_row_with_no_line_beyond_its_closing_one_leaves_its_columns_unknown() -> None:
    """"0 |" then only the closing "||": no empty cell is shown, so the 0's column is not known."""
    report, _ = import_text(_CLOSED.format(fees="||\n"), "dr.txt")
    assert "art20_8/fees/prev_items" in report.missing and "art20_8/fees/change" in report.missing


# --- a copy cut inside a cell's note ----------------------------------------------------------------

_CUT = ("广东省文化和旅游厅2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\n"
        "第二十条第(八)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n行政事业性收费\n\n0\n\n0\n\n"
        "第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n政府集中采购\n\n3\n\n13000000(预算")


def test_a_copy_ending_inside_a_cells_note_reads_the_cells_before_it() -> None:
    report, _ = import_text(_CUT, "gd.txt")
    assert report.cells.get("art20_9/procurement/projects") == 3
    assert "括注不完整" in report.missing["art20_9/procurement/amount"]


def test_a_number_whose_note_has_no_closing_bracket_is_not_read() -> None:
    with pytest.raises(ValueError_, match="括注不完整"):
        read_value("13000000(预算", "money")
    assert read_value("5（含网上申请1件）", "count")[0] == 5     # (a note closed: read, as before)


# --- no suit at all ---------------------------------------------------------------------------------

_NO_TABLES = ("伊敏苏木人民政府2019年政府信息公开工作年度报告\n"
              "三、收到和处理政府信息公开申请情况\n2019年度,我苏木未收到政府信息公开申请情况。\n"
              "四、政府信息公开行政复议、行政诉讼情况\n{appeals}\n"
              "五、存在的主要问题及改进情况\n今后将进一步加强政府信息公开工作。\n")


def test_no_suit_at_all_is_none_of_either_kind() -> None:
    text = _NO_TABLES.format(appeals="2019年,我苏木未发生针对本单位有关政府信息公开行政复议和行政诉讼情况。")
    report, log = import_text(text, "ym.txt")
    assert [report.cells.get(a) for a in ("appeals/review/total", "appeals/suit_direct/total",
                                          "appeals/suit_after_review/total")] == [0, 0, 0]
    assert "appeals/suit_direct/pending" in report.missing
    assert any("行政诉讼 未经复议直接起诉 / 总计 为 0" in n for n in log.notes), log.notes


def test_a_count_of_suits_is_not_split_between_the_kinds() -> None:
    report, _ = import_text(_NO_TABLES.format(appeals="2019年,我苏木发生政府信息公开行政诉讼1件。"), "ym.txt")
    assert "appeals/suit_direct/total" in report.missing and "appeals/suit_after_review/total" in report.missing


# --- a row printed as items, every one 0 ------------------------------------------------------------

_ITEMS = ("某某街道办事处2019年政府信息公开工作年度报告\n"
          "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n二、主动公开政府信息情况\n"
          "第二十条第(五)项 |\n|||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n||\n"
          "行政许可 |\n4 |\n1 |\n5 |\n||\n其他对外管理服务事项 |\n行政检查 |\n0 |\n0 |\n0 |\n|\n"
          "行政确认 |\n0 |\n{last} |\n0 |\n||\n"
          "第二十条第(六)项 |\n|||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n||\n"
          "行政处罚 |\n3 |\n-1 |\n2 |\n||\n行政强制 |\n0 |\n0 |\n0 |\n||\n三、收到和处理政府信息公开申请情况\n")
_OTHER = ("art20_5/other_services/prev_items", "art20_5/other_services/change", "art20_5/other_services/decisions")


def test_a_row_printed_as_items_all_zero_is_zero() -> None:
    report, log = import_text(_ITEMS.format(last="0"), "xh.txt")
    assert [report.cells.get(a) for a in _OTHER] == [0, 0, 0]
    assert not any(a in report.missing for a in _OTHER)
    assert any("其下另列“行政检查”“行政确认”2 行，各格都是 0，该行各格按 0 录入" in n for n in log.notes), log.notes


def test_a_row_printed_as_items_not_all_zero_stays_unread() -> None:
    report, _ = import_text(_ITEMS.format(last="1"), "xh.txt")
    assert all(a in report.missing for a in _OTHER)
