"""依申请件: the 依申请公开件 of a report that drops 公开 from the requests' name (2024年全市共收到依申请件927件,上年结转34件,
办结930件,31件结转到2025年度继续办理, 桐乡市政府 2024; 共收到依申请件0件, 奉新县东风垦殖场 2024, helper 314's unseen
2024/2025 reports). The overview's grammar read a count only where the words naming it held 公开, so the whole
sentence went unread, and the clauses after it (上年结转…, 办结…) with it, having no subject.

Read now as 依申请公开件 is; what names something else stays unread: 依申请事项 and 依申请类办件 (services applied
for at a service hall), 申请件 alone (whose requests is not said), 受理 alone (accepted: last year's may be among
them), a rate (依申请件办结率), and a bare figure glued to the next clause's year where a page lost its units
(申请02024年结转…: 白勉峡镇 2025)."""

from __future__ import annotations

from typing import Any

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences
from tests.importers.files import township_cut_in_overview

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = ("requests/1/total", "requests/2/total", "requests/3.7/total",
                                         "requests/4/total")


def _said(text: str, year: int = 2024) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


def _read(applications: str, year: int = 2024) -> dict[str, Any]:
    report, _ = import_bytes(township_cut_in_overview(applications, year), "某某镇.txt")
    return {a: v for a, v in report.cells.items()
            if a.startswith("requests/") and a not in report.missing and v is not None}


@pytest.mark.parametrize("sentence,read", [
    ("2024年全市共收到依申请件927件,上年结转34件,办结930件,31件结转到2025年度继续办理",
     [(NEW, 927), (CARRIED_IN, 34), (DECIDED, 930), (CARRIED_OUT, 31)]),
    ("依照《条例》的规定,2024年,我场开展了依申请公开受理工作,共收到依申请件0件", [(NEW, 0)]),
    ("2024年共收到依申请件5件,上年结转1件", [(NEW, 5), (CARRIED_IN, 1)]),
    ("全年未收到依申请件", [(NEW, 0)]),
])
def test_requests_named_as_items_on_request_are_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read
    # what names something else, or says nothing of the year's requests whole, stays unread beside them
    assert _said("2024年共办理依申请事项1234件") == []
    assert _said("2024年,政务服务中心共收到依申请类办件3200件") == []
    assert _said("2024年收到申请件3件,办结3件") == []
    assert _said("2024年共受理依申请件12件") == []
    assert _said("2024年依申请件办结率100%") == []


def test_a_report_saying_requests_as_items_on_request_fills_its_cells() -> None:
    assert _read("2024年全市共收到依申请件927件,上年结转34件,办结930件,31件结转到2025年度继续办理。") == {
        NEW: 927, CARRIED_IN: 34, DECIDED: 930, CARRIED_OUT: 31}
    assert _read("2024年,我场共收到依申请件0件。") == {NEW: 0}
    # a page that lost its units: the 0 runs into the next clause's year, and nothing is read from it
    assert _said("全年各行政机关新收到政府信息公开申请02024年结转至2025年政府信息公开申请0共办结政府信息公开申请0件",
                 2025) == []
    assert _read("2024年,我镇收到依申请事项3件。") == {}
