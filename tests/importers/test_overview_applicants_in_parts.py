"""一's applicant columns in 一、总体情况 of a copy cut before 表三, said as the parts of the year's new requests
after 其中 (鞍山市铁西区政府办 2025, 浙江省水利厅 2023, 鹤城区 2025, 高平市政府办 2022), or as the applicants' one
kind (常州市文广旅局 2023: 申请人为自然人); nones in other words (通榆县团结乡 2020, 乌审旗信访局 2024); 一 and 二 as the
parts of a whole said the sentence before (武清区河西务镇 2025). Synthetic text built from those patterns; each read here
was left unread before (every test but the three of negatives only fails on the old code)."""

from __future__ import annotations

from typing import Any

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from tests.importers.test_overview_all_from_natural_persons import ORGANISATIONS
from tests.importers.test_overview_all_from_natural_persons import _read as _read_of


def _read(applications: str) -> dict[str, Any]:
    """A 2025 county office's copy cut in 一、总体情况 (三), before any table, its （二） ``applications``."""
    return _read_of(applications, 2025)


def test_natural_persons_after_qizhong_right_after_the_new_requests() -> None:
    assert _read("全年共接收政府信息公开申请16件，其中自然人申请15件、法人或其他组织申请1件，均已答复。") == {
        "requests/1/natural": 15, "requests/1/total": 16}
    assert _read("2025年，共收到政府信息公开申请14件。其中，自然人申请13件，法人或其他组织申请1件。") == {
        "requests/1/natural": 13, "requests/1/total": 14}
    assert _read("全年共收到依申请公开16件，其中自然人申请15件，均已按时答复。") == {
        "requests/1/natural": 15, "requests/1/total": 16}


def test_organisations_none_or_natural_persons_the_whole_fill_every_column() -> None:
    whole = {"requests/1/natural": 12, **{a: 0 for a in ORGANISATIONS}, "requests/1/total": 12}
    assert _read("全年共收到和办理依申请公开12件，其中自然人申请件12件，法人或其他组织申请件0件。") == whole
    assert _read("全年共收到政府信息公开申请12件，其中自然人申请12件。") == whole


def test_after_one_clause_of_carried_over_only_when_the_parts_add_up_to_the_new() -> None:
    assert _read("全年共接收政府信息公开申请101件，上年结转1件，其中自然人申请100件、法人或其他组织申请1件。") == {
        "requests/1/natural": 100, "requests/1/total": 101}
    # adding up to the new and carried in together: the parts are of the whole handled, not of 一
    assert _read("全年共接收政府信息公开申请101件，上年结转1件，其中自然人申请100件、法人或其他组织申请2件。") == {
        "requests/1/total": 101}
    # 自然人 alone after 上年结转: of which count, the words do not say
    assert _read("全年共接收政府信息公开申请101件，上年结转1件，其中自然人申请100件。") == {"requests/1/total": 101}


def test_parts_of_anything_else_or_not_adding_up_stay_unread() -> None:
    # not adding up to 一
    assert _read("全年共收到政府信息公开申请16件，其中自然人申请14件、法人或其他组织申请1件。") == {"requests/1/total": 16}
    assert _read("全年共收到政府信息公开申请16件，其中自然人申请17件。") == {"requests/1/total": 16}
    # of another verb's count: 受理 (may hold last year's), 办结
    assert _read("全年共受理政府信息公开申请16件，其中自然人申请15件、法人或其他组织申请1件。") == {}
    assert _read("全年共收到政府信息公开申请16件，办结16件，其中自然人申请15件、法人或其他组织申请1件。") == {
        "requests/1/total": 16}
    # another clause between, or another kind of part
    assert _read("全年共收到政府信息公开申请16件，均已答复，其中自然人申请15件。") == {"requests/1/total": 16}
    assert _read("全年共收到政府信息公开申请16件，其中网上申请15件、自然人申请1件。") == {"requests/1/total": 16}
    assert _read("全年共收到政府信息公开申请16件，其中公民申请15件、法人或其他组织申请1件。") == {"requests/1/total": 16}
    assert _read("全年共收到政府信息公开申请16件，其中自然人申请15件、企业申请1件。") == {"requests/1/total": 16}
    # 一 stated twice with different figures: neither, nor the columns
    assert _read("全年共收到政府信息公开申请16件，其中自然人申请15件、法人或其他组织申请1件。全年共收到政府信息公开申请17件。") == {}


