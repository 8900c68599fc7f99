"""The one view out: every official table as rectangles of CellViews, exactly covering the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import clean_last_year, clean_report

from core import storage
from core.commands import SetCell
from core.outline import text_blocks
from core.registry import get_form
from core.report import PRINTED
from core.session import Session
from core.sheet import COMPUTED, HEADER, INPUT, LABEL, LEGACY, TableView, table_view, table_views
from core.validate import validate
from core.values import NA

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def coverage(view: TableView) -> dict[tuple[int, int], int]:
    seen: dict[tuple[int, int], int] = {}
    for c in view.cells:
        for i in range(c.row_span):
            for j in range(c.col_span):
                seen[(c.row + i, c.col + j)] = seen.get((c.row + i, c.col + j), 0) + 1
    return seen


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_views_cover_every_grid_position_once_with_the_templates_spans(fmt: str) -> None:
    report = clean_report(fmt)
    form = report.form
    views = table_views(report, validate(report))
    assert [v.id for v in views] == [t.id for t in form.tables]
    for view, table in zip(views, form.tables, strict=True):
        seen = coverage(view)
        assert set(seen.values()) == {1} and len(seen) == view.n_rows * view.n_cols == table.grid_rows * table.grid_cols
        spans = sorted((c.row, c.col, c.row_span, c.col_span, "" if c.address else c.text, c.address)
                       for c in view.cells)
        assert spans == sorted((g.r, g.c, g.rs, g.cs, g.text, g.address) for g in table.grid)
        addresses = [c.address for c in view.cells if c.address]
        assert sorted(addresses) == sorted(table.addresses(include_legacy=False))
        for c in view.cells:
            assert view.at(c.row, c.col) is c


def test_roles_editability_and_text_as_printed() -> None:
    report = clean_report("2021")
    report.cells["art20_5/license/decisions"] = NA
    view = table_view(report, "requests")
    assert view.at(0, 0).role == HEADER and "勾稽关系" in view.at(0, 0).text
    assert view.at(3, 0).role == LABEL and view.at(3, 0).text == "一、本年新收政府信息公开申请数量"
    natural = view.by_address("requests/1/natural")
    assert natural is not None and natural.role == INPUT and natural.editable and natural.text == "19"
    total = view.by_address("requests/3.7/natural")
    assert total is not None and total.role == COMPUTED and not total.editable and total.origin == "computed"
    assert view.column_roles == ("label",) * 3 + ("value",) * 7
    assert table_view(report, "art20_5").by_address("art20_5/license/decisions").text == "/"  # type: ignore[union-attr]
    fee = table_view(report, "art20_8").by_address("art20_8/fees/amount")
    assert fee is not None and fee.text == "2.425231" and fee.unit == "万元" and fee.kind == "money"


def test_views_carry_the_short_names_tabs_use() -> None:
    names = {v.id: (v.name, v.brief) for v in table_views(clean_report("2021"), [])}
    assert names["art20_1"] == ("表二第二十条第（一）项", "表二（一）")
    assert names["requests"] == ("表三", "表三")


def test_printed_totals_are_editable_and_findings_mark_their_cells() -> None:
    report = clean_report("2021")
    report.totals = PRINTED
    session = Session(report)
    session.execute(SetCell("requests/1/total", 30))
    view = table_view(report, "requests", session.findings)
    total = view.by_address("requests/1/total")
    assert total is not None and total.editable and total.origin == "overridden"
    assert total.severity == "error" and any("总计填 30" in m for m in total.messages)
    clean = view.by_address("requests/3.3.1/natural")
    assert clean is not None and clean.severity == "" and clean.messages == ()


def test_last_year_value_and_change_beside_each_cell() -> None:
    report = clean_report("2021")
    report.last_year = clean_last_year(report)
    view = table_view(report, "art20_1")
    cell = view.by_address("art20_1/normative/in_force")
    assert cell is not None and (cell.text, cell.last_text, cell.change_text) == ("8", "5", "+3")
    same = view.by_address("art20_1/rules/in_force")
    assert same is not None and same.change_text == "0"


def test_a_printed_legacy_row_replaces_the_rows_it_stands_for() -> None:
    report = storage.load(FIXTURES / "samples" / "hongze-district-2023.nianbao")
    view = table_view(report, "requests", validate(report))
    form_table = report.form.table("requests")
    assert view.n_rows == form_table.grid_rows - 2
    seen = coverage(view)
    assert set(seen.values()) == {1} and len(seen) == view.n_rows * view.n_cols
    legacy = [c for c in view.cells if c.role == LEGACY]
    assert sorted(c.address for c in legacy) == sorted(form_table.address("3.6", c.id) for c in form_table.cols)
    assert all(not c.editable and c.severity == "error" for c in legacy)  # L1
    label = view.at(legacy[0].row, 1)
    assert label.text == "（六）其他处理" and label.col_span == 2
    assert not any(c.address.startswith("requests/3.6.") for c in view.cells)
    results = next(c for c in view.cells if c.text == "三、本年度办理结果")
    assert results.row_span == 20


def test_missing_cells_say_why() -> None:
    report = clean_report("2021")
    report.cells["requests/2/other"] = None
    report.missing["requests/2/other"] = "网页表格缺少“其他”列"
    cell = table_view(report, "requests", validate(report)).by_address("requests/2/other")
    assert cell is not None and cell.missing == "网页表格缺少“其他”列" and cell.severity == "info"


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_text_blocks_follow_the_printing_order(fmt: str) -> None:
    report = clean_report(fmt)
    report.texts["1.2"] = "依申请公开情况。"
    blocks = text_blocks(report)
    assert blocks[0].id == "preamble" and blocks[1].heading == "一、总体情况"
    ids = [b.id for b in blocks]
    assert ids.index("1.2") == ids.index("1") + 2 and blocks[ids.index("1.2")].text == "依申请公开情况。"
    assert blocks[ids.index("2")].tables == tuple(t.id for t in get_form(fmt).tables if t.section == "2")


def test_check_tables_prints_the_sheet_views_with_marks(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, str(root / "main.py"), "check", "--tables",
                           str(FIXTURES / "samples" / "hongze-district-2023.nianbao")],
                          capture_output=True, text=True, cwd=tmp_path)
    out = proc.stdout
    assert proc.returncode == 1
    assert "表三 三、收到和处理政府信息公开申请情况" in out
    lines = out.splitlines()
    new = next(line for line in lines if line.startswith("一、本年新收政府信息公开申请数量"))
    assert new.split()[1:] == ["21", "0", "0", "0", "0", "0", "21"]
    legacy = next(line for line in lines if line.startswith("三、本年度办理结果 （六）其他处理"))
    assert legacy.split()[-1] == "0✗"  # the 2019 row printed in a 2021 table: L1
    assert "复议后起诉/总计" in out and "行政处罚" in out
