"""Three ways a township's 一、总体情况 says "none" that were left unread (issue 17, slice "pagesbv": towns and
county bureaus of the north-east and north-west, each a search excerpt cut before its tables):

- 尚未收到 (not yet received): "2025年度尚未收到依申请公开的申请" (甘谷县礼辛镇 2025). 尚未 narrows a count
  where it means pending (尚未审结, 尚未办结), and so hid the none's own word;
- 申请件 (a request counted as an item): "我乡未收到依申请公开政府信息申请件" (乌恰县吾合沙鲁乡 2021);
- a none of 本年废止 said with the verb of publishing or of issuing before it: "未发布、废止行政规范性文件"
  (会宁县甘沟驿镇 2022), "没有发布和废止的行政规范性文件" (靖远县大芦镇 2022) — 本年废止 0, and 本年制发 only
  where the first verb is the form's 制发 (发布 is what a site published, never read as 制发).

Synthetic sentences in those patterns; what another time, a part or one kind of applicant narrows stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_normative import ISSUED, REPEALED, RULES_ISSUED, RULES_REPEALED, read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"
REPEALED_CELL = "art20_1/normative/repealed"


@pytest.mark.parametrize("sentence", [
    "2025年度尚未收到依申请公开的申请",
    "本年度我局尚未收到政府信息公开申请",
    "全年尚未接到依申请公开事项",
    "2021年,我乡未收到依申请公开政府信息申请件",
    "2025年我局未收到政府信息公开申请件",
    "本年度没有收到依申请公开申请件",
])
def test_not_yet_and_items_are_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2025 if "2021" not in sentence else 2021) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "截至目前尚未收到政府信息公开申请",              # as of a day not named
    "尚未办结政府信息公开申请2件",                    # pending: still narrows a count
    "2025年尚未收到法人的政府信息公开申请",          # one kind of applicant
    "未收到网上政府信息公开申请件",                  # one channel
    "2024年尚未收到政府信息公开申请",                # another year
])
def test_narrowed_stays_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2025) == []


@pytest.mark.parametrize("sentence,read", [
    ("2022年度未发布、废止行政规范性文件", [(REPEALED, 0)]),
    ("大芦镇没有发布和废止的行政规范性文件", [(REPEALED, 0)]),
    ("本年度未制发、废止行政规范性文件", [(ISSUED, 0), (REPEALED, 0)]),
    ("2022年未废止规章和规范性文件", [(REPEALED, 0), (RULES_REPEALED, 0)]),
    ("我镇未制定和废止规章、行政规范性文件", [(ISSUED, 0), (REPEALED, 0), (RULES_ISSUED, 0), (RULES_REPEALED, 0)]),
])
def test_none_repealed(sentence: str, read: list[tuple[str, int]]) -> None:
    assert [(a, v) for a, v, _ in read_sentence(sentence, 2022)] == read


@pytest.mark.parametrize("sentence", [
    "2021年未发布、废止行政规范性文件",                # another year
    "全县未废止规范性文件",                            # the whole county's
    "本年度未发布行政规范性文件",                      # 发布 alone: what a site published
    "未发现需要废止的规范性文件",                      # a review's finding, no none of the year
])
def test_what_stays_unread(sentence: str) -> None:
    assert read_sentence(sentence, 2022) == []


_COPY = ("某县某镇2022年政府信息公开工作年度报告\n"
         "根据《中华人民共和国政府信息公开条例》要求,现发布《某镇2022年政府信息公开工作年度报告》。"
         "报告中所列数据统计期限为2022年1月1日到12月31日。\n"
         "一、总体情况\n"
         "(一)主动公开。某镇主动公开政府信息200余条。\n"
         "(二)依申请公开。2022年度尚未收到依申请公开的申请。\n"
         "(三)政府信息管理。2022年度未发布、废止行政规范性文件。\n"
         "(四)政府信息平台建设。今年以来,我镇不断加大政府信息公开力度,积极推进")


def test_a_copy_cut_in_the_overview_reads_them_and_says_so() -> None:
    report, log = import_text(_COPY, "some.txt")
    assert report.cells[NEW] == 0 and report.cells[REPEALED_CELL] == 0
    assert "art20_1/normative/issued" in report.missing and "art20_1/normative/in_force" in report.missing
    assert log.read[REPEALED_CELL].startswith("从正文读取：") and log.read[NEW].startswith("从正文读取：")
