"""表四's totals said as none in 一、总体情况's prose, in shapes real reports word them that were left unread
(helper 302, over the corpus's copies holding no 表四):

- 没有一件…行政复议 (湘潭市城管局 2023): "not even one" is a none; its 一 was taken for a count in words.
- a cause before the appeals holding its own 、 or 和 (未发生因政府信息公开不及时、不规范而引发的行政复议, 舟山市体育局 2024;
  没有因公民、法人和其他组织认为…政府信息公开义务而提起行政复议或行政诉讼, 岳阳 2021; 未发生针对街道机关和社区工作站有关政府
  信息公开事务的行政复议和行政诉讼, 福田区华富街道 2022): the list is the cause's, the none still the whole appeals'.
  Only a cause naming the disclosure itself, right after the negation and running up to the appeals.
- …行政复议、提起行政诉讼的情况为0 (缙云县医保局 2020): a 0 with no unit after 为.
- a 0 among parts (其中结果维持0件;…;涉及政府信息公开行政诉讼0件, 龙华区司法局 2021): a 0 is a none, read where a
  none in words is.
"""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence

REVIEW, DIRECT, AFTER = "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total"
ALL_NONE = [(REVIEW, 0), (DIRECT, 0), (AFTER, 0)]


def _appeals(sentence: str, year: int = 2023) -> list[tuple[str, int]]:
    return [(a, v) for a, v in _read_sentence(sentence, year) if a.startswith("appeals/")]


def test_not_even_one_is_none() -> None:
    assert _appeals("2023年,我局收到2起政府信息公开申请,全年没有一件因政府信息公开工作被申请行政复议、提起行政诉讼") == ALL_NONE
    assert _appeals("全年没有一起因政府信息公开引起的行政复议") == [(REVIEW, 0)]
    # narrowed, or a count in words that is no none: unread as before
    assert _appeals("全年没有一件因政府信息公开被申请行政复议后被纠错") == []
    assert _appeals("全年因政府信息公开引起行政复议一件") == []
    assert _appeals("全年仅一件因政府信息公开被申请行政复议") == []
    assert _appeals("全年无一例外因政府信息公开被申请行政复议") == []


def test_a_cause_holding_its_own_list_is_no_other_thing_denied() -> None:
    assert _appeals("未发生因政府信息公开不及时、不规范而引发的行政复议、行政诉讼案件和举报投诉", 2024) == ALL_NONE
    assert _appeals("故2021年没有因公民、法人和其他组织认为行政机关不依法履行政府信息公开义务而提起行政复议或行政诉讼的情况,"
                    "无政府信息公开的收费及减免情况", 2021) == ALL_NONE
    assert _appeals("本年度未发生针对街道机关和社区工作站有关政府信息公开事务的行政复议和行政诉讼", 2022) == ALL_NONE
    # another thing denied beside them, a list after the cause, a cause not naming disclosure: unread as before
    assert _appeals("全年无上年结转申请和因政府信息公开引起的行政复议") == []
    assert _appeals("全年无政府信息公开申请结转办理情况及政府信息公开行政复议、诉讼处理情况等") == []
    assert _appeals("收到政府信息公开申请3件,未发生因政府信息公开引起的投诉和行政复议") == []
    assert _appeals("收到政府信息公开申请3件,未发生因不予公开、部分公开而引发的行政复议") == []
    assert _appeals("未发生因征地拆迁和政府信息公开引起的行政复议被纠错") == []


def test_a_zero_after_wei_with_no_unit() -> None:
    assert _appeals("收到和处理政府信息公开申请0条,因政府信息公开工作被申请行政复议、提起行政诉讼的情况为0", 2020) == ALL_NONE
    # a rate, or more than none with no unit: unread
    assert _appeals("因政府信息公开被申请行政复议的纠错率为0", 2020) == []
    assert _appeals("因政府信息公开工作被申请行政复议、提起行政诉讼的情况为3", 2020) == []
    assert _appeals("因政府信息公开工作被申请行政复议的情况为0%", 2020) == []


def test_a_zero_among_parts_is_a_none() -> None:
    assert _appeals("其中结果维持0件;结果纠正0件;其他结果0件;尚未审结0件;涉及政府信息公开行政诉讼0件", 2021) == [
        (DIRECT, 0), (AFTER, 0)]
    assert _appeals("收到政府信息公开申请3件,其中网上申请2件,因政府信息公开引发行政诉讼0件") == [(DIRECT, 0), (AFTER, 0)]
    # a figure other than 0 among parts stays unread, as before
    assert _appeals("收到政府信息公开申请28件,其中,行政复议1件、行政诉讼0件", 2022) == []
    assert _appeals("其中予以公开45件,部分公开4件,因政府信息公开引发行政复议2件", 2025) == []


def test_everyone_is_no_other_result() -> None:
    assert _appeals("全年没有因公民、法人或者其他组织认为政府信息公开工作侵犯其合法权益而申请行政复议的情况") == [(REVIEW, 0)]
    # one kind of applicant, or another result, narrows as before
    assert _appeals("全年没有因法人或者其他组织认为政府信息公开工作侵犯其合法权益而申请行政复议的情况") == []
    assert _appeals("因政府信息公开被申请行政复议其他结果0件") == []


def test_an_appeal_counted_with_its_own_verb_after_another_count() -> None:
    assert _appeals("本年度因政府信息公开申请行政复议0件,尚未审结行政复议0件和提起行政诉讼0件,尚未审结行政诉讼0件", 2024) == ALL_NONE
    assert _appeals("因政府信息公开申请行政复议2件和提起行政诉讼0件", 2024) == [(REVIEW, 2), (DIRECT, 0), (AFTER, 0)]
    # without a verb of its own the words before may narrow both; nor a count of another thing: unread
    assert _appeals("被纠错的行政复议0件和行政诉讼0件", 2024) == []
    assert _appeals("因政府信息公开被纠错的行政复议0件和行政诉讼0件", 2024) == []
    assert _appeals("败诉案件0件和提起行政诉讼0件", 2024) == []

