"""Held-out round 2 (tests/corpus/pageset-*): two general causes found on reports the importer had never seen.

闽侯县交通运输局 2023 (pageset-minhou-jtysj-2023) says "2023年1月1日至2023年12月31日期间共收到信息公开申请1件": the
whole year's span opening the clause ran on into the count with no comma, and its 月 and its days' figures stood among
the words before the verb, where a month narrows a count and a figure marks another's — 本年新收 was left unread.
A span naming the report's year whole is the clause's time, as "2023年" is; a span of another year, of part of a
year, a compared one, or a month alone still keeps the clause unread.

嘉兴市市场监督管理局 2022 (pageset-jiaxing-scjgj-2022) is titled "【图文】嘉兴市市场监督管理局2022年度…报告": the
site's tag for the kind of post was read into the organ ("图文】嘉兴市…"). A short bracketed tag before the name is
cut; brackets around the organ itself before its year (【青石镇】2024年…), or a tag ending as a place's or an
office's name, are left as they were.

綦江区市场监督管理局 2022 (pageset-qijiang-scjgj-2022) lists its results figure first after its requests: "今年共收到
政府信息公开申请5件,对其中3件予以公开,1件部分公开,1件不公开并告知行政查询途径". The results were read only with the
row's words first (予以公开3件); said figure first, with the group's words closing the clause, they are the same
parts, and read under the same rule: the run must add up to the requests handled, else nothing is read."""

from __future__ import annotations

import pytest

from core.importers.prose import title_parts
from core.importers.stated import own_span_out
from core.importers.text import import_text

HEAD = "某县交通运输局2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"


def _cells(sentence: str) -> dict[str, object]:
    report, _ = import_text(HEAD + sentence + "\n", "x.txt")
    return {a: v for a, v in report.cells.items() if v is not None}


@pytest.mark.parametrize("sentence", [
    "2023年1月1日至2023年12月31日期间共收到信息公开申请1件(网上申请),共受理1件,已按规定办理。",   # 闽侯县 2023
    "2023年1月1日至2023年12月31日共收到信息公开申请1件。",
    "2023年1月1日至12月31日期间共收到信息公开申请1件。",
    "自2023年1月1日起至2023年12月31日止共收到政府信息公开申请1件。",
])
def test_a_whole_year_span_run_into_the_count_is_its_time(sentence: str) -> None:
    assert _cells(sentence) == {"requests/1/total": 1}


def test_the_span_run_into_later_rows_and_a_none() -> None:
    assert _cells("2023年1月1日至2023年12月31日期间共收到政府信息公开申请5件,结转下年度1件。") == \
        {"requests/1/total": 5, "requests/4/total": 1}
    assert _cells("2023年1月1日至2023年12月31日期间未收到政府信息公开申请。") == {"requests/1/total": 0}


@pytest.mark.parametrize("sentence", [
    "2022年1月1日至2022年12月31日期间共收到信息公开申请1件。",       # another year's span: not this report's count
    "2023年1月1日至2023年6月30日期间共收到信息公开申请1件。",        # half a year
    "2023年7月1日至2023年12月31日期间共收到信息公开申请1件。",
    "与2023年1月1日至2023年12月31日相比共收到信息公开申请1件。",     # compared
    "2023年1月至12月共收到政府信息公开申请5件。",                     # months, no whole span
    "2023年12月共收到政府信息公开申请5件。",                          # one month
])
def test_a_span_not_naming_the_year_whole_still_keeps_the_count_unread(sentence: str) -> None:
    assert _cells(sentence) == {}


def test_own_span_out_takes_only_the_reports_whole_year() -> None:
    assert own_span_out("2023年1月1日至2023年12月31日期间共", 2023) == "共"
    assert own_span_out("自2023年1月1日起至2023年12月31日止共", 2023) == "自共"
    assert own_span_out("2022年1月1日至2022年12月31日期间共", 2023) == "2022年1月1日至2022年12月31日期间共"
    assert own_span_out("2023年1月1日至2023年6月30日共", 2023) == "2023年1月1日至2023年6月30日共"
    assert own_span_out("计划于2023年1月1日至2023年12月31日共", 2023) == "计划于2023年1月1日至2023年12月31日共"


@pytest.mark.parametrize("tag", ["【图文】", "[图文]", "【视频】", "【置顶】"])
def test_a_posts_tag_before_the_title_is_not_the_organs(tag: str) -> None:
    title = tag + "嘉兴市市场监督管理局2022年度政府信息公开工作年度报告"
    parts = title_parts(title)
    assert parts is not None and parts[:2] == ("嘉兴市市场监督管理局", 2022)


def test_brackets_around_the_organ_or_its_place_are_no_tag() -> None:
    parts = title_parts("【青石镇】2024年政府信息公开工作年度报告")
    assert parts is not None and parts[:2] == ("青石镇", 2024)
    parts = title_parts("【长兴县】住房和城乡建设局2022年政府信息公开工作年度报告")
    assert parts is not None and parts[0] != "住房和城乡建设局"     # the place is the name's, never dropped as a tag


def test_the_held_out_page_reads_its_organ_whole() -> None:
    text = ("当前位置:首页\n> 新版信息公开 > 政府信息公开年报\n\n【图文】嘉兴市市场监督管理局2022年度政府信息公开工作年度报告\n\n"
            "一、总体情况\n\n(二)依申请公开情况。2022年,嘉兴市市场监管局受理政府信息依申请公开11件,"
            "政府信息公开行政复议0件,行政诉讼0件。\n")
    report, _ = import_text(text, "x.txt")
    assert (report.year, report.organ) == (2022, "嘉兴市市场监督管理局")


@pytest.mark.parametrize("sentence", [
    "今年共收到政府信息公开申请5件,对其中3件予以公开,1件部分公开,1件不公开并告知行政查询途径。",   # 綦江区 2022
    "今年共收到政府信息公开申请5件,其中3件予以公开,1件部分公开,1件不予公开。",
])
def test_results_said_figure_first_are_read_when_they_add_up(sentence: str) -> None:
    assert _cells(sentence) == {"requests/1/total": 5, "requests/3.1/total": 3, "requests/3.2/total": 1}


@pytest.mark.parametrize("sentence", [
    "今年共收到政府信息公开申请5件,其中3件予以公开,1件部分公开。",              # 4 of 5: the run does not add up
    "今年共收到政府信息公开申请5件,其中3件予以公开答复,2件部分公开。",          # words after the group's: not its row
    "今年共收到政府信息公开申请5件,其中网上申请3件予以公开,2件部分公开。",      # a part's results
    "今年共收到政府信息公开申请5件,对其中3件予以公开,3件部分公开。",            # 6 of 5
])
def test_results_said_figure_first_stay_unread_when_unsure(sentence: str) -> None:
    assert _cells(sentence) == {"requests/1/total": 5}
