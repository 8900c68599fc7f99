"""Two wordings of 一、总体情况's request counts the overview's grammar left unread (helper 206's misses) —
synthetic text, each in the pattern real copies printed:

- a bracketed aside that only comments on how the requests were handled (余0件转2024年度办理(符合办结时间要求),
  黄陂区行政审批局 2023): its 办结 is the manner of the work, no row's count, so the clause outside it is read as if
  the aside were not there. An aside holding a figure, or saying what the count holds or which row it is (办结3件,
  含上年结转2件, 上年结转, 其中…), keeps the clause unread as before (or read as its parts: ``held_carried``);
- 通过各种渠道 (各类 所有 多种 任何…): every channel at once, the whole count (我局共收到公民、法人和其他组织通过各种
  渠道提出的政府信息公开申请共15件, 定州市发改局 2022). One channel named (网络渠道), channels listed (信函、网络等渠道,
  宜城市 2024), 其他渠道, or 各类渠道 not right after 通过 still narrow the count: unread."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences
from core.importers.request_words import comments_only

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = ("requests/1/total", "requests/2/total", "requests/3.7/total",
                                         "requests/4/total")


def _said(text: str, year: int) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


@pytest.mark.parametrize("sentence,read", [
    ("全年受理政府信息公开申请4件,办理完成4件,余0件转2024年度办理(符合办结时间要求)。", [(DECIDED, 4), (CARRIED_OUT, 0)]),
    ("2023年,我局共收到政府信息公开申请5件(均已按时办结),上年结转0件。", [(NEW, 5), (CARRIED_IN, 0)]),
    ("2023年共收到政府信息公开申请3件(均在法定期限内办结),结转下年度0件。", [(NEW, 3), (CARRIED_OUT, 0)]),
    ("2023年,我镇收到依申请公开申请6件(均已依法受理)。", [(NEW, 6)]),
    ("2023年共收到政府信息公开申请2件,办结2件(符合办结时限要求),结转下年度0件。",
     [(NEW, 2), (DECIDED, 2), (CARRIED_OUT, 0)]),
])
def test_an_aside_that_only_comments_leaves_its_clause_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence, 2023) == read


@pytest.mark.parametrize("sentence,read", [
    ("2023年共收到政府信息公开申请5件(办结3件)。", []),                 # a figure: a row's count
    ("2023年共收到政府信息公开申请5件(已办结两件)。", []),               # a figure in words
    ("2023年共收到政府信息公开申请5件(办结率100%)。", []),               # a rate
    ("2023年共收到政府信息公开申请5件(上年结转)。", []),                 # which row the count is
    ("2023年共收到政府信息公开申请5件(含已办结)。", []),                 # what it holds
    ("2023年共收到政府信息公开申请5件(其中按时办结)。", []),
    ("2023年共收到政府信息公开申请5件(含上年度结转申请)。", []),
    ("2023年共收到政府信息公开申请5件(新收并办结)。", []),
    ("2023年共收到政府信息公开申请5件(另有办结)。", []),
    ("2023年共收到政府信息公开申请5件(含上年结转2件)。", [(NEW, 3), (CARRIED_IN, 2)]),   # held_carried, as before
    # a count decided holding last year's is 三（七） whole (helper 304: 高平市 2025's 办结81件(含上年度结转4件))
    ("2023年办结政府信息公开申请5件(含上年结转2件)。", [(DECIDED, 5)]),
    ("2023年办理政府信息公开申请5件(含上年结转2件)。", []),
])
def test_an_aside_holding_a_count_keeps_its_meaning(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence, 2023) == read


@pytest.mark.parametrize("aside,comment", [
    ("符合办结时间要求", True), ("均已按时办结", True), ("均在法定期限内办结", True), ("均已依法受理", True),
    ("办结3件", False), ("已办结两件", False), ("办结率100%", False), ("上年结转", False), ("含已办结", False),
    ("其中按时办结", False), ("下年度办结", False), ("转结下年", False), ("新收", False), ("除外", False),
    ("办结３件", False),
])
def test_what_comments_only(aside: str, comment: bool) -> None:
    assert comments_only(aside) is comment


@pytest.mark.parametrize("sentence,read", [
    ("2022年,我局共收到公民、法人和其他组织通过各种渠道提出的政府信息公开申请共15件,其中同意公开的8件。", [(NEW, 15)]),
    ("2022年,我局通过各类渠道共收到政府信息公开申请15件。", [(NEW, 15)]),
    ("2022年通过多种渠道收到依申请公开申请6件,上年结转1件。", [(NEW, 6), (CARRIED_IN, 1)]),
    ("2022年,本机关共收到通过所有渠道提交的政府信息公开申请4件。", [(NEW, 4)]),
    ("2022年,我局未收到通过任何渠道提出的政府信息公开申请。", [(NEW, 0)]),
    ("2022年,我局未收到公民、法人或其他组织通过各类渠道提交的政府信息公开申请。", [(NEW, 0)]),
])
def test_every_channel_is_the_whole_count(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence, 2022) == read


@pytest.mark.parametrize("sentence", [
    "2022年,我局通过网络渠道收到政府信息公开申请15件。",                 # one channel
    "2022年,我局收到通过信函渠道提出的政府信息公开申请3件。",
    "2022年通过信函、网络等渠道收到依申请公开23件。",                     # channels listed (宜城市 2024)
    "2022年,我局共收到通过其他渠道提出的政府信息公开申请3件。",
    "2022年,我局共收到法人通过各种渠道提出的政府信息公开申请3件。",       # one kind of applicant
    "2022年,我局通过政务服务网等各类渠道收到政府信息公开申请9件。",       # 各类 not right after 通过
    "2022年,我局通过各种渠道收到政府信息公开咨询12件。",                 # not requests
    "2022年,我局通过各种渠道主动公开政府信息150条。",                     # what was published
    "2022年,我局未收到通过网上渠道提出的政府信息公开申请。",              # a none of one channel
    "2022年,我局通过各种渠道以外的方式收到政府信息公开申请2件。",
])
def test_one_channel_still_narrows(sentence: str) -> None:
    assert _said(sentence, 2022) == []
