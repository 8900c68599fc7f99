"""Copies whose title gives no organ, or none that could be read, that name it for sure elsewhere
(helper D, over the corpus's empty organs: 广汉市人民政府办公室 2025, 乳山经济开发区 2021, 西柳镇 2023,
昌图县七家子镇 2023): the office said to have written the report when it is also the one doing the
work, a zone's name as the subject of its work, the office a report names as its 信息公开 office, an
organ "using" its channels, and a title whose last words a page printed out of order. And what
names no organ for sure: a government's office writing its government's report, a township's office,
an office in charge of the whole county or of another organ, a zone's name beside the report's 我局."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.organ_words import organ_in_words
from core.importers.prose import title_parts
from core.importers.stated import period_year
from core.importers.text import import_text
from core.importers.title_sentence import unscrambled

PERIOD = "报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。"
TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")


def _imported(text: str) -> tuple[str, int, list[str]]:
    report, log = import_text(text + "\n" + TABLE, "copy.txt")
    return report.organ, report.year, log.notes


def test_a_governments_office_that_wrote_the_report_and_does_the_work_is_the_organ() -> None:
    """广汉市 2025: 由广汉市人民政府办公室编制, and the opening's work is 市政府办公室's."""
    organ, year, notes = _imported("一、总体情况\n本年度报告根据《条例》要求，由广汉市人民政府办公室编制，" + PERIOD + "\n"
                                   "(一)主动公开方面\n2025年，市政府办公室认真贯彻落实市委、市政府决策部署。")
    assert (organ, year) == ("广汉市人民政府办公室", 2025)
    assert any("由广汉市人民政府办公室编制" in n and "市政府办公室认真" in n and "请核对" in n for n in notes)


@pytest.mark.parametrize("opening", [
    "2025年，广汉市坚持以公开为常态、不公开为例外。",                 # the city's work: the city's report, the office wrote it
    "2025年，市政府办公室指导各部门做好公开。",                      # no verb of its own work opens it
    "按照要求，市政府办公室认真做好推进、指导、协调工作。",            # not the sentence's subject at its start
])
def test_a_governments_office_that_only_wrote_the_report_names_none(opening: str) -> None:
    paragraphs = ["本年度报告根据《条例》要求，由广汉市人民政府办公室编制，" + PERIOD, opening]
    found = opening_subject(paragraphs)
    assert found is None or "办公室" not in found[0]


@pytest.mark.parametrize(("by", "opening"), [
    ("由两城镇人民政府办公室编制", "2023年，镇政府办公室认真做好政府信息公开工作。"),     # a part of the town
    ("由两城镇人民政府党政办公室编制", "2023年，党政办公室认真做好政府信息公开工作。"),
    ("由松阳县统计局办公室编制", "2023年，局办公室认真做好政府信息公开工作。"),         # a part of the bureau
])
def test_an_office_that_is_a_part_of_its_organ_is_never_read_as_the_organ(by: str, opening: str) -> None:
    assert opening_subject([f"本报告{by}。", opening]) is None


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("宣城市气象局办公室作为宣城市气象局信息公开工作机构，坚持以防灾减灾、服务民生为宗旨。", "宣城市气象局"),
    ("(一)组织领导。松阳县统计局办公室为本局政府信息公开工作机构，负责日常工作。", "松阳县统计局"),
    ("两城镇人民政府党政办公室作为本机关政府信息公开工作机构。", "两城镇人民政府"),
])
def test_the_office_a_report_names_as_its_own_for_its_information_work_names_the_organ(paragraph: str, organ: str) -> None:
    found = organ_in_words([paragraph], [paragraph])
    assert found is not None and found[0] == organ and found[2] == "正文所说的信息公开工作机构"


@pytest.mark.parametrize("paragraph", [
    "平武县人民政府办公室作为全县政府信息公开工作主管部门，负责推进、指导、协调、监督。",   # an organ of its own, over the county
    "松阳县统计局办公室作为全县统计系统信息公开工作机构，负责指导。",                 # over others
    "松阳县统计局办公室作为松阳县财政局信息公开工作机构。",                           # another organ's
    "县统计局办公室作为本局政府信息公开工作机构。",                                  # no place
    "按照要求，松阳县统计局办公室作为本局政府信息公开工作机构。",                      # not the sentence's subject
])
def test_an_office_in_charge_of_others_or_without_its_place_names_none(paragraph: str) -> None:
    assert organ_in_words([paragraph], [paragraph]) is None


def test_a_zone_doing_its_work_is_the_organ() -> None:
    """乳山经济开发区 2021: "(一)主动公开情况。2021年，乳山经济开发区认真贯彻落实《条例》…"."""
    organ, year, notes = _imported("一、总体情况\n(一)主动公开情况。2021年，乳山经济开发区认真贯彻落实《条例》，共主动公开信息13条。\n"
                                   "(二)依申请公开情况。2021年，乳山经济开发区未收到政府信息公开申请。")
    assert (organ, year) == ("乳山经济开发区", 2021)
    assert any("“2021年,乳山经济开发区”" in n and "请核对" in n for n in notes)


def test_a_zone_beside_the_reports_own_words_for_a_bureau_is_anothers() -> None:
    """A bureau's report (我局) naming the zone it serves: the zone's work is not the bureau's name."""
    head = ["(一)主动公开情况。2021年，乳山经济开发区认真贯彻落实《条例》。", "2021年，我局未收到政府信息公开申请。"]
    assert organ_in_words(head, head) is None


