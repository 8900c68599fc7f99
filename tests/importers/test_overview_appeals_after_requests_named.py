"""A none of 表四 in a sentence of its own right after one naming the work on requests whose count was not read
("2024年未收到群众提交的依申请公开事项。无行政复议、行政诉讼和行政申诉的情况发生。", 平江县三墩乡 2024: 群众 is not plainly
every applicant, so no 一 is read, but the requests are still the subject the none goes on with) — synthetic text in
that pattern, for copies with no 表四. Before, only a sentence read as the year's requests was such a subject.

What may be another thing's stays unread: a sentence before naming no requests, or another time, or a none with more
in it (征地拆迁工作未发生行政复议)."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from tests.importers.files import township_cut_in_overview

APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")


def _read(text: str) -> dict[str, object]:
    report, _ = import_bytes(township_cut_in_overview(text), "某某镇.txt")
    return {a: report.cells.get(a) for a in APPEALS if a not in report.missing}


@pytest.mark.parametrize("text", [
    "2024年未收到群众提交的依申请公开事项。无行政复议、行政诉讼和行政申诉的情况发生。",
    "我镇严格规范依申请公开工作流程。全年未发生行政复议、行政诉讼情况。",
])
def test_a_none_after_the_work_on_requests_named_is_read(text: str) -> None:
    assert _read(text) == dict.fromkeys(APPEALS, 0)


@pytest.mark.parametrize("text", [
    "我镇进一步规范政务公开工作流程。全年未发生行政复议、行政诉讼情况。",
    "2023年未收到群众提交的依申请公开事项。无行政复议、行政诉讼的情况发生。",
    "上年度未收到群众提交的依申请公开事项。无行政复议、行政诉讼的情况发生。",
    "目前未收到群众提交的依申请公开事项。无行政复议、行政诉讼的情况发生。",
    "2024年未收到群众提交的依申请公开事项。征地拆迁工作未发生行政复议、行政诉讼。",
    "2024年未收到群众提交的依申请公开事项。无被纠错的行政复议。",
    "2024年未收到群众提交的依申请公开事项。我镇高度重视应诉工作。无行政复议、行政诉讼的情况发生。",
])
def test_what_may_be_another_things_none_stays_unread(text: str) -> None:
    assert _read(text) == {}
