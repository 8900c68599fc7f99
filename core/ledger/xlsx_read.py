"""Reading a register sheet cell by cell: the header row by its words, each cell as a clerk wrote it.

Registers are typed by hand over years and in several programs: dates come as Excel dates, as
serial numbers in a cell formatted as General, or as text (2025-1-5, 2025年1月5日, 2025.1.5,
2025/1/5, 20250105), the 补正 and 征求意见 dates alike; 延期 as 是, √, Y or 延期; columns in any order under names of the clerk's own.
A cell that cannot be read is left empty and a note names its row and column and says why; a cell
is never half-guessed. A request written over several rows with merged cells is one request
(``core.ledger.row_groups`` says when rows are one request). ``xlsx_io.import_xlsx`` guards the
file before a sheet reaches this module.
"""

from __future__ import annotations

import datetime as _dt
import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Optional

from core.forms import Form
from core.ledger.applicant_columns import TYPED, column_types, read_typed, with_types
from core.ledger.labels import applicant_choices, labels, outcome_choices
from core.ledger.model import DATES, FIELD_NAMES, MAX_FIELD_CHARS, MAX_REQUESTS, PERSONAL, Request
from core.ledger.row_groups import HEADING_SPAN, KEYS, Group, RowGroups, hidden_note, join, rows_text
from core.ledger.sheet_layout import Layout, sheet_layout
from core.report import parse_date
from core.text_clean import clean_text

INDEX = "index"
NAME = "台账文件"
MAX_SECONDS = 30.0
HEADER_SCAN_ROWS = 30
MAX_COLS = 60

HEADERS: dict[str, tuple[str, ...]] = {
    "index": ("序号", "顺序号"),
    "number": ("编号", "文号", "申请编号", "登记编号", "受理编号", "申请号", "登记号"),
    "received": ("收到日期", "收文日期", "申请日期", "受理日期", "登记日期", "收到申请日期", "收到时间",
                 "申请时间", "受理时间", "收到申请时间", "登记时间"),
    "channel": ("申请方式", "申请渠道", "提交方式", "申请途径", "收到方式"),
    "applicant": ("申请人类型", "申请人类别", "申请主体", "申请主体类型", "申请人性质", "申请人身份"),
    "name": ("申请人", "申请人姓名", "姓名", "名称", "申请人名称", "申请人姓名或名称", "申请人姓名名称"),
    "contact": ("联系方式", "联系电话", "电话", "地址", "联系地址", "通讯地址", "电子邮箱", "邮箱", "手机"),
    "subject": ("申请内容", "申请事项", "申请公开内容", "内容摘要", "申请公开的内容", "申请信息内容",
                "申请获取的信息", "所需信息内容描述", "申请内容摘要"),
    "outcome": ("办理结果", "处理结果", "答复结果", "答复类型", "办理情况", "答复情况", "办理结果类型"),
    "answered": ("答复日期", "办结日期", "答复时间", "办结时间", "回复日期"),
    "extended": ("延期", "是否延期", "延期答复", "是否延期答复"),
    "carried": ("上年结转", "是否上年结转", "结转", "是否结转"),
    "notes": ("备注", "说明"),
    "supplement_asked": ("补正告知日期", "告知补正日期", "补正告知时间", "补正通知日期", "发出补正通知日期",
                         "要求补正日期", "通知补正日期", "补正告知书日期", "补正告知书送达日期"),
    "supplemented": ("补正后收到日期", "补正日期", "收到补正日期", "补正收到日期", "补正后收到时间", "补正时间",
                     "收到补正材料日期", "补正材料收到日期", "补正申请收到日期", "收到补正申请日期", "补正后收到"),
    "consult_start": ("征求意见日期", "征求意见时间", "征求第三方意见日期", "征求意见开始日期", "发出征求意见日期",
                      "征求意见发出日期", "书面征求意见日期", "征求第三方意见时间"),
    "consult_end": ("收到意见日期", "收到意见时间", "收到第三方意见日期", "第三方答复日期", "第三方回复日期",
                    "意见反馈日期", "收到反馈意见日期", "征求意见答复日期", "征求意见回复日期", "收到回复意见日期"),
}
"""Column names registers use, by the field they fill (``index`` is 序号, the running number).

A bare 征求意见 or 补正 is not among them: registers use such a column for 是/否 or a remark, and
reading it as a date would only fill the notes with cells that are not dates."""
_BY_WORD = {word: key for key, words in HEADERS.items() for word in words}

