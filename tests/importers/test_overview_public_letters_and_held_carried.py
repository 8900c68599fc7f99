"""Three ways 一、总体情况 says the year's requests or appeals that several organs write (the corpus's unread
cells, helper 184) — synthetic sentences in the pattern the copies print:

- 依申请公开信件, the request as the letter it came in: 收到依申请公开信件2件, 收到3份依申请公开信件;
- a count of requests received that says in an aside it holds last year's carried over, (含/包括上年结转M件):
  共收到…申请41件(含上年度结转3件) — 上年结转 is M and 本年新收 the rest, N − M;
- no appeal, in a sentence of its own right after the year's requests, listing complaints with the appeals
  (无行政复议、行政诉讼和行政申诉的情况发生) or calling them 事件 (未发生行政复议、行政诉讼事件): each denied.

Close wordings that mean something else stay unread: letters of no request (信件 alone, 来信, 公开信件), a count
answered rather than received; an aside excluding (不含) or holding more than last year's, the count of another verb
(办理 处理 办结 答复 予以公开: decided or answered, not received), an aside larger than its count, a year not the one
before; a complaint that is a part of the appeals (因举报引发的), a result, or an incident of something else."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.overview_appeals_next import after_requests
from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences
from tests.importers.files import township_cut_in_overview

NEW, CARRIED_IN = "requests/1/total", "requests/2/total"


@pytest.mark.parametrize("sentence,want", [
    ("2024年我厅共收到依申请公开信件2件,均为网络申请", [(NEW, 2)]),
    ("2024年,市某局共收到3份依申请公开信件", [(NEW, 3)]),
    ("全年收到政府信息依申请公开信件7件", [(NEW, 7)]),
])
def test_requests_counted_as_letters(sentence: str, want: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2024) == want


@pytest.mark.parametrize("sentence", [
    "全年收到信件5件",                      # letters of anything
    "全年收到群众来信5件",
    "全年收到信访信件4件",
    "全年收到公开信件4件",                  # 公开信: an open letter
    "答复政府信息依申请公开信件72件",       # answered, not received
])
def test_letters_of_no_request_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == []


@pytest.mark.parametrize("sentence,want", [
    ("2025年,区政府办公室共收到政府信息公开申请41件(含上年度结转3件),申请内容主要集中在征收方面",
     [(NEW, 38), (CARRIED_IN, 3)]),
    ("2025年,某某办公室共受理政府信息公开申请24件（含上年结转1件）", [(NEW, 23), (CARRIED_IN, 1)]),
    ("2025年共收到并依法答复政府信息公开95件(含上年度结转申请7件)", [(NEW, 88), (CARRIED_IN, 7)]),
    ("2025年共收到依申请公开事项6件(含上年度结转0件),均按要求办理", [(NEW, 6), (CARRIED_IN, 0)]),
    ("全年收到并办结政府信息公开申请5件(含上年结转1件)", [(NEW, 4), (CARRIED_IN, 1)]),
    ("2025年共收到政府信息公开申请12件(包括2024年结转2件)", [(NEW, 10), (CARRIED_IN, 2)]),
])
def test_a_count_received_holding_last_years_carried_over(sentence: str, want: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2025) == want


@pytest.mark.parametrize("sentence", [
    "2025年共收到政府信息公开申请41件(不含上年度结转3件)",       # excluded, not held
    "2025年共办理政府信息公开申请81件(含上年度结转4件)",         # handled: held, but no count received
    "2025年依法办理、规范答复政府信息公开申请151件(含上年结转13件)",
    "全年共处理政府信息公开申请1261件(含上年度结转申请74件)",
    "答复政府信息公开申请2296件(含上年度结转107件)",
    "予以公开76件(含上年结转5件)",
    "2025年共收到政府信息公开申请10件(含上年结转3件、网上申请5件)",  # the aside holds more
    "2025年共收到政府信息公开申请2件(含上年结转3件)",             # more held than counted
    "2025年共收到政府信息公开申请12件(含2023年结转2件)",          # not the year before
    "2025年共收到法人提出的政府信息公开申请12件(含上年结转2件)",   # a kind of applicant: a part
    "截至目前共收到政府信息公开申请12件(含上年结转2件)",           # up to a day not named
    "2025年共收到政府信息公开申请12件(含上年结转)",               # how many, not said
])
def test_other_counts_and_other_asides_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2025) == []


def test_a_copy_cut_in_the_overview_reads_them() -> None:
    text = township_cut_in_overview("2024年,我镇共收到政府信息公开申请9件(含上年度结转2件),均已按期答复。"
                                    "未发生行政复议、行政诉讼情况。")
    report, log = import_bytes(text, "某某镇.txt")
    assert (report.cells.get(NEW), report.cells.get(CARRIED_IN)) == (7, 2)
    # the clause quoted as the cells' origin is the copy's own, its aside and all
    assert "（含上年度结转2件）" in report.origins[NEW].source or "(含上年度结转2件)" in report.origins[NEW].source
    assert "appeals/review/total" in report.cells and report.cells["appeals/review/total"] == 0
    report, _ = import_bytes(township_cut_in_overview("2024年,我镇共收到3份依申请公开信件。"), "某某镇.txt")
    assert report.cells.get(NEW) == 3
    report, _ = import_bytes(township_cut_in_overview("2024年,我镇收到群众来信3件。"), "某某镇.txt")
    assert NEW in report.missing


APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")


def _appeals(text: str, year: int = 2024) -> dict[str, int]:
    cells = {"review_total": APPEALS[0], "suit_direct_total": APPEALS[1], "suit_after_review_total": APPEALS[2]}
    return {cells[m]: v for m, (v, _) in after_requests(sentences(text), year).items()}


@pytest.mark.parametrize("text", [
    "2024年,我乡未收到政府信息公开申请。无行政复议、行政诉讼和行政申诉的情况发生。",
    "2024年,我镇收到政府信息公开申请2件。未发生行政复议、行政诉讼和申诉的情况。",
    "2024年,我镇收到政府信息公开申请2件。全年未发生行政复议、行政诉讼及举报投诉等情况。",
    "本年度内,我镇共收到依申请公开3件,已依法依规办理答复。本年度未发生行政复议、行政诉讼事件。",
])
def test_no_appeal_with_complaints_listed_or_as_incidents_is_read(text: str) -> None:
    assert _appeals(text) == dict.fromkeys(APPEALS, 0)


@pytest.mark.parametrize("text", [
    "2024年,我镇收到政府信息公开申请2件。未发生因举报引发的行政复议、行政诉讼情况。",   # a part of them
    "2024年,我镇收到政府信息公开申请2件。未发生行政复议、行政诉讼败诉事件。",           # a result
    "2024年,我镇收到政府信息公开申请2件。未发生行政复议纠错事件。",
    "2024年,我镇收到政府信息公开申请2件。未发生安全生产事件、行政复议和行政诉讼。",     # something else first
    "2024年,我镇主动公开政府信息120条。未发生行政复议、行政诉讼和行政申诉的情况。",    # not after the requests
])
def test_appeals_with_other_things_stay_unread(text: str) -> None:
    assert _appeals(text) == {}
