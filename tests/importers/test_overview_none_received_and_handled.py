"""未收到和处理政府信息公开申请(情况): the form's own heading (三、收到和处理政府信息公开申请情况) denied
whole, as a township's 一、总体情况 says it (麻陇彝族乡 2020: "未收到和处理政府信息公开申请情况，无公开行政复议、
行政诉讼情况"). No request came in: 本年新收 总计 0. It was left unread; what still narrows the count or
says something else stays unread."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"      # 表三 一、本年新收's total, the cell the shipped forms' prose_cells name


def test_none_received_and_handled_is_none_new() -> None:
    assert _read_sentence("未收到和处理政府信息公开申请情况", 2020) == [(NEW, 0)]
    assert _read_sentence("2020年,我乡未收到并处理政府信息公开申请", 2020) == [(NEW, 0)]
    assert _read_sentence("全年没有收到和处理任何政府信息公开申请", 2020) == [(NEW, 0)]


def test_its_near_misses_stay_unread() -> None:
    assert _read_sentence("未收到和处理法人提出的政府信息公开申请", 2020) == []       # one kind of applicant
    assert _read_sentence("未处理政府信息公开申请", 2020) == []                      # not handled: received, maybe
    assert _read_sentence("收到和处理政府信息公开申请情况", 2020) == []               # the heading itself
    assert _read_sentence("未和处理政府信息公开申请", 2020) == []                     # no 收到: not said
    assert _read_sentence("2019年未收到和处理政府信息公开申请", 2020) == []           # another year's
