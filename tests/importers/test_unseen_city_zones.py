"""City departments', districts' and development zones' reports of 2022–2025 never seen before
(helper T, corpus entries pagesak-*): a preamble naming its report with the organ's short name in
brackets (现将武汉东湖新技术开发区发展改革局(以下简称发改局)2024年度信息公开工作报告如下) gave the organ
with the bracket; the short form is no part of the name."""

from __future__ import annotations

import pytest

from core.importers.prose import named_in_sentence
from core.importers.text import import_text

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
         "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n1 |\n0 |\n3 |\n")


@pytest.mark.parametrize("alias", ["(以下简称发改局)", "（以下简称“发改局”）", "(以下称区发改局)", "（简称发改局）"])
def test_a_short_name_in_brackets_is_no_part_of_the_organ(alias: str) -> None:
    named = named_in_sentence(f"依据有关规定编制本报告。现将某市某开发区发展改革局{alias}2024年度信息公开工作报告如下:")
    assert named is not None and named[:2] == ("某市某开发区发展改革局", 2024)


def test_a_copy_without_title_gets_the_organ_its_preamble_names_without_the_short_name() -> None:
    """The whole import: no title, the preamble's sentence names the report; before, the organ read was
    "某市某开发区发展改革局(以下简称发改局)"."""
    text = ("根据《中华人民共和国政府信息公开条例》规定,编制报告,本报告中使用数据统计期限为2024年1月1日至12月31日。"
            "现将某市某开发区发展改革局(以下简称发改局)2024年度信息公开工作报告如下:\n一、总体情况\n"
            "2024年,发改局扎实推进政府信息公开工作。\n" + TABLE)
    report, _ = import_text(text, "fgj.txt")
    assert (report.year, report.organ) == (2024, "某市某开发区发展改革局")
    assert report.cells.get("art20_1/normative/in_force") == 3


def test_brackets_that_are_part_of_the_name_stay() -> None:
    """武昌经开区管委会(滨江商务区管委会): a bracket naming the organ's other name, not a short form."""
    named = named_in_sentence("现将武昌经济开发区管委会(滨江商务区管委会)2025年政府信息公开工作年度报告公布如下。")
    assert named is None or "滨江商务区管委会" in named[0]
