"""Two ways 一、总体情况 says what became of the year's requests that the third held-out round of county organs
(2019–2022, pages corpus) found unread:

- a none naming the requests by the letters they came in, 未收到依申请公开信件 (昌江区民政局 2022; 杨庄街道 2021), or as
  items to handle, 未收到政府信息依申请公开办理件 (高坪区市场监管局 2021) — words a count already reads
  (收到依申请公开信件2件, 收到依申请公开办件0条), so the none is 本年新收 0 as theirs is a figure;
- every request not held, 均为非本机关掌握信息 (维西县住建局 2025), or of a single request 为非本单位掌握信息
  (景宁县民政局 2022) — 三（四）1 their count, as 均予以公开 is 三（一）'s.

A letter of one kind (线下信件), a letter after 的, an open letter (公开信件), several requests without 均 and a part
(其中1件…) stay unread. Synthetic sentences in the reports' patterns."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_results import read_sentences
from core.importers.text import import_text

NEW = "requests/1/total"
NOT_HELD = "requests/3.4.1/total"


@pytest.mark.parametrize("sentence", [
    "我局2022年未收到依申请公开信件",
    "2022年,杨庄街道未收到依申请公开信件",
    "2022年,未收到政府信息依申请公开办理件",
    "全年没有收到依申请公开办理件",
])
def test_none_by_letter_or_item_is_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2022) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "2022年未收到信件",                       # letters of any kind
    "2022年未收到公开信件",                   # an open letter
    "2022年未收到依申请公开的信件",           # 的 between: not the requests' name
    "2022年未收到依申请公开线下信件",         # one channel's letters only
    "2022年未收到法人依申请公开信件",         # one kind of applicant
    "2022年无依申请公开信件",                 # no verb of receiving
])
def test_letters_not_naming_every_request_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2022) == []


@pytest.mark.parametrize(("sentence", "count"), [
    ("2025年共收到政府信息公开申请2件,均为自然人申请,且均为非本机关掌握信息", 2),
    ("2025年共收到政府信息公开申请3件,均属于本机关不掌握相关政府信息", 3),
    ("2022年,我局共收到政府信息公开申请1件,已在规定时间内及时答复申请人,为非本单位掌握信息", 1),
])
def test_every_request_not_held_is_row_four_one(sentence: str, count: int) -> None:
    year = int(sentence[:4])
    assert [(r, n) for r, n, _ in read_sentences([sentence], year)] == [("3.4.1", count)]


@pytest.mark.parametrize("sentence", [
    "2025年共收到政府信息公开申请2件,为非本机关掌握信息",           # several, no 均: maybe some
    "2025年共收到政府信息公开申请2件,其中1件为非本机关掌握信息",    # a part
    "2025年共收到政府信息公开申请2件,均为非本机关掌握信息的部分内容",  # more words after 信息
    "2025年共收到政府信息公开申请3件,上年结转1件,均为非本机关掌握信息",  # carried in among them
    "2025年共收到政府信息公开申请3件,予以公开1件,均为非本机关掌握信息",  # after another result
    "2025年共收到政府信息公开申请2件,部分为非本机关掌握信息",       # some
])
def test_not_held_of_some_stays_unread(sentence: str) -> None:
    assert read_sentences([sentence], 2025) == []


def test_report_without_tables_reads_both() -> None:
    text = ("某县民政局2022年政府信息公开工作年度报告\n"
            "本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
            "一、总体情况\n(一)主动公开\n全年主动公开信息45条。\n"
            "(二)依申请公开\n2022年,我局共收到政府信息公开申请1件,已在规定时间内及时答复申请人,为非本单位掌握信息。\n")
    report, _ = import_text(text, "x.txt")
    assert report.cells.get(NEW) == 1
    assert report.cells.get(NOT_HELD) == 1
    none = ("某区民政局2022年政府信息公开工作年度报告\n"
            "本报告中使用数据统计期限为2022年1月1日至12月31日。\n"
            "一、总体情况\n(一)主动公开情况\n2022年我局共主动公开信息202条。\n"
            "(二)依申请公开情况\n我局2022年未收到依申请公开信件。\n")
    report, _ = import_text(none, "y.txt")
    assert report.cells.get(NEW) == 0
