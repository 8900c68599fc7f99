"""Prose checks of a full report, timed: the figures stated in the text (R6), the form of the
report (F1–F5) and the privacy scan (P1), cold (statements parsed) and warm (cached, as after a
cell edit). Goal: ≤ 20 ms median for a full report, cold.

Run from the repo root:  .venv/bin/python benchmarks/prose.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from core import storage  # noqa: E402
from core.prose import checks  # noqa: E402
from core.validate import instances_for  # noqa: E402

PROSE = ("R6", "F1", "F2", "F3", "F4", "F5", "P1")
FIXTURES = ("samples/huaian-city-2024", "samples/hongze-district-2024", "seeds/000_93aa9cedd0ce63ce",
            "seeds/002_623967a19d51db49")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    print(f"prose checks of a full report, {runs} runs (goal ≤ 20 ms median, cold)")
    for name in FIXTURES:
        report = storage.load(ROOT / "tests" / "fixtures" / f"{name}.nianbao")
        prose = [i for i in instances_for(report.form) if i.rule in PROSE]
        chars = sum(len(t) for t in report.texts.values())
        cold, warm = [], []
        for _ in range(runs):
            checks._parsed.clear()
            t0 = time.perf_counter()
            found = [f for i in prose for f in i.run(report)]
            cold.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for i in prose:
                i.run(report)
            warm.append(time.perf_counter() - t0)
        print(f"  {name:<32} {chars:6,} chars  cold median {statistics.median(cold) * 1000:6.2f} ms"
              f"   warm median {statistics.median(warm) * 1000:6.2f} ms   {len(found)} findings")


if __name__ == "__main__":
    main()
