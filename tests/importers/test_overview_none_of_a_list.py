"""One "none" said of a list in 一、总体情况 — 无依申请公开和复议、诉讼和申诉的情况, the old form's words kept by
街道 reports of 2019–2020 (a 广州 街道's 2020 copy, cut in 表三's header): no request, no review, no suit, each
denied by the one 无 before them. Synthetic text; each reading has its near misses beside it, left unread."""

from __future__ import annotations

from core.importers import import_bytes

TOTALS = ("requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total",
          "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")
NONE_AT_ALL = {"requests/1/total": 0, "appeals/review/total": 0, "appeals/suit_direct/total": 0,
               "appeals/suit_after_review/total": 0}


def _read(sentence: str) -> dict[str, object]:
    """A 2020 street's report printing 表二's first table, cut before 表三, its overview ending in ``sentence``."""
    text = ("某某街道2020年政府信息公开工作年度报告\n"
            "一、总体情况\n"
            f"2020年，全街累计主动公开信息数330条，其中动态类信息320条。{sentence}\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 |\n"
            "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n"
            "规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 0 | 0 |\n"
            "三、收到和处理政府信息公开申请情况\n")
    report, _ = import_bytes(text.encode(), "某某街道.txt")
    assert report.cells["art20_1/normative/total_public"] == 0
    return {a: report.cells.get(a) for a in TOTALS if a not in report.missing}


def test_one_none_before_a_list_denies_each_thing_in_it() -> None:
    assert _read("无依申请公开和复议、诉讼和申诉的情况。") == NONE_AT_ALL
    assert _read("全年无政府信息公开申请及行政复议、行政诉讼。") == NONE_AT_ALL
    assert _read("2020年没有依申请公开、行政复议和行政诉讼事项。") == NONE_AT_ALL
    # 行政诉讼/行政复议 named: no review or suit at all is none about the requests either
    assert _read("全年处理民事诉讼2件，无行政诉讼和行政复议案件。") == {
        "appeals/review/total": 0, "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}
    # what the list names, and nothing more: no appeal named, none read
    assert _read("无依申请公开和申诉的情况。") == {"requests/1/total": 0}


def test_a_list_holding_anything_else_is_left_unread() -> None:
    # another thing denied with them (whose "无" is the review's is not sure), a figure, a narrowing word
    assert _read("无结转办理情况及行政复议、行政诉讼。") == {}
    assert _read("无依申请公开和复议、诉讼1件。") == {}
    assert _read("无依申请公开和复议纠错、诉讼的情况。") == {}
    # 无依申请公开的政府信息: information not given on request, as refused requests say too
    assert _read("无依申请公开的政府信息和复议、诉讼的情况。") == {}
    # another year's
    assert _read("2019年无依申请公开和复议、诉讼和申诉的情况。") == {}


def test_review_and_suit_without_their_word_administrative_only_about_the_requests() -> None:
    # 复议、诉讼 alone, in a sentence that never named the requests: whose appeals is not said
    assert _read("无复议、诉讼和申诉的情况。") == {}
    # after a clause that named them: the sentence's subject
    assert _read("全年收到政府信息公开申请0件，无复议、诉讼和申诉的情况。") == NONE_AT_ALL

