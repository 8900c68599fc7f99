"""Performance figures for the core, printed rather than asserted.

Why: the editor revalidates after every keystroke (budget ≤ 2 ms p99 per edit), and a county office
runs ``main.py check`` over a whole folder of submitted reports (goal ≤ 1 s for 1,000 files on one core).
Timing varies with the machine, so these are figures to read and compare between commits, not tests
that fail on a slow CI runner. The one hard check is correctness: after thousands of incremental
edits the Validator's findings must equal a fresh ``validate(report)``; if not, the exit code is 1.

Run from the repo root:  .venv/bin/python benchmarks/run.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from builders import clean_last_year, clean_report  # noqa: E402

from core import storage  # noqa: E402
from core.commands import SetCell  # noqa: E402
from core.journal import Journal  # noqa: E402
from core.project_json import EXTENSION, dumps  # noqa: E402
from core.report import Report  # noqa: E402
from core.session import Session  # noqa: E402
from core.validate import validate  # noqa: E402
from core.values import NA, Value  # noqa: E402

FORMATS = ("2021", "2019")
EDIT_GOAL_MS = 2.0
CHECK_GOAL_S = 1.0
"""Seconds for 1,000 full real reports on one core (issue 21), and in proportion for 100 or 10,000."""


def full_report(fmt: str) -> Report:
    """A complete, consistent report with last year attached, so cross-year rules run too."""
    report = clean_report(fmt)
    storage.attach_last_year(report, clean_last_year(report))
    return report


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def summary(samples: list[float]) -> tuple[float, float]:
    """Median and p99 (seconds)."""
    p99 = statistics.quantiles(samples, n=100, method="inclusive")[98] if len(samples) > 1 else samples[0]
    return statistics.median(samples), p99


def time_calls(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def altered(value: Value, kind: str, rng: random.Random) -> Value:
    """A different value of the same kind: a bigger number (breaks sums), blank, or "/"."""
    choice = rng.random()
    if choice < 0.1:
        return None
    if choice < 0.2:
        return NA
    base = value if isinstance(value, (int, Decimal)) else 0
    bump = rng.randint(1, 9)
    return base + (Decimal(bump) if kind == "money" else bump)


def bench_validate(fmt: str, runs: int) -> None:
    report = full_report(fmt)
    validate(report)  # warm the per-form instance cache
    med, p99 = summary(time_calls(lambda: validate(report), runs))
    print(f"  {f'validate(report) ×{runs}':<34} median {ms(med)}   p99 {ms(p99)}")


def bench_edits(fmt: str, edits: int, folder: Path, journal: bool, seed: int = 1) -> bool:
    """Edits as the editor makes them, through ``Session.execute`` (with the autosave journal the
    editor keeps, or without); returns whether incremental == full validation."""
    rng = random.Random(seed)
    report = full_report(fmt)
    form = report.form
    inputs = form.input_addresses()
    original = {a: report.cells[a] for a in inputs}
    session = Session(report, journal=Journal(str(folder / f"edits-{fmt}{EXTENSION}"), folder=folder)
                      if journal else None)
    samples: list[float] = []
    peak = 0
    for _ in range(edits):
        address = rng.choice(inputs)
        # Alternate: a modified cell goes back to its clean value, a clean one gets broken.
        if report.cells[address] == original[address]:
            value = altered(original[address], form.kind_of(address), rng)
        else:
            value = original[address]
        t0 = time.perf_counter()
        found = session.execute(SetCell(address, value)).findings
        samples.append(time.perf_counter() - t0)
        peak = max(peak, len(found))
    med, p99 = summary(samples)
    verdict = "met" if p99 * 1000 <= EDIT_GOAL_MS else "MISSED"
    label = f"Session.execute{' + journal' if journal else ''} ×{edits}"
    print(f"  {label:<34} median {ms(med)}   p99 {ms(p99)}   "
          f"(goal ≤ {EDIT_GOAL_MS} ms p99: {verdict}; up to {peak} findings open)")
    incremental, fresh = session.findings, validate(report)
    same = incremental == fresh
    print(f"  incremental findings {'==' if same else '!='} fresh validate(report) "
          f"({len(incremental)} vs {len(fresh)} findings after the edits)")
    return same


def bench_storage(fmt: str, runs: int, folder: Path) -> None:
    report = full_report(fmt)
    path = folder / f"bench-{fmt}{EXTENSION}"
    save_med, save_p99 = summary(time_calls(lambda: storage.save(report, path), runs))
    load_med, load_p99 = summary(time_calls(lambda: storage.load(path), runs))
    print(f"  {f'storage.save ×{runs}':<34} median {ms(save_med)}   p99 {ms(save_p99)}"
          f"   (file {path.stat().st_size:,} bytes, last year embedded)")
    print(f"  {f'storage.load ×{runs}':<34} median {ms(load_med)}   p99 {ms(load_p99)}")


def make_check_files(count: int, folder: Path, seed: int = 2) -> list[str]:
    """``count`` varied project files: both formats, some with last year, ~half with errors."""
    rng = random.Random(seed)
    bases = {fmt: full_report(fmt) for fmt in FORMATS}
    paths = []
    for i in range(count):
        report = bases[FORMATS[i % 2]]  # edited, dumped, then restored by the inverses
        report.organ = f"第{i}号镇人民政府"
        last, inverses = report.last_year, []
        if rng.random() < 0.3:
            report.last_year = None
        inputs = report.form.input_addresses()
        session = Session(report)
        for _ in range(rng.choice((0, 0, 1, 2, 5))):
            address = rng.choice(inputs)
            value = altered(report.cells[address], report.form.kind_of(address), rng)
            inverses.append(session.execute(SetCell(address, value)).inverse)
        path = folder / f"report-{i:04d}{EXTENSION}"
        path.write_text(dumps(report), encoding="utf-8")  # no fsync: generation is not what we time
        paths.append(str(path))
        for inverse in reversed(inverses):
            session.execute(inverse)
        report.last_year = last
    return paths


def real_reports() -> list[Report]:
    """Every full real published report at hand (the seeds and the import corpus's entries with
    every table; its partial page excerpts would make a folder lighter than real ones), as project
    files hold them: their own prose (2–4 thousand characters, which the prose checks read) and tables."""
    import json

    from core.importers import import_file
    from core.importers.model import ImportError_

    sources = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    corpus = ROOT / "tests" / "corpus"
    full = {m.stem for m in corpus.glob("*.json") if json.loads(m.read_text(encoding="utf-8")).get("tables") == "full"}
    sources += sorted(p for p in corpus.glob("*") if p.suffix in (".txt", ".md", ".html") and p.stem in full)
    out = []
    for source in sources:
        try:
            out.append(import_file(source)[0])
        except ImportError_:
            continue
    return out


def make_real_files(count: int, folder: Path) -> list[str]:
    """``count`` project files cycling through the real reports, each under its own organ name
    (so nothing a check caches per report is shared between files, as in a real folder)."""
    reports = real_reports()
    paths = []
    for i in range(count):
        report = reports[i % len(reports)]
        organ = report.organ
        report.organ = f"{organ or '某单位'}（{i}）"
        path = folder / f"real-{i:05d}{EXTENSION}"
        path.write_text(dumps(report), encoding="utf-8")
        paths.append(str(path))
        report.organ = organ
    return paths


CACHED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""The environment of each timed ``main.py``: with its bytecode cached, as the installed app has it
(a shell that sets PYTHONDONTWRITEBYTECODE would have every run compile the sources first, ~0.1 s)."""


