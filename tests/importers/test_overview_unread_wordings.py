"""Ways 一、总体情况 says a count of 表三 or 表四 that copies cut before the tables printed and the
overview's grammars left unread (the corpus's unread cells, helper 161) — synthetic text, each in the
pattern real copies printed:

- no appeal, said in a sentence of its own right after the sentence giving the year's requests
  ("…未收到政府信息公开申请。未发生行政复议、行政诉讼情况。"): the sentence before is its subject;
- 结转下年度办理N件 in a 、-list of results (予以公开3件、无法提供12件、结转下年度办理4件): the list is cut at
  its 、 as a list of results alone is, and adds up with the requests carried in and out;
- 相关 ("the relevant") in a none of requests (未收到相关政府信息公开申请), and 没有收到和处理依申请公开办理情况;
- a year that lost its 年 at a sentence's start (2023全年未收到…, 2024共收到…);
- 项 as a count's unit (共收到依申请公开16项, 行政复议1项);
- complaints listed beside the appeals in a none (未发生…引发举报、投诉、申请行政复议或提起行政诉讼的情况; …行政诉讼
  案件和举报申诉件): items of the list, each denied;
- the requests named by what they ask for, 公开政府信息(的)申请, and 未收到依申请公开要求.

What may be another thing stays unread: appeals denied of something else, or after a sentence that is
not the year's requests; a 、-list with something besides results; a year not the report's."""

from __future__ import annotations

from typing import Any

import pytest

from core.importers import import_bytes
from core.importers.overview_appeals import appeal_totals
from core.importers.overview_appeals_next import after_requests
from core.importers.overview_counts import _read_sentence
from core.importers.overview_results import read_sentences
from core.importers.overview_text import sentences
from core.registry import form_for_year
from tests.importers.files import township_cut_in_overview

CELL = form_for_year(2024).prose_cells
"""The cell each meaning the readers find fills, in the shipped form (the readers' own results are meanings)."""

APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")


def _appeals(text: str, year: int = 2024) -> dict[str, int]:
    return {CELL[m]: v for m, (v, _) in after_requests(sentences(text), year).items()}


def _read(applications: str, year: int = 2024) -> tuple[dict[str, Any], Any]:
    report, _ = import_bytes(township_cut_in_overview(applications, year), "某某镇.txt")
    wanted = ("requests/1/total", "requests/2/total", "requests/4/total", "requests/3.1/total", "requests/3.2/total",
              *APPEALS)
    return {a: report.cells.get(a) for a in wanted if a not in report.missing}, report


@pytest.mark.parametrize("text", [
    "2024年，我镇未收到政府信息公开申请。未发生行政复议、行政诉讼情况。",
    "2024年，某局收到政府信息公开申请3件，办结3件。年度无行政复议、行政诉讼的情况发生。",
    "全年共收到依申请公开0件，其中网络申请0件。无涉行政复议案件、行政诉讼案件。",
    "2024年，我镇未收到政府信息公开申请。本年度，我镇未出现行政复议、行政诉讼案件。",
])
def test_no_appeal_said_right_after_the_years_requests_is_read(text: str) -> None:
    assert _appeals(text) == dict.fromkeys(APPEALS, 0)


@pytest.mark.parametrize("text", [
    # the sentence before is not the year's requests
    "2024年，我镇主动公开政府信息120条。未发生行政复议、行政诉讼情况。",
    "2023年，我镇收到政府信息公开申请3件。未发生行政复议、行政诉讼情况。",
    # not right after it
    "2024年，我镇未收到政府信息公开申请。我镇定期检查已发布信息。未发生行政复议、行政诉讼情况。",
    # appeals of something else, or a part, or more in the sentence than the none
    "2024年，我镇未收到政府信息公开申请。征地拆迁工作未发生行政复议、行政诉讼。",
    "2024年，我镇未收到政府信息公开申请。未发生因举报引发的行政复议。",
    "2024年，我镇未收到政府信息公开申请。未发生行政复议纠错情况。",
    "2024年，我镇未收到政府信息公开申请。办理行政处罚5件，未发生行政复议。",
    "2024年，我镇未收到政府信息公开申请。2023年未发生行政复议、行政诉讼。",
    # a figure: the sentence says how many, its own grammar's (行政诉讼2件 splits no way said)
    "2024年，我镇收到政府信息公开申请3件。发生行政诉讼2件。",
])
def test_appeals_that_may_be_another_things_stay_unread(text: str) -> None:
    assert _appeals(text) == {}


