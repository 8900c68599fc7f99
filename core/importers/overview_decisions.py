"""表二's blocks after 第二十条第（一）项 (行政许可, 行政处罚, 行政强制, 行政事业性收费…) that 一、总体情况
states in words, for a copy holding none of them.

A page copied without its tables (a 表二 printed as a picture, a copy cut inside 一、总体情况) may still
say those figures in the overview's own words: "2021年市人社局行政许可处理决定数量为13134件" (常德市人社局
2021), "共办理行政许可15件" (华容县 2024; its "行政事业性收费项目8.83万元" the grammar is not sure of, and it
stays unread), "共处理行政处罚530宗" (石滩镇 2024), "未产生行政许可、行政处罚等相关处理决定" (茗山乡 2025).
``prose_tables`` reads them where section 二 gives the table as a sentence; this reads the same
measures (the template's R6 grammar) in section 一, where far more is said about those powers that is
not the year's decisions, so only so:

- only the blocks of 表二 (the form's tables sharing a short name) the copy holds none of (section 二's
  own words, read first by ``prose_tables``, may still be there: 华容县 2024 says only its 规范性文件
  there); never a block holding a cell another overview reader owns (the template's
  ``prose_cells``: 规范性文件 is ``overview_normative``'s), and only measures whose cue names the thing
  itself (a measure needing a context word — 规范性文件 after 制发, 申请 after 收到 — is another's);
- a claim the grammar is sure of, of one cell (or a none of several, as ``prose_tables``), said once:
  any other figure for the cell in section 一 or in the block's own section, sure or not, and it is not read;
- its clause (between ，；：) names the measure and nothing of the publishing or intake of the thing:
  公开 公示 发布 信息 (公示行政处罚信息35件 counts items published, of any year), 申请 受理 收到 (受理行政许可
  申请500件: requests, not decisions), 事项 清单 权力 目录 (the catalogue of powers), 涉及 (a part), 累计
  (over years); nor, when the clause is a bare item of a list (its cue first: 行政处罚379件), the sentence
  before it (海南海事局 2020: "官网主动公开…;发布航行通告141条…;行政处罚379件", items published);
- a figure in 项 or with no unit only right after the cell's own column words (行政许可2022年处理决定数量450项;
  行政许可处理决定167、…), and the bare items in 项 right after such a count (…450项,行政处罚2项、行政强制0项):
  elsewhere 项 counts the catalogue's items (办理行政许可4251项 may be matters handled, not decisions);
- a none: a clause (未产生|未发生|未出现|未涉及|不涉及|未有|没有|无) and the measures' cues joined by 、和及与或,
  closed by no more than (等)(相关)(的)(处理决定|决定|案件|事项|情况|行为), only the clause's time and subject
  before it — 无行政许可、行政处罚、行政强制事项 (an organ with none of those powers decides none), never
  未出现行政处罚被纠错的情况 (a part) nor 无行政事业性收费项目调整; or the cues so joined, then 0 (行政许可、行政强制0宗:
  a sum of counts that is none is none of each), in a clause ``_NOT_DECIDED`` lets through.

Each cell read is noted against its table, so the import preview shows it as doubtful and the clerk
confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal

import core.importers.from_words as from_words
from core.forms import Form, Table
from core.importers.model import ImportLog
from core.importers.overview_appeals import YEAR
from core.importers.overview_normative import plain_start
from core.importers.overview_text import section_text, sentences
from core.importers.prose_tables import PROSE_FIGURES, Stated, claimed, stated_in
from core.importers.request_words import ANOTHER_TIME_WORDS
from core.prose.grammar import Grammar, Measure, grammar
from core.prose.statements import Claim, claims
from core.prose.subjects import other_organ
from core.report import Origin
from core.values import Value

_NOT_DECIDED = re.compile(
    "\u516c\u5f00|\u516c\u793a|\u53d1\u5e03|\u4fe1\u606f|\u7533\u8bf7|\u53d7\u7406|\u6536\u5230|\u4e8b\u9879|"
    "\u6e05\u5355|\u6743\u529b|\u76ee\u5f55|\u6d89\u53ca|\u7d2f\u8ba1")
"""公开 公示 发布 信息 申请 受理 收到 事项 清单 权力 目录 涉及 累计: a clause about publishing, intake, the
catalogue of powers, a part or years — not the year's decisions."""
_BREAK = "\uff0c,\uff1b;\uff1a:\u3002"
_NONE = ("(?:\u672a\u4ea7\u751f|\u672a\u53d1\u751f|\u672a\u51fa\u73b0|\u672a\u6d89\u53ca|\u4e0d\u6d89\u53ca|"
         "\u672a\u6709|\u6ca1\u6709|\u65e0)")
