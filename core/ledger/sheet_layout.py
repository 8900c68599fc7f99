"""What a register sheet shows beyond its values: merged cells and hidden rows.

openpyxl's read-only sheets (the only way to stream 20,000 requests within ``MAX_SECONDS``) give
values alone: a merged cell's value in its top-left cell and the rest blank, hidden rows like any
other. Both change what a clerk's register says (one request written over two rows, a 办理结果
merged over two requests, rows hidden by a filter), so they are read here from the sheet's own
XML, one pass with two regular expressions, instead of a full load that would take minutes on a
large register. The sheet part was size-checked with the rest of the zip before; .xls sheets get
theirs from ``core.xls_book``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MAX_MERGES = 200_000
"""Merged ranges read; a register of 20,000 requests over two rows each has some 120,000."""

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?[\"']")
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"'](\d+)[\"']")
_HIDDEN = re.compile(rb"\bhidden\s*=\s*[\"'](?:1|true)[\"']")


@dataclass(frozen=True)
class Merge:
    """A merged range: rows 1-based as Excel shows them, columns 0-based as row tuples index them."""

    top: int
    left: int
    bottom: int
    right: int


@dataclass
class Layout:
    merges: list[Merge] = field(default_factory=list)
    hidden_rows: frozenset[int] = frozenset()
    last_row: int = 0
    """The sheet's last row (0: not known): reading stops there, before openpyxl parses what follows
    the rows, such as 100,000 merged ranges again, which would take seconds."""


def _column(letters: bytes) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + ch - ord("A") + 1
    return index - 1


def xml_layout(xml: bytes) -> Layout:
    """The merged ranges and hidden rows an .xlsx sheet part declares (a single cell "merged" with
    itself, as some programs write, is no merge)."""
    merges = []
    for m in _MERGE.finditer(xml):
        top, left = int(m[2]), _column(m[1])
        bottom, right = (int(m[4]), _column(m[3])) if m[3] else (top, left)
        top, bottom = min(top, bottom), max(top, bottom)
        left, right = min(left, right), max(left, right)
        if (top, left) != (bottom, right):
            merges.append(Merge(top, left, bottom, right))
        if len(merges) >= MAX_MERGES:
            break
    hidden = set()
    attrs = b""
    for row in _ROW.finditer(xml):
        attrs = row[1]
        if b"hidden" in attrs and _HIDDEN.search(attrs):
            number = _ROW_NUMBER.search(attrs)
            if number:
                hidden.add(int(number[1]))
    last = _ROW_NUMBER.search(attrs)
    return Layout(merges, frozenset(hidden), int(last[1]) if last else 0)


def sheet_layout(ws: Any) -> Layout:
    """The layout of an openpyxl read-only sheet or a ``core.xls_book`` sheet; an empty one for
    anything else (a sheet of values only still reads, as it did before merges were known)."""
    own = getattr(ws, "layout", None)
    if callable(own):
        merges, hidden = own(MAX_MERGES)
        return Layout([Merge(*m) for m in merges], frozenset(hidden))
    source = getattr(ws, "_get_source", None)
    if not callable(source):
        return Layout()
    with source() as f:
        xml: bytes = f.read()
    return xml_layout(xml)
