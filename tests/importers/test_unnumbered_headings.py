"""Section headings printed without their numbers (县退役军人事务局 2020's page, whose list numbering
was drawn by its style: "总体情况" on a line of its own): each section still starts at its heading.
Before, the text of 一 went to the 前言 and the import drew S1 (缺少第一部分), an error that blocks an
export. A list of the headings, or words that stand more than once, are no heading."""

from __future__ import annotations

import pytest

from core.importers.text import import_text
from core.validate import validate
from importers.files import SHARED

SEED = SHARED / "seeds" / "002_623967a19d51db49.txt"
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _without_number(text: str, headings: list[str]) -> str:
    lines = text.split("\n")
    for h in headings:
        lines[lines.index(h)] = h.split("、", 1)[1]
    return "\n".join(lines)


@pytest.mark.parametrize("headings", [HEADINGS, HEADINGS[:1], HEADINGS[1:2], [HEADINGS[0], HEADINGS[3], HEADINGS[5]]])
def test_a_heading_without_its_number_starts_its_section(headings: list[str]) -> None:
    text = SEED.read_text(encoding="utf-8")
    want, _ = import_text(text, "x.txt")
    got, _ = import_text(_without_number(text, headings), "x.txt")
    assert got.texts == want.texts
    assert got.cells == want.cells
    assert [f.rule for f in validate(got) if f.rule in ("S1", "S2", "S3")] == []


@pytest.mark.parametrize("numbered", [True, False])
def test_a_list_of_the_headings_is_no_heading(numbered: bool) -> None:
    """本报告包括：followed by the headings one per line; the sections' own headings further on,
    numbered or not."""
    text = SEED.read_text(encoding="utf-8")
    listed = "本报告包括：\n" + "\n".join(h.split("、", 1)[1] for h in HEADINGS) + "\n现报告如下。\n"
    i = text.index("一、总体情况\n")
    want, _ = import_text(text[:i] + listed.replace("\n", "。\n", 1) + text[i:], "x.txt")
    text = text[:i] + listed + text[i:]
    got, _ = import_text(text if numbered else _without_number(text, HEADINGS), "x.txt")
    assert {k: v for k, v in got.texts.items() if k != "preamble"} == \
        {k: v for k, v in want.texts.items() if k != "preamble"}
    assert "主动公开政府信息情况" in got.texts["preamble"]


def test_words_of_a_heading_standing_twice_are_no_heading() -> None:
    """主动公开政府信息情况 as a line inside 一 and again where 二 starts, neither numbered: which one
    starts 二 is not told, so neither does (its text stays with 一, not cut at a guess)."""
    text = _without_number(SEED.read_text(encoding="utf-8"), HEADINGS[1:2])
    lines = text.split("\n")
    lines.insert(lines.index("一、总体情况") + 2, "主动公开政府信息情况")
    got, _ = import_text("\n".join(lines), "x.txt")
    assert "2" not in got.texts or not got.texts["2"].strip()
    assert "主动公开政府信息情况" in got.texts["1"]
