"""Two wordings of a none of the year's requests, each left unread by the third held-out round (2026): 依申请公开办件, the
requests as cases to handle (蚌埠市人防办 2021, pagesff-bengbu-rfb-2021: 我办未收到依申请公开办件), and 申请政府信息公开事项,
the matters applied for with 公开 after 政府信息 (延安市人防办 2021, pagesff-yanan-rfb-2021: 我办未收到申请政府信息公开
事项). After a receiving verb each is a none, read as 0 as 未收到依申请公开件 and 未收到申请公开政府信息事项 are.
Synthetic text in the patterns the real copies printed; narrowed, with words after the name, or without the verb
where the verb is what makes it a request, each stays unread."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,编制某某市人民防空办公室2021年政府信息公开工作年度报告。"
           "本报告统计数据时间段:2021年1月1日至2021年12月31日。\n一、总体情况\n(一)主动公开\n"
           "全年主动公开政府信息353条。\n(二)依申请公开\n")
NEW = "requests/1/total"


def _read(clause: str) -> object:
    report, _ = import_text(OPENING + clause + "\n", "x.txt")
    return report.cells.get(NEW)


@pytest.mark.parametrize("clause", [
    "2021年,我办未收到依申请公开办件。",
    "2021年,我办没有收到依申请公开的办件。",
    "2021年,我办未收到申请政府信息公开事项,未发生行政复议、诉讼案件。",
    "2021年,我办未接到申请信息公开的办理事项。",
])
def test_the_two_wordings_after_a_receiving_verb_are_a_none(clause: str) -> None:
    assert _read(clause) == 0


@pytest.mark.parametrize("clause", [
    "2021年,我办未收到法人依申请公开办件。",              # an applicant kind narrows it
    "2021年,我办未收到依申请公开办件的答复。",             # words after the name
    "2021年,我办无申请政府信息公开事项。",                 # no verb: the matters, not the requests
    "2021年,我办未收到法人申请政府信息公开事项。",          # narrowed
    "2021年,我办未收到申请政府信息公开事项的投诉。",         # words after the name
])
def test_what_is_not_a_whole_none_stays_unread(clause: str) -> None:
    assert _read(clause) != 0
