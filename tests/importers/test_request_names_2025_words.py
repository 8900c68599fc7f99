"""Two more ways 一、总体情况 names the year's requests, both read before in a sister wording: 申请政府信息公开请求
(高港区沿江街道 2025: 收到申请政府信息公开请求1件, as 申请政府信息公开事项 was read) and, in a "none",
依申请公开申请事项 (凤阳县中都街道 2023: 未收到依申请公开申请事项, as 信息公开申请事项 was read). Before, both
clauses were left unread and the year's 一 with them. What is not surely a request (政府信息公开请求 without 申请,
公开请求, 诉求) and what narrows the count stay unread."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence,count", [
    ("本年度收到申请政府信息公开请求1件", 1),
    ("2025年共收到申请政府信息公开请求3件", 3),
    ("2023年,我街道未收到依申请公开申请事项", 0),
    ("全年未收到依申请公开申请事项", 0),
])
def test_the_requests_by_these_names_are_read(sentence: str, count: int) -> None:
    year = 2023 if "2023" in sentence else 2025
    assert _read_sentence(sentence, year) == [(NEW, count)]


@pytest.mark.parametrize("sentence", [
    "本年度收到政府信息公开请求1件",                 # without 申请: not surely a request (as before)
    "本年度收到公开请求1件",                         # 公开请求 alone
    "本年度收到申请政府信息公开请求的答复1件",        # an answer, not the requests
    "本年度收到法人申请政府信息公开请求1件",          # one kind of applicant
    "本年度未收到法人的依申请公开申请事项",          # one kind of applicant in a none
    "全年未收到依申请公开方面的诉求",                # 诉求: a demand of any kind, not surely a request
    "苏木政府2021年度未收到公开申请",               # 公开申请 without 政府信息 or 依申请 (as before)
])
def test_what_is_not_surely_the_requests_stays_unread(sentence: str) -> None:
    year = 2021 if "2021" in sentence else 2025
    assert _read_sentence(sentence, year) == []


def test_a_copy_cut_in_the_overview_reads_the_none() -> None:
    text = ("某某县某某街道办事处2023年政府信息公开工作年度报告\n"
            "    报告中使用数据统计时间为2023年1月1日至2023年12月31日。\n\n"
            "    一、总体情况\n\n    本年度我街道通过政府信息公开平台主动公开政府信息共计498条。\n\n"
            "    (二)依申请公开情况。\n\n    2023年,我街道未收到依申请公开申请事项。\n\n"
            "    (三)政府信息管理。\n\n    为进一步规范政府信息发布")
    report, _ = import_bytes(text.encode(), "某某街道.txt")
    assert report.cells.get(NEW) == 0 and NEW not in report.missing