def _timed(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=CACHED, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def bench_check(counts: list[int], repeats: int, real: bool = True) -> None:
    """``main.py check`` over 100 / 1,000 (/ 10,000) files, one process and ``--jobs 0`` (one per
    core): the cost should grow linearly with the files, and the jobs divide it by the cores.
    ``real``: files made from real published reports (their prose included), else generated
    reports whose prose is a few sentences (what this benchmark measured before)."""
    with tempfile.TemporaryDirectory(prefix="nianbao-bench-") as tmp:
        t0 = time.perf_counter()
        all_paths = (make_real_files if real else make_check_files)(max(counts), Path(tmp))
        kind = "real reports (seeds and import corpus, their own prose)" if real else "generated reports"
        print(f"  {max(counts)} project files of {kind} written in {time.perf_counter() - t0:.1f} s; "
              f"{os.cpu_count()} cores")
        one = [sys.executable, "main.py", "check", all_paths[0]]
        _timed(one)                                   # (writes the bytecode cache the runs then use)
        start = statistics.median(_timed(one) for _ in range(max(3, repeats)))
        print(f"  main.py check of one file (start-up: imports, templates, rules): median {start:.2f} s")
        for count in counts:
            paths = all_paths[:count]
            for extra in ([], ["--json"], ["--json", "--jobs", "0"]):
                argv = [sys.executable, "main.py", "check", *extra, *paths]
                runs, codes = [], set()
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    done = subprocess.run(argv, cwd=ROOT, env=CACHED, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)
                    runs.append(time.perf_counter() - t0)
                    codes.add(done.returncode)
                med = statistics.median(runs)
                after = (med - start) / max(count - 1, 1)
                label = " ".join(["check", *extra])
                if count >= 1000:
                    goal = CHECK_GOAL_S * count / 1000
                    judged = f"goal ≤ {goal:g} s: {'met' if med <= goal else 'MISSED'}"
                else:
                    # the goal scaled down to a few files would leave nothing for the start-up itself
                    per = CHECK_GOAL_S / 1000
                    judged = f"goal ≤ {per * 1000:g} ms/file after start-up: {'met' if after <= per else 'MISSED'}"
                print(f"  main.py {label:<22} {count:>6} files: median {med:6.2f} s of {repeats} runs "
                      f"({med / count * 1000:.2f} ms/file, {after * 1000:.2f} ms/file "
                      f"after start-up; exit {sorted(codes)}; {judged})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations (a smoke run)")
    parser.add_argument("--big", action="store_true", help="also check 10,000 files (a few minutes)")
    args = parser.parse_args(argv)
    validate_runs, edits, io_runs, files, repeats = (30, 200, 20, 100, 1) if args.quick else (300, 2000, 100, 1000, 3)
    print(f"Python {sys.version.split()[0]} on {sys.platform}{' (quick)' if args.quick else ''}")
    ok = True
    with tempfile.TemporaryDirectory(prefix="nianbao-bench-") as tmp:
        for fmt in FORMATS:
            print(f"\nFormat {fmt} (full report, last year attached):")
            bench_validate(fmt, validate_runs)
            ok = bench_edits(fmt, edits, Path(tmp), journal=False) and ok
            ok = bench_edits(fmt, edits, Path(tmp), journal=True) and ok
            bench_storage(fmt, io_runs, Path(tmp))
    print("\nCommand line:")
    counts = [100] if args.quick else [100, files, 10 * files] if args.big else [100, files]
    bench_check(counts, repeats, real=True)
    bench_check(counts[:2], repeats, real=False)
    if not ok:
        print("\nFAILED: incremental validation drifted from a full validation", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
