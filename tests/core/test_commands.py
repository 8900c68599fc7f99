"""Edit commands: each one's inverse restores the report exactly, totals follow, validation stays current."""

from __future__ import annotations

import copy
import random
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import clean_last_year, clean_report

from core import calc, storage
from core.commands import (
    AcceptWarning,
    AdoptComputed,
    Applied,
    Command,
    CommandError,
    Paste,
    SetCell,
    SetMeta,
    SetText,
    SetTotals,
)
from core.findings import ERROR, WARNING
from core.project_json import report_to_dict
from core.report import DERIVED, PRINTED, Report
from core.validate import Validator, validate
from core.values import NA, Value


def state(report: Report) -> dict[str, Any]:
    """Everything a report holds, with value types made visible (0 and Decimal 0 differ)."""
    d = report_to_dict(report)
    d["cells"] = {a: (type(v).__name__, str(v)) for a, v in report.cells.items()}
    return d


def roundtrip(report: Report, command: Command) -> Applied:
    before = state(report)
    applied = command.apply(report)
    applied.inverse.apply(report)
    assert state(report) == before
    return applied


@pytest.fixture()
def report() -> Report:
    r = clean_report("2021")
    r.last_year = clean_last_year(r)
    return r


@pytest.fixture()
def report2019() -> Report:
    r = clean_report("2019")
    r.last_year = clean_last_year(r)
    return r


# --- every command is undone exactly by its inverse ----------------------------------------------------

@pytest.mark.parametrize("command", [
    SetCell("requests/1/natural", 25),
    SetCell("requests/1/natural", None),
    SetCell("requests/1/natural", NA),
    SetCell("art20_8/fees/amount", Decimal("1.000001")),
    SetCell("art20_8/fees/amount", None),
    SetCell("appeals/review/corrected", 4),
    Paste([("requests/1/natural", 3), ("requests/1/research", 7), ("requests/3.2/other", NA)]),
    Paste([("requests/1/natural", 3), ("requests/1/natural", 8)]),
    SetText("5", "新的问题与改进。"),
    SetText("preamble", ""),
    SetText("3", "沿用", carried=True),
    AcceptWarning("X2@normative", "本年度清理规范性文件。", "现行有效件数不衔接"),
    SetTotals(PRINTED),
    AdoptComputed(),
    SetMeta("organ", "另一个机关"),
    SetMeta("title", "自定义标题"),
    SetMeta("year", 2025),
], ids=lambda c: re.sub(r"\W+", "-", repr(c))[:60])
def test_inverse_restores_report_exactly(report: Report, command: Command) -> None:
    roundtrip(report, command)


def test_undo_redo_chain_restores_each_state(report: Report) -> None:
    commands: list[Command] = [SetCell("requests/1/natural", 30), SetText("5", "改"), SetMeta("organ", "甲"),
                               AcceptWarning("S4@1", "已说明"), SetCell("requests/3.1/natural", 23)]
    states = [state(report)]
    inverses = []
    for c in commands:
        inverses.append(c.apply(report).inverse)
        states.append(state(report))
    redo = []
    for inv, expected in zip(reversed(inverses), reversed(states[:-1]), strict=True):
        redo.append(inv.apply(report).inverse)
        assert state(report) == expected
    for cmd, expected in zip(reversed(redo), states[1:], strict=True):
        cmd.apply(report)
        assert state(report) == expected


def test_withdrawing_an_acceptance_is_undone(report: Report) -> None:
    AcceptWarning("X2@normative", "理由").apply(report)
    roundtrip(report, AcceptWarning("X2@normative", None))
    assert report.accepted["X2@normative"].explanation == "理由"


# --- refusals -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("address", ["requests/1/total", "requests/3.7/natural", "requests/3.7/total",
                                     "appeals/review/total"])
def test_computed_cell_of_derived_report_is_refused(report: Report, address: str) -> None:
    before = state(report)
    with pytest.raises(CommandError) as e:
        SetCell(address, 5).apply(report)
    assert "合计" in str(e.value)
    assert state(report) == before


@pytest.mark.parametrize(("address", "value"), [
    ("requests/1/natural", -1), ("requests/1/natural", Decimal("1.5")), ("art20_8/fees/amount", Decimal("-1")),
    ("nowhere/1/x", 1), ("requests/1/natural", True),
])
def test_invalid_values_are_refused(report: Report, address: str, value: Any) -> None:
    before = state(report)
    with pytest.raises(CommandError):
        SetCell(address, value).apply(report)
    assert state(report) == before


