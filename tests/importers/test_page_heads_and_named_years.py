"""Untitled and page-wrapped copies of real 2024/2025 reports (helper 64, from 西安市高陵区人民政府 2024,
洮南市瓦房镇 2025, 汉台区徐望镇 2025, 鹤岗市工农区 2024, 柳州市里雍镇 2025): a preamble naming its report
with 现公开… gives the organ and year; a title year the opening contradicts, with no statistical
period to settle it, is told to the clerk (never changed); and a page's menu above the title and its
field lines under it (发布日期…, 来源…, the title printed again) are no words of the preamble."""

from __future__ import annotations

from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


def _with_head(head: str) -> tuple[object, str]:
    report = fixture(SEED)
    text = table_text(report, "tab")
    return report, text.replace(report.display_title(), head.format(organ=report.organ, y=report.year), 1)


def test_a_preamble_naming_its_report_with_xian_gongkai_gives_organ_and_year() -> None:
    """根据…的规定，现公开西安市高陵区人民政府2024年政府信息公开工作年度报告，本报告… (no title line)."""
    report, text = _with_head("根据《中华人民共和国政府信息公开条例》的规定,现公开{organ}{y}年政府信息公开工作年度报告,"
                              "本报告所列数据的统计期限自{y}年1月1日至{y}年12月31日。")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []


def test_a_title_year_the_opening_contradicts_is_told_not_changed() -> None:
    """现公布洮南市瓦房镇人民政府2024年…报告 … 现将2025年度工作报告如下 / 2025年瓦房镇…: no period."""
    report, text = _with_head("根据《条例》,现公布{organ}{y}年政府信息公开工作年度报告。现将2099年度工作报告如下:\n"
                              "一、总体情况\n2099年{organ}按照上级部门工作要求,加强政府信息公开。2099年,主动公开信息12条。")
    text = text.replace(f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。\n", "")
    got, log = import_text(text, "x.txt")
    assert got.year == report.year                        # the title's year stays: the clerk decides
    assert any("正文说的多是“2099年”" in n for n in log.notes), log.notes


def test_the_opening_agreeing_with_the_title_adds_no_note() -> None:
    report, text = _with_head("{organ}{y}年政府信息公开工作年度报告\n一、总体情况\n{y}年,{organ}扎实推进政务公开,"
                              "{y}年主动公开信息12条。")
    text = text.replace(f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。\n", "")
    _, log = import_text(text, "x.txt")
    assert not any("正文说的多是" in n for n in log.notes), log.notes


def test_a_pages_menu_and_field_lines_are_not_the_preamble() -> None:
    """首页 走进汉台 新闻中心… above the title; 2025-01-26 15:07, 来源:…|发布日期:…, the title again under it."""
    report, text = _with_head("首   页 走进汉台 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n"
                              "{organ}{y}年政府信息公开工作年度报告\n"
                              "来源:{organ}  |   发布日期:2026-01-28 17:00\n"
                              "2026-01-26 15:07\n"
                              "{organ}{y}年政府信息公开工作年度报告\n"
                              "依据《中华人民共和国政府信息公开条例》第五十条规定,特向社会公布本报告。")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    pre = got.texts.get("preamble", "")
    assert pre.startswith("依据《中华人民共和国政府信息公开条例》第五十条规定"), pre
    for chrome in ("走进汉台", "发布日期", "15:07", "年度报告\n"):
        assert chrome not in pre, pre
    assert differences(got, dict(report.cells)) == []
