"""A none of 表四 said right under a sub-heading of 一、总体情况 naming both appeals over disclosure
("（三）因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况。", 高港区沿江 2024; "（三）政府信息公开行政复议、
行政诉讼情况。2019年,我局未收到任何行政复议、行政诉讼事项。", 黄石市审计局 2019), and 未收到(任何) as a none of appeals
after the year's requests — synthetic text in those patterns, for copies with no 表四.

What may be another thing stays unread: a heading not naming disclosure (（三）行政复议、行政诉讼情况: of what?) or
naming more, a sentence not right under it, 无此类情况 after anything but such a heading, another year, a
clause more, and 未收到 of something else (行政复议决定书)."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from tests.importers.files import township_cut_in_overview

APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")
REQUESTS = "2024年，我镇收到政府信息公开申请3件，均已按时答复。"
OTHER = "我镇进一步规范政务公开工作流程。"


def _read(text: str) -> dict[str, object]:
    report, _ = import_bytes(township_cut_in_overview(text), "某某镇.txt")
    return {a: report.cells.get(a) for a in APPEALS if a not in report.missing}


@pytest.mark.parametrize("text", [
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况。",
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼的情况\n2024年，我镇未发生此类情况。",
    f"{OTHER}\n（三）政府信息公开行政复议、行政诉讼情况。2024年，我局未收到任何行政复议、行政诉讼事项。",
    f"{OTHER}\n(四)、信息公开工作被申请行政复议和提起行政诉讼情况\n全年未发生行政复议、行政诉讼。",
    f"{REQUESTS}我镇未收到行政复议、行政诉讼。",
])
def test_a_none_under_a_heading_of_appeals_over_disclosure_is_read(text: str) -> None:
    assert _read(text) == dict.fromkeys(APPEALS, 0)


@pytest.mark.parametrize("text", [
    f"{OTHER}\n（三）行政复议、行政诉讼情况。本年度无此类情况。",
    f"{OTHER}\n（三）行政复议、行政诉讼情况。2024年，我局未收到任何行政复议、行政诉讼事项。",
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼及信访情况。本年度无此类情况。",
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼情况。我镇高度重视应诉工作。本年度无此类情况。",
    f"{REQUESTS}本年度无此类情况。",
    f"{OTHER}本年度无此类情况。",
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼情况。2023年无此类情况。",
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况，上年结转1件已审结。",
    f"{OTHER}\n（三）因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类投诉。",
    f"{REQUESTS}我镇未收到行政复议决定书。",
    f"{OTHER}我镇未收到行政复议、行政诉讼。",
])
def test_what_may_be_another_things_none_stays_unread(text: str) -> None:
    assert _read(text) == {}


def test_a_none_of_suits_right_after_the_reviews_over_disclosure_is_read() -> None:
    read = _read(f"{REQUESTS}发生政府信息公开行政复议4起，其中1起尚未审结。未发生行政诉讼情况。")
    assert read == {APPEALS[0]: 4, APPEALS[1]: 0, APPEALS[2]: 0}


@pytest.mark.parametrize("text", [
    "发生政府信息公开行政复议4起。未发生行政复议、行政诉讼情况。",          # denies what the sentence before counted
    "征地拆迁工作中发生行政复议4起。未发生行政诉讼情况。",                    # the reviews not over disclosure
])
def test_a_none_after_reviews_that_may_be_another_things_stays_unread(text: str) -> None:
    assert {a for a in _read(f"{OTHER}{text}") if a != APPEALS[0]} == set()
