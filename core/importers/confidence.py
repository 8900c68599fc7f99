"""How sure an import is, table by table: shown in the import preview and in ``check --json``.

Why per table: a reading goes wrong table by table (an anchor written differently, a column lost in
a browser copy, merged cells left empty), and the clerk checks a table against the source as a
whole. A table is *sure* when every cell was read (or worked out) and its printed totals agree with
its parts; *doubtful* when cells are missing, a note of the import concerns it, or its arithmetic
fails (a reading error, or the original's own slip — either way a person must look); *absent* when
the source does not print it. A table printed with no cell read (its digits run together, its
values apart from its rows) is doubtful, with the import's notes on it: it was called absent, and
the preview said 原文没有 of a table the clerk could see in the source. Only the report is used (its
missing cells, notes and findings), so a saved project says the same as the import did.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.findings import ERROR, Finding
from core.forms import Form, Table
from core.report import Report

SURE, DOUBT, ABSENT = "sure", "doubt", "absent"
LEVEL_NAMES = {SURE: "可靠", DOUBT: "存疑，请核对", ABSENT: "原文没有"}


@dataclass(frozen=True)
class TableConfidence:
    table: str
    name: str
    level: str
    read: int
    """Cells read from the source or worked out from read ones."""
    cells: int
    reasons: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"table": self.table, "name": self.name, "confidence": self.level, "read": self.read,
                "cells": self.cells, "reasons": list(self.reasons)}

    def describe(self) -> str:
        """One line for the clerk: 表三：存疑，请核对（…）."""
        why = f"（{'；'.join(self.reasons)}）" if self.reasons else ""
        return f"{self.name}：{LEVEL_NAMES[self.level]}，读取 {self.read}/{self.cells} 格{why}"


def confidence(report: Report, findings: Iterable[Finding]) -> list[TableConfidence]:
    """Every table of the report's form, in the form's order."""
    errors = [set(f.cells) for f in findings if f.severity == ERROR]
    missing_cells = report.missing
    out = []
    for table, addresses, inside in _tables(report.form):
        missing = [a for a in addresses if a in missing_cells] if missing_cells else []
        read = len(addresses) - len(missing)
        name = table.name
        said = [n for n in report.notes if name in n and "未找到" not in n]
        if read == 0 and not said:
            out.append(TableConfidence(table.id, name, ABSENT, 0, len(addresses)))
            continue
        reasons = []
        if missing:
            reasons.append(f"{len(missing)} 个单元格未能读取")
        arithmetic = sum(1 for cells in errors if not inside.isdisjoint(cells))
        if arithmetic:
            reasons.append(f"{arithmetic} 处合计与各项不符")
        reasons.extend(said)  # a table printed but not read at all (its digits run together) is doubtful, not absent
        out.append(TableConfidence(table.id, name, DOUBT if reasons else SURE, read, len(addresses),
                                   tuple(reasons)))
    return out


_Table = tuple[Table, tuple[str, ...], frozenset[str]]
_by_form: dict[int, tuple[Form, list[_Table]]] = {}


def _tables(form: Form) -> list[_Table]:
    """Each table with its cells (legacy rows left out) as a tuple and a set: worked out once per
    form, not for every file of a folder ``check --json`` reads."""
    cached = _by_form.get(id(form))
    if cached is not None and cached[0] is form:
        return cached[1]
    tables = [(t, tuple(t.addresses(include_legacy=False)), frozenset(t.addresses(include_legacy=False)))
              for t in form.tables]
    _by_form[id(form)] = (form, tables)
    return tables
