"""A copy with no title whose statistical period was kept from last year's report while its own
sentence names this year's (…自然资源和规划局编制了2021年政府信息公开年度报告。本报告中所列数据的统计期限自2020年
1月1日起至2020年12月31日止; a mirror of 淮安市自然资源和规划局 2021 that had replaced the city's name with a
casino's): the report's name for itself is its year, as a title's is over the period, and the clerk is
told — when the opening speaks of that year most (the sentence is no slip of its own). It had been
read as 2020 — every cell of 2021 filed under the year before."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 1 | 0 | 3 |\n三、收到和处理政府信息公开申请情况\n")


def _copy(naming: str, period: int) -> str:
    return (f"根据《中华人民共和国政府信息公开条例》要求,{naming}。本报告中所列数据的统计期限自{period}年1月1日起至"
            f"{period}年12月31日止。\n一、总体情况\n2021年,我局通过门户网站主动公开政府信息120条。"
            "2021年新收政府信息公开申请数量3件,均已按时答复。\n" + TABLE)


@pytest.mark.parametrize("naming", [
    "我局编制了2021年政府信息公开年度报告",
    "我局编制了2021年政府信息公开工作年度报告",
])
def test_the_reports_own_name_outweighs_a_period_kept_from_last_year(naming: str) -> None:
    report, log = import_text(_copy(naming, 2020), "copy.txt")
    assert report.year == 2021
    assert any("统计期限为 2020 年" in n and "按 2021 年读取" in n for n in log.notes)
    assert report.cells.get("art20_1/normative/in_force") == 3


def test_a_period_agreeing_with_the_name_is_read_as_before() -> None:
    report, log = import_text(_copy("我局编制了2021年政府信息公开年度报告", 2021), "copy.txt")
    assert report.year == 2021
    assert not any("沿用了上年报告" in n for n in log.notes)


def test_with_no_sentence_naming_the_report_the_period_still_gives_the_year() -> None:
    report, _ = import_text(_copy("我局认真做好政府信息公开工作", 2020), "copy.txt")
    assert report.year == 2020


def test_a_sentence_slipping_back_a_year_gives_way_to_the_period_the_opening_agrees_with() -> None:
    """东山街道 2025: 结合2024年…工作实际,编制发布本报告 over the period 2025 and an opening of 2025年…: the sentence's
    year is the slip, the period stands."""
    text = ("根据《中华人民共和国政府信息公开条例》要求,结合2024年本街道政府信息公开工作实际,编制发布本报告。"
            "本年度报告中所列数据的统计期限从2025年1月1日到12月31日止。\n一、总体情况\n"
            "2025年本街道深入贯彻落实《条例》。2025年本街道主动公开政府信息共37条。2025年本街道收到依申请公开办件0条。\n"
            + TABLE)
    report, log = import_text(text, "copy.txt")
    assert report.year == 2025
    assert not any("沿用了上年报告" in n for n in log.notes)
