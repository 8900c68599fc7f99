"""Two nones of 2019 reports left unread (held-out corpus round 3, pagesew-). A county government office's
numbered line, "3、2019年縣政府辦公室沒有收到政府信息公開申請" (009951.com copy, traditional characters): a listed
item's number was taken off only before a word, and "3、" before the year kept the whole sentence unread. And a
none of requests named by what they ask, with 项目 for 事项 (西乡县文化和旅游局 2019: 未接到公民、法人和其他組織
申請公開政府信息項目). Synthetic sentences in those patterns; what must stay unread is checked beside them."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"
HANDLED = "requests/3.7/total"


@pytest.mark.parametrize("sentence,want", [
    ("3、2019年县政府办公室没有收到政府信息公开申请", [(NEW, 0)]),
    ("12、2019年我局没有收到政府信息公开申请", [(NEW, 0)]),
    ("2、2019年我局收到政府信息公开申请2件,办结2件", [(NEW, 2), (HANDLED, 2)]),
])
def test_an_item_number_before_the_year_is_taken_off(sentence: str, want: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2019) == want


@pytest.mark.parametrize("sentence", [
    "3、2018年没有收到政府信息公开申请",              # another year's none
    "3、2019年未收到法人申请公开政府信息",            # one kind of applicant
    "3、2019年、2020年均未收到政府信息公开申请",      # a list of years
    "12.5、2019年没有收到政府信息公开申请",           # no item's number
])
def test_item_numbered_sentences_that_say_no_years_none_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2019) == []


@pytest.mark.parametrize("sentence", [
    "2019年我局未接到公民、法人和其他组织申请公开政府信息项目",
    "2019年我局未接到申请公开政府信息项目",
    "2019年未收到申请公开政府信息的项目",
])
def test_a_none_of_items_asked_for_is_read(sentence: str) -> None:
    assert _read_sentence(sentence, 2019) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "2019年我局未接到法人申请公开政府信息项目",        # one kind of applicant
    "2019年未办理申请公开政府信息项目",                # no verb of receiving
    "2019年未收到申请公开政府信息项目的反馈",          # something else received
    "2019年未收到申请公开项目",                        # 项目 without 政府信息: not sure to be requests
])
def test_close_wordings_of_that_none_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2019) == []
