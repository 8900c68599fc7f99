"""A run-together 表二 row the report's words narrow but do not settle: the cells every way the words
leave agrees on are read, the others are not (core/importers/settle.py). 行政规范性文件 "15221" splits
15 2 21, 15 22 1, 1 52 21, 152 2 1 …; 制定行政规范性文件15件 leaves only splits starting 15, so 本年制发件数
is 15 whatever the rest, and the rest stays not read. (Seen on a crawled 平潭 page: 行政处罚 "11910305"
and 作出行政处罚决定305起.)"""

from __future__ import annotations

import pytest

from core.importers.model import ImportLog
from core.importers.text import import_text
from core.report import Report
from importers.files import fixture, table_text

NAME = "samples/hongze-district-2023"
ROW = [f"art20_1/normative/{c}" for c in ("issued", "repealed", "in_force")]


def _import(words: str, run: str = "15221") -> tuple[Report, ImportLog]:
    """The sample report copied as one run-together page, ``words`` said before 表二, its
    行政规范性文件 row (0 5 5, printed "055") printed as ``run``."""
    report = fixture(NAME)
    assert [report.cells[a] for a in ROW] == [0, 5, 5]
    text = table_text(report, "tab")
    i = text.index("二、主动公开")
    text = text[:i] + words + "\n" + text[i:]
    flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in text.splitlines())
    assert "行政规范性文件055" in flat
    return import_text(flat.replace("行政规范性文件055", "行政规范性文件" + run, 1), "x.txt")


@pytest.mark.parametrize("words,cell,value", [
    ("本年度制定行政规范性文件15件。", "art20_1/normative/issued", 15),
    ("截至年底，现行有效行政规范性文件21件。", "art20_1/normative/in_force", 21),
])
def test_the_cell_the_words_fix_is_read_and_the_others_are_not(words: str, cell: str, value: int) -> None:
    got, log = _import(words)
    assert got.cells[cell] == value and cell not in got.missing
    assert set(ROW) - {cell} <= set(got.missing)
    assert all(got.cells.get(a) is None for a in set(ROW) - {cell})
    assert any("15221" in n and "按正文所述" in n and "无论如何分列都是 " in n and f" {value}，已读取" in n
               and "其余单元格无法确定，未读取" in n for n in log.notes), log.notes


@pytest.mark.parametrize("words", [
    "本年度依法公开政府信息。",                      # the words say nothing of the row
    "本年度制定行政规范性文件16件。",                  # a figure no split of the run gives
    "本年度清理行政规范性文件15件。",                  # 清理 is neither 制发 nor 废止 nor 现行有效
    "本年度制定规章15件。",                           # another row's figure
])
def test_words_that_fix_no_cell_of_the_row_leave_it_unread(words: str) -> None:
    got, log = _import(words)
    assert set(ROW) <= set(got.missing)
    assert all(got.cells.get(a) is None for a in ROW)
    assert any("15221" in n and "无法确定如何分列，未读取" in n for n in log.notes), log.notes


def test_words_that_leave_one_way_still_settle_the_whole_row() -> None:
    got, log = _import("本年度制发行政规范性文件15件，废止2件。")
    assert [got.cells[a] for a in ROW] == [15, 2, 21] and not set(ROW) & set(got.missing)
    assert any("15221" in n and "分为 15 2 21，请核对" in n for n in log.notes), log.notes
