"""A "none" of a list with the verb and "any (form of)" between the negation and the list (我室本年度未收到
任何形式的依申请公开信息、行政复议和行政诉讼, pagesey-haikou-zfyjs-2022): 表三 一 总计 0 and 表四's three totals 0.
The list grammar (overview_none_list) wanted the items right after the negation, so the whole clause was
left unread. After the verb, what is received is requests, so 依申请公开信息 is then the requests; without
the verb (无依申请公开信息…) it may name information not given, and the clause stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import read_clauses
from core.importers.overview_none_list import none_of_each
from core.importers.text import import_text
from core.template_prose import NEW_REQUESTS, REVIEW_TOTAL, SUIT_AFTER_REVIEW_TOTAL, SUIT_DIRECT_TOTAL

ALL = [(NEW_REQUESTS, 0), (REVIEW_TOTAL, 0), (SUIT_DIRECT_TOTAL, 0), (SUIT_AFTER_REVIEW_TOTAL, 0)]
"""What the grammar reads of a list naming the requests, 复议 and 诉讼: 一 总计 and 表四's three totals."""
CELLS = {"requests/1/total": 0, "appeals/review/total": 0, "appeals/suit_direct/total": 0,
         "appeals/suit_after_review/total": 0}


@pytest.mark.parametrize("clause", [
    "我室本年度未收到任何形式的依申请公开信息、行政复议和行政诉讼",
    "本局未收到依申请公开申请、行政复议和行政诉讼",
    "本单位没有接到过任何政府信息公开申请、行政复议及行政诉讼",
    "本年度未收到依申请公开政府信息、行政复议和行政诉讼案件",
])
def test_the_verb_and_any_before_the_list(clause: str) -> None:
    listed = none_of_each(clause, False)
    assert listed is not None
    assert listed[1] == ALL


@pytest.mark.parametrize("clause", [
    "本年度无依申请公开信息、复议和诉讼",                     # no verb: information not given, maybe
    "本年度无任何形式的依申请公开信息和行政复议",              # the same, with "any"
    "本年度未收到依申请公开的政府信息、行政复议",              # 的 before 政府信息: information, not requests
    "本年度未收到任何形式的投诉和举报",                        # nothing the forms count
    "本年度未收到土地征收的复议和诉讼",                        # another topic
    "本年度未收到任何形式的依申请公开信息、行政复议和行政诉讼结果",  # words after the list
    "2024年，我局未收到任何行政复议、行政诉讼事项",           # appeals over anything: the heading decides
    "我镇未收到行政复议、行政诉讼",
])
def test_what_stays_unread(clause: str) -> None:
    assert none_of_each(clause, False) is None
    assert none_of_each(clause, True) is None


def test_read_from_the_overview() -> None:
    read = read_clauses("我室本年度未收到任何形式的依申请公开信息、行政复议和行政诉讼", 2022)
    assert [(a, v) for a, v, _ in read] == ALL
    text = ("某市人民政府研究室2022年政府信息公开工作年度报告\n一、总体情况\n"
            "2022年,某市人民政府研究室依法推进政府信息公开工作。\n(一)本年度政府信息公开工作的基本情况\n"
            "2022年主动公开文件17件。我室本年度未收到任何形式的依申请公开信息、行政复议和行政诉讼。\n"
            "(二)政府信息公开工作组织领导情况\n我室党组高度重视信息公开工作。\n")
    report, _ = import_text(text, "copy.txt")
    assert report.year == 2022
    assert {a: report.cells.get(a) for a in CELLS} == CELLS


def test_no_verb_leaves_the_requests_unread_in_a_copy() -> None:
    text = ("某市人民政府研究室2022年政府信息公开工作年度报告\n一、总体情况\n"
            "2022年主动公开文件17件。我室本年度无任何形式的依申请公开信息、行政复议和行政诉讼。\n")
    report, _ = import_text(text, "copy.txt")
    assert report.cells.get("requests/1/total") is None
