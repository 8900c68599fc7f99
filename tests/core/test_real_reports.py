"""Real published reports, typed into project files, and what ``check`` must find in them.

Fixtures: ``tests/fixtures/seeds`` (five reports published as web pages) and ``tests/fixtures/samples``
(three published PDFs). Each keeps the cells exactly as printed (``"totals": "printed"``), so every
finding below is an error or omission of the real report. Tests marked ``xfail(strict=True)`` state
the correct behaviour where ``core`` is known to be wrong today; each names the defect.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Optional

import pytest

from core import storage
from core.findings import Finding
from core.registry import get_form
from core.report import PRINTED, Report
from core.validate import validate

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED_000 = "seeds/000_93aa9cedd0ce63ce"
SEED_001 = "seeds/001_3414622f6e6cf362"
SEED_002 = "seeds/002_623967a19d51db49"
SEED_003 = "seeds/003_bd56896d5bf88536"
SEED_004 = "seeds/004_1ec810995bb02083"
HONGZE_2023 = "samples/hongze-district-2023"
HONGZE_2024 = "samples/hongze-district-2024"
HUAIAN_2024 = "samples/huaian-city-2024"
ALL = [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, HONGZE_2023, HONGZE_2024, HUAIAN_2024]

APPLICANTS = ("natural", "commercial", "research", "nonprofit", "legal", "other")
APPEAL_COLS = ("upheld", "corrected", "other", "pending", "total")

# Every finding (rule, severity, key) the report really deserves; nothing else may be reported.
EXPECTED: dict[str, set[tuple[str, str, str]]] = {
    SEED_000: {("S3", "error", "S3@6"),                      # no section 6
               # title "…2020年政府信息公开年度报告" lacks 工作 (official: …年政府信息公开工作年度报告)
               ("F1", "warning", "F1")},
    SEED_001: {("R5b", "warning", "R5b@requests"),           # requests table printed without a total column
               # the whole preamble is "根据《条例》第五十条之规定，制作本报告。": no statistical period
               # and no contact details anywhere in the report
               ("F4", "warning", "F4"), ("F5", "warning", "F5")},
    SEED_002: {("R5b", "warning", "R5b@requests"),           # 11 request totals not printed
               ("R5b", "warning", "R5b@appeals"),            # administrative review printed blank
               # "未发生因政府信息公开申请行政复议、提起行政诉讼情况" while 表四 prints 5 + 7 suits
               ("R6", "warning", "R6@1/suit/1")},
    SEED_003: set(),
    SEED_004: set(),
    HONGZE_2023: {("R4", "error", "R4@review"), ("R4", "error", "R4@suit_after_review"), ("L1", "error", "L1")},
    # "区政府办代表区政府受理政府信息公开申请 17 件" while 表三 新收 is 95: the sentence's subject is the
    # office (区政府办), another organ than the report's, so R6 leaves the figure alone.
    HONGZE_2024: {("L1", "error", "L1")},
    # 96171.6 万元 of fees is real for a city (淮安市人民政府): R8's limit follows the organ's level.
    HUAIAN_2024: set(),
}


def fixture(name: str) -> Path:
    return FIXTURES / f"{name}.nianbao"


def load(name: str, last_year: Optional[Report] = None) -> Report:
    return storage.load(fixture(name), last_year=last_year)


def found(name: str, last_year: Optional[Report] = None) -> list[Finding]:
    return validate(load(name, last_year))


def keyed(findings: list[Finding]) -> set[tuple[str, str, str]]:
    return {(f.rule, f.severity, f.key) for f in findings}


def one(findings: list[Finding], key: str) -> Finding:
    matching = [f for f in findings if f.key == key]
    assert len(matching) == 1, f"{key}: {[f.key for f in findings]}"
    return matching[0]


# --- the fixtures themselves -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL)
def test_fixture_is_a_printed_report_with_every_cell_typed(name: str) -> None:
    data = json.loads(fixture(name).read_text(encoding="utf-8"))
    form = get_form(data["format"])
    assert data["kind"] == "nianbao-report" and data["schema"] == 1 and data["totals"] == PRINTED
    assert form.applies_to(data["year"])
    required = {a for a in form.cells if not form.is_legacy(a)}
    assert required <= set(data["cells"]), sorted(required - set(data["cells"]))[:5]
    assert set(data["texts"]) <= {"preamble", "1", "2", "3", "4", "5", "6"}
    assert data["texts"]["preamble"] and data["texts"]["1"] and data["texts"]["5"]
    assert str(data["year"]) in data["title"] and data["organ"] in data["title"]
    report = load(name)
    assert report.totals == PRINTED and report.title == data["title"]


def test_printed_totals_are_kept_not_recomputed() -> None:
    report = load(HONGZE_2023)
    assert report.get("appeals/review/total") == 0
    assert report.get("appeals/suit_after_review/total") == 0
    assert report.get("art20_8/fees/amount") == Decimal("7730.28")
    assert report.get("requests/3.6/natural") == 0 and report.get("requests/3.6.1/natural") is None


@pytest.mark.parametrize("name", ALL)
def test_fixture_survives_save_and_load(name: str, tmp_path: Path) -> None:
    report = load(name)
    again = storage.load(storage.save(report, tmp_path / "copy.nianbao"))
    assert again.cells == report.cells and again.texts == report.texts and again.notes == report.notes
    assert {a: type(v) for a, v in again.cells.items()} == {a: type(v) for a, v in report.cells.items()}
    assert keyed(validate(again)) == keyed(validate(report))


def test_formats_follow_the_printed_tables() -> None:
    formats = {name: load(name).format for name in ALL}
    assert formats == {SEED_000: "2019", SEED_001: "2019", SEED_002: "2019", SEED_003: "2021",
                       SEED_004: "2019", HONGZE_2023: "2021", HONGZE_2024: "2021", HUAIAN_2024: "2021"}


# --- the real errors are found --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL)
def test_every_real_error_is_found(name: str) -> None:
    assert EXPECTED[name] <= keyed(found(name))


@pytest.mark.parametrize("name", ALL)
def test_nothing_is_reported_where_the_report_is_right(name: str) -> None:
    assert keyed(found(name)) == EXPECTED[name]


def test_hongze_2023_appeal_totals_printed_zero() -> None:
    findings = found(HONGZE_2023)
    review = one(findings, "R4@review")
    assert set(review.cells) == {f"appeals/review/{c}" for c in APPEAL_COLS}
    assert "11" in review.message
    after = one(findings, "R4@suit_after_review")
    assert set(after.cells) == {f"appeals/suit_after_review/{c}" for c in APPEAL_COLS}
    assert "5" in after.message
    assert not [f for f in findings if f.key == "R4@suit_direct"]  # 0 + 0 + 0 + 0 = 0 is right
    assert not [f for f in findings if f.rule in ("R1", "R2", "R3")]  # requests add up, legacy row included


@pytest.mark.parametrize("name", [HONGZE_2023, HONGZE_2024])
def test_hongze_old_single_other_row_is_l1(name: str) -> None:
    l1 = one(found(name), "L1")
    assert l1.severity == "error"
    assert set(l1.cells) == {f"requests/3.6/{c}" for c in (*APPLICANTS, "total")}


def test_seed_000_lacks_section_six() -> None:
    report = load(SEED_000)
    assert "6" not in report.texts
    s3 = one(validate(report), "S3@6")
    assert s3.severity == "error"


def test_seed_001_request_table_has_no_total_column() -> None:
    blanks = one(found(SEED_001), "R5b@requests")
    rows = [r.id for r in get_form("2019").table("requests").rows]
    assert set(blanks.cells) == {f"requests/{r}/total" for r in rows}


def test_seed_002_blank_cells() -> None:
    findings = found(SEED_002)
    appeals = one(findings, "R5b@appeals")
    assert set(appeals.cells) == {f"appeals/review/{c}" for c in APPEAL_COLS}
    requests = one(findings, "R5b@requests")
    rows = ["3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5"]
    assert set(requests.cells) == {f"requests/{r}/total" for r in rows}
    assert not [f for f in findings if f.rule == "R4"]  # 1+1+0+3 = 5 and 1+0+0+6 = 7 are right


# --- across years -------------------------------------------------------------------------------------

def test_hongze_2024_follows_2023() -> None:
    findings = found(HONGZE_2024, last_year=load(HONGZE_2023))
    assert not [f for f in findings if f.rule in ("X1", "X2", "R7")]  # 0 carried; 5 + 3 − 0 = 8


def test_hongze_cross_year_checks_do_run() -> None:
    """A control: the same pair with last year's numbers changed must be caught."""
    last = load(HONGZE_2023)
    last.cells["requests/4/natural"] = 2
    last.cells["art20_1/normative/in_force"] = 6
    findings = found(HONGZE_2024, last_year=last)
    x1 = one(findings, "X1@natural")
    assert x1.severity == "error" and x1.cells == ("requests/2/natural",) \
        and x1.last_cells == ("requests/4/natural",)
    x2 = one(findings, "X2@normative")
    assert x2.severity == "warning" and "art20_1/normative/in_force" in x2.cells


