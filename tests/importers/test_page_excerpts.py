"""Patterns met in pages' excerpts of real reports (a sweep of unseen ones): a 本年增/减 cell printing
its sign alone (抚州市民政局 2020: 行政处罚 | 0 | 增 | 25), a crawl keeping its HTML indentation tabs
(遂溪县农业农村局 2021), a quarter's self-inspection report taken for the annual one (镇江市生态环境局
2020年四季度政务公开工作自查报告), a statistical period with its 日 left out (西柳镇 2023: 至12月31止), and
an excerpt that stops inside a table's header."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.stated import period_year
from core.importers.text import import_text

TITLE = "某县民政局2020年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息12条。\n二、主动公开政府信息情况\n"
PENALTY = "第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
PENALTY_ROW = ("art20_6/penalty/prev_items", "art20_6/penalty/change", "art20_6/penalty/decisions")


@pytest.mark.parametrize("rows", [
    "行政处罚 | 0 | 增 | 25 |\n行政强制 | 0 | 0 | 0 |\n",
    "行政处罚 | 0 | 减少 | 25 |\n行政强制 | 0 | 0 | 0 |\n",
    "行政处罚\n0\n增\n25\n行政强制\n0\n0\n0\n",
], ids=["pipes", "pipes-word", "one-per-line"])
def test_a_change_printed_as_its_sign_alone_keeps_its_place(rows: str) -> None:
    """The sign is the row's middle cell, not read; the numbers around it stay in their columns (25 was
    read as 上一年项目数量, the 0 and 增 taken into the label)."""
    got, _ = import_text(TITLE + PENALTY + rows + "三、收到和处理政府信息公开申请情况\n", "x.txt")
    assert got.cells["art20_6/penalty/prev_items"] == 0 and got.cells["art20_6/penalty/decisions"] == 25
    assert "art20_6/penalty/change" in got.missing and "不是数字" in got.missing["art20_6/penalty/change"]
    assert got.cells["art20_6/enforcement/decisions"] == 0


def test_a_sign_alone_between_numbers_on_a_line_of_words_leaves_the_row_unread() -> None:
    """Space-separated, where the label ends cannot be told: not read, never 25 as 上一年项目数量."""
    got, _ = import_text(TITLE + PENALTY + "行政处罚 0 增 25\n行政强制 0 0 0\n三、收到和处理政府信息公开申请情况\n",
                         "x.txt")
    assert all(a in got.missing for a in PENALTY_ROW)
    assert got.cells["art20_6/enforcement/prev_items"] == 0


def test_tabs_indenting_a_crawled_page_part_no_cells() -> None:
    """Each cell on its line under the HTML source's tabs, closed by a pipe, the last cell's pipe on the
    next line: read as one cell per line (no number was read, the tabs taken for cell breaks)."""
    block = ("  第二十条第(一)项  | \n\t\t\n信息内容  | \n\t\t\t本年制发件数  | \n\t\t\t本年废止件数  | \n"
             "\t\t\t现行有效件数  | \n\t\t\n规章  | \n\t\t\t0  | \n\t\t\t0  | \n\t\t\t0\n   | \n\t\t\n"
             "行政规范性文件  | \n\t\t\t1  | \n\t\t\t0  | \n\t\t\t3\n   | \n\t\t\n第二十条第(五)项  | \n\t\t\n"
             "信息内容  | \n\t\t\t本年处理决定数量  | \n\t\t\n行政许可  | \n\t\t\t951  | \n\t\t\n")
    text = "某县农业农村局2021年政府信息公开工作年度报告\n  二、主动公开政府信息情况\n" + block
    got, _ = import_text(text, "x.txt")
    assert [got.cells.get(f"art20_1/{r}/{c}") for r in ("rules", "normative") for c in ("issued", "repealed", "in_force")] \
        == [0, 0, 0, 1, 0, 3]
    assert got.cells["art20_5/license/decisions"] == 951


def test_a_browser_copy_parting_cells_by_tabs_is_still_split_at_them() -> None:
    text = (TITLE + PENALTY + "行政处罚\t3\t-1\t2\n行政强制\t0\t0\t0\n三、收到和处理政府信息公开申请情况\n")
    got, _ = import_text(text, "x.txt")
    assert [got.cells.get(a) for a in PENALTY_ROW] == [3, -1, 2]


@pytest.mark.parametrize("title", ["2020年四季度政务公开工作自查报告", "某局2022年上半年政务公开工作报告",
                                   "某镇2021年政务公开工作整改报告"])
def test_a_report_of_another_kind_is_not_taken_for_the_annual_one(title: str) -> None:
    """镇江市生态环境局's quarterly self-inspection: its title named 四季度 as the organ and the text was
    taken in as an annual report with no table; it is no such report."""
    text = f"{title}镇江市生态环境局2020年12月31日一、基本情况我局通过政府门户网站主动公开信息862条。"
    with pytest.raises(ImportError_):
        import_text(text, "x.txt")


def test_the_annual_report_titled_as_such_is_still_read_by_its_title() -> None:
    got, _ = import_text("某县民政局2020年政府信息公开工作年度报告\n一、总体情况\n全年收到申请3件。\n", "x.txt")
    assert (got.year, got.organ) == (2020, "某县民政局")


def test_a_period_with_its_day_left_out_before_zhi_is_the_period() -> None:
    """西柳镇 2023: "统计期限从2023年1月1日至12月31止" names the year; the note no longer says no period does."""
    text = ("本报告中所列数据的统计期限从2023年1月1日至12月31止。\n一、总体情况\n（一）主动公开。本镇公开信息27条。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章 | 0 | 0 | 0 |\n行政规范性文件 | 4 | 0 | 32 |\n三、收到和处理政府信息公开申请情况\n")
    got, log = import_text(text, "x.txt")
    assert got.year == 2023
    assert any("按统计期限定为 2023 年" in n for n in log.notes), log.notes
    assert not any("统计期限和发布时间都没有写明年度" in n for n in log.notes)


def test_an_excerpt_stopping_in_a_tables_header_says_so() -> None:
    """Cut after 表二's first header (周湾镇 2021, 皮山县统计局 2023): its rows are past the end of the copy,
    not "not found", and the tables after it are said to be cut off with it."""
    text = TITLE.replace("民政局2020", "统计局2023") + "第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年"
    got, log = import_text(text, "x.txt")
    assert "表头就结束了" in got.missing["art20_1/rules/issued"]
    assert "未找到表三" in got.missing["requests/1/natural"] and "就结束了" in got.missing["requests/1/natural"]
    assert any("未找到" in n and "原文到表二第二十条第（一）项就结束了" in n for n in log.notes), log.notes


def test_a_table_left_out_before_the_last_one_is_still_not_found() -> None:
    """Only the tables after the one the copy stops in are cut off: one missing before it is not."""
    text = (TITLE.replace("2020", "2022") + "第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章 | 0 | 0 | 0 |\n行政规范性文件 | 4 | 0 | 32 |\n三、收到和处理政府信息公开申请情况\n"
            "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n0 0 0 0 0")
    got, _ = import_text(text, "x.txt")
    assert got.missing["art20_5/license/decisions"] == "原文中未找到表二第二十条第（五）项"


def test_an_opening_naming_a_peoples_government_keeps_its_zhengfu() -> None:
    """水江镇 2024, untitled: "2024年以来,水江镇人民政府信息公开工作在区委…" names 水江镇人民政府 (one 政府
    ends the name and begins 政府信息公开), not 水江镇人民."""
    text = ("本报告内容涵盖2024年1月1日至12月31日期间的政府信息公开工作情况。\n一、总体情况\n"
            "2024年以来,水江镇人民政府信息公开工作在区委、区政府的正确领导下,扎实开展政府信息工作。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n")
    got, _ = import_text(text, "x.txt")
    assert got.organ == "水江镇人民政府"


@pytest.mark.parametrize("period", ["所列数据的统计期限自202111日起至20211231日止", "统计期限为202111日至1231日"])
def test_a_period_whose_year_and_month_marks_the_page_dropped_is_the_period(period: str) -> None:
    """A page whose site dropped 年 and 月 (鄂州市住房公积金中心 2021: "统计期限自202111日起至20211231日止",
    "〔202130号"), its title a bare organ line: the period names the year, and the report is read, not
    refused as no report."""
    text = (f"市住房公积金中心\n  根据《中华人民共和国政府信息公开条例》要求,编制发布本年报。{period}。\n"
            "  一、总体情况\n  (二)依申请公开情况。2021年,市中心共收到政府信息公开申请1件,已办结。\n")
    got, log = import_text(text, "x.txt")
    assert got.year == 2021
    assert got.cells["requests/1/total"] == 1
    assert period_year(period) == 2021


@pytest.mark.parametrize("text", ["2021年11日起至2021年12月31日止", "202111日起至20211230日止", "2021111日至20211231日"])
def test_other_days_run_together_are_no_period(text: str) -> None:
    assert period_year(text) is None
