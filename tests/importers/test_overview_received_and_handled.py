"""一、总体情况 saying in one verb what came in and what was done with it (收到并按时办结16件政府信息公开申请,
收到并妥善处理依申请公开信息13件, 收到并规范办结公众信息公开申请12条: 江苏、湖北、吉林 copies cut before their
tables). Before, only 收到并答复/并办理/并处理 were known, and 按时 (a part's word: 按时办结N件) made the whole
clause unread: the year's new requests were lost though the words state them as surely as 收到N件. The count
is what was received; the second verb's 办结 is no count of 三（七） (last year's carried over may be among
those decided), and what narrows the count still leaves it unread."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence,count", [
    ("全年共收到并按时办结16件政府信息公开申请", 16),
    ("本年度共收到并妥善处理依申请公开信息13件", 13),
    ("2025年我镇收到并依法答复政府信息公开申请4件", 4),
    ("全年收到并及时办理政府信息公开申请2件", 2),
    ("全年收到并规范办结公众信息公开申请12条", 12),
    ("全年收到社会公众提出的政府信息公开申请7件", 7),
    ("全年收到并答复政府信息公开申请3件", 3),                # known before: unchanged
])
def test_received_and_handled_is_the_count_received(sentence: str, count: int) -> None:
    assert _read_sentence(sentence, 2025) == [(NEW, count)]


@pytest.mark.parametrize("sentence", [
    "全年按时办结政府信息公开申请16件",                      # a part: those decided on time
    "全年收到并按时办结法人政府信息公开申请3件",              # one kind of applicant
    "全年收到并处理信件12条",                                # not requests for information
    "全年收到并办结政府信息公开申请5件(不含上年结转1件)",     # an aside of another row's: no part of it
    "全年收到并办结政府信息公开申请5件(含上年结转1件、网上2件)",  # (含上年结转1件) alone: test_overview_public_letters…
])
def test_what_narrows_or_names_another_count_stays_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2025) == []


def test_a_copy_cut_in_the_overview_reads_the_new_requests_alone() -> None:
    text = ("某某市某某区某某镇人民政府\n2025年政府信息公开工作年度报告\n"
            "本报告的统计期限为2025年1月1日至2025年12月31日。\n"
            "一、总体情况\n(一)主动公开方面。规范依申请公开全流程管理,全年收到并规范办结公众信息公开申请12条。\n"
            "(二)政府信息管理方面。一是升级公开管理体系")
    report, log = import_bytes(text.encode(), "某某镇.txt")
    assert report.cells.get(NEW) == 12 and NEW not in report.missing
    assert "requests/3.7/total" in report.missing and "requests/3.7/total" not in log.read


@pytest.mark.parametrize("sentence,count", [
    ("本年度未收到依申请公开事项的请求", 0),
    ("2020年,我镇未收到依申请公开请求", 0),
    ("本年度未收到依申请公开的政府信息", None),                # information given, not requests: unread as before
    ("本年度未收到法人的依申请公开请求", None),                # one kind of applicant
])
def test_a_none_of_requests_called_qingqiu(sentence: str, count: int | None) -> None:
    """请求 (a request) for 申请: 本年度未收到依申请公开事项的请求 (沿江街道 2024) is no request received at all."""
    assert _read_sentence(sentence, 2024 if "2020" not in sentence else 2020) == ([] if count is None else [(NEW, count)])
