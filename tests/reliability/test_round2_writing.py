"""Issue 18, items 4, 5, 7 and 8: every write gives a file the app reads back, with a Chinese
message when it cannot; lone surrogates never crash a write; long and reserved names; permissions,
owners and links survive a save or an export."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from core import atomic, calc, storage
from core.exporters import ExportError, export
from core.exporters.xlsx_import import read_xlsx
from core.journal import Journal, pending, recover
from core.project_json import ProjectFileError, dumps
from core.registry import get_form
from core.report import Acceptance, Report
from core.values import NA
from tests.builders import clean_report
from tests.reliability.strategies import reports

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
CJK = re.compile(r"[\u4e00-\u9fff]")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _main(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    return subprocess.run([python, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, NIANBAO_DATA_DIR=str(cwd / ".data")))


def _no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Error:" not in proc.stderr, proc.stderr


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- item 4: lone surrogates ---------------------------------------------------------------------

def _surrogate_file(folder: Path) -> Path:
    data = json.loads(dumps(clean_report("2021")))
    data["organ"] = "\ud800某某镇"
    data["texts"]["5"] = "问题：\udfff；表情拆成两半：\ud83d\ude00"
    path = folder / "s.nianbao"
    path.write_text(json.dumps(data), encoding="utf-8")  # ASCII escapes: "\ud800" as the file has it
    assert "\\ud800" in path.read_text(encoding="utf-8")
    return path


def test_lone_surrogates_are_replaced_at_load_with_a_note(tmp_path: Path) -> None:
    report = storage.load(_surrogate_file(tmp_path))
    assert report.organ == "\ufffd某某镇"
    assert report.texts["5"] == "问题：\ufffd；表情拆成两半：😀"  # a proper pair becomes its character
    assert any("已替换" in n and "2 个" in n for n in report.notes), report.notes


def test_convert_and_check_of_a_file_with_lone_surrogates(tmp_path: Path) -> None:
    src = _surrogate_file(tmp_path)
    check = _main("check", "s.nianbao", cwd=tmp_path)
    _no_traceback(check)
    assert "已替换" in check.stdout
    for out, extra in (("out.nianbao", ()), ("out.xlsx", ("--draft",)), ("out.docx", ("--draft",)),
                       ("out.pdf", ("--draft",))):
        proc = _main("convert", "s.nianbao", out, *extra, cwd=tmp_path)
        _no_traceback(proc)
        assert proc.returncode == 0, proc.stderr
    assert storage.load(tmp_path / "out.nianbao").organ == "\ufffd某某镇"
    assert read_xlsx(tmp_path / "out.xlsx").organ == "\ufffd某某镇"
    assert src.exists() and _temps(tmp_path) == []


def test_save_export_and_autosave_of_a_report_holding_lone_surrogates(tmp_path: Path) -> None:
    """As if typed or pasted (not loaded): every write cleans what it writes; none raises."""
    report = clean_report("2021")
    report.organ = "某某\ud800镇"
    report.texts["6"] = "无\udc00"
    report.accepted["X2@art20_1/normative"] = Acceptance("说明\ud801", "")
    saved = storage.save(report, tmp_path / "r.nianbao")
    again = storage.load(saved)
    assert again.organ == "某某\ufffd镇" and again.texts["6"] == "无\ufffd"
    assert report.organ == "某某\ud800镇"  # the report in memory (the editor's) is not changed under it
    for fmt in ("docx", "pdf", "xlsx"):
        export(report, tmp_path / f"r.{fmt}", draft=True)
    journal = Journal(str(saved), folder=tmp_path / "data")
    assert journal.record(report) and journal.problem == ""
    found = pending(tmp_path / "data")
    assert len(found) == 1 and recover(found[0]).organ == "某某\ufffd镇"


def test_a_name_with_a_lone_surrogate_is_a_chinese_message(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="无法使用的字符"):
        storage.save(clean_report("2021"), tmp_path / "a\ud800b.nianbao")
    with pytest.raises(ExportError, match="无法使用的字符"):
        export(clean_report("2021"), tmp_path / "a\ud800b.pdf")
    assert list(tmp_path.iterdir()) == []


# --- item 5: never write what we cannot read -----------------------------------------------------

def test_new_with_a_year_the_loader_refuses_writes_nothing(tmp_path: Path) -> None:
    proc = _main("new", "--year", "2201", "a.nianbao", cwd=tmp_path)
    _no_traceback(proc)
    assert proc.returncode != 0
    assert CJK.search(proc.stderr) and "2201" in proc.stderr
    assert not (tmp_path / "a.nianbao").exists() and _temps(tmp_path) == []


def _huge_totals(report: Report) -> Report:
    """Input cells just under the load limit, so that the totals over them are above it."""
    for address in report.form.input_addresses():
        if report.form.kind_of(address) == "count":
            report.cells[address] = 9 * 10 ** 14
    calc.recompute_all(report)
    return report


def test_totals_above_the_load_limit_are_not_written(tmp_path: Path) -> None:
    target = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    before = target.read_bytes()
    with pytest.raises(ProjectFileError) as e:
        storage.save(_huge_totals(clean_report("2021")), target)
    assert "无法重新打开" in str(e.value) and CJK.search(str(e.value))
    assert target.read_bytes() == before and not (tmp_path / "r.nianbao.bak").exists()
    assert _temps(tmp_path) == []
    journal = Journal(str(target), folder=tmp_path / "data")
    journal.record(_huge_totals(clean_report("2021")))
    assert "无法重新打开" in journal.problem


def test_convert_of_a_file_whose_totals_would_exceed_the_limit(tmp_path: Path) -> None:
    data = json.loads(dumps(clean_report("2021")))
    form = get_form("2021")
    for address in form.input_addresses():
        if form.kind_of(address) == "count":
            data["cells"][address] = 9 * 10 ** 14  # loads (R5 names the slips): each under 10^15
    for address in list(data["cells"]):
        if form.is_computed(address):
            del data["cells"][address]
    (tmp_path / "in.nianbao").write_text(json.dumps(data), encoding="utf-8")
    storage.load(tmp_path / "in.nianbao")
    proc = _main("convert", "in.nianbao", "out.nianbao", cwd=tmp_path)
    _no_traceback(proc)
    assert proc.returncode == 2 and "无法重新打开" in proc.stderr
    assert not (tmp_path / "out.nianbao").exists() and _temps(tmp_path) == []




@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(reports())
def test_random_reports_save_and_load_as_the_same_report(tmp_path: Path, report: Report) -> None:
    path = storage.save(report, tmp_path / "r.nianbao")
    again = storage.load(path)
    assert dumps(again) == dumps(report)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(reports())
def test_random_reports_export_to_a_workbook_that_reads_back_the_same(tmp_path: Path, report: Report) -> None:
    path = export(report, tmp_path / "r.xlsx", draft=True)
    assert dumps(read_xlsx(path)) == dumps(report)


# --- item 7: file names --------------------------------------------------------------------------

def _name(size: int, ext: str) -> str:
    """A name of exactly ``size`` UTF-8 bytes: Chinese characters (3 bytes each) and ASCII."""
    body = size - len(ext.encode())
    name = "报" * (body // 3) + "x" * (body % 3) + ext
    assert len(name.encode("utf-8")) == size
    return name


@pytest.mark.parametrize("size", [240, 241, 242, 250, 255])
def test_long_legal_names_save_and_export_twice(tmp_path: Path, size: int) -> None:
    report = clean_report("2021")
    target = tmp_path / _name(size, ".nianbao")
    for organ in ("第一次", "第二次"):
        report.organ = organ
        storage.save(report, target)
        assert storage.load(target).organ == organ
    backups = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert len(backups) == 1 and storage.load(backups[0]).organ == "第一次"
    for fmt in ("xlsx", "pdf"):
        out = tmp_path / _name(size, "." + fmt)
        export(report, out)
        export(report, out)
        assert out.stat().st_size > 0
    assert _temps(tmp_path) == []


def test_names_over_255_bytes_are_refused_cleanly(tmp_path: Path) -> None:
    name = _name(256, ".nianbao")
    with pytest.raises(ProjectFileError, match="文件名太长"):
        storage.save(clean_report("2021"), tmp_path / name)
    with pytest.raises(ExportError, match="文件名太长"):
        export(clean_report("2021"), tmp_path / _name(256, ".docx"))
    for args in (["new", "--year", "2024", name], ["convert", "in.nianbao", name]):
        storage.save(clean_report("2021"), tmp_path / "in.nianbao")
        proc = _main(*args, cwd=tmp_path)
        _no_traceback(proc)
        assert proc.returncode == 2 and "文件名太长" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".data")) == \
        ["in.nianbao", "in.nianbao.bak"]


@pytest.mark.parametrize("stem", ["COM¹", "com²", "LPT³", "CONIN$", "conout$", "COM0", "LPT0"])
def test_more_windows_reserved_names_are_refused(tmp_path: Path, stem: str) -> None:
    with pytest.raises(ProjectFileError, match="Windows 保留"):
        storage.save(clean_report("2021"), tmp_path / f"{stem}.nianbao")
    with pytest.raises(ExportError, match="Windows 保留"):
        export(clean_report("2021"), tmp_path / f"{stem}.pdf")
    proc = _main("new", "--year", "2024", f"{stem}.nianbao", cwd=tmp_path)
    _no_traceback(proc)
    assert proc.returncode == 2 and "Windows 保留" in proc.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name != ".data"] == []


def test_stale_temps_of_the_short_naming_are_removed_and_others_kept(tmp_path: Path) -> None:
    target = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    fd, mine = atomic._create_temp(tmp_path, "r.nianbao", 0o600)
    os.close(fd)
    fd, other = atomic._create_temp(tmp_path, "other.nianbao", 0o600)
    os.close(fd)
    assert atomic.stale_temps(target) == [mine]
    storage.load(target, tidy=True)          # the editor opening it (a plain read writes nothing)
    assert _temps(tmp_path) == [other.name]


# --- item 8: permissions, owners, links ----------------------------------------------------------

@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_files_honour_the_umask(tmp_path: Path, umask_022: None) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    export(clean_report("2021"), tmp_path / "r.pdf")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "r.pdf").stat().st_mode) == 0o644
    os.umask(0o077)
    export(clean_report("2021"), tmp_path / "p.docx")
    assert stat.S_IMODE((tmp_path / "p.docx").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_over_a_file_keeps_its_mode_and_owner(tmp_path: Path, umask_022: None) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    out = tmp_path / "r.xlsx"
    export(clean_report("2021"), out)
    for p in (path, out):
        os.chmod(p, 0o664)
    owner = None
    if IS_ROOT:
        owner = (65534, 65534)  # nobody: as when a colleague made the file
        for p in (path, out):
            os.chown(p, *owner)
    storage.save(clean_report("2021"), path)
    export(clean_report("2021"), out)
    for p in (path, out, tmp_path / "r.nianbao.bak"):
        st = p.stat()
        assert stat.S_IMODE(st.st_mode) == 0o664, p
        if owner:
            assert (st.st_uid, st.st_gid) == owner, p


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_saving_onto_a_symlink_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real_folder = tmp_path / "shared"
    real_folder.mkdir()
    real = storage.save(clean_report("2021"), real_folder / "2024.nianbao")
    link = tmp_path / "报告.nianbao"
    link.symlink_to(real)
    report = clean_report("2021")
    report.organ = "通过链接保存"
    storage.save(report, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert storage.load(real).organ == "通过链接保存"
    assert (real_folder / "2024.nianbao.bak").exists()
    xlsx_real = real_folder / "r.xlsx"
    export(clean_report("2021"), xlsx_real)
    (tmp_path / "r.xlsx").symlink_to(xlsx_real)
    export(report, tmp_path / "r.xlsx")
    assert (tmp_path / "r.xlsx").is_symlink() and read_xlsx(xlsx_real).organ == "通过链接保存"
    assert _temps(tmp_path) == [] and _temps(real_folder) == []


@pytest.mark.skipif(os.name != "posix", reason="hard links")
def test_saving_onto_a_hard_link_updates_every_name(tmp_path: Path) -> None:
    first = storage.save(clean_report("2021"), tmp_path / "a.nianbao")
    second = tmp_path / "b.nianbao"
    os.link(first, second)
    old = first.read_bytes()
    report = clean_report("2021")
    report.organ = "硬链接"
    storage.save(report, second)
    assert first.stat().st_ino == second.stat().st_ino and first.stat().st_nlink == 2
    assert storage.load(first).organ == "硬链接" and storage.load(second).organ == "硬链接"
    assert (tmp_path / "b.nianbao.bak").read_bytes() == old
    out, out2 = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export(clean_report("2021"), out)
    os.link(out, out2)
    export(report, out2, draft=True)
    assert out.read_bytes() == out2.read_bytes() and out.stat().st_ino == out2.stat().st_ino
    assert _temps(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="hard links")
def test_a_failed_in_place_write_puts_the_old_content_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = storage.save(clean_report("2021"), tmp_path / "a.nianbao")
    os.link(first, tmp_path / "b.nianbao")
    old = first.read_bytes()
    real = atomic._overwrite
    calls = {"n": 0}

    def overwrite(target: Path, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            with open(target, "wb") as f:
                f.write(data[:100])  # half written, then the disk is full
            raise OSError(28, "No space left on device")
        real(target, data)

    monkeypatch.setattr(atomic, "_overwrite", overwrite)
    report = clean_report("2021")
    report.organ = "写不进去"
    with pytest.raises(ProjectFileError, match="磁盘空间不足"):
        storage.save(report, first)
    assert first.read_bytes() == old == (tmp_path / "b.nianbao").read_bytes()
    assert _temps(tmp_path) == []


def test_other_os_errors_are_said_in_chinese() -> None:
    for code in (2, 5, 20, 21, 40, 18, 9999):
        text = atomic.reason(OSError(code, "English words"))
        assert CJK.search(text) and "English" not in text, (code, text)


def test_money_and_blank_kinds_survive_the_verified_save(tmp_path: Path) -> None:
    report = clean_report("2021")
    report.cells["art20_8/fees/amount"] = Decimal("999999999999.999999")
    report.cells["requests/2/natural"] = NA
    path = storage.save(report, tmp_path / "r.nianbao")
    assert storage.load(path).cells["art20_8/fees/amount"] == Decimal("999999999999.999999")
