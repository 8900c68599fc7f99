"""Rows of a table that a conversion took apart, put back before they are matched to the form.

PDF-to-Markdown converters and OCR print a row's label on lines of its own, apart from its numbers
(before or after them), and some repeat a row's label as a heading above the row. Matched as they
stand, the label would read as a blank row and the numbers as a row without a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from core.importers.match import MATCH, NUMBERING, WORD, best_label, fold, key, similarity
from core.importers.table_spec import BLANK, Spec

STARTS_LIKE = 0.6
"""A label whose first words are this like one of the form's row labels may start that row (typos in
it: 规犯姓文件), and is taken for no line of another row's wrapped label."""
MAX_WRAPPED = 40
"""Lines one row's label may wrap over: a definition of 150 characters in a label column eight wide."""
DEFINES = frozenset(":([【〔<-—–")
"""What may follow the form's words at the head of a label, opening a definition or a filling
note after them (as folded: 规章：地方行政规章指…, 规范性文件（行政机关制定发布的…）)."""


@dataclass
class Observed:
    """One row as a source prints it: its label and what stands in each column."""

    label: str
    cells: dict[int, str]
    """Spec column index → printed text ("" printed blank); absent = not read."""
    has_values: bool
    named: str = ""
    """The form's row label the row is matched by, when its label begins with that row's words and
    goes on with a definition (规章：地方行政规章指…规范性文件…), which may name other rows too."""


def drop_echoes(rows: list[Observed]) -> list[Observed]:
    """A label printed once as a heading and again on its row of numbers (### 二、上年结转… then
    | 上年结转… | 36 | …): the heading is not a blank row of its own."""
    out = []
    for i, r in enumerate(rows):
        if r.label and not r.has_values and any(
                o.has_values and o.label and key(o.label) == key(r.label) for o in rows[i + 1:i + 4]):
            continue
        out.append(r)
    return out


def join_split_labels(rows: list[Observed], spec: Spec, notes: list[str]) -> list[Observed]:
    """A label printed apart from its numbers (a PDF converted to Markdown: "（二）部分公开（区分处理的，
    只计这一情" / "形，不计其他情形）" on lines of their own, the numbers in a row without a label just
    after, or just before): the label's lines are joined and given the numbers, with a note, since
    the pairing is by position. A label whose numbers stand on one of its own lines is joined first
    (``join_wrapped_labels``)."""
    rows = join_wrapped_labels(rows, spec, notes)
    out: list[Observed] = []
    i = 0
    while i < len(rows):
        if not (rows[i].label and not rows[i].has_values):
            out.append(rows[i])
            i += 1
            continue
        j = i
        while j < len(rows) and rows[j].label and not rows[j].has_values:
            j += 1
        label = "".join(r.label for r in rows[i:j])
        values: Optional[Observed] = None
        if j < len(rows) and not rows[j].label and rows[j].has_values:
            values, nxt = rows[j], j + 1                     # the label, then its numbers
        elif out and not out[-1].label and out[-1].has_values:
            values, nxt = out.pop(), j                       # the numbers, then their label
        if values is None:
            out.extend(rows[i:j])
            i = j
            continue
        out.append(Observed(label, values.cells, True, rows[i].named))
        notes.append(f"{spec.name}“{label}”一行的行名与数值分在两处，按相邻位置合并读取")
        i = nxt
    return out


def naming_run(texts: list[str], labels: set[str]) -> Optional[str]:
    """The longest run of a row's label cells, ending with its own, that is one of the form's row
    labels (``key``s in ``labels``): a merged group's label may stand before it (三、本年度办理结果 |
    （一）予以公开). None when no such run names a row."""
    return next(("".join(texts[k:]) for k in range(len(texts)) if key("".join(texts[k:])) in labels), None)


def blank_rows(candidates: list[tuple[str, bool]], spec: Spec) -> list[Observed]:
    """The rows of a table that prints no number at all (行政事业性收费 with its cells left empty).

    ``candidates`` are (label, whether the line prints its cells, empty): a grid row, or a pipe row
    whose empty cells are kept. A row naming itself that way is blank in every column, wherever the
    columns stand; a bare label (on a line of its own, or closed by one pipe) may be a page cut
    short before its numbers, and is not read (it is kept, with no cells, so the clerk is told the row
    printed no number rather than that it was not found)."""
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    return [Observed(label, {j: BLANK for j in range(len(spec.cols))} if prints_cells else {}, False)
            for label, prints_cells in candidates if label and key(label) in labels]


