"""A table saved as text by a word processor (LibreOffice's 另存为 → 文本 of a .docx, .doc or web
page): every cell of the table's grid on a line of its own, row by row — an empty cell an empty
line (or a line of the space the page put in it), and each cell a merged cell covers one more empty
line, before the row's label (三、本年度办理结果 over its rows) or after its numbers.

Why: read as a browser's one-cell-per-line copy, no one count of empty lines parts two cells (none
between a label and its first number, five for the empty cells between 26 and 26, one more before a
label under a merged one), so where each number stands could not be told and the rows went unread.
Here the n lines after a row's label are its n cells, and the lines after them up to the next label
are empty (cells covered by a merge). That is taken only where the table shows it: every row with a
number prints at least n lines, none of them after the n-th a number, and empty lines stand between
numbers of a row (26, four empty cells, 26) in two rows and a quarter of them at least — so blank
lines are cells, not a copy's spacing between rows (a copy that lost its empty cells prints a row's
numbers next to each other). Anything else is left to the usual reading.
"""

from __future__ import annotations

from core.importers.layout import SPACES, Line, text_line
from core.importers.match import stands_in_cell
from core.importers.safety import Budget


def _kind(line: Line) -> str:
    """``blank`` (an empty cell: nothing, or spaces), ``value`` (one cell holding a number) or
    ``label`` (anything else)."""
    texts = [c for c in line.cells if c.strip()]
    if not texts:
        return "blank"
    if len(texts) == 1 and len(line.cells) == 1 and stands_in_cell(texts[0]):
        return "value"
    return "label"


def every_cell_a_line(lines: list[Line], n: int) -> list[Line] | None:
    """``lines`` with each row of such a table made one line of tabs (label, then its n cells), as a
    browser's copy of the table gives; None when the lines are not laid out so."""
    if n < 2 or any(line.positional or line.grid or line.extra.get("separated") for line in lines):
        return None
    kinds = [_kind(line) for line in lines]
    labels = [i for i, k in enumerate(kinds) if k == "label"]
    rows: list[tuple[int, int]] = []        # (label's index, the index its cells end before)
    for j, at in enumerate(labels):
        end = labels[j + 1] if j + 1 < len(labels) else len(lines)
        rows.append((at, end))
    first = next((r for r, (at, end) in enumerate(rows) if "value" in kinds[at + 1:end]), None)
    if first is None:
        return None
    spaced = with_values = 0
    for at, end in rows[first:]:
        cells = kinds[at + 1:end]
        if "value" not in cells:
            continue                          # a label over rows (三、本年度办理结果), or words after the table
        if len(cells) < n or "value" in cells[n:]:
            return None
        with_values += 1
        mine = cells[:n]
        last = max(i for i, k in enumerate(mine) if k == "value")
        first_value = mine.index("value")
        spaced += "blank" in mine[first_value:last]
    if spaced < 2 or 4 * spaced < with_values:
        return None
    out = list(lines[:rows[first][0]])
    budget = Budget("文本")
    for at, end in rows[first:]:
        under = lines[at + 1:end]
        if "value" not in kinds[at + 1:end] and len(under) < n:
            out.append(lines[at])             # a label over rows, or words under the table
            out.extend(under)
            continue
        # (a row of n empty lines or more: its cells printed empty, as the rows around it show them)
        texts = [lines[at].text] + [line.text if not line.extra.get(SPACES) else "" for line in under[:n]]
        made = text_line("\t".join(texts), lines[at].tokens[0].top, budget)
        if made is None:
            return None
        out.append(made)
    return out
