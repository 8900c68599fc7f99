"""A preamble naming its report by the office that made it (南京市浦口区教育局 2024, pages corpus:
"本年报是根据《…条例》要求,由南京市浦口区教育局办公室编制的2024年度政府信息公开工作年度报告"): the
report's name was read as 南京市浦口区教育局办公室's, a part of the bureau taken for the organ. A bureau's or
a township's office writes its organ's report (``opening_subject`` already reads no name from 由某镇办公室编制
本报告); which organ that is, the contact or the report's other words say. The names below are made up."""

from __future__ import annotations

import pytest

from core.importers.prose import named_in_sentence
from core.importers.text import import_text

LAW = "本年报是根据《中华人民共和国政府信息公开条例》要求,"
BODY = ("一、总体情况\n(一)主动公开情况。2024年,区教育局主动公开信息96条。\n"
        "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 6 |\n三、收到和处理政府信息公开申请情况\n")


@pytest.mark.parametrize("sentence", [
    LAW + "由合肥市蜀山区教育局办公室编制的2024年度政府信息公开工作年度报告。",
    LAW + "由桃源镇党政办公室编制的2024年政府信息公开工作年度报告。",
    LAW + "由某县卫生健康局综合办公室特编制2024年度政府信息公开工作年度报告。",
    LAW + "由城关街道办事处办公室编制的2024年度政府信息公开工作年度报告。",
])
def test_an_office_that_is_part_of_an_organ_is_not_the_reports_name(sentence: str) -> None:
    assert named_in_sentence(sentence) is None


@pytest.mark.parametrize(("sentence", "organ"), [
    (LAW + "由鞍山市行政审批局编制的2020年度政府信息公开工作年度报告。", "鞍山市行政审批局"),
    (LAW + "由三亚市海棠区人民政府办公室编制的2020年度政府信息公开工作年度报告。", "三亚市海棠区人民政府办公室"),
    ("根据《条例》规定,现公布朔州市人民政府外事办公室2023年政府信息公开工作年度报告。", "朔州市人民政府外事办公室"),
    ("根据《条例》规定,现公布合肥市蜀山区教育局2024年政府信息公开工作年度报告。", "合肥市蜀山区教育局"),
    ("根据要求,特编制2023年度和静县克尔古提乡人民政府办公室信息公开年度报告。", "和静县克尔古提乡人民政府办公室"),
])
def test_other_makers_and_names_are_read_as_before(sentence: str, organ: str) -> None:
    """The organ itself as maker, a government's office that is an organ of its own (read as before: which
    report it writes is not this change's), and a name the report gives itself, office or not."""
    named = named_in_sentence(sentence)
    assert named is not None and named[0] == organ


def test_the_untitled_copy_takes_the_bureau_its_contact_names() -> None:
    text = (LAW + "由合肥市蜀山区教育局办公室编制的2024年度政府信息公开工作年度报告。如对本报告有任何疑问,"
            "请联系合肥市蜀山区教育局办公室,电话:0551-12345678。\n" + BODY)
    report, _ = import_text(text, "copy.txt")
    assert report.organ == "合肥市蜀山区教育局"
    assert report.year == 2024
