"""Rows a source prints without numbers (issue 17): a blank form copied one cell per line, whose empty
cells the copy dropped, reads blank, not unread; a row a table leaves out while printing the rows
after it (a township's 表二 with no 规章 row) reads blank with a note; neither when the copy may have
lost the numbers — a crawl that kept each line only the first time it occurred, a copy cut short,
a count printed with its unit."""

from __future__ import annotations

import pytest

from core.importers.confidence import DOUBT, confidence
from core.importers.text import import_text
from core.registry import get_form
from core.report import Report, blank_report
from core.validate import validate
from importers.files import differences, fixture, table_text

FILLED = "seeds/003_bd56896d5bf88536"


def _blank_form(fmt: str) -> tuple[Report, str]:
    report = blank_report(get_form(fmt), 2023, "某镇人民政府")
    return report, table_text(report, "lines")


def _table_cells(report: Report, *prefixes: str) -> list[str]:
    return [a for t in report.form.tables if t.id.startswith(prefixes) for a in t.addresses(include_legacy=False)]


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_a_blank_form_copied_one_cell_per_line_reads_blank(fmt: str) -> None:
    report, text = _blank_form(fmt)
    assert "规章\n" in text and "\n0\n" not in text       # labels only: every empty cell dropped
    got, log = import_text(text, "x.txt")
    cells = _table_cells(got, "art20", "requests")
    assert [a for a in cells if a in got.missing] == []
    assert all(got.cells.get(a) is None for a in cells)
    assert any("没有印出任何数字（空白表格）" in n and "表三" in n for n in log.notes), log.notes
    levels = {c.table: c.level for c in confidence(got, validate(got))}
    assert levels["requests"] == DOUBT and levels["art20_1"] == DOUBT    # told, shown for confirmation


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_a_crawl_that_dropped_repeated_lines_leaves_label_only_rows_unread(fmt: str) -> None:
    """Every line kept only the first time: a label with nothing after it may have lost its noughts."""
    _, text = _blank_form(fmt)
    kept = "\n".join(dict.fromkeys(text.splitlines())) + "\n"
    got, log = import_text(kept, "x.txt")
    cells = _table_cells(got, "art20", "requests")
    assert all(a in got.missing for a in cells)
    assert not any("空白表格" in n for n in log.notes)


def test_a_blank_form_cut_short_reads_blank_only_the_rows_it_printed() -> None:
    _, text = _blank_form("2021")
    cut = text[:text.index("（四）无法提供")] + "（四）无法提供\n1.本机关不掌握相关政府信息\n"
    got, log = import_text(cut, "x.txt")
    assert got.cells.get("requests/3.3.8/total") is None and "requests/3.3.8/total" not in got.missing
    assert "requests/3.5.1/natural" in got.missing and "requests/3.7/total" in got.missing
    assert any("印出行名的各行按空白录入" in n for n in log.notes), log.notes


def test_a_row_left_out_before_printed_rows_reads_blank_with_a_note() -> None:
    report = fixture(FILLED)
    text = table_text(report, "tab")
    rules = next(line for line in text.splitlines() if line.startswith("规章\t"))
    got, log = import_text(text.replace(rules + "\n", ""), "x.txt")
    rule_cells = [a for a in got.form.tables[0].addresses() if "/rules/" in a]
    assert rule_cells and all(a not in got.missing and got.cells.get(a) is None for a in rule_cells)
    want = {a: v for a, v in report.cells.items() if a not in rule_cells}
    assert differences(got, want) == []
    assert any("没有“规章”一行（其后各行均已读到）" in n for n in log.notes), log.notes
    table = got.form.tables[0].id
    assert {c.table: c.level for c in confidence(got, validate(got))}[table] == DOUBT


def test_a_row_left_out_at_a_tables_end_stays_unread() -> None:
    """Nothing after it in its table shows the copy went on past it."""
    report = fixture(FILLED)
    text = table_text(report, "tab")
    last = next(line for line in text.splitlines() if line.startswith(("行政规范性文件\t", "规范性文件\t")))
    got, _ = import_text(text.replace(last + "\n", ""), "x.txt")
    assert all(a in got.missing for a in got.form.tables[0].addresses() if "/normative/" in a)


def test_a_count_printed_with_its_unit_is_no_blank_table() -> None:
    text = ("某镇人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n124件\n"
            "第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n行政强制\n"
            "第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n"
            "三、收到和处理政府信息公开申请情况\n")
    got, _ = import_text(text, "x.txt")
    assert got.cells.get("art20_5/license/decisions") == 124 or "art20_5/license/decisions" in got.missing
    assert got.cells.get("art20_6/penalty/decisions") is None and "art20_6/penalty/decisions" not in got.missing


def test_rows_past_a_copys_end_are_said_to_be_past_it() -> None:
    report = fixture(FILLED)
    text = table_text(report, "tab")
    cut = text[:text.index("（四）无法提供")]
    got, _ = import_text(cut, "x.txt")
    assert got.missing["requests/3.7/total"].startswith("原文到表三“（三）不予公开 8.属于行政查询事项”一行就结束了")
    row = next(line for line in text.splitlines() if line.startswith("2.没有现成信息"))
    inside, log = import_text(text.replace(row + "\n", ""), "x.txt")    # a row left out mid-table
    assert "requests/3.4.2/total" not in inside.missing and inside.cells.get("requests/3.4.2/total") is None
    assert any("没有“（四）无法提供 2.没有现成信息需要另行制作”一行" in n for n in log.notes), log.notes
