"""Project files on disk: exact round trips, atomic saves with a backup, and loads that never touch a file."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import clean_last_year, clean_report

from core import atomic, storage
from core.project_json import ProjectFileError, dumps, report_to_dict
from core.report import PRINTED, Acceptance, Report
from core.values import NA

CJK = re.compile(r"[\u4e00-\u9fff]")


def assert_cells_identical(a: Report, b: Report) -> None:
    """Same addresses, same values, same types (0 is not Decimal 0), money with the same digits."""
    assert set(a.cells) == set(b.cells)
    for address, value in a.cells.items():
        other = b.cells[address]
        assert type(other) is type(value), (address, value, other)
        assert other == value or (value is None and other is None), (address, value, other)
        if isinstance(value, Decimal):
            assert str(other) == str(value), address


def rich_report() -> Report:
    """A report that uses every feature a project file stores."""
    report = clean_report("2021")
    report.cells["art20_8/fees/amount"] = Decimal("24252.311082")
    report.cells["art20_5/license/decisions"] = NA
    report.cells["art20_6/penalty/decisions"] = None
    report.cells["appeals/suit_direct/upheld"] = NA
    report.texts["2"] = "主动公开“表二”，含引号、换行\n和 emoji 🙂。"
    report.title = "某某镇人民政府2024年政府信息公开工作年度报告（修订）"
    report.accepted["X2@normative"] = Acceptance("本年度清理规范性文件 3 件。", "现行有效件数与上年不衔接")
    report.carried_texts = {"5", "6"}
    report.notes = ["导入时：表二格式不同"]
    report.totals = PRINTED
    return report


def snapshot(path: Path) -> tuple[bytes, int]:
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns


def folder_listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# --- round trips ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_round_trip_clean_report(tmp_path: Path, fmt: str) -> None:
    report = clean_report(fmt)
    saved = storage.save(report, tmp_path / "r.nianbao")
    loaded = storage.load(saved)
    assert_cells_identical(report, loaded)
    assert report_to_dict(loaded) == report_to_dict(report)


def test_round_trip_preserves_everything(tmp_path: Path) -> None:
    report = rich_report()
    path = storage.save(report, tmp_path / "r.nianbao")
    loaded = storage.load(path)
    assert_cells_identical(report, loaded)
    assert loaded.cells["art20_8/fees/amount"] == Decimal("24252.311082")
    assert str(loaded.cells["art20_8/fees/amount"]) == "24252.311082"
    assert loaded.cells["art20_5/license/decisions"] is NA
    assert loaded.cells["art20_6/penalty/decisions"] is None
    assert loaded.texts == report.texts
    assert loaded.title == report.title and loaded.organ == report.organ and loaded.year == report.year
    assert loaded.accepted == {"X2@normative": Acceptance("本年度清理规范性文件 3 件。", "现行有效件数与上年不衔接")}
    assert loaded.carried_texts == {"5", "6"}
    assert loaded.notes == ["导入时：表二格式不同"]
    assert loaded.totals == PRINTED
    assert report_to_dict(loaded) == report_to_dict(report)
    # saving what was loaded gives the same bytes
    again = storage.save(loaded, tmp_path / "again.nianbao")
    assert again.read_bytes() == path.read_bytes()


def test_money_trailing_zeros_and_large_values_round_trip(tmp_path: Path) -> None:
    report = clean_report("2019")
    report.cells["art20_9/procurement/amount"] = Decimal("7545.00")
    loaded = storage.load(storage.save(report, tmp_path / "m.nianbao"))
    assert str(loaded.cells["art20_9/procurement/amount"]) == "7545.00"
    report.cells["art20_9/procurement/amount"] = Decimal("123456789012345.123456")
    loaded = storage.load(storage.save(report, tmp_path / "m.nianbao"))
    assert str(loaded.cells["art20_9/procurement/amount"]) == "123456789012345.123456"


def test_embedded_last_year_round_trips(tmp_path: Path) -> None:
    report = clean_report("2021")
    last = clean_last_year(report)
    last.cells["art20_8/fees/amount"] = Decimal("1.000001")
    storage.attach_last_year(report, last)
    path = storage.save(report, tmp_path / "r.nianbao")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "embedded" in data["last_year"]
    loaded = storage.load(path)
    assert loaded.last_year is not None
    assert loaded.last_year_file == ""
    assert_cells_identical(last, loaded.last_year)
    assert loaded.last_year.year == 2023 and loaded.last_year.organ == last.organ
    assert loaded.last_year.texts == last.texts


def test_referenced_last_year_is_loaded_relative_to_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "年报"
    folder.mkdir()
    report = clean_report("2021")
    last = clean_last_year(report)
    storage.save(last, folder / "2023.nianbao")
    report.last_year_file = "2023.nianbao"
    path = storage.save(report, folder / "2024.nianbao")
    assert json.loads(path.read_text(encoding="utf-8"))["last_year"] == {"file": "2023.nianbao"}
    monkeypatch.chdir(tmp_path)  # the reference resolves against the file's folder, not the cwd
    loaded = storage.load(folder / "2024.nianbao")
    assert loaded.last_year is not None
    assert loaded.last_year_file == "2023.nianbao"
    assert_cells_identical(last, loaded.last_year)
    assert loaded.notes == []
    # the reference survives a further save
    storage.save(loaded, folder / "2024.nianbao")
    assert json.loads(path.read_text(encoding="utf-8"))["last_year"] == {"file": "2023.nianbao"}


def test_missing_referenced_last_year_gives_a_note(tmp_path: Path) -> None:
    report = clean_report("2021")
    report.last_year_file = "不存在的上年报告.nianbao"
    path = storage.save(report, tmp_path / "r.nianbao")
    loaded = storage.load(path)
    assert loaded.last_year is None
    assert loaded.last_year_file == "不存在的上年报告.nianbao"
    assert len(loaded.notes) == 1
    assert "上年" in loaded.notes[0] and CJK.search(loaded.notes[0])
    assert_cells_identical(report, loaded)


def test_broken_referenced_last_year_gives_a_note(tmp_path: Path) -> None:
    (tmp_path / "last.nianbao").write_text("{ not json", encoding="utf-8")
    report = clean_report("2021")
    report.last_year_file = "last.nianbao"
    loaded = storage.load(storage.save(report, tmp_path / "r.nianbao"))
    assert loaded.last_year is None and len(loaded.notes) == 1


def test_self_referencing_last_year_does_not_crash(tmp_path: Path) -> None:
    """A last-year reference that points back at the file (a cycle) must not recurse forever."""
    report = clean_report("2021")
    report.last_year_file = "r.nianbao"
    path = storage.save(report, tmp_path / "r.nianbao")
    try:
        loaded = storage.load(path)
    except ProjectFileError as e:
        assert CJK.search(str(e))
    else:
        assert loaded.year == 2024


# --- the file itself ---------------------------------------------------------------------------------

def test_saved_file_is_utf8_json_with_documented_keys(tmp_path: Path) -> None:
    report = rich_report()
    path = storage.save(report, tmp_path / "r.nianbao")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "某某镇人民政府" in text  # Chinese kept readable, not \u escapes
    data = json.loads(text, parse_float=Decimal)
    for key in ("schema", "format", "year", "organ", "cells", "texts", "accepted", "last_year"):
        assert key in data, key
    assert data["format"] == "2021" and data["year"] == 2024 and data["organ"] == "某某镇人民政府"
    assert data["schema"] == 2
    assert data["cells"]["art20_8/fees/amount"] == Decimal("24252.311082")
    assert re.search(r'"art20_8/fees/amount":\s*24252\.311082[,\s]', text)
    assert data["cells"]["art20_5/license/decisions"] == "/"
    assert data["cells"]["art20_6/penalty/decisions"] is None
    assert data["cells"]["requests/1/natural"] == 19
    assert data["accepted"]["X2@normative"]["explanation"] == "本年度清理规范性文件 3 件。"
    assert data["last_year"] is None


def test_save_adds_the_extension(tmp_path: Path) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "报告")
    assert path.name == "报告.nianbao" and path.is_file()


def test_save_into_missing_folder_is_a_chinese_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as e:
        storage.save(clean_report("2021"), tmp_path / "nope" / "r.nianbao")
    assert CJK.search(str(e.value))


def test_second_save_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    report = clean_report("2021")
    path = storage.save(report, tmp_path / "r.nianbao")
    first = path.read_bytes()
    assert not (tmp_path / "r.nianbao.bak").exists()
    report.cells["requests/1/natural"] = 20
    report.cells["requests/3.1/natural"] = 13
    storage.save(report, path)
    assert (tmp_path / "r.nianbao.bak").read_bytes() == first
    assert storage.load(path).cells["requests/1/natural"] == 20
    assert storage.load(tmp_path / "r.nianbao.bak").cells["requests/1/natural"] == 19
    assert folder_listing(tmp_path) == {"r.nianbao", "r.nianbao.bak"}


# --- failures mid-save ---------------------------------------------------------------------------------

def _failing_replace(fail_on: int) -> Callable[..., None]:
    real = os.replace
    calls = {"n": 0}

    def replace(src: Any, dst: Any) -> None:
        calls["n"] += 1
        if calls["n"] == fail_on:
            raise OSError(28, "No space left on device")
        real(src, dst)

    return replace


class _ShortWriteFile(io.RawIOBase):
    """A real file whose write stores half the data and then fails, as on a full disk."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def write(self, data: Any) -> int:
        self.real.write(bytes(data)[: len(data) // 2])
        self.real.flush()
        raise OSError(28, "No space left on device")

    def fileno(self) -> int:
        return int(self.real.fileno())

    def flush(self) -> None:
        if not self.real.closed:
            self.real.flush()

    def close(self) -> None:
        super().close()
        self.real.close()


def _inject(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if kind == "replace-backup":
        monkeypatch.setattr(os, "replace", _failing_replace(1))
    elif kind == "replace-main":
        monkeypatch.setattr(os, "replace", _failing_replace(2))
    elif kind == "fsync":
        def fsync(fd: int) -> None:
            raise OSError(5, "Input/output error")
        monkeypatch.setattr(os, "fsync", fsync)
    elif kind == "write":
        real_fdopen = os.fdopen

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return _ShortWriteFile(real_fdopen(fd, *args, **kwargs))
        monkeypatch.setattr(os, "fdopen", fdopen)
    elif kind == "copy":
        def copyfile(*args: Any, **kwargs: Any) -> None:
            raise OSError(13, "Permission denied")
        monkeypatch.setattr(atomic.shutil, "copyfile", copyfile)  # the backup copy of the atomic write


FAILURES = ["replace-backup", "replace-main", "fsync", "write", "copy"]


@pytest.mark.parametrize("kind", FAILURES)
def test_failure_mid_save_leaves_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    report = clean_report("2021")
    path = storage.save(report, tmp_path / "r.nianbao")
    storage.save(report, path)  # a .bak exists too
    before, bak_before = snapshot(path), (tmp_path / "r.nianbao.bak").read_bytes()
    report.cells["requests/1/natural"] = 99
    _inject(kind, monkeypatch)
    with pytest.raises(ProjectFileError) as e:
        storage.save(report, path)
    monkeypatch.undo()
    assert CJK.search(str(e.value))
    assert snapshot(path) == before
    assert folder_listing(tmp_path) == {"r.nianbao", "r.nianbao.bak"}, "temporary files left behind"
    bak = (tmp_path / "r.nianbao.bak").read_bytes()
    assert bak in (bak_before, before[0])  # the backup is an old version, never the new one
    assert storage.load(path).cells["requests/1/natural"] == 19


@pytest.mark.parametrize("kind", ["replace-backup", "fsync", "write"])
def test_failed_first_save_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    _inject(kind, monkeypatch)  # with no old file, the first os.replace is the one that installs the new file
    with pytest.raises(ProjectFileError):
        storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    monkeypatch.undo()
    assert folder_listing(tmp_path) == set()


# --- corrupted files -----------------------------------------------------------------------------------

def _valid_dict() -> dict[str, Any]:
    return json.loads(dumps(clean_report("2021")))


def _with(**changes: Any) -> bytes:
    data = _valid_dict()
    data.update(changes)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _with_cell(address: str, value: Any) -> bytes:
    data = _valid_dict()
    data["cells"][address] = value
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>某某镇人民政府</w:document>")
    return buf.getvalue()


CORRUPT: dict[str, Callable[[], bytes]] = {
    "truncated": lambda: dumps(clean_report("2021")).encode("utf-8")[:1500],
    "binary": lambda: bytes(range(256)) * 8,
    "docx": _docx,
    "empty": lambda: b"",
    "whitespace": lambda: b"  \n",
    "json-list": lambda: b"[1, 2, 3]",
    "json-other-kind": lambda: json.dumps({"kind": "nianbao-template", "schema": 1, "format": "2021"}).encode(),
    "json-no-kind": lambda: json.dumps({"format": "2021", "year": 2024}).encode(),
    "template": lambda: (Path(__file__).resolve().parents[2] / "templates" / "2021.json").read_bytes(),
    "newer-schema": lambda: _with(schema=99),
    "schema-text": lambda: _with(schema="1"),
    "schema-zero": lambda: _with(schema=0),
    "unknown-format": lambda: _with(format="2030"),
    "unknown-cell": lambda: _with_cell("requests/9/natural", 1),
    "bool-cell": lambda: _with_cell("requests/1/natural", True),
    "text-cell": lambda: _with_cell("requests/1/natural", "十二"),
    "numeric-text-cell": lambda: _with_cell("requests/1/natural", "12"),
    "object-cell": lambda: _with_cell("requests/1/natural", {"v": 1}),
    "cells-list": lambda: _with(cells=[1, 2]),
    "year-text": lambda: _with(year="2024"),
    "year-float": lambda: _with(year=2024.5),
    "year-bool": lambda: _with(year=True),
    "year-out-of-range": lambda: _with(year=20240),
    "year-missing": lambda: _with(year=None),
    "texts-list": lambda: _with(texts=["a"]),
    "texts-number": lambda: _with(texts={"1": 5}),
    "totals-bad": lambda: _with(totals="sometimes"),
    "accepted-no-explanation": lambda: _with(accepted={"S7@5": {"explanation": "  "}}),
    "accepted-text": lambda: _with(accepted="abc"),
    "organ-number": lambda: _with(organ=12),
    "carried-texts-number": lambda: _with(carried_texts=5),
    "notes-number": lambda: _with(notes=7),
    "last-year-text": lambda: _with(last_year="2023.nianbao"),
    "last-year-empty-object": lambda: _with(last_year={}),
    "last-year-embedded-bad": lambda: _with(last_year={"embedded": {"format": "2021", "year": "x"}}),
    "last-year-embedded-bool": lambda: _with(last_year={"embedded": {"format": "2021", "year": 2023,
                                                                      "cells": {"requests/1/natural": False}}}),
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupted_file_raises_chinese_error_and_is_untouched(tmp_path: Path, name: str) -> None:
    path = tmp_path / "坏文件.nianbao"
    path.write_bytes(CORRUPT[name]())
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = snapshot(path)
    with pytest.raises(ProjectFileError) as e:
        storage.load(path)
    message = str(e.value)
    assert CJK.search(message), message
    assert "Traceback" not in message
    if name == "newer-schema":
        assert "升级" in message
    assert snapshot(path) == before
    assert folder_listing(tmp_path) == {"坏文件.nianbao"}


def test_missing_file_and_folder_raise_chinese_errors(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as e:
        storage.load(tmp_path / "nope.nianbao")
    assert CJK.search(str(e.value))
    with pytest.raises(ProjectFileError) as e:
        storage.load(tmp_path)
    assert CJK.search(str(e.value))


def test_file_with_bom_loads(tmp_path: Path) -> None:
    report = clean_report("2021")
    path = tmp_path / "bom.nianbao"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(report).encode("utf-8"))
    loaded = storage.load(path)
    assert_cells_identical(report, loaded)


def test_crlf_and_extra_keys_load(tmp_path: Path) -> None:
    data = _valid_dict()
    data["comment"] = "由县级汇总脚本生成"
    path = tmp_path / "crlf.nianbao"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\r\n").encode("utf-8"))
    assert storage.load(path).cells["requests/1/natural"] == 19
