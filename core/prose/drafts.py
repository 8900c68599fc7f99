"""Drafts whose numbers are bound to the cells: 一（二）依申请公开 and the 四 paragraph.

A draft is wording with ``{cell pattern}`` placeholders (``{requests/1/total}``, or a sum such as
``{requests/3.3.*/total}``), declared in the templates (``drafts`` in ``templates/shared.json``). ``draft(report, key)`` renders it; the text stored is plain prose, so
the exporters print it as it is and the clerk edits the wording freely. A bound number is found
again by the words around it in the draft (“收到政府信息公开申请” … “件”): ``rerender`` puts the
current cell values back wherever those words still stand, and ``stale`` lists the bound numbers
that no longer agree. R6 reads the same phrases, so a draft that disagrees with the tables is
flagged before it is published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from core.commands import SetText
from core.forms import matching
from core.prose.common import cells_sum
from core.prose.numbers import format_figure
from core.report import Report

BLANK = "□"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_BREAK = "，。；、：（）\n"


@dataclass(frozen=True)
class Binding:
    pattern: str
    cells: tuple[str, ...]
    left: str
    right: str


def _cells(report: Report, pattern: str) -> tuple[str, ...]:
    return tuple(matching(report.form.cells, pattern))


def bindings(report: Report, key: str) -> list[Binding]:
    """The bound numbers of the draft of ``key``, each with the words that find it again."""
    template = report.form.drafts.get(key)
    if template is None:
        return []
    out = []
    for m in _PLACEHOLDER.finditer(template):
        before = template[:m.start()]
        cut = max(before.rfind(ch) for ch in _BREAK + "}")
        left = before[cut + 1:][-10:]
        right = template[m.end():m.end() + 1]
        cells = _cells(report, m.group(1))
        if cells and left:
            out.append(Binding(m.group(1), cells, left, right))
    return out


def value_text(report: Report, cells: tuple[str, ...]) -> str:
    total = cells_sum(report, cells)
    return BLANK if total is None else format_figure(total)


def draft(report: Report, key: str) -> Optional[str]:
    """The draft of ``key`` with the current cell values, or None when there is no draft there."""
    template = report.form.drafts.get(key)
    if template is None:
        return None
    return _PLACEHOLDER.sub(lambda m: value_text(report, _cells(report, m.group(1))), template)


def _find(b: Binding, text: str) -> list[re.Match[str]]:
    return list(re.finditer(re.escape(b.left) + r"\s*(\d+|" + BLANK + r")\s*" + re.escape(b.right), text))


def stale(report: Report, key: str) -> list[tuple[Binding, int, int, str]]:
    """Bound numbers in the current text that differ from the cells: (binding, start, end, value)."""
    text = report.texts.get(key, "")
    out = []
    for b in bindings(report, key):
        found = _find(b, text)
        if len(found) != 1:
            continue  # reworded or repeated: R6 still compares what it can read
        value = value_text(report, b.cells)
        if found[0].group(1) != value:
            out.append((b, found[0].start(1), found[0].end(1), value))
    return out


def rerender(report: Report, key: str) -> Optional[SetText]:
    """The edit that puts the current cell values into the bound numbers (None: nothing to do)."""
    text = report.texts.get(key, "")
    changes = stale(report, key)
    if not changes:
        return None
    for _, a, b, value in sorted(changes, key=lambda c: -c[1]):
        text = text[:a] + value + text[b:]
    return SetText(key, text)


def draft_command(report: Report, key: str) -> Optional[SetText]:
    """生成初稿: the edit that writes the draft into ``key`` (undoable like any SetText)."""
    text = draft(report, key)
    return None if text is None else SetText(key, text)
