"""What a page's number and a page's break look like, decided once for every reader.

Why a module of its own: the line readers (``layout``, ``pdf``, ``sections``, ``title_search``,
``reach``, ``organ_words``), the source-wide drop of a 公文's "— 5 —" (``build``) and the
space-aligned table reader (``aligned_proof``, ``aligned_pages``) each once kept a pattern of their
own, and they drifted apart (one read "第3页，共5页" and the other not; one took a four-digit
number or a one-sided "-3" for a page's number). ``layout`` imports the aligned reader, so the one
definition cannot live in either.

The choices, each for every reader alike:

* Full-width forms fold first (NFKC): "－３－" is "-3-" wherever it is read.
* One to three digits: no annual report runs to a thousand pages (``pdf.MAX_PAGES`` is 80); a
  four-digit number alone on a line is a cell or a year ("2024"), never a page's number.
* Ornaments (dashes, "_", "·") stand on both sides or on neither: "- 3 -", "·3·". A one-sided
  "-3" may be a negative 本年增/减 cell, and a cell is never read as a page's number.
* The forms printed: "3", "第3页", "3页", with the whole after it ("共5页", "/5", "/ 共 5 页",
  "，共5页").

Named variants where a caller needs a narrower kind: ``is_dashed`` (a number between dashes, the
公文's page number of GB/T 9704, is one wherever it stands, so it is dropped from every line before
reading) and ``is_bare`` (a lone "3" is a page's number only where its place says so: in a page's
margin about that page's own index, between a table's parts, after the signature; elsewhere the
caller decides).
"""

from __future__ import annotations

import re

from core.importers.match import fold

_N = r"\d{1,3}"
_OF = rf"(?:\s*[/,]?\s*共\s*{_N}\s*页|\s*/\s*{_N}(?:\s*页)?)"
"""The number of pages after a page's own: "共5页", "/5", "/ 共 5 页", "，共5页" (folded)."""
_BODY = rf"(?:第\s*{_N}\s*页|{_N}(?:\s*页)?){_OF}?"
_DASH = "\\-—–"
_ORNAMENT = _DASH + "_·"
_PLAIN = re.compile(rf"^\s*{_BODY}\s*$")
_ORNAMENTED = re.compile(rf"^\s*[{_ORNAMENT}][{_ORNAMENT}\s]*{_BODY}[{_ORNAMENT}\s]*[{_ORNAMENT}]\s*$")
_DASHED = re.compile(rf"^\s*[{_DASH}][{_DASH}\s]*{_BODY}[{_DASH}\s]*[{_DASH}]\s*$")
_BARE = re.compile(rf"^\s*{_N}\s*$")


def is_page_number(text: str) -> bool:
    """A page's number alone on its line, in any of the forms printed (a bare "3" included: the
    callers read it in a page's margin, between a table's parts or after a report's signature)."""
    folded = fold(text)
    return bool(_PLAIN.match(folded) or _ORNAMENTED.match(folded))


def is_dashed(text: str) -> bool:
    """A page's number between dashes ("— 5 —", "- 第5页 -"): no cell or sentence prints one so, so
    it is a page's number wherever a conversion left it, a table's middle included."""
    return bool(_DASHED.match(fold(text)))


def is_bare(text: str) -> bool:
    """A page's number with nothing about it ("3"): one only where its place says so, as a cell
    prints the same."""
    return bool(_BARE.match(fold(text)))


def in_a_break(text: str) -> bool:
    """A line a page's break may hold: blank, or a page's number."""
    return not text.strip() or is_page_number(text)


def crosses_a_page(lines: list[str], start: int, end: int, page_starts: frozenset[int]) -> bool:
    """Whether a page's break lies between lines ``start`` and ``end``: one of ``start``..``end-1``
    is a page's number, or a page starts at one of ``start``..``end`` (``end`` included: its page
    then starts just after the lines between). ``page_starts``: the lines a form feed starts."""
    return any(n in page_starts or (n < end and is_page_number(lines[n])) for n in range(start, min(end + 1, len(lines))))


def past_a_break(lines: list[str], k: int, page_starts: frozenset[int]) -> int:
    """The line after the page's break that begins at line ``k`` (its blank lines and number, the
    break itself a page's number or start among them), or ``k`` when no break begins there: blank
    lines alone part a table's rows as often as its pages."""
    run = k
    while run < len(lines) and in_a_break(lines[run]):
        run += 1
    return run if run > k and crosses_a_page(lines, k, run, page_starts) else k
