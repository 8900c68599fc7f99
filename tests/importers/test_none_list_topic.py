"""A "none" of 复议 and 诉讼 with the topic they are of between the negation and them (2023年,本单位无涉及
信息公开复议及诉讼情况, pagesbx-datonghu-sjj-2023): 表四's three totals 0. The list grammar (overview_none_list)
wanted the items right after the negation, so the clause was left unread; a topic that is not the
requests' (无涉及土地征收的复议…) still names no list of the forms' things."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import read_clauses
from core.importers.overview_none_list import none_of_each
from core.importers.text import import_text
from core.template_prose import REVIEW_TOTAL, SUIT_AFTER_REVIEW_TOTAL, SUIT_DIRECT_TOTAL

ZEROS = [(REVIEW_TOTAL, 0), (SUIT_DIRECT_TOTAL, 0), (SUIT_AFTER_REVIEW_TOTAL, 0)]
"""What the grammar reads: 表四's three totals, by meaning."""
CELLS = {"appeals/review/total": 0, "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}


@pytest.mark.parametrize("clause", [
    "本单位无涉及信息公开复议及诉讼情况",
    "我局无有关政府信息公开的复议和诉讼案件",
    "本单位无涉及信息公开行政复议、行政诉讼情况",
])
def test_the_topic_of_the_list_is_no_item_of_it(clause: str) -> None:
    listed = none_of_each(clause, True)
    assert listed is not None
    assert listed[1] == ZEROS


@pytest.mark.parametrize("clause", [
    "本单位无涉及土地征收的复议及诉讼情况",          # another topic: whose suits?
    "本单位无涉及信息公开工作的复议及诉讼结果",        # a result after them: not the list alone
])
def test_another_topic_or_words_after_it_name_no_list(clause: str) -> None:
    assert none_of_each(clause, True) is None


def test_read_from_the_overview() -> None:
    read = read_clauses("2023年,本单位无涉及信息公开复议及诉讼情况", 2023)
    assert [(a, v) for a, v, _ in read] == ZEROS
    text = ("某县审计局2023年政府信息公开工作年度报告\n一、总体情况\n(一)依申请公开政府信息情况。\n"
            "2023年,本单位没有收到政府信息公开申请。\n(二)信息公开复议及诉讼情况。\n"
            "2023年,本单位无涉及信息公开复议及诉讼情况。\n二、主动公开政府信息情况\n"
            "第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n")
    report, _ = import_text(text, "copy.txt")
    assert report.year == 2023
    assert {a: report.cells.get(a) for a in CELLS} == CELLS
    assert report.cells.get("requests/1/total") == 0