def heads(label: str, spec: Spec) -> tuple[set[int], str]:
    """The rows of ``spec`` (indices) whose label ``label`` begins: with the row's whole words, then
    nothing or a definition opened by ``DEFINES``, or with more than half of them and nothing else
    (the form's words themselves wrapped: 其他对外管理服 / 务事项); and the form's label when one
    row's whole words begin it (the longest, when a row's words begin another's)."""
    starts, named, _ = _head(label, spec)
    return starts, named


def _head(label: str, spec: Spec) -> tuple[set[int], str, str]:
    """``heads``, and what the label prints after the form's words it names (folded)."""
    s = fold(label).lower()
    for pattern in NUMBERING:
        s = pattern.sub(" ", s)
    at = [i for i, ch in enumerate(s) if WORD.fullmatch(ch)]
    k = "".join(s[i] for i in at)
    if not k:
        return set(), "", ""
    whole: dict[int, tuple[str, str]] = {}
    out: set[int] = set()
    for j, (_, variants) in enumerate(spec.rows):
        for lab in variants:
            kl = key(lab)
            if not kl:
                continue
            rest = s[at[len(kl) - 1] + 1:].strip() if k.startswith(kl) else ""
            if k.startswith(kl) and (len(k) == len(kl) or rest[:1] in DEFINES):
                out.add(j)
                if len(kl) > len(key(whole.get(j, ("", ""))[0])):
                    whole[j] = (lab, rest)
            elif kl.startswith(k) and len(k) >= 2 and 2 * len(k) > len(kl):
                out.add(j)
    longest = max((len(key(lab)) for lab, _ in whole.values()), default=0)
    named = [(lab, rest) for lab, rest in whole.values() if len(key(lab)) == longest]
    return (out, *named[0]) if len(named) == 1 else (out, "", "")


_OPEN, _CLOSE = "([【〔<", ")]】〕>"


def closed(label: str, spec: Spec) -> bool:
    """Whether a row's label, as its lines so far print it, is whole: the form's words and nothing
    after them, or a definition after them that has ended — its bracket closed (规范性文件（…）), or
    after a colon its last sentence (规章：…不得称“条例”。). A label not whole goes on on the next line."""
    _, named, rest = _head(label, spec)
    if not named:
        return False                      # (the form's own words not yet all printed)
    depth = sum(rest.count(c) for c in _OPEN) - sum(rest.count(c) for c in _CLOSE)
    if not rest or rest[0] in _OPEN:
        return depth <= 0
    return depth <= 0 and rest.rstrip("”’\"'」』 ").endswith(("。", "."))


def _reopens(label: str) -> bool:
    """A line opening a definition of the words on the line before (规章 / （设区的市…））."""
    return fold(label).strip()[:1] in DEFINES


def rows_start(lines: list[tuple[str, bool, bool]], first: int, spec: Spec) -> int:
    """Where a table's rows start, over the header, when the row whose numbers come ``first`` has
    its label above them ((label, whether it prints a cell, whether it prints its cells empty) each):
    at a row's own label standing alone a few lines up ("### 行政复议", then 结果维持 … 总计, then the
    numbers), or at the line a wrapped label begins (``wrapped_above``); and then at the rows printed
    empty right above that one (规章 | over 规范性文件's label wrapped on a printed page): rows, not
    the header, which begins no row. A row printed empty above comes before it on the form: the
    header's last column closed by its pipes (其他 | ||||| over 一、本年新收…) names a row too
    (3.其他), one the form prints far below, and is the header's, not a row of its own."""
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    start = next((i for i in range(first - 1, max(first - 4, -1), -1)
                  if lines[i][0] and not lines[i][1] and key(lines[i][0]) in labels), None)
    if start is None:
        start = wrapped_above(lines, first, spec)
    below = min(heads(lines[start][0], spec)[0], default=len(spec.rows)) if start < first else len(spec.rows)
    while start < first and start > 0 and lines[start - 1][2] and lines[start - 1][0] \
            and not lines[start - 1][1] and min(heads(lines[start - 1][0], spec)[0], default=below) < below:
        start -= 1
        below = min(heads(lines[start][0], spec)[0])
    return start


