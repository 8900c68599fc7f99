"""The year's requests named 申请公开件 (依申请公开件 without its 依: "2023年我局共收到申请公开件92件、上一年度结转2件。
其中,予以公开19件,部分公开18件,不予公开4件,无法提供38件,不予处理5件,其他处理1件,结转下年度继续办理9件", 南通市
崇川区住建局 2023, held-out round two) were left unread, the count with them and the results the next sentence lists:
申请 was taken as naming requests only before (政府)信息公开 or 公开政府信息. And a count of the requests joined by 、 to
the count carried in from last year (…92件、上一年度结转2件) was one clause to the results' reader, so no run began and
the results after it stayed unread although they add up (92 + 2 = 19 + 18 + 4 + 38 + 5 + 1 + 9).

Synthetic text in the pattern of that copy. What stays unread: 申请件 without 公开, 受理 alone; no results after a whole area's count,
a run that does not add up, the 、 joining two counts neither of which is the requests' and last year's."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_results import read_sentences
from core.importers.overview_text import sentences

NEW, CARRIED = "requests/1/total", "requests/2/total"


def _said(text: str, year: int = 2023) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


def _results(text: str, year: int = 2023) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


@pytest.mark.parametrize("sentence,read", [
    ("2023年我局共收到申请公开件92件", [(NEW, 92)]),
    ("2023年我局共收到申请公开件92件、上一年度结转2件", [(NEW, 92), (CARRIED, 2)]),
    ("2023年共收到政府信息申请公开件5件,上年结转0件", [(NEW, 5), (CARRIED, 0)]),
])
def test_requests_named_as_application_items_are_counted(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    "2023年我局共收到申请件92件",               # no 公开: requests for what?
    "2023年我局共受理申请公开件92件",           # 受理 alone may hold last year's carried over
])
def test_close_wordings_stay_unread(sentence: str) -> None:
    assert _said(sentence) == []


CHONGCHUAN = ("2023年我局共收到申请公开件92件、上一年度结转2件。其中,予以公开19件,部分公开18件,不予公开4件,"
              "无法提供38件,不予处理5件,其他处理1件,结转下年度继续办理9件。")


def test_results_after_requests_joined_to_last_year_s_by_a_pause_mark() -> None:
    assert _results(CHONGCHUAN) == [("3.1", 19), ("3.2", 18), ("3.3", 4), ("3.4", 38), ("3.5", 5), ("3.6", 1)]


def test_the_same_with_the_requests_named_in_full() -> None:
    text = CHONGCHUAN.replace("申请公开件92件", "政府信息公开申请92件")
    assert _results(text) == [("3.1", 19), ("3.2", 18), ("3.3", 4), ("3.4", 38), ("3.5", 5), ("3.6", 1)]


@pytest.mark.parametrize("text", [
    CHONGCHUAN.replace("上一年度结转2件", "上一年度结转3件"),          # 92 + 3 is not the 94 the run adds up to
    CHONGCHUAN.replace("、上一年度结转2件", "、办结85件").replace("结转下年度继续办理9件", "结转下年度继续办理7件"),
    CHONGCHUAN.replace("我局共收到", "全区共收到"),                   # a whole area's requests
    CHONGCHUAN.replace("、上一年度结转2件", "、较上年增加2件"),         # another time: not last year's carried in
])
def test_runs_that_do_not_hold_stay_unread(text: str) -> None:
    assert _results(text) == []


def test_the_whole_report_reads_the_results_and_counts() -> None:
    from core.importers import import_bytes
    text = ("南通市某区住房和城乡建设局2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开办理情况。"
            + CHONGCHUAN + "\n(三)政府信息资源管理情况")
    report, _ = import_bytes(text.encode("utf-8"), "某局.txt")
    got = {a: v for a, v in report.cells.items() if a.startswith("requests/") and v is not None}
    assert got == {NEW: 92, CARRIED: 2, "requests/3.1/total": 19, "requests/3.2/total": 18}
