"""The county's desk (汇总): collect units from folders, check them across units, sum them, list
the problems. Sums are checked against totals computed here straight from the units' cells."""

from __future__ import annotations

import io
import json
import random
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import clean_report
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from tiers import scaled

from core import calc, storage
from core.cli import main
from core.commands import SetCell, SetText
from core.county.aggregate import aggregate, compare, refresh
from core.county.checklist import checklist_xlsx
from core.county.collect import collect
from core.county.model import Unit
from core.findings import ERROR
from core.forms import Form
from core.registry import get_form
from core.report import AGGREGATED, Report
from core.session import Session
from core.template_errors import TemplateError
from core.template_loader import load_template
from core.validate import validate
from core.values import NA, Value, as_number

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
APPLICANTS = ("natural", "commercial", "research", "nonprofit", "legal", "other")


def balanced(form: Form, year: int, organ: str, pick: Any) -> Report:
    """A clean report whose input cells are ``pick(kind)`` numbers, 表三 made to balance (新收 +
    上年结转 = 办理结果 + 结转下年度 in every column), totals derived by ``calc.recompute_all``."""
    report = clean_report(form.format, year, organ)
    table = form.table("requests")
    results = [r for r in table.groups["results"] if not table.row(r).legacy]
    for address in form.input_addresses():
        kind = form.kind_of(address)
        report.cells[address] = pick(kind) if not address.startswith("requests/") else 0
    for col in APPLICANTS:
        for r in results:
            report.cells[f"requests/{r}/{col}"] = pick("count")
        report.cells[f"requests/4/{col}"] = pick("count")
        forward = int(report.number(f"requests/4/{col}"))
        decided = sum(int(report.number(f"requests/{r}/{col}")) for r in results) + forward
        carried = min(int(as_number(pick("count"))), decided)
        report.cells[f"requests/2/{col}"] = carried
        report.cells[f"requests/1/{col}"] = decided - carried
    calc.recompute_all(report)
    return report


def rng_pick(rng: random.Random) -> Any:
    def pick(kind: str) -> Value:
        if kind == "money":
            return Decimal(rng.randint(0, 10 ** 8)).scaleb(-rng.randint(0, 6))
        if kind == "change":
            return rng.randint(-20, 20)
        return rng.choice([0, 0, rng.randint(0, 50), rng.randint(0, 5000)])
    return pick


def write_units(folder: Path, fmt: str, n: int, seed: int = 1, year: int | None = None) -> list[Report]:
    form = get_form(fmt)
    year = year or (2024 if fmt == "2021" else 2020)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    reports = []
    for i in range(n):
        report = balanced(form, year, f"第{i + 1}镇人民政府", rng_pick(rng))
        storage.save(report, folder / f"unit{i + 1:03d}.nianbao")
        reports.append(report)
    return reports


def independent_sum(reports: list[Report], address: str) -> Value:
    """What the aggregate must hold, from the units' cells alone: the sum of the numbers ("/" and
    blank add nothing); "/" when no unit gave a number but some gave "/"; blank when none gave either."""
    values = [r.cells.get(address) for r in reports]
    numbers = [v for v in values if v is not None and v is not NA]
    if numbers:
        total = sum(numbers, Decimal(0)) if any(isinstance(v, Decimal) for v in numbers) else sum(numbers)
        assert isinstance(total, (int, Decimal))
        return total
    return NA if any(v is NA for v in values) else None


