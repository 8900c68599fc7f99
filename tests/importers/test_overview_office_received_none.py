"""A 街道办事处 naming itself before its verb, and 接收到 for 收到 in a none (issue 17, slice "pagesbf":
道里区经纬街道办事处 2022, "2022年经纬街道办事处未接收到依申请公开"): the 办 of 办事处 was taken for the verb 办
(办理, 办结) and 接收到 was no verb of the none, so a copy cut in 一、总体情况 left 本年新收 unread."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"      # 表三 一、本年新收's total, the cell the shipped forms' prose_cells name


@pytest.mark.parametrize("sentence", [
    "2022年经纬街道办事处未接收到依申请公开",
    "2022年某街道办事处未收到政府信息公开申请",
    "本年度未接收政府信息公开申请",
    "全年未接收到任何政府信息公开申请",
])
def test_the_none_is_read(sentence: str) -> None:
    assert _read_sentence(sentence, 2022) == [(NEW, 0)]


def test_a_street_office_counting_is_its_subject() -> None:
    assert _read_sentence("2022年某街道办事处共收到政府信息公开申请3件", 2022) == [(NEW, 3)]


@pytest.mark.parametrize("sentence", [
    "2022年某街道办事处办理政府信息公开申请3件",         # 办理: handled, not received
    "2022年某街道办理处未接收到依申请公开",              # 办理 again, not 办事处
    "2022年某街道办事处未接收到法人提出的政府信息公开申请",  # one kind of applicant
    "2021年某街道办事处未接收到依申请公开",              # another year's
])
def test_near_misses_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2022) == []
