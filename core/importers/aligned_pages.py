"""A space-aligned table going on over a page with no header repeated: the rows after the break
keep the columns the page before proved (``core/importers/aligned_columns.py``).

Why: ``pdftotext -layout`` and a viewer's copy print a long 表三 over two pages, the header on the
first only; the rows after the break name no column, and were left unread even where their
numbers stand exactly where the first page's did. They take the first page's columns only when
nothing but blank lines, a page's number ("-3-", "第 3 页") and wrapped label lines stand between,
every number stands where the first page's proof puts it (flush left: starting where a name does;
flush right: ending where that column's numbers did), in a column the first page's numbers stood in
(a name no number stood under proves nothing: a page laid out anew put its 总计 where 科研机构's name
started above), under every measure that proved the first page, and the rows' labels are the
form's rows in order after the first page's. Another table's rows, or a page laid out anew, its
columns moved, stay unread with their reason.
"""

from __future__ import annotations

from typing import Optional

from core.importers.aligned_forms import in_the_forms_order
from core.importers.aligned_proof import (
    CELLS,
    CHARS,
    START,
    Proof,
    Word,
    filled,
    label,
    numbers,
    placed_under,
)
from core.importers.page_marks import crosses_a_page, in_a_break


def continued(lines: list[str], words: tuple[list[list[Word]], list[list[Word]]], last: Proof,
              rows: list[int], page_starts: frozenset[int]) -> Optional[tuple[Proof, dict[int, list[str]]]]:
    """``last`` carried on over ``rows`` (the rows of the block after it), and their cells, when they
    are its table's rows after a page break, at the same places; None otherwise."""
    if not rows or not _only_a_break(lines, words[CHARS], last, rows[0], page_starts):
        return None
    found = []
    for m in (CHARS, CELLS):
        mode = last.modes[m]
        if mode is None:
            continue
        if mode == START and any(at < last.edges[m] for j in rows for at, _ in numbers(words[m], j)):
            return None
        whole = placed_under(words[m], [*last.rows, *rows], list(last.heads[m]), last.edges[m], m, mode)
        if whole is None:
            return None
        placed = {j: whole[j] for j in rows}
        if not filled(placed) <= filled({j: whole[j] for j in last.rows}):
            return None     # a number under a column no number stood in before: its place is not proven
        found.append(placed)
    if not found or any(p != found[0] for p in found):
        return None
    if not in_the_forms_order([label(lines, words[CHARS], j, page_starts) for j in last.rows],
                              [label(lines, words[CHARS], j, page_starts) for j in rows]):
        return None
    return Proof(last.heads, last.edges, last.modes, (*last.rows, *rows)), found[0]


def _only_a_break(lines: list[str], words: list[list[Word]], last: Proof, first: int, page_starts: frozenset[int]) -> bool:
    """Whether only blank lines, a page's number and label lines (left of the numbers) stand
    between the table's last row and ``first``, one of them a page's number or a page's start.
    Wider on purpose than ``page_marks.past_a_break``, which takes the break's lines alone: here
    the last row's label may wrap on below it, its pieces before the break or after it."""
    edge = min(at for j in last.rows for at, _ in numbers(words, j))
    for j in range(last.rows[-1] + 1, first):
        if not in_a_break(lines[j]) and (numbers(words, j) or any(at + len(text) > edge for at, text in words[j])):
            return False
    return crosses_a_page(lines, last.rows[-1] + 1, first, page_starts)
