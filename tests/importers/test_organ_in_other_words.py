"""Copies with no title that name their organ elsewhere (helper 83, over the corpus's empty organs):
in the contact sentence (请与永康市交通运输局办公室联系), in a sentence opening with the full name
(2025年，羊山镇人民政府通过…; 临河区医疗保障局2023年为…), after whom it works under (2023年，在区委、区政府的
坚强领导下，官洲街道办事处认真…), as the one publishing the report (…要求，眉山市东坡区松江镇人民政府特向社会
公布2020年…报告), or in the signature at the end. Each left the organ empty. And what names no organ
for sure: a superior, a government's own office, the county's 政务公开 office, a name without its
place, a page's banner, a name the report's own words for itself (我局) do not fit, two names."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.organ_words import organ_in_words
from core.importers.prose import named_in_sentence
from core.importers.text import import_text

PERIOD = "本年度报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")


def _imported(preamble: str, opening: str = "2023年，本机关坚持以公开为常态。", end: str = "") -> tuple[str, list[str]]:
    report, log = import_text(f"{preamble}\n一、总体情况\n{opening}\n{TABLE}{end}", "copy.txt")
    return report.organ, log.notes


@pytest.mark.parametrize(("preamble", "organ"), [
    (PERIOD + "如对本报告有疑问，请与永康市交通运输局办公室联系，联系电话：0579-89282019。", "永康市交通运输局"),
    (PERIOD + "如对本报告有任何疑问，请联系桃江县审计局办公室。联系电话：0737-2691838。", "桃江县审计局"),
    (PERIOD + "如对本报告有任何疑问，请与两城镇人民政府党政办公室联系。", "两城镇人民政府"),
    (PERIOD + "如需咨询，请与柞水县凤凰镇人民政府党政办公室联系（邮编：711405）。", "柞水县凤凰镇人民政府"),
    (PERIOD + "如对本报告有疑问，请与临沂市公路事业发展中心办公室联系（地址：临沂市兰山区北京路1号）。", "临沂市公路事业发展中心"),
])
def test_the_contact_sentence_names_the_organ(preamble: str, organ: str) -> None:
    """The office a contact sends the reader to is a part of the organ: the organ is the name before it."""
    got, notes = _imported(preamble)
    assert got == organ
    assert any("联系方式" in n and organ in n and "请核对" in n for n in notes)


@pytest.mark.parametrize("contact", [
    "如对本报告有疑问，请与县政府办公室联系。",                                # no place: whose county?
    "如对本报告有疑问，请与平武县人民政府办公室联系。",                          # the county's office, or the county's report
    "如对本报告有疑问，请与青川县地方志编纂委员会办公室联系。",                    # the office is an organ of its own
    "如对本报告有疑问，请与平武县政府信息公开工作领导小组办公室联系。",              # the whole county's
    "如对本报告有疑问，请与平武县政务服务中心联系。",
    "如需查阅，请与羊山镇便民服务中心联系。",                                  # a service counter
    "如对本报告有疑问，请与我局办公室联系。",
    "如对本报告有疑问，请与区综合执法与应急管理局办公室联系。",                     # no place
    "如对本报告有疑问，请致电12345政务服务便民热线。",
])
def test_a_contact_that_is_not_the_organs_own_names_none(contact: str) -> None:
    assert organ_in_words([], [PERIOD + contact]) is None


@pytest.mark.parametrize(("opening", "organ"), [
    ("(一)主动公开政府信息情况\n羊山镇严格按照《条例》要求，持续拓展公开领域。2025年，羊山镇人民政府通过政府便民服务中心"
     "大屏幕公开政府信息65条。", "羊山镇人民政府"),
    ("临河区医疗保障局2023年为深入推进和落实政府信息公开工作，局党组高度重视。", "临河区医疗保障局"),
    ("(一)主动公开情况。2023年，松阳县气象局累计公开政府信息38条。", "松阳县气象局"),
])
def test_a_sentence_opening_with_the_full_name_names_the_organ(opening: str, organ: str) -> None:
    got, notes = _imported(PERIOD, opening)
    assert got == organ
    assert any("单位名称按正文" in n and organ in n for n in notes)


def test_a_heading_run_together_with_the_first_sentence_is_no_part_of_it() -> None:
    """衡阳市商务局 2022: the page on one line, 一、总体情况 then its first sentence."""
    found = organ_in_words(["编制说明：…。 一、总体情况 2022年，衡阳市商务局认真贯彻实施《中华人民共和国政府信息公开条例》"], [])
    assert found is not None and found[0] == "衡阳市商务局"


@pytest.mark.parametrize("sentence", [
    "天津市宝坻区人民政府 2019年12月3日星期二",                         # the site's banner and today's date
    "现将沐阳县人民政府2025年政府信息公开工作年度报告如下。",             # words of the sentence before the name
    "本报告内容涵盖桂洋镇人民政府政府信息公开工作总体情况。",
    "2023年，县财政局通过部门网站公开预决算信息。",                       # no place
    "2023年，在县委、县政府的正确领导下，我镇以党的二十大精神为指导。",
    "2023年，区委区政府通过“两微一端”发布信息。",
    "按照平武县人民政府办公室要求，认真做好信息公开。",                    # the office that asked: no subject
])
def test_a_sentence_naming_no_organ_of_its_own_names_none(sentence: str) -> None:
    assert organ_in_words([sentence], [sentence]) is None


def test_a_name_the_reports_own_words_do_not_fit_is_anothers() -> None:
    """A town's report sending to a bureau, a bureau's report opening with its county's government."""
    town = ["2023年，我镇主动公开政府信息56条。", "如有疑问，请与平武县交通运输局办公室联系。"]
    bureau = ["2023年，平武县人民政府通过门户网站公开信息900条。", "2023年，我局未收到政府信息公开申请。"]
    assert organ_in_words(town, town) is None
    assert organ_in_words(bureau, bureau) is None


