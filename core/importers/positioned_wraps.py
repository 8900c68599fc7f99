"""A row printed on several lines where no lines drawn across tell rows: a long label's lines beyond
the reach of its numbers (``loose_lines``, ``wrapped_rows``), and a number wrapped in its narrow
cell, its pieces one under the other (``wrapped_numbers``).

Why its own module: positioned.py reads rows by where their words stand; these are the ways one
row's words stand on lines of their own there, which it must not read as rows (or cells) of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.importers.layout import Token
from core.importers.row_repair import Observed, join_wrapped_labels
from core.importers.table_spec import Result, Spec

NEXT_LINE = 0.6
"""A number's piece stands on the line after another when the gap between them is below this
share of a letter's height (one paragraph's leading); rows of a table stand further apart."""
SAME_LINE = 0.25
"""Words whose middles stand within this share of a letter's height are on one printed line."""


@dataclass(frozen=True)
class Wrapped:
    """A number's pieces printed one under the other in one column, as one token where they stand."""

    token: Token
    pieces: tuple[Token, ...]


def _next_line(upper: Token, lower: Token) -> bool:
    height = max(upper.bottom - upper.top, lower.bottom - lower.top)
    gap = lower.top - upper.bottom
    return -SAME_LINE * height < gap < NEXT_LINE * height and min(upper.x1, lower.x1) > max(upper.x0, lower.x0)


def _on_line(t: Token, piece: Token) -> bool:
    return abs(t.yc - piece.yc) <= SAME_LINE * (piece.bottom - piece.top)


def wrapped_numbers(numbers: list[Token], words: list[Token],
                    clusters: list[tuple[float, float]]) -> list[Wrapped]:
    """Numbers printed in pieces one under the other in a column, with no line drawn across to
    tell (a narrow cell wrapping 1259 as 125 over 9, or 12 over 59): a column's numbers on
    consecutive lines, one of which holds nothing but such pieces (no label, no number standing
    alone), while the row's label or another of its cells stands within their lines; or with a
    word standing between two of their lines, on neither (the row's other cells centred between
    the pieces, its label wrapped beside them). Read by where
    they stand, the first piece was taken for the row's number (1259 read 125) and the rest for
    the next row's, or lost. Rows printed line under line (typed text, a tight table) put a label
    or a number on every line of a column's run, and are no such pieces."""
    runs: list[list[Token]] = []
    for x0, x1 in clusters:
        run: list[Token] = []
        for t in sorted((t for t in numbers if x0 - 0.5 <= t.xc <= x1 + 0.5), key=lambda t: t.top):
            if run and _next_line(run[-1], t):
                run.append(t)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [t]
        if len(run) > 1:
            runs.append(run)
    in_runs = {id(t) for run in runs for t in run}
    out: list[Wrapped] = []
    for run in runs:
        others = [t for t in words if t.text and id(t) not in in_runs]
        bare = [p for p in run if not any(_on_line(t, p) for t in others)]
        within = [t for t in others if run[0].top <= t.yc <= run[-1].bottom]
        between = [t for t in within if run[0].yc < t.yc < run[-1].yc and not any(_on_line(t, p) for p in run)]
        if (bare and within) or between:
            token = Token("".join(t.text for t in run), min(t.x0 for t in run), max(t.x1 for t in run),
                          run[0].top, run[-1].bottom)
            out.append(Wrapped(token, tuple(run)))
    return out


def loose_lines(words: list[Token]) -> list[tuple[float, Observed]]:
    """Label words left beside no line of numbers, as the lines they print (a long label's lines
    beyond the reach of its numbers), each a bare label where it stands."""
    lines: list[list[Token]] = []
    for t in sorted(words, key=lambda t: (t.top, t.x0)):
        if lines and abs(t.top - lines[-1][0].top) <= 2.0:
            lines[-1].append(t)
        else:
            lines.append([t])
    return [(line[0].top, Observed("".join(t.text for t in sorted(line, key=lambda t: t.x0)), {}, False))
            for line in lines]


def wrapped_rows(rows: list[tuple[float, Observed]], loose: list[tuple[float, Observed]], spec: Spec,
                 res: Result) -> list[Observed]:
    """The rows, a label's lines beyond the reach of its numbers joined to them where that is
    certain (``join_wrapped_labels``: from the line its row's words begin); lines it leaves alone
    are left out, as before (a label beside no number says nothing)."""
    if not loose:
        return [row for _, row in sorted(rows, key=lambda p: p[0])]
    kept = {id(row) for _, row in rows}
    joined = join_wrapped_labels([row for _, row in sorted(rows + loose, key=lambda p: p[0])], spec, res.notes)
    return [row for row in joined if id(row) in kept or row.has_values or row.cells]