"""未产生 未发生 未出现 未涉及 不涉及 未有 没有 无: a none said of the powers named after it."""
_AND = "\u3001|\u548c|\u53ca|\u4e0e|\u6216"                                          # 、 和 及 与 或
_BARE = re.compile("(?:\\d{4}\u5e74\u5ea6?|\u5168\u5e74|\u672c\u5e74\u5ea6?|\u4eca\u5e74|\u5e74\u5185|\u5171\u8ba1|\u5171|\u5408\u8ba1)*")
"""What may stand before the cue of a bare item: its time (2024年 全年 本年度 今年 年内) and 共(计) 合计."""
_ZERO = "(?:\u5747\u4e3a|\u5747|\u5404|\u5171|\u4e3a)?(?:0|\u96f6)(?:\u4ef6|\u5b97|\u8d77|\u4e2a|\u4f8b|\u5143)"
"""(均为|均|各|共|为)0件 (宗 起 个 例 元): the figure of a list that is 0 — a sum of counts that is none is none of each
(行政许可、行政强制0宗, 石滩镇 2024)."""
_TAIL = ("(?:\u7b49)?(?:\u76f8\u5173)?(?:\u7684)?"
         "(?:\u5904\u7406\u51b3\u5b9a|\u51b3\u5b9a|\u6848\u4ef6|\u4e8b\u9879|\u9879\u76ee|\u60c5\u51b5|\u884c\u4e3a)?")
"""(等)(相关)(的)(处理决定|决定|案件|事项|项目|情况|行为): what may close the list, and nothing else (未出现行政处罚被纠错的
情况 names a part of them, and stays unread). 项目 as 事项: an organ with no such items at all (我局无行政事业性收费项目,
枝江市交通运输局 2023; 余杭区邮政管理局 2022) charges and decides none — only closing the none (…项目调整, …项目清单,
无新增…项目 say something else, and stay unread)."""
_SERVICES = "\u5176\u4ed6\u5bf9\u5916\u7ba1\u7406\u670d\u52a1"
"""其他对外管理服务 (事项 closing it as the list's tail): the 2019 form's row beside 行政许可, which a report still names
with it in a none (无行政许可及其他对外管理服务事项, 余杭区邮政管理局 2022) — an item of the list, denied with the rest,
no cell of its own (the 2021 form has none; the 2019 form's is no measure here): alone it denies no 行政许可."""


def blocks(form: Form, absent: list[Table]) -> list[Table]:
    """The blocks of 表二 this reader may fill: not printed, no cell of theirs another overview reader owns."""
    owned = {form.cells[a].table.id for a in form.prose_cells.values()}
    return [t for t in absent if t.shared_short and t.id not in owned]


def overview_decisions(form: Form, absent: list[Table], texts: Mapping[str, str], year: int,
                       organ: str) -> dict[str, list[Stated]]:
    """Per block of ``blocks``, the cells 一、总体情况 states for sure (see the module's rules)."""
    tables = blocks(form, absent)
    rule = next((r for r in form.rules if r.kind == PROSE_FIGURES), None)
    if not tables or rule is None or not form.sections:
        return {}
    g = grammar(rule.params, list(form.cells))
    wanted = {a for t in tables for a in t.addresses(include_legacy=False)}
    text = section_text(form.sections[0], texts)
    said = claimed(form, text, g, year, organ, lambda c: _decided(c, text) and set(c.cells) <= wanted)
    for address, words in _nones(text, g.measures, wanted, year):
        said.setdefault(address, []).append((Decimal(0), words))
    for address, value, words in _by_column(form, text, g, wanted, year, organ):
        said.setdefault(address, []).append((Decimal(value), words))
    own = "\n".join(section_text(form.section(s), texts) for s in dict.fromkeys(t.section for t in tables))
    for c in [*claims(text, g, year, organ), *claims(own, g, year, organ)] if said else []:
        if len(c.cells) == 1 and c.cells[0] in said:     # the cell said otherwise anywhere: not read
            said[c.cells[0]].append((c.value, c.said))
    return {t.id: s for t in tables if (s := stated_in(form, t, said))}


