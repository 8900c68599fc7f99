"""Project file schema 2: cell origins and cells not read survive a save, and schema-1 files still load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import clean_last_year, clean_report

from core import storage
from core.project_json import SCHEMA, ProjectFileError
from core.report import CARRIED, COMPUTED, IMPORTED, OVERRIDDEN, PRINTED, TYPED, Origin, Report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def imported_report() -> Report:
    """A report read from a published PDF: printed totals, origins, a part of 表三 not read."""
    report = clean_report("2021")
    report.totals = PRINTED
    for address, value in report.cells.items():
        if value is not None:
            report.origins[address] = Origin(IMPORTED, "2024年报.pdf")
    report.cells["requests/3.5.1/natural"] = None
    report.origins.pop("requests/3.5.1/natural")
    report.missing["requests/3.5.1/natural"] = "第 4 页表格在此行断开，未能读取"
    report.origins["requests/1/total"] = Origin(OVERRIDDEN)
    report.origins["requests/2/natural"] = Origin(CARRIED, "2023年度报告")
    report.last_year = clean_last_year(report)
    report.last_year.missing["requests/4/legal"] = "上年报告中未能读取"
    report.last_year.cells["requests/4/legal"] = None
    return report


def test_schema_2_round_trips_origins_and_missing(tmp_path: Path) -> None:
    report = imported_report()
    path = storage.save(report, tmp_path / "r.nianbao")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA == 2
    assert data["origins"]["requests/1/natural"] == {"kind": "imported", "source": "2024年报.pdf"}
    assert data["origins"]["requests/1/total"] == "overridden"
    assert data["missing"] == {"requests/3.5.1/natural": "第 4 页表格在此行断开，未能读取"}
    loaded = storage.load(path)
    assert loaded.origins == report.origins and loaded.missing == report.missing
    assert loaded.last_year is not None and loaded.last_year.missing == {"requests/4/legal": "上年报告中未能读取"}
    assert loaded.origin_of("requests/2/natural") == Origin(CARRIED, "2023年度报告")


def test_origin_of_derived_totals_and_of_old_files() -> None:
    report = clean_report("2021")
    assert report.origin_of("requests/3.7/natural") == Origin(COMPUTED)
    assert report.origin_of("requests/1/natural") == Origin(TYPED)  # no record: typed in a derived report
    assert report.origin_of("art20_6/penalty/decisions") == Origin(TYPED)
    report.cells["art20_6/penalty/decisions"] = None
    assert report.origin_of("art20_6/penalty/decisions") is None  # blank has no origin
    report.totals = PRINTED
    assert report.origin_of("requests/3.7/natural") == Origin(IMPORTED)  # printed, read from a file


@pytest.mark.parametrize("path", sorted((FIXTURES).glob("*/*.nianbao")), ids=lambda p: p.stem)
def test_schema_1_files_still_load(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    report = storage.load(path)
    assert report.missing == {} and report.origins == {}
    assert report.origin_of("requests/1/natural") == Origin(IMPORTED)


@pytest.mark.parametrize("change,words", [
    (lambda d: d.update(origins={"requests/1/natural": "guessed"}), ("requests/1/natural", "来源")),
    (lambda d: d.update(origins={"requests/9/natural": "typed"}), ("requests/9/natural",)),
    (lambda d: d.update(origins={"requests/1/total": "computed"}), ("requests/1/total",)),
    (lambda d: d.update(missing={"requests/1/natural": "没读到"}), ("requests/1/natural", "既有数值")),
    (lambda d: d.update(missing=["requests/1/natural"]), ("missing",)),
    (lambda d: d["texts"].update({"9": "x"}), ("第“9”部分",)),
])
def test_inconsistent_schema_2_files_are_refused_and_untouched(tmp_path: Path, change, words) -> None:  # type: ignore[no-untyped-def]
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as err:
        storage.load(path)
    for w in words:
        assert w in str(err.value)
    assert path.read_bytes() == before


def test_a_file_from_schema_3_is_refused(tmp_path: Path) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema"] = 3
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="更新版本"):
        storage.load(path)


def test_check_json_lists_missing_cells_and_origins(tmp_path: Path) -> None:
    import subprocess
    import sys

    report = imported_report()
    path = storage.save(report, tmp_path / "imported.nianbao")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, str(root / "main.py"), "check", "--json", str(path)],
                          capture_output=True, text=True, cwd=tmp_path)
    record = json.loads(proc.stdout)
    assert record["import"]["missing"] == ["requests/3.5.1/natural"]
    assert record["cells"]["requests/3.5.1/natural"] is None
    origin = record["origin"]
    assert origin["requests/1/natural"] == {"kind": "imported", "source": "2024年报.pdf"}
    assert origin["requests/1/total"] == "overridden"
    assert "requests/3.5.1/natural" not in origin
    assert set(origin) <= set(record["cells"])
    n1 = [f for f in record["findings"] if f["rule"] == "N1"]
    assert n1 and n1[0]["severity"] == "info" and n1[0]["cells"] == ["requests/3.5.1/natural"]
    assert not [f for f in record["findings"] if f["rule"] in ("R1", "R2") and "natural" in f["key"]]
    derived = storage.save(clean_report("2021"), tmp_path / "derived.nianbao")
    proc = subprocess.run([sys.executable, str(root / "main.py"), "check", "--json", str(derived)],
                          capture_output=True, text=True, cwd=tmp_path)
    record = json.loads(proc.stdout)
    assert record["origin"]["requests/3.7/natural"] == "computed" and record["origin"]["requests/1/natural"] == "typed"
    assert record["import"]["missing"] == []