def test_hongze_2023_is_accepted_as_the_same_organ() -> None:
    findings = found(HONGZE_2024, last_year=load(HONGZE_2023))
    assert not [f for f in findings if f.rule == "X0"]


def test_x0_still_catches_another_organ() -> None:
    findings = found(HONGZE_2024, last_year=load(HUAIAN_2024))
    x0 = one(findings, "X0")
    assert "2024" in x0.message and load(HUAIAN_2024).organ in x0.message


# --- prose against tables (R6 of the reference) ---------------------------------------------------------

def test_seed_002_prose_denies_the_lawsuits_in_table_four() -> None:
    r6 = [f for f in found(SEED_002) if f.rule == "R6"]
    assert r6 and any(c.startswith("appeals/suit_") for f in r6 for c in f.cells)


def test_hongze_2024_office_figure_is_not_the_governments() -> None:
    """17 requests received by 区政府办 on the government's behalf, 95 in the government's 表三: the
    reader cannot know the two should agree, so it stays quiet rather than risk a false finding."""
    assert [f for f in found(HONGZE_2024) if f.rule == "R6"] == []


# --- the command line ---------------------------------------------------------------------------------

def test_check_json_over_all_fixtures() -> None:
    files = [str(fixture(n)) for n in ALL]
    proc = subprocess.run([sys.executable, "main.py", "check", "--json", *files], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == len(ALL)
    for name, line in zip(ALL, lines, strict=True):
        record = json.loads(line, parse_float=Decimal)
        assert isinstance(record, dict)
        assert set(record) >= {"file", "format", "year", "organ", "cells", "findings", "import"}
        report = load(name)
        assert record["file"] == str(fixture(name))
        assert (record["format"], record["year"], record["organ"]) == (report.format, report.year, report.organ)
        form = get_form(record["format"])
        legacy_used = {a for a in form.cells if form.is_legacy(a) and report.cells.get(a) is not None}
        expected_cells = {a for a in form.cells if not form.is_legacy(a)} | legacy_used
        assert set(record["cells"]) == expected_cells
        assert {(f["rule"], f["severity"], f["key"]) for f in record["findings"]} == keyed(validate(report))
        assert record["import"]["notes"] == report.notes
    hongze = json.loads(lines[ALL.index(HONGZE_2023)], parse_float=Decimal)
    assert hongze["cells"]["art20_8/fees/amount"] == Decimal("7730.28")
    assert hongze["cells"]["requests/3.6/total"] == 0 and hongze["cells"]["requests/3.6.1/total"] is None


def test_check_json_with_last_year() -> None:
    proc = subprocess.run([sys.executable, "main.py", "check", "--json", "--last-year", str(fixture(HONGZE_2023)),
                           str(fixture(HONGZE_2024))], cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert proc.returncode == 1, proc.stderr  # L1 remains
    rules = {f["rule"] for f in json.loads(proc.stdout)["findings"]}
    assert "L1" in rules and not rules & {"X1", "X2", "R7"}


def test_check_clean_reports_exit_zero() -> None:
    files = [str(fixture(n)) for n in (SEED_003, SEED_004, HUAIAN_2024)]
    proc = subprocess.run([sys.executable, "main.py", "check", *files], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
