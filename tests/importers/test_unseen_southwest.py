"""Copies of real 2020/2021 reports from 四川 and 重庆 (helper 77: 铜梁区商务委 2021, 营山县青山镇 2020,
盐边县共和乡 2020): a preamble's sentence naming its report with 现发布, the line staying the preamble;
a page's 时间: field line and the title printed again over two lines kept out of the preamble."""

from __future__ import annotations

import pytest

from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


def _with_head(head: str) -> tuple[object, str]:
    report = fixture(SEED)
    text = table_text(report, "tab")
    return report, text.replace(report.display_title(), head.format(organ=report.organ, y=report.year), 1)


@pytest.mark.parametrize("verb", ["现发布", "特发布", "现公开", "现向社会公开"])
def test_a_preamble_naming_its_report_with_fabu_gives_the_organ_alone(verb: str) -> None:
    """根据《…条例》规定,现发布重庆市铜梁区商务委员会2021年…报告。 (no title line): the organ was read
    as 现发布重庆市铜梁区商务委员会; 现公开 and 现向社会公开 likewise (杨陵区卫健局 2020, helper 133)."""
    report, text = _with_head("根据《中华人民共和国政府信息公开条例》规定," + verb + "{organ}{y}年政府信息公开工作年度报告。")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("verb", ["现公开", "现向社会公开"])
def test_its_own_words_for_itself_are_no_organ(verb: str) -> None:
    """现公开我局2020年度…报告: 我局 names no organ; the organ stays unread, never 现公开我局."""
    report, text = _with_head("根据《中华人民共和国政府信息公开条例》," + verb + "我局{y}年度政府信息公开工作年度报告。")
    got, _ = import_text(text, "x.txt")
    assert got.year == report.year
    assert "公开" not in got.organ and "我局" not in got.organ, got.organ


def test_the_sentence_naming_the_report_stays_the_preamble() -> None:
    """Read as the title line, the preamble's one sentence was left out of the report's words; the
    check then found no preamble to say the period or the contact missing from."""
    report, text = _with_head("根据《中华人民共和国政府信息公开条例》规定,现公布{organ}{y}年政府信息公开工作年度报告。")
    got, log = import_text(text, "x.txt")
    assert got.organ == report.organ
    assert got.texts.get("preamble", "").startswith("根据《中华人民共和国政府信息公开条例》规定"), got.texts
    assert any(n.startswith("原文没有标题，单位名称和年度按正文开头所说的报告名称“") for n in log.notes), log.notes


def test_a_title_line_stays_a_title() -> None:
    report, text = _with_head("{organ}{y}年政府信息公开工作年度报告")
    got, _ = import_text(text, "x.txt")
    assert got.organ == report.organ
    assert "年度报告" not in got.texts.get("preamble", "")


def test_a_time_field_line_is_not_the_preamble() -> None:
    """营山县青山镇 2020: "时间: 2021-01-25 16:20" under the title, then the preamble."""
    report, text = _with_head("{organ}{y}年政府信息公开工作年度报告\n\n时间: 2021-01-25 16:20\n\n"
                              "       {y}年,我镇认真贯彻落实《条例》,特编制本报告。")
    got, _ = import_text(text, "x.txt")
    pre = got.texts.get("preamble", "")
    assert pre.startswith(f"{report.year}年,我镇认真贯彻落实"), pre


def test_the_title_printed_again_over_two_lines_is_not_the_preamble() -> None:
    """盐边县共和乡 2020: the page's title, its field line, then the document's own title wrapped after
    the organ (盐边县共和乡人民政府 / 关于2020年度…的年度报告), then 一、总体情况."""
    report, text = _with_head("{organ}关于{y}年度政府信息公开工作的年度报告\n"
                              "www.example.gov.cn 发布时间:2021-01-20 来源:党政办 阅读次数:\n"
                              "{organ}\n关于{y}年度政府信息公开工作的年度报告")
    got, _ = import_text(text.replace(f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。\n", ""), "x.txt")
    assert got.organ == report.organ
    assert got.texts.get("preamble", "") == "", got.texts.get("preamble")


@pytest.mark.parametrize("sentence,organ", [
    ("{y}年在镇党委的正确领导下,{organ}扎实推进政务公开。我镇认真编制了《{y}年{organ}政府信息公开工作年度报告》。"
     "现将本年度的报告汇报如下:", "{organ}"),
    ("我镇认真学习了《{y}年全省政府信息公开工作年度报告》。现将本年度的报告汇报如下:", ""),
], ids=["its-own-name", "the-provinces-report"])
def test_a_report_named_in_quotes_with_the_year_first_gives_the_organ(sentence: str, organ: str) -> None:
    """色威镇 2021 (no title): 我镇认真编制了《2021年色威镇政府信息公开工作年度报告》 — the quotes bound the
    name; the organ was read from nowhere. 全省 names no organ."""
    report, text = _with_head(sentence)
    text = text.replace(f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。\n", "")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, organ.format(organ=report.organ))
    assert got.texts.get("preamble", "").startswith(sentence[:6].format(y=report.year)), got.texts


def test_a_pages_buttons_are_not_the_preamble() -> None:
    """彭水县善感乡 2019, 西藏自治区审计厅 2025: 日期:…, 语音播报, 分享:, 背景色: between the title and 一 —
    a preamble of buttons the check then said lacked the period and the contact."""
    report, text = _with_head("{organ}{y}年政府信息公开工作年度报告\n日期:2020-01-30\n语音播报\n分享:\n背景色:\n")
    got, _ = import_text(text.replace(f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。\n", ""), "x.txt")
    assert got.texts.get("preamble", "") == "", got.texts.get("preamble")