NOT_SUMMED = {"2021": (), "2019": ("/prev_items", "/change")}
"""Cells the templates leave for the county to fill (without last year's aggregate): typed out here."""


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_aggregate_equals_the_sum_of_the_units_cells(tmp_path: Path, fmt: str) -> None:
    reports = write_units(tmp_path / "units", fmt, 12, seed=7)
    collection = collect([tmp_path / "units"])
    assert collection.format == fmt and len(collection.summed()) == 12
    assert all(u.export_ready and u.errors == 0 for u in collection.units)
    agg = aggregate(collection.summed(), "某某县人民政府", collection.year or 0, fmt)
    form = get_form(fmt)
    for address in form.cells:
        if form.is_legacy(address):
            continue
        if address.endswith(NOT_SUMMED[fmt]):
            assert agg.cells[address] is None, address
            continue
        assert agg.cells[address] == independent_sum(reports, address), address
    money = [a for a in form.input_addresses() if form.kind_of(a) == "money"]
    assert money and all(isinstance(agg.cells[a], Decimal) for a in money)
    assert not [f for f in validate(agg) if f.severity == ERROR and f.rule in expr_rules(form)]
    origin = agg.origins["requests/1/natural"]
    assert origin.kind == AGGREGATED and "第1镇人民政府" in origin.source


def test_origin_lists_units_and_values_and_notes_never_hide_a_blank(tmp_path: Path) -> None:
    form = get_form("2021")
    a, b, c = (clean_report("2021", 2024, name) for name in ("东镇", "西镇", "南镇"))
    a.cells["art20_5/license/decisions"], b.cells["art20_5/license/decisions"] = 3, 5
    c.cells["art20_5/license/decisions"] = None
    b.cells["art20_6/penalty/decisions"] = NA
    units = [Unit(Path(f"{r.organ}.nianbao"), r.organ, 2024, "2021", report=r) for r in (a, b, c)]
    agg = aggregate(units, "某县人民政府", 2024, "2021")
    assert agg.cells["art20_5/license/decisions"] == 8
    source = agg.origins["art20_5/license/decisions"].source
    assert "东镇 3" in source and "西镇 5" in source and "1 个单位未填" in source
    assert agg.cells["art20_6/penalty/decisions"] == 0
    assert any("南镇未填写" in n and "行政许可" in n for n in agg.notes)
    assert any("西镇" in n and "“/”" in n and "行政处罚" in n for n in agg.notes)
    assert agg.cells["art20_8/fees/amount"] == Decimal("2.425231") * 3
    assert form.kind_of("art20_8/fees/amount") == "money"


def test_source_is_capped_for_many_units() -> None:
    reports = [clean_report("2021", 2024, f"很长很长的机关名称第{i}号人民政府") for i in range(200)]
    units = [Unit(Path(f"u{i}.nianbao"), r.organ, 2024, "2021", report=r) for i, r in enumerate(reports)]
    agg = aggregate(units, "某县", 2024, "2021")
    source = agg.origins["requests/1/natural"].source
    assert len(source) <= 240 and "未列出" in source
    assert agg.cells["requests/1/natural"] == 19 * 200


def test_baseline_continues_last_years_aggregate() -> None:
    reports = [clean_report("2021", 2024, f"第{i}镇") for i in range(3)]
    for i, r in enumerate(reports):
        r.cells["art20_1/normative/issued"], r.cells["art20_1/normative/repealed"] = 2 + i, 1
        r.cells["art20_1/normative/in_force"] = 100
    units = [Unit(Path(f"u{i}.nianbao"), r.organ, 2024, "2021", report=r) for i, r in enumerate(reports)]
    last = clean_report("2021", 2023, "某县")
    last.cells["art20_1/normative/in_force"] = 50
    agg = aggregate(units, "某县", 2024, "2021", last=last)
    assert agg.cells["art20_1/normative/in_force"] == 50 + (2 + 3 + 4) - 3
    assert "各单位填报之和为 300" in agg.origins["art20_1/normative/in_force"].source
    assert not [f for f in validate(agg) if f.rule == "X2"]
    plain = aggregate(units, "某县", 2024, "2021")
    assert plain.cells["art20_1/normative/in_force"] == 300
    assert any("没有上年汇总报告" in n for n in plain.notes)


