"""A Qt table model over the request ledger (``report.ledger.requests``); sorted and filtered by
``gui.ledger_page.LedgerFilter``.

The model keeps no requests of its own: every answer is read from the report, and every edit is an
``EditRequest`` handed to the document (so it is undoable, journaled and re-validated, and in ledger
mode re-counts 表三). Deadlines (``core.ledger.deadlines.days_left``) are computed when a row is
first drawn and kept until the row changes or the model is reset, so 5,000 rows scroll without
counting working days for rows never shown. Rows with a ledger finding are tinted by severity.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.commands import Command
from core.findings import ERROR, INFO, SEVERITY_NAMES, WARNING, Finding, worst
from core.ledger import checks
from core.ledger.commands import EditRequest, SetLedgerMode
from core.ledger.deadlines import count, days_left
from core.ledger.labels import applicant_choices, outcome_choices, parse_applicant, parse_outcome
from core.ledger.model import DATES, FIELD_NAMES, Request, parse_iso
from core.ledger.workdays import Calendar, CalendarError, default_calendar
from core.report import Report, parse_date
from core.session import Executed
from gui import palette

LEDGER_PAGE = "ledger"
"""The navigator's key of the ledger page (it stands after the section holding 表三)."""
PAGE_TITLE = "申请台账"

COLUMNS: tuple[tuple[str, str], ...] = (
    ("index", "序号"), ("number", "编号"), ("received", "收到日期"), ("channel", "申请方式"),
    ("applicant", "申请人类型"), ("name", "申请人"), ("contact", "联系方式"), ("subject", "申请内容"),
    ("outcome", "办理结果"), ("answered", "答复日期"), ("extended", "延期"), ("carried", "上年结转"),
    ("deadline", "剩余工作日/期限"), ("supplement_asked", "补正告知"), ("supplemented", "补正后收到"), ("consult_start", "征求意见"),
    ("consult_end", "收到意见"), ("notes", "备注"))
"""The 补正 and 征求意见 dates stand just after the deadline they move, where the clerk looks when a
request is called overdue; after it rather than before, so the deadline stays in view on a 1366-pixel
screen without scrolling sideways (few requests have these dates)."""
KEYS = tuple(k for k, _ in COLUMNS)
FLAGS = ("extended", "carried")
CHOICES = ("applicant", "outcome")
READ_ONLY = ("index", "deadline")
_BASE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_COLUMN_FLAGS = tuple(_BASE | Qt.ItemFlag.ItemIsUserCheckable if k in FLAGS else _BASE if k in READ_ONLY
                      else _BASE | Qt.ItemFlag.ItemIsEditable for k in KEYS)
"""Each column's flags, worked out once: a repaint asks for them for every visible cell."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole,
                                     Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
                                     Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE, KEY_ROLE))
"""The column's field name (the delegate picks its editor by it)."""

ALL, OPEN, OVERDUE, SOON = "all", "open", "overdue", "soon"
FILTERS = ((ALL, "全部"), (OPEN, "未办结"), (OVERDUE, "逾期"), (SOON, "7日内到期"))
SOON_DAYS = 7
"""“7日内到期”: open requests with 0–7 working days left."""
OVERDUE_COLOR = QColor("#c62828")
ROW_TINT = {ERROR: QColor("#fbe3e3"), WARNING: QColor("#fff2cc"), INFO: QColor("#e3f0fc")}
_LAST = 10 ** 6  # sort key of a deadline that is not counted (answered, or no receipt date)

Execute = Callable[[Command], Optional[str]]
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


DATE_TIPS = {
    "supplement_asked": "告知申请人补正之日；收到补正前答复期限不起算（条例第三十条）",
    "supplemented": "申请内容不明确、要求补正的，答复期限自收到补正的申请之日起计算（条例第三十条）",
    "consult_start": "向第三方或其他机关发出征求意见之日；到收到意见之日的工作日不计入答复期限（条例第三十三条第三款）",
    "consult_end": "收到第三方或其他机关意见之日；尚未收到的留空，答复期限暂停计算到今天",
}
"""What the 补正 and 征求意见 dates do to the deadline, shown on their column headers."""


def date_hint(field: str) -> str:
    return f"{FIELD_NAMES[field]}应写作 2025-01-05 或 2025年1月5日"


def finding_row(finding: Finding) -> Optional[int]:
    """The ledger row (1-based) a finding is about: its ``ledger_row``, or a ``ledger/N`` it names."""
    if finding.ledger_row is not None:
        return finding.ledger_row
    for cell in finding.cells:
        head, _, tail = cell.partition("/")
        if head == "ledger" and tail.isdigit():
            return int(tail)
    return None


