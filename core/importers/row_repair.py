"""Rows of a table that a conversion took apart, put back before they are matched to the form.

PDF-to-Markdown converters and OCR print a row's label on lines of its own, apart from its numbers
(before or after them), and some repeat a row's label as a heading above the row. Matched as they
stand, the label would read as a blank row and the numbers as a row without a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from core.importers.match import key
from core.importers.table_spec import BLANK, Spec


@dataclass
class Observed:
    """One row as a source prints it: its label and what stands in each column."""

    label: str
    cells: dict[int, str]
    """Spec column index → printed text ("" printed blank); absent = not read."""
    has_values: bool


def drop_echoes(rows: list[Observed]) -> list[Observed]:
    """A label printed once as a heading and again on its row of numbers (### 二、上年结转… then
    | 上年结转… | 36 | …): the heading is not a blank row of its own."""
    out = []
    for i, r in enumerate(rows):
        if r.label and not r.has_values and any(
                o.has_values and o.label and key(o.label) == key(r.label) for o in rows[i + 1:i + 4]):
            continue
        out.append(r)
    return out


def join_split_labels(rows: list[Observed], table: str, notes: list[str]) -> list[Observed]:
    """A label printed apart from its numbers (a PDF converted to Markdown: "（二）部分公开（区分处理的，
    只计这一情" / "形，不计其他情形）" on lines of their own, the numbers in a row without a label just
    after, or just before): the label's lines are joined and given the numbers, with a note, since
    the pairing is by position."""
    out: list[Observed] = []
    i = 0
    while i < len(rows):
        if not (rows[i].label and not rows[i].has_values):
            out.append(rows[i])
            i += 1
            continue
        j = i
        while j < len(rows) and rows[j].label and not rows[j].has_values:
            j += 1
        label = "".join(r.label for r in rows[i:j])
        values: Optional[Observed] = None
        if j < len(rows) and not rows[j].label and rows[j].has_values:
            values, nxt = rows[j], j + 1                     # the label, then its numbers
        elif out and not out[-1].label and out[-1].has_values:
            values, nxt = out.pop(), j                       # the numbers, then their label
        if values is None:
            out.extend(rows[i:j])
            i = j
            continue
        out.append(Observed(label, values.cells, True))
        notes.append(f"{table}“{label}”一行的行名与数值分在两处，按相邻位置合并读取")
        i = nxt
    return out


def naming_run(texts: list[str], labels: set[str]) -> Optional[str]:
    """The longest run of a row's label cells, ending with its own, that is one of the form's row
    labels (``key``s in ``labels``): a merged group's label may stand before it (三、本年度办理结果 |
    （一）予以公开). None when no such run names a row."""
    return next(("".join(texts[k:]) for k in range(len(texts)) if key("".join(texts[k:])) in labels), None)


def blank_rows(candidates: list[tuple[str, bool]], spec: Spec) -> list[Observed]:
    """The rows of a table that prints no number at all (行政事业性收费 with its cells left empty).

    ``candidates`` are (label, whether the line prints its cells, empty): a grid row, or a pipe row
    whose empty cells are kept. A row naming itself that way is blank in every column, wherever the
    columns stand; a bare label (on a line of its own, or closed by one pipe) may be a page cut
    short before its numbers, and is not read (it is kept, with no cells, so the clerk is told the row
    printed no number rather than that it was not found)."""
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    return [Observed(label, {j: BLANK for j in range(len(spec.cols))} if prints_cells else {}, False)
            for label, prints_cells in candidates if label and key(label) in labels]