def _nones(text: str, measures: Sequence[Measure], wanted: Collection[str], year: int) -> list[tuple[str, str]]:
    """Each cell a clause says none of, with the clause: (未产生|无|…)行政许可、行政处罚(等)(相关)(处理决定|事项…)
    whole, nothing before it but the clause's time and subject (``plain_start``); a sentence's clauses
    after one with 其中 or another year's (2024年, 上年度, 去年…) are not read."""
    named = {m.cue.pattern: m.cells[0] for m in measures
             if m.context is None and m.cue is not None and len(m.cells) == 1 and m.cells[0] in wanted}
    if not named:
        return []
    item = "|".join(f"(?:{p})" for p in named)
    listed = f"(?P<list>(?:{item})(?:(?:{_AND})(?:{item}|{_SERVICES}))*)"
    nones = (re.compile(f"(?P<pre>.*?){_NONE}{listed}{_TAIL}"),
             re.compile(f"(?P<pre>.*?){listed}{_TAIL}{_ZERO}"))
    out: list[tuple[str, str]] = []
    for sentence in sentences(text):
        before = ""
        for clause in re.split(f"[{_BREAK}]", sentence):
            if "\u5176\u4e2d" in clause or any(int(y) != year for y in YEAR.findall(clause)) \
                    or re.search(ANOTHER_TIME_WORDS, clause):
                break
            before, earlier = before + clause, before
            m = nones[0].fullmatch(clause)
            if m is None and (m := nones[1].fullmatch(clause)) is not None \
                    and (_NOT_DECIDED.search(clause) or (_bare(m["pre"]) and _NOT_DECIDED.search(earlier))):
                continue                      # 行政许可事项0件: the catalogue's; …公开…,行政许可、行政强制0件: items published
            if m is None or not plain_start(m["pre"], year) or _NOT_DECIDED.search(m["pre"]):
                continue
            for part in re.split(_AND, m["list"]):
                out.extend((a, clause) for p, a in named.items() if re.fullmatch(p, part))
    return out


_UNIT_OR_NONE = "(?P<unit>\u9879|\u4ef6|\u5b97|\u8d77|\u4e2a|\u4f8b)?"          # 项 件 宗 起 个 例, or none
_ENDS = re.compile("$|[\u3001\uff0c\uff1b;\u3002\uff1a:]|,(?!\\d)")
"""What may follow a figure of ``_by_column`` (and its unit, if one): the clause's or sentence's end, or 、 before
the next item (行政许可处理决定167、行政处罚8件, 武隆区沧沟乡 2023) — never a digit after a comma (1,234: a thousands
separator), a decimal point, nor more words (167人次, 45个工作日), where the figure may go on or count another thing."""