def test_2019_item_counts_are_left_to_the_county_without_last_years_aggregate() -> None:
    reports = [clean_report("2019", 2020, f"第{i}乡") for i in range(2)]
    units = [Unit(Path(f"u{i}.nianbao"), r.organ, 2020, "2019", report=r) for i, r in enumerate(reports)]
    agg = aggregate(units, "某县", 2020, "2019")
    assert agg.cells["art20_5/license/prev_items"] is None and agg.cells["art20_5/license/change"] is None
    assert agg.cells["art20_5/license/decisions"] == 0
    assert agg.cells["art20_9/procurement/amount"] == Decimal("543900") * 2
    assert any("上一年项目数量" in n and "未填入" in n for n in agg.notes)
    last = clean_report("2019", 2019, "某县")
    last.cells["art20_5/license/prev_items"], last.cells["art20_5/license/change"] = 30, -2
    agg = aggregate(units, "某县", 2020, "2019", last=last)
    assert agg.cells["art20_5/license/prev_items"] == 28
    assert not [f for f in validate(agg) if f.rule == "X3" and "license" in f.key]


def test_cross_unit_checks_exclude_and_name(tmp_path: Path) -> None:
    units = tmp_path / "units"
    write_units(units, "2021", 3)
    storage.save(clean_report("2021", 2023, "旧年镇"), units / "wrong-year.nianbao")
    storage.save(clean_report("2019", 2024, "旧格式镇"), units / "wrong-format.nianbao")
    storage.save(clean_report("2021", 2024, " 第2镇 人民政府"), units / "zz-duplicate.nianbao")
    (units / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (units / "notes.md").write_text("", encoding="utf-8")
    (units / "readme.rtf").write_text("x", encoding="utf-8")      # a kind reports come in: read, and refused
    for skipped in ("unit001.nianbao.bak", "~$unit.docx", ".hidden.nianbao", "x.autosave.json", "slides.pptx"):
        (units / skipped).write_text("x", encoding="utf-8")
    collection = collect([units], last_units=["第1镇人民政府", "淮安市第3镇人民政府", "西镇人民政府"])
    by_file = {u.path.name: u for u in collection.units}
    assert set(by_file) == {"unit001.nianbao", "unit002.nianbao", "unit003.nianbao", "wrong-year.nianbao",
                            "wrong-format.nianbao", "zz-duplicate.nianbao", "broken.docx", "notes.md", "readme.rtf"}
    rules = {f.rule: f for f in collection.findings}
    assert set(rules) == {"C1", "C2", "C3", "C4"}
    assert "西镇人民政府" in rules["C1"].message and collection.missing == ["西镇人民政府"]
    assert collection.findings_of(by_file["zz-duplicate.nianbao"])[0].rule == "C2"
    assert "unit002.nianbao" in rules["C2"].message
    assert collection.findings_of(by_file["wrong-year.nianbao"])[0].rule == "C3"
    assert collection.findings_of(by_file["wrong-format.nianbao"])[0].rule == "C4"
    assert rules["C3"].severity == ERROR and rules["C1"].severity != ERROR
    assert by_file["broken.docx"].problem and by_file["notes.md"].problem
    assert by_file["broken.docx"].report is None and not by_file["broken.docx"].summed
    assert [u.path.name for u in collection.summed()] == ["unit001.nianbao", "unit002.nianbao", "unit003.nianbao"]
    assert all(u.excluded for u in collection.units if not u.summed)


def test_year_and_format_asked_for_win_over_the_majority(tmp_path: Path) -> None:
    write_units(tmp_path / "a", "2021", 3)
    write_units(tmp_path / "b", "2019", 1, year=2020)
    assert collect([tmp_path / "a", tmp_path / "b"]).year == 2024
    asked = collect([tmp_path / "a", tmp_path / "b"], year=2020)
    assert asked.format == "2019" and [u.organ for u in asked.summed()] == ["第1镇人民政府"]
    assert {f.rule for f in asked.findings} == {"C3"}


def test_published_files_and_subfolders_are_read(tmp_path: Path) -> None:
    from core.exporters import render

    units = tmp_path / "units"
    (units / "东镇").mkdir(parents=True)
    (units / "东镇" / "deeper").mkdir()
    east = clean_report("2021", 2024, "东镇人民政府")
    (units / "东镇" / "东镇2024.docx").write_bytes(render(east, "docx"))
    west = clean_report("2021", 2024, "西镇人民政府")
    (units / "西镇2024.xlsx").write_bytes(render(west, "xlsx"))
    storage.save(clean_report("2021", 2024, "深层镇"), units / "东镇" / "deeper" / "too-deep.nianbao")
    collection = collect([units])
    assert sorted(u.organ for u in collection.summed()) == ["东镇人民政府", "西镇人民政府"]
    agg = aggregate(collection.summed(), "某县", 2024, "2021")
    assert agg.cells["requests/1/natural"] == 38


def test_the_aggregate_in_the_folder_is_not_a_unit(tmp_path: Path) -> None:
    write_units(tmp_path, "2021", 2)
    collection = collect([tmp_path])
    storage.save(aggregate(collection.summed(), "某县", 2024, "2021"), tmp_path / "汇总.nianbao")
    again = collect([tmp_path])
    assert len(again.summed()) == 2
    assert [u.excluded for u in again.units if u.path.name == "汇总.nianbao"] == ["这是汇总报告，不是单位的报告"]


def test_real_fixtures_sum_as_their_cells_say(tmp_path: Path) -> None:
    collection = collect([FIXTURES / "samples", FIXTURES / "seeds"], year=2024)
    summed = collection.summed()
    assert sorted(u.path.name for u in summed) == ["hongze-district-2024.nianbao", "huaian-city-2024.nianbao"]
    assert {f.rule for f in collection.findings} == {"C3"}
    agg = aggregate(summed, "淮安市（测试）", 2024, "2021")
    reports = [u.report for u in summed if u.report is not None]
    for address in agg.form.input_addresses():
        assert agg.cells[address] == independent_sum(reports, address), address
    assert any("按旧格式填写" in n for n in agg.notes) == any(
        r.cells.get(a) not in (None, NA) for r in reports for a in r.form.cells
        if r.form.is_legacy(a) and not r.form.is_computed(a))
    seeds = collect([FIXTURES / "seeds"], year=2020)
    assert seeds.format == "2019" and len(seeds.summed()) == 4
    agg = aggregate(seeds.summed(), "宁夏（测试）", 2020, "2019")
    reports = [u.report for u in seeds.summed() if u.report is not None]
    for address in agg.form.input_addresses():
        expected = None if address.endswith(NOT_SUMMED["2019"]) else independent_sum(reports, address)
        assert agg.cells[address] == expected, address
    validate(agg)


def test_recollecting_after_a_correction_shows_what_changed(tmp_path: Path) -> None:
    write_units(tmp_path / "units", "2021", 4)
    first = collect([tmp_path / "units"])
    agg = aggregate(first.summed(), "某县", 2024, "2021")
    session = Session(agg)
    session.execute(SetText("1", "县里写的总体情况"))
    session.execute(SetCell("art20_1/rules/in_force", 7))
    path = storage.save(agg, tmp_path / "汇总.nianbao")
    unit = storage.load(tmp_path / "units" / "unit002.nianbao")
    Session(unit).execute(SetCell("appeals/review/upheld", unit.number("appeals/review/upheld") + 4))
    storage.save(unit, tmp_path / "units" / "unit002.nianbao")
    second = collect([tmp_path / "units"])
    fresh = aggregate(second.summed(), "某县", 2024, "2021")
    changed = {a: (before, after) for a, before, after in compare(agg, fresh)}
    old = agg.cells["appeals/review/upheld"]
    assert isinstance(old, int)
    assert changed["appeals/review/upheld"] == (old, old + 4)
    assert "appeals/review/total" in changed and "art20_1/rules/in_force" in changed
    existing = storage.load(path)
    applied = {a for a, _, _ in refresh(existing, second.summed())}
    assert applied == {"appeals/review/upheld", "appeals/review/total"}
    assert existing.texts["1"] == "县里写的总体情况" and existing.cells["art20_1/rules/in_force"] == 7
    assert "第2镇人民政府" in existing.origins["appeals/review/upheld"].source
    assert any("手工填写" in n for n in existing.notes)


def test_checklist_lists_every_unit_and_finding(tmp_path: Path) -> None:
    units = tmp_path / "units"
    write_units(units, "2021", 2)
    broken = clean_report("2021", 2024, "错镇")
    broken.cells["requests/4/natural"] = 99
    calc.recompute_all(broken)
    storage.save(broken, units / "broken-sums.nianbao")
    storage.save(clean_report("2021", 2023, "旧年镇"), units / "old.nianbao")
    (units / "garbage.pdf").write_bytes(b"%PDF-1.4 nothing here")
    collection = collect([units], last_units=["西镇"])
    book = load_workbook(io.BytesIO(checklist_xlsx(collection)))
    assert book.sheetnames == ["问题清单", "汇总"]
    table = [tuple(str(c or "") for c in row) for row in book["问题清单"].iter_rows(values_only=True)]
    assert table[0][:9] == ("单位", "文件", "年度", "格式", "级别", "规则", "内容", "依据", "涉及单元格")
    unit = next(u for u in collection.units if u.organ == "错镇")
    own = [r for r in table if r[1] == "broken-sums.nianbao"]
    assert len(own) == len(unit.findings) and any(r[5] == "R1" and r[4] == "错误" and r[7] for r in own)
    assert any(r[5] == "R1" and "自然人" in r[8] for r in own)
    assert any(r[1] == "old.nianbao" and r[5] == "C3" for r in table)
    assert any(r[1] == "garbage.pdf" and r[5] == "无法读取" and r[6] for r in table)
    assert any(r[0] == "西镇" and r[5] == "C1" for r in table)
    summary = [tuple(row) for row in book["汇总"].iter_rows(values_only=True)]
    flat = [str(c) for row in summary for c in row if c is not None]
    assert "R1" in flat and "C1" in flat and "错镇" in flat and "第1镇人民政府" in flat


def test_cli_collects_sums_writes_and_lists_changes(tmp_path: Path) -> None:
    units = tmp_path / "units"
    write_units(units, "2021", 3)
    (tmp_path / "last.txt").write_bytes("第1镇人民政府\n# 注释\n北镇\n".encode("gb18030"))
    out_file, checklist = tmp_path / "汇总.nianbao", tmp_path / "清单.xlsx"
    code, out, err = run("collect", str(units), "--last-units", str(tmp_path / "last.txt"), "--organ", "某县人民政府",
                         "--out", str(out_file), "--checklist", str(checklist))
    assert code == 0, err
    assert "计入汇总 3 个" in out and "[C1]" in out and "北镇" in out and "问题清单已写入" in out
    assert storage.load(out_file).organ == "某县人民政府" and checklist.exists()
    unit = storage.load(units / "unit003.nianbao")
    Session(unit).execute(SetCell("appeals/review/pending", unit.number("appeals/review/pending") + 2))
    storage.save(unit, units / "unit003.nianbao")
    code, out, err = run("collect", str(units), "--previous", str(out_file))
    assert code == 0, err
    assert "2 个单元格有变化" in out and "表四 行政复议" in out and "尚未审结" in out
    code, out, err = run("collect", str(units), "--out", str(out_file), "--json")
    assert code == 0, err
    record = json.loads(out)
    assert {c["cell"] for c in record["changes"]} == {"appeals/review/pending", "appeals/review/total"}
    assert record["aggregate"]["units"] == 3 and len(record["units"]) == 3
    assert (tmp_path / "汇总.nianbao.bak").exists()


def test_cli_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert run("collect", str(tmp_path / "empty"))[0] == 2
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "a.pdf").write_bytes(b"%PDF-1.4 junk")
    code, out, err = run("collect", str(tmp_path / "junk"))
    assert code == 2 and "a.pdf" in out and "没有读取到任何报告" in err
    assert run("collect", str(tmp_path / "empty"), "--format", "2099")[0] == 2
    write_units(tmp_path / "units", "2021", 1)
    code, _, err = run("collect", str(tmp_path / "units"), "--out", str(tmp_path / "nowhere" / "x.nianbao"))
    assert code == 2 and err
    shutil.copy(FIXTURES / "samples" / "huaian-city-2024.nianbao", tmp_path / "units")
    assert run("collect", str(tmp_path / "units"))[0] == 0


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def expr_rules(form: Form) -> set[str]:
    return {r.id for r in form.rules if r.kind == "expr"}


