"""Bad targets for save and export: a clear Chinese message, the old file intact, nothing
half-written under the target name, and no temp files of ours left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core import storage
from core.exporters import ExportError, export
from core.project_json import ProjectFileError
from core.safe_io import stale_temps, windows_name_problem
from tests.builders import clean_report

ROOT = Path(__file__).resolve().parents[2]


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("name", ["a<b.nianbao", "a>b.nianbao", "a:b.nianbao", 'a"b.nianbao', "a\\b.nianbao",
                                  "a|b.nianbao", "a?b.nianbao", "a*b.nianbao", "CON.nianbao", "nul.docx",
                                  "com1.pdf", "LPT9.xlsx", "tab\there.pdf"])
def test_windows_forbidden_names_are_refused(tmp_path: Path, name: str) -> None:
    assert windows_name_problem(tmp_path / name)
    target = tmp_path / name
    if target.suffix in (".docx", ".pdf", ".xlsx"):
        with pytest.raises(ExportError, match="Windows"):
            export(clean_report("2021"), target)
    else:
        with pytest.raises(ProjectFileError, match="Windows"):
            storage.save(clean_report("2021"), target)
    assert list(tmp_path.iterdir()) == []


def test_ordinary_chinese_names_are_fine(tmp_path: Path) -> None:
    assert windows_name_problem(tmp_path / "2024年度某某镇人民政府（定稿）.nianbao") == ""
    assert windows_name_problem(tmp_path / "console.pdf") == ""


def test_save_over_a_read_only_file_keeps_it(tmp_path: Path) -> None:
    target = tmp_path / "r.nianbao"
    storage.save(clean_report("2021"), target)
    before = target.read_bytes()
    os.chmod(target, stat.S_IREAD)
    report = clean_report("2021")
    report.organ = "改过的"
    with pytest.raises(ProjectFileError, match="没有写入权限"):
        storage.save(report, target)
    assert target.read_bytes() == before
    assert _litter(tmp_path) == []


def test_stale_temps_are_removed_on_open_save_and_export(tmp_path: Path) -> None:
    target = tmp_path / "r.nianbao"
    storage.save(clean_report("2021"), target)
    for n in ("abcd1234", "zz_y9876"):
        (tmp_path / f".r.nianbao.{n}.tmp").write_bytes(b"half")
    (tmp_path / ".r.nianbao.bak.qwer5678.tmp").write_bytes(b"half")
    (tmp_path / ".other.nianbao.abcd1234.tmp").write_bytes(b"not ours to touch")
    assert len(stale_temps(target)) == 3
    storage.load(target)                       # a plain read (check) writes nothing
    assert len(stale_temps(target)) == 3
    storage.load(target, tidy=True)            # the editor opening it tidies
    assert _litter(tmp_path) == [".other.nianbao.abcd1234.tmp"]
    (tmp_path / ".r.nianbao.abcd1234.tmp").write_bytes(b"half")
    storage.save(clean_report("2021"), target)
    assert _litter(tmp_path) == [".other.nianbao.abcd1234.tmp"]
    out = tmp_path / "r.xlsx"
    (tmp_path / ".r.xlsx.abcd1234.tmp").write_bytes(b"half")
    export(clean_report("2021"), out)
    assert _litter(tmp_path) == [".other.nianbao.abcd1234.tmp"]


def _child(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


_WRITE_ALL = """
    import sys
    from pathlib import Path
    from core import storage
    from core.exporters import ExportError, export
    from core.project_json import ProjectFileError
    from tests.builders import clean_report
    folder = Path(sys.argv[1])
    report = clean_report("2021"); report.organ = "新内容" * 2000  # large enough to pass the limit
    for name in ("r.nianbao", "r.docx", "r.pdf", "r.xlsx"):
        try:
            (storage.save(report, folder / name) if name.endswith(".nianbao") else export(report, folder / name, draft=True))
            print(name, "OK")
        except (ProjectFileError, ExportError) as e:
            print(name, "ERR", str(e).replace(chr(10), " "))
"""


def _old_files(folder: Path) -> dict[str, bytes]:
    storage.save(clean_report("2021"), folder / "r.nianbao")
    for name in ("r.docx", "r.pdf", "r.xlsx"):
        (folder / name).write_bytes(b"old " + name.encode())
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_full_disk_keeps_old_files(tmp_path: Path) -> None:
    """A full disk, simulated with a file-size limit in a child (the write fails with EFBIG)."""
    old = _old_files(tmp_path)
    code = "import resource, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n" \
           "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))\n" + textwrap.dedent(_WRITE_ALL)
    result = _child(code, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and all(" ERR " in line and "磁盘空间不足" in line for line in lines), result.stdout
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old
    assert _litter(tmp_path) == []


def _mount_read_only(folder: Path) -> bool:
    """A read-only filesystem (EROFS) at ``folder``: root ignores permission bits, not this."""
    if not hasattr(os, "getuid") or os.getuid() != 0:
        return False
    done = subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX")
def test_read_only_folder_keeps_old_files(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    old = _old_files(folder)
    if os.getuid() == 0:
        if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot bind-mount here (no CAP_SYS_ADMIN) and root ignores permission bits")
        if not _mount_read_only(folder):
            subprocess.run(["umount", str(folder)])
            pytest.skip("cannot remount read-only here")
    else:
        os.chmod(folder, 0o555)
    try:
        result = _child(_WRITE_ALL, folder)
    finally:
        if os.getuid() == 0:
            subprocess.run(["umount", str(folder)])
        else:
            os.chmod(folder, 0o755)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and all(" ERR " in line and "没有写入权限" in line for line in lines), result.stdout
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == old
    assert _litter(folder) == []
