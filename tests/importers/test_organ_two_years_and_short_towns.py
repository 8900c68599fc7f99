"""Two faults of the organ's name: a sentence naming two years (现将2022年度和2023年度…报告如下) gave the
words joining them (年度和) as the organ; a township named by one character before 镇/乡/街道 (厚镇人民
政府) was no place to the opening's reader, so a copy under no title gave no organ."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.prose import title_parts
from core.importers.text import import_text
from importers.files import differences, fixture, table_text


def _headed(*head: str) -> tuple[str, dict[str, object]]:
    """The sample's copy with ``head`` in place of its title line, and the cells it holds."""
    report = fixture("samples/huaian-city-2024")
    lines = table_text(report, "tab").split("\n")
    return "\n".join([*head, *lines[1:]]), dict(report.cells)


@pytest.mark.parametrize("sentence", [
    "根据《中华人民共和国政府信息公开条例》规定，现将2023年度和2024年度政府信息公开工作年度报告如下。",
    "现将2023年和2024年政府信息公开工作年度报告如下。",
    "2023年及2024年政府信息公开工作年度报告",
])
def test_two_years_named_give_no_organ(sentence: str) -> None:
    text, cells = _headed(sentence)
    got, _ = import_text(text, "x.txt")
    assert got.organ == "" and got.year == 2024
    assert differences(got, cells) == []


def test_a_page_mark_before_a_title_is_still_left_out() -> None:
    assert title_parts("Page8-某县人民政府2023年政府信息公开工作年度报告") == (
        "某县人民政府", 2023, "某县人民政府2023年政府信息公开工作年度报告")


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("2024年，厚镇人民政府认真贯彻落实《条例》，扎实推进政务公开。", "厚镇人民政府"),
    ("厚镇人民政府根据《中华人民共和国政府信息公开条例》规定，编制本报告。", "厚镇人民政府"),
    ("2024年，桥乡人民政府认真贯彻落实《条例》。", "桥乡人民政府"),
    ("2024年，沙镇政府认真贯彻落实《条例》。", "沙镇政府"),
    ("2024年，沙街道办事处认真贯彻落实《条例》。", "沙街道办事处"),
])
def test_a_one_character_township_opening_the_report_is_its_organ(paragraph: str, organ: str) -> None:
    found = opening_subject([paragraph])
    assert found is not None and found[0] == organ and paragraph.startswith(found[1])
    text, cells = _headed("一、总体情况", paragraph)
    got, _ = import_text(text, "x.txt")
    assert got.organ == organ and differences(got, cells) == []


@pytest.mark.parametrize("word", ["本镇", "我镇", "该镇", "全镇", "各镇", "乡镇", "城镇", "村镇", "本乡", "各乡", "该街道"])
def test_words_for_townships_are_no_organ(word: str) -> None:
    assert opening_subject([f"2024年，{word}人民政府认真贯彻落实《条例》。"]) is None
    assert opening_subject([f"2024年，{word}认真贯彻落实《条例》。"]) is None


def test_a_bare_one_character_township_says_too_little() -> None:
    assert opening_subject(["2024年，厚镇认真贯彻落实《条例》。"]) is None


@pytest.mark.parametrize("title", ["厚镇2024年政府信息公开工作年度报告", "厚镇人民政府2024年政府信息公开工作年度报告"])
def test_a_one_character_township_titling_the_report_is_its_organ(title: str) -> None:
    text, cells = _headed(title)
    got, _ = import_text(text, "x.txt")
    assert got.organ == title[:title.index("2024")] and differences(got, cells) == []
