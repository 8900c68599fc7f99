"""Titles and openings rewritten the way real reports print them (issue 17: year and organ never wrong).

A metamorphic hunt rewrote the titles of corpus reports (year first, year inside, wrapped over lines, under
page fields, inside a 关于印发…的通知, no year at all) and kept the rest: the importer must read the same year
and organ, or none. Three causes of a wrong reading were found:

- a title wrapped after its organ (武清区大黄堡镇 / 2022年…报告) under a line of the page's chrome
  (无障碍 简体 | 繁体 长者模式, 图片, 用微信扫描二维码分享至好友和朋友圈, a grid's 序号 | 标题 | 发文字号 header) or a notice's
  title (关于印发…的通知): the chrome was joined in front of the organ;
- a title naming no year under a site's column (政府信息公开, 2020年信息公开年报): the column was joined in as the
  organ (政府信息公开, 信息公开年报蒲纺工业园区);
- a copy stating its year nowhere (no year in the title, no period) that compares its figures with last year's
  (与上年度（2022年）相比, 较2022年增长): last year, named most, was read as the report's year.
"""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.stated import prose_year
from core.importers.text import import_text

BODY = ("根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告中所列数据的统计期限自2022年1月1日至2022年12月31日止。\n"
        "一、总体情况\n2022年，某镇坚持以人民为中心，扎实推进政务公开工作。\n")


@pytest.mark.parametrize("chrome", [
    "无障碍 无障碍 简体 | 繁体 长者模式 长者模式",
    "图片",
    "用微信扫描二维码分享至好友和朋友圈",
    "序号 | 标题 | 发文字号 | 成文日期 | 发布日期 |",
    "乡镇/2021/正文",
    "公务安全邮箱登录 政务服务门户登录",
])
def test_chrome_over_a_title_wrapped_after_its_organ_is_no_part_of_the_organ(chrome: str) -> None:
    report, _ = import_text(f"{chrome}\n武清区大黄堡镇\n2022年政府信息公开工作年度报告\n" + BODY, "chrome.txt")
    assert (report.year, report.organ) == (2022, "武清区大黄堡镇")


@pytest.mark.parametrize("notice", ["关于印发2022年蠡县审计局政府信息公开工作年度报告的通知",
                                    "永政办发〔2023〕3号\n关于印发2022年蠡县审计局政府信息公开工作年度报告的通知"])
def test_a_notice_over_the_wrapped_title_is_no_part_of_the_organ(notice: str) -> None:
    """(蠡县审计局 2022 under a 关于印发…的通知 wrapper read 的通知蠡县审计局.) A copy of prose alone under a
    notice's title is refused as the notice (no wrong reading); with its tables it is read."""
    text = f"{notice}\n蠡县审计局\n2022年度政府信息公开工作年度报告\n" + BODY + TABLE
    report, _ = import_text(text, "notice.txt")
    assert (report.year, report.organ) == (2022, "蠡县审计局")


TABLE = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
         "规章\t0\t0\t0\n行政规范性文件\t1\t0\t5\n")


@pytest.mark.parametrize("head,organ", [
    ("湖北省\n武汉市江岸区\n2022年政府信息公开工作年度报告", "湖北省武汉市江岸区"),          # a place over a place: one name
    ("中共永安县委\n永安县机构编制委员会办公室\n2022年政府信息公开工作年度报告", "中共永安县委永安县机构编制委员会办公室"),
    ("乌海市工业和信息化局\n2022年政府信息公开工作年度报告", "乌海市工业和信息化局"),
    ("重庆市沙坪坝区人民政府小龙坎街道\n办事处2022年政府信息公开工作年度报告", "重庆市沙坪坝区人民政府小龙坎街道办事处"),
])
def test_a_name_wrapped_over_lines_is_still_joined(head: str, organ: str) -> None:
    report, _ = import_text(head + "\n" + BODY, "wrapped.txt")
    assert (report.year, report.organ) == (2022, organ)


@pytest.mark.parametrize("column", ["政府信息公开", "2022年信息公开年报", "2022年度政务公开"])
def test_a_column_over_a_title_naming_no_year_gives_no_organ(column: str) -> None:
    """Left unread rather than read as the column (政府信息公开) or the column and the organ run together."""
    report, log = import_text(f"{column}\n蒲纺工业园区政府信息公开工作年度报告\n" + BODY, "column.txt")
    assert report.year == 2022
    assert report.organ in ("", "蒲纺工业园区")
    assert any("统计期限" in note for note in log.notes)          # the year's origin is told