def test_another_figure_of_the_appeals_anywhere_leaves_them_unread() -> None:
    text = ("2024年，我镇收到政府信息公开申请3件。未发生行政复议、行政诉讼情况。"
            "因政府信息公开引起的行政复议2件。")
    assert _appeals(text) == {"appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}


def test_the_appeals_sentence_in_a_whole_copy_is_read_and_noted() -> None:
    cells, report = _read("2024年，我镇未收到政府信息公开申请。未发生行政复议、行政诉讼情况。")
    assert cells == {"requests/1/total": 0, **dict.fromkeys(APPEALS, 0)}
    assert report.origins["appeals/review/total"].source.endswith("从正文读取：“未发生行政复议、行政诉讼情况”")
    assert any(n.startswith("原文中没有表四的表格") and "读取了 3 项" in n for n in report.notes)


def _results(text: str, year: int = 2024) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


def test_carried_out_in_a_list_of_results() -> None:
    text = "2024年，我办共受理依申请公开事项36件，上年结转7件，予以公开3件、部分公开24件、无法提供12件、结转下年度办理4件"
    assert _results(text) == [("3.1", 3), ("3.2", 24), ("3.4", 12)]
    assert _results(text.replace("结转下年度办理4件", "结转下一年度继续办理4件")) == [("3.1", 3), ("3.2", 24), ("3.4", 12)]
    # not adding up: unread
    assert _results(text.replace("办理4件", "办理5件")) == []
    # something else in the list (a part of the requests, a rate): unread
    assert _results(text.replace("结转下年度办理4件", "网上申请4件")) == []
    assert _results(text.replace("、结转下年度办理4件", "、答复率100%,结转下年度办理4件")) == []
    cells, _ = _read(text)
    assert cells["requests/3.1/total"] == 3 and cells["requests/3.2/total"] == 24


@pytest.mark.parametrize("sentence,year,read", [
    ("2025年，区审计局未收到相关政府信息公开申请", 2025, [("requests/1/total", 0)]),
    ("2022年，我办未收到相关依申请公开信息", 2022, [("requests/1/total", 0)]),
    ("2024年没有收到和处理依申请公开办理情况", 2024, [("requests/1/total", 0)]),
    ("2023全年未收到政府信息公开申请", 2023, [("requests/1/total", 0)]),
    ("2024共收到依申请政府信息公开2件，均按时答复，结转下年度继续办理0件", 2024,
     [("requests/1/total", 2), ("requests/4/total", 0)]),
    # what stays unread: another year, a figure that is no year, 相关 before something narrowing
    ("2023全年未收到政府信息公开申请", 2024, []),
    ("2023共收到依申请政府信息公开2件", 2024, []),
    ("3件共收到依申请政府信息公开2件", 2024, []),
    ("2024年，我局未收到相关法人政府信息公开申请", 2024, []),
    ("2024年未收到相关网上政府信息公开申请", 2024, []),
    ("2024年没有处理依申请公开办理情况", 2024, []),
])
def test_other_wordings_of_the_years_requests(sentence: str, year: int, read: list[tuple[str, int]]) -> None:
    assert [r for s in sentences(sentence) for r in _read_sentence(s, year)] == read


def test_xiang_is_a_unit() -> None:
    assert [r for s in sentences("2021年,某厅共收到依申请公开16项,办理15项,结转下年度继续办理1项") for r in _read_sentence(s, 2021)] == [
        ("requests/1/total", 16), ("requests/4/total", 1)]
    assert _read_sentence("2020年,我县收到政府信息公开书面申请12件;涉及信息公开行政复议1项", 2020) == [
        ("appeals/review/total", 1)]
    assert _read_sentence("2020年,我县主动公开政府信息16项", 2020) == []


@pytest.mark.parametrize("clause,read", [
    ("未发生因政府信息公开工作引发举报、投诉、申请行政复议或提起行政诉讼的情况", dict.fromkeys(APPEALS, 0)),
    ("全年未发生针对某镇有关政府信息公开事务的行政复议案件、行政诉讼案件和举报申诉件", dict.fromkeys(APPEALS, 0)),
    ("没有发生因政府信息公开工作引发信访、行政复议或行政诉讼", dict.fromkeys(APPEALS, 0)),
    ("未发生因政府信息公开引起的行政复议和举报投诉", {"appeals/review/total": 0}),
    # a complaint that is no item of the list, but what the appeals came of: a part of them, unread
    ("未发生因举报引发的行政复议", {}),
    ("未发生因举报、投诉引发的行政复议和行政诉讼", {}),
    # a figure: not a none, the complaint not taken out
    ("因政府信息公开引发举报、行政复议2件", {}),
])
def test_complaints_listed_beside_the_appeals_in_a_none(clause: str, read: dict[str, int]) -> None:
    assert {CELL[m]: v for m, v in appeal_totals(clause, 2024, True)} == read


@pytest.mark.parametrize("sentence,read", [
    ("2024年,我办共收到公开政府信息申请1件,已全部答复", [("requests/1/total", 1)]),
    ("2024年,我局收到公开政府信息的申请3件", [("requests/1/total", 3)]),
    ("2024年1月1日起至2024年12月31日止,我局未收到依申请公开要求", [("requests/1/total", 0)]),
    # what was published, and information given: not requests
    ("2024年,我局收到公开政府信息3件", []),
    ("2024年,我局主动公开政府信息申请指南1件", []),
    ("2024年,我局未收到依申请公开的政府信息", []),
])
def test_the_requests_named_by_what_they_ask_for(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2024) == read
