"""How far a copy of a report reached: the sections a copy cut short never came to.

Copies are often partial: a page copied up to 表三, a search excerpt that stops inside 表二, a PDF
missing its last pages, one page of a flip-book. Their unread cells are already missing (N1); the
sections such a copy never came to are not read either, and are not absent from the report — S2
and S3 saying the report lacks 五 and 六 would be false errors that block its export.

A section is unread only on evidence that the copy ended (or began) before it, never because its
heading was not found (a report that truly lacks 五 must still be told so):

- a copy that stops short: its last line finishes nothing (a table's row or header, a heading, a
  sentence cut off: no 。 closes it), nothing after its last heading or table is a signature's date
  or a web page's footer (the report or the page ran to its end), and either the form's last cell
  is missing from the tables — they were not complete when the text ended (a figure 一's words give
  for it is no table printed) — or the copy is shown below to
  start late (a page out of the middle). The sections after the last one the copy reached are
  unread, and that one too when the copy stopped before any of its tables began (at its heading,
  or in the prose of 五, which has none) and none of its prose was read;
- a copy that starts late: the form's first table was not found and nothing before the first
  heading or table the copy prints is a sentence (only a page's own lines). The sections before
  the first one it reached are unread, and that one too when the copy starts inside its table
  (its prose stands above it).

A section holding text is never unread, whatever the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.forms import Form
from core.importers.layout import Line
from core.importers.match import fold
from core.importers.page_furniture import page_footer
from core.importers.page_marks import is_page_number
from core.importers.regions import Regions

_CLOSED = re.compile(r"[。！？!?][”’\"'）)」』】]*$")
"""A line whose last sentence is finished (an ellipsis is where an excerpt was cut, not an end)."""
_SENTENCE = re.compile(r"[。！？!?]")
_SIGNED = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?\s*$")
"""The date that closes a report (its 落款), on a line of its own or after the organ."""


def unread_sections(form: Form, lines: list[Line], found: Regions, texts: Mapping[str, str],
                    missing: Mapping[str, str]) -> dict[str, str]:
    """Section id → why it was not read, for the sections ``lines`` never reached (``found``: where
    the tables and headings stand in them; ``missing``: the cells the tables left unread — before any
    was read from the words: 表四's totals an overview's sentence gives were never printed, and a copy
    cut inside 一、总体情况 is no less cut for them)."""
    order = [a for t in form.tables for a in t.addresses(include_legacy=False)]
    printed = [i for i, line in enumerate(lines) if line.text.strip() and not is_page_number(line.text)]
    position = {s.id: n for n, s in enumerate(form.sections)}
    heads = [(i, position[sid], False) for i, sid in found.headings.items() if sid in position]
    tables = [(start, position[form.table(tid).section], True) for tid, (start, _) in found.tables.items()
              if form.table(tid).section in position]
    marks = sorted(heads + tables)       # (line, section's place, a table starts there): where the copy is seen
    if not order or not printed or not marks:
        return {}
    out: dict[str, str] = {}
    first_line, first, in_table = marks[0]
    skipped = [s.id for s in form.sections[:first + in_table] if not _written(form, s.id, texts)]
    late = bool(skipped) and form.tables[0].id not in found.tables and \
        not any(_SENTENCE.search(fold(lines[i].text)) for i in printed if i < first_line)
    if late:
        reason = f"来源文件从{_place(form, found, marks[0])}开始，此前的内容没有读到"
        out.update((s, reason) for s in skipped)
    last = max(p for _, p, _ in marks)
    if (order[-1] in missing or late) and _stops_short([lines[i] for i in printed if i >= marks[-1][0]]):
        reason = f"来源文件在{_place(form, found, marks[-1])}处中断，其后的内容没有读到"
        begun = any(form.table(t).section == form.sections[last].id for t in found.tables)
        out.update((s.id, reason) for s in form.sections[last + begun:] if not _written(form, s.id, texts))
    return {s.id: out[s.id] for s in form.sections if s.id in out}


def _stops_short(after: list[Line]) -> bool:
    """Whether the copy ends without an ending of its own: its last line finishes no sentence, and
    no line after its last heading or table is a signature's date or a web page's footer."""
    if not after:
        return False
    if any(_SIGNED.search(fold(line.text)) or page_footer(fold(line.text)) for line in after):
        return False
    return _CLOSED.search(fold(after[-1].text).strip()) is None


def _place(form: Form, found: Regions, mark: tuple[int, int, bool]) -> str:
    """How a message names where the copy starts or stops: 表三, or 第五部分 at its heading."""
    line, place, table = mark
    named = [form.table(t).name for t, (at, _) in found.tables.items() if at == line and table]
    return named[0] if named else f"第{form.sections[place].heading.partition('、')[0]}部分"


def _written(form: Form, section: str, texts: Mapping[str, str]) -> bool:
    return any(texts.get(k, "").strip() for k in form.section_text_keys(section))
