"""Three wordings of 一、总体情况 around 其中 and 上年 that the overview's grammar left unread (helper 174),
synthetic text in the patterns real copies printed:

- the form's rows as the parts of a whole in the same sentence (全年共办理118件,其中本年新受理110件,上年结转8件,
  转下年办理2件: 温岭市自然资源和规划局 2020, pagescb-wenling-zrzyghj-2020): read only when the parts' figures
  prove them the rows — 新收 and 上年结转 both said and adding up to the whole, 办结 + 结转下年度 too where both
  are said (or in the next sentence, then both and adding up); 受理 alone (which may hold last year's) is no row;
  parts of another kind stay unread;
- a comparison with last year (与上年相比减少66.6%, 东华门街道 2025, pagesbu-bj-donghuamen-2025) names last
  year only as its base: the clauses after it (上年结转…1件) are still this year's, where before the whole rest of
  the sentence was taken for another year's;
- a ；after 其中 ends the parts of a count of requests, for the appeals (…其中26件已…答复,1件还在答复限期内;
  行政复议案件2件, 港口镇 2024, pagesca-zhongshan-gangkou-2024): a count of requests after it stays a part;
- 未收到依申请公开的信息申请 (甘州区东街街道 2023, pagescc-ganzhou-dongjie-2023): a none of requests, the request
  named last (依申请公开的政府信息 alone, with no 申请 after it, may be information given, and stays unread)."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,编制某某市某某局2020年政府信息公开工作年度报告。"
           "本报告统计数据时间段:2020年1月1日至2020年12月31日。\n一、总体情况\n(一)主动公开情况。\n"
           "全年主动公开各类政府信息520条。\n(二)依申请公开情况。\n")
ROWS = ("requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total")
REVIEW = "appeals/review/total"


def _read(text: str, cells: tuple[str, ...] = ROWS) -> dict[str, object]:
    report, _ = import_text(OPENING + text + "\n", "x.txt")
    return {a: report.cells.get(a) for a in cells}


@pytest.mark.parametrize("text, read", [
    ("我局认真办理政府信息依申请公开件。全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件。",
     (110, 8, None, 2)),
    ("2020年,我局共办理政府信息公开申请118件,其中2020年新收110件,上年结转8件,办结116件,结转下年度办理2件。",
     (110, 8, 116, 2)),
    ("2020年,某某街道办事处共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件。", (5, 3, None, None)),
    # 办结 and 结转下年度 in the sentence after, adding up to the whole too (复兴街道 2025)
    ("2020年,某某街道办事处共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件。办结7件,结转次年办理1件。",
     (5, 3, 7, 1)),
    # …but not when they do not, nor when the sentence says anything else
    ("2020年,某某街道办事处共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件。办结6件,结转次年办理1件。",
     (5, 3, None, None)),
    ("2020年,某某街道办事处共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件。办结7件,结转次年办理1件,"
     "予以公开4件。", (5, 3, None, None)),
    ("全年共受理政府信息公开申请20件,其中新收到政府信息公开申请18件、上年结转2件,均已按时答复。",
     (18, 2, None, None)),
])
def test_the_rows_as_the_parts_of_a_whole_in_one_sentence(text: str, read: tuple[object, ...]) -> None:
    assert _read(text) == dict(zip(ROWS, read, strict=True))


@pytest.mark.parametrize("text", [
    # 受理 alone is no row: it may hold last year's carried over
    "全年共办理政府信息公开申请118件,其中受理110件,上年结转8件。",
    # the parts do not add up to the whole
    "全年共办理政府信息公开申请118件,其中本年新收100件,上年结转8件。",
    # 办结 and 结转下年度 do not add up to the whole
    "全年共办理政府信息公开申请118件,其中本年新收110件,上年结转8件,办结100件,结转下年度2件。",
    # only one of 新收 and 上年结转 said: which parts these are, the sentence does not settle
    "全年共办理政府信息公开申请118件,其中本年新收110件,转下年办理2件。",
    # parts of another kind: a channel, one level of a whole
    "全年共办理政府信息公开申请118件,其中网上新收110件,上年结转8件。",
    "全市共办理政府信息公开申请118件,其中市本级新收110件,上年结转8件。",
    # a part that is no row, or a second 其中
    "全年共办理政府信息公开申请118件,其中本年新收110件,上年结转8件,予以公开60件。",
    "全年共办理政府信息公开申请118件,其中本年新收110件,上年结转8件,其中办结116件。",
    # the whole is no count of requests
    "全年共办理网民留言118件,其中本年新收110件,上年结转8件。",
    # the whole is another year's
    "2019年共办理政府信息公开申请118件,其中新收110件,上年结转8件。",
])
def test_other_parts_stay_unread(text: str) -> None:
    assert _read(text, ROWS[:2]) == {"requests/1/total": None, "requests/2/total": None}


@pytest.mark.parametrize("comparison", ["与上年相比减少66.6%", "与上年相比,减少66.6%", "较上年增加2件",
                                        "比去年同期下降3个百分点", "与2019年相比减少66.6%"])
def test_a_comparison_with_last_year_does_not_end_the_years_clauses(comparison: str) -> None:
    text = f"某某街道办事处本年新收政府信息公开申请数量为4件,{comparison},上年结转政府信息公开申请数量为1件,全部按时办结。"
    assert _read(text, ROWS[:2]) == {"requests/1/total": 4, "requests/2/total": 1}


@pytest.mark.parametrize("text", [
    # the comparison's own count stays unread, and a clause naming last year still ends the reading
    "本年新收政府信息公开申请4件,与上年相比减少8件,上年收到政府信息公开申请12件,上年结转1件。",
    # last year named without a comparison's change and figure: another year's, as before
    "本年新收政府信息公开申请4件,与上年相比有所减少,上年结转1件。",
])
def test_last_years_own_counts_stay_unread(text: str) -> None:
    assert _read(text, ROWS[:2]) == {"requests/1/total": 4, "requests/2/total": None}


def test_a_semicolon_ends_the_parts_of_the_requests_for_the_appeals() -> None:
    text = ("2020年,我局共受理政府信息公开申请27件,其中26件已在限期内答复申请人,1件还在答复限期内;"
            "行政复议案件2件,被维持2件。")
    assert _read(text, (REVIEW,)) == {REVIEW: 2}


@pytest.mark.parametrize("text", [
    # no ；: the appeals are still among 其中's parts
    "2020年,我局共受理政府信息公开申请27件,其中26件已在限期内答复申请人,行政复议案件2件。",
    # the whole broken down was of appeals, not of requests
    "2020年共发生行政复议和行政诉讼案件5件,其中行政诉讼3件;行政复议案件2件。",
    # a second 其中 after the ；opens parts again
    "2020年,我局共受理政府信息公开申请27件,其中26件已答复;其中行政复议案件2件。",
])
def test_appeals_still_among_the_parts_stay_unread(text: str) -> None:
    assert _read(text, (REVIEW,)) == {REVIEW: None}


def test_a_count_of_requests_after_the_semicolon_stays_a_part() -> None:
    text = "全市共收到政府信息公开申请100件,其中市本级新收政府信息公开申请20件;上年结转政府信息公开申请3件。"
    assert _read(text, ROWS[1:2]) == {"requests/2/total": None}


@pytest.mark.parametrize("clause, read", [
    ("街道未收到依申请公开的信息申请", 0),
    ("我局未收到依申请公开的政府信息申请件", 0),
    ("我局未收到依申请公开的政府信息", None),
    ("我局无依申请公开的政府信息", None),
])
def test_none_of_requests_for_information_disclosed_on_request(clause: str, read: object) -> None:
    assert _read(f"2020年,{clause}。", ROWS[:1]) == {"requests/1/total": read}
