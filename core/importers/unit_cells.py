"""A row of a run-together page whose figures each carry their unit or their sign word, which part
them where no space does: 政府集中采购 "1个246900元" (1 project, 246900 元), "2笔 984361元",
行政事业性收费 "16减12" (16, and 本年增/减 -12). Without them the digits are one run the form's sums
cannot split (and a count followed by 个 reads as a sentence's, 行政复议1起); with them there is one way.

Read only where the row has two cells or more and its every cell is such a figure, one after another
with nothing between them but spaces: a unit fitting its cell (a count word for a count, 元/万元 for an
amount), a sign word (增/减) only opening a 本年增/减 cell; every two figures parted by a unit, a sign
word or a space, and some two by a unit or a sign word. A figure a sentence goes on from (采购1个项目,
2笔共98万元), or a row's one figure with its unit (行政许可5件, as a sentence says it), is no such row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

COUNT_WORDS = "个笔项批宗件条次起家"
"""Measure words a count is printed with in a table's cell (采购项目数量 3个, 处理决定 12件)."""
_ITEM = re.compile(r"\s*(?P<sign>[增减])?(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|元|[" + COUNT_WORDS + "])?")
_READ_UNITS = ("万元", "元", "件", "个", "项", "次")
"""The units a cell keeps, for the reader to take off and say so (and name an amount's 元 under a header
of 万元); other measure words (笔, 批) are left off here: a figure the reader would not take with them."""


def unit_cells(rest: str, kinds: Sequence[str]) -> Optional[tuple[list[str], str]]:
    """The row's cells (one per kind in ``kinds``: "count", "change", "money") when ``rest`` opens with
    them each marked as above — each as printed, its sign word and unit kept (减12, 246900元) — and what
    follows them; None otherwise."""
    cells: list[str] = []
    pos, marked, parted, after_unit = 0, False, True, False
    for i, kind in enumerate(kinds):
        m = _ITEM.match(rest, pos)
        if m is None:
            return None
        sign, num, unit = m.group("sign"), m.group("num"), m.group("unit")
        if sign and kind != "change" or unit and not _fits(unit, kind) or "." in num and kind != "money":
            return None
        if i and not (sign or parted):
            return None                      # two figures with nothing between them: still a run
        if len(num) > 1 and num[0] == "0" and num[1] != ".":
            return None                      # (no figure starts with 0: that is a run)
        marked = marked or bool(i and (sign or after_unit))
        after_unit = bool(unit)
        parted = after_unit or rest[m.end():m.end() + 1].isspace()
        cells.append((sign or "") + num + (unit if unit in _READ_UNITS else ""))
        pos = m.end()
    after = rest[pos:]
    if not marked or after.lstrip()[:1].isdigit() or (after[:1] and after[:1] in ".、．"):
        return None                          # a figure more, or the next item's number: not this row's
    return cells, after.strip()


def _fits(unit: str, kind: str) -> bool:
    return unit in ("元", "万元") if kind == "money" else unit in COUNT_WORDS
