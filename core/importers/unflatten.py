"""A page whose text ran together, split back at the form's own words.

A crawler's or a browser's plain copy can hold a whole report on one line, each table's numbers
written without a separator ("规章000行政规范性文件8855698…一、本年新收政府信息公开申请数量 713000074").
The line is cut before every heading, table title, row label and header word the template prints;
a row's run of digits is split into its columns only where one split alone is right — each digit a
column when there are as many digits as columns, or the split the form's sums allow — the row's own
total (表三: 71+3+0+0+0+0 = 74), then the table's (core/importers/run_split.py). A run the sums leave
open (表二's 8855698, three columns and no total) is not guessed: the row's cells are marked not read,
and the log says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from core.forms import Form, Table
from core.importers.layout import Line, Token
from core.importers.run_split import Budget, candidates, printed_in_one_row, resolve, row_slots, sums

MIN_LENGTH = 300
"""A line this long holding several of the form's labels is a page that ran together."""
_LEAD = re.compile(r"-?\d[\d.]*(?:-\d[\d.]*)*(?:\s+-?\d[\d.]*(?:-\d[\d.]*)*)*")
"""The numbers after a row label: digits, a decimal point, a minus sign before a cell (增/减)."""


Marker = tuple[Optional[Table], Optional[str]]
"""What a printed word says: the table it belongs to (None when several or none) and the row it
labels (None for a heading, a title or a header word)."""


def _markers(form: Form) -> list[tuple[str, Marker]]:
    owners: dict[str, set[str]] = {}
    out: dict[str, Marker] = {}
    for s in form.sections:
        owners.setdefault(s.heading, set())
    for t in form.tables:
        words = [t.title] + [g.text for g in t.grid if g.text] + [r.group for r in t.rows if r.group]
        for w in words:
            owners.setdefault(w, set()).add(t.id)
    tables = {t.id: t for t in form.tables}
    for w, ids in owners.items():
        out[w] = (tables[next(iter(ids))] if len(ids) == 1 else None, None)
    for t in form.tables:
        for r in t.rows:
            for label in (*r.aliases, r.label):
                out[label] = (t, r.id)
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


@dataclass
class _Run:
    """A row (or a one-row table) printed in a run-together line, waiting for its table's sums."""

    at: int
    table: Table
    rid: Optional[str]
    label: str
    run: str
    values: list[str] = field(default_factory=list)
    """The numbers as printed, when they were apart already (one per cell)."""


def _line(cells: list[str], top: int) -> Line:
    return Line([Token(c, j, j + 1, top, top + 1) for j, c in enumerate(cells)], positional=False)


def _resolve(form: Form, runs: list[_Run], out: list[Line], notes: list[str], unread: dict[str, str],
             budget: Budget) -> None:
    """Each waiting row split by its table's sums, or marked not read with the reason."""
    by_table: dict[str, list[_Run]] = {}
    for r in runs:
        by_table.setdefault(r.table.id, []).append(r)
    for group in by_table.values():
        table = group[0].table
        rules = sums(form, table)
        rows = []
        for r in group:
            slots = row_slots(table, r.rid)
            if r.values:
                options = [r.values] if all(v.lstrip("-").isdigit() for v in r.values) else None
            else:
                options = candidates(r.run, slots, rules, budget)
            rows.append((slots, options))
        legacy = {table.address(row.id, c.id) for row in table.rows if row.legacy for c in table.cols}
        chosen = resolve(rows, rules, lambda a: 0 if a in legacy else None, budget)
        for r, (slots, options), split in zip(group, rows, chosen, strict=True):
            name = f"{table.name}“{r.label}”" if r.label else table.name
            if r.values:
                continue
            if split is None:
                notes.append(f"{name}一行的数字连在一起（{r.run}），无法确定如何分列，未读取")
                for a in slots:
                    unread[a] = f"原文数字连在一起（{r.run}），按本表的勾稽关系也无法确定如何分列，未读取"
                split = ["—"] * len(slots)
            elif len(r.run) != len(slots):
                how = "各列之和等于合计" if options is not None and len(options) == 1 else "本表的勾稽关系（各行合计与各列总计）"
                notes.append(f"{name}一行的数字连在一起（{r.run}），按{how}分为 {' '.join(split)}，请核对")
            out[r.at] = _line(([r.label] if r.label else []) + split, r.at)


def unflatten(lines: list[Line], form: Form) -> tuple[list[Line], list[str], dict[str, str]]:
    """``lines`` with every run-together line cut back into lines; notes for the log; and the cells
    of rows whose run could not be split, with the reason."""
    markers = _markers(form)
    by_first: dict[str, list[tuple[str, Marker]]] = {}
    for m, row in markers:
        if m:
            by_first.setdefault(m[0], []).append((m, row))   # longest first, as in ``markers``
    out: list[Line] = []
    notes: list[str] = []
    unread: dict[str, str] = {}
    budget = Budget()
    for line in lines:
        text = line.text
        if len(text) < MIN_LENGTH or sum(1 for m, (_, rid) in markers if rid and m in text) < 5:
            out.append(line)
            continue
        runs: list[_Run] = []
        hits: list[tuple[int, int, Marker]] = []
        i = 0
        while i < len(text):
            hit = next(((m, row) for m, row in by_first.get(text[i], ()) if text.startswith(m, i)), None)
            if hit is None:
                i += 1
                continue
            hits.append((i, i + len(hit[0]), hit[1]))
            i += len(hit[0])
        cuts = [0] + [a for a, _, _ in hits] + [len(text)]
        by_start = {a: (b, row) for a, b, row in hits}
        current: Optional[Table] = None
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = text[a:b].strip()
            if not piece:
                continue
            if a not in by_start:
                out.append(_line([piece], len(out)))
                continue
            end, (table, rid) = by_start[a]
            current = table or current
            label, rest = text[a:end], text[end:b].strip()
            lead = _LEAD.match(rest)
            one_row = rid is None and current is not None and printed_in_one_row(current)
            if rid is not None and table is not None and not rest:
                # a row label straight after another: in a run-together copy its empty cells left no trace
                blank = _line([label] + [""] * len(row_slots(table, rid)), len(out))
                blank.extra["separated"] = "1"
                out.append(blank)
                continue
            if (rid is None and not one_row) or not rest or not lead:
                out.append(_line([label] + ([rest] if rest else []), len(out)))
                continue
            owner = table if rid is not None else current
            assert owner is not None
            values = lead.group().split()
            after = rest[lead.end():].strip()
            if rid is None:
                out.append(_line([label], len(out)))
            width = len(row_slots(owner, rid))
            runs.append(_Run(len(out), owner, rid, label if rid is not None else "", "".join(values),
                             values if len(values) == width else []))
            out.append(_line(([label] if rid is not None else []) + values, len(out)))
            if after:
                out.append(_line([after], len(out)))
        _resolve(form, runs, out, notes, unread, budget)
    return out, notes, unread
