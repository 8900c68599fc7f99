"""Organs of unseen reports of 2022–2025 (a sweep of search excerpts, helper hL).

An untitled copy's opening names its organ where a verb of its work follows the name; a sentence
that goes on otherwise (2022年，某县某局对政府信息高度重视: 对…高度重视) ran the name on into its words,
and 某县某局对政府信息 was read for the organ. A name ends as one does — the kind of body, or the place
of a government named by it — and words that end otherwise are no name. The subject may come after the
law the work follows (根据《…条例》(简称《条例》),2022年度某市某局认真贯彻…): it is read there too.

A mirror of a page may write its own site's name into the title where the district's stood (某市某局
某某官方网站分局): the organ is read as printed, since which name the words stand in for the copy does
not say, and the clerk is told the name holds a website's words."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.text import import_text
from core.importers.what_it_is import site_words_in

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 2 | 0 | 7 |\n三、收到和处理政府信息公开申请情况\n")


def _imported(text: str) -> tuple[str, list[str]]:
    report, log = import_text(text, "copy.txt")
    return report.organ, log.notes


@pytest.mark.parametrize("opening", [
    "2023年,桃源县水利局对政府信息公开工作高度重视,明确专人负责。",
    "2023年，桃源县水利局对拟公开信息认真审核，确保准确。",
])
def test_a_name_run_on_into_the_sentence_is_no_organ(opening: str) -> None:
    """Never 桃源县水利局对政府信息: the name ends as a name does, where the verb list finds none (对…高度重视);
    read so only when the report's other words name no organ, and the clerk told (test_opening_any_verb)."""
    assert opening_subject([opening]) is None
    organ, notes = _imported(f"一、总体情况\n{opening}\n{TABLE}")
    assert organ == "桃源县水利局"
    assert any("单位名称按正文开头" in n and "请核对" in n for n in notes)


@pytest.mark.parametrize(("opening", "organ"), [
    ("2023年,桃源县水利局认真贯彻《条例》，主动公开信息40条。", "桃源县水利局"),
    ("2023年，丰水乡在县委县政府的正确领导下，认真落实政务公开工作。", "丰水乡"),
    ("2023年，桃源县人民政府办公室积极推进政务公开。", "桃源县人民政府办公室"),
])
def test_a_name_that_ends_as_one_does_is_still_read(opening: str, organ: str) -> None:
    found = opening_subject([opening])
    assert found is not None and found[0] == organ


def test_a_title_holding_a_websites_name_is_read_as_printed_and_said() -> None:
    organ, notes = _imported("2024年宁远市自然资源局星河娱乐官方网站分局政府信息公开工作年度报告\n一、总体情况\n"
                             "2024年，分局认真贯彻《条例》。\n" + TABLE)
    assert organ == "宁远市自然资源局星河娱乐官方网站分局"
    note = next(n for n in notes if n.startswith("读取的单位名称"))
    assert "官方网站" in note and "请核对" in note


def test_a_plain_title_gets_no_such_note() -> None:
    organ, notes = _imported("宁远市自然资源局2024年政府信息公开工作年度报告\n一、总体情况\n"
                             "2024年，我局认真贯彻《条例》。\n" + TABLE)
    assert organ == "宁远市自然资源局"
    assert not any(n.startswith("读取的单位名称") for n in notes)


def test_the_law_said_before_the_year_and_the_organ_is_passed_over() -> None:
    """根据《…条例》(简称《条例》),2022年度某局认真贯彻…: the opening's subject comes after the law it follows."""
    opening = "根据《中华人民共和国政府信息公开条例》(简称《条例》),2023年度桃源县水利局认真贯彻实施,及时公开信息。"
    found = opening_subject([opening])
    assert found is not None and found[0] == "桃源县水利局"
    organ, notes = _imported(f"一、总体情况\n{opening}\n{TABLE}")
    assert organ == "桃源县水利局"
    assert any("桃源县水利局" in n and "请核对" in n for n in notes)


def test_after_the_law_the_reports_own_word_for_itself_is_still_no_organ() -> None:
    assert opening_subject(["根据《中华人民共和国政府信息公开条例》，2023年度我局认真贯彻实施。"]) is None


@pytest.mark.parametrize(("organ", "said"), [
    ("宁远市自然资源局星河娱乐官方网站分局", "官方网站"),
    ("宁远市星河app分局", "app"),
    ("宁远市xh88.com街道办事处", ".com"),
    ("宁远市工业和信息化局", None),
    ("宁远市文化广电体育和旅游局", None),
    ("宁远市互联网信息办公室", None),
])
def test_only_a_websites_words_are_told(organ: str, said: str | None) -> None:
    note = site_words_in(organ)
    assert (note is None) if said is None else (note is not None and f"“{said}”" in note)
