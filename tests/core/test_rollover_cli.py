"""A new year's report from last year's, and the command line (check / new / convert) run as a clerk would."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import clean_last_year, clean_report

from core import calc, storage
from core.findings import ERROR
from core.project_json import dumps, report_to_dict
from core.report import Report
from core.rollover import new_report
from core.validate import validate
from core.values import NA

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
APPLICANTS = ("natural", "commercial", "research", "nonprofit", "legal", "other")


def last_2021() -> Report:
    last = clean_report("2021", 2024, "某某镇人民政府")
    for i, col in enumerate(APPLICANTS):
        last.cells[f"requests/4/{col}"] = i + 1
    calc.recompute_all(last)
    return last


# --- rollover ------------------------------------------------------------------------------------

def test_new_report_from_2021_report() -> None:
    last = last_2021()
    report = new_report(2025, last=last)
    assert report.format == "2021" and report.year == 2025
    for col in APPLICANTS:
        assert report.cells[f"requests/2/{col}"] == last.cells[f"requests/4/{col}"], col
    assert report.cells["requests/2/total"] == sum(range(1, 7))
    assert report.last_year is last
    assert report.organ == "某某镇人民政府"
    written = {k for k, v in last.texts.items() if v.strip()}
    assert report.texts == {k: last.texts[k] for k in written}
    assert report.carried_texts == written
    s7 = {f.key for f in validate(report) if f.rule == "S7"}
    assert s7 == {f"S7@{s}" for s in written} and "S7@preamble" in s7  # the preamble too
    assert not [f for f in validate(report) if f.rule == "X1"]
    assert any("沿用" in n for n in report.notes)
    # nothing else was invented: other input cells stay blank
    assert report.cells["requests/1/natural"] is None
    assert report.cells["art20_1/normative/in_force"] is None


def test_given_organ_wins_and_blank_carry_stays_blank() -> None:
    last = last_2021()
    last.cells["requests/4/legal"] = None
    last.cells["requests/4/other"] = NA
    report = new_report(2025, organ="另一机关", last=last)
    assert report.organ == "另一机关"
    assert report.cells["requests/2/legal"] is None
    assert report.cells["requests/2/other"] in (0, NA)


def test_rolled_over_report_survives_save(tmp_path: Path) -> None:
    report = new_report(2025, last=last_2021())
    loaded = storage.load(storage.save(report, tmp_path / "r.nianbao"))
    assert loaded.carried_texts == report.carried_texts
    assert loaded.notes == report.notes
    assert loaded.last_year is not None and loaded.last_year.year == 2024
    assert report_to_dict(loaded) == report_to_dict(report)


def test_new_report_from_2019_format_report() -> None:
    last = clean_report("2019", 2020)
    last.cells["requests/4/natural"] = 4
    last.cells["requests/4/research"] = 2
    calc.recompute_all(last)
    report = new_report(2021, last=last)
    assert report.format == "2021"
    assert report.cells["requests/2/natural"] == 4
    assert report.cells["requests/2/research"] == 2
    assert report.cells["requests/2/commercial"] == 0
    assert any("表二" in n and "基数" in n for n in report.notes), report.notes
    assert report.last_year is last
    assert not [f for f in validate(report) if f.rule == "X1"]


def test_2019_to_2020_prefills_previous_item_counts() -> None:
    last = clean_report("2019", 2019)
    last.cells["art20_6/penalty/prev_items"] = 30
    last.cells["art20_6/penalty/change"] = 5
    last.cells["art20_8/fees/prev_items"] = 4
    last.cells["art20_8/fees/change"] = -4
    last.cells["art20_5/other_services/prev_items"] = None
    last.cells["art20_5/other_services/change"] = None
    report = new_report(2020, last=last)
    assert report.format == "2019"
    form = report.form
    for table in ("art20_5", "art20_6", "art20_8"):
        for row in form.table(table).rows:
            target = f"{table}/{row.id}/prev_items"
            if last.cells[target] is None and last.cells[f"{table}/{row.id}/change"] is None:
                assert report.cells[target] is None, target
                continue
            assert report.cells[target] == last.number(target) + last.number(f"{table}/{row.id}/change"), target
    assert report.cells["art20_5/license/prev_items"] == 8
    assert report.cells["art20_6/penalty/prev_items"] == 35
    assert report.cells["art20_8/fees/prev_items"] == 0
    assert report.cells["art20_5/license/change"] is None
    assert not [f for f in validate(report) if f.rule == "X3"]
    assert not any("表二" in n for n in report.notes)


def test_year_gap_is_noted_and_no_last_year_gives_blank_report() -> None:
    report = new_report(2026, last=last_2021())
    assert any("2024" in n and "2026" in n for n in report.notes)
    blank = new_report(2025, organ="甲")
    assert blank.last_year is None and blank.notes == [] and blank.carried_texts == set()
    assert all(v is None for v in blank.cells.values())


# --- the command line -------------------------------------------------------------------------------

def run(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NIANBAO_DATA_DIR=str(tmp / "userdata"))
    proc = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True,
                          encoding="utf-8", timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout
    return proc


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    clean = clean_report("2021")
    storage.attach_last_year(clean, clean_last_year(clean))
    broken = clean_report("2021")
    broken.cells["requests/4/natural"] = 9             # R1: 19 + 1 ≠ 18 + 9
    calc.recompute_all(broken)
    bad = tmp_path / "坏.nianbao"
    bad.write_bytes(b"PK\x03\x04 not a project")
    return {"clean": storage.save(clean, tmp_path / "clean.nianbao"),
            "errors": storage.save(broken, tmp_path / "errors.nianbao"),
            "old": storage.save(clean_report("2019"), tmp_path / "old.nianbao"),
            "bad": bad}


def test_check_exit_codes(files: dict[str, Path], tmp_path: Path) -> None:
    ok = run("check", str(files["clean"]), tmp=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "0 个错误" in ok.stdout
    errors = run("check", str(files["errors"]), tmp=tmp_path)
    assert errors.returncode == 1
    assert "R1" in errors.stdout and "错误" in errors.stdout
    bad = run("check", str(files["bad"]), tmp=tmp_path)
    assert bad.returncode == 2 and CJK.search(bad.stderr)
    for combo in (("clean", "bad"), ("bad", "clean"), ("errors", "bad"), ("bad", "errors")):
        mixed = run("check", *(str(files[k]) for k in combo), tmp=tmp_path)
        assert mixed.returncode == 2, combo
    assert run("check", str(files["clean"]), str(files["errors"]), tmp=tmp_path).returncode == 1
    assert run("check", str(tmp_path / "nope.nianbao"), tmp=tmp_path).returncode == 2


@pytest.mark.parametrize("which", ["clean", "errors", "old"])
def test_check_json(files: dict[str, Path], tmp_path: Path, which: str) -> None:
    proc = run("check", "--json", str(files[which]), tmp=tmp_path)
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0], parse_float=Decimal)
    report = storage.load(files[which])
    form = report.form
    assert {"file", "format", "year", "organ", "cells", "findings", "import"} <= set(record)
    assert record["file"] == str(files[which])
    assert record["format"] == form.format and record["year"] == report.year and record["organ"] == report.organ
    cells = record["cells"]
    non_legacy = {a for a in form.cells if not form.is_legacy(a)}
    assert non_legacy <= set(cells) <= set(form.cells)
    assert {a for a in form.computed_by_target if not form.is_legacy(a)} <= set(cells)   # totals included
    for address, value in cells.items():
        assert value is None or value == "/" or (isinstance(value, (int, Decimal)) and not isinstance(value, bool))
        expected = report.cells[address]
        assert (expected is NA and value == "/") or value == expected, address
    if form.format == "2021":
        assert cells["art20_8/fees/amount"] == Decimal("2.425231")
        assert "2.425231" in lines[0]
    for finding in record["findings"]:
        assert {"rule", "severity", "cells", "message"} <= set(finding)
        assert isinstance(finding["cells"], list) and CJK.search(finding["message"])
    assert set(record["import"]) >= {"missing", "notes"}
    rules = {f["rule"] for f in record["findings"] if f["severity"] == ERROR}
    assert ("R1" in rules) == (which == "errors")
    assert proc.returncode == (1 if which == "errors" else 0)


def test_check_json_one_line_per_file(files: dict[str, Path], tmp_path: Path) -> None:
    proc = run("check", "--json", str(files["clean"]), str(files["old"]), str(files["bad"]), tmp=tmp_path)
    assert proc.returncode == 2
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in records] == [str(files[k]) for k in ("clean", "old", "bad")]
    assert CJK.search(proc.stderr)


def test_last_year_enables_cross_year_check(tmp_path: Path) -> None:
    report = clean_report("2021")
    last = clean_last_year(report)
    cur = storage.save(report, tmp_path / "2024.nianbao")
    last_path = storage.save(last, tmp_path / "2023.nianbao")
    assert run("check", str(cur), "--last-year", str(last_path), tmp=tmp_path).returncode == 0
    last.cells["requests/4/natural"] = 7                  # this year's 上年结转 (1) no longer matches
    storage.save(last, last_path)
    assert run("check", str(cur), tmp=tmp_path).returncode == 0          # without last year: no X1
    proc = run("check", "--json", str(cur), "--last-year", str(last_path), tmp=tmp_path)
    assert proc.returncode == 1
    x1 = [f for f in json.loads(proc.stdout)["findings"] if f["rule"] == "X1"]
    assert x1 and all(f["severity"] == ERROR for f in x1)
    assert any("requests/2/natural" in f["cells"] for f in x1)
    human = run("check", str(cur), "--last-year", str(last_path), tmp=tmp_path)
    assert human.returncode == 1 and "X1" in human.stdout
    missing = run("check", str(cur), "--last-year", str(tmp_path / "nope.nianbao"), tmp=tmp_path)
    assert missing.returncode == 2 and CJK.search(missing.stderr)


def test_new_from_last_year(tmp_path: Path) -> None:
    last = last_2021()
    last_path = storage.save(last, tmp_path / "last.nianbao")
    out = tmp_path / "out.nianbao"
    proc = run("new", "--year", "2025", "--from", str(last_path), "--organ", "X", str(out), tmp=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert CJK.search(proc.stdout)
    made = storage.load(out)
    assert made.year == 2025 and made.organ == "X" and made.format == "2021"
    for col in APPLICANTS:
        assert made.cells[f"requests/2/{col}"] == last.cells[f"requests/4/{col}"]
    assert made.last_year is not None and made.last_year.year == 2024
    assert made.carried_texts
    before = out.read_bytes(), out.stat().st_mtime_ns
    again = run("new", "--year", "2026", "--organ", "Y", str(out), tmp=tmp_path)
    assert again.returncode != 0
    assert "--force" in again.stderr and CJK.search(again.stderr)
    assert (out.read_bytes(), out.stat().st_mtime_ns) == before
    forced = run("new", "--year", "2026", "--organ", "Y", "--force", str(out), tmp=tmp_path)
    assert forced.returncode == 0
    assert storage.load(out).year == 2026
    assert (tmp_path / "out.nianbao.bak").read_bytes() == before[0]


def test_new_without_extension_and_without_last_year(tmp_path: Path) -> None:
    proc = run("new", "--year", "2020", str(tmp_path / "空白"), tmp=tmp_path)
    assert proc.returncode == 0, proc.stderr
    made = storage.load(tmp_path / "空白.nianbao")
    assert made.format == "2019" and made.last_year is None


def test_convert_round_trips(files: dict[str, Path], tmp_path: Path) -> None:
    for which in ("clean", "old"):
        dst = tmp_path / f"copy-{which}.nianbao"
        proc = run("convert", str(files[which]), str(dst), tmp=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert report_to_dict(storage.load(dst)) == report_to_dict(storage.load(files[which]))
        assert dst.read_bytes() == files[which].read_bytes()


def test_convert_embeds_a_referenced_last_year(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    report = clean_report("2021")
    storage.save(clean_last_year(report), tmp_path / "a" / "2023.nianbao")
    report.last_year_file = "2023.nianbao"
    src = storage.save(report, tmp_path / "a" / "2024.nianbao")
    assert run("convert", str(src), str(tmp_path / "b" / "2024.json"), tmp=tmp_path).returncode == 0
    moved = storage.load(tmp_path / "b" / "2024.json")
    assert moved.last_year is not None and moved.notes == []


def test_convert_reads_a_fragment_naming_no_year_with_the_year_given(tmp_path: Path) -> None:
    """A copy of the tables alone: refused in Chinese without ``--year``, read with it (and told)."""
    rows = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
            "规章\t0\t0\t0", "行政规范性文件\t2\t0\t9", "五、存在的主要问题及改进情况"]
    src = tmp_path / "片段.txt"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    refused = run("convert", str(src), str(tmp_path / "x.nianbao"), tmp=tmp_path)
    assert refused.returncode == 2 and "未找到报告年度" in refused.stderr
    done = run("convert", "--year", "2023", str(src), str(tmp_path / "x.nianbao"), tmp=tmp_path)
    assert done.returncode == 0 and "按您指定的 2023 年" in done.stdout
    got = storage.load(tmp_path / "x.nianbao")
    assert got.year == 2023 and got.cells["art20_1/normative/in_force"] == 9


@pytest.mark.parametrize("args", [
    ("convert", "{clean}", "{tmp}/out.odt"),
    ("convert", "{tmp}/in.pdf", "{tmp}/out.nianbao"),
    ("convert", "{clean}", "{clean}"),
    ("convert", "{tmp}/nope.nianbao", "{tmp}/out.nianbao"),
    ("convert", "{bad}", "{tmp}/out.nianbao"),
])
def test_convert_refusals(files: dict[str, Path], tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "in.pdf").write_bytes(b"%PDF-1.4")
    argv = [a.format(clean=files["clean"], bad=files["bad"], tmp=tmp_path) for a in args]
    proc = run(*argv, tmp=tmp_path)
    assert proc.returncode == 2
    assert CJK.search(proc.stderr), proc.stderr
    assert not (tmp_path / "out.nianbao").exists()


@pytest.mark.parametrize("args", [
    ("frobnicate",), ("check",), ("check", "--bogus", "x"), ("new", "r.nianbao"), ("new", "--year", "abc", "r"),
    ("new", "--year", "1800", "{tmp}/r.nianbao"), ("new", "--year", "2025", "{tmp}/no/such/dir/r.nianbao"),
    ("new", "--year", "2025", "--from", "{tmp}/nope.nianbao", "{tmp}/r.nianbao"), ("convert", "a"),
])
def test_usage_errors_are_chinese_without_traceback(tmp_path: Path, args: tuple[str, ...]) -> None:
    proc = run(*(a.format(tmp=tmp_path) for a in args), tmp=tmp_path)
    assert proc.returncode == 2
    assert CJK.search(proc.stderr), proc.stderr


def test_help_is_chinese(tmp_path: Path) -> None:
    """(With no arguments main.py starts the editor: tests/gui cover that.)"""
    proc = run("--help", tmp=tmp_path)
    assert proc.returncode == 0 and "check" in proc.stdout and CJK.search(proc.stdout)
    assert CJK.search(run("check", "--help", tmp=tmp_path).stdout)


@pytest.mark.parametrize("change", [{"carried_texts": 5}, {"notes": 7}, {"accepted": "abc"},
                                    {"last_year": {"file": "self.nianbao"}}],
                         ids=["carried_texts-int", "notes-int", "accepted-str", "last_year-self-reference"])
def test_damaged_files_exit_2_without_traceback(tmp_path: Path, change: dict[str, Any]) -> None:
    data = json.loads(dumps(clean_report("2021")))
    data.update(change)
    path = tmp_path / "self.nianbao"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = run("check", str(path), tmp=tmp_path)
    assert proc.returncode in (0, 1, 2)
    if proc.returncode == 2:
        assert CJK.search(proc.stderr)
