"""Rows of a table that a conversion took apart, put back before they are matched to the form.

PDF-to-Markdown converters and OCR print a row's label on lines of its own, apart from its numbers
(before or after them), and some repeat a row's label as a heading above the row. Matched as they
stand, the label would read as a blank row and the numbers as a row without a name.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Optional

from core.importers.match import MATCH, NUMBERING, WORD, best_label, fold, key, similarity
from core.importers.table_spec import Spec

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
    shown_empty: bool = False
    """The row prints its cells empty as cells of their own ("规章 | | | |", its tabs, a grid's cells),
    not only its label closed by a pipe ("行政规范性文件 |", its numbers perhaps on the next line)."""
    figures: tuple[str, ...] = ()
    """What a row left unread prints (a short row's figures, their columns not printed): astray if
    the row fits none of the form's, as a read row's figures are."""
    unread: tuple[tuple[int, str], ...] = ()
    """Columns whose cell is not read, and why (a number wrapped over a page break): not read from
    any other reading either."""


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


def join_split_labels(rows: list[Observed], spec: Spec, notes: list[str],
                      scrambled: Optional[dict[str, str]] = None) -> list[Observed]:
    """A label printed apart from its numbers (a PDF converted to Markdown: "（二）部分公开（区分处理的，
    只计这一情" / "形，不计其他情形）" on lines of their own, the numbers in a row without a label just
    after, or just before): the label's lines are joined and given the numbers, with a note, since
    the pairing is by position. A label whose numbers stand on one of its own lines is joined first
    (``join_wrapped_labels``).

    Only where the pairing is certain (``_pairing``): the labels and the rows of numbers between two
    rows printed whole alternate, each label naming one row of the form at most. A converter that
    tore a table apart may print a row's label lines away from its numbers, several labels in one
    run, runs of numbers after them: there a label's neighbour is not its numbers (the numbers of
    （六）1. taken for （六）2.'s), and nothing is joined. The numbers may still be placed by where they
    stand between rows printed whole (``tables.read``); the rows those labels name, if not, are not
    read, why said in ``scrambled`` (row id → reason)."""
    rows = join_wrapped_labels(rows, spec, notes)
    pairs: dict[int, int] = {}
    """First line of a label run → the row of numbers it is given."""
    for units in _segments(rows, _printed_empty(rows, spec)):
        paired = _pairing(units, rows, spec)
        if paired is not None:
            pairs.update(paired)
            continue
        labels = [u for u in units if _loose_label(rows[u[0]])]
        named = [rid for u in labels for rid in rows_named("".join(rows[k].label for k in u), spec)]
        texts = "”“".join(shown("".join(rows[k].label for k in u)) for u in labels)
        notes.append(f"原文{spec.name}表格顺序错乱：行名“{texts}”与 {len(units) - len(labels)} 行没有行名的数值分开印出，"
                     "次序对不上，无法按相邻位置确定哪行数值属于哪个行名，未合并")
        for rid in named:
            if scrambled is not None:
                scrambled.setdefault(rid, f"原文{spec.name}表格顺序错乱，行名与数值分开印出、次序对不上，"
                                          f"无法确定“{_row_label(spec, rid)}”一行的数值，未读取")
    out: list[Observed] = []
    taken = set(pairs.values())
    i = 0
    while i < len(rows):
        if i in taken:
            i += 1
            continue
        if i not in pairs:
            out.append(rows[i])
            i += 1
            continue
        j = i
        while j < len(rows) and _loose_label(rows[j]):
            j += 1
        label = "".join(r.label for r in rows[i:j])
        out.append(Observed(label, rows[pairs[i]].cells, True, rows[i].named))
        notes.append(f"{spec.name}“{label}”一行的行名与数值分在两处，按相邻位置合并读取")
        i = j                  # (numbers printed before their label were passed over when met)
    return out


def _loose_label(row: Observed) -> bool:
    return bool(row.label) and not row.has_values


def _loose_numbers(row: Observed) -> bool:
    return not row.label and row.has_values


def _printed_empty(rows: list[Observed], spec: Spec) -> set[int]:
    """The rows printing their cells empty (``Observed.shown_empty``) under a whole label of the
    form's ("规章 | | | |", then "行政规范性文件 |" with its numbers on the next line): rows printed
    whole, like a row with its numbers — no line of a label wrapped over the next (规章行政规范性文件
    took the next row's numbers). A line printing empty cells beside a label naming no row whole (a
    converter's "| （二）部分公开（区分处理的，只 | | |") may still be one, as may a whole label whose
    next line opens a definition of it (规章 | | |, then （地方政府规章…）)."""
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    return {k for k, row in enumerate(rows) if row.shown_empty and row.label and not row.has_values
            and key(row.label) in labels and not (k + 1 < len(rows) and _reopens(rows[k + 1].label))}


def _segments(rows: list[Observed], whole: set[int]) -> list[list[list[int]]]:
    """The runs of rows between rows printed whole (label and numbers on one line, or ``whole``: a
    row's label and its cells printed empty), as units: a label's lines (consecutive lines with no
    number) are one unit, each row of numbers another."""
    out: list[list[list[int]]] = []
    units: list[list[int]] = []
    for k, row in enumerate(rows):
        if k in whole:
            if units:
                out.append(units)
                units = []
        elif _loose_label(row) and units and _loose_label(rows[units[-1][-1]]):
            units[-1].append(k)
        elif _loose_label(row) or _loose_numbers(row):
            units.append([k])
        elif units:
            out.append(units)
            units = []
    if units:
        out.append(units)
    return out


def _pairing(units: list[list[int]], rows: list[Observed], spec: Spec) -> Optional[dict[int, int]]:
    """Label run (its first line) → row of numbers, when one segment's units leave no choice: labels
    and numbers alternate, beginning with one and ending with the other (label, numbers, label,
    numbers: each label's numbers after it; numbers, label: before it), and no label names two of
    the form's rows. ``{}`` when there is nothing to pair (labels alone: headings, or rows printed
    with no number; numbers alone); None when the pairing is not certain."""
    kinds = ["L" if _loose_label(rows[u[0]]) else "N" for u in units]
    if "L" not in kinds or "N" not in kinds:
        return {}
    if len(kinds) % 2 or any(a == b for a, b in zip(kinds, kinds[1:], strict=False)):
        return None
    if any(len(rows_named("".join(rows[k].label for k in u), spec)) > 1 for u, kind in zip(units, kinds, strict=True)
           if kind == "L"):
        return None
    out: dict[int, int] = {}
    for a, b in zip(units[::2], units[1::2], strict=True):
        label, numbers = (a, b) if kinds[0] == "L" else (b, a)
        out[label[0]] = numbers[0]
    return out


def rows_named(text: str, spec: Spec) -> list[str]:
    """The form's rows (ids, in the order printed) a run of label lines names, each numbered item
    of it (cut at 1. （二） 三、) taken for the row it is most like: a converter may print several
    rows' labels in one run, a group's name among them (（五）不予处理4.无正当理由…5.要求行政机关…).
    An item most like a row the form keeps only for older reports ((六)其他处理, a group now) names
    none, nor does one like no row."""
    return [rid for rid, _ in named_items(text, spec)]


_GLUED_NUMBERING = re.compile(r"(?<=\d)\d[.．、](?=\s*[\u3400-\u9fff])")
"""A row's numbering run into the figures before it (00000002.其他法律…: the run, then 2.)."""


def named_items(text: str, spec: Spec, glued: bool = False) -> list[tuple[str, str]]:
    """``rows_named`` with the item of the text naming each row; ``glued``: cut too where a row's
    numbering follows the figures of the row before without a space (a page that ran together).
    An item names a row when like it (``MATCH``), no row needing to be clearly ahead as a header word
    needs a column (``table_spec.columns_named``): what is asked is how many rows a run names, to
    refuse pairing it (``_pairing``), to say why rows are not read, or to give a run's figures to its
    last item's words, which the rows' alignment then places in order (as ``pair_columns`` places
    header words), not this judgement."""
    s = fold(text)
    cuts = sorted({m.start() for pattern in (*NUMBERING, *([_GLUED_NUMBERING] if glued else []))
                   for m in pattern.finditer(s)} - {0})
    out: list[tuple[str, str]] = []
    for a, b in zip([0, *cuts], [*cuts, len(s)], strict=True):
        if len(key(s[a:b])) < 2:
            continue
        score, rid = max((best_label(s[a:b], variants), rid) for rid, variants in spec.rows)
        if score >= MATCH and rid not in spec.optional_rows and rid not in {r for r, _ in out}:
            out.append((rid, s[a:b]))
    return out


def shown(label: str) -> str:
    return label if len(label) <= 30 else label[:24] + "…"


def _row_label(spec: Spec, rid: str) -> str:
    return next(variants[0] for r, variants in spec.rows if r == rid)


def naming_run(texts: list[str], labels: set[str]) -> Optional[str]:
    """The longest run of a row's label cells, ending with its own, that is one of the form's row
    labels (``key``s in ``labels``): a merged group's label may stand before it (三、本年度办理结果 |
    （一）予以公开). None when no such run names a row."""
    return next(("".join(texts[k:]) for k in range(len(texts)) if key("".join(texts[k:])) in labels), None)


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
        out.append(dataclasses.replace(row, named=named) if named else row)
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
