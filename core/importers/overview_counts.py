"""The totals of 表三 and 表四 that 一、总体情况 states in words, for a copy cut before those tables.

A search excerpt or a page copied in part often stops inside 一、总体情况, whose （二）依申请公开 says
the year's requests in one sentence ("收到政府信息公开申请0件,上年结转0件,当年办结0件,结转下年度0件";
"未发生…行政复议和行政诉讼"). Those words are the only ones the copy holds of the tables, and
last year's 结转下年度 is this year's 上年结转, which the clerk imports last year's report for.

A false figure is worse than a missing one, so this is a small grammar, not a keyword hunt:

- only for 表三/表四 the copy holds none of, and whose sections hold no words (it was cut before
  them, or prints only their headings over the pictures the tables were): a copy that prints a
  table takes it from the table alone, never from these words; and only the 总计 of rows 一, 二, 三（七） and 四 and 表四's rows' 总计 — never a column of an
  applicant kind (but where the clause right after 一's says every one came from a natural person, 均为自然人申请件:
  自然人 N, each 法人或其他组织 column 0; or where the parts right after it, 其中自然人申请N1件(、法人或其他组织申请M件), can be
  of 一 alone; or 自然人 alone where a clause counts its requests by 一's verb, 收到自然人依申请公开事项1件: ``overview_applicants``),
  never a result row. 三（七） (办结N件) only for a copy holding no table at all: read by eye over the copies reaching
  表二, "办结N件" did not say whether last year's carried over were decided too (新收到…31件,办结28件; 受理…1件,办结1件), so a copy printing 表二 leaves it unread;
- a clause (between ，；。, or 、 between two rows' counts each whole: 新收…12件、上年结转3件) says
  one whole count: the row's own verb (收到/新收 → 一 — not 受理, which may count last year's
  carried over too; 上年结转/结转上年度 → 二; 办结/答复完毕 → 三（七）; 结转下年度 → 四), between it and the figure only the
  words that name the requests themselves, one figure in digits (or one numeral, 零 to 十) with its unit (without one only after 数量 or right
  before the requests' full name: ``request_clause``), nothing after
  it (or those words after the figure: 收到2件政府信息公开申请; or, for 四 alone, the figure before
  the verb: 剩余26件结转下年度办理, …答复,1件结转下年); and nothing in the clause narrows the count
  (法人、自然人、纸质、网上、其中、以外…; a bracketed aside is taken out first, its own commas and all) — but a
  count received whose aside says only that it holds last year's carried over (收到…41件(含上年度结转3件)) is
  read as its parts, 二 the aside's and 一 the rest (``overview_asides.count_holding``); one handled (办理…151件(含上年结转13件)) gives its
  二 only where the sentence's 办结 and 四 add up to it (``overview_handled``); a clause that ran on into the next without
  a stop (…申请2件没有因…) is cut there (``overview_clause_cut``);
- a zero said in words only where it can mean nothing else: "未收到政府信息公开申请", "未收到任何单位
  和个人提出的…", "没有收到…", "无依申请公开情况", "无…行政复议、行政诉讼" (the whole clause negated,
  nothing narrowing it; "没有上年接转和接转下年的…事项", both carried-over rows) — not "无依申请公开的政府信息" (no
  information given on request: refused requests say the same); one "none" of a list of the forms' things alone, "无依申请公开和复议、诉讼和申诉的
  情况", each of them (``overview_none_list``);
- a clause without the words 信息公开 counts only after a clause of the same sentence that named
  the requests (its subject: "收到政府信息公开申请0件,上年结转0件"; so does a count of them handled for 表三's
  rows, its own figure unread: 办理政府信息公开申请61件,办结54件,结转下一年办理7件; so does a count left unread for
  an aside holding last year's, 办理…申请151件(含上年结转13件),办结146件, unless narrowed; a "none" of
  appeals after one merely naming the work on requests: "做好依申请公开工作,全年未产生行政复议…"); after 其中
  a sentence says parts (only a "none" of appeals is read there), after a clause naming another year (上年度,…; 2022年,…;
  not a count of last year's carried over a verb handled, 办结上年度结转…4件,新收…191件: ``handled_carried_in``;
  not a none of what it carried over, 无上年结转申请: ``none_carried_in``) or a count up to now (截至目前,…: not the
  year's, as of a day it does not name) or to a month before December (截至11月底,…; 1-11月,…) nothing —
  save a sentence opening with 其中 that breaks the whole count said just before into the form's four
  rows, each once, adding up to it and as the form's note requires (``rows_of_a_whole``);
- a count of another verb (答复, 办理…: 答复97件), 办结 after words kept out (按时办结454件) or in the sentence after,
  and 四 of the year's requests parted after 其中 into those dealt with and carried on, only where the form's own
  sum proves it (``overview_decided_sum``);
- a cell stated twice with different figures is not read.

Anything else is left unread. Each cell read is noted against its table, so the import preview
shows that table as doubtful and the clerk confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from core import registry
from core.forms import Form, Table
from core.importers.from_words import not_printed
from core.importers.model import ImportLog
from core.importers.overview_answered import ANSWERED, answered_rows
from core.importers.overview_appeals import (
    APPEAL_GOES_ON,
    APPEAL_WORDS,
    REVIEW,
    SUITS,
    YEAR,
    appeal_totals,
)
from core.importers.overview_applicants import NATURAL_SAID, applicants_of_new, kinds_kept, natural_counted
from core.importers.overview_asides import HELD, NOT_ALONE, OPEN_TO_CLOSE, PARTS_HOLD_CARRIED, count_holding, marked
from core.importers.overview_clause_cut import AFTER_SEMICOLON, cut
from core.importers.overview_decided_sum import carried_out_of_parts, decided_rows
from core.importers.overview_handled import handled_count, handled_rows
from core.importers.overview_none_list import none_of_each
from core.importers.overview_review_results import KINDS, review_results
from core.importers.overview_rows_in_parts import rows_in_parts, rows_of_a_whole
from core.importers.overview_suit_rows import APPEALS_TOPIC, disputes_split, suit_rows
from core.importers.overview_text import section_text, sentences, written
from core.importers.request_clause import requests_in as _requests
from core.importers.request_nones import denies_new
from core.importers.request_words import (
    ACCEPTED,
    ALL_NATURAL,
    ANOTHER_TIME,
    CARRIED_IN,
    CARRIED_OUT,
    CARRIED_OUT_BY_ITS_LABEL,
    COMPARISON,
    DECIDED,
    NARROW,
    NEW,
    NEW_BY_KIND,
    PUBLIC,
    handled_carried_in,
    none_carried_in,
    prefix_ok,
    time_alone,
)
from core.report import IMPORTED, Origin
from core.values import Value


@dataclass(frozen=True)
class Said:
    address: str
    value: int
    said: str
    """The sentence the figure is in, as the copy prints it (for the clerk's checking)."""
    clause: str
    """The clause of it saying the figure (what the cell's origin quotes: a sentence can be long)."""


def overview_counts(form: Form, absent: list[Table], texts: Mapping[str, str], year: int,
                    printed: bool = False) -> dict[str, list[Said]]:
    """Per table of ``absent`` (tables the copy holds none of) whose section holds no words either —
    a copy cut before it, or a page whose table is a picture under its heading (the report's own
    words about the year are as sure there, and the table is shown as doubtful for confirmation) —
    the totals 一、总体情况 states for sure, in the form's order. A copy that prints some table (表二,
    or 表三 without 表四) is read for the tables it lacks alone, and without 三（七）: its cut copies'
    words were checked by a person, cell by cell (issue 17), and "办结N件" was not the year's whole.
    ``printed``: the copy printed some table's header at least (``absent`` holds the tables it stops in
    before any row too), a copy of the tables as much as one printing a row."""
    some_table = printed or len(absent) < len(form.tables)
    overview = form.sections[0] if form.sections else None
    wanted = {t.id: [m for m in TOTALS if m in form.prose_cells and form.cells[form.prose_cells[m]].table.id == t.id
                     and not (some_table and m == DECIDED)]
              for t in absent if not written(form.section(t.section), texts)}
    wanted = {k: v for k, v in wanted.items() if v}
    if overview is None or not wanted:
        return {}
    found: dict[str, set[int]] = {}
    words: dict[str, str] = {}
    clauses: dict[str, str] = {}

    def note(address: str, value: int, sentence: str, clause: str) -> None:
        """Every figure said of a cell (two different ones leave it unread), and the first sentence and clause saying it."""
        found.setdefault(address, set()).add(value)
        words.setdefault(address, sentence)
        clauses.setdefault(address, clause)
    said = sentences(section_text(overview, texts))
    kinds_of: set[int] = set()      # the 一 each applicant column read was said of
    natural_said: set[int] = set()  # 自然人 said by its own verb (收到自然人…1件)
    for at, sentence in enumerate(said):
        following = said[at + 1] if at + 1 < len(said) else ""
        read = read_clauses(sentence, year) or (rows_of_a_whole(said[at - 1], sentence, year, read_clauses) if at else [])
        if parts := rows_in_parts(said[at - 1] if at else "", sentence, year, following):   # …共办理118件,其中本年新受理110件,…
            read = [r for r in read if r[0] not in _ROWS] + parts
        if not any(a in (REVIEW, *SUITS) for a, _, _ in read):   # 行政争议11件,其中,行政复议7件,…;行政诉讼4件
            read += disputes_split(sentence, year)
        read += review_results(sentence, read, following)   # …,结果维持1件
        if not any(a in SUITS for a, _, _ in read):          # 行政诉讼2件,其中未经复议直接起诉1件,…
            read += suit_rows(sentence, year, read_clauses)
        if not read and NEW in found and (m := CARRIED_OUT_BY_ITS_LABEL.match(sentence)):
            read = [(CARRIED_OUT, int(m["n"]), sentence)]        # …其他处理的4件。结转下年度继续办理的12件。
        if at + 1 < len(said) and PARTS_HOLD_CARRIED.match(said[at + 1]):
            read = [r for r in read if not _of_new(r[0])]      # …94件。其中,予以公开76件(含上年结转5件)…
        news = [(v, c) for a, v, c in read if a == NEW]
        if len(news) == 1 and not any(a in NEW_BY_KIND for a, _, _ in read):    # …16件,其中自然人申请15件、…
            read += applicants_of_new(sentence, news[0][1], news[0][0], following, year)
        if any(a in NEW_BY_KIND for a, _, _ in read):
            kinds_of |= {v for v, _ in news} if len(news) == 1 else {-1}
        for address, value, clause in read:
            if address == NATURAL_SAID:
                natural_said, address = natural_said | {value}, NEW_BY_KIND[0]
            note(address, value, sentence, clause)
    asked = {m for meanings in wanted.values() for m in meanings}
    proved = decided_rows(said, year, found, words.get(NEW, "")) if DECIDED in asked else []   # 一 + 二 = 答复N件 + 四
    if not proved and CARRIED_OUT in asked:
        proved = carried_out_of_parts(said, year, found, words.get(NEW, ""))     # 其中15件…办结,1件结转下年度
    for address, value, sentence, clause in proved:
        note(address, value, sentence, clause)
    if not kinds_kept(kinds_of, natural_said, found.get(NEW, set())):
        for address in NEW_BY_KIND:    # said of a 一 not read (stated twice), or of another figure of it
            found.pop(address, None)
    out: dict[str, list[Said]] = {}
    for table_id, meanings in wanted.items():
        out[table_id] = [Said(form.prose_cells[m], next(iter(found[m])), words[m], clauses[m]) for m in meanings
                         if len(found.get(m, ())) == 1]
    return out


def _of_new(said: str) -> bool:
    return said in (NEW, NATURAL_SAID) or said in NEW_BY_KIND


_ROWS = (NEW, CARRIED_IN, DECIDED, CARRIED_OUT, *NEW_BY_KIND, NATURAL_SAID)
"""表三's rows a whole's parts may prove (``rows_in_parts``): read from its sentence only as those parts."""
TOTALS = (*NEW_BY_KIND, NEW, CARRIED_IN, DECIDED, CARRIED_OUT, REVIEW, *SUITS, *KINDS)
"""The cells of 表三 and 表四 this reads, in the forms' order; each fills the cell the form's ``prose_cells`` names."""


def _read_sentence(sentence: str, year: int) -> list[tuple[str, int]]:
    """The cells of the year's shipped form a sentence states (for tests: ``read_clauses`` says meanings)."""
    cells = registry.form_for_year(year).prose_cells
    said = [(NEW_BY_KIND[0] if m == NATURAL_SAID else m, v) for m, v, _ in read_clauses(sentence, year)]
    return [(cells[m], v) for m, v in said if m in cells]


ON_REQUESTS = re.compile("\u4f9d\u7533\u8bf7\u516c\u5f00|\u4fe1\u606f\u516c\u5f00\u7533\u8bf7")
"""依申请公开 / 信息公开申请: a clause naming the work on requests, read or not (认真做好依申请公开政府信息工作):
after it in the sentence a "none" of appeals (全年未产生行政复议和行政诉讼情况, 剑阁县杨村镇 2024) is of that work —
a none only, a figure of appeals may count others'."""


_LIST_NUMBER = re.compile("^\\d{1,2}\u3001(?=\\D|(?:19|20)\\d{2}\u5e74)")
"""5、…: a listed item's number (the pre-2019 layout kept as a list in 一、总体情况), no figure of it. Before a
year too (3、2019年县政府办公室没有收到政府信息公开申请, a county government office 2019): an item's number, then its
sentence opening with its time — a count is never followed by 、 and a year with 年."""
_ITEM_NONE = re.compile("(?P<item>[^\uff0c,\uff1b;\uff1a:]*(?:\u884c\u653f\u590d\u8bae|\u884c\u653f\u8bc9\u8bbc)"
                        "[^\uff0c,\uff1b;\uff1a:]*?)(?:\u7684)?\u60c5\u51b5[\uff1a:](?:\u65e0|\u6ca1\u6709)")
"""因…行政复议、提起行政诉讼的情况：无 (or 没有) — the item answered "none" as a whole, said as 无因…行政复议、
提起行政诉讼: read by the appeals' own grammar (its narrowing words too: 被纠错的情况：无 stays unread)."""

def _years_put_as_such(clause: str, year: int) -> str:
    """The clause with the report's own year taken out and any other put as 去年, which ``ANOTHER_TIME`` names."""
    return YEAR.sub(lambda y: "" if int(y[1]) == year else "\u53bb\u5e74", clause)


def read_clauses(sentence: str, year: int) -> list[tuple[str, int, str]]:
    """The cells a sentence states, with the clause saying each, clause by clause; a clause without
    the words 信息公开 only after one that named the requests, or appeals over disclosure read from it
    (the sentence's subject)."""
    out: list[tuple[str, int, str]] = []
    subject = parts = denied = topic = False     # denied: the clause before said no appeal was made
    handled_first = False         # a clause counted the requests handled: later rows by their own verbs are of them
    appeals_topic = False         # a clause named the appeals over disclosure as what follows counts (``APPEALS_TOPIC``)
    sentence = whole = _LIST_NUMBER.sub("", sentence)
    if m := _ITEM_NONE.fullmatch(sentence):
        sentence = "\u65e0" + m["item"]
    sentence, held, answered = marked(sentence, year)     # (…) asides put as their marks
    new: int | None = None        # 一 read from the clause before: its count, which 均为自然人… may be said of
    closed = False                # a ';' after 其中 ended the parts of a count of requests: appeals are read again
    handled: list[tuple[int, int, str]] = []   # each count handled holding last year's: N, M, its words
    decided_holding: list[tuple[int, int]] = []   # each count decided whose aside holds last year's: D, M
    clauses = cut(sentence, year)
    for clause in clauses:
        closed = closed or (parts and subject and clause.startswith(AFTER_SEMICOLON))
        clause = clause.removeprefix(AFTER_SEMICOLON)
        after_new, new = new, None
        if after_new is not None and ALL_NATURAL.fullmatch(clause):
            out.extend([(NEW_BY_KIND[0], after_new, clause)] + [(a, 0, clause) for a in NEW_BY_KIND[1:]])
            continue
        goes_on, denied = denied, False
        on_requests, topic = topic, topic or ON_REQUESTS.search(clause) is not None
        clause = OPEN_TO_CLOSE.sub("", clause)
        parts = parts or "\u5176\u4e2d" in clause
        closed = closed and "\u5176\u4e2d" not in clause
        if ANSWERED in clause:    # 答复…43件(含上年度结转3件,另有4件申请顺延至下年度答复): 三（七） 43, 四 4
            these, answered = answered[:clause.count(ANSWERED)], answered[clause.count(ANSWERED):]
            new_so_far = [v for a, v, _ in out if a in (NEW, ACCEPTED)]
            about = subject or bool(PUBLIC.search(clause))
            if not parts and len(these) == 1 and (rows := answered_rows(clause, these[0], year, about, new_so_far)):
                out.extend((a, v, clause.replace(ANSWERED, "")) for a, v in rows)
                continue
            clause = clause.replace(ANSWERED, NOT_ALONE)
        if HELD in clause:       # 收到…41件(含上年度结转3件): 一 38, 二 3 — or, another verb's count, none alone
            mine, held = held[:clause.count(HELD)], held[clause.count(HELD):]
            if not parts and (holding := count_holding(clause, mine, year, subject)):
                subject = subject or bool(PUBLIC.search(clause))
                new = holding[0][1] if holding[0][0] == NEW else None
                if holding[0][0] == DECIDED:
                    decided_holding.append((holding[0][1], mine[0][1]))
                out.extend(holding)
                continue
            bare = clause.removesuffix(HELD)   # 办理…151件(含上年结转13件): 二 where the sentence proves it
            if not parts and len(mine) == 1 and bare != clause and (n := handled_count(bare, year, subject)) is not None:
                handled.append((n, mine[0][1], bare + mine[0][0]))
            clause = clause.replace(HELD, NOT_ALONE)
        if NOT_ALONE in clause:  # 5件(含上年结转2件): that count is no row's alone, but its requests the subject
            bare = _years_put_as_such(clause, year)
            subject = subject or (not parts and bool(PUBLIC.search(clause)) and not NARROW.search(bare)
                                  and not ANOTHER_TIME.search(bare))
            continue
        named = bool(PUBLIC.search(clause))
        if parts:         # 其中…: what follows are parts of a count, whatever their verbs; only a
            if "\u5176\u4e2d" not in clause and time_alone(clause, year):
                break         # …其中…;上年度,没有收到…: what follows is another time's, parts or not
            if "\u5176\u4e2d" not in clause:      # "none" of appeals (未发生行政复议) is no part of one
                out.extend((a, v, clause) for a, v in appeal_totals(clause, year, named or subject or appeals_topic,
                                                                     only_none=not closed))
                if denies_new(clause, year):      # nor one of requests, whole (…其中,工作动态75条;没有收到政府信息公开申请)
                    out.append((NEW, 0, clause))
            continue
        listed = none_of_each(clause, named or subject)
        if listed is not None and prefix_ok(listed[0], year) and not re.search("\u672a|\u6ca1\u6709|\u65e0", listed[0]):
            subject = subject or named                  # 无依申请公开和复议、诉讼和申诉的情况: each denied
            denied = any(a != NEW for a, _ in listed[1])
            out.extend((a, v, clause) for a, v in listed[1])
            continue
        if (natural := natural_counted(clause, year)) is not None:     # 收到自然人依申请公开事项1件: 自然人 alone
            subject = subject or named
            out.append((NATURAL_SAID, natural, clause))
            continue
        read = _requests(clause, year, named or subject or handled_first)
        if read:
            subject = subject or named
            out.extend((a, v, clause) for a, v in read)
            new = next((v for a, v in read if a == NEW), None)
            continue
        if not subject and handled_count(clause, year, False) is not None:
            handled_first = True    # 办理…申请61件,办结54件,结转下年度7件: its figure no row's; a figure of appeals
            continue                # after it may count the organ's others (处理依申请公开16件,,全年发生行政复议案件4件)
        appeals = appeal_totals(clause, year, named or subject or appeals_topic)
        appeals_topic = appeals_topic or APPEALS_TOPIC.fullmatch(clause) is not None
        if not appeals and on_requests:     # 做好依申请公开工作,全年未产生行政复议和行政诉讼: a none, of that work
            appeals = appeal_totals(clause, year, True, only_none=True)
        if not appeals and goes_on and APPEAL_GOES_ON.fullmatch(clause):
            appeals = [(a, 0) for a in ([REVIEW] if APPEAL_WORDS[0] in clause else list(SUITS))]
        denied = bool(appeals) and not re.search(r"\d", YEAR.sub("", clause))
        subject = subject or (named and bool(appeals))     # 因政府信息公开引起的行政复议…20件,…,全年未引起行政诉讼
        out.extend((a, v, clause) for a, v in appeals)
        if not appeals and ANOTHER_TIME.search(bare := _years_put_as_such(clause, year)) and not COMPARISON.fullmatch(bare) \
                and not none_carried_in(bare):      # 没有上年接转…的申请: a none of this year's 二, no figure of last year
            if not handled_carried_in(clause, year):
                break         # 上年度,我局收到…5件 / 2022年,收到…: what follows is another year's
            subject = handled_first = False   # 办结上年度结转…4件,新收…191件: each clause after naming its requests anew
    out.extend(handled_rows(handled, [c.removeprefix(AFTER_SEMICOLON) for c in clauses], out))
    apart = any(a == CARRIED_IN for a, _, _ in out)        # (ACCEPTED: new only beside 上年结转)
    if PARTS_HOLD_CARRIED.search(whole) or _desk_received(out, decided_holding):
        out = [r for r in out if not _of_new(r[0]) and r[0] != ACCEPTED]
    return [(NEW if a == ACCEPTED else a, v, c) for a, v, c in out if a != ACCEPTED or apart]


def _desk_received(out: list[tuple[str, int, str]], decided_holding: list[tuple[int, int]]) -> bool:
    """Whether the sentence's count received is the whole desk, not 一: a count decided holds M > 0 carried in
    (办结367件(含2023年结转13件), so 二 is M at least) and it and the count carried out add up to the count received
    exactly (收到…383件,办结367件(…);结转…16件, 重庆两江新区 2024) — the form's 一 + 二 = 三（七） + 四 leaves 一 less
    than that count, which is then no row's alone (一 and 二 unsaid apart: neither read)."""
    new = {v for a, v, _ in out if a in (NEW, ACCEPTED)}
    out_ = {v for a, v, _ in out if a == CARRIED_OUT}
    return len(new) == 1 and len(out_) == 1 and any(m > 0 and d + next(iter(out_)) == next(iter(new))
                                                    for d, m in decided_holding)


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int,
                  source: str, cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog, printed: bool = False, headed: Collection[str] = ()) -> None:
    """Fill the cells ``overview_counts`` finds that are still missing, each with the sentence it
    came from, and one note per table (the import preview's reason to show it as doubtful; ``headed``:
    ``from_words.not_printed``)."""
    for table_id, said in overview_counts(form, absent, texts, year, printed).items():
        said = [s for s in said if s.address in missing or s.address not in cells]
        for s in said:
            cells[s.address] = s.value
            # the cell's origin, kept in the project: the file and the words the figure was read from
            origins[s.address] = Origin(IMPORTED, f"{source}，从正文读取：“{s.clause}”")
            log.read[s.address] = f"从正文读取：“{s.said}”"
            missing.pop(s.address, None)
            log.missing.pop(s.address, None)
        if said:
            name = form.table(table_id).name
            items = "；".join(f"{form.label(s.address).removeprefix(name).strip()} 为 {s.value}（“{s.said}”）"
                             for s in said)
            log.note(f"{not_printed(name, table_id, headed)}，按“一、总体情况”的文字读取了 {len(said)} 项：{items}。"
                     "其余单元格标为未读取，请对照原文核对")
