"""How wide a text stands in a monospaced console or dump: a Chinese (wide or full-width) character
takes two columns. Shared by what lays text out in columns (``check --tables``, the county summary)
and what reads text so laid out (``w3m`` dumps, ``pdftotext -layout``)."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
