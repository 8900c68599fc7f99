"""Copies of 乡/镇/街道 reports of 2024 and 2025 cut inside 一、总体情况 (search excerpts, pagesck-* in the
corpus): what their openings and overviews say, read as they say it.

- A preamble listing its parts names next year's plans (包括2025年政务公开工作完成情况…、2026年工作思路等三方面,
  迎宾街道 2025): that year is no second year of the report — before, the two years made its sentence name
  none, and a copy under no title stating no period was refused for want of a year.
- 现公布某乡2024年度政府信息公开情况。 (青川县骑马乡 2024) is the report publishing itself, as 现公布…工作年度报告
  is — before, a copy cut before its tables was refused as "tables not copied".
- 收到依申请信息公开件6件 (鹿城区七都街道 2024), 收到申请政府信息公开事项3件 (路桥区路南街道 2024), 收到申请信息公开件
  共6件 (吴兴区湖东街道 2024): the requests named as asking for (政府)信息公开, as 依申请政府信息公开 names them.
"""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_, YearNotFound
from core.importers.text import import_text
from core.importers.title_sentence import named_year

PARTS = ("2025年,某某街道根据区政府统一部署,扎实推进政府信息公开工作。本报告是根据《中华人民共和国政府信息公开条例》"
         "要求编制的,包括2025年政务公开工作完成情况及成效、工作中存在的困难和问题、2026年工作思路等三方面。"
         "现将2025年工作情况报告如下:\n一、总体情况\n一是主动公开政府信息情况,主动公开政府信息24条。\n"
         "二是依申请公开政府信息情况,本年度共接到依申请公开8个,均为个人申请。\n")


def test_next_years_plans_among_the_parts_are_no_second_year() -> None:
    report, log = import_text(PARTS, "x.txt")
    assert report.year == 2025
    assert report.cells["requests/1/total"] == 8
    assert any("2025" in n for n in log.notes)              # the year's source is told to the clerk


@pytest.mark.parametrize("plans", ["2026年工作思路", "2026年工作打算", "2026年度工作展望"])
def test_the_plans_named_each_way(plans: str) -> None:
    text = ("本报告是根据《中华人民共和国政府信息公开条例》要求编制的,包括2025年工作完成情况、"
            f"{plans}等三方面")
    assert named_year(text) == 2025


@pytest.mark.parametrize("text", [
    # a plan of the year reported on, its completion reported: still that year, and a second one
    "本报告是根据《中华人民共和国政府信息公开条例》要求编制的,包括2025年工作计划完成情况、2026年工作计划等三方面",
    # next year's plans alone: no year of the report is named
    "本报告是根据《中华人民共和国政府信息公开条例》要求编制的,包括2026年工作思路",
])
def test_other_years_still_name_none(text: str) -> None:
    assert named_year(text) is None


def test_two_years_of_work_in_the_parts_still_refused() -> None:
    """Only plans (思路 打算 展望) are set aside: two years of work named still leave the year unsaid."""
    text = PARTS.replace("2026年工作思路", "2024年工作情况").replace("现将2025年工作情况报告如下", "现将有关情况报告如下")
    with pytest.raises(YearNotFound):
        import_text(text, "x.txt")


PUBLISHED = ("根据《中华人民共和国政府信息公开条例》规定,现公布某某县某某乡2024年度政府信息公开情况。报告全文包括总体情况、"
             "主动公开政府信息情况等6个部分。报告中所列数据统计时间为2024年1月1日至2024年12月31日。\n"
             "一、总体情况\n(一)主动公开情况\n本年度公开信息442项。\n(二)依申请公开情况\n"
             "本年度,我乡未收到政府信息公开申请。\n")


def test_a_report_publishing_itself_as_the_state_of_its_disclosure() -> None:
    report, _ = import_text(PUBLISHED, "x.txt")
    assert report.year == 2024
    assert report.cells["requests/1/total"] == 0


@pytest.mark.parametrize("words", ["政府信息公开工作考核情况", "政府信息公开情况统计表"])
def test_a_check_or_a_part_of_it_is_not_the_report(words: str) -> None:
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text(PUBLISHED.replace("政府信息公开情况。报告", f"{words}。报告"), "x.txt")


PERIOD = ("本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
          "一、总体情况\n(二)依申请公开情况\n")


@pytest.mark.parametrize("said,count", [
    ("2024年,我街道累计收到依申请信息公开件6件,未收取任何费用。", 6),
    ("2024年共收到依申请信息公开26件。", 26),
    ("收到申请政府信息公开事项3件,已进行行政答复。", 3),
    ("收到申请信息公开件共6件。", 6),
])
def test_requests_named_as_asking_for_disclosure(said: str, count: int) -> None:
    report, _ = import_text(PERIOD + said + "\n", "x.txt")
    assert report.cells["requests/1/total"] == count


@pytest.mark.parametrize("said", [
    "收到申请信息5件。",                       # no 公开: any application's information
    "收到申请政府信息3件。",
    "收到依申请信息3件。",
    "收到申请政府信息公开答复3件。",            # answers, not requests
    "2024年收到申请数0件,办结0件。",            # 申请 alone: any application (低保, 补贴…)
    "收到申请人信息公开承诺书5件。",
])
def test_close_words_stay_unread(said: str) -> None:
    report, _ = import_text(PERIOD + said + "\n", "x.txt")
    assert "requests/1/total" in report.missing
