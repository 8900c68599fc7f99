"""依申请公开的(政府)信息公开申请 in a none of the year's requests (清水县白驼镇 2025, pagesex-qingshui-baituo-2025:
2025年白驼镇没有收到依申请公开的政府信息公开申请): the request's own name, 政府信息公开申请, after 依申请公开的 — read as
0 the same as 未收到依申请公开的信息申请 is (helper 350). Synthetic text in the pattern the real copy printed; what
narrows the none (an applicant kind) or names information rather than requests stays unread."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,编制某某县某某镇2025年政府信息公开工作年度报告。"
           "本报告统计数据时间段:2025年1月1日至2025年12月31日。\n一、总体情况\n(一)主动公开。\n"
           "全镇主动公开政府信息37条。\n(二)依申请公开。\n")
NEW = "requests/1/total"


def _read(clause: str) -> object:
    report, _ = import_text(OPENING + clause + "\n", "x.txt")
    return report.cells.get(NEW)


@pytest.mark.parametrize("clause", [
    "2025年某某镇没有收到依申请公开的政府信息公开申请。",
    "2025年,我镇未收到依申请公开的信息公开申请。",
    "2025年,我镇未收到依申请公开的政府信息公开的申请。",
])
def test_a_none_of_requests_named_in_full_is_read(clause: str) -> None:
    assert _read(clause) == 0


@pytest.mark.parametrize("clause", [
    # an applicant kind narrows the none: not every request
    "2025年,我镇未收到法人依申请公开的政府信息公开申请。",
    # no verb: 无 … alone stays unread in this branch, as 无依申请公开的政府信息 does
    "2025年,我镇无依申请公开的政府信息公开申请表。",
    # information, not requests
    "2025年,我镇未收到依申请公开的政府信息公开。",
    # a count after it: not a none
    "2025年,我镇收到依申请公开的政府信息公开申请2件,未收到依申请公开的政府信息公开申请表。",
])
def test_what_is_not_a_whole_none_stays_unread(clause: str) -> None:
    assert _read(clause) != 0
