"""Paragraph properties of a Word 97 document, as far as reading its tables needs them: whether a
paragraph is in a table, whether its mark ends a row, and that row's cell edges and merges.

[MS-DOC] keeps them in PAPX FKP pages (512 bytes each, listed by the ``PlcBtePapx``), each a run
of file offsets with a list of property modifiers (sprms) per run. Only the sprms read here are
decoded; every other one is skipped by the size its code announces.
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Optional

from core.importers.safety import Budget

_PAGE = 512
_IN_TABLE = 0x2416
_TTP = 0x2417
_INNER_TTP = 0x244C
_ITAP = 0x6649
_DEF_TABLE = 0xD608
_VERT_MERGE = 0xD62B
_CHANGE_TABS = 0xC615
_DELETED = 0x0800
"""sprmCFRMarkDel: text deleted with changes tracked — still in the file, not in the document."""
_HIDDEN = 0x083C
"""sprmCFVanish: text formatted hidden (隐藏文字), neither shown nor printed, so not read (as a .docx's
``w:vanish``)."""
_HUGE = 0x6646
"""sprmPHugePapx: properties too long for an FKP page (a wide row's cell list), kept in the Data stream."""
_FIXED = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
"""Operand size by a sprm's ``spra`` (its top three bits); 6 is variable."""


@dataclass(frozen=True)
class RowDef:
    edges: tuple[int, ...]
    """The cells' edges in twips, one more than the cells."""
    continued: tuple[bool, ...]
    """Per cell: under the cell above it (a vertical merge), printed by that one."""


@dataclass(frozen=True)
class Props:
    in_table: bool = False
    row_end: bool = False
    row: Optional[RowDef] = None


_NONE = Props()


def _operand_size(grpprl: bytes, at: int, sprm: int) -> int:
    spra = sprm >> 13
    if spra != 6:
        return _FIXED[spra]
    if sprm == _DEF_TABLE:
        return 2 + max(0, int(struct.unpack_from("<H", grpprl, at)[0]) - 1)
    if sprm == _CHANGE_TABS and grpprl[at] == 255:
        deleted = grpprl[at + 1]
        added = grpprl[at + 2 + 4 * deleted]
        return 1 + (1 + 4 * deleted) + (1 + 3 * added)
    return 1 + grpprl[at]


def _row_def(operand: bytes) -> Optional[RowDef]:
    if len(operand) < 3:
        return None
    count = operand[2]
    need = 3 + 2 * (count + 1)
    if count == 0 or len(operand) < need:
        return None
    edges = struct.unpack_from(f"<{count + 1}h", operand, 3)
    continued = []
    for i in range(count):
        at = need + 20 * i
        flags = struct.unpack_from("<H", operand, at)[0] if at + 2 <= len(operand) else 0
        continued.append((flags >> 5) & 3 == 1)
    return RowDef(tuple(edges), tuple(continued))


def _decode(grpprl: bytes, data: bytes) -> Props:
    in_table = row_end = False
    itap = 0
    row: Optional[RowDef] = None
    merges: list[tuple[int, int]] = []
    sprms = _sprms(grpprl)
    huge = next((operand for sprm, operand in sprms if sprm == _HUGE and len(operand) == 4), None)
    if huge is not None:          # once: a stored list pointing on again is damage, and not followed
        at = struct.unpack("<I", huge)[0]
        if at + 2 <= len(data):
            sprms += _sprms(data[at + 2:at + 2 + struct.unpack_from("<H", data, at)[0]])
    for sprm, operand in sprms:
        if sprm == _IN_TABLE:
            in_table = bool(operand[:1] != b"\x00")
        elif sprm == _TTP:
            row_end = bool(operand[:1] != b"\x00")
        elif sprm == _ITAP and len(operand) == 4:
            itap = struct.unpack("<i", operand)[0]
        elif sprm == _INNER_TTP and operand[:1] != b"\x00":
            row_end = row_end or itap <= 1
        elif sprm == _DEF_TABLE:
            row = _row_def(operand)
        elif sprm == _VERT_MERGE and len(operand) >= 3:
            merges.append((operand[1], operand[2]))
    if row is not None and merges:
        continued = list(row.continued)
        for cell, kind in merges:
            if cell < len(continued):
                continued[cell] = kind == 1
        row = RowDef(row.edges, tuple(continued))
    if itap > 1:
        row_end = False                           # a nested table's row: its text stays in the outer cell
    return Props(in_table or itap >= 1, row_end, row)


def _sprms(grpprl: bytes) -> list[tuple[int, bytes]]:
    """A property list's modifiers and their operands, in order; it ends where one is cut off."""
    out = []
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        try:
            size = _operand_size(grpprl, at + 2, sprm)
        except (IndexError, struct.error):
            break
        out.append((sprm, grpprl[at + 2:at + 2 + size]))
        at += 2 + size
    return out


def _fkp_runs(word: bytes, table: bytes, plc: tuple[int, int], entry: int,
              budget: Budget) -> Iterator[tuple[int, int, bytes, int]]:
    """(first file offset, offset after, page, where the run's properties start in the page or 0)
    for every run of the FKP pages a ``PlcBte`` lists: ``entry`` bytes per run after the offsets
    (13 for paragraphs, 1 for characters)."""
    fc, lcb = plc
    raw = table[fc:fc + lcb]
    n = (len(raw) - 4) // 8
    if n <= 0:
        return
    for pn in struct.unpack_from(f"<{n}I", raw, 4 * (n + 1)):
        budget.tick()
        page = word[(pn & 0x3FFFFF) * _PAGE:(pn & 0x3FFFFF) * _PAGE + _PAGE]
        if len(page) < _PAGE:
            continue
        crun = page[_PAGE - 1]
        if 4 * (crun + 1) + entry * crun > _PAGE - 1:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            yield fcs[i], fcs[i + 1], page, 2 * page[4 * (crun + 1) + entry * i]


def paragraph_props(word: bytes, table: bytes, data: bytes, plc: tuple[int, int],
                    budget: Budget) -> Callable[[int], Props]:
    """A lookup from a paragraph mark's file offset to its properties (none where the document
    gives none: a paragraph of plain text). ``data``: the Data stream, or b"" where there is none."""
    runs: list[tuple[int, int, Props]] = []
    cache: dict[bytes, Props] = {}
    for first, after, page, offset in _fkp_runs(word, table, plc, 13, budget):
        props = _NONE
        if offset:
            cb = page[offset]
            if cb:
                grpprl = page[offset + 1 + 2:offset + 2 * cb]
            else:
                grpprl = page[offset + 2 + 2:offset + 2 + 2 * page[offset + 1]]
            if grpprl not in cache:
                cache[grpprl] = _decode(grpprl, data)
            props = cache[grpprl]
        runs.append((first, after, props))
    runs.sort(key=lambda r: r[0])
    starts = [r[0] for r in runs]

    def lookup(at: int) -> Props:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and runs[i][0] <= at < runs[i][1]:
            return runs[i][2]
        return _NONE

    return lookup


def deleted_runs(word: bytes, table: bytes, plc: tuple[int, int], budget: Budget) -> list[tuple[int, int]]:
    """The file ranges of text deleted with changes tracked (CHPX FKP pages, listed by the
    ``PlcBteChpx``): a clerk who changed 1999 to 2776 leaves both in the file, and only 2776 in
    the document (a .docx keeps the deletion apart, in ``w:delText``). Hidden text too: a hidden old
    figure before the new one (9, then 3) read as 93."""
    out: list[tuple[int, int]] = []
    cache: dict[bytes, bool] = {}
    for first, after, page, offset in _fkp_runs(word, table, plc, 1, budget):
        if not offset:
            continue
        grpprl = page[offset + 1:offset + 1 + page[offset]]
        if grpprl not in cache:
            cache[grpprl] = any(sprm in (_DELETED, _HIDDEN) and operand[:1] not in (b"\x00", b"\x80")
                                for sprm, operand in _sprms(grpprl))
        if cache[grpprl] and first < after:
            out.append((first, after))
    return sorted(out)
