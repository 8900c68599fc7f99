"""Tables a workbook holds on more than one sheet.

A clerk keeps last year's tables in the workbook beside this year's, or a county's workbook holds a
sheet per unit: the reader takes the tables it comes to first and the others go unread, so a sheet of
last year before this year's was read as the report — every cell of another year, in tables called
sure. Which copy is meant cannot be told from the cells, so a table found on two sheets is named in a
note (which makes it doubtful, ``confidence``) for the clerk to check against the sheet they mean.
"""

from __future__ import annotations

from functools import lru_cache

from core.importers.match import key
from core.registry import available_formats, get_form

MIN_WORDS = 2
"""A sheet holds a table when it prints at least this many of the table's own words as whole cells
(one alone may be a sheet's mention of it: a note, a cover's list of contents), or all of them when
the table has fewer (2021's 表二（五） has only 行政许可)."""


@lru_cache(maxsize=1)
def _own_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each table's name and the header and label texts (as keys) no other table of its form prints,
    for each format: 申请人情况 and 商业企业 for 表三, 复议后起诉 for 表四."""
    out = []
    for fmt in available_formats():
        form = get_form(fmt)
        texts = {t.name: {key(g.text) for g in t.grid if g.text and len(key(g.text)) >= 4} for t in form.tables}
        for name, mine in texts.items():
            others = set().union(*(w for n, w in texts.items() if n != name))
            if mine - others:
                out.append((name, frozenset(mine - others)))
    return tuple(out)


def sheet_words(cells: list[list[str]]) -> set[str]:
    """The keys of a sheet's short cells: what ``repeated`` compares."""
    return {key(x) for row in cells for x in row if x and len(x) <= 80}


def repeated(sheets: list[tuple[str, set[str]]]) -> list[str]:
    """A note for each table two or more of ``sheets`` (title, ``sheet_words``) hold."""
    notes = []
    named = set()
    for name, own in _own_words():
        holding = [title for title, words in sheets if len(own & words) >= min(MIN_WORDS, len(own))]
        if len(holding) > 1 and name not in named:
            named.add(name)
            where = "、".join(f"“{t}”" for t in holding)
            notes.append(f"{name}在工作表{where}中各有一份（可能是上年或其他单位的表格），只读取了其中一份，"
                         "请核对读取的是否为本报告的表格")
    return notes
