"""How far the prose checks can be trusted, on real reports read by hand: printed, not asserted.

R6 on the sentence corpus (tests/prose_corpus/, scored by tests/corpus_score.py): precision and
recall, warnings and infos apart, with the sentences behind every false warning and every miss.
Then the form and privacy rules (F1, F4, F5, P1) on 121 real titles and preambles read by hand
(tests/form_corpus/, scored by tests/form_score.py), and every form, privacy and plausibility rule
(F1–F5, P1, R8, S4) on every full real report we hold (tests/fixtures: five seeds, three samples),
each finding judged by hand below.

Run from the repo root:  .venv/bin/python benchmarks/prose_corpus.py [--list]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import form_score  # noqa: E402
from corpus_score import score  # noqa: E402

from core import storage  # noqa: E402
from core.validate import validate  # noqa: E402

RULES = ("F1", "F2", "F3", "F4", "F5", "P1", "R8", "S4")
REPORTS = sorted((ROOT / "tests" / "fixtures").glob("*/*.nianbao"))
REAL = {
    # judged by reading the report: the finding is right
    ("000_93aa9cedd0ce63ce", "F1"): "标题“…2020 年 政府信息公开年度报告”缺少“工作”",
    ("001_3414622f6e6cf362", "F4"): "前言没有统计期限",
    ("001_3414622f6e6cf362", "F5"): "前言没有联系方式",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print the sentences behind the figures")
    args = parser.parse_args()

    s = score()
    flagged_true = len(s.false_warnings) + len(s.infos_on_true)
    hits = s.real_found + s.planted_found
    print(f"R6 on {s.sentences} real sentences ({', '.join(f'{k} {v}' for k, v in sorted(s.by_truth.items()))})")
    print(f"  errors                      {len(s.errors)}")
    print(f"  false warnings              {len(s.false_warnings)}  ({s.false_warning_rate:.2%} of sentences; goal ≤ 1 %)")
    print(f"  infos on true sentences     {len(s.infos_on_true)}")
    print(f"  planted contradictions      {s.planted}: found {s.planted_found} ({s.recall:.1%}; goal ≥ 90 %), "
          f"as warnings {s.planted_warned} ({s.planted_warned / max(s.planted, 1):.1%})")
    print(f"  planted in judgement calls  {s.judged}: found {s.judged_found}")
    print(f"  real slips in the reports   {s.real_found + len(s.real_missed)}: found {s.real_found}")
    print(f"  precision (any finding)     {hits / max(hits + flagged_true, 1):.1%}"
          f"  precision (warnings)        {(s.planted_warned) / max(s.planted_warned + len(s.false_warnings), 1):.1%}")
    if args.list:
        for title, lines in (("false warnings", s.false_warnings), ("infos on true sentences", s.infos_on_true),
                             ("planted, missed", s.planted_missed), ("real slips, missed", s.real_missed)):
            print(f"\n{title}:")
            for line in lines:
                print(f"  {line}")

    f = form_score.score()
    print(f"\nform and privacy rules on {f.reports} real titles and preambles")
    print(f"  {'rule':4}  {'warnings':>8}  {'false':>5}  {'false rate':>10}  {'infos':>5}")
    for rule in form_score.RULES:
        print(f"  {rule:4}  {f.warned[rule]:8}  {len(f.false[rule]):5}  {len(f.false[rule]) / f.reports:10.1%}"
              f"  {f.infos[rule]:5}")
        if args.list:
            for line in f.false[rule]:
                print(f"      {line}")

    print(f"\nform, privacy and plausibility rules on {len(REPORTS)} full real reports")
    per_rule = {r: [0, 0, 0] for r in RULES}          # warnings, judged real, infos
    for path in REPORTS:
        for f in validate(storage.load(path)):
            if f.rule not in per_rule:
                continue
            if f.severity == "info":
                per_rule[f.rule][2] += 1
                continue
            per_rule[f.rule][0] += 1
            per_rule[f.rule][1] += (path.stem, f.rule) in REAL
    print(f"  {'rule':4}  {'warnings':>8}  {'real':>4}  {'false':>5}  {'false per report':>16}  {'infos':>5}")
    for rule, (warned, real, infos) in per_rule.items():
        print(f"  {rule:4}  {warned:8}  {real:4}  {warned - real:5}  {(warned - real) / len(REPORTS):16.0%}  {infos:5}")


if __name__ == "__main__":
    main()
