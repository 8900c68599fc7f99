"""A title that prints the organ without its place (市文化广电和旅游局2023年…报告, the page of 常州市's
bureau in the corpus; 市政府研究室, 区…局, 镇人民政府): the whole name the same report prints elsewhere —
its preamble's sentence naming the report, a page's 来源 field, the opening's subject, the contact
line, a sentence after the year — completes it, when every such name names one place; never a place
the report does not print, and two places leave the title's name, the clerk told either way."""

from __future__ import annotations

import pytest

from core.importers.placed_organ import placeless, whole_name
from core.importers.text import import_text

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")
PERIOD = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"


def _imported(title: str, preamble: str, opening: str = "2023年，我局坚持以公开为常态。") -> tuple[str, str, list[str]]:
    report, log = import_text(f"{title}\n{preamble}\n一、总体情况\n{opening}\n{TABLE}", "copy.txt")
    return report.organ, report.title, log.notes


@pytest.mark.parametrize(("title", "preamble", "opening", "organ", "where"), [
    ("市文化广电和旅游局2023年政府信息公开工作年度报告",
     "根据《中华人民共和国政府信息公开条例》要求，常州市文化广电和旅游局编制了2023年政府信息公开工作年度报告。" + PERIOD,
     "2023年，我局坚持以公开为常态。", "常州市文化广电和旅游局", "正文开头所说的报告名称"),
    ("区医疗保障局2023年政府信息公开工作年度报告",
     PERIOD + "如对本报告有疑问，请与南京市栖霞区医疗保障局办公室联系。",
     "2023年，我局坚持以公开为常态。", "南京市栖霞区医疗保障局", "联系方式"),
    ("镇人民政府2023年政府信息公开工作年度报告", "来源：微山县两城镇人民政府\n" + PERIOD,
     "2023年，本镇坚持以公开为常态。", "微山县两城镇人民政府", "网页的发布信息"),
    ("市政府研究室2023年政府信息公开工作年度报告", PERIOD,
     "经信息汇总梳理，2023年孝感市政府研究室主动公开信息16条。", "孝感市政府研究室", "正文"),
], ids=["preamble_sentence", "contact_line", "page_source_field", "sentence_after_the_year"])
def test_a_whole_name_printed_in_the_report_completes_the_title(title: str, preamble: str, opening: str,
                                                                organ: str, where: str) -> None:
    got, got_title, notes = _imported(title, preamble, opening)
    assert got == organ
    assert got_title == title                                  # the title stays as printed
    said = [n for n in notes if "没有写地名" in n]
    assert len(said) == 1 and where in said[0] and organ in said[0] and "请核对" in said[0], notes


def test_two_places_leave_the_title_name_and_say_so() -> None:
    got, _, notes = _imported("市交通运输局2023年政府信息公开工作年度报告",
                              PERIOD + "如对本报告有疑问，请与永康市交通运输局办公室联系。",
                              "2023年，金华市交通运输局坚持以公开为常态。")
    assert got == "市交通运输局"
    said = [n for n in notes if "没有写地名" in n]
    assert len(said) == 1 and "永康市交通运输局" in said[0] and "金华市交通运输局" in said[0], notes


def test_one_place_written_longer_is_still_one_place() -> None:
    """江苏省常州市… and 常州市… name one place: the name as the report prints it shortest is read."""
    got, _, _ = _imported("市文化广电和旅游局2023年政府信息公开工作年度报告",
                          PERIOD + "如对本报告有疑问，请联系：江苏省常州市文化广电和旅游局办公室。",
                          "2023年，常州市文化广电和旅游局坚持以公开为常态。")
    assert got == "常州市文化广电和旅游局"


@pytest.mark.parametrize("preamble", [
    PERIOD + "如对本报告有疑问，请与局办公室联系。",                         # no place printed anywhere
    PERIOD + "本站转载市文化广电和旅游局的报告。",                            # a sentence's words, not a place
    PERIOD + "我局配合市文化广电和旅游局开展工作。",
], ids=["no_place_printed", "a_site_reprinting", "working_with"])
def test_no_place_is_invented(preamble: str) -> None:
    got, _, notes = _imported("市文化广电和旅游局2023年政府信息公开工作年度报告", preamble)
    assert got == "市文化广电和旅游局"
    assert not [n for n in notes if "没有写地名" in n]


def test_a_name_with_its_place_is_left_alone() -> None:
    assert not placeless("常州市文化广电和旅游局") and placeless("市文化广电和旅游局") and placeless("镇人民政府")
    assert whole_name("常州市文化广电和旅游局", [], ["请联系：江苏省常州市文化广电和旅游局办公室。"]) is None


def test_a_verb_object_after_a_mark_is_no_place() -> None:
    """，协调市文化广电和旅游局…: 协调 is a verb, not a city — the title's name is kept, never 协调市…."""
    lines = ["市文化广电和旅游局2023年政府信息公开工作年度报告", "一、总体情况",
             "2023年，协调市文化广电和旅游局开展工作；按照要求，报送区教育局审核。"]
    assert whole_name("市文化广电和旅游局", lines[:1], lines) is None
