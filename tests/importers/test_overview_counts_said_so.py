"""Counts 一、总体情况 states in words the grammar had no place for (issue 17, slice "pagesbt"), each
in a copy cut before its tables:

- 闽侯县人民政府办公室 2025, "已答复71件,结转至下一年答复1件": a request carried into next year to be answered
  (…答复) is 四 as one carried to be handled (…办理) is (已答复 stays unread, as test_overview_counts holds);
- 永川区中山路街道 2025, "接到7条提出公开政府信息的申请": 接到 (received) as 收到, and the requests named by
  what they ask for after a verb of asking (提出/要求公开政府信息的申请, 提出获取相关政府信息的申请)."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence

NEW, CARRIED_OUT = "requests/1/total", "requests/4/total"


@pytest.mark.parametrize("sentence,want", [
    ("本年度共收到依申请公开政府信息72件,已答复71件,结转至下一年答复1件", [(NEW, 72), (CARRIED_OUT, 1)]),
    ("2025年,中山路街道接到7条提出公开政府信息的申请,已按照规定及时回复", [(NEW, 7)]),
    ("全年共接到3件要求公开政府信息的申请", [(NEW, 3)]),
    ("全年收到2件提出获取相关政府信息的申请", [(NEW, 2)]),
])
def test_the_counts_are_read(sentence: str, want: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2025) == want


@pytest.mark.parametrize("sentence,want", [
    # a received count holding last year's carried over: no row's alone, but its parts are (helper 184:
    # 上年结转 the aside's, 本年新收 the rest); an aside splitting it otherwise still leaves it unread
    ("2025年,共收到政府信息公开申请41件(含上年度结转3件)", [(NEW, 38), ("requests/2/total", 3)]),
    ("2025年,共收到政府信息公开申请41件(其中上年度结转3件,网上申请20件)", []),
    # 答复 without 已: not said to be done
    ("2025年,共收到政府信息公开申请9件,按时答复8件", [(NEW, 9)]),
    # 接到 a complaint, not a request
    ("2025年,接到7条投诉", []),
    # 公开政府信息 alone: what was published, not requests
    ("2025年,接到7条公开政府信息", []),
])
def test_near_misses_stay_as_they_were(sentence: str, want: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2025) == want