def test_an_organ_using_its_channels_is_the_subject() -> None:
    """西柳镇 2023: "(一)主动公开政府信息情况：西柳镇人民政府利用电子屏、公告栏…主动对外更新政府信息27次"."""
    head = ["(一)主动公开政府信息情况：西柳镇人民政府利用电子屏、公告栏、条幅等主动对外更新政府信息27次"]
    found = organ_in_words(head, head)
    assert found is not None and found[0] == "西柳镇人民政府"
    assert opening_subject(["2020年，查干屯格乡人民政府利用政府网站公开信息12条。"]) == (
        "查干屯格乡人民政府", "2020年，查干屯格乡人民政府")


def test_a_title_whose_last_words_are_out_of_order_gives_its_organ_and_year() -> None:
    """昌图县七家子镇 2023: the page printed "…政府信息公开 工作告年度报"; the title is kept as printed and
    the clerk told to check it."""
    organ, year, notes = _imported("昌图县人民政府 The People's Government of Changtu Municipality\n政府信息公开\n"
                                   "昌图县七家子镇2023年政府信息公开 工作告年度报\n来源:昌图县人民政府办公室 时间:2024-01-31\n"
                                   "一、总体情况\n2023年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》。")
    assert (organ, year) == ("昌图县七家子镇", 2023)
    assert any("顺序错乱" in n and "工作告年度报" in n and "请核对" in n for n in notes)


@pytest.mark.parametrize(("title", "mended"), [
    ("昌图县七家子镇2023年政府信息公开 工作告年度报", "昌图县七家子镇2023年政府信息公开工作年度报告"),
    ("某镇2023年政府信息公开度报年告", "某镇2023年政府信息公开年度报告"),
    ("某镇2023年政府信息公开年度工作报告", None),     # in an order some title it
    ("某镇2023年政府信息公开工作年度报告", None),
    ("某镇2023年政府信息公开工作总结", None),         # other words
    ("某镇2023年政府信息公开工作年度报", None),       # a title cut short, not one out of order
])
def test_only_a_titles_own_ending_out_of_order_is_put_right(title: str, mended: str | None) -> None:
    assert unscrambled(title) == mended


def test_a_title_out_of_order_that_names_no_organ_gives_none() -> None:
    assert title_parts("关于2023年政府信息公开工作告年度报") is None


def test_a_period_that_leaves_out_its_last_day_mark_is_read() -> None:
    """西柳镇 2023: "本报告中所列数据的统计期限从2023年1月1日至12月31止"."""
    assert period_year("本报告中所列数据的统计期限从2023年1月1日至12月31止。") == 2023
    assert period_year("统计期限从2023年1月1日至12月31") is None
