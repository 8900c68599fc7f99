"""Rows printed with no number: a table's rows printed empty (行政事业性收费 with its cells left
empty), and a row printed one cell per line with words where its numbers go (规章 / 本单位未制作规章 ×3).
Why apart from ``row_repair``: both decide what a number-less row says — blank, or words that are its
cells and no number — where ``row_repair`` joins labels and numbers a copy printed apart."""

from __future__ import annotations

import re

from core.importers.match import EXACT, NUMBERING, best_label, fold, key
from core.importers.row_repair import Observed
from core.importers.table_spec import BLANK, Spec, like_a_label


def blank_rows(candidates: list[tuple[str, bool]], spec: Spec) -> list[Observed]:
    """The rows of a table that prints no number at all (行政事业性收费 with its cells left empty).

    ``candidates`` are (label, whether the line prints its cells, empty): a grid row, or a pipe row
    whose empty cells are kept. A row naming itself that way is blank in every column, wherever the
    columns stand; a bare label (on a line of its own, or closed by one pipe) may be a page cut
    short before its numbers, and is not read (it is kept, with no cells, so the clerk is told the row
    printed no number rather than that it was not found)."""
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    rows = words_in_cells([Observed(label, {j: BLANK for j in range(len(spec.cols))} if prints_cells else {}, False)
                           for label, prints_cells in candidates if label], spec)
    return [r for r in rows if key(r.label) in labels]


_SENTENCE = re.compile("[\uff0c\u3002\uff1b\uff1a,;:]|^(?:\u6ce8|\u5907\u6ce8|\u8bf4\u660e|[*\uff0a\u203b])")
"""A line that is a note or a sentence (注：…, a clause with 。), not words standing in a cell."""


def words_in_cells(rows: list[Observed], spec: Spec) -> list[Observed]:
    """A form's row printed one cell per line with words where its numbers go (规章 / 本单位未制作规章 /
    本单位未制作规章 / 本单位未制作规章, then 规范性文件): the words are its cells, not rows of their
    own, and the row is not printed empty (entered blank, it would read as the report's own blank).
    Each line of words becomes a cell, in order, read as no number (not read, with why); a copy cut
    inside them (规范性文件 / 本单) gives the cells it printed. Only lines that name no other row of
    the form (nor echo this one's label) and no column, and are no heading, numbered line (三、本年度
    办理结果), note or sentence. A line ends the words where it may be any other row's or column's
    label (``like_a_label``), not only where it names one (``columns_named``): a header word as like
    two columns as each other names neither, yet is no cell's words."""
    labels = [labs for _, labs in spec.rows]
    heads = [labs for _, labs in spec.cols]
    out: list[Observed] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        i += 1
        if not _empty(row):
            out.append(row)         # (the likeness to every label below is costly: only for rows printing none)
            continue
        own = [j for j, labs in enumerate(labels) if best_label(row.label, labs) >= EXACT]
        others = [labs for j, labs in enumerate(labels) if j not in own]
        words: list[str] = []
        while len(own) == 1 and _empty(row) and i + len(words) < len(rows) and len(words) < len(spec.cols):
            nxt = rows[i + len(words)]
            text = nxt.label.strip()
            if (not _empty(nxt) or not text or len(key(text)) > 20 or _SENTENCE.search(text)
                    or any(p.match(fold(text).strip()) for p in NUMBERING) or "\u6761\u7b2c" in text
                    or best_label(text, labels[own[0]]) >= EXACT or like_a_label(text, others + heads)):
                break
            words.append(text)
        out.append(Observed(row.label, dict(enumerate(words)), False, row.named) if words else row)
        i += len(words)
    return out


def _empty(row: Observed) -> bool:
    """A row printing no number and no cell, or only empty ones (a line closed by its pipe: 规章 |)."""
    return not row.has_values and not any(v.strip() for v in row.cells.values())
