"""Two wordings of 一、总体情况 in a copy cut before 表三 (东台市文广旅局 2023, the pages corpus's pagescp-dongtai-wgly-2023):
a none of what last year carried over, which names last year but is no talk of it — 没有上年接转和接转下年的依申请公开事项
(二 0 and 四 0), and a none after it (未发生…行政复议和行政诉讼) no longer lost to the clause naming last year; and 自然人
named between 一's verb and the requests (收到自然人依申请公开事项1件; 收到2件由自然人发起的…申请, 汉水桥街道 2024): 一's
自然人 column alone, never 总计. Synthetic text built from those patterns; every positive here fails on the old code, and
the close wordings beside them stay unread."""

from __future__ import annotations

from typing import Any

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from tests.importers.test_overview_all_from_natural_persons import _read as _row_one

TOTALS = ("requests/1/total", "requests/2/total", "requests/4/total", "appeals/review/total",
          "appeals/suit_direct/total", "appeals/suit_after_review/total")
APPEALS_NONE = {"appeals/review/total": 0, "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}
BOTH_NONE = {"requests/2/total": 0, "requests/4/total": 0}


def _totals(applications: str, year: int = 2023) -> dict[str, Any]:
    """The totals of 表三 and 表四 read from a county bureau's copy of ``year`` cut in 一 (三), its （二） ``applications``."""
    text = (f"某某县文化广电和旅游局{year}年政府信息公开工作年度报告\n"
            f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"
            "一、总体情况\n"
            f"（一）主动公开方面。{year}年，我局依托政府门户网站发布信息347条。\n"
            f"（二）依申请公开方面。{applications}\n"
            "（三）政府信息管理方面。按照《条例》及国省相关规定理顺工作机制")
    report, log = import_bytes(text.encode(), "某某县文广旅局.txt")
    read = {a: report.cells.get(a) for a in TOTALS if a not in report.missing}
    assert all(log.read[a].startswith("从正文读取：") for a in read)
    return read


def test_a_none_of_both_carried_over_rows() -> None:
    assert _totals("没有上年接转和接转下年的依申请公开事项，未发生因政府信息公开引起的行政复议和行政诉讼。") == {
        **BOTH_NONE, **APPEALS_NONE}
    assert _read_sentence("无上年结转和结转下年度的政府信息公开申请", 2023) == [
        ("requests/2/total", 0), ("requests/4/total", 0)]
    assert _read_sentence("全年共收到政府信息公开申请3件，没有上年度结转及结转至2024年的申请", 2023) == [
        ("requests/1/total", 3), ("requests/2/total", 0), ("requests/4/total", 0)]


def test_close_wordings_of_the_none_stay_unread() -> None:
    # no none's word: a count of them, handled
    assert _read_sentence("上年接转和接转下年的依申请公开事项已全部办结", 2023) == []
    # more after the requests' words, or a figure
    assert _read_sentence("没有上年接转和接转下年的依申请公开事项未办结", 2023) == []
    assert _read_sentence("没有上年接转和接转下年的依申请公开事项5件", 2023) == []
    # one half only (接转 alone is not read), or another row beside it
    assert _read_sentence("没有上年接转的依申请公开事项", 2023) == []
    assert _read_sentence("没有上年接转和新收的依申请公开事项", 2023) == []
    # nothing naming the requests, in the clause or before it
    assert _read_sentence("没有上年接转和接转下年的事项", 2023) == []


def test_a_none_of_last_year_s_carried_over_does_not_end_the_sentence() -> None:
    """The clause reads nothing (不存在 is no none the grammar reads), but what follows it is this year's."""
    assert _totals("不存在上年度结转政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼。") == APPEALS_NONE
    assert _totals("没有上年接转的依申请公开事项，未发生因政府信息公开引起的行政复议和行政诉讼。") == APPEALS_NONE


def test_a_clause_of_last_year_itself_still_ends_the_sentence() -> None:
    # last year's own none of requests, or a figure of last year's, or a sum taking it in
    assert _totals("上年度未收到政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼。") == {}
    assert _totals("上年结转3件，未发生因政府信息公开引起的行政复议和行政诉讼。") == {}
    assert _totals("上年度，我局收到政府信息公开申请5件，未发生因政府信息公开引起的行政复议。") == {}
    # 上年 first may be the sentence's time (上年无结转，收到…: last year's, perhaps)
    assert _totals("上年无结转，收到政府信息公开申请3件，未发生因政府信息公开引起的行政复议。") == {}
    assert _totals("加上上年结转的，共办理政府信息公开申请10件，未发生因政府信息公开引起的行政复议。") == {}
    # the none of last year's carried over, but another year's count after it: that clause is read by its own year
    assert _totals("无上年结转申请，2022年收到政府信息公开申请5件。") == {}


def test_natural_persons_named_between_the_verb_and_the_requests() -> None:
    assert _row_one("2023年度，我局收到自然人依申请公开事项1件，并按要求回复相关诉求。") == {"requests/1/natural": 1}
    assert _row_one("全街收到2件由自然人发起的政府信息公开申请，并依法规范受理、答复。", 2024) == {"requests/1/natural": 2}
    assert _row_one("全年共收到自然人提出的政府信息公开申请3件。") == {"requests/1/natural": 3}
    # beside a 一 said in other words, no more than it
    assert _row_one("全年共收到政府信息公开申请5件。收到自然人提出的政府信息公开申请3件。") == {
        "requests/1/natural": 3, "requests/1/total": 5}
    assert _read_sentence("我局收到自然人依申请公开事项1件", 2023) == [("requests/1/natural", 1)]


def test_natural_persons_said_otherwise_stay_unread() -> None:
    # the requests not named as requests for disclosure
    assert _row_one("2023年，共收到自然人申请2件，均按规定予以办理。") == {}
    # another kind beside it in the clause
    assert _row_one("收到自然人申请1件、法人申请2件。") == {}
    assert _row_one("收到自然人政府信息公开申请1件、法人或其他组织政府信息公开申请2件。") == {}
    # a channel, a none, another year, words between the kind and the requests
    assert _row_one("网上收到自然人政府信息公开申请3件。") == {}
    assert _row_one("未收到自然人政府信息公开申请。") == {}
    assert _row_one("2022年收到自然人政府信息公开申请3件。") == {}
    assert _row_one("收到自然人网上提交的政府信息公开申请3件。") == {}
    # more than the 一 read, stated twice with different figures, or against the parts of 一
    assert _row_one("全年共收到政府信息公开申请2件。收到自然人提出的政府信息公开申请3件。") == {"requests/1/total": 2}
    assert _row_one("收到自然人政府信息公开申请3件。收到自然人政府信息公开申请4件。") == {}
    # after 其中: a part of the count before it, not read by its own verb
    assert _row_one("全年共收到政府信息公开申请5件，其中收到自然人政府信息公开申请3件。") == {"requests/1/total": 5}


def test_natural_persons_said_against_the_parts_of_the_new_requests() -> None:
    """自然人 4 as a part of 一 and 3 by its own verb: stated twice with different figures, neither is read (the old
    code, reading only the parts, gave 4)."""
    assert _row_one("全年共收到政府信息公开申请5件，其中自然人申请4件、法人或其他组织申请1件。"
                    "收到自然人提出的政府信息公开申请3件。") == {"requests/1/total": 5}
