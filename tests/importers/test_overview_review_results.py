"""行政复议's results said in 一、总体情况 right after its total (因政府信息公开引起的行政复议3件,结果维持1件,被纠错1件,
尚未审结1件; …行政复议2件,复议结果均为维持) — synthetic text in the patterns of the corpus's copies with no 表四
(历下区姚家街道 2025, 长宁区新泾镇 2024, 港口镇 2024, 凌源市市场监管局 2025, 鱼峰区里雍镇 2025, 绍兴滨海新区 2025,
抚宁区政府办 2025, 江苏省水利厅 2023, 陕西省政府办公厅 2022,
龙游县 2023, 邢台市政府办 2025),
whose results ``overview_counts`` left unread.

What may be another thing's stays unread: results after a total not read (appeals of something else),
after another row's clause (行政诉讼1件,结果维持1件), after a clause none of the form's results (撤销复议申请1件),
more than the total, a result said twice, a rate, 均 with more words, a part closed (已审结1件), a none of two
things (无被纠错和败诉), and a sentence apart not opening with 其中."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from tests.importers.files import township_cut_in_overview

TOTAL = "appeals/review/total"
UPHELD, CORRECTED, OTHER, PENDING = (f"appeals/review/{c}" for c in ("upheld", "corrected", "other", "pending"))
RESULTS = (UPHELD, CORRECTED, OTHER, PENDING)
SUITS = ("appeals/suit_direct/total", "appeals/suit_after_review/total")
REQUESTS = "2024年，我镇收到政府信息公开申请20件，均已按时答复。"


def _read(text: str) -> dict[str, object]:
    report, _ = import_bytes(township_cut_in_overview(REQUESTS + text), "某某镇.txt")
    return {a: report.cells.get(a) for a in (TOTAL, *RESULTS, *SUITS) if a not in report.missing}


@pytest.mark.parametrize(("text", "results"), [
    ("因政府信息公开引起的行政复议3件，结果维持1件，被纠错1件，尚未审结1件。", {UPHELD: 1, CORRECTED: 1, PENDING: 1}),
    ("信息公开行政复议案件3件，维持1件，纠正1件，撤销复议申请1件。", {UPHELD: 1, CORRECTED: 1}),
    ("因政府信息公开引起的行政复议1件，结果纠正1件。", {CORRECTED: 1}),
    ("全年受理政府信息公开行政复议2件，结果维持2件。", {UPHELD: 2}),
    ("发生政府信息公开行政复议4起，其中1起尚未审结。", {PENDING: 1}),
    ("涉及政府信息公开行政复议5件，2件结果维持，1件结果纠正，其他结果1件，尚未审结行政复议1件。",
     {UPHELD: 2, CORRECTED: 1, OTHER: 1}),
    ("政府信息公开答复引起行政复议7件（其中1件被纠错）。", {CORRECTED: 1}),
    ("2024年涉及政府信息公开行政复议0件。其中结果维持0件；结果纠正0件；其他结果0件；尚未审结0件；"
     "涉及政府信息公开行政诉讼0件。", dict.fromkeys(RESULTS, 0)),
    ("因政府信息公开引起的行政复议共2件，复议结果均为维持。", {UPHELD: 2, CORRECTED: 0, OTHER: 0, PENDING: 0}),
    ("全年办理政府信息公开类行政复议7件，均获维持。", {UPHELD: 7, CORRECTED: 0, OTHER: 0, PENDING: 0}),
    ("因政府信息公开引起的行政复议案件1件，为其他结果。", {UPHELD: 0, CORRECTED: 0, OTHER: 1, PENDING: 0}),
    ("因政府信息公开引起的行政复议案件9件，已审结。", {PENDING: 0}),
    ("因政府信息公开引起的行政复议2件，均已审结。", {PENDING: 0}),
    ("办理因政府信息公开引起的行政复议2件，未出现被纠错情形。", {CORRECTED: 0}),
    # the result naming 行政复议 itself, after a total's clause shared with 行政诉讼 (杭州市浦沿街道 2024) or not
    ("本街道因依申请公开引起行政复议2件、行政诉讼0件，其中行政复议纠错1件，无行政诉讼败诉案件。", {CORRECTED: 1}),
    ("因政府信息公开引起的行政复议3件，其中行政复议被维持2件。", {UPHELD: 2}),
    ("因政府信息公开引起的行政复议2件、行政诉讼0件，复议结果维持2件。", {UPHELD: 2}),
])
def test_results_said_right_after_the_review_total_are_read(text: str, results: dict[str, int]) -> None:
    read = _read(text)
    assert {a: v for a, v in read.items() if a in RESULTS} == results
    assert TOTAL in read


@pytest.mark.parametrize("text", [
    "征地拆迁工作中发生行政复议3件，结果维持1件，被纠错1件。",                     # no total read: whose appeals?
    "因政府信息公开引起的行政复议2件，结果维持2件，结果纠正1件。",                 # more than the total
    "因政府信息公开引起的行政复议2件，行政诉讼1件，结果维持1件。",                 # 行政诉讼's results
    "因政府信息公开引起的行政复议3件，撤销复议申请1件，结果维持1件。",             # withdrawn: what follows may not be
    "因政府信息公开引起的行政复议3件，维持率100%。",
    "因政府信息公开引起的行政复议3件，维持1件，维持2件。",                         # said twice
    "因政府信息公开引起的行政复议3件，维持上年度决定1件。",
    "因政府信息公开引起的行政复议2件，均维持原答复。",
    "因政府信息公开引起的行政复议2件，已审结1件。",                               # a part closed: how many pending?
    "因政府信息公开引起的行政复议2件，无被纠错和败诉。",
    "因政府信息公开引起的行政复议2件，未出现败诉情形。",
    "因政府信息公开引起的行政复议2件，均为维持原决定。",
    "因政府信息公开引起的行政复议0件，均为维持。",
    "因政府信息公开引起的行政复议2件。结果维持2件。",                             # a sentence apart, not 其中
    "因政府信息公开引起的行政复议、行政诉讼均为0件，结果维持0件。",                # of which row?
    "因依申请公开引起行政复议2件、行政诉讼1件，其中纠错1件。",                      # 行政诉讼 beside it: whose?
    "因依申请公开引起行政复议2件、行政诉讼0件，其中纠错1件。",
    "因依申请公开引起行政复议2件、行政诉讼1件，其中行政诉讼败诉1件，行政复议纠错1件。",  # after another row's clause
    "因依申请公开引起行政复议1件、行政诉讼0件，其中行政复议纠错2件。",              # more than the total
    "因依申请公开引起行政复议2件、行政诉讼0件，其中行政复议纠错率50%。",
    "因依申请公开引起行政复议2件、行政诉讼1件，行政复议和行政诉讼均维持。",
])
def test_results_that_may_be_another_things_stay_unread(text: str) -> None:
    assert not {a for a in _read(text) if a in RESULTS}
