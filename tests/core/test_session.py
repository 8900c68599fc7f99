"""The one door in: every edit through ``Session.execute`` keeps findings equal to a fresh validation."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

import pytest
from builders import clean_last_year, clean_report
from tiers import scaled

from core import storage
from core.commands import AcceptWarning, Command, CommandError, Paste, SetCell, SetLastYear, SetMeta, SetText, SetTotals
from core.journal import Journal, pending, recover
from core.project_json import report_to_dict
from core.report import CARRIED, DERIVED, OVERRIDDEN, PRINTED, TYPED, Origin, Report
from core.session import Session
from core.validate import validate
from core.values import NA, Value

CORE = Path(__file__).resolve().parents[2] / "core"


def state(report: Report) -> dict[str, object]:
    d = report_to_dict(report)
    d["cells"] = {a: (type(v).__name__, str(v)) for a, v in report.cells.items()}
    return d


def random_command(rng: random.Random, report: Report) -> Command:
    form = report.form
    inputs = form.input_addresses()
    roll = rng.random()

    def value(address: str) -> Value:
        kind = form.kind_of(address)
        pick = rng.random()
        if pick < 0.1:
            return None
        if pick < 0.15:
            return NA
        if kind == "money":
            return Decimal(rng.randrange(0, 10 ** 7)) / 1000
        if kind == "change":
            return rng.randrange(-20, 20)
        return rng.randrange(0, 40) if pick < 0.97 else 3_000_000

    if roll < 0.6:
        address = rng.choice(inputs)
        origin = rng.choice([None, None, Origin(CARRIED, "上年")])
        return SetCell(address, value(address), origin)
    if roll < 0.7:
        chosen = rng.sample(inputs, 4)
        return Paste([(a, value(a)) for a in chosen])
    if roll < 0.8:
        key = rng.choice(report.form.text_keys())
        return SetText(key, rng.choice(["", "无", "本机关未收取信息处理费。", "统计期限自2023年1月1日起至2023年12月31日止"]),
                       carried=rng.random() < 0.3)
    if roll < 0.85:
        return SetTotals(rng.choice([DERIVED, PRINTED]))
    if roll < 0.9:
        return SetMeta("year", rng.choice([report.year, 2020, 2024]))
    if roll < 0.95:
        findings = validate(report)
        warnings = [f for f in findings if f.severity == "warning"]
        if warnings:
            return AcceptWarning(rng.choice(warnings).key, "已核实")
        return SetMeta("organ", rng.choice(["某某镇人民政府", "另一个镇人民政府"]))
    return SetLastYear(rng.choice([None, clean_last_year(report)]))


@pytest.mark.parametrize("fmt,seed", [("2021", 1), ("2019", 2)])
def test_random_edits_and_undos_keep_findings_equal_to_fresh_validation(fmt: str, seed: int) -> None:
    rng = random.Random(seed)
    report = clean_report(fmt)
    session = Session(report, last_year=clean_last_year(report))
    undo: list[tuple[Command, dict[str, object]]] = []
    executed = 0
    for _ in range(scaled(2000)):
        if undo and rng.random() < 0.3:
            inverse, before = undo.pop()
            result = session.execute(inverse)
            assert state(report) == before, "undo did not restore the report exactly"
        else:
            before = state(report)
            try:
                result = session.execute(random_command(rng, report))
            except CommandError:
                assert state(report) == before, "a refused command changed the report"
                continue
            undo.append((result.inverse, before))
            executed += 1
        assert result.findings == validate(report) == session.findings
    assert executed > scaled(2000) // 2
    while undo:
        inverse, before = undo.pop()
        session.execute(inverse)
        assert state(report) == before


def test_execute_reports_inverse_change_and_findings() -> None:
    session = Session(clean_report("2021"))
    result = session.execute(SetCell("requests/3.1/natural", 11))
    assert [f.rule for f in result.findings] == ["R1", "R1"]
    assert set(result.change.cells) >= {"requests/3.1/natural", "requests/3.7/natural", "requests/3.1/total"}
    assert session.report.origin_of("requests/3.1/natural") == Origin(TYPED)
    assert session.dirty
    again = session.execute(result.inverse)
    assert again.findings == []


def test_a_changed_printed_total_is_overridden_and_undo_restores_its_origin() -> None:
    report = clean_report("2021")
    report.totals = PRINTED
    report.origins["requests/1/total"] = Origin("imported", "x.pdf")
    session = Session(report)
    result = session.execute(SetCell("requests/1/total", 30))
    assert report.origin_of("requests/1/total") == Origin(OVERRIDDEN)
    assert [f.rule for f in result.findings] == ["R3", "R1"]  # the row and the total column
    session.execute(result.inverse)
    assert report.origin_of("requests/1/total") == Origin("imported", "x.pdf")


def test_typing_into_a_cell_not_read_makes_it_read_and_undo_makes_it_missing_again() -> None:
    report = clean_report("2021")
    report.cells["requests/3.1/natural"] = None
    report.missing["requests/3.1/natural"] = "未能读取"
    from core import calc
    calc.recompute_all(report)
    assert "requests/3.7/natural" in report.missing  # a total over a cell not read is not read
    session = Session(report)
    assert [f.rule for f in session.findings] == ["N1"]
    result = session.execute(SetCell("requests/3.1/natural", 12))
    assert report.missing == {} and result.findings == []
    session.execute(result.inverse)
    assert set(report.missing) == {"requests/3.1/natural", "requests/3.1/total", "requests/3.7/natural",
                                   "requests/3.7/total"}
    assert [f.rule for f in session.findings] == ["N1"]


def test_session_journals_every_edit_and_save_clears_it(tmp_path: Path) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    clock = [0.0]
    journal = Journal(str(path), folder=tmp_path / "data", clock=lambda: clock[0])
    session = Session(storage.load(path), journal=journal, path=path)
    session.execute(SetCell("requests/1/natural", 20))
    clock[0] += 0.5
    session.execute(SetCell("requests/1/commercial", 3))
    journal.flush()
    (found,) = pending(tmp_path / "data")
    recovered = recover(found)
    assert recovered.cells["requests/1/natural"] == 20 and recovered.cells["requests/1/commercial"] == 3
    session.save()
    assert pending(tmp_path / "data") == [] and not session.dirty
    assert storage.load(path).cells["requests/1/commercial"] == 3


def test_nothing_outside_commands_and_calc_writes_report_cells() -> None:
    """The one door in: cells change only in commands (applied through the session) and calc."""
    # A report is named report, last, last_year… in core; importers' own parse tables (res.cells)
    # are not reports and build a Report through its constructor.
    report = r"\b(\w*report\w*|last\w*)"
    writes = re.compile(report + r"\.cells\[[^\]]+\]\s*=[^=]|" + report + r"\.cells\.(update|pop|setdefault|clear)\(|"
                        + report + r"\.missing\[[^\]]+\]\s*=[^=]")
    offenders = []
    for path in CORE.rglob("*.py"):
        if path.name in ("commands.py", "calc.py", "report.py"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if writes.search(line):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert offenders == []
