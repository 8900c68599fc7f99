"""The results of a workbook's simple formulas when the file keeps none.

Excel and WPS save each formula's result with it, and the reader takes that. A workbook written
by a program (a county's reporting system, a script) may hold only the formulas: read plainly,
every 总计 would be blank. The sums the official tables use (``=SUM(B5:G5)``, ``=B5+C5``) are
worked out here exactly as Excel would; anything else stays unknown, and the reader says so.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from openpyxl.utils.cell import column_index_from_string, range_boundaries

_TOKEN = re.compile(r"\s*(SUM\(|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?|[+\-,()])", re.I)
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)", re.I)
MAX_DEPTH = 50

Grid = dict[tuple[int, int], Any]
"""(row, column) → what the cell holds: a number, text, or a formula string starting with "="."""


class Unknown(Exception):
    """A formula outside the simple sums, or reading a cell that is not a number."""


def results(grid: Grid) -> dict[tuple[int, int], Decimal]:
    """Each formula cell's result that can be worked out."""
    out: dict[tuple[int, int], Decimal] = {}
    for where, held in grid.items():
        if _is_formula(held):
            try:
                out[where] = _cell(grid, where, set(), 0)
            except Unknown:
                continue
    return out


def _is_formula(held: Any) -> bool:
    return isinstance(held, str) and held.startswith("=")


def _cell(grid: Grid, where: tuple[int, int], seen: set[tuple[int, int]], depth: int) -> Decimal:
    if where in seen or depth > MAX_DEPTH:
        raise Unknown
    held = grid.get(where)
    if held is None or held == "":
        return Decimal(0)
    if isinstance(held, bool):
        raise Unknown
    if isinstance(held, (int, float, Decimal)):
        return Decimal(str(held))
    if _is_formula(held):
        return _Parser(grid, held[1:], seen | {where}, depth + 1).whole()
    raise Unknown


class _Parser:
    def __init__(self, grid: Grid, text: str, seen: set[tuple[int, int]], depth: int) -> None:
        self.grid, self.seen, self.depth = grid, seen, depth
        self.tokens: list[str] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise Unknown
            self.tokens.append(m.group(1).upper())
            pos = m.end()
        self.i = 0

    def whole(self) -> Decimal:
        value = self._sum_of_terms()
        if self.i != len(self.tokens):
            raise Unknown
        return value

    def _peek(self) -> Optional[str]:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise Unknown
        self.i += 1
        return token

    def _sum_of_terms(self) -> Decimal:
        sign = Decimal(-1) if self._peek() == "-" and self._take() else Decimal(1)
        total = sign * self._term()
        while self._peek() in ("+", "-"):
            sign = Decimal(1) if self._take() == "+" else Decimal(-1)
            total += sign * self._term()
        return total

    def _term(self) -> Decimal:
        token = self._take()
        if token == "SUM(":
            total = Decimal(0)
            while True:
                total += self._argument()
                closing = self._take()
                if closing == ")":
                    return total
                if closing != ",":
                    raise Unknown
        if token == "(":
            value = self._sum_of_terms()
            if self._take() != ")":
                raise Unknown
            return value
        if ":" in token:
            raise Unknown               # a range only inside SUM
        ref = _REF.fullmatch(token)
        if ref:
            return self._at(int(ref.group(2)), column_index_from_string(ref.group(1).upper()))
        try:
            return Decimal(token)
        except InvalidOperation:
            raise Unknown from None

    def _argument(self) -> Decimal:
        token = self._peek()
        if token is not None and ":" in token:
            self._take()
            min_col, min_row, max_col, max_row = range_boundaries(token.replace("$", ""))
            if min_col is None or min_row is None or max_col is None or max_row is None:
                raise Unknown
            if (max_col - min_col + 1) * (max_row - min_row + 1) > 10000:
                raise Unknown
            total = Decimal(0)
            for r in range(min_row, max_row + 1):
                for c in range(min_col, max_col + 1):
                    held = self.grid.get((r, c))
                    if _is_formula(held) or isinstance(held, (int, float, Decimal)) and not isinstance(held, bool):
                        total += self._at(r, c)      # SUM leaves text and blanks out, as Excel does
            return total
        return self._sum_of_terms()

    def _at(self, row: int, col: int) -> Decimal:
        return _cell(self.grid, (row, col), self.seen, self.depth)
