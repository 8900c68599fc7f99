"""Ways county and city departments' 2019 and 2020 reports (the 2019 form) say the year's requests and appeals in
一、总体情况, which copies cut before 表三 and 表四 printed and the overview's grammar left unread (helper 310's new
corpus entries, pagesdy-*) — synthetic text, each in the pattern real copies printed:

- 政务信息 for 政府信息 in two more of the requests' names: 未收到政务信息公开的申请 (with 的; 来安县司法局 2020) and
  无依申请公开政务信息情况 (资溪县农业农村局 2020), read as 政府信息 would be;
- 申请件 for 申请 after the requests named by what they ask for (未接到要求公开政府信息的申请件, 渠县行政审批局 2019);
- 无依申请公开开展情况 (扶风县水利局 2020, as 依法申请公开): no such work carried out, as 无依申请公开办理情况 is;
- 信件 after 信息公开申请 (收到并处理信息公开申请信件3件, 大英县农业农村局 2020): each request as the letter it came in;
- a none of appeals whose cause is said with 没有发生 + 针对 or 与 …有关的 (没有发生针对本局与政府信息公开有关的行政复议和
  行政诉讼, 大竹县教科局 2019);
- complaints listed first among the things none of which came in (未接到过相关投诉、行政复议和行政诉讼);
- a none of appeals joined by 及 to a clause closed by 情况 (…情况及未发生因政府信息公开申请行政复议…, 奉节县统计局 2019);
- and, of the organ, the preposition of whom it works under is no county's name (在县信息公中心大力支持和悉心指导下 gave
  the organ 在县信息公中心, 渠县行政审批局 2019).

What may be another thing stays unread: 无依申请公开的政务信息 and 无依申请公开政务信息 (no information given on
request), 政务公开 (the wider work), a letter that is no request (收到信件3件, 公开信件), a cause narrowed to a part of the appeals (因举报引发的行政复议), a cause not of disclosure (没有发生与征收
有关的行政复议), complaints named without the appeals."""

from __future__ import annotations

import pytest

from core.importers.opening import names_a_place, opening_subject
from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences

NEW = "requests/1/total"
APPEALS = [("appeals/review/total", 0), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]


def _said(text: str, year: int = 2020) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


@pytest.mark.parametrize("sentence,read", [
    ("2020年度来安县司法局未收到政务信息公开的申请", [(NEW, 0)]),
    ("2020年度我局无依申请公开政务信息情况", [(NEW, 0)]),
    ("2020年,我局未收到依申请公开政务信息的申请", [(NEW, 0)]),
    ("未接到要求公开政府信息的申请件", [(NEW, 0)]),
    ("2020年,我局未收到提出公开政府信息的申请件", [(NEW, 0)]),
    ("今年我单位无依法申请公开开展情况", [(NEW, 0)]),
    ("2020年度我镇无依申请公开开展情况", [(NEW, 0)]),
    ("2020年,我局收到并处理信息公开申请信件3件", [(NEW, 3)]),
    ("2020年,我局共收到政府信息公开申请信件2件", [(NEW, 2)]),
])
def test_requests_said_so_are_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    "2020年度我局无依申请公开的政务信息",       # no information given on request (refused requests say the same)
    "2020年度我局无依申请公开政务信息",         # the same, without 情况
    "2020年度我局未收到政务公开的申请",         # 政务公开: the wider work
    "2020年,我局收到信件3件",                 # a letter, of what?
    "2020年,我局收到公开信件3件",              # an open letter
    "2020年度我镇无依申请公开开展",            # 开展 only before 情况
    "2020年,我局收到信息公开申请信件",          # no figure
])
def test_what_may_be_another_thing_stays_unread(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize("sentence", [
    "2019年没有发生针对本局与政府信息公开有关的行政复议和行政诉讼",
    "2019年没有发生与政府信息公开有关的行政复议和行政诉讼",
    "2019年未发生与依申请公开有关的行政复议、行政诉讼",
])
def test_a_none_of_appeals_with_its_cause_is_read(sentence: str) -> None:
    assert _said(sentence, 2019) == APPEALS


def test_complaints_listed_first_are_taken_out_of_a_none() -> None:
    text = "2019年,我局未接到要求公开政府信息的申请件,未接到过相关投诉、行政复议和行政诉讼"
    assert _said(text, 2019) == [(NEW, 0), *APPEALS]


@pytest.mark.parametrize("sentence", [
    "2019年没有发生与征收有关的行政复议和行政诉讼",                 # a cause not of disclosure
    "2019年没有发生与政府信息公开有关的投诉",                      # complaints, no appeal
    "2019年没有发生因举报引发的行政复议",                          # a part of the appeals (by their cause)
    "2019年没有发生与政府信息公开有关的行政复议纠错",               # a result, not the appeals
    "2019年未接到过相关投诉和举报",                               # complaints alone
    "2019年未接到过相关投诉、行政复议2件",                        # a figure: a part, not a none
])
def test_what_is_no_none_of_every_appeal_stays_unread(sentence: str) -> None:
    assert [r for r in _said(sentence, 2019) if r[0].startswith("appeals/")] == []


def test_a_none_joined_by_ji_to_a_clause_closed_by_qingkuang_is_its_own() -> None:
    text = "2019年度,未受理政府信息依申请公开情况及未发生因政府信息公开申请行政复议、提起行政诉讼的情况"
    assert _said(text, 2019) == APPEALS


@pytest.mark.parametrize("sentence", [
    "2019年度,无结转办理情况及因政府信息公开申请行政复议、提起行政诉讼的情况",   # no none of its own after 及
    "2019年度,未受理政府信息依申请公开情况及发生因政府信息公开申请行政复议的情况",  # no negation after 及
])
def test_a_clause_joined_without_a_none_of_its_own_stays_one(sentence: str) -> None:
    assert _said(sentence, 2019) == []


def test_a_preposition_before_xian_names_no_county() -> None:
    opening = ("今年以来,在县委、县政府的正确领导和高度重视下,在县信息公中心大力支持和悉心指导下,渠县渠县行政审批局政务公开工作"
               "紧紧围绕全面推进政务公开工作的决策部署。")
    assert not names_a_place("在县信息公中心")
    found = opening_subject([opening], any_verb=True)
    assert found is None or not found[0].startswith("在")
    assert names_a_place("滑县教育局") and names_a_place("洋县自然资源局")
