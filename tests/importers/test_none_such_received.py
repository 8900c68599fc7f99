"""未收到有关…申请: 有关 right after the verb, "such" as 相关 is (舟山市退役军人事务局 2024, pages corpus: "全年
未收到有关依申请公开政府信息的申请") left 本年新收 unread though 未收到相关政府信息公开申请 is read. It points back
at the requests and narrows nothing; tied to a thing or a body (有关征收的…, 有关部门转来的…) the words after it
are no request's name alone, and the clause stays unread. Synthetic sentences in the pattern."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence", [
    "全年未收到有关依申请公开政府信息的申请",
    "2024年,我局未收到有关政府信息公开申请",
    "本年度没有收到有关政府信息公开的申请",
    "2024年未接到有关依申请公开事项",
])
def test_none_such_received_is_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "全年未收到有关征收的政府信息公开申请",          # one matter's requests only
    "全年未收到有关部门转来的政府信息公开申请",      # requests another body sent on
    "全年未收到有关法人的政府信息公开申请",          # one kind of applicant
    "全年无有关依申请公开的政府信息",                # no information given, not no request
    "2024年共收到有关征收的政府信息公开申请3件",    # a count of one matter's requests
    "2024年共收到有关部门转办的政府信息公开申请3件",  # a count of those another body sent on
])
def test_such_tied_to_something_stays_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == []


def test_report_without_tables_reads_none_such_received() -> None:
    text = ("某市退役军人事务局2024年度政府信息公开工作年度报告\n"
            "报告所列数据的统计期限为2024年1月1日至2024年12月31日。\n"
            "一、总体情况\n(一)坚持主动公开。主动公开本部门信息120条。\n"
            "(二)落实依申请公开。全年未收到有关依申请公开政府信息的申请。\n")
    report, _ = import_text(text, "x.txt")
    assert report.cells.get(NEW) == 0
