"""The report's 落款 date: typed as clerks write it, stored as ISO, optional in the project file,
set through the session (undoable) and by ``main.py new --date``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from builders import clean_report

from core import storage
from core.cli import main
from core.commands import CommandError, SetMeta
from core.project_json import ProjectFileError, dumps, report_to_dict
from core.report import date_problem, display_date, parse_date
from core.session import Session


@pytest.mark.parametrize(("typed", "iso"), [
    ("2025-01-20", "2025-01-20"), ("2025-1-2", "2025-01-02"), ("2025年1月20日", "2025-01-20"),
    (" 2025 年 1 月 20 日 ", "2025-01-20"), ("2025.1.20", "2025-01-20"), ("2025/01/20", "2025-01-20"),
    ("", ""), ("   ", ""),
    ("2025-02-30", None), ("明天", None), ("20250120", None), ("1900-01-01", None), ("2025年13月1日", None),
])
def test_parse_date(typed: str, iso: str | None) -> None:
    assert parse_date(typed) == iso


def test_display_and_problems() -> None:
    assert display_date("2025-01-08") == "2025年1月8日" and display_date("") == ""
    assert date_problem("") == date_problem("2025-01-20") == ""
    for bad in ("2025-1-20", "2025年1月20日", "2025-02-30", 20250120, None):
        assert "落款日期" in date_problem(bad)


def test_date_round_trips_and_old_files_load(tmp_path: Path) -> None:
    report = clean_report()
    report.date = "2025-01-20"
    loaded = storage.load(storage.save(report, tmp_path / "r.nianbao"))
    assert loaded.date == "2025-01-20" and report_to_dict(loaded) == report_to_dict(report)
    data = json.loads(dumps(report))
    assert data["date"] == "2025-01-20"
    del data["date"]  # a file written before the key existed
    (tmp_path / "old.nianbao").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert storage.load(tmp_path / "old.nianbao").date == ""


@pytest.mark.parametrize("bad", ["2025/01/20", "2025-02-30", "明天", 20250120, ["2025-01-20"]])
def test_bad_dates_are_refused_in_chinese(tmp_path: Path, bad: object) -> None:
    data = json.loads(dumps(clean_report()))
    data["date"] = bad
    path = tmp_path / "bad.nianbao"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="落款日期"):
        storage.load(path)
    assert path.read_bytes() == before


def test_set_meta_date_through_the_session_is_undoable() -> None:
    session = Session(clean_report())
    executed = session.execute(SetMeta("date", "2025-01-08"))
    assert session.report.date == "2025-01-08" and executed.change.meta
    session.execute(executed.inverse)
    assert session.report.date == ""
    for bad in ("2025-1-8", "2025年1月8日", 20250108):
        with pytest.raises(CommandError, match="落款日期"):
            session.execute(SetMeta("date", bad))
    assert session.report.date == ""


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_new_with_date(tmp_path: Path) -> None:
    code, _, err = _run("new", "--year", "2024", "--organ", "某某镇人民政府", "--date", "2025-01-20",
                        str(tmp_path / "a.nianbao"))
    assert (code, err) == (0, "")
    assert storage.load(tmp_path / "a.nianbao").date == "2025-01-20"
    code, _, err = _run("new", "--year", "2024", "--date", "2025-02-30", str(tmp_path / "b.nianbao"))
    assert code == 2 and "落款日期“2025-02-30”无效" in err and not (tmp_path / "b.nianbao").exists()
    code, _, _ = _run("new", "--year", "2024", str(tmp_path / "c.nianbao"))
    assert code == 0 and storage.load(tmp_path / "c.nianbao").date == ""
