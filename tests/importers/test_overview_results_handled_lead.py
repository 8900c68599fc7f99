"""表三's result rows said in words after a count of the requests handled, not received ("2023年,共办理政府信息
公开申请2件,其中予以公开1件,因本机关不掌握相关信息而无法提供1件", 栖霞区行政审批局 2023; "办理…31件,其中予以公开4件、
部分公开4件…,结转下年继续办理7件", 重庆两江新区管委会办公室 2024): the results were left unread, only 收到/受理… opening
a run. A count handled holds those carried in; its results are read only where they and those carried into next
year add up to it exactly. Synthetic text in the patterns real copies printed; a run that does not add up, one
counting those carried in inside it, one beside a 上年结转 said elsewhere, a whole area's count and one of other
things handled stay unread."""

from __future__ import annotations

import pytest

from core.importers.overview_results import read_sentences
from core.importers.overview_text import sentences


def _read(text: str, year: int = 2024) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


@pytest.mark.parametrize("text,read", [
    ("2024年,共办理政府信息公开申请2件,其中予以公开1件,因本机关不掌握相关信息而无法提供1件。",
     [("3.1", 1), ("3.4.1", 1)]),
    ("今年共办理依申请公开10件,其中予以公开4件、部分公开4件、不予处理1件,结转下年度继续办理1件。",
     [("3.1", 4), ("3.2", 4), ("3.5", 1)]),
    ("全年处理政府信息公开申请5件。其中,予以公开3件,部分公开2件。", [("3.1", 3), ("3.2", 2)]),
])
def test_results_after_the_requests_handled(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", [
    "共办理政府信息公开申请10件,其中予以公开4件、部分公开4件。",                       # 8 of 10: a part
    "共办理政府信息公开申请10件,其中予以公开4件、部分公开6件,结转下年度继续办理1件。",   # 11 of 10
    "共办理政府信息公开申请12件,其中上年结转2件,予以公开4件,部分公开6件,结转下年度继续办理2件。",  # those carried in: a part of 12
    "上年结转2件。共办理政府信息公开申请10件,其中予以公开4件,部分公开6件。",            # of the new alone?
    "全区共办理政府信息公开申请10件,其中予以公开4件,部分公开6件。",                   # a whole area's
    "共办理网民留言10件,其中予以公开4件,部分公开6件。",                               # other things handled
    "2023年共办理政府信息公开申请10件,其中予以公开4件,部分公开6件。",                 # another year's
])
def test_runs_after_a_count_handled_that_stay_unread(text: str) -> None:
    assert _read(text) == []