def test_computed_cell_of_printed_report_can_be_typed(report: Report) -> None:
    report.totals = PRINTED
    roundtrip(report, SetCell("requests/3.7/natural", 99))
    SetCell("requests/3.7/natural", 99).apply(report)
    assert report.cells["requests/3.7/natural"] == 99


def test_paste_is_all_or_nothing(report: Report) -> None:
    before = state(report)
    for bad in [("requests/1/commercial", -2), ("requests/1/total", 5), ("requests/9/natural", 1)]:
        with pytest.raises(CommandError):
            Paste([("requests/1/natural", 40), ("requests/1/research", 4), bad, ("requests/1/legal", 1)]).apply(report)
        assert state(report) == before


def test_bad_text_section_and_meta_are_refused(report: Report) -> None:
    before = state(report)
    for command in (SetText("9", "x"), SetMeta("format", "2019"), SetMeta("year", "2025"), SetMeta("year", 1800),
                    SetMeta("organ", 5)):
        with pytest.raises(CommandError):
            command.apply(report)
    assert state(report) == before


# --- totals ---------------------------------------------------------------------------------------

def test_totals_follow_each_edit(report: Report) -> None:
    applied = SetCell("requests/3.2/natural", 10).apply(report)
    assert report.cells["requests/3.2/total"] == 10
    assert report.cells["requests/3.7/natural"] == 12 + 10 + 3
    assert report.cells["requests/3.7/total"] == 12 + 10 + 3 + 2
    assert {"requests/3.2/natural", "requests/3.2/total", "requests/3.7/natural",
            "requests/3.7/total"} <= set(applied.change.cells)
    SetCell("appeals/review/corrected", 2).apply(report)
    assert report.cells["appeals/review/total"] == 3
    Paste([("requests/1/research", 5), ("requests/1/legal", 1)]).apply(report)
    assert report.cells["requests/1/total"] == 19 + 2 + 5 + 1


def test_totals_equal_full_recompute(report: Report) -> None:
    rng = random.Random(1)
    inputs = report.form.input_addresses()
    for _ in range(100):
        address = rng.choice(inputs)
        if report.form.kind_of(address) == "count":
            SetCell(address, rng.choice([None, NA, 0, rng.randint(0, 50)])).apply(report)
    fresh = copy.deepcopy(report)
    calc.recompute_all(fresh)
    assert state(fresh) == state(report)


# --- accepted warnings ---------------------------------------------------------------------------------

def test_accept_warning_requires_explanation(report: Report) -> None:
    for blank in ("", "   ", "\n"):
        with pytest.raises(CommandError) as e:
            AcceptWarning("X2@normative", blank).apply(report)
        assert "理由" in str(e.value) or "说明" in str(e.value)
    assert report.accepted == {}


def test_accepted_warning_appears_in_findings_and_survives_save(report: Report, tmp_path: Path) -> None:
    report.cells["art20_1/normative/in_force"] = 9          # last year 5 + 3 issued - 0 repealed = 8: X2 warns
    found = [f for f in validate(report) if f.rule == "X2"]
    assert len(found) == 1 and found[0].severity == WARNING and found[0].accepted is None
    AcceptWarning(found[0].key, "  有 1 件由上级部门移交。 ", found[0].message).apply(report)
    accepted = [f for f in validate(report) if f.key == found[0].key]
    assert accepted and accepted[0].accepted == "有 1 件由上级部门移交。"
    loaded = storage.load(storage.save(report, tmp_path / "r.nianbao"))
    again = [f for f in validate(loaded) if f.key == found[0].key]
    assert again and again[0].accepted == "有 1 件由上级部门移交。"
    assert loaded.accepted[found[0].key].message == found[0].message


def test_accepting_an_error_does_not_silence_it(report: Report) -> None:
    report.totals = PRINTED
    report.cells["requests/3.7/natural"] = 1
    error = next(f for f in validate(report) if f.rule == "R2")
    AcceptWarning(error.key, "想要接受").apply(report)
    assert next(f for f in validate(report) if f.key == error.key).accepted is None


# --- printed totals ---------------------------------------------------------------------------------

