"""A section heading printed inside a line of text is found (襄阳中环水务 2019's page: "五、存在的主要
問題及改進情況 我公司按…" and "…进行了公开。 二、主动公开政府信息情况"): before, its section was
taken for missing (S1–S3, errors that block an export) and its text went to the section before.
A list of the headings, a 目录 entry, or a heading's words inside a sentence are left as they are."""

from __future__ import annotations

import pytest

from core.importers.heading_cut import cut_headings
from core.importers.layout import text_lines
from core.importers.text import import_text
from core.validate import validate
from importers.files import SHARED

SEED = SHARED / "seeds" / "002_623967a19d51db49.txt"
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _joined(text: str, heading: str, how: str) -> str:
    """``text`` with ``heading`` on one line with the paragraph after it ("after") or before it ("before")."""
    lines = text.split("\n")
    i = lines.index(heading)
    if how == "after":
        j = next(k for k in range(i + 1, len(lines)) if lines[k].strip())
        return "\n".join(lines[:i] + [heading + " " + lines[j]] + lines[j + 1:])
    j = next(k for k in range(i - 1, -1, -1) if lines[k].strip())
    return "\n".join(lines[:j] + [lines[j] + " " + heading] + lines[i + 1:])


@pytest.mark.parametrize(("heading", "how"), [("一、总体情况", "after"), ("五、存在的主要问题及改进情况", "after"),
                                              ("六、其他需要报告的事项", "after"), ("二、主动公开政府信息情况", "before"),
                                              ("六、其他需要报告的事项", "before")])
def test_a_heading_inside_a_line_of_text_starts_its_section(heading: str, how: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    want, _ = import_text(text, "x.txt")
    got, _ = import_text(_joined(text, heading, how), "x.txt")
    assert got.texts == want.texts
    assert got.cells == want.cells
    assert [f.rule for f in validate(got) if f.rule in ("S1", "S2", "S3")] == []


def test_the_lost_characters_a_copy_prints_before_a_heading_are_no_part_of_it() -> None:
    text = SEED.read_text(encoding="utf-8")
    want, _ = import_text(text, "x.txt")
    got, _ = import_text(text.replace("\n一、总体情况\n", "\n????一、总体情况\n"), "x.txt")
    assert got.texts == want.texts


@pytest.mark.parametrize("line", [
    "本报告包括：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况",
    "一、总体情况…………………………1",
    "一、总体情况.......1",
    "有关数据详见三、收到和处理政府信息公开申请情况一节。",
    "一、总体情况",
    "（一）主动公开情况。全年主动公开政府信息1,136条。",
])
def test_lists_contents_and_words_of_a_sentence_are_left_whole(line: str) -> None:
    lines = text_lines(line + "\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [x.text for x in lines]


def test_cut_pieces() -> None:
    lines = text_lines("…主动向社会进行了公开。 二、主动公开政府信息情况\n"
                       "五、存在的主要问题及改进情况 我公司按要求完成了工作。 六、其他需要报告的事项 无\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [
        "…主动向社会进行了公开。", "二、主动公开政府信息情况", "五、存在的主要问题及改进情况", "我公司按要求完成了工作。",
        "六、其他需要报告的事项", "无"]


@pytest.mark.parametrize("how", ["alone", "after"])
def test_a_heading_with_no_mark_after_its_numeral_is_told_by_its_own_words(how: str) -> None:
    """平潭金井片区 2020 prints "一总体情况" (no 、): its section was taken for missing (S1)."""
    text = SEED.read_text(encoding="utf-8")
    want, _ = import_text(text, "x.txt")
    joined = text if how == "alone" else _joined(text, "一、总体情况", "after")
    got, _ = import_text(joined.replace("一、总体情况", "一总体情况"), "x.txt")
    assert got.texts == want.texts
    assert [f.rule for f in validate(got) if f.rule == "S1"] == []


def test_a_numeral_before_other_words_is_no_heading_without_its_mark() -> None:
    lines = text_lines("…已公开。一本年新收申请3件\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [x.text for x in lines]


def test_the_mark_after_a_heading_goes_with_it() -> None:
    lines = text_lines("六、其他需要报告的事项：本年度未收取信息处理费。\n一、总体情况。2023年，我镇认真贯彻《条例》。\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [
        "六、其他需要报告的事项", "本年度未收取信息处理费。", "一、总体情况", "2023年，我镇认真贯彻《条例》。"]


@pytest.mark.parametrize("line", ["五、存在的主要问题及改进情况和下一步打算", "六、其他需要报告的事项无"])
def test_a_longer_wording_of_a_heading_is_the_heading(line: str) -> None:
    """Words run on from the heading's own to the line's end are its wording, not a paragraph."""
    lines = text_lines(line + "\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [line]


def test_a_longer_wording_goes_with_the_heading_inside_a_line() -> None:
    lines = text_lines("…取得实效。 五、存在的主要问题及改进情况和下一步打算 一是公开内容不够全面。\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [
        "…取得实效。", "五、存在的主要问题及改进情况和下一步打算", "一是公开内容不够全面。"]


def test_a_heading_worded_otherwise_after_its_first_words_is_cut_with_its_wording() -> None:
    """平潭公安局 2024: "五、存在的主要问题及明年工作计划2024年，我局…" run on after 表四's numbers;
    金井片区 2022: "五、存在的主要问题及改进措施（一）存在问题…". Section 五 was taken for missing (S2)."""
    lines = text_lines("审结总计 0 0 0 五、存在的主要问题及明年工作计划2024年，我局政府信息公开工作能力进一步增强。\n"
                       "五、存在的主要问题及改进措施（一）存在问题金井片区管理局…\n")
    assert [x.text for x in cut_headings(lines, HEADINGS)] == [
        "审结总计 0 0 0", "五、存在的主要问题及明年工作计划", "2024年，我局政府信息公开工作能力进一步增强。",
        "五、存在的主要问题及改进措施", "（一）存在问题金井片区管理局…"]


def test_a_report_whose_heading_is_worded_otherwise_and_runs_on_has_its_section() -> None:
    text = SEED.read_text(encoding="utf-8")
    want, _ = import_text(text, "x.txt")
    got, log = import_text(_joined(text, "五、存在的主要问题及改进情况", "after").replace(
        "五、存在的主要问题及改进情况 ", "五、存在的主要问题及下一步工作打算"), "x.txt")
    assert got.texts == want.texts
    assert any("第五部分标题原文为“五、存在的主要问题及下一步工作打算”" in n for n in log.notes)
