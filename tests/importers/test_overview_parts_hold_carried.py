"""A count broken down, after 其中, into parts that hold requests carried over from last year
(issue 17, slice "pagesbt": 贵州省财政厅 2025, "共收到政府信息公开申请94件。其中,予以公开76件(含上年结转5件)、
部分公开1件…"): the 94 is the year's new requests and last year's together, yet its 收到 was read as
表三 一、本年新收 — a false figure where the report's own words say it is not the row's alone."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence, overview_counts
from core.registry import form_for_year

NEW = "requests/1/total"      # 表三 一、本年新收's total, the cell the shipped forms' prose_cells name

YEAR = 2025


@pytest.mark.parametrize("sentence", [
    "2025年,共收到政府信息公开申请94件,其中,予以公开76件(含上年结转5件)、部分公开1件",
    "全年共收到政府信息公开申请12件,其中予以公开10件(含上年度结转2件),不予公开2件",
    "共收到政府信息公开申请8件,其中,部分公开3件(包括上一年度结转1件)",
])
def test_in_one_sentence_the_count_is_not_read_as_new(sentence: str) -> None:
    assert (NEW, 94) not in _read_sentence(sentence, YEAR)
    assert [a for a, _ in _read_sentence(sentence, YEAR) if a == NEW] == []


def _overview(text: str) -> dict[str, int]:
    form = form_for_year(YEAR)
    said = overview_counts(form, list(form.tables), {"1.2": text}, YEAR)
    return {s.address: s.value for found in said.values() for s in found}


def test_the_parts_in_the_next_sentence_say_so_too() -> None:
    text = ("(二)依申请公开方面。2025年,共收到政府信息公开申请94件。其中,予以公开76件(含上年结转5件)、"
            "部分公开1件、不予公开7件、无法提供1件、不予处理1件。")
    assert NEW not in _overview(text)


@pytest.mark.parametrize("text,want", [
    # parts that hold no carried-over request: the count stays the year's new ones
    ("2025年,共收到政府信息公开申请94件。其中,予以公开76件、部分公开1件。", 94),
    # the carried-over stated apart, beside the count: not among its parts
    ("2025年,共收到政府信息公开申请9件,上年结转1件。其中,予以公开8件。", 9),
    # the next sentence holds carried-over words but breaks down no count (no 其中)
    ("2025年,共收到政府信息公开申请9件。办结10件(含上年结转1件)。", 9),
])
def test_other_counts_are_read_as_before(text: str, want: int) -> None:
    assert _overview(text).get(NEW) == want
