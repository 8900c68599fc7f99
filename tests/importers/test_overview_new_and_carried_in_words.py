"""表三's rows 一 and 二 stated in 一、总体情况's words that copies cut before the tables left unread (the corpus's
unread cells, helper 303) — synthetic sentences, each in the shape real copies printed:

- a count whose clause ran on into the next without a stop (收到…申请2件没有因…行政复议…; …3项全部予以公开);
- a clause counting last year's carried-over requests some verb handled (办结上年度结转…4件), which names last year
  only as this report's 二: what follows is still the year's (新收…191件);
- 答覆, a traditional page's 答复, in a count answered with its aside (含上年结转…397件,另有810件顺延到下年度答覆);
- a count handled holding last year's carried over (办理…151件(含上年结转13件)) where the sentence's counts decided and
  carried into next year add up to it: 二 the aside's (一, N less M, a sum the report does not print, is not read);
- 收到、办理 / 接收处理: received and handled, as 收到并办理;
- 个人及组织 without 的 before 申请 (未收到任何个人及组织申请公开信息要求): everyone, as with 的;
- 一's kinds after 包括 as after 其中 (…16件,包括自然人申请15件(市发展改革委转办1件),法人或其他组织申请1件).

What may be something else stays unread: 群众's none or count, a clause of last year's parts (上年结转的5件中,办结4件),
a handled count no sum proves, a count up to a month before December."""

from __future__ import annotations

import pytest

from core.importers.overview_applicants import applicants_of_new
from core.importers.overview_counts import _read_sentence
from core.importers.request_words import NEW_BY_KIND

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = "requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total"
APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")


def _read(sentence: str, year: int = 2024) -> dict[str, int]:
    return dict(_read_sentence(sentence, year))


@pytest.mark.parametrize("sentence,read", [
    ("收到政府信息公开申请2件没有因政府信息公开申请行政复议、提起行政诉讼的情况发生",
     {NEW: 2, **dict.fromkeys(APPEALS, 0)}),
    ("收到政府信息公开申请3项全部予以公开,无上年结转政府信息公开申请", {NEW: 3, CARRIED_IN: 0}),
    ("2024年共收到政府信息公开申请5件均已按期答复", {NEW: 5}),
])
def test_a_count_run_on_into_the_next_clause_is_read(sentence: str, read: dict[str, int]) -> None:
    assert _read(sentence) == read


@pytest.mark.parametrize("sentence", [
    "收到政府信息公开申请2件网上申请1件",         # anything else after the figure: one clause, unread
    "收到政府信息公开申请2件没有答复",
    "收到政府信息公开申请2件均为网上申请",
])
def test_other_words_after_a_count_keep_it_one_clause_unread(sentence: str) -> None:
    assert NEW not in _read(sentence)


def test_a_clause_on_last_years_carried_over_is_no_other_years_talk() -> None:
    sentence = "2025年,办结上年度结转依申请公开事项4件,新收依申请公开事项191件,均已按要求按时办结答复,剩余4件结转下年度继续办理"
    assert _read(sentence, 2025) == {NEW: 191, CARRIED_OUT: 4}
    # the carried-over verb's own figure stays unread: 办结 of last year's is a part of 二
    assert CARRIED_IN not in _read(sentence, 2025)


@pytest.mark.parametrize("sentence", [
    # parts of last year's after it: nothing said of the year's whole
    "2025年,共收到政府信息公开申请10件,上年结转的5件中,办结4件,剩余1件结转下年度",
    # last year named otherwise too: another year's
    "2025年,办结上年结转申请4件,上年度收到政府信息公开申请5件,剩余1件结转下年度",
])
def test_last_years_parts_and_last_years_counts_stay_unread(sentence: str) -> None:
    read = _read(sentence, 2025)
    assert DECIDED not in read and CARRIED_OUT not in read and read.get(NEW, 10) == 10


def test_answered_said_in_a_traditional_pages_words() -> None:
    sentence = "全市共接收政府信息公开申请14283件,较上年下降16.6%;答覆13870件(含上年结转申请397件,另有810件顺延到下年度答覆),均在法定期限内"
    assert _read(sentence, 2021) == {NEW: 14283, CARRIED_IN: 397, DECIDED: 13870, CARRIED_OUT: 810}


