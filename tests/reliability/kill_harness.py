"""Kills saves, exports and autosaves at random moments and checks what is left on disk.

A parent that has imported the core forks children; each child loops one kind of write (atomic
project-file save, atomic export write, edits recorded by the autosave journal) and is SIGKILLed
after a random delay. After every kill the parent checks: the file is readable and is one of the
versions written (never a mix), the next open / save / export removes our stale temp files so only
the file and its backup remain, and — for the journal — how many seconds of edits the recovered
autosave lacks compared with the last edit the child reported.

    .venv/bin/python tests/reliability/kill_harness.py --kills 200          # about half a minute
    .venv/bin/python tests/reliability/kill_harness.py --kills 5000 --long  # an hour or more

Prints one JSON object with the figures; exits 1 when any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from builders import clean_report  # noqa: E402

from core import atomic, storage  # noqa: E402
from core.commands import SetCell  # noqa: E402
from core.exporters import render, write  # noqa: E402
from core.journal import Journal, pending, recover  # noqa: E402
from core.project_json import ProjectFileError  # noqa: E402
from core.session import Session  # noqa: E402

CELL = "requests/1/natural"


def child_save(path: Path) -> None:
    session = Session(storage.load(path))
    n = session.report.cells[CELL] or 0
    while True:
        n += 1
        session.execute(SetCell(CELL, n % 100000))
        storage.save(session.report, path)


def child_export(path: Path, versions: list[bytes]) -> None:
    i = 0
    while True:
        write(path, versions[i % 2])
        i += 1


def child_journal(folder: Path, source: Path, out: int) -> None:
    journal = Journal(str(source), folder=folder)
    session = Session(storage.load(source), journal=journal)
    n = 0
    while True:
        n += 1
        session.execute(SetCell(CELL, n))
        os.write(out, f"{n} {time.monotonic():.6f}\n".encode())
        time.sleep(0.002)  # a fast typist: 500 edits a second


def run_child(target: object, delay: float, *args: object) -> None:
    pid = os.fork()
    if pid == 0:
        try:
            target(*args)  # type: ignore[operator]
        finally:
            os._exit(0)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def ours(folder: Path, name: str) -> set[str]:
    """The file, its backup and the temporary files of its writes (``core.atomic`` names them
    ``.~nb…tmp`` after the target's name; the earlier ``.<name>.XXXXXXXX.tmp`` too)."""
    temps = {p.name for p in atomic.stale_temps(folder / name)}
    return temps | {p.name for p in folder.iterdir() if p.name.startswith(name) or p.name.startswith("." + name)}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--kills", type=int, default=200)
    p.add_argument("--long", action="store_true", help="longer child runs (soak)")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    os.environ.setdefault("NIANBAO_DATA_DIR", tempfile.mkdtemp(prefix="nianbao-kill-data-"))
    work = Path(tempfile.mkdtemp(prefix="nianbao-kill-"))
    figures = {"kills": {"save": 0, "export": 0, "journal": 0}, "unreadable": 0, "mixed": 0,
               "stray_after_next_write": 0, "max_seconds_lost": 0.0, "journal_unrecoverable": 0,
               "temps_seen_right_after_kill": 0, "failures": []}

    report = clean_report("2021")
    save_path = storage.save(report, work / "报告.nianbao")
    versions = [render(report, "pdf"), render(report, "docx")]
    export_path = work / "报告.pdf"
    write(export_path, versions[0])
    source = storage.save(report, work / "自动保存源.nianbao")
    journal_dir = work / "data"

    n_journal = max(3, args.kills // 20)
    n_save = (args.kills - n_journal) // 2
    n_export = args.kills - n_journal - n_save
    short = (0.005, 0.08) if not args.long else (0.005, 0.5)

    for _ in range(n_save):
        run_child(child_save, rng.uniform(*short), save_path)
        figures["kills"]["save"] += 1
        figures["temps_seen_right_after_kill"] += len([n for n in ours(work, "报告.nianbao") if n.endswith(".tmp")])
        try:
            storage.load(save_path, tidy=True)  # the open a clerk would do next (the editor tidies)
        except ProjectFileError as e:
            figures["unreadable"] += 1
            figures["failures"].append(f"save: {e}")
        left = ours(work, "报告.nianbao")
        if left - {"报告.nianbao", "报告.nianbao.bak"}:
            figures["stray_after_next_write"] += 1
            figures["failures"].append(f"save left {sorted(left)}")

    for _ in range(n_export):
        run_child(child_export, rng.uniform(*short), export_path, versions)
        figures["kills"]["export"] += 1
        data = export_path.read_bytes()
        if data not in versions:
            figures["mixed"] += 1
            figures["failures"].append(f"export: {len(data)} bytes match neither version")
        write(export_path, versions[0])  # the next export to that name
        left = ours(work, "报告.pdf")
        if left != {"报告.pdf"}:
            figures["stray_after_next_write"] += 1
            figures["failures"].append(f"export left {sorted(left)}")

    for _ in range(n_journal):
        r, w = os.pipe()
        run_child(child_journal, rng.uniform(1.0, 3.0 if not args.long else 8.0), journal_dir, source, w)
        os.close(w)
        lines = b""
        while chunk := os.read(r, 1 << 16):
            lines += chunk
        os.close(r)
        figures["kills"]["journal"] += 1
        edits = {int(n): float(t) for n, t in (line.split() for line in lines.decode().splitlines() if line.count(" ") == 1)}
        found = [x for x in pending(journal_dir) if Path(x.source).name == source.name]
        if not found:
            figures["journal_unrecoverable"] += 1
            figures["failures"].append("journal: nothing to recover")
            continue
        try:
            recovered = recover(found[0])
        except ProjectFileError as e:
            figures["unreadable"] += 1
            figures["failures"].append(f"journal: {e}")
            continue
        saved_n = int(recovered.cells[CELL] or 0)
        last_n = max(edits)
        lost = edits[last_n] - edits[saved_n] if saved_n in edits else float("inf")
        figures["max_seconds_lost"] = max(figures["max_seconds_lost"], round(lost, 3))
        found[0].journal.unlink()
        for stray in journal_dir.glob("autosave/.*.tmp"):
            stray.unlink()  # (pending() of a later start clears them too; counted by test_targets)

    figures["ok"] = not figures["failures"] and figures["max_seconds_lost"] <= 1.1
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
