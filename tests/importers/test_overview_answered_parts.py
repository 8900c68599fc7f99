"""A count answered whose aside names last year's carried over and next year's as its parts, without 另有
(共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结), 福州市仓山区 2024, a held-out report):
whether the 12 are among the 312 or beside them the words do not say, so 三（七）, 二 and 四 are read only where the
sentence's count of the year's new requests proves them all (320 + 4 = 312 + 12), and nothing otherwise — synthetic
text in the pattern the real copy printed."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences
from tests.importers.files import township_cut_in_overview

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = ("requests/1/total", "requests/2/total", "requests/3.7/total",
                                         "requests/4/total")


def _said(text: str, year: int = 2024) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


@pytest.mark.parametrize("sentence,read", [
    ("全年共收到政府信息公开申请320件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。",
     [(NEW, 320), (CARRIED_IN, 4), (DECIDED, 312), (CARRIED_OUT, 12)]),
    ("2024年共收到政府信息公开申请20件,办结19件(2件为上年结转申请,3件结转下一年度继续办理)。",
     [(NEW, 20), (CARRIED_IN, 2), (DECIDED, 19), (CARRIED_OUT, 3)]),
    # 答复办结 with the template's own aside (另有…): read as that wording always was
    ("全年共收到政府信息公开申请44件,答复办结政府信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)。",
     [(NEW, 44), (CARRIED_IN, 3), (DECIDED, 43), (CARRIED_OUT, 4)]),
])
def test_an_answered_count_whose_parts_add_up(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    # the sum does not hold (the 12 may be among the 312): nothing of the aside read
    "全年共收到政府信息公开申请321件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。",
    "全年共收到政府信息公开申请308件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。",
    # no count of the year's new requests to prove it
    "全年共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。",
    # the count received, not answered; a count handled (处理 may hold those put off); a part after 其中
    "全年共收到政府信息公开申请320件(4件为上年度结转办结,12件结转下年度办结)。",
    "全年共收到政府信息公开申请320件,共处理政府信息公开申请312件(4件为上年度结转办结,12件结转下年度办结)。",
    "全年共收到政府信息公开申请320件,其中答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。",
    # something else in the aside, or its second part not put off into next year
    "全年共收到政府信息公开申请320件,共答复办结政府信息公开312件(4件为上年度结转办结,12件撤回)。",
    "全年共收到政府信息公开申请320件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结,网上申请9件)。",
    "全年共收到政府信息公开申请320件,共答复办结政府信息公开312件(4件为网上申请,12件结转下年度办结)。",
])
def test_an_answered_count_with_parts_not_proved_stays_unread(sentence: str) -> None:
    assert [r for r in _said(sentence) if r[0] != NEW] == []


def test_the_parts_are_read_from_a_cut_copy() -> None:
    report, _ = import_bytes(township_cut_in_overview(
        "全年共收到政府信息公开申请320件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。",
        2024), "某某镇.txt")
    cells = {a: v for a, v in report.cells.items()
             if a.startswith("requests/") and a not in report.missing and v is not None}
    assert cells == {NEW: 320, CARRIED_IN: 4, DECIDED: 312, CARRIED_OUT: 12}
