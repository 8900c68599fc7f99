"""After one edit, only the checks that read what changed run again."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable

from builders import clean_last_year, clean_report

from core.commands import SetCell, SetText
from core.findings import Finding
from core.report import Report
from core.rule_instances import Instance
from core.validate import Validator, validate


def _counting(validator: Validator) -> Counter[str]:
    """Wrap every instance of ``validator`` so each run is counted by instance key."""
    runs: Counter[str] = Counter()

    def wrap(inst: Instance) -> Instance:
        inner = inst.run

        def run(report: Report, inner: Callable[[Report], list[Finding]] = inner,
                key: str = inst.key) -> list[Finding]:
            runs[key] += 1
            return inner(report)

        return dataclasses.replace(inst, run=run)

    validator._all = [wrap(i) for i in validator._all]
    return runs


def test_one_cell_reruns_only_the_checks_reading_it_and_its_totals() -> None:
    report = clean_report("2021")
    report.last_year = clean_last_year(report)
    validator = Validator(report)
    total = len(validator._all)
    runs = _counting(validator)
    applied = SetCell("requests/3.1/natural", 11).apply(report)
    assert set(applied.change.cells) == {"requests/3.1/natural", "requests/3.1/total",
                                         "requests/3.7/natural", "requests/3.7/total"}
    findings = validator.update(applied.change.reads())
    assert findings == validate(report)
    assert [f.rule for f in findings] == ["R1", "R1"]
    # R1 of the two columns and R2 of the applicant column (R2 is generated from the 3.7 total of
    # each applicant column), R3 of the two rows, X1 of neither, R5 and R8 of the two rows (each
    # checks a row's cells one by one in one call: a batch check pays one call per row, an edit a
    # few cells), R5b, R5c and N1 of 表三, and R6 (prose figures compared with the cells; the
    # statements of each text are cached, so only the comparison runs again), and T5 (表三 typed
    # against the request ledger's count: it reads the ledger's cells; with no ledger it returns at once).
    assert set(runs) == {"R1@natural", "R1@total", "R2@natural", "R3@3.1", "R3@3.7", "R5b@requests",
                         "R5c@requests", "N1@requests", "R6", "T5@ledger"} | {
                             f"{r}@requests/{row}" for r in ("R5", "R8") for row in ("3.1", "3.7")}
    assert all(n == 1 for n in runs.values()) and len(runs) < total / 5


def test_text_edit_reruns_only_that_sections_checks() -> None:
    report = clean_report("2021")
    validator = Validator(report)
    runs = _counting(validator)
    applied = SetText("6", "无").apply(report)
    findings = validator.update(applied.change.reads())
    # and the prose checks of that text: R6 (one instance over all texts), P1, F2, F3 of 六; N2
    # (sections not read from the source: writing into one clears its mark) reads every section
    assert set(runs) == {"S3@6", "S4@6", "S7@6", "R6", "P1@6", "F2@6", "F3@6", "N2"}
    assert [f.rule for f in findings] == ["S4"]
