"""表四's totals as 0 from a sentence of its own saying no appeal was made, right after the sentence that
gave the year's requests, for a copy holding no 表四.

一、总体情况's （二）依申请公开 often says the year's requests, then, in a sentence apart, that no appeal
followed: "2024年,我镇未收到政府信息公开申请。未发生行政复议、行政诉讼情况。" ``overview_counts`` reads a
clause about appeals only where its own sentence names disclosure (因政府信息公开…, or a clause before it
naming the requests), so the second sentence stays unread there: its subject is the sentence before.

A "none" of every appeal is a none of those over disclosure too, but a sentence may deny appeals of
something else (征地拆迁工作未发生行政复议), so this reads only what cannot mean another thing:

- the sentence right before it was read by ``overview_counts`` as this year's requests (a figure or a
  none of 一、二、三（七）or 四), or names the work on requests, of this year and no other time, though no count
  of it was read ("2024年未收到群众提交的依申请公开事项。无行政复议、行政诉讼和行政申诉的情况发生。", 平江县三墩乡 2024,
  as ``overview_counts`` reads a none after a clause naming that work): the subject the appeals sentence goes on with;
- the sentence is, besides an opening clause of its time alone (2024年, 全年, 本年度…), one clause: at most
  its time and the organ naming itself (全年, 年度, 我镇, 本单位…), a negation (无 未 没有 未发生 未出现 未产生
  不存在, 无涉), then 行政复议 and/or 行政诉讼 (案件, 的情况, 发生) and nothing else — no figure, no other
  thing named between the negation and the appeals; then ``appeal_totals`` reads it as it reads a
  clause naming disclosure (its narrowing words, 纠错 举报…, leave it unread);
- no sentence of 一、总体情况 gives any of those cells another figure.

A sub-heading of 一、总体情况 naming both appeals over disclosure and nothing else ("（三）因政府信息公开申请行政
复议、提起行政诉讼情况", 黄石市审计局 2019, 高港区沿江 2024) is as plain a subject for the sentence right under it:
that sentence is read as after the requests, and "本年度无此类情况" (none of what the heading names) too. After
a sentence giving 行政复议 over disclosure, a sentence denying 行政诉讼 alone goes on with it (…发生政府信息公开行政复议
4起,其中1起尚未审结。未发生行政诉讼情况。, 鱼峰区里雍镇 2025); one denying 行政复议 too, what the sentence before counted, is
not read.

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
from core.importers.request_words import ANOTHER_TIME, CARRIED_IN, CARRIED_OUT, DECIDED, NEW
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
                         f"(?:\u6536\u5230|\u63a5\u5230)?(?:\u6d89|\u4efb\u4f55)?{_APPEALS}(?:\u7684)?(?:\u60c5\u51b5|\u4e8b\u9879|\u4e8b\u4ef6)?(?:\u53d1\u751f)?$")
"""无/未发生(涉|任何)行政复议、行政诉讼(的)(情况|事项|事件)(发生), after the time and the organ alone; complaints listed
as items beside them taken out first; 未收到(任何)… (我局未收到任何行政复议、行政诉讼事项, 黄石市审计局 2019) as 未发生…; complaints listed
as items beside them taken out first (无行政复议、行政诉讼和行政申诉的情况发生, 平江县三墩乡 2024: each denied), as
``appeal_totals`` takes them out. 事件, incidents (本年度未发生行政复议、行政诉讼事件, 姜堰区张甸镇 2025), as 案件."""
_TIME_CLAUSE = re.compile(f"^{_TIME}$")
_HEADING = re.compile("^[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,2}[)\uff09]\u3001?"
                      "(?:\u56e0|\u5173\u4e8e)?(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u5de5\u4f5c)?(?:\u88ab)?(?:\u7533\u8bf7)?"
                      "\u884c\u653f\u590d\u8bae[\u3001\u548c\u53ca\u4e0e](?:\u63d0\u8d77)?\u884c\u653f\u8bc9\u8bbc(?:\u7684)?\u60c5\u51b5$")
"""（三）(因|关于)(政府)信息公开(工作)(被)(申请)行政复议、(提起)行政诉讼(的)情况: a heading naming both appeals over
disclosure and nothing else (not （三）行政复议、行政诉讼情况: of what?)."""
_NONE_OF_THESE = re.compile(f"^{_TIME}{_SELF}(?:\u65e0|\u6ca1\u6709|\u672a\u53d1\u751f|\u672a\u51fa\u73b0)"
                            "(?:\u6b64\u7c7b|\u8be5\u7c7b|\u4e0a\u8ff0)(?:\u60c5\u51b5|\u4e8b\u9879|\u6848\u4ef6)(?:\u53d1\u751f)?$")
"""(time)(organ)无|没有|未发生|未出现 此类|该类|上述 情况|事项|案件(发生): none of what the heading right before names."""


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


def _none_of_these(sentence: str, year: int) -> list[str]:
    """Every total of 表四, for a sentence under a heading of appeals (``_HEADING``) saying none of them."""
    bare = [c for c in re.split("[\uff0c,]", YEAR.sub("", sentence)) if c]
    if any(int(y) != year for y in YEAR.findall(sentence)):
        return []
    if len(bare) > 1 and _TIME_CLAUSE.match(bare[0]):
        bare = bare[1:]
    return [REVIEW, *SUITS] if len(bare) == 1 and _NONE_OF_THESE.match(bare[0]) else []


def _about_requests(sentence: str, year: int) -> bool:
    """A sentence naming the work on requests (依申请公开, 信息公开申请: ``ON_REQUESTS``), of this year and no other
    time, though no count of it was read (未收到群众提交的依申请公开事项: 群众 not plainly every applicant)."""
    return overview_counts.ON_REQUESTS.search(sentence) is not None \
        and all(int(y) == year for y in YEAR.findall(sentence)) and not ANOTHER_TIME.search(YEAR.sub("", sentence))


def after_requests(said: list[str], year: int) -> dict[str, tuple[int, str]]:
    """Each total of 表四 (by its meaning: ``REVIEW``, ``SUITS``) that a sentence right after one of the
    year's requests, or right under a heading of appeals over disclosure, denies, with that sentence;
    none a sentence of 一、总体情况 gives another figure."""
    read = [overview_counts.read_clauses(s, year) for s in said]
    others = {a for found in read for a, v, _ in found if v != 0}
    out: dict[str, tuple[int, str]] = {}
    for i in range(1, len(said)):
        if read[i]:
            continue
        if any(a in _REQUEST_ROWS for a, _, _ in read[i - 1]):
            denied = _none_of_appeals(said[i], year)
        elif any(a == REVIEW for a, _, _ in read[i - 1]):      # …行政复议4起,其中1起尚未审结。未发生行政诉讼情况。
            denied = _none_of_appeals(said[i], year)
            denied = [] if REVIEW in denied else denied
        elif _HEADING.match(said[i - 1]):
            denied = _none_of_appeals(said[i], year) or _none_of_these(said[i], year)
        elif _about_requests(said[i - 1], year):    # 2024年未收到群众提交的依申请公开事项。无行政复议、行政诉讼…。
            denied = _none_of_appeals(said[i], year)
        else:
            continue
        for address in denied:
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
        log.note(f"{from_words.not_printed(name, table.id, headed)}，按“一、总体情况”中紧接着本年申请情况或复议、诉讼小标题的一句"
                 f"（未发生行政复议、行政诉讼）读取了 {len(said)} 项：{from_words.listed(form, name, said)}。请对照原文核对")
