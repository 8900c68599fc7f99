"""Printed label → form address, shared by every importer; driven by the form's own labels.

Published reports print the fixed labels of the official tables with full- and half-width
punctuation, spaces inside words, numbering styles of their own (1. 1、 （一） (一)), labels wrapped
across lines or printed one character per line, and typos ("其他法律行政止公开"). Nothing here
lists those variants: labels are compared as *keys* (width-folded, numbering and punctuation
dropped) by a similarity that tolerates extra text and small slips, and rows are matched to the
form's rows *in order* (a weighted alignment), so a garbled label still lands where it stands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional

from core.forms import Form, Table
from core.values import NA, Value, ValueError_, parse_input

MATCH = 0.5
"""Least similarity at which a printed label may stand for a form label."""
EXACT = 0.97

NUMBERING = [
    re.compile(r"[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]"),
    re.compile(r"(?<![\d.])\d{1,2}\s*[.、．,，]\s*(?!\d)"),
    re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}\s*[、.．]"),
]
_NOT_WORD = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
WORD = re.compile(r"[0-9a-z\u3400-\u9fff]")
"""One letter a key keeps."""


def fold(text: str) -> str:
    """Full-width letters, digits and punctuation to their ASCII forms (NFKC)."""
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=1 << 16)
def key(text: str, numbering: bool = False) -> str:
    """What a label is compared by: width-folded, without spaces, punctuation (and numbering).
    Kept for the texts seen last: a reading compares the same lines with the form's labels many
    times over (every table's alignment, the header, the wrapped-label repairs)."""
    s = fold(text).lower()
    if not numbering:
        for pattern in NUMBERING:
            s = pattern.sub(" ", s)
    return _NOT_WORD.sub("", s)


@lru_cache(maxsize=1 << 16)
def _matched(a: str, b: str) -> int:
    if set(a).isdisjoint(b):
        return 0            # (two in five of the pairs a reading compares: no character in common)
    return sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def forget() -> None:
    """Empty the kept keys and likenesses (``core.importers.kept``)."""
    key.cache_clear()
    _matched.cache_clear()
    is_value_text.cache_clear()


def similarity(text: str, label: str) -> float:
    """How well printed ``text`` stands for ``label`` (0…1): half overall likeness, half how much
    of the label the text holds — so extra words around a label (a group name, the letters of a
    vertical header) cost less than a label cut short, and a typo costs a little."""
    t, lab = key(text), key(label)
    if not t or not lab:
        return 0.0
    if t == lab:
        return 1.0
    m = _matched(t, lab)
    return 0.5 * (2 * m / (len(t) + len(lab))) + 0.5 * (m / len(lab))


_OTHER = "其他"


def names_other(text: str, label: str) -> bool:
    """``text`` opens with 其他 and ``label`` does not: it names what is *not* the things before it
    (其他主动公开文件（含…除规范性文件以外的…文件）, a row some provinces add), never ``label``'s row."""
    return key(text).startswith(_OTHER) and not key(label).startswith(_OTHER)


def best_label(text: str, labels: Sequence[str]) -> float:
    """Similarity of ``text`` to the closest of several labels for the same thing. A label of
    another thing (``names_other``) holds the form's words whole, which alone scores above
    ``MATCH``: where a copy lost the row it was set against, its numbers were read as that row's."""
    return max((similarity(text, lab) for lab in labels if lab and not names_other(text, lab)), default=0.0)


def align(observed: Sequence[str], expected: Sequence[Sequence[str]],
          score: Callable[[str, Sequence[str]], float] = best_label,
          threshold: float = MATCH) -> list[tuple[int, int, float]]:
    """Match printed labels to the form's labels keeping both orders (weighted alignment).

    ``expected[j]`` holds the accepted labels of place j. Returns (observed index, expected index,
    similarity) for each match; unmatched items on either side are simply skipped.
    """
    n, m = len(observed), len(expected)
    sim = [[score(observed[i], expected[j]) if observed[i] else 0.0 for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = sim[i][j]
            take = s + best[i + 1][j + 1] if s >= threshold else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        s = sim[i][j]
        if s >= threshold and abs(best[i][j] - (s + best[i + 1][j + 1])) < 1e-9:
            out.append((i, j, s))
            i += 1
            j += 1
        elif abs(best[i][j] - best[i + 1][j]) < 1e-9:
            i += 1
        else:
            j += 1
    return out


# --- the form's labels ---------------------------------------------------------------------------------

def row_labels(table: Table, row_id: str) -> list[str]:
    """The ways a row of ``table`` may be printed: its label and the template's aliases, with and
    without its group."""
    row = table.row(row_id)
    out = []
    for label in (row.label, *row.aliases):
        out.append(label)
        if row.group:
            out.append(f"{row.group}{label}")
    return out


def col_labels(table: Table, col_id: str) -> list[str]:
    col = table.col(col_id)
    out = [col.label]
    if "（" in col.label:
        out.append(col.label.split("（")[0])
    return out


def _labels(form: Form, legacy: bool = True) -> set[str]:
    """The form's row labels (with its legacy rows' unless ``legacy`` is False) and column labels, as compared."""
    return {key(t) for tab in form.tables
            for t in [r.label for r in tab.rows if legacy or not r.legacy] + [c.label for c in tab.cols]}


def _groups(form: Form) -> set[str]:
    return {key(r.group) for tab in form.tables for r in tab.rows if r.group}


def distinctive_labels(forms: Sequence[Form]) -> dict[str, list[str]]:
    """Per format, the table labels no other format prints (how 2019 and 2021 are told apart); a
    label another format prints as a group (2021's （六）其他处理) is not distinctive either."""
    out = {}
    for form in forms:
        others = set().union(*(_labels(f, legacy=False) | _groups(f) for f in forms if f.format != form.format))
        out[form.format] = sorted(k for k in _labels(form, legacy=False) - others if len(k) >= 4)
    return out


def _printed_alone(body: str, label: str, longer: Sequence[str]) -> bool:
    """``label`` is printed somewhere other than inside one of ``longer`` (2019's 规范性文件 inside
    2021's 行政规范性文件, its 处理决定数量 inside 本年处理决定数量: no evidence of 2019 there)."""
    return body.count(label) > sum(body.count(word) * word.count(label) for word in longer)


MIXED = 2
"""Labels of its own each form must show for a text to count as mixed: one alone may be prose
(规范性文件 in a sentence of a 2020 report printed on the 2021 tables)."""


def format_hits(text: str, forms: Sequence[Form]) -> list[tuple[Form, int, float]]:
    """Per form: how many of its distinctive labels ``text`` prints, each counted only where it is
    not part of another form's longer label, and what share of them that is."""
    body = key(text)
    distinctive = distinctive_labels(forms)
    out = []
    for form in forms:
        labels = distinctive[form.format]
        theirs = set().union(*(_labels(f) | _groups(f) for f in forms if f.format != form.format))
        hits = sum(1 for lab in labels
                   if lab in body and _printed_alone(body, lab, [w for w in theirs if lab in w and w != lab]))
        out.append((form, hits, hits / max(1, len(labels))))
    return out


_ENUMERATION = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])")


def is_mixed(cells: Iterable[str], forms: Sequence[Form]) -> bool:
    """Every form prints ``MIXED`` distinctive labels of its own as table cells (a cell that begins
    with the label — so 2021's 行政规范性文件 is no 规范性文件): a text whose tables mix two formats'
    headers. Prose naming the 条例's items (…政府集中采购项目的目录…) is not a table."""
    labels = distinctive_labels(forms)
    by_head: dict[str, list[tuple[str, str]]] = {}
    for fmt, own in labels.items():
        for lab in own:
            by_head.setdefault(lab[:4], []).append((fmt, lab))      # every distinctive label has 4 or more
    seen: set[tuple[str, str]] = set()
    for c in cells:
        k = key(_ENUMERATION.sub("", c.strip())) if c.strip() else ""
        seen.update(hit for hit in by_head.get(k[:4], ()) if k.startswith(hit[1]))
    counts = [sum(1 for fmt, _ in seen if fmt == form.format) for form in forms]
    return len(counts) > 1 and all(n >= MIXED for n in counts)


def detect_format(text: str, forms: Sequence[Form], year_form: Optional[Form] = None,
                  mixed: bool = False) -> Optional[Form]:
    """The form whose distinctive labels the text holds most of; None when it holds none. A mixed
    text (``mixed``, see ``is_mixed``: a 2021 report whose 第二十条第（一）项 still has 2019's header) is read on
    ``year_form``, the one its year requires, when given: the blocks that fit it are then read
    right, rather than the year's own layout refused cell by cell."""
    if mixed and year_form is not None and year_form in forms:
        return year_form
    hits = format_hits(text, forms)
    scores = sorted(hits, key=lambda s: (s[2], s[1]), reverse=True)
    if not scores or scores[0][1] == 0:
        return None
    if len(scores) > 1 and scores[0][2] == scores[1][2]:
        return None
    return scores[0][0]


# --- values --------------------------------------------------------------------------------------------

_NO_CHANGE = ("未增未减", "不增不减", "无增减", "无增无减", "无变化", "没有变化", "持平", "不变")
"""What a 本年增/减 cell may print instead of 0 (始兴县退役军人事务局: 行政许可 | 0 | 未增未减 | 0)."""
_NOTE = re.compile(r"\s*(?:[（(](?=[^（）()]*[\u4e00-\u9fff])[^（）()]{1,60}[）)]|[*＊※]+)$")
"""A note printed after a cell's number: 5（注：含网上申请1件）, 0（均已办结）, 3*. Words in it (a
bracket of digits alone, 5(3), says more than a note) and at most one."""
_VALUE_RE = re.compile(
    r"^(?:[+\-−－—–]|增加?|减少?)?\s*\d[\d,，]*(?:[.．]\d+)?\s*(?:万元|万|元|件|个|项|批次|次)?$|^[/／\\]$|^不适用$|^(?:"
    + "|".join(_NO_CHANGE) + ")$")
_DASHES = {"-", "—", "–", "－", "−", "--", "——", "-/-"}
_NONE_WORDS = ("无", "暂无", "不涉及", "未涉及")
"""Words a clerk prints in a count cell instead of a number (规章 | 无 | 无 | 无): the row is the form's,
so its cells are cells, but whether 无 means 0 or "does not apply" is the clerk's to say, not ours."""


_OPEN_NOTE = re.compile(r"\s*[（(][^（）()]{0,60}$")


def cut_in_note(text: str) -> bool:
    """A number whose note has no closing bracket (13000000(预算: a copy's last line, cut inside the
    note): a cell, but what the note says of the number is lost."""
    raw = fold(text).strip()
    m = _OPEN_NOTE.search(raw)
    return m is not None and m.start() > 0 and bool(_VALUE_RE.match(raw[:m.start()].replace(" ", "")))


@lru_cache(maxsize=1 << 16)
def is_value_text(text: str) -> bool:
    """Does this printed text stand in a number cell (a number, a signed change, "/", a dash)?
    Kept for the texts seen last: every pass over the lines asks it of each token again."""
    s = _NOTE.sub("", fold(text).strip()).replace(" ", "")
    return bool(s) and (bool(_VALUE_RE.match(s)) or s in _DASHES)


def stands_in_cell(text: str) -> bool:
    """Printed text that takes a cell's place in a row already found to be the form's: a value, or a
    word a clerk prints instead of one (无). Not for cutting lines into cells: there 无 is as often a
    section's whole text (六、其他需要报告的事项 无) as a cell."""
    return is_value_text(text) or fold(text).strip().replace(" ", "") in _NONE_WORDS


def read_value(text: str, kind: str, unit: str = "") -> tuple[Value, str]:
    """A printed cell's value and a note for the log ("" when it was printed plainly).

    Raises ``ValueError_`` (Chinese) for text that is no value: the cell is then missing, with
    that reason, rather than guessed.
    """
    raw = fold(text).strip()
    noted = _NOTE.search(raw)
    if noted and _VALUE_RE.match(raw[:noted.start()].replace(" ", "")):
        value, note = read_value(raw[:noted.start()], kind, unit)
        return value, f"原文为“{text.strip()}”，其后的注释未录入" + (f"；{note}" if note else "")
    if raw in _DASHES:
        raise ValueError_(f"原文为“{text.strip()}”，无法确定是 0 还是不适用")
    if cut_in_note(raw):
        raise ValueError_(f"原文为“{text.strip()}”，数字后的括注不完整（没有右括号），无法确定括注对数字的说明，未读取")
    if raw.replace(" ", "") in _NONE_WORDS:
        raise ValueError_(f"原文为“{text.strip()}”，不是数字，无法确定是 0 还是不适用")
    if raw.replace(" ", "") in _NO_CHANGE:
        if kind != "change":
            raise ValueError_(f"原文为“{text.strip()}”，不是数字")
        return Decimal(0), f"原文为“{text.strip()}”，按 0 录入"
    if kind != "change" and raw[:1] in ("+", "\uff0b", "\u589e"):
        # +22 under 上一年项目数量: a change's sign in a column of counts — typed one column off, or
        # the figure is not this column's; which, the page does not say
        raise ValueError_(f"原文为“{text.strip()}”，带“+”号，像是增减数而不是本列的数（可能与相邻列错位），未读取")
    if kind == "change":
        raw = re.sub(r"^(增|减)(?:加|少)", r"\1", raw)     # 减少8: a decrease written out
    if re.search(r"\d\s*万$", raw):
        # 2601.953875万: an amount's 万元 with its 元 left off; of a count (1.2万件 without 件) the
        # number printed is not the count
        if kind != "money":
            raise ValueError_(f"原文为“{text.strip()}”，带“万”字，不是原数")
        raw += "元"
    batches = kind == "count" and re.search(r"\d\s*批次$", raw) is not None
    if batches:
        raw = raw[:-2].rstrip()     # 31批次: a count of procurements printed in batches (采购项目数量)
    value = parse_input(raw, kind)
    note = ""
    unit_printed = re.search(r"(万元|元|件|个|项|次)\s*$", raw)
    if batches:
        note = f"原文为“{text.strip()}”（数字带单位），已去掉单位"
    elif unit_printed:
        printed = unit_printed.group(1)
        if unit and printed != unit:
            note = f"原文为“{text.strip()}”，单位“{printed}”与表头“{unit}”不同，按原数录入，请核对"
        else:
            note = f"原文为“{text.strip()}”（数字带单位），已去掉单位"
    elif raw[:1] in ("增", "减"):
        note = f"原文为“{text.strip()}”，按{'正' if raw[0] == '增' else '负'}数录入"
    if isinstance(value, Decimal) and kind != "money" and value != value.to_integral_value():
        raise ValueError_(f"原文为“{text.strip()}”，不是整数")
    return value, note


def is_na(value: Value) -> bool:
    return value is NA
