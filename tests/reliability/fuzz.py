"""Coverage-guided fuzzing of every reader with atheris (libFuzzer for Python).

    .venv/bin/python tests/reliability/fuzz.py --seconds 8          # each reader briefly (CI)
    .venv/bin/python tests/reliability/fuzz.py --hours 4 --reader pdf

Each reader runs in its own child process, seeded with real files made from tests/fixtures; an
input that makes the reader fail (see ``readers.check``) is copied into ``corpus/<reader>/`` so the
replay test keeps it fixed. Prints one line per reader: inputs tried, failures found.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def child(reader: str, seconds: int, work: Path) -> None:
    import atheris

    sys.path.insert(0, str(ROOT))
    from tests.reliability.readers import check, seeds

    corpus = work / "inputs"
    corpus.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(seeds(reader)):
        (corpus / f"seed{i}").write_bytes(seed)
    atheris.instrument_all()

    def one(data: bytes) -> None:
        check(reader, data)

    max_len = max(len(p.read_bytes()) for p in corpus.iterdir()) + 1024
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", f"-artifact_prefix={work}/",
                   f"-max_len={max_len}", "-rss_limit_mb=4096", "-timeout=30", str(corpus)], one)
    atheris.Fuzz()


def run(reader: str, seconds: int) -> tuple[int, list[Path]]:
    """(inputs tried, new corpus files) for one reader."""
    work = Path(tempfile.mkdtemp(prefix=f"fuzz-{reader}-"))
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT), NIANBAO_DATA_DIR=str(work / "data"))
        done = subprocess.run([sys.executable, __file__, "--child", reader, "--seconds", str(seconds),
                               "--work", str(work)], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=seconds + 300)
        runs = [int(n) for n in re.findall(r"^#(\d+)\s", done.stderr, re.M)]
        saved = []
        for crash in sorted(work.glob("crash-*")) + sorted(work.glob("timeout-*")) + sorted(work.glob("oom-*")):
            target = HERE / "corpus" / reader / f"fuzz-{crash.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(crash, target)
            saved.append(target)
        if done.returncode != 0 and not saved:
            raise RuntimeError(f"fuzzer for {reader} failed:\n{done.stderr[-3000:]}")
        return max(runs, default=0), saved
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reader", action="append", help="project, journal, text, html, docx, doc, rtf, odt, xlsx, pdf, ofd")
    parser.add_argument("--seconds", type=int, default=60, help="per reader")
    parser.add_argument("--hours", type=float, help="per reader (overrides --seconds)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    seconds = int(args.hours * 3600) if args.hours else args.seconds
    if args.child:
        child(args.child, seconds, Path(args.work))
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.reliability.readers import READERS

    failed = 0
    for reader in args.reader or list(READERS):
        tried, saved = run(reader, seconds)
        failed += len(saved)
        print(f"{reader}: {tried} inputs in {seconds} s, {len(saved)} failures"
              + "".join(f"\n  saved {p.relative_to(ROOT)}" for p in saved), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
