"""一、总体情况 printed numbered as an item, （一）总体情况, over a copy cut short in it (薛城区发改局 2022: "(一)总体情况"
over "1.主动公开。…" "2.依申请公开。…共收到政府信息公开申请7件…", the excerpt stopping at "3.政"): the section starts
under that line, so its words are read as 一's — before, too few of its items were left for the copy's text to be
taken as 一, and it stayed the preamble, unread. Synthetic text in that pattern.

What is no such heading stays as it was: the title with more words after it (（一）总体情况良好…: a sentence), another
number (（二）总体情况), and a preamble's words above the line are still the preamble's, unread."""

from __future__ import annotations

import pytest

from core.importers import import_bytes

CELLS = ("requests/1/total", "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")
TITLE = "某某区发改局2022年度政府信息公开工作年度报告\n"
PREAMBLE = "本报告中所列数据的统计期限为2022年1月1日至2022年12月31日。\n"
ITEMS = ("1.主动公开。我单位2022年主动公开政府信息总计65条。\n"
         "2.依申请公开。2022年度共收到政府信息公开申请7件，按时办结7件。全年未发生因政府信息公开被行政复议、"
         "提起行政诉讼情况。\n3.政")


def _read(text: str) -> dict[str, object]:
    report, _ = import_bytes(text.encode(), "某某区发改局.txt")
    return {a: report.cells.get(a) for a in CELLS if a not in report.missing}


@pytest.mark.parametrize("heading", ["(一)总体情况", "（一）总体情况", "（一） 总体情况"])
def test_the_first_part_numbered_as_an_item_is_read_as_the_overview(heading: str) -> None:
    assert _read(TITLE + PREAMBLE + heading + "\n" + ITEMS) == {CELLS[0]: 7, CELLS[1]: 0, CELLS[2]: 0, CELLS[3]: 0}


@pytest.mark.parametrize("heading", ["（一）总体情况良好，各项工作有序推进。", "（二）总体情况", "(一)工作情况"])
def test_what_is_no_such_heading_leaves_the_copy_as_the_preamble(heading: str) -> None:
    assert _read(TITLE + PREAMBLE + heading + "\n" + ITEMS) == {}


def test_the_words_above_the_heading_stay_the_preamble() -> None:
    above = "2022年度共收到政府信息公开申请7件，全年未发生因政府信息公开被行政复议、提起行政诉讼情况。\n"
    assert _read(TITLE + PREAMBLE + above + "（一）总体情况\n1.主动公开。我单位2022年主动公开政府信息总计65条。\n2.依") == {}
