"""The year's requests named before their verb (2024年,我镇依申请公开政府信息共收到37件: 杭州市萧山区瓜沥镇 2024,
pagesez-xiaoshan-guali-2024) — the clause's subject is the requests, so its count is 一 as 共收到依申请公开政府信息37件
would be. Synthetic text in the pattern the real copy printed; what narrows the count, names no requests, or puts other
words between the name and the verb stays unread."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,编制某某县某某镇2024年政府信息公开工作年度报告。"
           "本报告统计数据时间段:2024年1月1日至2024年12月31日。\n一、总体情况\n(一)主动公开\n"
           "全镇主动公开政府信息37条。\n(二)依申请公开\n")
NEW = "requests/1/total"


def _read(clause: str) -> object:
    report, _ = import_text(OPENING + clause + "\n", "x.txt")
    return report.cells.get(NEW)


@pytest.mark.parametrize(("clause", "n"), [
    ("2024年,我镇依申请公开政府信息共收到37件,其中33件已办结。", 37),
    ("2024年,我镇政府信息公开申请共收到5件,均已按时答复。", 5),
    ("2024年,依申请公开信息累计收到2件。", 2),
])
def test_requests_named_before_their_verb_are_counted(clause: str, n: int) -> None:
    assert _read(clause) == n


@pytest.mark.parametrize("clause", [
    # a channel narrows it
    "2024年,我镇依申请公开政府信息通过网络共收到37件。",
    # an applicant kind narrows it
    "2024年,我镇法人依申请公开政府信息共收到3件。",
    # what is received is no request
    "2024年,我镇主动公开政府信息共收到反馈37件。",
    "2024年,我镇政府信息共收到37件。",
    # another verb between: 答复 of requests, not their count
    "2024年,我镇依申请公开政府信息答复共收到37件。",
])
def test_what_may_not_be_the_years_requests_stays_unread(clause: str) -> None:
    assert _read(clause) is None
