"""Copies of real reports of State Council departments and province-level departments (helper 91:
国家新闻出版署 2022, 上海市人民政府参事室 2022): a copy with no title whose 总体情况 names last year's
report among the year's work, and an organ whose name begins with the country's words, not a place's."""

from __future__ import annotations

from core.importers.text import import_text

_TABLES = """二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 25 |
行政规范性文件 | 3 | 0 | 291 |
第二十条第(五)项 | |||
信息内容 | 本年处理决定数量 | ||
行政许可 | 46209 | ||
"""


def _copy(opening: str) -> str:
    return ("根据《中华人民共和国政府信息公开条例》有关规定,按照国务院办公厅政府信息与政务公开办公室要求,编制本报告。\n"
            "一、总体情况\n" + opening + _TABLES)


def test_last_years_report_named_in_the_body_is_not_this_reports_name() -> None:
    """二是稳妥做好主动公开。公开发布《国家新闻出版署2021年…报告》 under 2022年,国家新闻出版署…: the
    2022 report was read as 2021's (the name of the report published during the year)."""
    text = _copy("2022年,国家新闻出版署坚持以习近平新时代中国特色社会主义思想为指导,深入推进政府信息公开工作。\n"
                 "一是完善优化工作机制。\n"
                 "二是稳妥做好主动公开。公开发布《国家新闻出版署2021年政府信息公开工作年度报告》,通过网站主动公开政府信息。\n")
    got, log = import_text(text, "x.txt")
    assert got.year == 2022, log.notes
    assert any("请核对" in n and "2022" in n for n in log.notes), log.notes
    assert got.cells["art20_5/license/decisions"] == 46209


def test_a_report_naming_itself_in_the_body_keeps_its_name() -> None:
    """The same sentence naming this year's report (a copy that starts at 一、总体情况 may name its report
    only there) still gives the organ and year."""
    text = _copy("2022年,某县统计局认真贯彻落实《条例》。现将某县统计局2022年政府信息公开工作年度报告公布如下。\n")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (2022, "某县统计局")


def test_a_state_council_departments_name_is_read_from_the_opening() -> None:
    """2022年,国家新闻出版署坚持…: no place begins the name, yet it is an organ's whole name (国家层面,
    国家秘密 are none)."""
    text = _copy("2022年,国家新闻出版署坚持以习近平新时代中国特色社会主义思想为指导,深入推进政府信息公开工作。\n")
    got, log = import_text(text, "x.txt")
    assert got.organ == "国家新闻出版署", log.notes
    assert any("单位名称按正文开头" in n for n in log.notes), log.notes
    text = _copy("2022年,国家层面持续推进政务公开,本机关深入推进政府信息公开工作。\n")
    got, _ = import_text(text, "x.txt")
    assert got.organ == ""
