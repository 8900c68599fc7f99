"""一、总体情况 naming the requests by what they ask for, the verb 申请 first: 收到申请公开政府信息5宗
(a 镇's copy cut before its tables, issue 17) is the year's new requests, as 收到依申请公开政府信息N件
is — while 公开政府信息 alone (what was published) stays unread."""

from __future__ import annotations

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence


def test_requests_asked_for_verb_first() -> None:
    assert _read_sentence("2023年我镇共收到申请公开政府信息5宗,上年结转政府信息公开申请1宗", 2023) == [
        ("requests/1/total", 5), ("requests/2/total", 1)]
    assert _read_sentence("本年度收到申请公开政府信息的申请3件", 2023) == [("requests/1/total", 3)]
    assert _read_sentence("收到公开政府信息5件", 2023) == []             # what was published
    assert _read_sentence("收到政府信息申请5件", 2023) == []             # no 公开: not said to be these requests
    assert _read_sentence("本年度办理结果不予公开6宗", 2023) == []       # a result, not a total


def test_a_copy_cut_in_the_overview_reads_it() -> None:
    text = ("某县某某镇2023年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n（一）主动公开\n2023年，我镇主动公开政府信息120条。\n"
            "（二）依申请公开\n2023年我镇共收到申请公开政府信息5宗，上年结转政府信息公开申请1宗，"
            "本年度办理结果不予公开6宗，已全部办结。\n"
            "（三）政府信息管理\n进一步加强信息发布的审核和管理，确保信息的")
    report, _ = import_bytes(text.encode(), "某某镇.txt")
    assert report.cells.get("requests/1/total") == 5
    assert report.cells.get("requests/2/total") == 1
    assert "requests/3.7/total" in report.missing
