"""政府信息申请公开, the request's name with its words turned (岚皋县民主镇 2024, pagesez-langao-minzhu-2024: 本年度未收到
政府信息申请公开; 上饶市政府 2022 counts 政府信息申请公开件 the same way) — after a receiving verb, a none of the
year's requests, read as 0 as 未收到政府信息公开申请 is. Synthetic text in the pattern the real copy printed; without
the verb, narrowed by an applicant kind, or followed by more words, it stays unread."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,编制某某县某某镇2024年政府信息公开工作年度报告。"
           "本报告统计数据时间段:2024年1月1日至2024年12月31日。\n一、总体情况\n(一)主动公开情况\n"
           "全镇主动公开政府信息37条。\n(二)依申请公开情况\n")
NEW = "requests/1/total"


def _read(clause: str) -> object:
    report, _ = import_text(OPENING + clause + "\n", "x.txt")
    return report.cells.get(NEW)


@pytest.mark.parametrize("clause", [
    "本年度未收到政府信息申请公开。",
    "2024年,我镇未收到政府信息申请公开件。",
    "2024年,我镇没有接到信息申请公开。",
])
def test_a_none_with_the_names_words_turned_is_read(clause: str) -> None:
    assert _read(clause) == 0


@pytest.mark.parametrize("clause", [
    # no verb: 无 … alone may say no information was asked for, not that no request came
    "2024年,我镇无政府信息申请公开。",
    # an applicant kind narrows the none
    "2024年,我镇未收到法人政府信息申请公开。",
    # more words after the name: not the requests alone
    "2024年,我镇未收到政府信息申请公开的答复。",
    "2024年,我镇未收到政府信息申请公开费用。",
])
def test_what_is_not_a_whole_none_stays_unread(clause: str) -> None:
    assert _read(clause) != 0
