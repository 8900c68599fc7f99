"""Text a converter wrote as Markdown (pandoc ``-t markdown`` or ``-t gfm`` of a Word file or a
page): every sign Markdown would take as markup is escaped with a backslash (``\\| 规章 \\| 0 \\|``,
``\\# 标题``, ``1\\.``), so a pipe table the report printed in its text is no table any more, a
heading opens with signs, and the rows went unread. CommonMark lets a backslash escape any ASCII
punctuation and nothing else, and a report's text has no other use for a backslash before one:
the escapes are taken out, giving back the text the converter was given.

Such a writer also wraps each paragraph at 72 columns, at a space (``| 1. 申请人…申请 |`` on one
line, ``9 | 0 | … | 9 |`` on the next): a row cut so reads as a label printing its cells empty. In a
text its escapes show to be the writer's, a paragraph's lines are joined again with the space the
wrap took — only lines of running text: a line of the writer's own tables (opening with a pipe, a
``+`` or indented), a heading, a list item or a line closed by a hard break stays as it is.
"""

from __future__ import annotations

import re

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
MIN_ESCAPES = 3
"""Escapes that show a text is a Markdown writer's (one may be a clerk's own backslash)."""
_BLOCK = re.compile(r"(?:[|+#>:]|[-*+]\s|\d+[.)]\s|-{3,}|={3,}|`{3,}|~{3,})")
"""How a line of a block of the writer's own opens: a table, a heading, a quote, a list item, a rule."""


def unescaped(raws: list[str]) -> list[str]:
    """``raws`` with Markdown's backslash escapes taken out (and, when they show the text is a
    Markdown writer's, its wrapped paragraphs joined); unchanged when it holds none."""
    if not any("\\" in raw for raw in raws):
        return raws
    escapes = sum(len(_ESCAPED.findall(raw)) for raw in raws if "\\" in raw)
    if escapes >= MIN_ESCAPES:
        raws = _unwrapped(raws)
    return [_ESCAPED.sub(r"\1", raw) if "\\" in raw else raw for raw in raws]


def _paragraph(raw: str) -> bool:
    """A line of a paragraph: it opens at the margin and not as a block of the writer's own (its
    escaped signs, ``\\|`` or ``\\#``, are the paragraph's text)."""
    return bool(raw.strip()) and not raw[:1].isspace() and not _BLOCK.match(raw)


def _unwrapped(raws: list[str]) -> list[str]:
    """The writer puts an empty line between paragraphs and blocks: two lines of paragraph text
    one under the other are one paragraph it wrapped (a line closed by a backslash, a hard
    break, ends its line)."""
    out: list[str] = []
    for raw in raws:
        if out and _paragraph(raw) and _paragraph(out[-1]) and not out[-1].rstrip().endswith("\\"):
            out[-1] = out[-1].rstrip() + " " + raw.strip()
        else:
            out.append(raw)
    return out
