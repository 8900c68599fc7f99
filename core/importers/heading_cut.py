"""Section headings printed inside a line of text, cut onto lines of their own.

A page's copy may print a heading and its first paragraph as one line ("五、存在的主要问题及改进情况
我公司按…"), or run a paragraph on into the next heading ("…主动向社会进行了公开。 二、主动公开政府信
息情况"). Left so, the section is not found, its text goes to the section before it, and the report
reads as missing a section it has (S1–S3, errors that block an export). A heading is cut out only
when the form prints it whole — its own numeral and its own words — at the line's start or after
a sentence's end or a space; never a list of the headings (one straight after another), a 目录
entry (dot leaders and a page number), a table's row or a cell of a grid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.importers.heading_words import HEAD_LEAD
from core.importers.layout import Line, Token
from core.importers.printed_text import is_typed as _typed

_BEFORE = " \t\u3000。！？!?0123456789"
"""What may stand just before a heading inside a line: a space, a sentence's end, or the last
number of a table run together with it (…信息处理费收取情况000六、存在的主要问题…)."""
_LEAD = re.compile(HEAD_LEAD)
"""What may stand before a heading at a line's start (``heading_words.HEAD_LEAD``)."""
_LEADERS = re.compile(r"\s*[.…·•・]{2,}")
_AFTER = " \t\u3000。：:，,；;"
"""What a heading's words may be followed by before its section's first words (六、其他需要报告的事项：无)."""
_NEXT = re.compile(r"\s*")
_LONGER = re.compile(r"[\u4e00-\u9fff、]{1,16}(?=[\s。：:，,；;\d（(【]|$)")
"""Words run on from a heading's own up to a break: a longer wording of it (…改进情况和下一步打算),
part of the heading, not its section's first words."""


def _heading_end(text: str, end: int) -> int:
    """Where a heading found up to ``end`` ends: after the words its wording runs on with."""
    m = _LONGER.match(text, end)
    return m.end() if m else end


_OWN_WORDS = 7
"""A heading's first words that tell it when the rest is worded otherwise (存在的主要问题 of
存在的主要问题及改进情况 / …及明年工作计划; 其他需要报告的 of 其他需要报告的事项)."""


def heading_pattern(headings: Sequence[str], any_numeral: bool = False) -> re.Pattern[str]:
    """The form's headings ("一、总体情况"), each with its own numeral (or, ``any_numeral``, any of
    一 to 六: a report numbering the form's headings its own way), printed with 、 . ． or nothing
    after it (一总体情况: its own words tell it)."""
    alternatives = []
    for h in headings:
        numeral, title = h[0], h[1:].lstrip("、.． ")
        words = _spaced(title)
        if len(title) > _OWN_WORDS:      # or its first words, a wording of its own after them
            words = f"(?:{words}|{_spaced(title[:_OWN_WORDS])})"
        alternatives.append(("[一二三四五六]" if any_numeral else re.escape(numeral)) + r"\s*[、.．]?\s*" + words)
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _spaced(words: str) -> str:
    return r"\s?".join(re.escape(ch) for ch in words)


def cut_headings(lines: list[Line], headings: Sequence[str]) -> list[Line]:
    """``lines`` with every section heading printed inside a line of text on a line of its own (the
    words before and after it on theirs)."""
    pattern, own = heading_pattern(headings, any_numeral=True), heading_pattern(headings)
    out: list[Line] = []
    for line in lines:
        pieces = _pieces(line, pattern, own)
        if pieces is None:
            out.append(line)
        elif line.positional:
            out.extend(_printed_pieces(line, pieces))
        else:
            out.extend(Line([Token(p, 0, 1, line.tokens[0].top, line.tokens[0].bottom)], positional=False,
                            page=line.page, indent=line.indent, table_id=line.table_id, extra=dict(line.extra))
                       for p in pieces)
    return out


def _printed_pieces(line: Line, pieces: list[str]) -> list[Line]:
    """A printed line's pieces, each a printed line of its own: the first starting where the line
    did and the last ending where it did, so the paragraph the line went on from and the one its
    last words go on into (the page wrapped it at the margin) are joined as before
    (``sections._paragraphs``); the heading and what follows it start a paragraph each (indented)."""
    first, last = line.tokens[0], line.tokens[-1]
    out = []
    for i, p in enumerate(pieces):
        x0 = first.x0 if i == 0 else first.x0 + _PIECE_INDENT
        x1 = last.x1 if i == len(pieces) - 1 else x0 + 1
        out.append(Line([Token(p, x0, x1, first.top, first.bottom)], positional=True, page=line.page,
                        indent=line.indent if i == 0 else line.indent + _PIECE_INDENT, extra=dict(line.extra),
                        rules=line.rules, verticals=line.verticals, cuts=line.cuts))
    return out


_PIECE_INDENT = 24.0
"""How far right a printed line's piece after a heading is taken to start: past the 8 points that
part a paragraph's first line from a line wrapped into it."""


def _pieces(line: Line, pattern: re.Pattern[str], own: re.Pattern[str]) -> list[str] | None:
    """The line cut before and after each heading it holds, or None when it is left whole. A heading
    under another section's numeral (六、存在的主要问题和改进情况 after a 五 of the report's own) is
    cut out only inside the line: at its start, the line is the heading's already, and which section
    it is, if any, its words tell (``heading_chain``)."""
    if line.grid or set(line.extra) - {"words"} or (not _typed(line) if line.positional else
                                                    sum(1 for c in line.cells if c.strip()) != 1):
        return None
    text = line.text
    if pattern.search(text) is None:
        return None
    found = list(pattern.finditer(text))
    cuts: list[tuple[int, int]] = []
    for i, m in enumerate(found):
        at_start = _LEAD.fullmatch(text, 0, m.start()) is not None
        if not at_start and text[m.start() - 1] not in _BEFORE:
            continue
        if at_start and own.fullmatch(text, m.start(), m.end()) is None:
            continue
        if _LEADERS.match(text, m.end()):
            continue                                   # a 目录 entry: "一、总体情况……1"
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _NEXT.fullmatch(text, m.end(), nxt.start()):
            return None                                # a list of the headings, not the report's own
        end = _heading_end(text, m.end())
        if at_start and end == len(text.rstrip()):
            continue                                   # the heading alone: nothing to cut
        cuts.append((m.start(), end))
    if not cuts:
        return None
    pieces, pos = [], 0
    for a, b in cuts:
        pieces += [text[pos:a], text[a:b]]
        pos = b + len(text[b:]) - len(text[b:].lstrip(_AFTER))   # 六、其他需要报告的事项：无
    pieces.append(text[pos:])
    return [p.strip() for p in pieces if p.strip() and _LEAD.fullmatch(p) is None]