def test_an_organ_over_a_title_naming_no_year_is_still_joined() -> None:
    report, _ = import_text("乌海市工业和信息化局\n政府信息公开工作年度报告\n" + BODY, "noyear.txt")
    assert (report.year, report.organ) == (2022, "乌海市工业和信息化局")


COMPARED = "与上年度（2022年）相比，主动公开信息数量有所增加，较2022年增长12%，比2022年减少3件，2022年同期为20件。"


def test_the_year_compared_with_is_not_the_year_spoken_of() -> None:
    assert prose_year(f"2023年，我局扎实推进政务公开。{COMPARED}") == 2023
    assert prose_year(COMPARED) is None                          # only last year's, as compared: none


@pytest.mark.parametrize("text,year", [
    ("2022年，我局扎实推进政务公开。2022年共公开信息20条。2023年将继续推进。", 2022),
    ("2022年比2021年增长，2022年全年公开信息20条。", 2022),         # the year compared from stays counted
])
def test_years_that_are_no_comparison_still_count(text: str, year: int) -> None:
    assert prose_year(text) == year


def test_an_untitled_year_is_not_last_years_when_the_copy_compares_with_it() -> None:
    """No year in the title, no period: the year the opening speaks of is the report's, not the one its
    figures are compared with (named more often)."""
    text = ("某县交通运输局政府信息公开工作年度报告\n"
            f"2023年，我局扎实推进政务公开工作。{COMPARED}\n一、总体情况\n（一）主动公开。2023年，我局主动公开信息120条。\n")
    report, _ = import_text(text, "compared.txt", year=None)
    assert report.year in (None, 2023)


GRID = ("登录 | 注册\n  • 乡镇政府信息公开年度报告\n  • 索引号\n    jsxmdzrmzf/2026-00000\n  • 发布机构\n    建水县面甸镇人民政府\n"
        "  • 文号\n  • 发布日期\n    2026-01-21\n  • 时效性\n    有效\n  • 主题分类\n    政务公开\n")
SLIP = ("根据《中华人民共和国政府信息公开条例》要求，现公布建水县民族宗教事务局2025年政府信息公开工作年度报告。\n"
        "一、总体情况\n2025年，面甸镇人民政府深入贯彻落实《条例》。\n")


def test_a_title_wrapped_after_its_organ_below_a_page_grid_is_read() -> None:
    """(建水县面甸镇 2025, its title wrapped: the preamble's own slip, naming another organ, was read.)"""
    report, _ = import_text(GRID + "\n建水县面甸镇\n2025年政府信息公开工作年度报告\n\n" + SLIP + TABLE, "grid.txt")
    assert (report.year, report.organ) == (2025, "建水县面甸镇")


def test_a_place_alone_below_the_grid_is_no_organ_of_a_title_naming_one() -> None:
    """A line of a place over a full title (湖北省 / 建水县面甸镇2025年…报告): the title's own organ."""
    report, _ = import_text(GRID + "\n云南省\n建水县面甸镇2025年政府信息公开工作年度报告\n\n" + SLIP + TABLE, "place.txt")
    assert (report.year, report.organ) == (2025, "建水县面甸镇")


def test_a_plans_year_is_no_year_spoken_of() -> None:
    assert prose_year("为落实《柞水县国土空间总体规划（2021-2035年）》，我局扎实推进政务公开工作。") is None


def test_a_year_to_come_is_no_year_of_a_report_stating_none() -> None:
    """No year in the title, no period, no date: the opening's 2035年 is a plan's; the year is asked for."""
    text = ("柞水县医疗保障局政府信息公开工作年度报告\n围绕2035年远景目标，我局扎实推进政务公开工作。2035年基本实现现代化。\n"
            "一、总体情况\n我局扎实推进政务公开工作。\n" + TABLE)
    try:
        report, _ = import_text(text, "plan.txt")
    except ImportError_:
        return                                                  # asked for: no wrong year
    assert report.year is None


def test_a_year_after_a_range_of_months_still_counts() -> None:
    assert prose_year("2023年1月至2023年12月，我局公开信息20条。2022年同期为10条。") == 2023
