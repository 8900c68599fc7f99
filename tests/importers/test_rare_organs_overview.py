"""What the overviews of organ kinds the corpus had few of (人防办, 档案局, 地震局, 民委, 信访局, 体育局,
地方金融管理局: pagesce-* in the corpus) say of 表四, read as they say it — synthetic text in their pattern.

- A complaint listed first in a "none" of appeals after 引起的/引发的/产生的 (…未发生因依申请公开答复引起的投诉
  举报、行政复议、行政诉讼等情况, 银川市民委 2024): an item of the list, each denied, as it already was right after
  引起 (…引起投诉举报、行政复议…). With the 的 it kept the clause unread — 投诉 is a word of a narrower clause.

What stays unread: a complaint that is the appeals' cause (因举报引发的行政复议, 因投诉引起的行政复议), a complaint
not listed with them (…引起的投诉举报情况), a figure, and appeals named without 行政 (…引发的投诉、复议或诉讼事项,
西安市高陵区交通运输局 2025: caused by an improper answer, not every appeal)."""

from __future__ import annotations

import pytest

from core.importers.overview_appeals import appeal_totals
from core.importers.text import import_text
from core.template_prose import REVIEW_TOTAL, SUIT_AFTER_REVIEW_TOTAL, SUIT_DIRECT_TOTAL

NONE = {REVIEW_TOTAL: 0, SUIT_DIRECT_TOTAL: 0, SUIT_AFTER_REVIEW_TOTAL: 0}


@pytest.mark.parametrize("clause", [
    "也未发生因依申请公开答复引起的投诉举报、行政复议、行政诉讼等情况",
    "未发生由政府信息公开引发的举报、投诉、行政复议和行政诉讼等",
    "全年未发生因政府信息公开产生的信访、行政复议、行政诉讼情况",
    "未发生因政府信息公开引起的举报投诉件、行政复议和行政诉讼",
])
def test_a_complaint_listed_after_caused_by_is_denied_with_the_appeals(clause: str) -> None:
    assert dict(appeal_totals(clause, 2024, True)) == NONE


@pytest.mark.parametrize("clause", [
    "未发生因举报引发的行政复议、行政诉讼",          # the complaint is their cause: a part of them
    "未发生因投诉引起的行政复议",
    "未发生因依申请公开引起的投诉举报情况",          # no appeal in the list
    "未发生因答复不当引发的投诉、复议或诉讼事项",      # appeals without 行政, caused by an improper answer
    "未发生因依申请公开引起的投诉、行政复议2件",      # a figure: no "none"
    "发生因依申请公开引起的投诉、行政复议、行政诉讼",  # nothing denied
])
def test_other_complaints_keep_the_clause_unread(clause: str) -> None:
    assert appeal_totals(clause, 2024, True) == []


def _report(clause: str) -> str:
    return ("某市民族事务委员会2024年政府信息公开工作年度报告\n"
            "本报告统计数据从2024年1月1日至12月31日。\n一、总体情况\n"
            "(一)主动公开方面。全年主动公开政务信息20余条。\n"
            f"(二)依申请公开方面。2024年全年未收到政府信息公开申请,{clause}。\n"
            "(三)政府信息管理方面。严格落实政务信息公开和保密审查制度。\n")


def test_a_cut_copy_reads_the_appeals_none_beside_the_requests() -> None:
    report, _ = import_text(_report("也未发生因依申请公开答复引起的投诉举报、行政复议、行政诉讼等情况"), "x.txt")
    assert report.cells.get("requests/1/total") == 0
    assert {a: report.cells.get(a) for a in ("appeals/review/total", "appeals/suit_direct/total",
                                              "appeals/suit_after_review/total")} == {
        "appeals/review/total": 0, "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}


def test_a_cut_copy_leaves_the_appeals_of_a_cause_unread() -> None:
    report, _ = import_text(_report("也未发生因举报引起的行政复议、行政诉讼"), "x.txt")
    assert report.cells.get("requests/1/total") == 0
    assert "appeals/review/total" in report.missing