FOOTER = re.compile(r"(合\s*计|总\s*计|小\s*计|填表人|制表人|填报人|审核人|负责人|制表|填表|审核|填表说明|填报说明|说明|注)"
                    r"[:：\s]|(合\s*计|总\s*计|小\s*计)$")
"""A row of totals, signatures or notes under the register (合  计 spaced out to fill the cell): not a request."""

TRUE = frozenset({"是", "√", "\u2713", "\u2714", "y", "yes", "true", "1", "有", "已延期", "已结转"})
FALSE = frozenset({"否", "×", "\u2717", "\u2718", "n", "no", "false", "0", "无", "未延期", "不延期", "未结转", "-", "—", "/"})
_TIME = re.compile(r"\s*(\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)$")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
EXCEL_EPOCH = _dt.date(1899, 12, 30)
FIRST_YEAR, LAST_YEAR = 1990, 2200


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a trailing .0, an Excel date as its ISO date, controls gone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return clean_text(str(value)).strip()


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def limit(value: str) -> str:
    return value[:MAX_FIELD_CHARS]


def header_field(name: str) -> Optional[str]:
    """The field a column name stands for (序号 → ``index``), or None for a column not read.

    Only whole names count, after spaces, punctuation and bracketed notes are dropped (收到日期
    （必填） is 收到日期): "申请人证件号码" must not be read as 申请人."""
    words = re.sub(r"\([^()]*\)", "", unicodedata.normalize("NFKC", name))
    words = "".join(ch for ch in words if unicodedata.category(ch)[0] not in "PSZC")
    return _BY_WORD.get(words)


def _in_range(day: _dt.date) -> Optional[str]:
    return day.isoformat() if FIRST_YEAR <= day.year <= LAST_YEAR else None