def _by_column(form: Form, text: str, g: Grammar, wanted: Collection[str], year: int,
               organ: str) -> list[tuple[str, int, str]]:
    """Each cell whose measure's cue is followed by the words of the cell's own column (the form's label:
    行政许可 + (本年)处理决定(数量)) and a figure: ``行政许可2022年处理决定数量450项`` (海南省生态环境厅 2022),
    ``行政许可处理决定167、`` — the words name the cell itself, so the figure is its count whether in 项 (elsewhere
    the unit of the catalogue's items: 办理行政许可4251项, 行政许可事项14项, never read) or with no unit, where
    ``_ENDS`` closes it. Only counts; the clause's start is its time and subject (no other organ: 区司法局…),
    nothing of publishing or intake.
    The bare items right after it in the same unit (…450项,行政处罚2项、行政强制0项: the table's rows said in a
    list whose first names the column) are that column's too (``_listed``)."""
    columns = {m.cells[0]: (m, form.cells[m.cells[0]].col.label.removeprefix("\u672c\u5e74").removesuffix("\u6570\u91cf"))
               for m in g.measures if m.context is None and m.cue is not None and len(m.cells) == 1
               and m.cells[0] in wanted and form.kind_of(m.cells[0]) == "count"}
    out: list[tuple[str, int, str]] = []
    for address, (m, column) in columns.items():
        if not column or m.cue is None:
            continue
        said = re.compile(f"(?:{m.cue.pattern})(?:(?P<y>\\d{{4}})\u5e74\u5ea6?|\u672c\u5e74\u5ea6?)?(?:\u7684)?"
                          f"{re.escape(column)}(?:\u6570\u91cf)?(?:\u4e3a|\u5171|\u5171\u8ba1|\u5408\u8ba1)?"
                          f"(?P<n>\\d+){_UNIT_OR_NONE}")
        for sentence in sentences(text):
            for found in said.finditer(sentence):
                start = max(sentence.rfind(ch, 0, found.start()) for ch in _BREAK) + 1
                pre, rest = sentence[start:found.start()], sentence[found.end():]
                ends = [i for i in (rest.find(ch) for ch in _BREAK) if i >= 0]
                clause = sentence[start:found.end() + min(ends, default=len(rest))]
                if (found["y"] and int(found["y"]) != year) or not plain_start(pre, year) \
                        or _NOT_DECIDED.search(clause) or re.search(ANOTHER_TIME_WORDS, clause) \
                        or (_bare(pre) and _NOT_DECIDED.search(sentence[:start])) \
                        or not _ENDS.match(rest) or "\u5176\u4e2d" in sentence[:start] \
                        or other_organ(g.organ, sentence, start, found.start(), organ):
                    continue
                out.append((address, int(found["n"]), clause))
                if found["unit"] == "\u9879":
                    out.extend(_listed(rest, {a: c for a, (c, _) in columns.items() if a != address}))
    return out


def _listed(rest: str, others: Mapping[str, Measure]) -> list[tuple[str, int, str]]:
    """The items right after a column's count in 项, each only a cue and a figure in 项 (行政处罚2项、行政强制0项),
    up to the first part that is not one (行政事业性收费0元, or any other words, end the list)."""
    out: list[tuple[str, int, str]] = []
    for part in re.split("[\u3001\uff0c,\uff1b;]", rest)[1:]:
        item = next(((a, int(f["n"])) for a, m in others.items()
                     if m.cue is not None and (f := re.fullmatch(f"(?:{m.cue.pattern})(?P<n>\\d+)\u9879", part))), None)
        if item is None:
            break
        out.append((*item, part))
    return out


def _decided(c: Claim, text: str) -> bool:
    """Whether the claim's measure names the thing itself and its clause says the decisions alone."""
    if c.measure.context is not None or c.measure.cue is None:
        return False
    start = max(text.rfind(ch, 0, c.start) for ch in "\u3002\uff01\uff1f!?\n") + 1    # the whole sentence's
    a = max([start, *(text.rfind(ch, start, c.start) + 1 for ch in _BREAK)])
    ends = [i for i in (text.find(ch, c.end) for ch in _BREAK) if i >= 0]
    clause = text[a:min(ends, default=len(text))]
    cue = c.measure.cue.search(clause)
    if cue is None or _NOT_DECIDED.search(clause):
        return False
    return not (_bare(clause[:cue.start()]) and _NOT_DECIDED.search(text[start:a]))


def _bare(pre: str) -> bool:
    """Whether a clause opens with the measure's cue (its time at most before it): an item of a list,
    which the sentence's verb governs — where that verb publishes (…主动公开…;发布航行通告141条…;行政处罚379件,
    海南海事局 2020; 制定并公开规范性文件0件,…,行政处罚0件, 大寨乡 2021), the figure counts items published."""
    return _BARE.fullmatch(re.sub(r"\s+", "", pre)) is not None


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int, organ: str, source: str,
                  cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog, headed: Collection[str] = ()) -> None:
    """Fill the cells ``overview_decisions`` finds that are still missing, each with the words it came
    from, and one note per block (the import preview's reason to show it as doubtful)."""
    for table_id, stated in overview_decisions(form, absent, texts, year, organ).items():
        entered = from_words.enter({s.address: (s.value, s.said) for s in stated}, source, cells, origins, missing, log)
        if entered:
            name = form.table(table_id).name
            log.note(f"{from_words.not_printed(name, table_id, headed)}，按“一、总体情况”的文字读取了 {len(entered)} 项："
                     f"{from_words.listed(form, name, entered)}。请对照原文核对")
