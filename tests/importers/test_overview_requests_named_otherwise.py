"""Ways 一、总体情况 says the year's requests that copies cut before 表三 printed and the overview's grammar left
unread (the corpus's unread cells, helper 190) — synthetic text, each in the pattern real copies printed:

- a sentence ended by a dot typed for 。 (2022年,未收到依申请公开事项.): its clause ran on into the dot;
- 政务信息 for 政府信息 in the requests' name (未收到政务信息公开申请; 收到政务信息依申请公开0条), and 依法申请公开
  for 依申请公开 (全年未收到依法申请公开事项; 无依法申请公开件);
- everyone, by any means at all (未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请);
- a figure whose unit the page lost, right before the requests' full name (收到13政府信息公开申请), or after the
  count's own word (收到和处理政府信息公开申请数量为0);
- a count answered whose aside says what it holds of last year's and how many more go on into next year
  (答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)): 三（七） and 四, and 二 where the sentence's
  count of the year's requests adds up with them (受理44件: 44 + 3 = 43 + 4, which shows the 受理 new alone).

What may be another thing stays unread: 政务公开 (the wider work), a bare figure at a clause's end (申请1,: maybe
cut short), one that reads as a year, a channel or a kind of applicant named (通过网络形式…; 公民通过任何形式…),
a count 受理 alone, 无依法申请公开的政府信息 (no information given on request); an aside saying anything else, a
count handled (处理: it may hold those put off), 二 where the sum does not hold."""

from __future__ import annotations

from typing import Any

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences
from tests.importers.files import township_cut_in_overview

NEW = "requests/1/total"


def _said(text: str, year: int = 2024) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


def _read(applications: str, year: int = 2024) -> tuple[dict[str, Any], Any]:
    report, _ = import_bytes(township_cut_in_overview(applications, year), "某某镇.txt")
    return {a: v for a, v in report.cells.items()
            if a.startswith("requests/") and a not in report.missing and v is not None}, report


def test_a_dot_typed_for_a_full_stop_ends_the_sentence() -> None:
    assert sentences("2024年,未收到依申请公开事项.") == ["2024年,未收到依申请公开事项"]
    assert _said("2024年,未收到依申请公开事项.") == [(NEW, 0)]
    assert _said("2024年,我镇收到政府信息公开申请3件.办结3件.") == [(NEW, 3)]
    cells, report = _read("2024年,未收到依申请公开事项.")
    assert cells == {NEW: 0}
    assert report.origins[NEW].source.endswith("从正文读取：“未收到依申请公开事项”")


@pytest.mark.parametrize("text,split", [
    ("共收到申请3.5件", ["共收到申请3.5件"]),                      # a decimal
    ("1.依申请公开情况", ["1.依申请公开情况"]),                    # an item's number
    ("一.总体情况", ["一.总体情况"]),                              # a heading's number
])
def test_a_dot_after_a_figure_or_a_numeral_ends_no_sentence(text: str, split: list[str]) -> None:
    assert sentences(text) == split


@pytest.mark.parametrize("sentence,read", [
    ("2024年,我镇未收到政务信息公开申请", [(NEW, 0)]),
    ("2024年我乡收到政务信息依申请公开0条", [(NEW, 0)]),
    ("2024年,我镇收到政务信息公开申请5件", [(NEW, 5)]),
    ("全年未收到依法申请公开事项", [(NEW, 0)]),
    ("2024年度我乡无依法申请公开件", [(NEW, 0)]),
    ("年内,我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请", [(NEW, 0)]),
    ("2024年,我局未收到通过任何形式提交的政府信息公开申请", [(NEW, 0)]),
    ("2024年度收到13政府信息公开申请,均已按要求答复", [(NEW, 13)]),
    ("2024年度收到和处理政府信息公开申请数量为0", [(NEW, 0)]),
    ("2024年度收到政府信息公开申请数量为7", [(NEW, 7)]),
])
def test_requests_named_otherwise_are_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    "2024年,我镇未收到政务公开申请",                             # 政务公开: the wider work, not requests for information
    "2024年,我镇主动公开政务信息数量为30",                        # published, not requested
    "2024年,我镇收到13件政务信息",
    "无依法申请公开的政府信息",                                  # no information given on request
    "2024年,我镇未收到通过网络形式提出的政府信息公开申请",          # one channel
    "2024年,我镇未收到公民通过任何形式提出的政府信息公开申请",      # one kind of applicant
    "2024年度收到2024政府信息公开申请",                          # a year, not a count
    "2024年度收到13依申请公开",                                 # no noun after the bare figure
    "2024年度收到政府信息公开申请数量为0%",
    "2024年度收到政务信息公开申请数量较上年增加3",
    "2024年度受理政府信息公开申请数量为0",                        # 受理 alone: may hold last year's carried over
    "2024年度收到13政府信息公开申请表",
])
def test_close_wordings_stay_unread(sentence: str) -> None:
    assert _said(sentence) == []


