"""A copy that states its year nowhere but in its body — no title line, no statistical period, no
sentence about itself naming a year, no publication date — is read with the year the sentences of
一、总体情况 open with ("2024年，我街道…"), as a last resort told to the clerk to confirm; a copy that looks
like a report but whose year cannot be told so is asked for its year (未找到报告年度), not called "no
report". A false year is worse than a refusal: the years must all agree, open their sentences, and be
no date's, range's, plan's, document's or future year; section 五's words (next year's plans) never count.

The positive cases were refused by the importer before (北京 街道 pages, 广东省厅 pages copied below
their title: tests/corpus/pagesbu-*)."""

from __future__ import annotations

import pytest

import core.importers.opening_year as opening_year
from core.importers import import_bytes
from core.importers.layout import text_lines
from core.importers.model import ImportError_

PREAMBLE = "依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，编制本报告。\n"
OVERVIEW = "一、总体情况\n"
FIVE = "五、存在的主要问题及改进情况\n"

STREET = (OVERVIEW + "2024年，某某街道认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，推进政府信息公开工作。\n"
          "（一）主动公开情况\n2024年以来，街道通过区政府门户网站主动公开政府信息80条。\n"
          "（二）依申请公开情况\n2024年度，街道收到政府信息公开申请3件，均已按时答复。\n")
"""A 街道 page copied from 一、总体情况 on: no word of the report about itself (refused as 不像是…)."""
BUREAU = (PREAMBLE + OVERVIEW + "2025年全年，我委认真贯彻落实《条例》要求，不断增强政府信息公开工作实效。\n"
          "（一）2025年，我委通过门户网站主动公开政府信息462条。\n")
"""A 厅/委 page copied below its title: the preamble calls it the report (refused as 表格没有一起复制下来)."""
UNHEADED = ("本报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "2023年，某某县某某局认真贯彻落实《条例》，全年主动公开政府信息52条，收到政府信息公开申请2件。\n")
"""No section heading at all: the first paragraph of the body (after the preamble's words about the report)."""


def read(text: str, year: int | None = None) -> tuple[int, list[str]]:
    report, log = import_bytes(text.encode("utf-8"), "x.txt", year)
    return report.year, log.notes


def refused(text: str) -> str:
    with pytest.raises(ImportError_) as info:
        import_bytes(text.encode("utf-8"), "x.txt")
    return str(info.value)


@pytest.mark.parametrize("text,year", [(STREET, 2024), (BUREAU, 2025), (UNHEADED, 2023)],
                         ids=["street_from_the_overview", "bureau_under_its_preamble", "no_heading"])
def test_the_year_the_overview_opens_with_is_read_and_said_to_be_inferred(text: str, year: int) -> None:
    got, notes = read(text)
    assert got == year
    assert any(f"推断为 {year} 年" in n and "请确认报告年度" in n for n in notes), notes


def test_the_overviews_year_is_read_with_sections_after_it() -> None:
    """五's words (next year's plan) are no part of 一, whatever year they name."""
    got, _ = read(STREET + FIVE + "2025年，街道将进一步加强政府信息公开工作。\n")
    assert got == 2024


@pytest.mark.parametrize("overview", [
    "2024年，街道认真贯彻落实《条例》。\n2023年，街道收到政府信息公开申请3件。\n",
    "街道认真贯彻落实《条例》。\n2025年，街道将进一步加强政府信息公开工作。\n",
    "街道认真落实《2024年政务公开工作要点》，推进政府信息公开工作。\n",
    "2024年3月5日，街道召开政府信息公开工作专题会议。\n",
    "2023年至2024年，街道持续推进政府信息公开工作。\n",
    "2099年，街道认真贯彻落实政府信息公开工作。\n",
], ids=["two_years_disagree", "a_plan", "a_documents_name", "a_date", "a_range", "a_future_year"])
def test_no_year_is_read_that_the_overviews_openings_do_not_agree_on(overview: str) -> None:
    """The copy looks like a report (一、总体情况, 政府信息公开): the clerk is asked for its year."""
    message = refused(OVERVIEW + overview + "（二）依申请公开情况\n街道未收到政府信息公开申请。\n")
    assert "未找到报告年度" in message and "指定报告年度" in message and "不像是" not in message


def test_a_plan_of_section_five_gives_no_year() -> None:
    lines = text_lines(OVERVIEW + "街道认真贯彻落实政府信息公开工作。\n" + FIVE + "2025年，街道加强政府信息公开工作。\n")
    assert opening_year.opening_year(lines, {0: "1", 2: "5"}, [], "1") is None


def test_the_year_the_clerk_gives_is_read_when_the_overview_does_not_tell_it() -> None:
    text = OVERVIEW + "2024年，街道认真贯彻落实《条例》。\n2023年，街道收到政府信息公开申请3件。\n"
    got, notes = read(text, 2024)
    assert got == 2024 and any("按您指定的 2024 年" in n for n in notes)
    assert not any("推断" in n or "正文开头所说" in n for n in notes)


def test_a_copy_like_a_report_naming_no_year_is_asked_for_its_year_not_called_no_report() -> None:
    """笕桥街道 2024 and 大垛镇 2025 were refused as 不像是…年度报告: one heading, no title, no table."""
    message = refused(OVERVIEW + "街道认真贯彻落实《中华人民共和国政府信息公开条例》，推进政府信息公开工作。\n")
    assert "未找到报告年度" in message and "不像是" not in message


def test_a_text_not_like_a_report_keeps_its_refusal() -> None:
    """No heading of the form and no words of the report about itself: still no report, whatever year it opens with."""
    message = refused("2024年，某某公司认真开展安全生产工作。\n全年开展检查12次。\n")
    assert "未找到报告年度" not in message


@pytest.mark.parametrize("sentence,year", [
    ("（一）主动公开。2024年，街道公开政府信息44条", 2024),
    ("3.规范依申请公开工作。2025年度，某镇新收到申请2件", 2025),
    ("2023年政府网站主动公开政府信息207条", 2023),
    ("2024年以来，我局持续推进", 2024),
    ("2023年度政府信息公开工作年度报告已按时发布", None),
    ("2025年计划进一步完善制度", None),
    ("2024年、2025年，我局持续推进", None),
    ("2024年12月，我局召开专题会议", None),
    ("截至2024年底，我局累计公开信息100条", None),
    ("我局2024年主动公开信息50条", None),
])
def test_only_a_year_opening_its_sentence_counts(sentence: str, year: int | None) -> None:
    assert opening_year.opening_year(text_lines(f"一、总体情况\n{sentence}。\n"), {0: "1"}, [], "1") == year


def test_the_overview_ends_at_the_next_heading_or_table() -> None:
    lines = text_lines("一、总体情况\n街道推进政府信息公开工作。\n二、主动公开政府信息情况\n2021年，规章0件。\n")
    assert opening_year.opening_year(lines, {0: "1", 2: "2"}, [], "1") is None
    assert opening_year.opening_year(lines, {0: "1"}, [2], "1") is None
    assert opening_year.opening_year(lines, {0: "1"}, [], "1") == 2021