NUMBERS = st.lists(st.one_of(st.just(0), st.integers(0, 30), st.integers(0, 10 ** 11)), min_size=200, max_size=200)
"""One unit's raw numbers, drawn at once (a draw per cell makes the test ten times slower)."""


def picker(raw: list[int]) -> Any:
    """Numbers of each kind from ``raw``: money with 0–6 decimals, signed changes, counts (a few "/")."""
    numbers = iter(raw)

    def pick(kind: str) -> Value:
        x = next(numbers)
        if kind == "money":
            return Decimal(x).scaleb(-(x % 7))
        if kind == "change":
            return x % 2001 - 1000
        return NA if x % 23 == 22 else x % 100_000
    return pick


@settings(max_examples=scaled(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fmt=st.sampled_from(["2021", "2019"]), raws=st.lists(NUMBERS, min_size=1, max_size=6))
def test_summing_clean_units_never_breaks_the_arithmetic(fmt: str, raws: list[list[int]]) -> None:
    form = get_form(fmt)
    year = 2024 if fmt == "2021" else 2020
    units = []
    for i, raw in enumerate(raws):
        report = balanced(form, year, f"第{i}单位", picker(raw))
        assert not [f for f in validate(report) if f.rule in expr_rules(form)]
        units.append(Unit(Path(f"u{i}.nianbao"), report.organ, year, fmt, report=report))
    agg = aggregate(units, "某县", year, fmt)
    assert not [f for f in validate(agg) if f.rule in expr_rules(form) and f.severity == ERROR]


def test_template_entries_are_checked_at_load(tmp_path: Path) -> None:
    def load(change: Any) -> None:
        data = json.loads((TEMPLATES / "2021.json").read_text(encoding="utf-8"))
        shared = json.loads((TEMPLATES / "shared.json").read_text(encoding="utf-8"))
        change(data, shared)
        (tmp_path / "shared.json").write_text(json.dumps(shared, ensure_ascii=False), encoding="utf-8")
        (tmp_path / "2021.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        load_template(tmp_path / "2021.json", tmp_path / "shared.json")

    load(lambda d, s: None)
    cases = [
        (lambda d, s: d["aggregate"]["cells"][0].update(cells="art20_1/*/nothing"), "不对应任何可填写的单元格"),
        (lambda d, s: d["aggregate"]["cells"][0].update(how="maybe"), "how"),
        (lambda d, s: d["aggregate"]["cells"][0].update(why=" "), "why"),
        (lambda d, s: d["aggregate"]["cells"][0].pop("expr"), "expr"),
        (lambda d, s: d["aggregate"]["cells"].append({"cells": "art20_1/rules/*", "how": "blank", "why": "x"}),
         "已由前面的条目规定"),
        (lambda d, s: s["collect"]["rules"][0].update(severity="error"), "至多为 warning"),
        (lambda d, s: s["collect"]["rules"][1].update(message="{organ}{unit}"), "{unit}"),
        (lambda d, s: s["collect"]["rules"].pop(), "缺少汇总检查“C4”"),
    ]
    for change, said in cases:
        with pytest.raises(TemplateError, match=said):
            load(change)


def test_unreadable_project_file_is_a_row_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_units(tmp_path, "2021", 1)
    (tmp_path / "damaged.nianbao").write_text("{", encoding="utf-8")

    def explode(path: Any, follow: bool = True) -> Report:
        raise RuntimeError("boom")

    collection = collect([tmp_path])
    damaged = next(u for u in collection.units if u.path.name == "damaged.nianbao")
    assert damaged.problem and damaged.report is None
    monkeypatch.setattr("core.county.collect.read_report", explode)
    units = collect([tmp_path]).units
    assert all(u.problem.endswith("（内容无法解析）") for u in units)
