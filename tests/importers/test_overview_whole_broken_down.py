"""A whole count of requests, then a sentence starting 其中 that breaks it into the form's own rows
(全州共计受理办理政府信息公开申请354件。其中,2023年新收…354件,结转上年…0件,办理完成353件,结转2024年度继续
办理1件: a 自治州's whole report cut in 一、总体情况, pagesby-dali-zzf-2023 in the corpus).

After 其中 a sentence says parts, so these four were all left unread. They are read when the parts are
the rows themselves, and the copy's own figures prove it: the four rows each read once, 新收 + 上年结转 equal
to the whole the sentence before stated, and equal to 办结 + 结转下年度 (the form's own 第一项加第二项之和,
等于第三项加第四项之和). Parts of another kind (本级 within 全县, 网上 within all) fail one of those checks
or are narrowed, and stay unread.

And 行政复议诉讼, the two kinds of appeal run together (无提起行政复议诉讼情况, 兴安盟生态环境局 2022,
pagesby-xam-sthjj-2022): a none of each, as 行政复议、诉讼 was; before, 行政复议 alone was read."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,编制某某自治州2023年政府信息公开工作年度报告。"
           "本报告统计数据时间段:2023年1月1日至2023年12月31日。\n一、总体情况\n(一)政府信息主动公开情况。\n"
           "全州主动公开各类政府信息55236条。\n(二)依申请公开工作情况。\n")


def _read(text: str) -> dict[str, object]:
    report, _ = import_text(OPENING + text, "x.txt")
    return {a: report.cells.get(a) for a in ("requests/1/total", "requests/2/total",
                                              "requests/3.7/total", "requests/4/total")}


def test_the_rows_a_whole_count_is_broken_into_are_read() -> None:
    text = ("全州共计受理办理政府信息公开申请354件。其中,2023年新收政府信息公开申请354件,结转上年政府信息公开申请0件,"
            "办理完成353件,结转2024年度继续办理1件。\n")
    assert _read(text) == {"requests/1/total": 354, "requests/2/total": 0,
                           "requests/3.7/total": 353, "requests/4/total": 1}


@pytest.mark.parametrize("text", [
    # parts of a larger whole (本级 within 全州): 新收 + 上年结转 is not the whole said before
    "全州共计受理办理政府信息公开申请354件。其中,州政府本级新收政府信息公开申请20件,结转上年政府信息公开申请0件,"
    "办理完成19件,结转2024年度继续办理1件。\n",
    # the rows do not add up as the form's note requires
    "全州共计受理办理政府信息公开申请354件。其中,2023年新收政府信息公开申请350件,结转上年政府信息公开申请4件,"
    "办理完成340件,结转2024年度继续办理1件。\n",
    # not every row is said: which parts these are, the sentence does not settle
    "全州共计受理办理政府信息公开申请354件。其中,2023年新收政府信息公开申请354件,结转上年政府信息公开申请0件。\n",
])
def test_other_parts_stay_unread(text: str) -> None:
    assert _read(text) == {"requests/1/total": None, "requests/2/total": None,
                           "requests/3.7/total": None, "requests/4/total": None}


@pytest.mark.parametrize("clause", [
    "无提起行政复议诉讼情况",                              # 兴安盟生态环境局 2022 (pagesby-xam-sthjj-2022)
    "全年未发生因政府信息公开引起的行政复议诉讼案件",
])
def test_review_and_suit_run_together_are_both_denied(clause: str) -> None:
    """行政复议诉讼, the two kinds run together with no 、 between them: 诉讼 right after 行政复议 is 行政诉讼,
    as 行政复议、诉讼 already said; before, only 行政复议 was read 0 and both 行政诉讼 rows left unread."""
    report, _ = import_text(OPENING + f"2023年收到政府信息公开申请4件,{clause}。\n", "x.txt")
    assert [report.cells.get(a) for a in ("appeals/review/total", "appeals/suit_direct/total",
                                          "appeals/suit_after_review/total")] == [0, 0, 0]


def test_suits_run_together_with_a_figure_stay_unread() -> None:
    """A figure for the two together (行政复议诉讼2件) says neither row's count."""
    report, _ = import_text(OPENING + "2023年收到政府信息公开申请4件,发生行政复议诉讼2件。\n", "x.txt")
    assert report.cells.get("appeals/suit_direct/total") is None
    assert report.cells.get("appeals/review/total") is None
