"""并未接收到一例依申请公开请求: a none said with "a single one" (一例 一件 一份 一起 一个 一条) after the verb —
三穗县款场乡 2020 (held-out townships, helper 343) left 本年新收 unread though 未接收到依申请公开请求 is read.
Synthetic sentences in the pattern; the words widen nothing: a clause naming some applicants or one channel only
stays unread, and a count of one (收到一件…) stays a count."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence", [
    "2020年1月1日以来,我乡并未接收到一例依申请公开请求",
    "全年未收到一件政府信息公开申请",
    "本年度没有收到任何一份政府信息公开申请",
    "2020年未接到一起依申请公开事项",
])
def test_not_a_single_one_is_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2020) == [(NEW, 0)]


def test_single_one_narrowed_stays_unread() -> None:
    assert _read_sentence("全年未收到一件政府信息公开申请", 2020) == [(NEW, 0)]
    assert _read_sentence("全年未收到一件法人的政府信息公开申请", 2020) == []         # one kind of applicant
    assert _read_sentence("全年未收到一例信函形式的政府信息公开申请", 2020) == []     # one channel
    assert _read_sentence("全年未收到一件2019年的政府信息公开申请", 2020) == []       # another year's


def test_single_one_received_is_a_count_not_a_none() -> None:
    assert _read_sentence("全年未收到一件政府信息公开申请", 2020) == [(NEW, 0)]
    assert _read_sentence("全年收到一件政府信息公开申请", 2020) != [(NEW, 0)]


def test_report_without_tables_reads_none_of_a_single_one() -> None:
    text = ("某县某乡2020年政府信息公开工作年度报告\n"
            "所列数据统计时限为2020年1月1日至2020年12月31日。\n"
            "一、总体情况\n(一)主动公开。2020年我乡对外公开政府信息56条。\n"
            "(二)依申请公开。2020年1月1日以来,我乡并未接收到一例依申请公开请求,因此未涉及到收费问题。\n")
    report, _ = import_text(text, "x.txt")
    assert report.cells.get(NEW) == 0
