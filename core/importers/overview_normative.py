"""表二's 第二十条第（一）项 that 一、总体情况 states in words, for a copy cut before 表二.

A search excerpt or a page copied in part often stops inside 一、总体情况, whose words about the
organ's documents say 表二's first row group in one sentence ("制发行政规范性文件0件、废止文件0件，
现行有效文件0件"; "本年度未制发规章、行政规范性文件"). Those words are the only ones the copy holds of
the table, as ``overview_counts`` reads 表三/表四's totals from the same part.

A false figure is worse than a missing one, so this is a small grammar, as ``overview_counts`` is:

- only while 表二's 第二十条第（一）项 is a table the copy holds none of, and its section holds no words;
  only in the 2021 form (本年制发/本年废止/现行有效: the 2019 form's 新制作/新公开/对外公开总数 are not
  said apart in words);
- a clause (between ，；： — or, failing that, a part of it between 、) says one cell: a verb of its
  column (制发 制定 出台 印发 → 本年制发; 废止 废除 → 本年废止; 现行有效 正在实施 → 现行有效), the
  documents (行政规范性文件 / 规范性文件) after it or before it, then one figure in digits with its
  unit and nothing after it (or the figure between the verb and the documents: 制发3份规范性文件,
  钦州市政府办公室 2024); or the form's own column words (废止数量0条, 现行有效件数22件) after a
  clause of the same sentence that named the documents; 文件 alone ("废止文件0件") only so, and never
  for 本年制发 (印发文件35件 counts every document the organ sent out);
- never 发布 or 公开 (发布规范性文件2件: what a site published, of any year or organ) but after 制定
  (制定并公开规范性文件0件, 大寨乡 2021: the documents made, each also published), nor 新制作 (the
  2019 form's word, also said of 政策解读 together: 新制作规范性文件和发布政策解读信息0条);
- a none said in words: 未制发/未制定/未出台/未印发(新的)(行政法规、)(规章、)(行政)规范性文件 → 本年制发 0
  (and 规章's 0 where 规章 is named with them); 无现行有效的(行政)规范性文件 → 现行有效 0;
  未(制发|发布)、废止 / 没有发布和废止的 / 未废止(行政)规范性文件 → 本年废止 0 (and 本年制发 0 only where
  a verb is 制发's, never 发布's: 大芦镇 2022, 会宁县甘沟驿镇 2022; 规章's where named with them); the verbs
  may be a list with 修改/修订 among them, in any order (未制发、废止、修改行政规范性文件, 池州市林业局 2025;
  未制定、修改、废止…): each cell its own verb names, none for 修改 (no column of the form) or 发布;
- 未发生规范性文件立改废情况 (无立改废…规范性文件, 规范性文件未发生立改废): 本年制发 0 and 本年废止 0 — 立 is making, 废
  repealing; never a figure of 立改废 (a sum of three acts, one of them no column);
- before the verb only the clause's time and subject (2024年我镇, 本年度, 全年共): nothing narrowing
  (其中 涉及 全县/全市…, 各…, 部门 单位 累计 解读 审查 审核 备案 清理 协助 上级…), no other year;
  a span of years (以来) or the year's end (截至年底) only for 现行有效, which is a count as of a day;
  after a clause with 其中 the sentence says parts, after one naming another year or a day not
  named (截至目前: not the year's) nothing;
- a sentence about a library of documents (规范性文件库, 数据库) counts what it holds: not read;
- a cell stated twice with different figures is not read.

Anything else is left unread. Each cell read is noted against 表二, so the import preview shows it
as doubtful and the clerk confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import core.importers.from_words as from_words
import core.template_prose as meaning
from core.forms import Form, Table
from core.importers.asides import ASIDE
from core.importers.model import ImportLog
from core.importers.overview_appeals import AMOUNT, NEG, UNIT, YEAR
from core.importers.overview_text import section_text, sentences, written
from core.importers.request_words import ANOTHER_TIME_WORDS
from core.report import Origin
from core.values import Value

ISSUED, REPEALED, IN_FORCE = meaning.NORMATIVE_ISSUED, meaning.NORMATIVE_REPEALED, meaning.NORMATIVE_IN_FORCE
RULES_ISSUED, RULES_REPEALED, RULES_IN_FORCE = meaning.RULES_ISSUED, meaning.RULES_REPEALED, meaning.RULES_IN_FORCE
"""What a clause about the documents says (the form's cells for them are the template's: ``Form.prose_cells``)."""

_DOCS = "(?:\u884c\u653f|\u653f\u5e9c)?\u89c4\u8303\u6027\u6587\u4ef6"          # (行政|政府)规范性文件
"""政府规范性文件 as 行政规范性文件 (全年共制定政府规范性文件3件,废止政府规范性文件6件: 中山市大涌镇 2022) — the
government's own, said so; never another organ's named before 政府 (县政府规范性文件: whose, not said — not read)."""
_VERBS = {
    # (新)制发 / (新)制定(并)(发布|印发|出台|公开) / 出台 / 印发
    ISSUED: "\u65b0?(?:\u5236\u53d1|\u5236\u5b9a\u5e76?(?:\u53d1\u5e03|\u5370\u53d1|\u51fa\u53f0|\u516c\u5f00)?|\u51fa\u53f0|\u5370\u53d1)",
    REPEALED: "(?:\u6e05\u7406)?(?:\u5e9f\u6b62|\u5e9f\u9664)",                # (清理)废止 废除
    IN_FORCE: "(?:\u73b0\u884c\u6709\u6548|\u6b63\u5728\u5b9e\u65bd)",          # 现行有效 正在实施
}
_NONE_VERB = f"(?:{_VERBS[ISSUED]}|\u53d1\u5e03|{_VERBS[REPEALED]}|\u4fee\u6539|\u4fee\u8ba2)"
"""A verb in a list a none denies (未制发、废止、修改…): the columns' (制发…, 废止…), 发布 (a site's, no 制发) and
修改 修订 (amending, no column of the form) — each cell read only for its own verb."""
_RULES = "(?:\u653f\u5e9c)?\u89c4\u7ae0(?!\u5236\u5ea6)"                   # (政府)规章, never 规章制度
_RULES_OF = {ISSUED: RULES_ISSUED, REPEALED: RULES_REPEALED, IN_FORCE: RULES_IN_FORCE}
"""A count of 规章 (全年共制发(修改)政府规章1份,废止政府规章1份,现行有效政府规章8份, 钦州市政府办公室 2024) is
read only where the clause names them itself: never 规章制度 (an organ's internal rules), never from 文件
or a column word after a clause naming them (the sentence's topic is 规范性文件's)."""
_COUNT_WORD = "(?:\u4ef6\u6570|\u6570\u91cf)"                                    # 件数 数量: the form's column words
_FIGURE = f"(?P<n>\\d+)\\s*(?:{UNIT}|\u90e8|\u7bc7)"                              # (… 部 篇)
_NEW = "(?:\u65b0\u7684|\u65b0)?"                                                # 新的
_LIST = "(?P<list>(?:(?:\u884c\u653f\u6cd5\u89c4|\u89c4\u7ae0)[\u3001\u548c\u53ca\u4e0e]?)*)"   # 行政法规、规章、

_REFORM = "\u7acb\u6539\u5e9f(?:\u7684)?(?:\u60c5\u51b5|\u5de5\u4f5c|\u4e8b\u9879)?"   # 立改废(的)(情况|工作|事项)
_REFORM_FIRST = "\u7acb\u6539\u5e9f(?:\u7684)?"                                   # 立改废(的) …规范性文件
_REFORM_TAIL = "(?:\u60c5\u51b5|\u5de5\u4f5c|\u4e8b\u9879)?"
_HAPPEN = "(?:\u53d1\u751f|\u8fdb\u884c|\u5f00\u5c55|\u6d89\u53ca)?(?:\u7684)?"          # (发生|进行|开展|涉及)(的)
"""未发生规范性文件立改废情况 (大渡口经开区 2022), 无规范性文件立改废, 规范性文件未发生立改废: a none of the making
(立), amending (改) and repealing (废) of the documents — 本年制发 0 and 本年废止 0 (改 is no column of the form;
现行有效 is not said). Only a none: a figure of 立改废 (立改废3件) is a sum whose parts are not said, and is not read;
按照立改废的要求…, 规章制度“立改废” (no 规范性文件, or no negation) are no count."""

_NARROW = re.compile(
    "\u5176\u4e2d|\u6d89\u53ca|\u5168[\u7701\u5e02\u53bf\u533a\u5dde\u65d7\u76df]|\u5404|\u90e8\u95e8|\u5355\u4f4d|"
    "\u7d2f\u8ba1|\u89e3\u8bfb|\u5ba1\u67e5|\u5ba1\u6838|\u5907\u6848|\u6e05\u7406|\u4e0a\u4e00?\u5e74|\u53bb\u5e74|"
    "\u540c\u6bd4|\u8f83|\u53d1\u5e03|\u516c\u5f00|\u8d77\u8349|\u5f81\u6c42|\u4ee3|\u8f6c\u53d1|\u6708|\u5b63\u5ea6|"
    "\u534f\u52a9|\u914d\u5408|\u4e0a\u7ea7|\u7275\u5934|\u68b3\u7406|\u6807\u6ce8|\u6807\u8bb0")
"""Words before a clause's verb that make its count another's or a part (其中 涉及 全省/全市/全县…
各 部门 单位 累计 解读 审查 审核 备案 清理 上年 去年 同比 较 发布 公开 起草 征求 代 转发 月 季度 协助 配合
上级 牵头: 协助县政府制发…, documents another organ issued; 梳理: what a review of the documents found;
标注 标记: documents marked so in the catalogue of what was published — 标注废止文件200个, 广东省发展和改革
委员会 2024 — of any year and kind, not the year's repealed 规范性文件)."""
_REVIEW = re.compile("\u68b3\u7406")
"""梳理 (梳理出继续有效规范性文件66件,废止规范性文件6件,宣布失效规范性文件5件, 大冶市政府办公室 2024): a clause
naming a review of the documents; the counts after it in the sentence are what the review turned up — of
which years, and whether 宣布失效 is counted as 废止, not said — so they are not read."""
_SPAN = re.compile("\u4ee5\u6765|\u622a\u81f3|\u622a\u6b62|\u5e74\u5e95|\u5e74\u672b")
"""以来 截至 截止 年底 年末: a count as of the year's end, or over years — 现行有效's alone."""
_LIBRARY = re.compile("(?:\u6587\u4ef6|\u6570\u636e|\u8d44\u6599|\u4fe1\u606f)\u5e93")
"""文件库 数据库 资料库 信息库: a sentence about a library of documents counts what it holds, of every organ
whose documents it gathers (平潭综合实验区 2022: "建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件",
its own 表二 89): not read."""
_ANOTHER_TIME = re.compile(ANOTHER_TIME_WORDS + "|\u73b0\u5728")
"""去年 前年 上(一)年 同期 往年: another year; 目前 至今 现在: as of a day not named (截至目前,现行有效…19件,
合作市 2023, after a sentence on the whole city's documents), not the year's."""


def overview_normative(form: Form, absent: list[Table], texts: Mapping[str, str], year: int) -> dict[str, tuple[int, str]]:
    """The cells of 第二十条第（一）项 一、总体情况 states for sure, each with the clause saying it —
    only while the copy holds none of that table and its section no words; the cells are the form's
    (``prose_cells``), and a form with no cell for 本年制发 (the 2019 form's columns are others) has none read."""
    issued = form.prose_cells.get(ISSUED)
    table = form.cells[issued].table if issued is not None else None
    if table is None or table.id not in {t.id for t in absent} or not form.sections \
            or written(form.section(table.section), texts):
        return {}
    found: dict[str, set[int]] = {}
    said: dict[str, str] = {}
    for sentence in sentences(section_text(form.sections[0], texts)):
        for address, value, clause in read_sentence(sentence, year):
            found.setdefault(address, set()).add(value)
            said.setdefault(address, clause)
    return {form.prose_cells[a]: (next(iter(v)), said[a]) for a, v in found.items()
            if len(v) == 1 and a in form.prose_cells}


_BESIDES = re.compile("[\uff1b;](?=\u6b64\u5916)")
"""；此外 (…其中,…发布政务微信信息45;此外,我镇…;全年共制定政府规范性文件3件,…: 中山市大涌镇 2022): "besides" after a
semicolon ends what went before — the parts a 其中 listed among it — and starts a count of its own, read afresh."""


def read_sentence(sentence: str, year: int) -> list[tuple[str, int, str]]:
    """The cells one sentence states, clause by clause, with the clause saying each; a part after ；此外 as a
    sentence of its own (``_BESIDES``)."""
    if _LIBRARY.search(sentence):
        return []                             # 建成规范性文件库,…现行有效件数424件: the library's, not the organ's
    return [r for part in _BESIDES.split(sentence) for r in _read_part(part, year)]


def _read_part(sentence: str, year: int) -> list[tuple[str, int, str]]:
    out: list[tuple[str, int, str]] = []
    subject = span = False
    sentence = ASIDE.sub("", sentence)
    for clause in re.split("[\uff0c,\uff1b;\uff1a:]", sentence):
        if "\u5176\u4e2d" in clause or _REVIEW.search(clause):
            break                             # 其中…: parts of a count, whatever their verbs; 梳理出…: a review's finds
        read = _clause(clause, year, subject)
        if not read and "\u3001" in clause:  # 制发…0件、废止文件0件: a clause of two counts
            parts = _parts(clause)
            read = [r for i, p in enumerate(parts)
                    for r in _clause(p, year, subject or re.search(_DOCS, "".join(parts[:i])) is not None)]
            if len(read) < len(parts):
                read = []                     # every part a count of its own, or none read
        subject = subject or _topic(clause) or (bool(read) and re.search(_DOCS, clause) is not None)
        if span:                              # 截至年底,… / 2024年以来,…: 现行有效 alone
            read = [(a, v) for a, v in read if a == IN_FORCE]
        if read:
            out.extend((a, v, clause) for a, v in read)
        elif _ANOTHER_TIME.search(clause) or any(int(y) != year for y in YEAR.findall(clause)):
            break                             # 上年度,… / 2022年,…: what follows is another year's
        else:
            span = span or _SPAN.search(YEAR.sub("", clause)) is not None
    return out


def _parts(clause: str) -> list[str]:
    """A clause's parts between 、, a part naming no figure, verb of the form nor documents (a list of
    subjects: 凉山州人民政府、州政府办公室2021年制发规范性文件6件、废止11件, 凉山州政府办公室 2021) kept with
    the part after it, as what stands before that part's verb."""
    out: list[str] = []
    carry = ""
    for part in clause.split("\u3001"):
        if not re.search(r"\d", part) and not re.search("|".join([*_VERBS.values(), _DOCS, _RULES, "\u6587\u4ef6"]), part):
            carry += part + "\u3001"
            continue
        out.append(carry + part)
        carry = ""
    return out + ([carry] if carry else [])


def _topic(clause: str) -> bool:
    """Whether the clause names the documents as what the sentence goes on about (or a count of them
    was read from it): nothing narrowing before them (行政规范性文件发布0条, → 废止数量0条 is theirs), not the thing a publishing verb acts
    on (通过政府门户网站集中公开行政规范性文件3件, → 现行有效件数5件 may count another set: 南召县 2023)."""
    m = re.search(_DOCS, clause)
    return m is not None and not _NARROW.search(YEAR.sub("", clause[:m.start()]))


def _clause(clause: str, year: int, subject: bool) -> list[tuple[str, int]]:
    clause = re.sub(r"\s+", "", clause)
    if m := re.fullmatch(f"(?P<pre>.*?){NEG}(?P<verb>{_VERBS[ISSUED]}){_NEW}{_LIST}{_DOCS}", clause):
        if _before_ok(m["pre"], year, ISSUED):
            return [(ISSUED, 0)] + ([(RULES_ISSUED, 0)] if "\u89c4\u7ae0" in m["list"] else [])
        return []
    if m := re.fullmatch(f"(?P<pre>.*?){NEG}(?P<verbs>{_NONE_VERB}(?:[\u3001\u548c\u53ca\u6216]{_NONE_VERB})+|{_VERBS[REPEALED]})"
                         f"(?:\u7684)?{_NEW}{_LIST}{_DOCS}", clause):
        verbs = [v.group() for v in re.finditer(_NONE_VERB, m["verbs"])]
        issued = any(re.fullmatch(_VERBS[ISSUED], v) for v in verbs)
        repealed = any(re.fullmatch(_VERBS[REPEALED], v) for v in verbs)
        if not (issued or repealed) or not _before_ok(m["pre"], year, REPEALED):
            return []     # 未发布、修改…: no column's verb; 未发布、废止行政规范性文件: none repealed (发布 is no 制发)
        rules = "\u89c4\u7ae0" in m["list"]
        return [(a, 0) for a, said in ((ISSUED, issued), (REPEALED, repealed), (RULES_ISSUED, issued and rules),
                                       (RULES_REPEALED, repealed and rules)) if said]
    if m := (re.fullmatch(f"(?P<pre>.*?){NEG}{_HAPPEN}{_LIST}{_DOCS}(?:\u7684)?{_REFORM}", clause)
             or re.fullmatch(f"(?P<pre>.*?){NEG}{_HAPPEN}{_REFORM_FIRST}{_LIST}{_DOCS}(?:\u7684)?{_REFORM_TAIL}", clause)
             or re.fullmatch(f"(?P<pre>.*?){_LIST}{_DOCS}(?:\u7684)?{NEG}{_HAPPEN}{_REFORM}", clause)):
        if not _before_ok(m["pre"], year, REPEALED):
            return []     # 立改废: 立 is 制发, 废 is 废止 (改, amending, no column): a none of it is none of each
        rules = "\u89c4\u7ae0" in m["list"]
        return [(ISSUED, 0), (REPEALED, 0)] + ([(RULES_ISSUED, 0), (RULES_REPEALED, 0)] if rules else [])
    if m := re.fullmatch(f"(?P<pre>.*?){NEG}{_VERBS[IN_FORCE]}(?:\u7684)?{_DOCS}", clause):
        return [(IN_FORCE, 0)] if _before_ok(m["pre"], year, IN_FORCE) else []
    for address, verb in _VERBS.items():
        # verb, then the documents (or, the sentence having named them, 文件 or the form's column word)
        m = re.fullmatch(f"(?P<pre>.*?){verb}(?:\u4e86)?{_NEW}(?:\u7684)?(?P<what>{_DOCS}|\u6587\u4ef6)?"
                         f"(?P<col>{_COUNT_WORD})?{AMOUNT}{_FIGURE}", clause)
        if m is not None and not _named(m["what"], m["col"], address, subject):
            m = None
        if m is None:     # the documents before the verb: 行政规范性文件现行有效3件
            m = re.fullmatch(f"(?P<pre>.*?){_DOCS}{verb}{_COUNT_WORD}?{AMOUNT}{_FIGURE}", clause)
        if m is None:     # the figure between the verb and the documents: 制发3份规范性文件
            m = re.fullmatch(f"(?P<pre>.*?){verb}(?:\u4e86)?{AMOUNT}{_FIGURE}{_NEW}(?:\u7684)?{_DOCS}", clause)
        if m is not None and _before_ok(m["pre"], year, address) and not _joint(m["pre"], int(m["n"])):
            return [(address, int(m["n"]))]
    for address, verb in _VERBS.items():
        # 规章 named in the clause: after the verb (制发政府规章1份), before it, or after the figure
        m = (re.fullmatch(f"(?P<pre>.*?){verb}(?:\u4e86)?{_NEW}(?:\u7684)?{_RULES}{AMOUNT}{_FIGURE}", clause)
             or re.fullmatch(f"(?P<pre>.*?){_RULES}{verb}{_COUNT_WORD}?{AMOUNT}{_FIGURE}", clause)
             or re.fullmatch(f"(?P<pre>.*?){verb}(?:\u4e86)?{AMOUNT}{_FIGURE}{_NEW}(?:\u7684)?{_RULES}", clause))
        if m is not None and _before_ok(m["pre"], year, address) and not _joint(m["pre"], int(m["n"])):
            return [(_RULES_OF[address], int(m["n"]))]
    return []


_LIST_END = re.compile("[\u3001\u548c\u53ca\u4e0e\u6216]$")


def _joint(pre: str, n: int) -> bool:
    """Whether the verb closes a list of verbs (制发、废止规范性文件3件; 修改、制发…; 制定和废止…): the count is the
    list's, of which the last verb's part is not said — unless it is 0, which is 0 of each. A subject list ends
    in its last subject (市政府、市政府办公室制发…), never in 、 before the verb; 修订并制发 is one act."""
    return n > 0 and _LIST_END.search(re.sub(r"\s+", "", pre)) is not None


def _named(what: str | None, col: str | None, address: str, subject: bool) -> bool:
    """Whether the clause's count is of 规范性文件: named in it, or by the sentence before it."""
    if what and what != "\u6587\u4ef6":
        return True
    return subject and (col is not None or address != ISSUED)


def plain_start(pre: str, year: int) -> bool:
    """Whether ``pre`` is only a clause's time and subject (no other year, nothing narrowing, no negation,
    no span of years): what ``overview_decisions`` lets stand before its nones."""
    return _before_ok(pre, year, ISSUED)


def _before_ok(pre: str, year: int, address: str) -> bool:
    """What may stand before the verb: the clause's time and subject, nothing narrowing, no negation."""
    if any(int(y) != year for y in YEAR.findall(pre)):
        return False
    bare = YEAR.sub("", pre)
    return not re.search(r"\d", bare) and not _NARROW.search(bare) and not re.search(NEG, bare) \
        and not _ANOTHER_TIME.search(bare) and (address == IN_FORCE or not _SPAN.search(bare)) and len(bare) <= 16


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int, source: str,
                  cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog, headed: Collection[str] = ()) -> None:
    """Fill the cells ``overview_normative`` finds that are still missing, each with the clause it came
    from, and one note (the import preview's reason to show 表二 as doubtful)."""
    said = from_words.enter(overview_normative(form, absent, texts, year), source, cells, origins, missing, log)
    if said:
        table = form.cells[form.prose_cells[ISSUED]].table
        name = table.name
        log.note(f"{from_words.not_printed(name, table.id, headed)}，按“一、总体情况”的文字读取了 {len(said)} 项："
                 f"{from_words.listed(form, name, said)}。请对照原文核对")