def cell_date(value: Any) -> Optional[str]:
    """The ISO date a cell holds, or None when it holds no date a register would write."""
    if isinstance(value, _dt.datetime):
        return _in_range(value.date())
    if isinstance(value, _dt.date):
        return _in_range(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != int(value) or not 1 <= value < 200_000:
            return None  # an Excel serial day in a cell formatted as General
        return _in_range(EXCEL_EPOCH + _dt.timedelta(days=int(value)))
    written = _TIME.sub("", cell_text(value))
    m = _COMPACT.fullmatch(written)
    if m:
        written = f"{m[1]}-{m[2]}-{m[3]}"
    iso = parse_date(written)
    return iso or None


def cell_flag(value: Any, name: str) -> Optional[bool]:
    """是/否 of a 延期 or 上年结转 cell; the column's own name (延期) also means 是."""
    if isinstance(value, bool):
        return value
    word = unicodedata.normalize("NFKC", cell_text(value)).strip().lower()
    if word in TRUE or word == name or (name == "延期" and word.startswith(("延期", "已延期"))):
        return True
    if word in FALSE or word in ("不" + name, "未" + name):
        return False
    return None


def column_letter(index: int) -> str:
    """The letter Excel shows for the 0-based column ``index`` (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- the sheet -----------------------------------------------------------------------------------

MAX_NOTES = 200
"""Notes an import lists one by one."""


class LedgerImportError(Exception):
    """A file that cannot be read as a ledger; the message is the Chinese text to show the clerk."""


@dataclass
class LedgerImport:
    """What an import read: the requests, and notes naming every cell or column not read."""

    requests: list[Request] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    personal: bool = False
    """The file had a name or contact column (those fields were read)."""
    _noted: set[str] = field(default_factory=set, repr=False, compare=False)
    more: int = 0
    """Notes beyond ``MAX_NOTES``, counted in the last note instead of listed."""

    def note(self, text: str) -> None:
        """Add ``text`` once (a register of 20,000 rows may repeat a note per row: a set, not a
        scan). Past ``MAX_NOTES`` the rest are only counted: a clerk reads a list of a couple of
        hundred cells to fix, not 20,000 (every cell not read is still left empty)."""
        if text in self._noted:
            return
        self._noted.add(text)
        if len(self.notes) < MAX_NOTES:
            self.notes.append(text)
            return
        self.more += 1
        summary = f"另有 {self.more} 处未能读取，未逐条列出（各处均已留空），请对照原表检查"
        if self.more == 1:
            self.notes.append(summary)
        else:
            self.notes[-1] = summary


Heading = tuple[int, Optional[str], str]
"""A column of a header row: its index, the field it names (None: not a ledger column), its text."""


def _headings(values: tuple[Any, ...], above: tuple[Any, ...]) -> list[Heading]:
    texts = [cell_text(v) or (cell_text(above[i]) if i < len(above) else "") for i, v in enumerate(values)]
    return [(i, header_field(t), t) for i, t in enumerate(texts) if t]


def _keys(heads: list[Heading]) -> set[str]:
    return {k for _, k, _ in heads if k}


class SheetReader:
    """Reads one sheet of a workbook, when it has a header row; ``result`` is what it read."""

    def __init__(self, form: Form, deadline: Optional[float] = None, before: int = 0) -> None:
        self.form = form
        self.labels = labels(form)
        self.result = LedgerImport()
        self.deadline = time.monotonic() + MAX_SECONDS if deadline is None else deadline
        self.before = before
        """Requests read from the workbook's sheets before this one (``MAX_REQUESTS`` is for the file)."""
        self.cols: list[tuple[int, str, str]] = []
        """(column index, field, the header as the file writes it) of each column read."""
        self.index_cols: set[int] = set()
        """The 序号 column: a row with nothing else is a line numbered in advance, not a request."""
        self.named: set[int] = set()
        """Columns with a name in the header row (read or noted), and unnamed ones already noted."""
        self.typed: dict[int, frozenset[str]] = {}
        """Columns named by an applicant type, and the types each names."""
        self.ws: Any = None
        self.layout = Layout()
        self.groups = RowGroups(self.layout, set(), set(), set())
        self.pending: Optional[Group] = None
        """The request being read: a further row may still belong to it (``core.ledger.row_groups``)."""
        self.hidden: list[int] = []
        """Rows hidden in Excel that were read into requests."""

    def read_sheet(self, ws: Any) -> bool:
        """Read ``ws`` when its first rows hold a header row; False (nothing read) otherwise.

        A header under a merged group heading (申请人信息 over 姓名 | 联系方式) is the row below the
        first one that looks like a header: that row, read with the cells merged down from above,
        names more columns than the first."""
        above: tuple[Any, ...] = ()
        found: Optional[tuple[int, list[Heading]]] = None
        self.ws = ws
        for n, row in enumerate(ws.iter_rows(max_col=MAX_COLS, values_only=True), 1):
            if n % 500 == 0 and time.monotonic() > self.deadline:
                raise LedgerImportError(f"读取“{NAME}”超过 {int(MAX_SECONDS)} 秒仍未完成，已停止；文件可能已损坏或内容异常")
            values = tuple(row)
            if self.cols or found:
                if found:
                    better = with_types(self.labels, _headings(values, above))
                    if _keys(better) > _keys(found[1]):
                        found, above = (n, better), values
                        continue
                    self._use(*found)
                    found = None
                self._data_row(n, values)
                if n == self.layout.last_row:
                    break
            elif n > HEADER_SCAN_ROWS:
                return False
            else:
                heads = with_types(self.labels, _headings(values, above))
                keys = _keys(heads)
                if len(keys) >= 3 and keys & {"received", "subject", "outcome"}:
                    found = (n, heads)
                above = values
        if found:
            self._use(*found)
        self._flush()
        if self.hidden:
            self.result.note(hidden_note(self.hidden))
        return bool(self.cols)

    def _use(self, n: int, heads: list[Heading]) -> None:
        """Take row ``n`` as the header row: the columns to read, notes for those not read."""
        keys = _keys(heads)
        seen: dict[str, str] = {}
        for i, key, text in heads:
            self.named.add(i)
            if key is None:
                self.result.note(f"第{n}行的“{text}”列不是台账的列，未读取")
            elif key in seen and key not in ("contact", TYPED):
                self.result.note(f"第{n}行的“{text}”列与“{seen[key]}”列都是{FIELD_NAMES.get(key, '序号')}，只读取了“{seen[key]}”列")
            else:
                seen.setdefault(key, text)
                self.cols.append((i, key, text))
        self.index_cols = {i for i, k, _ in self.cols if k == INDEX}
        if "number" not in keys and INDEX in keys:
            self.cols = [(i, "number" if k == INDEX else k, t) for i, k, t in self.cols]
            self.result.note("没有“编号”列，以“序号”列作为编号")
        self.typed = column_types(self.labels, ((i, t) for i, k, t in self.cols if k == TYPED))
        for key in ("received", "applicant", "outcome", "answered"):
            if key not in keys and not (key == "applicant" and self.typed):
                self.result.note(f"没有找到“{FIELD_NAMES[key]}”列，各条申请的{FIELD_NAMES[key]}留空")
        self.result.personal = bool(keys & set(PERSONAL))
        self.layout = sheet_layout(self.ws)  # only for a sheet that is a register: it reads the whole sheet
        self.groups = RowGroups(self.layout, {i for i, _, _ in self.cols},
                                {i for i, k, _ in self.cols if k in KEYS}, self.index_cols)

    def _data_row(self, n: int, values: tuple[Any, ...]) -> None:
        row = self.groups.row(n, values)
        first = next((cell_text(v) for v in values if not is_blank(v)), "")
        below = self.groups.heading_until
        if self.groups.heading(row, values, HEADING_SPAN):
            if n > below:
                self.result.note(f"第{n}行“{first[:20]}”不是申请记录，未读取")
            return
        if self.groups.bare(row):
            return  # blank, numbered in advance (序号 only), or the lower rows of merged cells alone
        further = self.groups.continues(row, self.pending)  # a line of the request above, whatever it says
        if not further and FOOTER.match(first):
            self.result.note(f"第{n}行“{first[:20]}”不是申请记录，未读取")
            return
        for i, v in enumerate(values):
            if i not in self.named and not is_blank(v):
                self.named.add(i)  # noted once
                self.result.note(f"第{column_letter(i)}列没有可识别的列名，其中的内容（如第{n}行）未读取")
        if further and self.pending:
            self.pending.rows.append(row)
            return
        for text in self.groups.doubts(row, {i: text for i, _, text in self.cols}):
            self.result.note(text)
        self._flush()
        self.pending = Group([row])

    def _flush(self) -> None:
        """The request of the rows read since the last one began: the first row's cells, merged
        values included, and the own cells of the rows that continue it."""
        group, self.pending = self.pending, None
        if group is None:
            return
        if self.before + len(self.result.requests) >= MAX_REQUESTS:
            raise LedgerImportError(f"台账超过 {MAX_REQUESTS} 条申请记录，不像是一个机关一年的台账，未导入")
        self.hidden += [r.n for r in group.rows if r.n in self.layout.hidden_rows]
        fields: dict[str, Any] = {}
        typed = [(text, self.typed[i], raw) for i, key, text in self.cols if key == TYPED for _, raw in group.cells(i)]
        first = group.rows[0]
        for i, key, text in self.cols:
            if key in (INDEX, TYPED):
                continue
            if len(group.rows) == 1:  # most requests: one row, no joining
                raw = first.values.get(i)
                value = None if is_blank(raw) else self._cell(first.n, key, text, raw)
            else:
                read = [(raw, self._cell(n, key, text, raw)) for n, raw in group.cells(i)]
                value, problem = join(key, f"{rows_text(group.first, group.last)}“{text}”",
                                      [(raw, v) for raw, v in read if v is not None], cell_text)
                if problem:
                    self.result.note(problem)
            if value is not None:
                if key == "contact" and fields.get("contact"):
                    value = f"{fields['contact']}；{value}"
                fields[key] = value
        if typed:
            self.result.personal |= read_typed(typed, fields, rows_text(group.first, group.last), cell_flag, cell_text,
                                               applicant_choices(self.form), self.result.note)
        self.result.requests.append(Request(**fields))

    def _cell(self, n: int, key: str, head: str, raw: Any) -> Any:
        """The field's value of one cell, or None with a note saying why it was not read."""
        where = f"第{n}行“{head}”"
        shown = cell_text(raw)[:30]
        if key in DATES:
            day = cell_date(raw)
            if day is None:
                self.result.note(f"{where}为“{shown}”，不是日期，未读取")
            return day
        if key in ("extended", "carried"):
            flag = cell_flag(raw, FIELD_NAMES[key])
            if flag is None:
                self.result.note(f"{where}为“{shown}”，应填“是”或“否”，未读取")
            return flag
        text = cell_text(raw)
        if key in ("outcome", "applicant"):
            found = (self.labels.outcome_candidates if key == "outcome" else self.labels.applicant_candidates)(text)
            if len(found) == 1:
                return next(iter(found))
            if len(found) > 1:
                choices = outcome_choices(self.form) if key == "outcome" else applicant_choices(self.form)
                names = [label for x, label in choices if x in found]
                said = "、".join(f"“{x}”" for x in names[:3]) + (f"等 {len(names)} 项" if len(names) > 3 else "")
                self.result.note(f"{where}为“{shown}”，可能是{said}中的任一项，请写明具体情形，未读取")
            elif key == "outcome":
                self.result.note(f"{where}为“{shown}”，无法对应表三的行，未读取")
            else:
                self.result.note(f"{where}为“{shown}”，无法对应表三的申请人类型，未读取")
            return None
        cut = limit(text)
        if cut != text:
            self.result.note(f"{where}超过 {len(cut)} 字，只读取了前 {len(cut)} 字")
        return cut