@pytest.mark.parametrize("sentence,read", [
    ("2021年依法办理、规范答复政府信息公开申请151件(含上年结转13件),办结146件,结转下年度继续办理5件",
     {CARRIED_IN: 13, DECIDED: 146, CARRIED_OUT: 5}),
    ("全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件",
     {CARRIED_IN: 74, CARRIED_OUT: 80}),
    # 一 said too, and agreeing
    ("收到政府信息公开申请1182件,办理1239件(含上年度结转申请57件),答复1187件,结转下年度继续办理52件",
     {NEW: 1182, CARRIED_IN: 57, CARRIED_OUT: 52}),
])
def test_a_count_handled_holding_last_years_is_read_where_the_sum_proves_it(sentence: str, read: dict[str, int]) -> None:
    assert _read(sentence, 2021) == read


@pytest.mark.parametrize("sentence", [
    # no sum: 办理 may be of those decided alone
    "2022年,办理政府信息公开申请41件(含上年度结转1件),均全部办结",
    # 办理 of those decided (上海市住建委's wording): decided and carried out do not add up to it
    "2025年,我委办理1187件(含上年度结转申请57件),答复1180件,结转下年度继续办理52件",
    # the parts after 其中 prove nothing
    "2025年,我委办理政府信息公开申请20件(含上年度结转申请5件),其中答复18件,结转下年度继续办理2件",
    # 一 said otherwise: the sentence disagrees with itself
    "收到政府信息公开申请1180件,办理1239件(含上年度结转申请57件),答复1187件,结转下年度继续办理52件",
    # narrowed
    "网上办理政府信息公开申请151件(含上年结转13件),办结146件,结转下年度继续办理5件",
])
def test_a_count_handled_no_sum_proves_leaves_one_and_two_unread(sentence: str) -> None:
    assert CARRIED_IN not in _read(sentence, 2025)
    assert _read(sentence, 2025).get(NEW) in (None, 1180)


@pytest.mark.parametrize("sentence,read", [
    ("全年共收到、办理依申请公开0件,其中当面申请0件,信函申请0件,网上申请0件", {NEW: 0}),
    ("截止2021年12月底,全年共接收处理依申请公开政府信息2件,按时办结2件", {NEW: 2}),
])
def test_received_and_handled_without_and(sentence: str, read: dict[str, int]) -> None:
    assert _read(sentence, 2021) == read


@pytest.mark.parametrize("sentence", [
    "全年未收到任何个人及组织申请公开信息要求",
    "2021年未收到个人和单位申请公开政府信息的要求",
])
def test_none_from_anyone_is_a_none(sentence: str) -> None:
    assert _read(sentence, 2021) == {NEW: 0}


@pytest.mark.parametrize("sentence", [
    "2021年我乡未收到群众政府信息公开申请",   # 群众: the public, but not plainly organisations (a team's decision)
    "我单位收到群众依申请公开1件",
    "全年未收到个人申请公开信息要求",        # one kind alone
    "全年未收到组织申请公开信息要求",
])
def test_the_public_or_one_kind_stays_unread(sentence: str) -> None:
    assert NEW not in _read(sentence, 2021)


@pytest.mark.parametrize("sentence", [
    "截至2021年11月底,共收到政府信息公开申请2件",
    "2021年1-11月,共收到政府信息公开申请2件",
    "2021年1月至9月,共收到政府信息公开申请2件",
])
def test_a_count_up_to_a_month_before_december_is_not_the_years(sentence: str) -> None:
    assert _read(sentence, 2021) == {}


@pytest.mark.parametrize("sentence", [
    "截至2021年12月31日,共收到政府信息公开申请2件",
    "2021年1-12月,共收到政府信息公开申请2件",
])
def test_a_count_up_to_the_years_end_is_the_years(sentence: str) -> None:
    assert _read(sentence, 2021) == {NEW: 2}


def _kinds(sentence: str, new: int, year: int = 2024) -> list[tuple[str, int]]:
    clause = sentence.split(",")[1]
    return [(a, v) for a, v, _ in applicants_of_new(sentence, clause, new, "", year)]


def test_the_kinds_after_including_are_read_as_after_of_which() -> None:
    sentence = "2024年,我委共收到政府信息公开申请16件,包括自然人申请15件(市发展改革委转办1件),法人或其他组织申请1件"
    assert _kinds(sentence, 16) == [(NEW_BY_KIND[0], 15)]


@pytest.mark.parametrize("sentence", [
    # the aside says the part holds last year's: no kind's alone
    "2024年,我委共收到政府信息公开申请16件,包括自然人申请15件(含上年结转1件),法人或其他组织申请1件",
    # not adding up to 一
    "2024年,我委共收到政府信息公开申请16件,包括自然人申请14件,法人或其他组织申请1件",
    # another kind
    "2024年,我委共收到政府信息公开申请16件,包括企业申请15件,法人或其他组织申请1件",
])
def test_kinds_after_including_that_may_be_something_else_stay_unread(sentence: str) -> None:
    assert _kinds(sentence, 16) == []
