"""Rows whose run of digits the sums leave open, settled by what the report itself says.

A crawled page prints 行政规范性文件 "15621" — 15 6 21, 1 56 21, 15 62 1 … — and 表二 has no total to
choose by. The report's words often say it: "废止规范性文件6件，制定规范性文件15件". A split is taken
only when the report's own statements about the row's cells (read by the same prose reader as check
R6) leave exactly one; a row its words say nothing about, leave more than one way, or contradict
in every way, stays not read. The log says which words decided, for the clerk to check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from core.forms import Form
from core.importers.unflatten import Unsplit
from core.prose.checks import claims_of
from core.prose.grammar import grammar


@dataclass
class Settled:
    row: Unsplit
    split: Optional[list[str]]
    """The one split the report's words leave, or None."""
    said: str
    """The words that decided ("" when none did)."""


_INNER_SPACE = re.compile("(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")
"""Blanks between two Chinese characters: a word a copy cut (行政规范 性文件, a cell's words wrapped and run
together, a PDF's spacing), which the prose grammar, reading words whole, would not know for its own."""


def _unspaced(text: str) -> str:
    return _INNER_SPACE.sub("", text)


def _value(text: str) -> Decimal:
    return Decimal(text) if text else Decimal(0)


def settle(form: Form, year: int, organ: str, texts: Mapping[str, str], rows: list[Unsplit]) -> list[Settled]:
    """Each open row with the split the report's own words leave, if one."""
    rule = next((r for r in form.rules if r.kind == "prose_figures"), None)
    if rule is None or not rows:
        return [Settled(row, None, "") for row in rows]
    g = grammar(rule.params, list(form.cells))
    said = [(c, text) for text in map(_unspaced, texts.values()) if text for c in claims_of(g, text, year, organ)]
    out = []
    for row in rows:
        slots = set(row.slots)
        about = [(c, text) for c, text in said if c.cells and set(c.cells) <= slots]
        if not about or not row.options:
            out.append(Settled(row, None, ""))
            continue
        left = [option for option in row.options
                if all(sum(_value(option[row.slots.index(a)]) for a in c.cells) == c.value for c, _ in about)]
        words = "；".join(dict.fromkeys(c.sentence.text.strip()[:60] for c, _ in about))
        out.append(Settled(row, left[0] if len(left) == 1 else None, words if len(left) == 1 else ""))
    return out
