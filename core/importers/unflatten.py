"""A page whose text ran together, split back at the form's own words.

A crawler's or a browser's plain copy can hold a whole report on one line, each table's numbers
written without a separator ("规章000行政规范性文件8855698…一、本年新收政府信息公开申请数量 713000074").
The line is cut before every heading, table title, row label and header word the template prints;
a row's run of digits is split into its columns only where one split alone is right — each digit a
column when there are as many digits as columns, or the one split whose parts add up to the row's
total (表三: 71+3+0+0+0+0 = 74). A run that can be split more than one way (220000022: 22 0 0 0 0 0 22
or 2 20 0 0 0 0 22) is not guessed: the row's cells are marked not read, and the log says why.
"""

from __future__ import annotations

import re
from typing import Optional

from core.forms import Form, Table
from core.importers.layout import Line, Token

MIN_LENGTH = 300
"""A line this long holding several of the form's labels is a page that ran together."""
_RUN = re.compile(r"\d+(?:\.\d+)?")
_LEAD = re.compile(r"\d[\d.]*(?:\s+\d[\d.]*)*")


def _markers(form: Form) -> list[tuple[str, Optional[tuple[Table, str]]]]:
    out: dict[str, Optional[tuple[Table, str]]] = {}
    for s in form.sections:
        out.setdefault(s.heading, None)
    for t in form.tables:
        out.setdefault(t.title, None)
        for g in t.grid:
            if g.text:
                out.setdefault(g.text, None)
        for r in t.rows:
            if r.group:
                out.setdefault(r.group, None)
        for r in t.rows:
            out[r.label] = (t, r.id)
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


def _total(form: Form, table: Table, row: str) -> Optional[int]:
    """The column of ``row`` that is the sum of the others (表三's 总计), by the template's totals."""
    for j, col in enumerate(table.cols):
        c = form.computed_by_target.get(table.address(row, col.id))
        others = {table.address(row, x.id) for x in table.cols if x.id != col.id}
        if c is not None and set(c.expression.reads) == others:
            return j
    return None


def split_run(run: str, n: int, total: Optional[int]) -> Optional[list[str]]:
    """The one way ``run`` splits into ``n`` whole numbers (no leading zeros), column ``total``
    being the sum of the others; None when there is no such way or more than one."""
    if n == 1:
        return [run]
    if len(run) == n:
        return list(run)
    if total is None or "." in run or len(run) > 40:
        return None
    found: list[list[str]] = []

    def walk(i: int, parts: list[str]) -> None:
        if len(found) > 1:
            return
        if len(parts) == n:
            if i == len(run) and sum(int(p) for j, p in enumerate(parts) if j != total) == int(parts[total]):
                found.append(list(parts))
            return
        rest = n - len(parts)
        for end in range(i + 1, min(len(run) - rest + 2, i + 9)):
            part = run[i:end]
            if len(part) > 1 and part[0] == "0":
                break
            walk(end, parts + [part])

    walk(0, [])
    return found[0] if len(found) == 1 else None


def _line(cells: list[str], top: int) -> Line:
    return Line([Token(c, j, j + 1, top, top + 1) for j, c in enumerate(cells)], positional=False)


def unflatten(lines: list[Line], form: Form) -> tuple[list[Line], list[str]]:
    """``lines`` with every run-together line cut back into lines; notes for the log."""
    markers = _markers(form)
    by_first: dict[str, list[tuple[str, Optional[tuple[Table, str]]]]] = {}
    for m, row in markers:
        if m:
            by_first.setdefault(m[0], []).append((m, row))   # longest first, as in ``markers``
    out: list[Line] = []
    notes: list[str] = []
    for line in lines:
        text = line.text
        if len(text) < MIN_LENGTH or sum(1 for m, row in markers if row and m in text) < 5:
            out.append(line)
            continue
        hits: list[tuple[int, int, Optional[tuple[Table, str]]]] = []
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
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = text[a:b].strip()
            if not piece:
                continue
            if a not in by_start:
                out.append(_line([piece], len(out)))
                continue
            end, row = by_start[a]
            label, rest = text[a:end], text[end:b].strip()
            if row is None or not rest:
                out.append(_line([label] + ([rest] if rest else []), len(out)))
                continue
            table, rid = row
            lead = _LEAD.match(rest)
            after = rest[lead.end():].strip() if lead else rest
            values = lead.group().split() if lead else []
            if values and len(values) != len(table.cols):
                run = "".join(values)             # "230 000023": spaces that are not the columns'
                split = split_run(run, len(table.cols), _total(form, table, rid)) if _RUN.fullmatch(run) else None
                if split is None:
                    notes.append(f"{table.name}“{label}”一行的数字连在一起（{run}），无法确定如何分列，未读取")
                    values = ["—"] * len(table.cols)     # the row is there; its cells are not read
                else:
                    if len(table.cols) > 1 and len(run) != len(table.cols):
                        notes.append(f"{table.name}“{label}”一行的数字连在一起（{run}），按各列之和等于合计分为 "
                                     f"{' '.join(split)}，请核对")
                    values = split
            if label:
                out.append(_line([label] + values, len(out)))
            if after:
                out.append(_line([after], len(out)))
    return out, notes
