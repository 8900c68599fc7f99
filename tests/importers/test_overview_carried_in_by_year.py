"""上年结转 said with last year's number (helper 176): 全年接收政府信息公开申请1554件,2023年结转132件;全年办理
1503件,结转2025年183件 (a 2024 report) — 2023年结转 is the requests last year carried into this one, 二, as
结转2025年 is 四. The clause was taken for another year's and nothing after it was read (nor 四).

Only the year just before the report's: any other year's 结转 says nothing of this year's rows, and
2023年结转至… (carried on to some year) is left to the words after it."""

from __future__ import annotations

from typing import Any

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from tests.importers.files import township_cut_in_overview

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = "requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total"


def _cells(applications: str) -> dict[str, Any]:
    report, _ = import_bytes(township_cut_in_overview(applications), "某某镇.txt")
    return {a: report.cells.get(a) for a in (NEW, CARRIED_IN, DECIDED, CARRIED_OUT) if a not in report.missing}


def test_last_years_number_before_the_verb_is_last_years_carried_over() -> None:
    assert _read_sentence("全年接收政府信息公开申请15件,2023年结转3件;全年办理14件,结转2025年4件", 2024) == [
        (NEW, 15), (CARRIED_IN, 3), (CARRIED_OUT, 4)]
    assert _read_sentence("2025年度新收政府信息公开申请数量40件,2024年结转7件", 2025) == [(NEW, 40), (CARRIED_IN, 7)]
    assert _read_sentence("收到政府信息公开申请6件,2023年度转结政府信息公开申请1件", 2024) == [(NEW, 6), (CARRIED_IN, 1)]
    assert _cells("2024年，本机关收到政府信息公开申请15件，2023年结转3件，办结14件，结转2025年4件。") == {
        NEW: 15, CARRIED_IN: 3, DECIDED: 14, CARRIED_OUT: 4}


def test_another_years_carried_over_or_one_carried_on_stays_unread() -> None:
    assert _read_sentence("收到政府信息公开申请15件,2022年结转3件", 2024) == [(NEW, 15)]
    assert _read_sentence("收到政府信息公开申请15件,2024年结转3件", 2024) == [(NEW, 15)]
    assert _read_sentence("收到政府信息公开申请15件,2023年结转至2024年的申请3件", 2024) == [(NEW, 15)]
    assert _read_sentence("2023年结转3件,收到政府信息公开申请15件", 2024) == []     # no requests named before it
    assert _read_sentence("收到政府信息公开申请15件,2023年结转的法人申请3件", 2024) == [(NEW, 15)]