class LedgerModel(QAbstractTableModel):
    refused = Signal(QModelIndex, str)
    """An edit was refused: the (source) index and the Chinese reason."""

    def __init__(self, report: Report, execute: Execute, findings: Iterable[Finding] = (),
                 today: Optional[_dt.date] = None, calendar: Optional[Calendar] = None,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.report = report
        self.execute = execute
        self.fixed_today = today
        self.today = today or checks.today()
        self.calendar_problem = ""
        if calendar is None:
            try:
                calendar = default_calendar()
            except CalendarError as e:
                calendar, self.calendar_problem = Calendar(), str(e)
        self.calendar = calendar
        form = report.form
        self.applicants = dict(applicant_choices(form))
        self.outcomes = dict(outcome_choices(form))
        self._left: dict[int, Optional[int]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        """Each row's shown texts, made when the row is first painted (a repaint asks every visible
        cell again; scrolling at 5,000 rows must not redo the labels and deadlines each frame)."""
        self._keys: dict[int, list[Any]] = {}
        """Sort keys per column, made when the column is first sorted (sorting asks for each
        row's key many times: 5,000 rows sort in a tenth of the time from a list)."""
        self.marks: dict[int, tuple[str, tuple[str, ...]]] = {}
        """Row (0-based) → (worst severity, messages) of its open findings."""
        self._rows = len(self.requests)
        self.set_findings(findings)

    @property
    def requests(self) -> list[Request]:
        return self.report.ledger.requests

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self, executed: Executed) -> None:
        """Redraw after an edit: one row for an ``EditRequest`` (or its undo), all for anything else."""
        if executed.change.ledger:
            inverse = executed.inverse
            if isinstance(inverse, EditRequest) and self._rows == len(self.requests):
                self._left.pop(inverse.index, None)
                self._texts.pop(inverse.index, None)
                self._keys.clear()
                self.dataChanged.emit(self.index(inverse.index, 0), self.index(inverse.index, len(KEYS) - 1))
            elif not isinstance(inverse, SetLedgerMode):
                self.reset()
        self.set_findings(executed.findings)

    def reset(self) -> None:
        self.beginResetModel()
        self._left.clear()
        self._texts.clear()
        self._keys.clear()
        self.today = self.fixed_today or checks.today()
        self._rows = len(self.requests)
        self.endResetModel()

    def set_findings(self, findings: Iterable[Finding]) -> None:
        found: dict[int, list[Finding]] = {}
        for f in findings:
            row = finding_row(f)
            if row is not None and f.accepted is None:
                found.setdefault(row - 1, []).append(f)
        marks = {r: (worst(f.severity for f in fs), tuple(f.message for f in fs)) for r, fs in found.items()}
        changed = {r for r in marks.keys() | self.marks.keys() if marks.get(r) != self.marks.get(r)}
        self.marks = marks
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
        for r in sorted(changed):
            if r < self._rows:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(KEYS) - 1), roles)

    # -- deadlines ---------------------------------------------------------------------------
    def left(self, row: int) -> Optional[int]:
        """Working days left to answer request ``row`` (negative: overdue); None when not counted."""
        if row not in self._left:
            self._left[row] = days_left(self.requests[row], self.today, self.calendar)
        return self._left[row]

    def accepts(self, row: int, mode: str) -> bool:
        if mode == ALL or row >= len(self.requests):
            return True
        if mode == OPEN:
            return self.requests[row].is_open()
        left = self.left(row)
        if left is None:
            return False
        return left < 0 if mode == OVERDUE else 0 <= left <= SOON_DAYS

    def deadline_text(self, row: int) -> str:
        req = self.requests[row]
        if parse_iso(req.answered) is not None:
            return "已答复"
        left = self.left(row)
        if left is None:
            return ""
        counted = count(req, self.calendar, self.today)
        if counted is not None and counted.awaiting:
            return "等待补正"
        if left < 0:
            return f"逾期{-left}个工作日"
        paused = "暂停·" if counted is not None and counted.ongoing else ""
        return paused + ("今日到期" if left == 0 else f"剩{left}个工作日")

    def _deadline_tip(self, row: int) -> str:
        req = self.requests[row]
        counted = count(req, self.calendar, self.today)
        if counted is None:
            return "没有收到日期（或日期不合理），无法计算答复期限"
        due = counted.due
        what = "延期后的答复期限" if req.extended else "答复期限"
        how = f"{counted.how()}；" if counted.how() else ""
        tip = f"{what}：{due.isoformat()}（{how}按工作日计算，截至 {self.today.isoformat()}）"
        if counted.awaiting:
            tip += "\n已告知补正、尚未收到：期限自收到补正之日起计算，上述日期是今天收到的话的期限；收到后请填写“补正后收到”一栏"
        if counted.ongoing:
            tip += "\n尚未收到意见，期限暂停：今天收到意见的话，答复期限即上述日期；收到后请填写“收到意见”一栏"
        if not self.calendar.known(due.year):
            tip += f"\n{due.year}年节假日安排尚未录入，期限只按周末计算"
        return tip

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(KEYS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section][1]
            if role == Qt.ItemDataRole.ToolTipRole and KEYS[section] in DATES:
                key = KEYS[section]
                return "\n".join(t for t in (DATE_TIPS.get(key, ""), date_hint(key)) if t)
            if role == Qt.ItemDataRole.ToolTipRole and KEYS[section] == "deadline":
                return ("自收到申请之日起20个工作日内答复，延期的再加20个工作日（条例第三十三条）；"
                        "补正的自收到补正之日起计算，征求意见的时间不计入")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _COLUMN_FLAGS[index.column()]

    def text(self, row: int, key: str) -> str:
        """What a cell shows (the form's labels for applicant type and outcome)."""
        req = self.requests[row]
        if key == "index":
            return str(row + 1)
        if key == "deadline":
            return self.deadline_text(row)
        if key in FLAGS:
            return ""
        value: str = getattr(req, key)
        if key == "applicant" and value:
            return self.applicants.get(value, value)
        if key == "outcome" and value:
            return self.outcomes.get(value, value)
        return value

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:       # most of what a repaint asks (font, decoration, size…): nothing
            return None
        row, col = index.row(), index.column()
        if not index.isValid() or row >= len(self.requests):
            return None
        if role == SORT_ROLE:
            return self.sort_keys(col)[row]
        if role == _DISPLAY:
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = tuple(self.text(row, k) for k in KEYS)
            return texts[col]
        key = KEYS[col]
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(self.requests[row], key, None) if key not in READ_ONLY else self.text(row, key)
            return value if isinstance(value, str) else bool(value)
        if role == Qt.ItemDataRole.CheckStateRole and key in FLAGS:
            return Qt.CheckState.Checked if getattr(self.requests[row], key) else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self.marks.get(row)
            return QBrush(ROW_TINT[mark[0]]) if mark and mark[0] in ROW_TINT else None
        if role == Qt.ItemDataRole.ForegroundRole and key == "deadline":
            left = self.left(row)
            return QBrush(OVERDUE_COLOR if left is not None and left < 0 else palette.TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("index", *DATES, *FLAGS, "deadline"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"第{row + 1}条 {dict(COLUMNS)[key]} {self.text(row, key)}"
        return None

    def sort_keys(self, col: int) -> list[Any]:
        keys = self._keys.get(col)
        if keys is None:
            keys = self._keys[col] = [self._sort_key(r, KEYS[col]) for r in range(len(self.requests))]
        return keys

    def _sort_key(self, row: int, key: str) -> Any:
        if key == "index":
            return row
        if key == "deadline":
            left = self.left(row)
            return left if left is not None else _LAST + (0 if parse_iso(self.requests[row].answered) else 1)
        if key in FLAGS:
            return int(bool(getattr(self.requests[row], key)))
        return self.text(row, key)

    def _tooltip(self, row: int, key: str) -> str:
        lines = []
        if key == "deadline":
            lines.append(self._deadline_tip(row))
        elif key in ("subject", "outcome", "notes", "contact", "number") and len(self.text(row, key)) > 8:
            lines.append(self.text(row, key))
        mark = self.marks.get(row)
        if mark:
            lines.append(f"【{SEVERITY_NAMES.get(mark[0], mark[0])}】")
            lines.extend("• " + m for m in mark[1])
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed or chosen value → ``EditRequest`` through the document; bad input is refused."""
        if not index.isValid() or index.row() >= len(self.requests):
            return False
        row, key = index.row(), KEYS[index.column()]
        old = self.requests[row]
        if key in FLAGS and role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if isinstance(value, Qt.CheckState) else value
            new_value: object = state == Qt.CheckState.Checked.value
        elif key not in FLAGS and key not in READ_ONLY and role == Qt.ItemDataRole.EditRole:
            parsed = self._parse(key, "" if value is None else str(value))
            if parsed is None:
                return False
            if isinstance(parsed, tuple):
                self.refused.emit(self.index(row, index.column()), parsed[0])
                return False
            new_value = parsed
        else:
            return False
        if getattr(old, key) == new_value:
            return True
        problem = self.execute(EditRequest(row, old.with_(**{key: new_value})))
        if problem:
            self.refused.emit(self.index(row, index.column()), problem)
            return False
        return True

    def _parse(self, key: str, text: str) -> str | tuple[str] | None:
        """The stored form of ``text`` for column ``key``, or (the reason,) when it cannot be."""
        text = text.strip()
        if key in DATES:
            iso = parse_date(text)
            return iso if iso is not None else (f"“{text[:20]}”不是有效日期，{date_hint(key)}",)
        if key in CHOICES and text:
            choices = self.applicants if key == "applicant" else self.outcomes
            if text in choices:
                return text
            by_label = {label: k for k, label in choices.items()}
            found = by_label.get(text) or (parse_applicant if key == "applicant" else parse_outcome)(text, self.report.form)
            if found is None:
                return (f"“{text[:20]}”不是表三的{FIELD_NAMES[key]}，请从列表中选择",)
            return found
        return text

