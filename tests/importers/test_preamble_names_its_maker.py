"""Copies with no title whose preamble names the organ that made its report in words the importer did
not read (issue 17: 闽清县发展和改革局 2023 "…等文件要求,由闽清县发展和改革局编制本报告", 佛冈县住房和城乡
建设局 2024 "…佛冈县住房和城乡建设局特向社会公布2024年度本机关信息公开工作报告", 闽侯县人民政府办公室 2023
"…要求,闽侯县人民政府办公室编制了本报告" with "本年度我办主动公开…"). The wordings below are those of real
preambles (tests/corpus, the pages corpus), with other names.

Read only where the sentence says this organ made or publishes this very report (本报告, 本年度报告, 本机关…
报告); never a notice cited, a contact, an office writing for its government or township, a name opened by a
preposition, or the report itself taken for its maker's name (nor the report's own 本级政府, an aside after it)."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.prose import named_in_sentence
from core.importers.text import import_text

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")
PERIOD = "本报告中所列数据的统计时限自2023年1月1日至2023年12月31日。"


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)等文件要求,由永泰县发展和改革局编制本报告。"
     "报告全文由总体情况、主动公开政府信息情况等六部分组成。", "永泰县发展和改革局"),
    ("根据《条例》要求,罗源县财政局编制了本年度报告。", "罗源县财政局"),
    ("根据《条例》规定,结合工作实际,并由永泰县统计局编制本报告。", "永泰县统计局"),
    ("根据《中华人民共和国政府信息公开条例》和省、市、县有关要求,英德市住房和城乡建设局特向社会公布2024年度本机关"
     "信息公开工作报告。", "英德市住房和城乡建设局"),
    ("本报告由石角镇人民政府根据《中华人民共和国政府信息公开条例》和《重庆市政府信息公开规定》编制。", "石角镇人民政府"),
    ("本年度报告根据《条例》要求,由汉中市统计局围绕2020年度政府信息公开工作情况编制而成。", "汉中市统计局"),
    ("本报告根据《条例》的要求,由绵阳市住房和城乡建设局综合全年信息公开情况编制而成。", "绵阳市住房和城乡建设局"),
    ("本年度报告由廉江市发展和改革局编写而成,内容涵盖市发改局2022年的政府信息公开工作情况。", "廉江市发展和改革局"),
])
def test_a_preamble_saying_who_made_its_report_names_the_organ(paragraph: str, organ: str) -> None:
    found = opening_subject([paragraph])
    assert found is not None and found[0] == organ
    assert organ in found[1]


@pytest.mark.parametrize("paragraph", [
    "根据《条例》规定,由四家镇办公室编制完成本报告,现予以公布。",                      # a part of the town
    "本报告由黄花乡人民政府办公室按照《条例》第五十条规定编制。",                        # a township's office
    "根据《福州市人民政府办公厅关于编制公布2023年政府信息公开工作年度报告有关事项的通知》要求,编制本报告。",
    "永泰县人民政府办公室关于编制本年度报告的通知要求各单位按时报送。",                  # a notice, no maker
    "按照罗源县人民政府办公室要求编制本报告。",                                        # the one who asked
    "如对本报告有疑问,可与永泰县发展和改革局办公室联系。",                              # a contact
    "我单位结合2023年度政府信息公开工作实际,编制本报告。",
    "根据《条例》,特向社会公布2019年度本级政府(机关)信息公开工作年度报告。",
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。",
    "本报告所列数据由永泰县统计局根据统计报表制度编制。",                          # the figures' compiler
    "本报告全文在福州市永泰县人民政府门户网公布,欢迎查阅。",
    "通过永泰县人民政府门户网站发布本报告。",
    "按照县政府部署,永泰县政务公开办公室编制了本报告。",                              # the whole county's office
    "根据《条例》要求,伊宁县人民政府办公室编制了本报告。",                            # its government's, or its own
])
def test_no_maker_of_this_report_names_none(paragraph: str) -> None:
    assert opening_subject([paragraph]) is None


def test_the_report_is_never_its_own_makers_name() -> None:
    """本报告由某镇人民政府根据《条例》…: the opening's subject before 根据《 was read as 本报告由石角镇人民政府."""
    found = opening_subject(["本报告由石角镇人民政府根据《条例》编制。"])
    assert found is not None and found[0] == "石角镇人民政府"


def test_the_reports_own_words_with_an_aside_after_them_name_none() -> None:
    """乐至县回澜镇 2019: "特向社会公布2019年度本级政府(机关)信息公开工作年度报告" was read as 本级政府(机关)."""
    assert named_in_sentence("根据《条例》,特向社会公布2019年度本级政府(机关)信息公开工作年度报告。") is None
    named = named_in_sentence("根据《条例》规定,现公布朔州市人民政府外事办公室(朔州市人民政府台港澳事务办公室)"
                              "2023年政府信息公开工作年度报告。")
    assert named is not None and named[0] == "朔州市人民政府外事办公室(朔州市人民政府台港澳事务办公室)"


MADE = "根据《条例》等文件要求,连江县人民政府办公室编制了本报告。"


def test_a_governments_office_speaking_of_its_own_work_as_its_office_is_the_organ() -> None:
    """闽侯县人民政府办公室 2023: "…编制了本报告", and "本年度我办主动公开政府信息135条"."""
    found = opening_subject([MADE, "本年度我办主动公开政府信息135条。"])
    assert found is not None and found[0] == "连江县人民政府办公室"
    assert "我办主动公开" in found[1]


@pytest.mark.parametrize("opening", [
    "2023年,我县主动公开政府信息135条,县政府办公室(我办)负责日常工作。",    # the county speaking
    "本年度我办牵头推进全县政务公开,主动公开政府信息135条。",              # the whole county's work
    "本年度主动公开政府信息135条。",                                        # no word of itself
    "本年度我办理政府信息公开申请3件。",                                    # 我办理 is no 我办
])
def test_a_governments_office_not_speaking_as_itself_names_none(opening: str) -> None:
    assert opening_subject([MADE, opening]) is None


@pytest.mark.parametrize(("preamble", "organ", "words"), [
    ("根据《条例》等文件要求,由永泰县发展和改革局编制本报告。" + PERIOD + "\n一、总体情况\n2023年,我局主动公开政府信息214条。",
     "永泰县发展和改革局", "由永泰县发展和改革局编制本报告"),
    ("根据《条例》和省、市、县有关要求,英德市住房和城乡建设局特向社会公布2023年度本机关信息公开工作报告。" + PERIOD
     + "\n一、总体情况\n2023年,我局共主动公开158份信息稿件。", "英德市住房和城乡建设局", "特向社会公布"),
    (MADE + PERIOD + "\n一、总体情况\n(一)主动公开情况\n本年度我办主动公开政府信息135条。",
     "连江县人民政府办公室", "我办主动公开"),
])
def test_an_untitled_copy_takes_the_organ_its_preamble_names_and_says_so(preamble: str, organ: str, words: str) -> None:
    report, log = import_text(preamble + "\n" + TABLE, "copy.txt")
    assert (report.organ, report.year) == (organ, 2023)
    assert any(words in n and "原文没有标题" in n and "请核对" in n for n in log.notes)
