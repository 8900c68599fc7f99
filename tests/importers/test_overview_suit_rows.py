"""行政诉讼 broken down into its two rows after 其中 (长宁区新泾镇 2024, 杭州市人社局 2023), and a clause naming the
appeals over disclosure as the topic of the counts after it (``overview_suit_rows``). Before, 行政诉讼 more than 0 was
read for neither row, and the counts after a topic clause were read for nothing (no subject)."""

from __future__ import annotations

from core.importers import import_bytes

REVIEW, DIRECT, AFTER = "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total"
UPHELD = "appeals/review/upheld"


def _appeals(sentence: str, year: int = 2024) -> dict[str, int]:
    """What a copy cut in 一、总体情况 whose (二) holds the sentence reads of 表四."""
    text = (f"某市某区某某街道{year}年政府信息公开工作年度报告\n"
            f"本报告中所列数据统计期限为{year}年1月1日至12月31日。\n"
            "一、总体情况\n(一)主动公开\n本街道主动公开信息423条。\n"
            f"(二)依申请公开\n{sentence}。\n"
            "(三)政府信息管理\n积极修订完善政府信息公开指南,")
    report, _ = import_bytes(text.encode(), "某某街道.txt")
    return {a: int(v) for a, v in report.cells.items()
            if a.startswith("appeals/") and a not in report.missing and isinstance(v, int)}


def test_both_rows_adding_up_to_the_whole() -> None:
    assert _appeals("信息公开行政诉讼2件,其中未经复议直接起诉1件,结果维持1件,复议后起诉1件,结果维持1件") == {DIRECT: 1, AFTER: 1}
    # rows not adding up, a row said twice, or the whole not of disclosure: unread
    assert _appeals("因政府信息公开引发行政复议1件、行政诉讼2件,其中未经复议直接起诉1件,复议后起诉1件") == {
        REVIEW: 1, DIRECT: 1, AFTER: 1}
    assert _appeals("信息公开行政诉讼3件,其中未经复议直接起诉1件,复议后起诉1件") == {}
    assert _appeals("信息公开行政诉讼2件,其中未经复议直接起诉1件,未经复议直接起诉1件") == {}
    assert _appeals("行政诉讼2件,其中未经复议直接起诉1件,复议后起诉1件") == {}
    assert _appeals("信息公开行政诉讼2件,其中败诉1件,复议后起诉1件") == {}
    assert _appeals("2023年信息公开行政诉讼2件,其中未经复议直接起诉1件,复议后起诉1件") == {}


def test_one_row_no_more_than_the_whole() -> None:
    assert _appeals("因政府信息公开引发行政诉讼3件,其中未经复议直接起诉2件") == {DIRECT: 2}
    assert _appeals("因政府信息公开引发行政诉讼3件,其中未经复议直接起诉4件") == {}
    # narrowed, or a clause between: unread
    assert _appeals("因政府信息公开引发行政诉讼3件,其中未经复议直接起诉且败诉2件") == {}
    assert _appeals("因政府信息公开引发行政诉讼3件,结果维持2件,其中未经复议直接起诉2件") == {}


def test_a_topic_clause_is_the_subject_of_the_appeals_after_it() -> None:
    assert _appeals("因政府信息公开工作被申请行政复议或提起行政诉讼中,行政复议7件,均维持结果;行政诉讼3件,其中未经复议直接起诉2件",
                    2023) == {REVIEW: 7, UPHELD: 7, "appeals/review/corrected": 0, "appeals/review/other": 0,
                              "appeals/review/pending": 0, DIRECT: 2}
    assert _appeals("因政府信息公开工作被申请行政复议或提起行政诉讼中,行政复议0件,行政诉讼0件", 2023) == {
        REVIEW: 0, DIRECT: 0, AFTER: 0}
    # a topic of other things, or a topic with its own verb: no subject
    assert _appeals("在行政执法工作中,行政复议7件,行政诉讼0件", 2023) == {}
    assert _appeals("行政复议、行政诉讼中,行政复议7件", 2023) == {}
    assert _appeals("因政府信息公开工作被申请行政复议或提起行政诉讼中败诉的,行政复议7件", 2023) == {}


def test_disputes_broken_down_into_review_and_suits() -> None:
    assert _appeals("因信息公开引发行政争议11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,结果维持2件,尚未审结2件",
                    2023) == {REVIEW: 7, UPHELD: 6, "appeals/review/pending": 1}
    assert _appeals("因信息公开引发行政争议3件,其中,行政复议3件,行政诉讼0件", 2023) == {REVIEW: 3, DIRECT: 0, AFTER: 0}
    # not adding up, another kind among them, narrowed, another year's, or disputes of what?: unread
    assert _appeals("因信息公开引发行政争议3件,其中,行政复议1件,行政诉讼1件", 2023) == {}
    assert _appeals("因信息公开引发行政争议3件,其中,行政复议1件,信访2件", 2023) == {}
    assert _appeals("因信息公开引发行政争议3件,其中被纠错的行政复议1件,行政诉讼2件", 2023) == {}
    assert _appeals("2022年因信息公开引发行政争议3件,其中,行政复议1件,行政诉讼2件", 2023) == {}
    assert _appeals("全年引发行政争议3件,其中,行政复议1件,行政诉讼2件", 2023) == {}