def wrapped_above(lines: list[tuple[str, bool, bool]], first: int, spec: Spec) -> int:
    """Where a table's rows start when the label of the row whose numbers come ``first`` wraps over
    the lines above them (规章：地方行政规章指… / …但不 / 得称“条例”。 1 1 1): at the line its words
    begin (``heads``), over bare labels only; else ``first``."""
    for i in range(first - 1, max(first - 1 - MAX_WRAPPED, -1), -1):
        label, cells, _ = lines[i]
        if not label or cells:
            break
        if heads(label, spec)[0]:
            return i
    return first


def _starts_a_row(label: str, spec: Spec) -> bool:
    """Whether ``label`` begins one of the form's rows, typos and all: its first words (as many as
    the row's) are like the row's label, or the whole label is."""
    k = key(label)
    return bool(k) and any(similarity(k[:len(key(lab))], lab) >= STARTS_LIKE or similarity(label, lab) >= 0.97
                           for _, variants in spec.rows for lab in variants if key(lab))


def _bare(row: Observed) -> bool:
    """A label's line on its own: no number and no cell (not even one printed empty)."""
    return bool(row.label) and not row.has_values and not row.cells


def join_wrapped_labels(rows: list[Observed], spec: Spec, notes: list[str]) -> list[Observed]:
    """A row's label wrapped over several lines with its numbers on one of them, the first, a middle
    or the last (a narrow label column; a long label holding a definition: 规章：地方行政规章指…):
    the lines from the one beginning with a row's words (``heads``) up to the next line that may
    begin a row or prints cells of its own are one row, when exactly one of them prints numbers,
    every other is a bare label, and the line with the numbers names no other row than the head's
    (a line of a definition may name one: …规范性文件。规章的名称…). Each line that begins a row's
    words is matched by them (``Observed.named``). Otherwise the lines stay as they are: where
    the numbers belong is not certain, and they are not given to the head's row."""
    out: list[Observed] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        starts, named = heads(row.label, spec) if row.label else (set(), "")
        if not starts:
            out.append(row)
            i += 1
            continue
        j, text = i + 1, row.label
        while j < len(rows) and not (closed(text, spec) and not _reopens(rows[j].label)) and _goes_on(rows[j], spec):
            text += rows[j].label
            j += 1
        block = rows[i:j]
        valued = [r for r in block if r.has_values]
        if len(valued) == 1 and valued[0] is not row and all(_bare(r) for r in block if r is not valued[0]) \
                and closed(text, spec) and _names_only(valued[0].label, starts, spec):
            label = "".join(r.label for r in block)
            out.append(Observed(label, valued[0].cells, True, named))
            shown = label if len(label) <= 40 else label[:30] + "…"
            notes.append(f"{spec.name}“{shown}”一行的行名折成 {len(block)} 行，数值印在其中一行，已合并读取")
            i = j
            continue
        out.append(Observed(row.label, row.cells, row.has_values, named) if named else row)
        i += 1
    return out


def _goes_on(row: Observed, spec: Spec) -> bool:
    """Whether a line may go on a label wrapped above it: no line that may begin a row (``heads``,
    or its first words like a row's, typos and all) and none printing cells without a number."""
    if row.cells and not row.has_values:
        return False
    return not (row.label and (heads(row.label, spec)[0] or _starts_a_row(row.label, spec)
                               or _DEFINED.match(fold(row.label).strip())))


_DEFINED = re.compile(r"[\u3400-\u9fffa-zA-Z]{2,12}\s*:")
"""A line opening with a few words and a colon: a row's own label and its definition (规犯姓闻件：是指…),
however garbled its words, not a line of the definition above it."""


def _names_only(label: str, starts: set[int], spec: Spec) -> bool:
    """Whether a line of a wrapped label names no row of the form but (perhaps) one it may begin."""
    named = {j for j, (_, variants) in enumerate(spec.rows) if label and best_label(label, variants) >= MATCH}
    return not named or bool(named & starts)
