"""Rows whose run of digits the sums leave open, settled by what the report itself says.

A crawled page prints 行政规范性文件 "15621" — 15 6 21, 1 56 21, 15 62 1 … — and 表二 has no total to
choose by. The report's words often say it: "废止规范性文件6件，制定规范性文件15件". A split is taken
only when the report's own statements about the row's cells (read by the same prose reader as check
R6) leave exactly one; a row its words say nothing about, or contradict in every way, stays not read.
Words that leave more than one way still settle the cells every way left agrees on (行政处罚 "11910305"
and 作出行政处罚决定305起: 1191 0 305, 119 10 305 … — 处理决定数量 305 whatever the rest), as a run
the sums leave open gives the cells every split agrees on; the others stay not read. The log says
which words decided, for the clerk to check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from core.forms import Form
from core.importers.run_split import agreed
from core.importers.unflatten import Unsplit
from core.prose.checks import claims_of
from core.prose.grammar import grammar
from core.prose.statements import Claim


@dataclass
class Settled:
    row: Unsplit
    split: Optional[list[Optional[str]]]
    """The one split the report's words leave; when they leave several, the cells all of those agree
    on and None for the others; None when the words settle no cell."""
    said: str
    """The words that decided ("" when none did)."""
    aside: str = ""
    """The report's figures about the row that no split gives, set aside ("" when none was)."""

    @property
    def whole(self) -> bool:
        return self.split is not None and None not in self.split


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
        kept, aside = _fitting(row, [c for c, _ in about])
        left = [option for option in row.options if all(_holds(row, option, c) for c in kept)]
        words = "；".join(dict.fromkeys(c.sentence.text.strip()[:60] for c in kept))
        # a cell the ways left agree on printed blank is no figure the words gave: not read from them
        split: list[Optional[str]] = list(left[0]) if len(left) == 1 else [v or None for v in agreed(left)]
        settled = any(v is not None for v in split)
        out.append(Settled(row, split if settled else None, words if settled else "",
                           _aside(form, aside, kept) if settled else ""))
    return out


def _holds(row: Unsplit, option: list[str], claim: Claim) -> bool:
    return sum(_value(option[row.slots.index(a)]) for a in claim.cells) == claim.value


def _fitting(row: Unsplit, claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The claims that settle the row, and those set aside. A figure no split of the run gives at all
    (现行有效件数424件 beside "34089": a count over another scope, or the report's own slip) says nothing of
    how the run splits, and is set aside so the others still settle it (本年度制发规范性文件34件: 34 0 89)
    — but only when no figure kept speaks of the same cell: two figures for one cell, one the run can
    give and one it cannot, leave which the report meant open, and the row stays not read."""
    aside = [c for c in claims if not any(_holds(row, option, c) for option in row.options)]
    kept = [c for c in claims if c not in aside]
    if not kept or {a for c in aside for a in c.cells} & {a for c in kept for a in c.cells}:
        return claims, []
    return kept, aside


def _aside(form: Form, claims: list[Claim], kept: list[Claim]) -> str:
    """What the log says of the figures set aside: the cell each is about, and its words where they
    are not those that decided."""
    said = {c.sentence.text for c in kept}
    return "；".join(f"正文另说{'、'.join(_label(form, a) for a in c.cells)} {c.value}"
                    + ("" if c.sentence.text in said else f"（“{c.sentence.text.strip()[:40]}”）")
                    + "，本行无论如何分列都不是这个数，未采用" for c in claims)


def note(form: Form, done: Settled) -> str:
    """What the log says of a row the report's words settled, wholly or in part."""
    row, split = done.row, done.split or []
    head = f"{row.name}一行的数字连在一起（{row.run}），按正文所述（{done.said}）"
    aside = f"；{done.aside}" if done.aside else ""
    if done.whole:
        return f"{head}分为 {' '.join(t or '（空白）' for t in split)}，请核对{aside}"
    sure = "、".join(f"{_label(form, a)} {v}" for a, v in zip(row.slots, split, strict=True) if v is not None)
    return f"{head}，无论如何分列都是 {sure}，已读取；其余单元格无法确定，未读取{aside}"


def _label(form: Form, address: str) -> str:
    table_id, _, col_id = address.split("/")
    return next((c.label for c in form.table(table_id).cols if c.id == col_id), address)
