"""Runs of digits split back into a table's cells by the form's own arithmetic.

A page copied without separators prints a row as one run ("270020130" for 27 0 0 2 0 1 30). A run
may split many ways; the form says which are possible: a row's 总计 is the sum of its columns, and
down the table （七）总计 is the sum of the results and 一+二 = 三+四. Every split of every row is tried
against those sums — a row's own first, then the whole table's — and a row is read only when every
way the table adds up gives it the same cells. When the sums leave a choice, or the report's own
numbers do not add up, the row is left unread rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from core.forms import Form, Table

CANDIDATES = 400
"""Most splits one row may have before it is given up (a run that long says nothing)."""
STEPS = 100_000
"""Most search steps one page's splitting may take (about a second): bounded whatever the text."""
SOLUTIONS = 64
_PART = 9
_RUN = re.compile(r"\d+(?:[-+]\d+)*")
"""Digits, a sign only before a cell (本年增/减 "35-15" is 35 and -15, "0+11" 0, +1 …)."""
"""Longest number one cell may hold in a run (a count, not an amount)."""


@dataclass
class Budget:
    """Search steps left for one page; every search draws on it and gives up when it is spent."""

    steps: int = STEPS

    def spend(self) -> bool:
        self.steps -= 1
        return self.steps >= 0


@dataclass(frozen=True)
class Sum:
    """One equality the form requires, over cell addresses."""

    reads: tuple[str, ...]
    holds: Callable[[Mapping[str, int]], bool]


def _equality(left: Callable[..., object], right: Callable[..., object]) -> Callable[[Mapping[str, int]], bool]:
    def holds(values: Mapping[str, int]) -> bool:
        def get(a: str) -> Decimal:
            return Decimal(values.get(a, 0))
        return left(get, lambda a: Decimal(0)) == right(get, lambda a: Decimal(0))
    return holds


def sums(form: Form, table: Table) -> list[Sum]:
    """The equalities within ``table``: its computed totals and its error-level ``==`` checks."""
    own = set(table.addresses())
    out: list[Sum] = []
    for target, c in form.computed_by_target.items():
        reads = tuple(dict.fromkeys((target, *c.expression.reads)))
        if set(reads) <= own and not c.expression.reads_last:
            out.append(Sum(reads, _equality(c.expression.evaluate, lambda get, last, t=target: get(t))))
    for rule in form.rules:
        if rule.severity != "error":
            continue
        for b in rule.bound:
            check = b.check
            if check.op == "==" and not check.reads_last and check.reads and set(check.reads) <= own:
                out.append(Sum(tuple(check.reads), _equality(check.left.evaluate, check.right.evaluate)))
    return out


def printed_in_one_row(table: Table) -> bool:
    """The official layout prints the values of several rows side by side in one row (表四: 行政复议
    and the two 行政诉讼 rows), so a copy may hold them as one run of numbers."""
    return len(table.rows) > 1 and len({g.r for g in table.grid if g.role == "value"}) == 1


def row_slots(table: Table, rid: Optional[str]) -> list[str]:
    """The addresses a printed row's numbers fill, in printed order: one row's columns, or for a
    table printed in one row (表四) every value cell of its grid from left to right."""
    if rid is not None:
        return [table.address(rid, c.id) for c in table.cols]
    cells = sorted((g for g in table.grid if g.role == "value" and g.address), key=lambda g: (g.r, g.c))
    return [g.address for g in cells]


def candidates(run: str, slots: Sequence[str], rules: Sequence[Sum],
               budget: Optional[Budget] = None, signed: Optional[Collection[str]] = None) -> Optional[list[list[str]]]:
    """Every split of ``run`` into ``len(slots)`` whole numbers (no leading zeros; a sign, - or +,
    starts a cell — only one of ``signed``, the cells the form lets be signed, when given) that
    satisfies each sum lying inside the row; None when there are too many to mean anything. In a
    row no sum governs, a cell may also have been printed blank ("" — a copy loses empty cells
    without a trace: 行政许可 215 is 2, blank, 15 as well as 2, 1, 5)."""
    n = len(slots)
    index = {a: i for i, a in enumerate(slots)}
    due: dict[int, list[Sum]] = {}
    for s in rules:
        if set(s.reads) <= index.keys():
            due.setdefault(max(index[a] for a in s.reads), []).append(s)
    blanks = not due
    if len(run) == n and run.isdigit() and not blanks:
        return [list(run)]                       # a digit a cell is the only way, whether or not it adds up
    if not _RUN.fullmatch(run) or (len(run) < n and not blanks) or len(run) > n * (_PART + 1):
        return []
    found: list[list[str]] = []
    budget = budget or Budget()

    def walk(i: int, parts: list[str]) -> bool:
        if not budget.spend() or len(found) > CANDIDATES:
            return False
        k = len(parts) - 1
        if k >= 0 and k in due:
            values = {slots[j]: int(p) for j, p in enumerate(parts)}
            if not all(s.holds(values) for s in due[k]):
                return True
        rest = n - len(parts)
        if i == len(run):
            if rest == 0 or blanks:
                found.append(parts + [""] * rest)
            return True
        if rest == 0 or len(run) - i > rest * (_PART + 1):
            return True                          # digits left over, or too many for the cells left
        if blanks and not walk(i, parts + [""]):
            return False
        sign = run[i] in "-+"
        if sign and signed is not None and slots[len(parts)] not in signed:
            return True                          # 处理决定数量 takes no sign: "-" or "+" starts 本年增/减
        for end in range(i + 1 + sign, min(len(run) + 1, i + sign + _PART + 1)):
            part = run[i:end]
            if part[-1] in "-+" or (len(part) > 1 + sign and part[sign] == "0"):
                break
            if not walk(end, parts + [part]):
                return False
        return True

    if not walk(0, []):
        return None
    return found


