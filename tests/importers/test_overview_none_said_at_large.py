"""A "none" of 表三/表四 said in 一、总体情况 in words the overview reader did not take (issue 17, townships'
and streets' excerpts of 2023–2024): every kind of applicant named at once (未收到公众、法人或其他组织对…的申请),
a "none" of appeals going on over a comma (未发生…行政复议,提起行政诉讼的情况), and a sub-heading of 一 —
（三）申请行政复议、提起行政诉讼情况 — that was taken for 表四's start, the sentence under it lost to the prose. Synthetic text; each
reading has its near miss beside it, left unread."""

from __future__ import annotations

from typing import Any

from core.importers import import_bytes

TOTALS = ("requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total",
          "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")
NO_APPEALS = {"appeals/review/total": 0, "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}


def _read(applications: str, third: str = "（三）政府信息管理\n进一步加强信息发布的审核和管理，确保信息的",
          after: str = "") -> tuple[dict[str, Any], Any]:
    """A 2024 report's copy cut in 一、总体情况 (its （二） ``applications``, its （三） ``third``), ``after`` it."""
    text = ("某县某某乡2024年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n"
            "（一）主动公开\n2024年，我乡主动公开政府信息85条。\n"
            f"（二）依申请公开\n{applications}\n{third}\n{after}")
    report, _ = import_bytes(text.encode(), "某某乡.txt")
    return {a: report.cells.get(a) for a in TOTALS if a not in report.missing}, report


def test_every_kind_of_applicant_named_at_once_is_no_narrowing() -> None:
    assert _read("2024年，我乡未收到公众、法人或其他组织对政府信息公开的申请。")[0] == {"requests/1/total": 0}
    assert _read("2024年，我乡未收到公民、法人和其他组织提出的政府信息公开申请。")[0] == {"requests/1/total": 0}
    # the organisations alone are one kind: nothing said of the people's requests
    assert _read("2024年，我乡未收到法人或其他组织对政府信息公开的申请。")[0] == {}
    assert _read("2024年，我乡未收到其他组织的政府信息公开申请。")[0] == {}


def test_a_none_of_appeals_goes_on_over_a_comma_to_a_clause_with_no_verb_of_its_own() -> None:
    cells, _ = _read("2024年，我乡收到依申请公开申请0件，全年未发生因政府信息公开申请行政复议，提起行政诉讼的情况。")
    assert cells == {"requests/1/total": 0, **NO_APPEALS}
    # a figure of its own, or nothing denied before it: not carried on
    cells, _ = _read("2024年，我乡收到依申请公开申请0件，全年未发生行政复议，提起行政诉讼1件。")
    assert cells == {"requests/1/total": 0, "appeals/review/total": 0}
    cells, _ = _read("2024年，我乡收到依申请公开申请0件，行政复议已办结，提起行政诉讼的情况。")
    assert cells == {"requests/1/total": 0}


def test_a_sub_heading_of_section_one_naming_the_appeals_is_no_start_of_table_four() -> None:
    table_two = ("二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
                 "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n1 |\n0 |\n3 |\n")
    cells, report = _read("2024年，我乡未收到政府信息公开申请。",
                          "（三）申请行政复议、提起行政诉讼情况\n2024年未发生有关政府信息公开方面的行政复议、行政诉讼和申诉。",
                          table_two)
    assert cells == {"requests/1/total": 0, **NO_APPEALS}
    assert "2024年未发生有关政府信息公开方面的行政复议" in report.texts["1.3"]
    assert report.cells["art20_1/normative/issued"] == 1 and report.cells["art20_1/normative/in_force"] == 3
    # a heading over 表四's own rows still starts it
    _, report = _read("2024年，我乡未收到政府信息公开申请。", after=table_two + (
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |"
        " 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
        "0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"))
    assert report.cells["appeals/review/total"] == 1 and report.cells["appeals/review/corrected"] == 1
