"""A web page's own lines between the title and the report, and a first section printed without its
heading (helper 84's audit of the findings on the corpus's newest 84 reports).

The page's lines are no 前言: taken for one, a report that has none was told its 前言 lacks the
period and the contact (false F4 and F5 on 琼海市嘉积镇 2019's share bar 微信 / X, 汕头市政务服务和数据
管理局 2024's bulleted date, 建德市交通运输局 2021's 文件编号:, 广昌县长桥乡 2019's title printed again
as 年度工作 / 报 告). A first section printed without 一、总体情况 (广州市国资委 2020, 河口县桥头乡 2022:
the opening and its items 主动公开… 监督保障… straight under the title) is that section, not the 前言:
read as a 前言 it left section one empty, an error (S1) blocking the export of a report that has it.
"""

from __future__ import annotations

import pytest

from core.importers.text import import_text
from core.report import Report
from core.validate import validate
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"
OPENING = "一、总体情况\n{y}年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息12条。\n"


def _page(head: str, body: str) -> tuple[Report, str]:
    """The seed's tables from 二 on, under its title, ``head`` (the page's lines) and ``body``."""
    report = fixture(SEED)
    text = table_text(report, "tab")
    tables = text[text.index("二、主动公开政府信息情况"):]
    fill = {"organ": report.organ, "y": report.year}
    return report, f"{report.display_title()}\n{head.format(**fill)}{body.format(**fill)}{tables}"


def _rules(report: Report) -> set[str]:
    return {f.rule for f in validate(report) if f.severity != "info"}


@pytest.mark.parametrize("head", [
    "发布日期:2020-01-20 14:38 来源: 分享到:\n微信\nX\n【字体:  \n",            # a share bar, a button a line
    "  • 2025-01-20 10:11\n  • 来源:汕头市某局\n  • 【字体:\n  •\n",               # the fields as a list
    "索引号: | 002516748/2022-23645 | 公开方式: | 主动公开 | ||\n文件编号: |\n",    # 文件编号: with nothing after it
    "{organ}{y}年政府信息公开年度工作\n报 告\n",                                   # the title again, letter-spaced
    "发表时间:2021-03-15 16:35\n",
    "??\n",                                                                      # characters a copy lost
])
def test_the_pages_own_lines_are_no_preamble(head: str) -> None:
    report, text = _page(head, OPENING)
    got, _ = import_text(text, "x.txt")
    assert got.texts.get("preamble", "") == ""
    assert got.texts["1"].startswith(f"{report.year}年,我局认真贯彻落实")
    assert not {"F4", "F5"} & _rules(got)
    assert differences(got, dict(report.cells)) == []


def test_a_preamble_after_a_share_bar_is_kept_whole() -> None:
    _, text = _page("分享到:\n微信\nX\n【字体:\n根据《中华人民共和国政府信息公开条例》编制本报告。\n", OPENING)
    got, _ = import_text(text, "x.txt")
    assert got.texts["preamble"] == "根据《中华人民共和国政府信息公开条例》编制本报告。"


def test_a_short_line_beside_the_reports_words_is_kept() -> None:
    """Only a run with a page line on both sides is the page's: short lines running into the report's
    words are kept (what they are, the words do not say); a button's word alone (微信) is the page's
    wherever it stands (page_furniture's buttons)."""
    _, text = _page("分享到:\n综合科\n某县某局\n根据《中华人民共和国政府信息公开条例》编制本报告。\n", OPENING)
    got, _ = import_text(text, "x.txt")
    assert got.texts["preamble"].startswith("综合科\n某县某局\n根据")


ITEMS = ("主动公开全面落实。{y}年我委主动公开信息3067条。\n依申请公开依法规范。{y}年新收到政府信息公开申请0件。\n"
         "政府信息管理标准有序。严抓发布前审核。\n平台建设稳步推进。升级平台搜索引擎。\n监督保障逐步强化。组织培训2次。\n")
NUMBERED = ("(一)主动公开方面。{y}年,主动公开政府信息40条。\n(二)依申请公开方面。{y}年度共受理依申请公开0件。\n"
            "(三)政府信息管理方面。对拟公开的政府信息进行保密审核。\n")


def test_an_opening_and_its_items_under_no_heading_are_section_one() -> None:
    """广州市国资委 2020: 本年度,我委坚持… / 主动公开全面落实。… / … / 监督保障逐步强化。…, then 二、."""
    report, text = _page("", "本年度,我委坚持“以公开为常态,不公开为例外”原则,全力推进政府信息公开工作。\n" + ITEMS)
    got, log = import_text(text, "x.txt")
    assert got.texts.get("preamble", "") == ""
    assert got.texts["1"].startswith("本年度,我委坚持") and "监督保障逐步强化" in got.texts["1"]
    assert not {"S1", "F4", "F5"} & _rules(got)
    assert any("原文没有“一、总体情况”这一标题" in n for n in log.notes), log.notes
    assert differences(got, dict(report.cells)) == []


def test_the_preamble_before_them_stays_the_preamble() -> None:
    """河口县桥头乡 2022 with a 前言: what speaks of the report stays; the opening and (一)… are section one's."""
    preamble = "根据《中华人民共和国政府信息公开条例》规定,现发布本报告。本报告所列数据统计期限自{y}年1月1日至{y}年12月31日。\n"
    report, text = _page("", preamble + "{y}年,桥头乡扎实开展政务公开工作,取得较好成效。\n" + NUMBERED)
    got, _ = import_text(text, "x.txt")
    assert got.texts["preamble"].startswith("根据《中华人民共和国政府信息公开条例》规定")
    assert got.texts["1"] == f"{report.year}年,桥头乡扎实开展政务公开工作,取得较好成效。"
    assert got.texts["1.1"].startswith("(一)主动公开方面") and got.texts["1.3"].startswith("(三)政府信息管理方面")
    assert "S1" not in _rules(got)


def test_a_copy_starting_inside_section_one_is_section_one() -> None:
    """(二)… (三)… (四)…: a page out of the middle of 总体情况, before 二."""
    _, text = _page("", "(二)政府信息依申请公开情况\n受理信息公开申请0件。\n(三)复议、诉讼和申诉情况\n行政复议案0件。\n"
                        "(四)人员情况\n共有专职信息人员2名。\n")
    got, _ = import_text(text, "x.txt")
    assert got.texts.get("preamble", "") == "" and "(四)人员情况" in got.texts["1"]
    assert "S1" not in _rules(got)


@pytest.mark.parametrize("body", [
    "根据《湖北省人民政府办公厅关于做好{y}年政府信息公开年度报告编制和发布工作的通知》有关要求,现将我局{y}年度政府信息公开情况报告如下。\n",
    "{y}年,我局扎实推进政务公开工作。\n主动公开全面落实。主动公开信息12条。\n",      # one item: not enough to tell
])
def test_without_its_items_the_text_stays_the_preamble(body: str) -> None:
    """A section one the report lacks is not made up: the text stays the 前言 and S1 still says so."""
    _, text = _page("", body)
    got, _ = import_text(text, "x.txt")
    assert got.texts["preamble"] and not got.texts.get("1")
    assert "S1" in _rules(got)
