"""Sections a copy never reached are not read, not missing from the report (core/importers/reach.py).

A web page copied up to 表三, or one page of a flip-book: S2/S3 (errors that block the export) must
not say the report lacks 五 and 六 when only the copy ended — N2 says, as information, which
sections were not read and why. A copy whose tables are complete and which lacks 五 and 六 still
gets S2/S3: only the copy's end inside the tables (its last cells not read) is evidence of a cut.
"""

from __future__ import annotations

from builders import clean_report

from core.importers.text import import_text
from core.report import Report
from core.validate import validate
from tests.importers.files import table_text

OPENING = "一、总体情况\n本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息。\n"
ENDING = "六、其他需要报告的事项\n本年度未收取信息处理费。\n"


def _source() -> str:
    """A whole report as a web page's text: title, period, 一, the tables under 二…四, 五 and 六."""
    text = table_text(clean_report("2021", 2024), "pipe")
    return text.replace("二、主动公开政府信息情况\n", OPENING + "二、主动公开政府信息情况\n", 1) + ENDING


def _rules(report: Report) -> list[str]:
    return [f.rule for f in validate(report) if f.rule in ("S1", "S2", "S3", "N2")]


def test_the_whole_report_has_every_section_read() -> None:
    report, _ = import_text(_source(), "whole.txt")
    assert report.unread_sections == {} and _rules(report) == []


def test_a_copy_ending_after_table_three_does_not_say_the_report_lacks_five_and_six() -> None:
    cut = _source().split("四、政府信息公开行政复议")[0]            # the page copied up to 表三's last row
    report, _ = import_text(cut, "cut.txt")
    assert all(report.missing.get(a) for a in report.form.table("appeals").addresses())
    assert set(report.unread_sections) == {"4", "5", "6"}
    assert report.unread_sections["5"] == "来源文件在表三处中断，其后的内容没有读到"
    assert _rules(report) == ["N2"]
    (n2,) = [f for f in validate(report) if f.rule == "N2"]
    assert n2.severity == "info" and "第四、五、六部分未能从来源文件读取" in n2.message


def test_a_copy_ending_inside_table_four_leaves_five_and_six_unread() -> None:
    source = _source()
    cut = source[:source.index("| 1 | 0 | 0 | 0 | 1 |")]            # 表四's heading and header, no numbers
    report, _ = import_text(cut, "cut.txt")
    assert "appeals/review/upheld" in report.missing and report.cells["requests/4/total"] == 2
    assert set(report.unread_sections) == {"5", "6"} and _rules(report) == ["N2"]


def test_a_report_with_every_table_but_without_five_and_six_still_lacks_them() -> None:
    whole_tables = _source().split("五、存在的主要问题")[0]
    report, _ = import_text(whole_tables, "no-five.txt")
    assert not any(a.startswith("appeals/") for a in report.missing)
    assert report.unread_sections == {}
    assert _rules(report) == ["S2", "S3"]


def test_a_copy_ending_with_its_signature_reached_its_end() -> None:
    """表四 not found (a picture) but the copy goes on to the 落款: nothing was cut, S2/S3 stand."""
    no_table_four = _source().split("四、政府信息公开行政复议")[0] + "某某镇人民政府\n2025年1月20日\n"
    report, _ = import_text(no_table_four, "signed.txt")
    assert "appeals/review/total" in report.missing
    assert report.unread_sections == {} and _rules(report) == ["S2", "S3"]


def test_one_page_of_a_flip_book_starting_at_table_four_did_not_reach_section_one() -> None:
    source = _source()
    page = ("Page 8 - 某某镇人民政府2024年政府信息公开工作年度报告\nP. 8\n"
            + source[source.index("四、政府信息公开行政复议"):])
    report, _ = import_text(page, "page8.txt", 2024)
    assert report.cells["appeals/review/upheld"] == 1
    assert set(report.unread_sections) == {"1", "2", "3"}
    assert "从第四部分开始" in report.unread_sections["1"]
    assert _rules(report) == ["N2"]


def test_a_flip_book_page_ending_inside_a_sentence_of_five_did_not_reach_six() -> None:
    """A page out of the middle (it starts late) that stops mid-sentence: 六 is on the next page."""
    source = _source().split("六、其他需要报告的事项")[0].replace("无。", "本年度主要问题是公开内容不够丰富，下一步将")
    page = "Page 8 - 某某镇人民政府2024年政府信息公开工作年度报告\nP. 8\n" + source[source.index("四、政府信息公开行政复议"):]
    report, _ = import_text(page, "page8.txt", 2024)
    assert set(report.unread_sections) == {"1", "2", "3", "6"}
    assert report.unread_sections["6"] == "来源文件在第五部分处中断，其后的内容没有读到"
    assert _rules(report) == ["N2", "N2"]                  # one per reason: started late, stopped short


def test_a_sentence_cut_off_after_complete_tables_is_no_evidence_alone() -> None:
    """Tables complete, copy ending mid-sentence in 五: a report may end anyhow; S3 stands."""
    source = _source().split("六、其他需要报告的事项")[0].replace("无。", "本年度主要问题是公开内容不够丰富，下一步将")
    report, _ = import_text(source, "five.txt")
    assert report.unread_sections == {} and _rules(report) == ["S3"]
