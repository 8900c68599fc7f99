"""湖南 and 湖北 organs' copies cut inside 一、总体情况 (2024–2025, helper 154): wordings of a none that
were left unread, or a copy refused, though their words can mean one thing only — and one reading
that said more than its words. (受理…0件 and 未受理… stay unread: accepted is not received.)

- 上年无结转 / 无结转下年度 (襄州区水利局 2024): 二 and 四 are 0, the year or the verb said first;
- 现予以公开2025年某镇政府信息公开工作年度报告 (大冶市大箕铺镇 2025): the report's opening naming
  itself, as 现向社会公布… does — a copy of it without tables was refused as no report;
- 梳理出继续有效规范性文件66件,废止规范性文件6件,宣布失效规范性文件5件 (大冶市政府办公室 2024): what a
  review of the documents found, not the year's 本年废止 (was read 6)."""

from __future__ import annotations

from typing import Any

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from core.importers.overview_normative import ISSUED, REPEALED, read_sentence
from core.importers.title_sentence import speaks_of_itself
from tests.importers.files import township_cut_in_overview

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = "requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total"


def _cells(applications: str) -> dict[str, Any]:
    report, _ = import_bytes(township_cut_in_overview(applications), "某某镇.txt")
    return {a: report.cells.get(a) for a in (NEW, CARRIED_IN, DECIDED, CARRIED_OUT) if a not in report.missing}


def test_an_accepted_count_or_none_accepted_stays_unread() -> None:
    """受理 (accepted) is not 收到: a request received and not accepted (a complaint, say) is still one of
    一's; so neither 受理…0件 nor 未受理 says 一 is 0 (the corpus's readers left 受理0件 unread)."""
    assert _read_sentence("2024年,我镇受理政府信息公开申请5件", 2024) == []
    assert _read_sentence("2024年,我镇受理政府信息公开申请0件", 2024) == []
    assert _read_sentence("2025年度,我镇未受理政府信息公开申请", 2025) == []


def test_none_carried_in_or_out_said_with_the_year_or_the_verb_first() -> None:
    assert _read_sentence("2024年,本单位新收到政府信息依申请公开2件,上年无结转,已办理2件,无结转下年度", 2024) == [
        (NEW, 2), (CARRIED_IN, 0), (CARRIED_OUT, 0)]
    assert _read_sentence("收到政府信息公开申请3件,上年度没有结转的申请", 2024) == [(NEW, 3), (CARRIED_IN, 0)]
    assert _read_sentence("收到政府信息公开申请3件,无结转至2025年的申请", 2024) == [(NEW, 3), (CARRIED_OUT, 0)]
    assert _cells("2024年，本单位新收到政府信息依申请公开2件，上年无结转，已办理2件，无结转下年度。") == {
        NEW: 2, CARRIED_IN: 0, CARRIED_OUT: 0}


def test_a_none_carried_is_read_only_of_the_requests_and_whole() -> None:
    assert _read_sentence("上年无结转,收到政府信息公开申请3件", 2024) == []          # no requests named before it
    assert _read_sentence("收到政府信息公开申请3件,无结转下年度的信访件", 2024) == [(NEW, 3)]
    assert _read_sentence("收到政府信息公开申请3件,上年无结转的法人申请", 2024) == [(NEW, 3)]


def test_hereby_published_names_the_report_itself() -> None:
    assert speaks_of_itself("依据《中华人民共和国政府信息公开条例》的规定,现予以公开2025年某某镇政府信息公开工作年度报告。")
    assert speaks_of_itself("根据要求,现发布某县某局2024年政府信息公开工作年度报告。")
    assert not speaks_of_itself("现发布2024年政府信息公开工作年度报告编制要求。")
    assert not speaks_of_itself("各单位要予以公开2024年政府信息公开工作年度报告。")


def test_a_copy_opening_so_without_tables_is_read_not_refused() -> None:
    text = ("一、总体情况\n"
            "依据《中华人民共和国政府信息公开条例》的规定,现予以公开2025年某某镇政府信息公开工作年度报告。"
            "本年度报告中所列数据的统计期限为2025年1月1日至2025年12月31日。\n"
            "(一)政府信息主动公开情况\n本年度通过政府网站累计公开政府信息122条。\n"
            "(二)政府信息依申请公开情况\n2025年,某某镇共收到依申请公开0件,均按时答复。\n"
            "(三)政府信息管理情况\n其一,安排专人负责").encode()
    report, _ = import_bytes(text, "某某镇.txt")
    assert report.year == 2025 and report.cells.get(NEW) == 0


def test_what_a_review_of_the_documents_found_is_not_the_years() -> None:
    assert read_sentence("加强政府信息管理,梳理出继续有效规范性文件66件,废止规范性文件6件,宣布失效规范性文件5件", 2024) == []
    assert [(a, v) for a, v, _ in read_sentence("梳理废止规范性文件3件", 2024)] == []
    assert [(a, v) for a, v, _ in read_sentence("2024年,我市制发规范性文件2件,废止规范性文件6件", 2024)] == [
        (ISSUED, 2), (REPEALED, 6)]
