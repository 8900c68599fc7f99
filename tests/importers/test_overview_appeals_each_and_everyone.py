"""一、总体情况's words read for 表三/表四's totals (overview_counts): two phrasings a person reads at once
that were left unread (issue 17, 街道办事处 and 区 departments of the big cities).

- 行政复议2件、行政诉讼0件: each of 表四's rows with its own figure in one clause (杭州市滨江区长河街道 2023).
  Before, two figures in one clause left both unread. 行政诉讼 more than 0 stays unread: how it splits
  into its two rows the words do not say.
- 收到公民和法人或其他组织政府信息公开申请共32件: every kind of applicant, joined by 和 rather than 、
  (杭州市余杭区发改局 2022). Before, its 法人 was taken for a narrowing word and the count left unread.
- 2025年区政府办公室共收到政府信息公开申请32件: an 办公室 as the clause's subject (西安市临潼区政府办 2025).
  Before, its 办 was taken for another verb before the clause's own (办理, 办结) and the count left unread.
"""

from __future__ import annotations

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence

REVIEW, DIRECT, AFTER = "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total"


def test_review_and_suits_each_with_its_figure_in_one_clause() -> None:
    assert _read_sentence("因政府信息公开引发行政复议2件、行政诉讼0件", 2023) == [
        (REVIEW, 2), (DIRECT, 0), (AFTER, 0)]
    assert _read_sentence("因政府信息公开引发行政复议案件0件和行政诉讼案件0件", 2023) == [
        (REVIEW, 0), (DIRECT, 0), (AFTER, 0)]
    # 行政诉讼 more than 0: its two rows' split is not said, only 行政复议 is read
    assert _read_sentence("因政府信息公开引发行政复议1件、行政诉讼3件", 2023) == [(REVIEW, 1)]
    # narrowed, another year's, or not about disclosure: unread as before
    assert _read_sentence("因政府信息公开引发行政复议2件、行政诉讼0件,其中纠错1件", 2023) == [
        (REVIEW, 2), (DIRECT, 0), (AFTER, 0)]
    assert _read_sentence("被纠错的行政复议2件、行政诉讼0件", 2023) == []
    assert _read_sentence("2022年因政府信息公开引发行政复议2件、行政诉讼0件", 2023) == []
    assert _read_sentence("引发行政复议2件、行政诉讼0件", 2023) == []
    assert _read_sentence("因政府信息公开引发行政复议2件、行政诉讼0件、信访3件", 2023) == []


def test_citizens_and_legal_persons_or_other_organisations_is_everyone() -> None:
    assert _read_sentence("全年收到公民和法人或其他组织政府信息公开申请共32件,办结30件", 2022) == [
        ("requests/1/total", 32), ("requests/3.7/total", 30)]
    assert _read_sentence("全年收到公民、法人和其他组织政府信息公开申请共32件", 2022) == [("requests/1/total", 32)]
    # one kind alone still narrows the count
    assert _read_sentence("全年收到法人或其他组织政府信息公开申请共3件", 2022) == []
    assert _read_sentence("全年收到公民和法人政府信息公开申请共3件", 2022) == []


def test_a_copy_cut_in_section_one_reads_both_noted() -> None:
    text = ("某市某区某某街道2023年政府信息公开工作年度报告\n"
            "本报告中所列数据统计期限为2023年1月1日至12月31日。\n"
            "一、总体情况\n(一)主动公开\n2023年,本街道主动公开信息423条。\n"
            "(二)依申请公开\n2023年,本街道共收到公民和法人或其他组织政府信息公开申请12件。"
            "因政府信息公开引发行政复议2件、行政诉讼0件。\n"
            "(三)政府信息管理\n积极修订完善政府信息公开指南,")
    report, log = import_bytes(text.encode(), "某某街道.txt")
    got = {a: report.cells.get(a) for a in ("requests/1/total", REVIEW, DIRECT, AFTER) if a not in report.missing}
    assert got == {"requests/1/total": 12, REVIEW: 2, DIRECT: 0, AFTER: 0}
    assert all(log.read[a].startswith("从正文读取：") for a in got)
    assert any("按“一、总体情况”的文字读取" in n for n in log.notes)


def test_an_office_as_the_subject_is_no_verb_before_the_clauses_own() -> None:
    assert _read_sentence("2025年区政府办公室共收到政府信息公开申请32件", 2025) == [("requests/1/total", 32)]
    assert _read_sentence("县政府办公室全年收到政府信息公开申请0件", 2025) == [("requests/1/total", 0)]
    # the verb 办 before the clause's own is still another count's figure
    assert _read_sentence("区政府办理并收到政府信息公开申请32件", 2025) == []
    assert _read_sentence("办结上年结转3件", 2025) == []
