"""What the form tells a space-aligned table's proof (``core/importers/aligned_columns.py``): which
of its tables printed row labels are the rows of, in order, and so how many columns it has.

Why: where names start in a ``pdftotext -layout`` header is not always where their columns do (a
name centred over its cell, the group's "法人 / 或其 / 他组 / 织" wrapped in a narrow one, each
line placed a little apart): such a header shows more starts than the table has columns, and
numbers starting at the extra ones were placed one column off (表三 read with nine cells a row,
商业企业's 30 read as 自然人's). A proof naming more columns than the form's table its rows belong
to proves nothing (fewer may be a table printing only some: "自然人   总计"). And a table going on over a page takes the first page's columns only
when its rows there are the same table's next rows (``core/importers/aligned_pages.py``).
"""

from __future__ import annotations

from functools import lru_cache

from core import registry
from core.forms import Table
from core.importers.match import align, best_label, key, row_labels


def _tables() -> list[Table]:
    return [table for fmt in registry.available_formats() for table in registry.get_form(fmt).tables]


@lru_cache(maxsize=256)
def _matched(labels: tuple[str, ...], index: int) -> frozenset[int]:
    """The indices of ``labels`` standing for the rows of the index-th table, kept in order, each
    for the row it is likest (a label the order gives a sibling it is less like than its own, the
    rows of one group sharing their group's words, is no match)."""
    expected = [row_labels(row_table, row.id) for row_table in [_tables()[index]] for row in row_table.rows]
    return frozenset(i for i, _, score in align(list(labels), expected)
                     if score >= max(best_label(labels[i], labs) for labs in expected) - 1e-9)


def column_counts(labels: list[str]) -> frozenset[int]:
    """How many columns the tables whose rows ``labels`` are (most of them, two at least) have;
    empty when they are no table's of the form."""
    scores = [len(_matched(tuple(labels), k)) for k in range(len(_tables()))]
    best = max(scores, default=0)
    if best < 2 or 2 * best < len(labels):
        return frozenset()
    return frozenset(len(_tables()[k].cols) for k, s in enumerate(scores) if s == best)


def in_the_forms_order(before: list[str], after: list[str]) -> bool:
    """Whether the labels ``after`` are a form table's rows, in order, following one of the rows
    ``before`` (a page earlier)."""
    n = len(before)
    for k in range(len(_tables())):
        matched = _matched((*before, *after), k)
        if any(i in matched for i in range(n)) and all(n + i in matched for i in range(len(after))):
            return True
    return False


def tables_of_every_row(labels: list[str]) -> frozenset[int]:
    """How many columns the form's tables have whose rows, in order, ``labels`` every one are (a
    header a page earlier proves its rows' columns only then: ``core/importers/aligned_proof.py``)."""
    return frozenset(len(_tables()[k].cols) for k in range(len(_tables()))
                     if len(_matched(tuple(labels), k)) == len(labels))


@lru_cache(maxsize=1)
def _row_keys() -> frozenset[str]:
    return frozenset(key(text, numbering) for table in _tables() for row in table.rows
                     for text in row_labels(table, row.id) for numbering in (False, True))


def is_row_label(text: str) -> bool:
    """Whether ``text`` is, word for word, one of the form's row labels (its numbering aside): a
    label wrapped in a narrow cell is joined only where its pieces make one."""
    return key(text) in _row_keys() or key(text, True) in _row_keys()
