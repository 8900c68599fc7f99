"""表三's result rows (三（一）…（六）) that 一、总体情况 states in words, for a copy holding no 表三.

A search excerpt or a page copied in part often stops inside 一、总体情况, whose （二）依申请公开 may
list the year's results after its count of requests ("共收到政府信息公开申请45件。其中,予以公开19件,
部分公开3件,本机关不掌握相关政府信息15件…"). ``overview_counts`` reads the totals of rows 一, 二, 三（七）
and 四 from those words; this reads the result rows, in the same careful style.

A result count is a part of the requests handled, and words name parts loosely (予以公开及部分公开84件,
信息不存在的1件, 其中网上申请6件: 予以公开3件…). A false figure is worse than a missing one, so:

- only for a copy holding none of 表三, whose section holds no words either;
- a run of results is read only right after a clause naming this year's requests (收到/接收/受理(和办理)/新收…
  政府信息公开申请(数量)N件, or its figure first, 收到13条依申请公开政府信息: nothing narrowing it, no other year,
  not a whole area's 全区/全市…) — in the rest of
  that sentence, or, failing that, the sentence after it (or the one after a sentence between with no figure,
  no other time and no part: 申请内容主要涉及…领域);
- each result clause names a row by the form's own words and nothing else: 予以公开, (予以)部分公开,
  不予公开, 无法提供, 不予处理, 其他处理 (the groups), or a numbered row's words exactly (本机关不掌握相关
  政府信息, 属于行政查询事项, 重复申请…, alone or with their group's word: 因本机关不掌握相关政府信息无法提供),
  bare or whole inside one pair of quotes (“予以公开”17件, 「部分公开」2件, "不予公开"1件), after 办理结果为 at most;
  then one figure in digits with its unit and nothing after it; or, right after the requests with no figure
  between, every one of them disclosed (均已按规定及时予以公开, 全部准予公开: （一） their count) or not held
  (均为非本机关掌握信息; 为… of a single request: （四）1 their count);
- the run's figures — every clause with a figure and a unit after the first result, named or not, and
  结转下年度 — add up exactly to the requests handled: the 办结 count the words state (在办结的5件申请中 too),
  or the requests where an aside on their count holds those carried in (受理24件(含上年结转1件)), or else the new
  requests and those carried in, when the words say how many were (上年结转N件, 0 included), or, with neither
  said, the requests received where the overview says none carried in anywhere (``carried_said``: the list then
  accounts for every request, as the form's rows do — beside 上年结转2件 said elsewhere, "收到5件,其中予以公开3件…"
  may part the new requests alone, leaving out results of those carried in, and is not read; 辽宁省生态环境厅 2020,
  甘肃省林草局 2023). Then the clauses part the year's requests among
  them, none a part of another's (其中网上3件 in a run makes the sum too big) and none a subset's; a run
  cut off before its end (部分公, 不予公开28) does not add up and is not read;
- a row read is a single row of the form: 予以公开 → （一）, 部分公开 → （二）, 其他处理 → （六） only in the
  2019 form (one row; the 2021 form splits it in three); a group (不予公开 2件) or a reason not the form's
  (因本机关不掌握等原因…, 不掌握信息) only counts toward the sum;
- a run naming a row twice is not read (it splits the requests some other way: 新收…予以公开13件;
  上年结转1件,予以公开1件), nor a row read twice with different figures; a clause naming
  another year or time (上年度,… 2022年…) ends what the sentence can say.

Each cell read is noted against 表三, so the import preview shows it as doubtful and the clerk confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import core.importers.from_words as from_words
from core.forms import Form, Table
from core.importers.asides import ASIDE
from core.importers.model import ImportLog
from core.importers.overview_appeals import UNIT, YEAR
from core.importers.overview_decided_head import decided_head
from core.importers.overview_text import section_text, sentences, written
from core.importers.request_words import (
    ANOTHER_TIME_WORDS,
    ASKING,
    CARRIED_IN_VERB,
    WHAT,
    before_verb_ok,
    carried_said,
    names_requests,
)
from core.importers.result_words import FIG, REASON, ROW_WORDS, quoted, result_clause
from core.report import Origin
from core.values import Value

_VERB = ("^(?P<pre>.*?)(?:\u5171|\u7d2f\u8ba1|\u5408\u8ba1)?"
         "(?:\u6536\u5230|\u63a5\u6536|\u63a5\u5230|\u53d7\u7406|\u65b0\u6536)(?:\u4e86|\u548c\u529e\u7406|\u5e76\u529e\u7406|\u548c\u5904\u7406|\u5e76\u5904\u7406)?")
_NAMED = (
    "(?P<what>(?:\u5404\u7c7b)?(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u7684)?\u7533\u8bf7|\u4f9d\u7533\u8bf7\u516c\u5f00"
    "(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u7533\u8bf7|\u4e8b\u9879|\u4ef6)?|(?:(?:\u653f\u5e9c)?\u4fe1\u606f)?\u7533\u8bf7\u516c\u5f00\u4ef6)"
    "(?:\u6570\u91cf)?" + FIG + "$")
_REQUESTS = re.compile(_VERB + _NAMED)
"""(共)收到/接收/接到/受理/新收(了|和办理|并办理…)(各类)(政府)信息公开(的)申请(数量)N件, or 依申请公开(政府信息)(申请|事项|件)
N件, or ((政府)信息)申请公开件N件 (依申请公开件 without its 依: 共收到申请公开件92件, 崇川区住建局 2023): the year's
requests, the clause after which results may be listed (新收政府信息公开申请数量N件: the form's own row 一)."""
_HANDLED = re.compile("^(?P<pre>.*?)(?:\u5171|\u7d2f\u8ba1|\u5408\u8ba1)?(?:\u529e\u7406|\u5904\u7406)(?:\u4e86)?" + _NAMED)
"""(共)办理/处理(了)(政府)信息公开(的)申请 N件 (共办理政府信息公开申请2件,其中予以公开1件,因本机关不掌握相关信息而无法提供1件,
栖霞区行政审批局 2023): the requests handled — those carried in among them, as the desk holds them — after which
results may be listed as after the year's requests; they are read only where they and those carried into next year
add up to N exactly (N may also be those decided alone: the results alone add up to it then), and a count of those
carried in said inside the run breaks it (办理118件,其中本年新受理110件,上年结转8件: N is its parts' sum, not a
part's)."""
_DECIDED = re.compile(f"^(?P<pre>[^\\d]*?)(?:\u529e\u7ed3|\u7b54\u590d\u5b8c\u6bd5)(?:\u7b54\u590d)?{FIG}$")   # 办结 答复完毕
_CARRIED_IN = re.compile(f"^(?P<pre>[^\\d\u8f83\u6bd4]{{0,8}}?){CARRIED_IN_VERB}"
                         f"(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u516c\u5f00)?(?:\u7533\u8bf7)?(?:\u6570\u91cf)?{FIG}$")  # 上年(度)结转…(数量)N件
_INCLUDED = re.compile("(?<=[\u4ef6\u6761\u4e2a\u4efd\u5b97\u4f8b\u8d77\u6b21\u9879])[\uff08(]\u542b(?P<c>"
                       f"{CARRIED_IN_VERB}[^\uff08(\uff09)\uff0c,\uff1b;\\d]{{0,12}}?{FIG})[\uff09)]")
"""受理申请24件(含上年结转1件): an aside after a count saying it holds those carried in; kept as a clause of its own
(含上年结转1件), which right after the requests makes them the requests handled (24, not 24 + 1)."""
_DECIDED_AMONG = re.compile(f"^\u5728(?:\u5df2)?\u529e\u7ed3(?:\u7684)?{FIG}(?:\u653f\u5e9c\u4fe1\u606f\u516c\u5f00)?(?:\u7533\u8bf7)?\u4e2d$")
"""在(已)办结的N件(申请)中: the requests decided, the whole the results after it part (nothing before 办结: 在网上
办结的… is a part)."""
_CARRIED_OUT = ("^(?:\u7ed3\u8f6c|\u8f6c)(?:\u81f3|\u5230|\u5165)?(?:\u4e0b\u4e00?\u5e74\u5ea6?|{next}\u5e74\u5ea6?)"
                f"(?:\u7ee7\u7eed)?(?:\u529e\u7406)?{FIG}$")                          # 结转下年度(继续办理)N件
_NARROW = re.compile("\u5168[\u7701\u5e02\u53bf\u533a\u5dde\u65d7\u76df\u56fd]|\u5404|\u7cfb\u7edf|\u90e8\u95e8|\u5355\u4f4d|"
                     "\u6cd5\u4eba|\u81ea\u7136\u4eba|\u516c\u6c11|\u7f51\u4e0a|\u7f51\u7edc|\u4fe1\u51fd|\u5f53\u9762|\u5176\u4e2d|"
                     "\u6d89\u53ca|\u5173\u4e8e|\u672a|\u6ca1\u6709|\u65e0|\u6708|\u5b63\u5ea6|\u622a\u81f3|\u4ee5\u6765")
"""Words before a requests clause's verb making its count a whole area's (全区 全市…), several organs' (各
系统 部门 单位), a part (法人 自然人 公民 网上 网络 信函 当面 其中 涉及 关于), a none, or another span (月 季度
截至 以来): no results are read after it."""
_ANOTHER_TIME = re.compile(ANOTHER_TIME_WORDS + "|\u540c\u6bd4|\u8f83")
"""去年 前年 上(一)年 同期 往年 目前 至今 同比 较: a clause naming another time — what the sentence says after it
is not read (上年结转 is a row of the year's own, read before this is asked)."""


@dataclass
class _Run:
    """The requests a sentence names, and the results listed after them."""
    received: int
    whole: bool = False
    """The lead counted the requests handled (``_HANDLED``): those carried in are among them, not added."""
    carried_in: int | None = None
    """None when the sentence does not say (the results may then leave out requests carried in)."""
    decided: int | None = None
    carried_out: int = 0
    rows: list[tuple[str, int, str]] = field(default_factory=list)
    """(row, figure, clause): a numbered row, a group ("3.3"), or "" for a clause naming no row of the form."""
    broken: bool = False
    fresh: bool = True
    """No clause taken after the requests yet (an aside 含上年结转N件 there is theirs)."""
    quiet: bool = True
    """No clause with a figure taken after the requests yet (均予以公开 there is said of them all)."""


_ALL_PUBLIC = re.compile("(?:\u5747|\u5168\u90e8|\u90fd)(?:\u5df2)?(?:\u6309\u89c4\u5b9a|\u4f9d\u6cd5\u4f9d\u89c4|\u4f9d\u6cd5|"
                         "\u4f9d\u89c4|\u53ca\u65f6)*(?:\u4e88\u4ee5|\u51c6\u4e88)\u516c\u5f00")
"""均(已)(按规定|依法(依规)|及时)予以公开, 全部准予公开: right after the requests (no figure between: 其中网上申请6件,均予以
公开 is a part's), every one of them disclosed — 三（一） is their count, read as any run is (nothing said carried in,
or its sum fails). Nothing may follow 公开 (均予以公开答复 answers; 均予以邮寄公开 says how)."""


_ALL_NOT_HELD = re.compile(
    "(?:\u4e14|\u5e76\u4e14|\u5e76|\u800c\u4e14)?(?:(?:\u5747|\u5168\u90e8|\u90fd)(?:\u4e3a|\u7cfb|\u5c5e\u4e8e?|\u662f)"
    "|(?P<one>\u4e3a|\u7cfb|\u5c5e\u4e8e?|\u662f))"
    "(?:\u975e\u672c(?:\u673a\u5173|\u5355\u4f4d|\u90e8\u95e8)\u638c\u63e1|\u672c(?:\u673a\u5173|\u5355\u4f4d|\u90e8\u95e8)\u4e0d\u638c\u63e1)"
    "(?:\u7684)?(?:\u76f8\u5173)?(?:\u653f\u5e9c)?\u4fe1\u606f")
"""(且)均为/全部系/都属(于) 非本机关(单位 部门)掌握(的)(相关)(政府)信息, or 本机关不掌握…: right after the requests (no
figure between), every one of them not held — 三（四）1 their count, as ``_ALL_PUBLIC`` reads 三（一） (2025年共收到政府信息公开
申请2件,均为自然人申请,且均为非本机关掌握信息, 维西县住建局 2025). Without 均 全部 都 (为非本单位掌握信息) only of a single
request (共收到…申请1件,已在规定时间内及时答复申请人,为非本单位掌握信息, 景宁县民政局 2022): of several it may be some.
Nothing may follow 信息 (为非本机关掌握信息的部分… is a part)."""


_REQUESTS_FIGURE_FIRST = re.compile(f"{_VERB}{FIG}(?P<what>{WHAT}|{ASKING})$")
"""…收到N件/条 and then the words naming the requests (共计收到13条依申请公开政府信息, 寨上街 2024; 收到3条依申请政府信息公开;
收到2件政府信息公开申请): the same count, its figure first — the words after it must name requests (``names_requests``:
公开 in them, or asking for it), not what was published (收到13条公开政府信息 is no count of requests)."""


def _requests_clause(clause: str, year: int, lead: re.Pattern[str] = _REQUESTS) -> int | None:
    """The figure of a clause naming this year's requests as a whole (``lead``: or those handled), or None."""
    m = lead.fullmatch(clause)
    if m is None and lead is _REQUESTS and (first := _REQUESTS_FIGURE_FIRST.fullmatch(clause)) \
            and names_requests(first["what"]):
        m = first
    if m is None or not before_verb_ok(m["pre"], year, narrow=_NARROW, another_time=_ANOTHER_TIME):
        return None
    return int(m["n"])


def _clauses(sentence: str, year: int) -> list[str]:
    """A sentence's clauses (between ，；：), a clause of several results cut at its 、 too (予以公开13件、
    部分公开2件, and 结转下年度办理4件 among them: 予以公开3件、无法提供12件、结转下年度办理4件), and one of the
    year's requests and last year's carried in, each whole (收到申请公开件92件、上一年度结转2件, 崇川区住建局 2023: the
    results may follow them); asides (…) taken out."""
    sentence = ASIDE.sub("", _INCLUDED.sub("\uff0c\u542b\\g<c>", sentence))
    out: list[str] = []
    for clause in re.split("[\uff0c,\uff1b;\uff1a:]", sentence):
        parts = clause.split("\u3001")
        if _counts_apart(parts, year):
            out.extend(parts)
        elif clause:
            out.append(clause)
    return _reasons_joined(out)


def _counts_apart(parts: list[str], year: int) -> bool:
    """A clause's parts between 、 are counts each whole: results (and 结转下年度), or the year's requests and then
    last year's carried in."""
    if len(parts) < 2:
        return False
    if all(result_clause(p) or re.fullmatch(_CARRIED_OUT.replace("{next}", r"\d{4}"), p) for p in parts):
        return True
    return len(parts) == 2 and _requests_clause(parts[0], year) is not None and _CARRIED_IN.fullmatch(parts[1]) is not None


def _reasons_joined(clauses: list[str]) -> list[str]:
    """The clauses with a reason standing alone (因属于三类内部事务信息) joined to the group's count after it (不予公开2条),
    as one clause names them both (因属于三类内部事务信息不予公开2条, 安义县人社局 2023): the reason must be a numbered
    row's words exactly and the next clause its own group's word and figure alone — a reason before another group's
    count (因属于三类内部事务信息,无法提供2件) or before a row of its own stays as it was."""
    out: list[str] = []
    for clause in clauses:
        if out and (row := _reason_alone(out[-1])) and result_clause(clause) == (row[:3], _figure(clause)):
            out[-1] = out[-1].strip() + clause
        else:
            out.append(clause)
    return out


def _reason_alone(clause: str) -> str | None:
    """The numbered row a clause names as a reason and nothing else (因/由于 + the row's words), or None."""
    return next((row for row, words in ROW_WORDS.items()
                 if re.fullmatch(f"{REASON}{quoted(words)}\\s*", clause)), None)


def _figure(clause: str) -> int:
    """The clause's last figure (a result clause ends with its one figure)."""
    return int(re.findall(r"\d+", clause)[-1])


def _add(run: _Run, clause: str, year: int) -> bool:
    """Take one clause after the requests into ``run``; False (the run broken) at one naming another time."""
    bare = YEAR.sub("", clause)
    fresh, run.fresh = run.fresh, False
    if clause.startswith("\u542b") and (m := _CARRIED_IN.fullmatch(clause[1:])):
        if fresh and run.carried_in is None:      # 受理24件(含上年结转1件): 23 new and 1 carried in
            run.received, run.carried_in = run.received - int(m["n"]), int(m["n"])
        return True                               # 予以公开76件(含上年结转5件): a part's, said nothing more
    if m := _CARRIED_IN.fullmatch(clause):
        run.carried_in = (run.carried_in or 0) + int(m["n"])
        run.broken = run.broken or run.whole      # 办理118件,其中…上年结转8件: a part of N, not more
        return True
    if any(int(y) != year for y in YEAR.findall(clause)) or _ANOTHER_TIME.search(bare):
        run.broken = True
        return False
    found = result_clause(clause)
    quiet, run.quiet = run.quiet, run.quiet and not re.search(r"\d", bare)
    if found is None and quiet and not run.rows and run.carried_in is None and run.decided is None \
            and _ALL_PUBLIC.fullmatch(clause):
        found = ("3.1", run.received)             # 收到…3件,均已按规定及时予以公开: every one of them
    elif found is None and quiet and not run.rows and run.carried_in is None and run.decided is None \
            and (held := _ALL_NOT_HELD.fullmatch(clause)) and (held["one"] is None or run.received == 1):
        found = ("3.4.1", run.received)           # 收到…2件,均为非本机关掌握信息: every one of them not held
    if found is not None:
        run.rows.append((*found, clause))
    elif m := re.fullmatch(_CARRIED_OUT.replace("{next}", str(year + 1)), clause):
        run.carried_out += int(m["n"])
    elif ((m := _DECIDED.fullmatch(clause)) and not _NARROW.search(m["pre"]) and len(m["pre"]) <= 16) \
            or (m := _DECIDED_AMONG.fullmatch(clause)):
        run.decided = int(m["n"]) if run.decided is None else -1
    elif run.rows and (counts := re.findall(f"(\\d+)\\s*{UNIT}", bare)):
        run.rows.append(("", sum(int(n) for n in counts), clause))     # 信息不存在的1件: counted, no row
    return True


def _settled(run: _Run, carried: bool) -> list[tuple[str, int, str]]:
    """The rows of a run that adds up to the requests handled, each named once; none if it does not.
    ``carried``: the overview speaks of requests carried in from last year, some of them, somewhere
    (``carried_said``) — a run saying neither its 办结 nor its 上年结转 then may part the new requests alone."""
    if run.broken or not run.rows or run.decided == -1:
        return []
    if run.decided is None and run.carried_in is None and carried:
        return []                     # 收到5件,其中予以公开3件… beside 上年结转2件 said elsewhere: of the new alone?
    handled = run.decided if run.decided is not None else \
        run.received + (0 if run.whole else run.carried_in or 0) - run.carried_out
    if sum(v for _, v, _ in run.rows) != handled:
        return []
    named = [r for r, _, _ in run.rows if r]
    if len(set(named)) < len(named):
        return []                     # a row twice: the list is split some other way (新收…;上年结转…,予以公开1件)
    return [(r, v, c) for r, v, c in run.rows if r]


_PART = re.compile("\u5176\u4e2d|\u7f51\u4e0a|\u7f51\u7edc|\u4fe1\u51fd|\u5f53\u9762|\u6cd5\u4eba|\u81ea\u7136\u4eba|\u516c\u6c11|"
                   "\u90e8\u95e8|\u5355\u4f4d|\u7cfb\u7edf|\u5404|\u5168[\u7701\u5e02\u53bf\u533a\u5dde\u65d7\u76df\u56fd]|\u4e0b\u5c5e|\u6240\u5c5e|\u5206\u522b")


def _aside(sentence: str) -> bool:
    """A sentence between the requests and their results saying nothing they count: no figure, no other time,
    no part (其中 网上 法人… 各 部门 下属 分别: the results after it may be a part's)."""
    return not re.search(r"\d", sentence) and not _ANOTHER_TIME.search(sentence) and not _PART.search(sentence)


def read_sentences(said: list[str], year: int) -> list[tuple[str, int, str]]:
    """The result rows (3.1 … 3.5.5 and groups, as row ids) the sentences state, with the clause saying each:
    after a clause naming the year's requests, in the rest of its sentence or, none there, the next (past one
    sentence between that counts nothing: ``_aside``)."""
    out: list[tuple[str, int, str]] = []
    pending: _Run | None = None
    passed = False
    carried = carried_said(said)
    for sentence in said:
        clauses = _clauses(sentence, year)
        if pending is not None and not passed and _aside(sentence):
            passed = True             # …申请24件,上年结转0件。申请内容主要涉及征地等领域。予以公开4件…
            continue
        run, waiting, pending = pending, pending is not None, None
        if waiting and any(_requests_clause(c, year) is not None for c in clauses):
            run = None                # a sentence of its own requests: the one before listed no results
        for clause in clauses:
            if run is None:
                if (n := _requests_clause(clause, year)) is not None:
                    run = _Run(n)
                elif (n := decided_head(clause, year, _NARROW, _ANOTHER_TIME)) is not None:
                    run = _Run(n, decided=n)      # 共办结…23件,其中予以公开7件…: those decided, parted
                elif (n := _requests_clause(clause, year, _HANDLED)) is not None:
                    run = _Run(n, whole=True)
                elif re.search(_ANOTHER_TIME, clause) or any(int(y) != year for y in YEAR.findall(clause)):
                    break             # 上年度,我局收到…: what follows is another year's
                continue
            if not _add(run, clause, year):
                break
        if run is None or run.broken:
            continue
        if run.rows:
            out.extend(_settled(run, carried))
        elif not waiting:
            pending, passed = run, False   # the results may be the next sentence's (…申请45件。其中,予以公开19件…)
    return out


def overview_results(form: Form, absent: list[Table], texts: Mapping[str, str], year: int) -> dict[str, tuple[int, str]]:
    """The total cells of 表三's result rows 一、总体情况 states for sure, each with the clause saying it:
    the cells the form's ``result_cells`` names for the outcomes — a group of rows (不予公开 N件: how it
    splits is not said) is none of them, nor is the 2021 form's （六）, three rows of which the words name none."""
    tables = {form.cells[a].table.id for a in form.result_cells.values()}
    if not tables or not form.sections or not tables <= {t.id for t in absent} \
            or any(written(form.section(form.table(t).section), texts) for t in tables):
        return {}
    found: dict[str, set[int]] = {}
    said: dict[str, str] = {}
    for row, value, clause in read_sentences(sentences(section_text(form.sections[0], texts)), year):
        address = form.result_cells.get(row)
        if address is None:
            continue
        found.setdefault(address, set()).add(value)
        said.setdefault(address, clause)
    return {a: (next(iter(v)), said[a]) for a, v in found.items() if len(v) == 1}


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int, source: str,
                  cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog, headed: Collection[str] = ()) -> None:
    """Fill the cells ``overview_results`` finds that are still missing, each with the clause it came from,
    and one note (the import preview's reason to show 表三 as doubtful)."""
    said = from_words.enter(overview_results(form, absent, texts, year), source, cells, origins, missing, log)
    if said:
        table = form.cells[next(iter(said))].table
        name = table.name
        log.note(f"{from_words.not_printed(name, table.id, headed)}，按“一、总体情况”所列的办理结果"
                 f"（各项相加等于所办理的申请数）读取了 {len(said)} 项：{from_words.listed(form, name, said)}。请对照原文核对")
