"""Sentences of 一、总体情况 the corpus reads right, changed so that the cell they gave is no longer stated (a
metamorphic hunt, helper 307): each change below was still read, with a figure the report does not state.

- part of the year in a clause of its own (2024年，一季度，共收到…; 上半年，…): not the year's count, as 截至6月底 is not;
- another time after 其中 (…其中…;上年度，没有收到…): what follows is another year's, parts or not;
- an approximate figure (剩余约26件结转下年度办理; 行政复议约2件): no count;
- a whole of rows in parts (共办理8件,其中…新收5件,上年度未办结3件) after another year's own clause (2025年, in a 2026
  report): not the year's rows;
- a subordinate body's count (下属单位共收到…16件; 所属单位未收到…): not the report's organ alone;
- a count answered negated (未答复…43件(含上年度结转3件,另有4件…)): none answered is no 三（七）.

The sentences as printed still read (the positive cases), so the change is what stops them."""

from __future__ import annotations

import re

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_rows_in_parts import rows_in_parts
from core.importers.request_words import ANOTHER_TIME

REVIEW = "appeals/review/total"


def _year(sentence: str) -> int:
    """The report's year: the first a sentence names (2024 where it names none)."""
    return int(m[1]) if (m := re.search("((?:19|20)\\d\\d)年", sentence)) else 2024


@pytest.mark.parametrize("sentence, cell, value", [
    ("2023年,共收到政府信息公开申请132件,上年结转2件,共计134件", "requests/1/total", 132),
    ("全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件,剩余26件结转下年度办理",
     "requests/4/total", 26),
    ("2024年,本镇共受理政府信息公开申请44件,答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
     "requests/3.7/total", 43),
    ("2021年,我署共公开信息121条,其中,工作动态信息75条;没有收到政府信息公开申请;没有政府信息公开行政复议、行政诉讼",
     "requests/1/total", 0),
    ("2024年,我镇共受理政府信息公开申请27件,其中26件已在限期内答复申请人,1件还在答复限期内;"
     "涉信息公开行政诉讼案件2件;行政复议案件2件,被维持2件", REVIEW, 2),
    ("因政府信息公开引起行政复议2件", REVIEW, 2),
    ("2023年,共受理政府信息依申请公开385件,其中6件结转下一年度办理,其余全部按时办结;"
     "处理涉及政府信息公开行政复议3件,行政诉讼14件", REVIEW, 3),
    ("2024年,共收到政府信息公开申请16件,包括自然人申请15件,法人或其他组织申请1件", "requests/1/total", 16),
    ("2024年,我局未收到政府信息公开申请", "requests/1/total", 0),
    ("2024年,我局未发生因政府信息公开引起的行政复议和行政诉讼", REVIEW, 0),
])
def test_the_printed_sentences_read(sentence: str, cell: str, value: int) -> None:
    assert (cell, value) in _read_sentence(sentence, _year(sentence))


@pytest.mark.parametrize("sentence, cell", [
    # part of the year, its own clause
    ("2023年,一季度,共收到政府信息公开申请132件,上年结转2件,共计134件", "requests/1/total"),
    ("上半年,我局收到政府信息公开申请12件", "requests/1/total"),
    ("第一季度,我局未收到政府信息公开申请", "requests/1/total"),
    ("2023年前三季度,共收到政府信息公开申请30件", "requests/1/total"),
    # another time after 其中
    ("2021年,我署共公开信息121条,其中,工作动态信息75条;上年度,没有收到政府信息公开申请", "requests/1/total"),
    ("2024年,我镇共受理政府信息公开申请27件,其中26件已在限期内答复申请人,1件还在答复限期内;"
     "涉信息公开行政诉讼案件2件;上年度,行政复议案件2件,被维持2件", REVIEW),
    ("全年共收到依申请公开16件,其中15件按时办结完毕,1件结转下年度继续办理,上年度,未发生行政复议和行政诉讼", REVIEW),
    ("2023年,共受理政府信息依申请公开385件,其中6件结转下一年度办理,其余全部按时办结;截至6月底,"
     "处理涉及政府信息公开行政复议3件,行政诉讼14件", REVIEW),
    # an approximate figure
    ("全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件,剩余约26件结转下年度办理",
     "requests/4/total"),
    ("2023年,全年共收到依申请公开14件,已办结12件,约2件结转下年办理", "requests/4/total"),
    ("因政府信息公开引起行政复议约2件", REVIEW),
    # a subordinate body's
    ("2024年,下属单位共收到政府信息公开申请16件,包括自然人申请15件,法人或其他组织申请1件", "requests/1/total"),
    ("2024年,所属单位未收到政府信息公开申请", "requests/1/total"),
    ("2024年,我局直属单位未发生因政府信息公开引起的行政复议和行政诉讼", REVIEW),
    # a count answered, negated
    ("2024年,本镇共受理政府信息公开申请44件,未答复信息公开申请43件(含上年度结转3件,另有4件申请顺延至下年度答复)",
     "requests/3.7/total"),
    ("本年度我委共受理政府信息公开申请408件,未答复408件(含上年度结转申请5件,另有5件申请顺延到下年度答复)",
     "requests/4/total"),
])
def test_changed_meaning_stays_unread(sentence: str, cell: str) -> None:
    assert cell not in dict(_read_sentence(sentence, _year(sentence)))


@pytest.mark.parametrize("words", ["每季度", "各季度", "按季度", "季度末", "半年度"])
def test_a_quarter_named_as_a_habit_is_no_other_time(words: str) -> None:
    """每季度更新…, 按季度…: how often, not when the count was — no part of the year named."""
    assert ANOTHER_TIME.search(words) is None


@pytest.mark.parametrize("year, read", [(2025, True), (2026, False)])
def test_a_whole_of_another_year_proves_no_rows(year: int, read: bool) -> None:
    """The rows as parts of a whole (复兴街道 2025) only where the whole is the report's year's: a time of its own
    clause before it (2025年,…共办理8件… in a 2026 report) makes it that year's, its parts and outcome too."""
    got = rows_in_parts("", "2025年,复兴街道办事处共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件", year,
                        "办结7件,结转次年办理1件")
    assert bool(got) is read
