"""Which rows of a register are one request, once merged cells are known.

Clerks write a long request over two or more rows and merge its 编号, 收到日期, 申请人 cells down
over them; they also merge one 办理结果 or 答复日期 over several requests handled together. A
merged cell shows its value in every row of its range, but whether those rows are one request or
several is told by the key columns (编号, 序号, 收到日期), never by the merge alone:

- a row with a key cell of its own (filled and not the lower part of a merge) starts a request;
- a row without one, tied to the request above by a merged cell that begins within that request,
  continues it: its own cells are added to the request (申请内容 and 备注 joined line by line,
  other text joined with "；"; a date or outcome taken when the first row left it blank, and left
  empty with a note when the rows disagree);
- a merged cell over rows that each start a request gives every one of them its value (one
  办理结果 for requests answered together); a merged key cell over such rows is noted, since two
  requests sharing one 编号 may be one request whose dates were written twice;
- with no key column at all nothing tells one request over two rows from two requests: each row
  is read as one, the merged value in each, and a note names the rows;
- a row whose only content is one cell merged across the table (a 一季度 heading, 填表说明) is
  no request, nor are rows that hold nothing of their own.

Rows and columns are numbered as in ``xlsx_read``: rows 1-based, columns 0-based.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Optional

from core.ledger.model import MAX_FIELD_CHARS
from core.ledger.sheet_layout import Layout, Merge

KEYS = ("number", "received", "index")
"""Fields whose columns tell one request from the next (``index`` is 序号)."""
JOINED = {"subject": "\n", "notes": "\n", "number": "；", "channel": "；", "name": "；", "contact": "；"}
"""Text fields of a request written over several rows, and what joins the rows' parts."""
HEADING_SPAN = 3
"""Read columns a lone merged cell spans to be a heading or a note rather than a request."""


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def rows_text(first: int, last: int) -> str:
    return f"第{first}行" if first == last else f"第{first}\u2013{last}行"


@dataclass
class Row:
    """One sheet row: each read column's value (merged values filled in) and which are its own."""

    n: int
    values: dict[int, Any]
    own: set[int]
    merged: dict[int, Merge]
    """Read columns whose value comes from a merged cell begun in a row above."""


@dataclass
class Group:
    """The rows of one request, the first one first."""

    rows: list[Row] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.rows[0].n

    @property
    def last(self) -> int:
        return self.rows[-1].n

    def cells(self, col: int) -> list[tuple[int, Any]]:
        """(row, value) of column ``col`` for the request: the first row's, merged value included,
        and what the further rows write themselves."""
        return [(row.n, row.values[col]) for k, row in enumerate(self.rows)
                if (k == 0 or col in row.own) and not blank(row.values.get(col))]


class RowGroups:
    """Applies a sheet's merged cells to its rows, one row at a time, in order."""

    def __init__(self, layout: Layout, read: set[int], keys: set[int], skip: set[int]) -> None:
        self.read = read
        """Columns read into a field (序号 included)."""
        self.keys = keys
        """Columns that tell one request from the next: 编号, 序号, 收到日期."""
        self.skip = skip
        """Columns whose content alone makes no request (序号 numbered in advance)."""
        self.starts: dict[int, list[Merge]] = {}
        for m in layout.merges:
            self.starts.setdefault(m.top, []).append(m)
        self.active: dict[int, Merge] = {}
        self.here: list[Merge] = []
        """Merges beginning in the row read last."""
        self.top_values: dict[Merge, Any] = {}
        self.heading_until = 0
        self.noted: set[Merge] = set()

    def row(self, n: int, raw: tuple[Any, ...]) -> Row:
        self.here = self.starts.pop(n, [])
        for m in self.here:
            if m.bottom > m.top and m.left in self.read:
                self.active[m.left] = m
                self.top_values[m] = raw[m.left] if m.left < len(raw) else None
        width = len(raw)
        values: dict[int, Any] = {i: raw[i] for i in self.read if i < width}
        own = {i for i, v in values.items() if v is not None and not (isinstance(v, str) and not v.strip())}
        merged: dict[int, Merge] = {}
        for col, m in list(self.active.items()):
            if m.bottom < n:
                del self.active[col]
                self.top_values.pop(m, None)
            elif m.top < n:
                merged[col] = m
                values[col] = self.top_values.get(m)
                own.discard(col)
        return Row(n, values, own, merged)

    def heading(self, row: Row, raw: tuple[Any, ...], span: int) -> bool:
        """Whether ``row`` is a heading or note merged across ``span`` or more read columns (its rows
        below, inside the merge, are passed over too)."""
        if row.n <= self.heading_until:
            return True
        wide = [m for m in self.here if m.right > m.left]
        if not wide:
            return False  # the common row: nothing merged across columns begins here
        filled = [i for i, v in enumerate(raw) if not blank(v)]
        wide = [m for m in wide if len(filled) == 1 and m.left == filled[0]]
        if not wide or sum(wide[0].left <= i <= wide[0].right for i in self.read) < span:
            return False
        self.heading_until = wide[0].bottom
        self.active = {c: m for c, m in self.active.items() if m is not wide[0]}
        return True

    def bare(self, row: Row) -> bool:
        """Nothing of its own beyond a number written in advance: no request, and no part of one."""
        return all(i in self.skip for i in row.own)

    def continues(self, row: Row, group: Optional[Group]) -> bool:
        """Whether ``row`` is a further line of ``group``'s request (the rule in the module's text)."""
        if group is None or not self.keys or row.own & self.keys:
            return False
        return any(m.top >= group.first for m in row.merged.values())

    def doubts(self, row: Row, heads: dict[int, str]) -> list[str]:
        """Notes for merges over ``row``, a request of its own, that cannot tell whether the rows
        they cover are one request or several (once per merge)."""
        out = []
        for col, m in row.merged.items():
            if m in self.noted or (self.keys and col not in self.keys):
                continue
            self.noted.add(m)
            where = f"{rows_text(m.top, m.bottom)}的“{heads[col]}”是合并单元格"
            out.append(f"{where}，但各行另有自己的编号或收到日期，已按每行一件申请读取，请核对" if self.keys else
                       f"{where}，表中没有编号、序号或收到日期列，无法判断是一件还是几件申请，已按每行一件读取，请核对")
        return out


def join(key: str, where: str, read: list[tuple[Any, Any]], show: Callable[[Any], str]) -> tuple[Any, str]:
    """One field of a request written over several rows, from (cell, value) of each row that has
    it: text joined, a single value agreed on; and a note (cells as ``show`` writes them) when
    something was not read."""
    if len(read) <= 1:
        return (read[0][1] if read else None), ""
    if key in JOINED:
        text = JOINED[key].join(v for _, v in read)
        cut = text[:MAX_FIELD_CHARS]
        return cut, (f"{where}合起来超过 {len(cut)} 字，只读取了前 {len(cut)} 字" if cut != text else "")
    if len({v for _, v in read}) == 1:
        return read[0][1], ""
    shown = "".join(f"“{show(raw)[:20]}”" for raw, _ in read[:3])
    return None, f"{where}各行不同（{shown}），同一件申请只能有一个，未读取"


def hidden_note(rows: list[int]) -> str:
    """One note for the hidden rows read (a filter may hide thousands): their spans, the first ten."""
    spans: list[list[int]] = []
    for n in rows:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    said = "、".join(rows_text(a, b)[1:-1] for a, b in spans[:10]) + ("等" if len(spans) > 10 else "")
    return f"第{said}行在 Excel 中是隐藏的（可能被筛选或折叠），已照常读取，请核对是否属于本台账"
