"""Copies of 开发区/管委会 and 街道 reports cut inside 一、总体情况 (search excerpts, pagesbs-* in the corpus):
what their openings and overviews say, read as they say it.

- A copy under no title that states no period, whose sentence about itself names its year
  (现将2023年度政府信息公开工作情况报告如下; 本报告根据《条例》，并结合某街道2025年度政府信息公开工作情况编制):
  refused before as "tables not copied" (a report was known, without a title, only by that sentence
  with the period); the sentence naming its own year says which year it is of, as a title would.
- A sentence naming its report after 发布 at a clause's start (…要求，发布某区某街道2022年…报告) names the
  organ as 编制 there does; and 街道 alone (现特向社会公布街道2022年…报告, further down) names no organ —
  before, the organ read was "街道".
- 接到依申请公开2件: received, as 未接到 already said none.
- 行政复议、行政诉讼案件为0件: one 0 for the kinds listed together is 0 for each (more would not say how
  it splits)."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.text import import_text
from core.importers.title_sentence import named_year

NO_PERIOD = ("2023年,高新区深入贯彻《中华人民共和国政府信息公开条例》,结合实际,扎实开展各项工作。"
             "现将2023年度政府信息公开工作情况报告如下:\n"
             "一、总体情况\n(一)主动公开政府信息情况\n2023年主动公开政府信息443条。\n"
             "(二)依申请公开情况\n全年,共收到依申请公开信息13件,已全部按时答复申请人。\n")


def test_a_copy_stating_no_period_is_known_by_the_year_its_sentence_about_itself_names() -> None:
    report, log = import_text(NO_PERIOD, "x.txt")
    assert report.year == 2023
    assert report.cells["requests/1/total"] == 13
    assert any("2023" in note and "请核对" in note for note in log.notes)    # the year's source is said


def test_the_preamble_naming_the_year_it_was_made_for() -> None:
    text = ("某区人民政府\n本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》),并结合某某街道2025年度"
            "政府信息公开工作情况编制。全文内容包括总体情况等六个部分\n一、总体情况\n"
            "2025年,某某街道坚持以公开为常态。\n(二)依申请公开方面。全年共收到政府信息公开申请13件,上年无结转申请。\n")
    report, _ = import_text(text, "x.txt")
    assert report.year == 2025
    assert (report.cells["requests/1/total"], report.cells["requests/2/total"]) == (13, 0)


@pytest.mark.parametrize("opening", [
    "现将政府信息公开工作情况报告如下:",                                    # the sentence names no year
    "按照《2023年政务公开工作要点》,现将政府信息公开工作情况报告如下:",     # a quoted document's year
    "2023年,高新区扎实开展各项工作。",                                       # no sentence about itself
])
def test_without_its_year_in_that_sentence_it_is_still_refused(opening: str) -> None:
    """…unless its 一、总体情况 opens a sentence with the year (2023年主动公开…) and it speaks of itself: then
    read with that year, as a last resort the clerk is told to confirm (``opening_year``)."""
    text = NO_PERIOD.replace(NO_PERIOD.split("\n")[0], "2023年,高新区扎实开展各项工作。" + opening)
    if "报告如下" in opening:
        report, log = import_text(text, "x.txt")
        assert report.year == 2023 and any("推断为 2023 年" in n and "请确认" in n for n in log.notes)
        text = text.replace("2023年主动公开", "全年主动公开")
    with pytest.raises(ImportError_, match="未找到任何统计表" if "报告如下" not in opening else "未找到报告年度"):
        import_text(text, "x.txt")


@pytest.mark.parametrize("text,year", [
    ("现将2023年度政府信息公开工作情况报告如下", 2023),
    ("本报告根据《条例》,并结合某街道2025年度政府信息公开工作情况编制", 2025),
    ("本报告根据《2024年政务公开工作要点》编制", None),
    ("现将2022年度和2023年度政府信息公开工作情况报告如下", None),          # two years
    ("本报告所列数据统计期限自2022年1月1日起至12月31日止", None),     # a date's year, and no 政府信息公开
    ("2023年,某镇扎实开展工作。现将政府信息公开工作情况报告如下", None),   # the year is another sentence's
])
def test_the_year_a_sentence_about_itself_names(text: str, year: int | None) -> None:
    assert named_year(text) == year


STREET = ("根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求,发布青岛市某某区某某街道2022年政府信息公开"
          "工作年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
          "一、总体情况\n2022年,某某街道认真贯彻《条例》。现特向社会公布街道2022年政府信息公开工作报告。\n"
          "(二)依申请公开\n全年共收到政府信息公开申请6件。\n")


def test_the_organ_a_preamble_publishes_its_report_by() -> None:
    report, _ = import_text(STREET, "x.txt")
    assert (report.year, report.organ) == (2022, "青岛市某某区某某街道")


def test_street_alone_names_no_organ() -> None:
    text = STREET.replace("发布青岛市某某区某某街道2022年政府信息公开工作年度报告", "编制本报告")
    report, _ = import_text(text, "x.txt")
    assert report.organ != "街道" and report.year == 2022


PREAMBLE = ("本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2022年1月1日起至"
            "2022年12月31日止。\n")


def test_requests_received_said_with_jie_dao() -> None:
    text = (PREAMBLE + "一、总体情况\n(二)依申请公开\n"
            "2022年某某街道接到依申请公开2件,已依法依规予以答复。\n")
    report, _ = import_text(text, "x.txt")
    assert report.cells["requests/1/total"] == 2


@pytest.mark.parametrize("said,read", [
    ("本年度涉及政府信息公开的行政复议、行政诉讼案件为0件", {"appeals/review/total": 0, "appeals/suit_direct/total": 0,
                                                        "appeals/suit_after_review/total": 0}),
    ("本年度涉及政府信息公开的行政复议、行政诉讼案件为2件", {}),      # how 2 split between the kinds: not said
])
def test_one_zero_for_the_appeals_listed_together(said: str, read: dict[str, int]) -> None:
    text = (PREAMBLE + "一、总体情况\n(二)依申请公开情况\n"
            f"共收到政府信息公开申请0件。{said}。\n")
    report, _ = import_text(text, "x.txt")
    got = {a: report.cells[a] for a in ("appeals/review/total", "appeals/suit_direct/total",
                                        "appeals/suit_after_review/total") if a not in report.missing}
    assert got == read