def test_two_names_of_one_organ_give_the_fuller_and_two_organs_none() -> None:
    one = ["2023年，中埠镇人民政府通过政务公开栏公开信息12条。", "如有疑问，请与中埠镇党政办公室联系。"]
    two = ["2023年，西安市阎良区文化旅游局认真贯彻《条例》。", "如有疑问，请与阎良区文化和旅游体育局办公室联系。"]
    found = organ_in_words(one, one)
    assert found is not None and found[0] == "中埠镇人民政府"
    assert organ_in_words(two, two) is None


@pytest.mark.parametrize(("end", "organ"), [
    ("六、其他需要报告的事项\n本机关无其他需要报告的事项。\n\n阿巴嘎旗自然资源局\n2024年1月20日\n", "阿巴嘎旗自然资源局"),
    ("六、其他需要报告的事项\n无。\n松阳县统计局\n二〇二四年一月十八日\n- 5 -\n", "松阳县统计局"),
    ("六、其他需要报告的事项\n无。\n松阳县古市镇人民政府 2024年1月18日\n", "松阳县古市镇人民政府"),
])
def test_the_signature_at_the_end_names_the_organ(end: str, organ: str) -> None:
    got, notes = _imported(PERIOD, end=end)
    assert got == organ
    assert any("落款" in n and organ in n for n in notes)


@pytest.mark.parametrize("end", [
    "六、其他需要报告的事项\n无。\n平武县人民政府办公室\n2024年1月20日\n",       # issued by the office: whose report?
    "六、其他需要报告的事项\n无。\n县统计局\n2024年1月20日\n",                 # no place
    "六、其他需要报告的事项\n无。\n松阳县统计局\n2024年1月20日\n附件：政府信息公开指南\n",   # not at the end
    "六、其他需要报告的事项\n无。\n松阳县统计局\n",                            # no date under it
])
def test_what_is_no_signature_names_none(end: str) -> None:
    lines = end.splitlines()
    assert organ_in_words([], lines) is None


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("2023年，在区委、区政府的坚强领导下，官洲街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》", "官洲街道办事处"),
    ("2022年以来，丰收乡在县委县政府的正确领导下，认真围绕重点工作和年度目标任务", "丰收乡"),
])
def test_the_opening_names_its_organ_after_whom_it_works_under(paragraph: str, organ: str) -> None:
    found = opening_subject([paragraph])
    assert found is not None and found[0] == organ


@pytest.mark.parametrize("paragraph", [
    "2023年，在县委、县政府的正确领导下，我镇以党的二十大精神为指导",
    "2021年，我局在市公安局、区党委管委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导",
    "2020年，在区委、区政府的正确领导下，某某博彩官网区人民政府北京街道办事处认真贯彻落实《条例》",   # a mirror's spam
])
def test_whom_an_opening_works_under_is_no_organ(paragraph: str) -> None:
    assert opening_subject([paragraph]) is None


def test_the_organ_publishing_its_report_names_it() -> None:
    """松江镇 2020: the organ is the subject of 特向社会公布, the report's name after it holds none."""
    named = named_in_sentence("为认真贯彻落实《中华人民共和国政府信息公开条例》，按照眉山市东坡区人民政府办公室《关于做好2020年度"
                               "政府信息公开年度报告编制公布工作的通知》要求，眉山市东坡区松江镇人民政府特向社会公布2020年政府信息"
                               "公开工作年度报告。")
    assert named is not None and named[:2] == ("眉山市东坡区松江镇人民政府", 2020)
    assert named_in_sentence("根据《条例》规定，向社会公布2021年本级政府信息公开工作年度报告。") is None


@pytest.mark.parametrize("sentence", [
    "根据《条例》规定现向社会公布2023年政府信息公开工作年度报告。",
    "按照上级要求特向社会公布2023年政府信息公开工作年度报告。",
    "根据《条例》规定编制2023年政府信息公开工作年度报告。",
])
def test_the_words_before_the_verb_are_no_name_without_a_place(sentence: str) -> None:
    """Read as the organ before: 规定, 按照上级要求."""
    assert named_in_sentence(sentence) is None


def test_a_page_on_one_line_is_read_for_its_subject_only_before_its_tables() -> None:
    """The sections after the tables speak of other bodies' work."""
    page = ("一、总体情况 2023年，我局主动公开政府信息56条。 二、主动公开政府信息情况 … 五、存在的主要问题及改进情况 "
            "一是公开不够及时。2023年，平武县财政局认真指导我局公开预决算。")
    assert organ_in_words([page], [page]) is None