def agreed(options: Sequence[Sequence[str]]) -> list[Optional[str]]:
    """Each cell's value where every possible split gives it the same (88-720: 88 whether the rest
    is -72 0 or -7 20), else None: what a run the sums leave open still says for sure."""
    if not options:
        return []
    return [values[0] if len(set(values)) == 1 else None for values in zip(*options, strict=True)]


def resolve(rows: Sequence[tuple[list[str], Optional[list[list[str]]]]], rules: Sequence[Sum],
            absent: Callable[[str], Optional[int]], budget: Optional[Budget] = None) -> list[Optional[list[str]]]:
    """For each printed row (its slots and its possible splits), the one split every way of making
    the table's sums hold agrees on; None where the sums leave a choice or cannot all hold.

    ``absent`` gives the value of a cell no printed row holds (0 for a legacy row the report does
    not print), or None when it is unknown — a sum reading it then decides nothing.
    """
    fixed: dict[str, int] = {}
    open_rows: list[int] = []
    for i, (slots, options) in enumerate(rows):
        if options is not None and len(options) == 1:
            fixed.update({a: int(v or 0) for a, v in zip(slots, options[0], strict=True)})
        elif options:
            open_rows.append(i)
    out: list[Optional[list[str]]] = [opts[0] if opts is not None and len(opts) == 1 else None
                                      for _, opts in rows]
    if not open_rows:
        return out
    where = {a: k for k, i in enumerate(open_rows) for a in rows[i][0]}
    printed = {a for slots, _ in rows for a in slots}
    unknown = {a for slots, options in rows if not options for a in slots}
    base = dict(fixed)
    due: dict[int, list[Sum]] = {}
    for s in rules:
        if any(a in unknown or (a not in printed and absent(a) is None) for a in s.reads):
            continue
        base.update({a: v for a in s.reads if a not in printed for v in [absent(a)] if v is not None})
        touched = [where[a] for a in s.reads if a in where]
        if touched:
            due.setdefault(max(touched), []).append(s)
    solutions: list[list[list[str]]] = []
    budget = budget or Budget()

    def walk(k: int, chosen: list[list[str]], values: dict[str, int]) -> bool:
        if not budget.spend():
            return False
        if k > 0 and not all(s.holds(values) for s in due.get(k - 1, ())):
            return True
        if k == len(open_rows):
            solutions.append(list(chosen))
            return len(solutions) < SOLUTIONS
        slots, options = rows[open_rows[k]]
        for option in options or ():
            more = dict(values)
            more.update({a: int(v or 0) for a, v in zip(slots, option, strict=True)})
            if not walk(k + 1, chosen + [option], more):
                return False
        return True

    if not walk(0, [], base) or not solutions:
        return out
    for k, i in enumerate(open_rows):
        if all(sol[k] == solutions[0][k] for sol in solutions):
            out[i] = solutions[0][k]
    return out


def by_columns(form: Form, run: str, slots: Sequence[str], rows: Sequence[Sequence[str]],
               splits: Sequence[Optional[list[str]]], absent: Callable[[str], Optional[int]]) -> Optional[list[str]]:
    """A total row the sums leave unread because its own cells do not add up to its 总计 (the report's
    slip), read from the rows above it: each cell but its last is one the form computes from other
    rows' cells, every one of them read (``rows``: each printed row's slots; ``splits``: its split, None
    when not read; ``absent`` as for ``resolve``), and the run is those figures one after another and then one
    number more, its 总计 as printed. 表三 （七）总计 "191000019" under rows that give 19 1 0 0 0 0 is
    19 1 0 0 0 0 19 — no other split gives each column its rows' sum — and its 总计 19, where its
    cells make 20, is kept for the check to report. None when a cell cannot be worked out so, or the
    run does not begin with the figures."""
    known = {a: int(v or 0) for printed, split in zip(rows, splits, strict=True) if split is not None
             and all(v.isdigit() or not v for v in split) for a, v in zip(printed, split, strict=True)}
    figures: list[str] = []
    for target in slots[:-1]:
        c = form.computed_by_target.get(target)
        if c is None or c.expression.reads_last or set(c.expression.reads) & set(slots):
            return None
        values: dict[str, int] = {}
        for a in c.expression.reads:
            v = known.get(a)
            v = absent(a) if v is None else v
            if v is None:
                return None
            values[a] = v
        figures.append(str(c.expression.evaluate(lambda a: Decimal(values[a]), lambda a: Decimal(0))))
    head = "".join(figures)
    rest = run[len(head):]
    if not figures or not run.startswith(head) or not rest.isdigit() or (len(rest) > 1 and rest[0] == "0"):
        return None
    return figures + [rest]


def columns_note(cols: Sequence[str]) -> str:
    """What the log says of a row ``by_columns`` split."""
    return (f"前 {len(cols) - 1} 列按上面各行逐列相加分为 {' '.join(cols[:-1])}，余下的 {cols[-1]} 为最后一列"
            "（本行各列之和与之不符，原文如此），请核对")
