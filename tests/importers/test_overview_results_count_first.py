"""表三's result rows said in words after a count of requests whose figure comes before the words naming them
("2024年度我街共计收到13条依申请公开政府信息…。以上申请全部受理,办理结果为予以公开的申请5条,本机关不掌握
相关政府信息的申请3条…", 天津市滨海新区寨上街 2024; "收到0件依申请公开政府信息申请", "收到3条依申请政府信息公开"
in other copies), and a run of results opened by 办理结果为/是 (荔浦市 2022's "办理结果为予以公开2件"): both were left
unread, the count not being taken for the requests and the first result not for a row. Synthetic text in the
patterns real copies printed; the same care holds — a run that does not add up, a count narrowed, or a
figure before words naming what was published, not requests, stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_results import _requests_clause, read_sentences
from core.importers.overview_text import sentences


def _read(text: str, year: int = 2024) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


@pytest.mark.parametrize("clause,count", [
    ("2024年度我街共计收到13条依申请公开政府信息", 13),
    ("全年共收到3条依申请政府信息公开", 3),
    ("2024年收到7件依申请公开信息申请", 7),
    ("共收到0件依申请公开政府信息申请", 0),
    ("全年共收到2件政府信息公开申请", 2),
])
def test_a_figure_before_the_requests_words_is_their_count(clause: str, count: int) -> None:
    assert _requests_clause(clause, 2024) == count


@pytest.mark.parametrize("clause", [
    "全年共收到13条公开政府信息",          # what was published, not requests
    "全年收到13条群众留言",               # no request
    "2023年共收到13条依申请公开政府信息",   # another year
    "全区共收到13条依申请公开政府信息",     # a whole area's
    "其中网上收到6条依申请公开政府信息",     # a part
    "全年收到13条依申请公开政府信息的咨询",   # words after the requests' name
])
def test_other_counts_before_words_are_not_requests(clause: str) -> None:
    assert _requests_clause(clause, 2024) is None


def test_results_after_a_count_with_its_figure_first() -> None:
    text = ("2024年度我街共计收到13条依申请公开政府信息,其中通过当面提交申请6条,通过邮寄方式提交申请2条,"
            "通过互联网渠道提交申请5条。以上申请全部受理,办理结果为予以公开的申请5条,本机关不掌握相关政府信息的"
            "申请3条,因申请人重复申请不予处理的申请2条,因申请人无正当理由逾期不补正不再处理的申请1条,"
            "结转下年度继续办理的申请2条。")
    assert _read(text) == [("3.1", 5), ("3.4.1", 3), ("3.5", 2)]


@pytest.mark.parametrize("text,read", [
    ("2024年共收到政府信息公开申请3件,上年结转0件,办理结果为予以公开2件,无法提供1件", [("3.1", 2), ("3.4", 1)]),
    ("2024年共收到政府信息公开申请3件,上年结转0件,办理结果是予以公开3件", [("3.1", 3)]),
    ("2024年共收到政府信息公开申请3件,上年结转0件,处理结果为部分公开1件,予以公开2件", [("3.2", 1), ("3.1", 2)]),
])
def test_a_run_opened_by_its_results_word(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", [
    # the results do not add up to the requests (13 received, 5 + 3 + 2 parted: some unsaid)
    "2024年度我街共计收到13条依申请公开政府信息。办理结果为予以公开的申请5条,本机关不掌握相关政府信息的申请3条,重复申请2条。",
    # a figure before what was published, then results: no requests named, nothing read
    "2024年共公开13条政府信息,其中收到3条公开政府信息,办理结果为予以公开3条。",
    # the count of another year
    "2023年共计收到13条依申请公开政府信息,办理结果为予以公开的申请13条。",
    # 办理结果 of a part (网上) of the requests
    "2024年共收到政府信息公开申请5件,上年结转0件,其中网上申请3件,办理结果为予以公开3件。",
    # a result word the form does not have after 办理结果为 (告知 is no row): not taken for 予以公开
    "2024年共收到政府信息公开申请2件,上年结转0件,办理结果为告知予以公开2件。",
])
def test_runs_left_unread(text: str) -> None:
    assert _read(text) == []
