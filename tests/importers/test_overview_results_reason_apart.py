"""表三's result rows in 一、总体情况's words where the reason stands in a clause of its own before its group's count
(corpus helper pagesec: 安义县人社局 2023, '我局收到信息公开申请2条,因属于三类内部事务信息 ,不予公开2条'): the two
clauses say one row, as 因属于三类内部事务信息不予公开2条 does. Synthetic text in that pattern.

What does not say one row stays as before: a reason before another group's count (the group only counts toward the
sum), a reason not the form's words, and a list that does not add up to the requests."""

from __future__ import annotations

import pytest

from core.importers.overview_results import read_sentences
from core.importers.overview_text import sentences


def _read(text: str, year: int = 2023) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


@pytest.mark.parametrize("text,read", [
    ("2023年,我局收到信息公开申请2条,因属于三类内部事务信息 ,不予公开2条。", [("3.3.5", 2)]),
    ("2023年,我局收到政府信息公开申请3件,由于属于行政查询事项,不予公开2件,予以公开1件。", [("3.3.8", 2), ("3.1", 1)]),
    ("2023年,我局收到政府信息公开申请4件,因本机关不掌握相关政府信息,无法提供3件,予以公开1件。", [("3.4.1", 3), ("3.1", 1)]),
])
def test_a_reason_apart_names_its_row(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text,read", [
    # another group's count after the reason: the group alone, as before
    ("2023年,我局收到信息公开申请2条,因属于三类内部事务信息,无法提供2条。", [("3.4", 2)]),
    # a reason not in the form's words
    ("2023年,我局收到信息公开申请2条,因涉及内部事务,不予公开2条。", [("3.3", 2)]),
    # does not add up to the requests: nothing read
    ("2023年,我局收到信息公开申请3条,因属于三类内部事务信息,不予公开3条,予以公开1条。", []),
])
def test_what_is_not_one_row_stays_as_it_was(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == read
