"""A preamble naming its report with a possessive between the organ and the year (特向社会公布益阳市大通湖区
审计局的2023年政府信息公开工作年度报告, pagesbx-datonghu-sjj-2023): the 的 is the sentence's, no organ's
name ends in it. The organ read had kept it (…审计局的)."""

from __future__ import annotations

import pytest

from core.importers.prose import named_in_sentence
from core.importers.text import import_text

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")


@pytest.mark.parametrize(("sentence", "organ"), [
    ("根据《条例》,特向社会公布平江县统计局的2023年政府信息公开工作年度报告。", "平江县统计局"),
    ("现将某市某区某某镇人民政府的2021年度政府信息公开工作年度报告公布如下。", "某市某区某某镇人民政府"),
    ("现公布青石镇人民政府2022年政府信息公开工作年度报告。", "青石镇人民政府"),     # no 的: as before
])
def test_the_possessive_is_no_part_of_the_name(sentence: str, organ: str) -> None:
    named = named_in_sentence(sentence)
    assert named is not None
    assert named[0] == organ
    assert named[1] in (2021, 2022, 2023)
    assert not named[2].startswith(organ + "的")


def test_a_yearless_title_over_such_a_preamble_gives_the_name_alone() -> None:
    """The title names no year, so the organ and year are the preamble's: the name without its 的."""
    text = ("平江县统计局政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》,特向社会公布平江县统计局的2023年政府信息公开工作年度报告。"
            "报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年,本单位没有收到政府信息公开申请。\n"
            + TABLE)
    report, _ = import_text(text, "copy.txt")
    assert report.year == 2023
    assert report.organ == "平江县统计局"
