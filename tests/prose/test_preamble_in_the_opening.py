"""The statistical period and the contact printed at the top of 一、总体情况 instead of the preamble
(an audit of the corpus, helper 72: 乐至县回澜镇 2019, 大路镇 2019, 西藏自治区国资委 2020, 乌海市工业和
信息化局 2020 put 本报告所列数据的统计期限… there, 南山区蛇口街道 2021 its 如对本报告有任何疑问…联系).
Said there, it is said: F4 and F5 asked the clerk to write it again. Absent from both, they still warn."""

from __future__ import annotations

import pytest
from builders import clean_report

from core.validate import validate

PREAMBLE = "根据《中华人民共和国政府信息公开条例》规定，现公布本机关2021年政府信息公开工作年度报告。"


def _found(opening: str, rule: str, preamble: str = PREAMBLE) -> list[tuple[str, str]]:
    report = clean_report("2021")
    report.texts["preamble"] = preamble
    report.texts["1"] = opening
    return [(f.severity, f.message) for f in validate(report) if f.rule == rule]


def test_a_period_stated_at_the_top_of_section_one_is_stated() -> None:
    opening = ("本报告根据《条例》要求编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
               "\n2021年，我局主动公开政府信息120条。")
    assert _found(opening, "F4") == []


def test_a_wrong_period_at_the_top_of_section_one_is_still_wrong() -> None:
    opening = "本报告所列数据的统计期限自2021年9月1日起至2021年12月31日止。"
    assert _found(opening, "F4") == [("warning", "统计期限：应为该年1月1日至12月31日")]


def test_no_period_anywhere_is_still_a_warning() -> None:
    opening = "2021年，我局共收到统计数据类申请2件，主动公开政府信息120条。"   # 统计数据: another thing
    assert [s for s, _ in _found(opening, "F4")] == ["warning"]


def test_a_contact_at_the_top_of_section_one_is_given() -> None:
    opening = ("现公布本机关2021年政府信息公开工作年度报告。如对本报告有任何疑问,请与党政综合办公室联系"
               "(地址:南山区石云路44号1009室;联系电话:0755-26852939;邮编:518067)\n2021年，我街道认真执行《条例》。")
    assert _found(opening, "F5") == []


def test_a_malformed_contact_there_is_told_where_it_stands() -> None:
    opening = "如对本报告有疑问，请联系：电话0755-26852939，电子邮箱：skjd#126.com。"
    assert _found(opening, "F5") == [("warning", "一、总体情况：电子邮箱“skjd#126.com”格式不对（缺少@）")]


@pytest.mark.parametrize("opening", ["2021年，我街道主动公开政府信息26852939字节，受理申请3件。",
                                     "通过公开监督举报电话0755-26852939等措施加强监督。"])
def test_a_number_in_section_one_is_no_contact(opening: str) -> None:
    assert [m for _, m in _found(opening, "F5")] == ["前言：未写明联系方式（联系电话、电子邮箱等）"]