def test_the_applicants_one_kind_named() -> None:
    whole = {"requests/1/natural": 1, **{a: 0 for a in ORGANISATIONS}, "requests/1/total": 1}
    assert _read("2025年，我办共收到并答复依申请公开1件，申请人为自然人，已按规定要求处理完毕。") == whole
    assert _read("2025年，我办共收到政府信息公开申请1件，申请人类型为自然人。") == whole
    assert _read("2025年，我办共收到政府信息公开申请3件，申请人主要为自然人。") == {"requests/1/total": 3}
    assert _read("2025年，我办共收到政府信息公开申请3件，申请人多为自然人。") == {"requests/1/total": 3}
    assert _read("2025年，我办共收到政府信息公开申请3件，申请人为自然人和法人。") == {"requests/1/total": 3}


def test_accepted_stays_unread_even_when_none() -> None:
    """受理 alone may hold last year's carried over and is no 一 — 0 included, as the corpus's readers leave it
    (受理依申请公开0件: 海城市卫健局 2025, 吉亚乡 2023 and eleven more)."""
    assert _read_sentence("全年受理政府信息公开申请0件,予以公开0件", 2022) == []
    assert _read_sentence("全年受理政府信息公开申请5件", 2022) == []


def test_nones_in_other_words() -> None:
    assert _read_sentence("2020年度我乡未接到提出公开政府信息的申请", 2020) == [("requests/1/total", 0)]
    assert _read_sentence("全年我局未收到和处理依申请公开申请情况", 2024) == [("requests/1/total", 0)]
    # close wordings that say no such thing
    assert _read_sentence("本年度,园区没有收到公开申请", 2022) == []      # without 政府信息 or 依申请: whose?
    assert _read_sentence("本年度,园区没有收到公开信息", 2022) == []
    assert _read_sentence("本年度,园区没有收到申请", 2022) == []
    assert _read_sentence("本年度,园区没有公开申请", 2022) == []
    assert _read_sentence("本年度,园区没有收到提出公开的申请", 2022) == []
    assert _read_sentence("本年度,园区未收到提出公开政府信息的建议", 2022) == []


def test_the_rows_opening_the_next_sentence_after_the_whole() -> None:
    """…共收到政府信息公开申请3件。其中,上年结转申请1件,本年新收申请2件 (武清区河西务镇 2025): the form's own rows as
    the parts of the whole the sentence before states, adding up to it — 一 2 and 二 1, not 一 3."""
    cells = {"requests/1/total": 2, "requests/2/total": 1}
    assert _rows("2025年，共收到政府信息公开申请3件。其中，上年结转申请1件，本年新收申请2件，均已依法按期办结。") == cells
    # not adding up, a part of another kind, or a 其中 in the sentence before: none of them, nor 一 3
    assert _rows("2025年，共收到政府信息公开申请3件。其中，上年结转申请1件，本年新收申请1件。") == {}
    assert _rows("2025年，共收到政府信息公开申请3件。其中，上年结转申请1件，网上申请2件。") == {}
    assert _rows("2025年，共收到政府信息公开申请3件，其中网上申请3件。其中，上年结转申请1件，本年新收申请2件。") == {}


def _rows(applications: str) -> dict[str, Any]:
    text = ("某某镇人民政府2025年政府信息公开工作年度报告\n"
            "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n"
            "一、总体情况\n"
            f"（二）依申请公开方面。{applications}\n"
            "（三）政府信息管理方面。按照《条例》及国省相关规定理顺工作机制")
    report, _ = import_bytes(text.encode(), "某某镇.txt")
    return {a: report.cells.get(a) for a in ("requests/1/total", "requests/2/total") if a not in report.missing}


def test_a_part_equal_to_the_whole_across_sentences_proves_nothing() -> None:
    """With 上年结转 0 the sum says only that 新收 is the whole, which a part of another kind restating it would fit
    too (test_overview_whole_broken_down): across sentences both parts must be more than 0."""
    assert _rows("2025年，共收到政府信息公开申请3件。其中，上年结转申请0件，本年新收申请3件。") == {}
