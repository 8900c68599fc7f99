"""Request-ledger figures, printed rather than asserted (issue: 台账).

Why: in ledger mode every edit of a request re-derives 表三; with a county department's register
of thousands of requests the clerk must not feel it (goal: ≤ 5 ms to re-derive after one edit at
5,000 requests), and the ledger page must scroll smoothly at that size (frame time, goal ≤ 16 ms).

Measured here, medians and p95 over many edits on a random 5,000-request ledger (2021 format):
- derive: moving one request's counts and writing the cells it moved (``Tally.edit`` + the cell
  writes and totals, as ``EditRequest`` does), without validation;
- edit: the whole ``Session.execute(EditRequest)`` — derive, then re-validate what changed
  (the ledger rules T1–T6 read the whole register, so they re-run on every ledger edit);
- full recount: a fresh ``Tally`` over all 5,000 (what insert/delete/import cost);
- scroll (with ``--gui``, offscreen unless DISPLAY is set): the ledger page at 5,000 rows, one
  page down per frame, time from the key to the repainted viewport.

Run from the repo root:  .venv/bin/python benchmarks/ledger.py [--gui] [--rows N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import calc  # noqa: E402
from core.ledger.commands import EditRequest, ReplaceLedger, SetLedgerMode  # noqa: E402
from core.ledger.derive import Tally, tally  # noqa: E402
from core.ledger.model import Request  # noqa: E402
from core.registry import get_form  # noqa: E402
from core.report import Report, blank_report  # noqa: E402
from core.session import Session  # noqa: E402

YEAR = 2025


def random_request(rng: random.Random, spec_outcomes: tuple[str, ...], applicants: tuple[str, ...]) -> Request:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    outcome = rng.choice([*spec_outcomes, "", ""])
    answered = f"{YEAR}-{month:02d}-{min(28, day + rng.randint(0, 20)):02d}" if outcome else ""
    return Request(str(rng.randint(1, 99999)), f"{YEAR}-{month:02d}-{day:02d}", "网络", rng.choice(applicants),
                   subject="政府信息", outcome=outcome, answered=answered, carried=rng.random() < 0.02)


def ledger_report(rows: int, seed: int = 1) -> tuple[Report, Session, random.Random]:
    form = get_form("2021")
    spec = form.ledger
    assert spec is not None
    rng = random.Random(seed)
    report = blank_report(form, YEAR, "某某县市场监督管理局")
    session = Session(report)
    session.execute(ReplaceLedger(tuple(random_request(rng, spec.outcomes, spec.applicants) for _ in range(rows))))
    session.execute(SetLedgerMode(True))
    return report, session, rng


def _ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[int(0.95 * (len(samples) - 1))]
    return f"median {statistics.median(samples) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms (n={len(samples)})"


def core_figures(rows: int, edits: int) -> None:
    report, session, rng = ledger_report(rows)
    spec = report.form.ledger
    assert spec is not None
    derive, edit = [], []
    for _ in range(edits):
        i = rng.randrange(rows)
        new = random_request(rng, spec.outcomes, spec.applicants)
        t0 = time.perf_counter()
        t = tally(report.ledger, report.form, YEAR)
        report.ledger.requests[i] = new
        moved = t.edit(i, new)
        values = t.values()
        for a in moved:
            report.cells[a] = values[a]
        calc.recompute_after(report, list(moved))
        derive.append(time.perf_counter() - t0)
        j = rng.randrange(rows)
        t0 = time.perf_counter()
        session.execute(EditRequest(j, random_request(rng, spec.outcomes, spec.applicants)))
        edit.append(time.perf_counter() - t0)
    recount = []
    for _ in range(20):
        t0 = time.perf_counter()
        Tally(report.form, YEAR, report.ledger.requests)
        recount.append(time.perf_counter() - t0)
    fresh = Tally(report.form, YEAR, report.ledger.requests).values()
    ok = all(report.cells[a] == n for a, n in fresh.items())
    print(f"ledger of {rows} requests, 2021 format, ledger mode")
    print(f"  derive after one edit (goal ≤ 5 ms): {_ms(derive)}")
    print(f"  EditRequest through the session, with re-validation: {_ms(edit)}")
    print(f"  full recount (insert/delete/import): {_ms(recount)}")
    print(f"  cells equal a fresh count after {2 * edits} edits: {'yes' if ok else 'NO'}")
    if not ok:
        raise SystemExit(1)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=5000)
    p.add_argument("--edits", type=int, default=500)
    p.add_argument("--gui", action="store_true", help="also the ledger page's scroll frame time")
    args = p.parse_args()
    core_figures(args.rows, args.edits)
    if args.gui:
        from benchmarks.ledger_gui import scroll_figures

        scroll_figures(args.rows)


if __name__ == "__main__":
    main()
