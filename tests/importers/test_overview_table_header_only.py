"""A copy that stops in 表三's header, before any row, holds no value of it: the overview's words
(收到申请…件, 上年结转…件) are read for its cells as for a table not printed. A copy that stops after
some of 表三's rows keeps them, the rest unread — the words are not read over a table that was printed."""

from __future__ import annotations

from core.importers.text import import_text
from importers.files import fixture, table_text

OVERVIEW = ["一、总体情况", "（二）依申请公开", "2024年，本机关共收到政府信息公开申请3119件，上年结转34件。"]


def _cut_in_table_three(rows: int) -> str:
    """The sample's copy, an overview saying its requests added after the title, cut ``rows`` rows into 表三."""
    lines = table_text(fixture("samples/huaian-city-2024"), "tab").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("一、本年新收"))
    return "\n".join(lines[:2] + OVERVIEW + lines[2:first + rows])


def test_a_table_printed_with_no_row_is_read_from_the_overview() -> None:
    got, log = import_text(_cut_in_table_three(0), "x.txt")
    assert got.cells["requests/1/total"] == 3119 and got.cells["requests/2/total"] == 34
    assert "requests/1/total" not in got.missing
    assert got.cells.get("requests/1/natural") is None and "requests/1/natural" in got.missing
    assert "requests/3.1/total" in got.missing
    assert any("总体情况" in n and "3119" in n for n in log.notes), log.notes


def test_a_table_cut_after_some_rows_keeps_them_and_reads_no_words_over_it() -> None:
    got, log = import_text(_cut_in_table_three(1), "x.txt")
    assert got.cells["requests/1/natural"] == 3001 and got.cells["requests/1/total"] == 3119
    assert "requests/2/total" in got.missing                   # (its row cut off: the words not read for it)
    assert not any("总体情况" in n and "上年结转" in n for n in log.notes), log.notes


def test_a_copy_stopping_in_table_twos_header_still_counts_as_printing_tables() -> None:
    """Cut in 表二's header, every table holds no value, but the copy printed the tables' start: "办结N件"
    is not read for 三（七）, as for any copy printing a table (what a person checked, issue 17)."""
    lines = table_text(fixture("samples/huaian-city-2024"), "tab").split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("信息内容"))
    said = ["一、总体情况", "（二）依申请公开", "本年度收到依申请公开申请0件，办结公开申请0件。"]
    got, _ = import_text("\n".join(lines[:2] + said + lines[2:header + 1]), "x.txt")
    assert got.cells["requests/1/total"] == 0
    assert "requests/3.7/total" in got.missing
