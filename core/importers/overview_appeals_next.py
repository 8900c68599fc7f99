"""表四's totals as 0 from a sentence of its own saying no appeal was made, right after the sentence that
gave the year's requests, for a copy holding no 表四.

一、总体情况's （二）依申请公开 often says the year's requests, then, in a sentence apart, that no appeal
followed: "2024年,我镇未收到政府信息公开申请。未发生行政复议、行政诉讼情况。" ``overview_counts`` reads a
clause about appeals only where its own sentence names disclosure (因政府信息公开…, or a clause before it
naming the requests), so the second sentence stays unread there: its subject is the sentence before.

A "none" of every appeal is a none of those over disclosure too, but a sentence may deny appeals of
something else (征地拆迁工作未发生行政复议), so this reads only what cannot mean another thing:

- the sentence right before it was read by ``overview_counts`` as this year's requests (a figure or a
  none of 一、二、三（七）or 四): the subject the appeals sentence goes on with;
- the sentence is, besides an opening clause of its time alone (2024年, 全年, 本年度…), one clause: at most
  its time and the organ naming itself (全年, 年度, 我镇, 本单位…), a negation (无 未 没有 未发生 未出现 未产生
  不存在, 无涉), then 行政复议 and/or 行政诉讼 (案件, 的情况, 发生) and nothing else — no figure, no other
  thing named between the negation and the appeals; then ``appeal_totals`` reads it as it reads a
  clause naming disclosure (its narrowing words, 纠错 举报…, leave it unread);
- no sentence of 一、总体情况 gives any of those cells another figure.

Each cell read is noted against 表四, as ``overview_counts`` notes its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import core.importers.from_words as from_words
import core.importers.overview_counts as overview_counts
import core.importers.overview_text as overview_text
from core.forms import Form, Table
from core.importers.model import ImportLog
from core.importers.overview_appeals import NEG, REVIEW, SUITS, YEAR, appeal_totals, without_complaints
from core.importers.request_words import CARRIED_IN, CARRIED_OUT, DECIDED, NEW
from core.report import Origin
from core.values import Value

_REQUEST_ROWS = (NEW, CARRIED_IN, DECIDED, CARRIED_OUT)

_TIME = "(?:\u5168\u5e74|\u672c\u5e74\u5ea6|\u672c\u5e74|\u4eca\u5e74|\u5f53\u5e74|\u5e74\u5ea6|\u5e74\u5185)?"
"""全年 本年度 本年 今年 当年 年度 年内: the sentence's time (a year's own digits taken out before)."""
_SELF = "(?:[\u6211\u672c][\u4e00-\u9fff]{1,3})?(?:\u4e5f|\u4ea6|\u5747)?"
"""我镇 我局 本单位 本机关… (the organ naming itself, at most four characters), then 也 亦 均."""
_APPEALS = ("(?:\u884c\u653f\u590d\u8bae|\u884c\u653f\u8bc9\u8bbc)(?:\u6848\u4ef6|\u6848)?"
            "(?:[\u3001\u548c\u53ca\u4e0e\u6216](?:\u63d0\u8d77)?(?:\u884c\u653f\u8bc9\u8bbc|\u8bc9\u8bbc)(?:\u6848\u4ef6|\u6848)?)?")
"""行政复议 / 行政诉讼 (案件), or 行政复议、(提起)(行政)诉讼(案件): both (、 和 及 与 或)."""
_NONE_ALONE = re.compile(f"^{_TIME}{_SELF}(?:{NEG}|\u672a\u53d1\u751f|\u672a\u51fa\u73b0|\u672a\u4ea7\u751f|\u4e0d\u5b58\u5728)"
                         f"(?:\u6d89|\u4efb\u4f55)?{_APPEALS}(?:\u7684)?(?:\u60c5\u51b5|\u4e8b\u9879|\u4e8b\u4ef6)?(?:\u53d1\u751f)?$")
"""无/未发生(涉|任何)行政复议、行政诉讼(的)(情况|事项|事件)(发生), after the time and the organ alone; complaints listed
as items beside them taken out first (无行政复议、行政诉讼和行政申诉的情况发生, 平江县三墩乡 2024: each denied), as
``appeal_totals`` takes them out. 事件, incidents (本年度未发生行政复议、行政诉讼事件, 姜堰区张甸镇 2025), as 案件."""
_TIME_CLAUSE = re.compile(f"^{_TIME}$")


def _none_of_appeals(sentence: str, year: int) -> list[str]:
    """The cells of 表四 a sentence denies, whole, with nothing else in it (see the module's words)."""
    clauses = [c for c in re.split("[\uff0c,\uff1b;]", sentence) if c]
    if any(int(y) != year for y in YEAR.findall(sentence)):
        return []
    bare = [YEAR.sub("", c) for c in clauses]
    if len(bare) > 1 and _TIME_CLAUSE.match(bare[0]):
        clauses, bare = clauses[1:], bare[1:]
    if len(bare) != 1 or re.search(r"\d", bare[0]) or not _NONE_ALONE.match(without_complaints(bare[0])):
        return []
    read = appeal_totals(clauses[0], year, True)
    return [a for a, v in read if v == 0] if read and all(v == 0 for _, v in read) else []


def after_requests(said: list[str], year: int) -> dict[str, tuple[int, str]]:
    """Each total of 表四 (by its meaning: ``REVIEW``, ``SUITS``) that a sentence right after one of the
    year's requests denies, with that sentence; none a sentence of 一、总体情况 gives another figure."""
    read = [overview_counts.read_clauses(s, year) for s in said]
    others = {a for found in read for a, v, _ in found if v != 0}
    out: dict[str, tuple[int, str]] = {}
    for i in range(1, len(said)):
        if read[i] or not any(a in _REQUEST_ROWS for a, _, _ in read[i - 1]):
            continue
        for address in _none_of_appeals(said[i], year):
            if address not in others:
                out.setdefault(address, (0, said[i]))
    return out


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int, source: str,
                  cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog, headed: Collection[str] = ()) -> None:
    """Fill the cells of 表四 ``after_requests`` finds still missing, for a copy holding none of 表四
    whose section holds no words either (as ``overview_counts`` asks), and one note; the cells are the
    form's (``prose_cells``)."""
    appeals = {m: form.prose_cells[m] for m in (REVIEW, *SUITS) if m in form.prose_cells}
    tables = {form.cells[a].table.id for a in appeals.values()}
    if not tables or not form.sections or not tables <= {t.id for t in absent} \
            or any(overview_text.written(form.section(form.table(t).section), texts) for t in tables):
        return
    text = overview_text.section_text(form.sections[0], texts)
    found = {appeals[m]: v for m, v in after_requests(overview_text.sentences(text), year).items() if m in appeals}
    said = from_words.enter(found, source, cells, origins, missing, log)
    if said:
        table = form.cells[next(iter(said))].table
        name = table.name
        log.note(f"{from_words.not_printed(name, table.id, headed)}，按“一、总体情况”中紧接着本年申请情况的一句"
                 f"（未发生行政复议、行政诉讼）读取了 {len(said)} 项：{from_words.listed(form, name, said)}。请对照原文核对")
