"""A count received that is the whole desk, not 表三 一 (held-out round pagesfg: 重庆两江新区 2024, "新区收到政府信息
公开申请383件,办结367件(含2023年结转13件);结转2025年度继续办理政府信息公开申请16件"): 367 decided and 16 carried on
are 383, and the 367 hold 13 carried in — so 一 + 二 = 383 with 二 at least 13, and 383 read as 一 was a false figure.
Where the sums do not prove it (no aside, an aside of none carried in, a count carried on not said, or the sums
apart), the count received stays 一 as before."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence

NEW, DECIDED, CARRIED_OUT = "requests/1/total", "requests/3.7/total", "requests/4/total"
YEAR = 2024


@pytest.mark.parametrize("sentence", [
    "2024年,新区收到政府信息公开申请383件,办结367件(含2023年结转13件);结转2025年度继续办理政府信息公开申请16件",
    "全年共收到政府信息公开申请20件,办结18件(含上年结转3件),结转下年度继续办理2件",
    "共收到政府信息公开申请5件,办结5件(含上年度结转1件),无结转下年度的申请",
])
def test_a_count_received_that_the_sums_prove_the_desk_is_not_new(sentence: str) -> None:
    read = dict(_read_sentence(sentence, YEAR))
    assert NEW not in read
    assert DECIDED in read and CARRIED_OUT in read


@pytest.mark.parametrize("sentence,new", [
    ("全年共收到政府信息公开申请20件,办结18件,结转下年度继续办理2件", 20),                   # nothing carried in said
    ("全年共收到政府信息公开申请17件,办结18件(含上年结转3件),结转下年度继续办理2件", 17),    # 17 + 3 = 18 + 2: new alone
    ("全年共收到政府信息公开申请20件,办结18件(含上年结转3件)", 20),                       # nothing carried on said
    ("全年共收到政府信息公开申请25件,办结18件(含上年结转3件),结转下年度继续办理2件", 25),    # sums apart: not proved
])
def test_other_counts_received_stay_new(sentence: str, new: int) -> None:
    assert dict(_read_sentence(sentence, YEAR)).get(NEW) == new