def test_adopt_computed_replaces_disagreeing_printed_totals(report: Report) -> None:
    report.totals = PRINTED
    report.cells["requests/3.7/natural"] = 99            # R2
    report.cells["requests/1/total"] = 50                # R3
    report.cells["appeals/review/total"] = 7             # R4
    printed = dict(report.cells)
    rules = {f.rule for f in validate(report) if f.severity == ERROR}
    assert {"R2", "R3", "R4"} <= rules
    applied = AdoptComputed().apply(report)
    assert report.totals == DERIVED
    assert not {f.rule for f in validate(report)} & {"R2", "R3", "R4"}
    assert report.cells["requests/3.7/natural"] == 18 and report.cells["requests/1/total"] == 21
    assert report.cells["appeals/review/total"] == 1
    assert {"requests/3.7/natural", "requests/1/total", "appeals/review/total"} <= set(applied.change.cells)
    applied.inverse.apply(report)
    assert report.totals == PRINTED
    assert report.cells == printed
    assert {"R2", "R3", "R4"} <= {f.rule for f in validate(report) if f.severity == ERROR}


# --- carried prose --------------------------------------------------------------------------------

def test_editing_carried_text_clears_the_flag(report: Report) -> None:
    report.carried_texts.add("5")
    s7 = [f for f in validate(report) if f.rule == "S7"]
    assert len(s7) == 1 and s7[0].severity == WARNING
    applied = SetText("5", report.texts["5"] + "本年新增整改措施。").apply(report)
    assert "5" not in report.carried_texts
    assert not [f for f in validate(report) if f.rule == "S7"]
    applied.inverse.apply(report)
    assert "5" in report.carried_texts
    assert [f.key for f in validate(report) if f.rule == "S7"] == [s7[0].key]


# --- incremental validation ---------------------------------------------------------------------------

def _random_command(rng: random.Random, report: Report) -> Command:
    form = report.form
    inputs = form.input_addresses()
    every = list(form.cells)
    sections = ["preamble"] + [s.id for s in form.sections]

    def value_for(address: str) -> Value:
        kind = form.kind_of(address)
        roll = rng.random()
        if roll < 0.1:
            return None
        if roll < 0.2:
            return NA
        if kind == "money":
            return Decimal(rng.randint(0, 10**7)) / Decimal(10**6)
        if kind == "change":
            return rng.randint(-5, 5)
        return rng.randint(0, 30) if roll < 0.97 else -1      # an occasional refused value

    pick = rng.random()
    if pick < 0.45:
        address = rng.choice(every if report.totals == PRINTED else inputs)
        return SetCell(address, value_for(address))
    if pick < 0.6:
        return Paste([(a, value_for(a)) for a in rng.sample(inputs, rng.randint(1, 6))])
    if pick < 0.7:
        sid = rng.choice(sections)
        text = rng.choice(["", "本年度无。", report.texts.get(sid, "") + "补充。", "收费 0 元。"])
        return SetText(sid, text, carried=rng.random() < 0.3)
    if pick < 0.8:
        findings = [f for f in validate(report) if f.severity == WARNING]
        key = rng.choice(findings).key if findings and rng.random() < 0.8 else "X2@rules"
        return AcceptWarning(key, rng.choice(["理由一", "理由二", None]))
    if pick < 0.87:
        return SetTotals(PRINTED) if rng.random() < 0.5 else AdoptComputed()
    field, value = rng.choice([("organ", "某某镇人民政府"), ("organ", "另一机关"), ("year", report.year + 1),
                               ("year", report.year - 1), ("year", 2019), ("title", ""), ("title", "2030年报告")])
    return SetMeta(field, value)


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_validator_update_matches_fresh_validate(fmt: str) -> None:
    report = clean_report(fmt)
    report.last_year = clean_last_year(report)
    validator = Validator(report)
    assert validator.findings() == validate(report) == []
    rng = random.Random(20240601 + int(fmt))
    undo: list[Command] = []
    done = refused = 0
    for step in range(200):
        if undo and rng.random() < 0.2:
            command = undo.pop()
        else:
            command = _random_command(rng, report)
        try:
            applied = command.apply(report)
        except CommandError:
            refused += 1
            assert validator.findings() == validate(report)
            continue
        done += 1
        undo.append(applied.inverse)
        incremental = validator.update(applied.change.reads())
        fresh = validate(report)
        assert incremental == fresh, f"step {step}: {command!r}"
    assert done > 150 and refused > 0
