"""A none of 表四 listing complaints first, right after the cause's 的 (街道未发生有关政府信息公开工作的举报、投诉、行政复议
或提起行政诉讼等情况, 路桥区螺洋街道 2021; held-out townships, helper 343): 举报、 stood after 的, where a listed complaint was
taken out only after 引发 引起 产生 发生 出现 相关 or 、, so it stayed and narrowed the clause — 表四 unread. The complaint is an
item of the list as after 引发的; one that is no item (因举报引发的行政复议: a part of the appeals), a cause naming another
matter, or a figure keep the clause unread."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence

REVIEW, DIRECT, AFTER = "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total"
ALL_NONE = [(REVIEW, 0), (DIRECT, 0), (AFTER, 0)]


def _appeals(sentence: str, year: int = 2021) -> list[tuple[str, int]]:
    return [(a, v) for a, v in _read_sentence(sentence, year) if a.startswith("appeals/")]


def test_complaints_listed_after_de_are_items_of_the_none() -> None:
    assert _appeals("街道未发生有关政府信息公开工作的举报、投诉、行政复议或提起行政诉讼等情况") == ALL_NONE
    assert _appeals("全年未发生针对本机关政府信息公开事务的投诉、行政复议和行政诉讼") == ALL_NONE


def test_complaints_after_de_that_are_no_items_stay_unread() -> None:
    assert _appeals("街道未发生有关政府信息公开工作的举报、投诉、行政复议或提起行政诉讼等情况") == ALL_NONE
    assert _appeals("未发生因举报引发的行政复议和行政诉讼") == []                     # a part of the appeals
    assert _appeals("未发生有关征收工作的举报、行政复议和行政诉讼") == []              # another matter's
    assert _appeals("发生有关政府信息公开工作的举报、行政复议2件") == []              # a figure: no none
    assert _appeals("未发生有关政府信息公开工作的举报、行政复议被纠错的情况") == []    # a result of them
