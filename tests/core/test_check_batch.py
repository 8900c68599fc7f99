"""``check`` over a folder: it never writes or deletes anything there (our own stale temp files
included — the next save in that folder clears those), and ``--jobs`` prints exactly what one
process prints, in the order of the files given."""

from __future__ import annotations

import io
import os
from pathlib import Path

from core import atomic, storage
from core.cli import main
from tests.builders import clean_report


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in sorted(folder.iterdir())}


def _folder(tmp: Path) -> list[str]:
    paths = []
    for i in range(12):
        report = clean_report("2021" if i % 3 else "2019", organ=f"第{i}镇人民政府")
        if i % 4 == 0:
            report.cells["requests/1/natural"] = 999          # an arithmetic error: exit 1
        path = tmp / f"{i:02d}.nianbao"
        storage.save(report, path)
        storage.save(report, path)                             # leaves a .bak
        paths.append(str(path))
    stale = tmp / f"{atomic.TEMP_PREFIX}{atomic._tag('03.nianbao')}abcdef{atomic.TEMP_SUFFIX}"
    stale.write_bytes(b"half a file")                          # what a killed save leaves
    old = 1_600_000_000
    os.utime(stale, (old, old))
    (tmp / "garbage.nianbao").write_bytes(b"\x00\x01not json")
    return [*paths, str(tmp / "garbage.nianbao")]


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_check_leaves_the_folder_byte_identical_and_jobs_print_the_same(tmp_path: Path) -> None:
    files = _folder(tmp_path)
    before = _snapshot(tmp_path)
    one = _run("check", "--json", *files)
    two = _run("check", "--json", "--jobs", "2", *files)
    every = _run("check", "--jobs", "0", *files)
    assert one[0] == two[0] == every[0] == 2                   # the garbage file
    assert one[1] == two[1] and one[2] == two[2]
    assert [line.split('"file": ')[1].split(",")[0] for line in one[1].splitlines()] == [f'"{f}"' for f in files]
    assert every[1] == _run("check", *files)[1]
    assert _snapshot(tmp_path) == before


def test_jobs_refuses_a_negative_count(tmp_path: Path) -> None:
    files = _folder(tmp_path)
    code, _, err = _run("check", "--jobs", "-1", files[0])
    assert code == 2 and "--jobs" in err