def test_a_bare_figure_at_a_clause_s_end_stays_unread_beside_the_appeals_none_after_it() -> None:
    """Negative for the requests: 收到政府信息公开申请1, (a bare figure at the clause's end, its unit lost) stays
    unread; the clause after it, a none of 复议及诉讼 over 依申请公开 (``overview_appeals.short_pair_named``), is 表四's."""
    assert _said("2024年我区收到政府信息公开申请1,全年无因依申请公开引起投诉、复议及诉讼情况") == [
        ("appeals/review/total", 0), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]



def test_a_count_named_otherwise_is_read_from_a_cut_copy() -> None:
    cells, report = _read("2024年,我镇收到13政府信息公开申请,均已按要求答复。")
    assert cells == {NEW: 13}
    assert any("读取了 1 项" in n for n in report.notes)
    cells, _ = _read("2024年,我镇未收到政务信息公开申请。")
    assert cells == {NEW: 0}


DECIDED, CARRIED_IN, CARRIED_OUT = "requests/3.7/total", "requests/2/total", "requests/4/total"


@pytest.mark.parametrize("sentence,read", [
    ("答复政府信息公开申请98件(含上年度转结申请8件,另有5件申请转结下年度继续办理),均按规定在法定期内予以答复",
     [(DECIDED, 98), (CARRIED_OUT, 5)]),
    ("2024年,本镇共受理政府信息公开申请44件,答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复),"
     "均在法定期限内予以答复", [(NEW, 44), (CARRIED_IN, 3), (DECIDED, 43), (CARRIED_OUT, 4)]),
    ("2024年,我委新收到政府信息公开申请1182件(同比增长0.4%,在全市各委办局中位列第三),"
     "办理1187件(含上年度结转申请57件,另有52件申请顺延到下年度答复)",
     [(NEW, 1182), (CARRIED_IN, 57), (DECIDED, 1187), (CARRIED_OUT, 52)]),
    # the sum does not hold: 二 not proved, and the 受理 not shown to be new alone
    ("2024年,本镇共受理政府信息公开申请45件,答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
     [(DECIDED, 43), (CARRIED_OUT, 4)]),
])
def test_a_count_answered_with_last_years_and_next_years_aside(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    # handled (may hold those put off), or a part of another count
    "2024年,本镇共收到政府信息公开申请44件,处理信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
    "2024年,本镇共收到政府信息公开申请44件,其中答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
    # something else in the aside, or the others not put off into next year
    "2024年,本镇共收到政府信息公开申请44件,答复信息公开申请43件(含上年度结转3件,另有4件申请撤回)",
    "2024年,本镇共收到政府信息公开申请44件,答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复,网上申请2件)",
    "2024年,本镇共收到政府信息公开申请44件,答复网上申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
    "2024年,本镇共收到政府信息公开申请44件,答复法人政府信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
])
def test_close_asides_leave_the_answered_count_unread(sentence: str) -> None:
    assert [r for r in _said(sentence) if r[0] != NEW] == []


def test_the_answered_count_is_read_from_a_cut_copy() -> None:
    cells, report = _read("2024年,本镇共受理政府信息公开申请44件,答复信息公开申请43件(含上年度结转3件,"
                          "另有4件申请顺延至下年度答复),均在法定期限内予以答复。")
    assert cells == {NEW: 44, CARRIED_IN: 3, DECIDED: 43, CARRIED_OUT: 4}
    assert report.origins[DECIDED].source.endswith("从正文读取：“答复信息公开申请43件”")

