"""The findings dock: every finding of the report, grouped by section and severity.

Double-click (or Enter) jumps to the section and selects the cell; a warning can be accepted with
a written explanation (``AcceptWarning`` through the document, so it is undoable and saved in the
report) and then shows as accepted. The list follows ``Session.findings`` after each edit: items
whose finding only changed its wording are updated in place, otherwise the tree is rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.commands import AcceptWarning, Command
from core.findings import ERROR, INFO, SEVERITY_NAMES, WARNING, Finding
from core.forms import Form
from core.section_rules import unread_rules
from gui import palette
from gui.ledger_model import LEDGER_PAGE, PAGE_TITLE, finding_row

Execute = Callable[[Command], Optional[str]]
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
GENERAL = ""


def locate(form: Form, finding: Finding) -> tuple[str, str]:
    """(section id, first cell address) a finding is about; section "" when it is about the whole.

    A finding names its cells; one without cells (an empty table, a missing section) names its
    table or section after the "@" of its key. A finding about a sentence (it has a span) belongs to
    the section that sentence is in, though it names the cells it compares with.
    """
    row = finding_row(finding)
    if row is not None:  # a request of the ledger: its row on the ledger page
        return LEDGER_PAGE, f"ledger/{row}"
    if finding.span is not None:
        key = finding.span[0]
        return (GENERAL if key == "preamble" else key.split(".", 1)[0]), ""
    if finding.cells:
        address = finding.cells[0]
        info = form.cells.get(address)
        return (info.table.section if info else GENERAL), address
    if form.ledger is not None and any(r.id == finding.rule and r.kind == "ledger" for r in form.rules):
        return LEDGER_PAGE, ""  # about the whole register (a year's holidays not on file)
    where = finding.key.split("@", 1)[1] if "@" in finding.key else ""
    where = where.split("/", 1)[0].removeprefix("text:")
    tables = {t.id: t for t in form.tables}
    if where in tables:
        table = tables[where]
        first = next(iter(table.addresses(include_legacy=False)), "")
        return table.section, first
    section = where.split(".", 1)[0]
    if any(s.id == section for s in form.sections):
        return section, ""
    return GENERAL, ""


def badge_counts(form: Form, findings: Iterable[Finding]) -> dict[str, tuple[int, int]]:
    """Per section: (open errors, open warnings). Accepted warnings no longer count."""
    out: dict[str, list[int]] = {}
    for f in findings:
        if f.accepted is not None or f.severity == INFO:
            continue
        section, _ = locate(form, f)
        slot = out.setdefault(section, [0, 0])
        slot[0 if f.severity == ERROR else 1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


class FindingsPanel(QWidget):
    jump = Signal(str, str)
    """Section id and cell address to show."""
    jump_text = Signal(str, int, int)
    """(text place, start, end): a finding about a sentence jumps to the sentence."""

    def __init__(self, form: Form, execute: Execute, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.form = form
        self._unread_rules = unread_rules(form)
        """Worked out once: the summary counts their findings after every edit."""
        self.execute = execute
        self.findings: dict[str, Finding] = {}
        self._shown: list[Finding] = []
        """The findings the tree shows, in the order given; ``_items`` holds their items."""
        self._items: list[QTreeWidgetItem] = []
        self._shape: Optional[list[tuple[str, str, str]]] = None
        """(key, section, severity) of each shown finding: what the tree's grouping depends on."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("background: #fff8e1; padding: 4px;")
        # Import notes can run to many lines: they scroll in a box of at most four lines, so the
        # dock (and the window) still fit a small screen.
        self.notes_box = QScrollArea()
        self.notes_box.setWidget(self.notes)
        self.notes_box.setWidgetResizable(True)
        self.notes_box.setStyleSheet("QScrollArea { border: 1px solid #e0c060; }")
        line = self.fontMetrics().lineSpacing()
        self.notes_box.setMinimumHeight(line * 2 + 12)
        self.notes_box.setMaximumHeight(line * 4 + 16)
        self.notes_box.hide()
        layout.addWidget(self.notes_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName("检查结果")
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.tree.itemActivated.connect(self._activated)  # Enter (and double-click on most styles)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.go_button = QPushButton("转到(&G)")
        self.accept_button = QPushButton("接受提示(&A)…")
        self.withdraw_button = QPushButton("撤销接受(&W)")
        for b in (self.go_button, self.accept_button, self.withdraw_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.go_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        # clicked(bool) would hand its checked flag to the optional argument: connect without it.
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.withdraw_button.clicked.connect(lambda: self.withdraw_current())
        self._update_buttons()

    def set_notes(self, notes: Iterable[str]) -> None:
        """What import or rollover wants the clerk to know (no base for a cell, a file not found…)."""
        lines = [n for n in notes if n]
        self.notes.setText("\n".join("• " + n for n in lines))
        self.notes_box.setVisible(bool(lines))

    def section_name(self, section: str) -> str:
        if section == GENERAL:
            return "全文"
        if section == LEDGER_PAGE:
            return PAGE_TITLE
        return next((s.heading for s in self.form.sections if s.id == section), section)

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Show ``findings``, keeping the selected finding selected.

        After most edits the same findings stand in the same places and only a message changed (a
        difference that counts the typed number): those items are updated where they are; the
        tree is rebuilt only when a finding came, went or moved (rebuilding it on every Enter was
        a tenth of the time to the repainted total)."""
        findings = list(findings)
        if findings != self._shown:
            shape = [(f.key, locate(self.form, f)[0], f.severity) for f in findings]
            if shape == self._shape:
                # Laid out and painted on the next pass of the event loop, as a rebuilt tree is:
                # the table's repainted total comes first, and the items' heights are measured
                # once rather than item by item.
                self.tree.scheduleDelayedItemsLayout()
                for i, (old, f) in enumerate(zip(self._shown, findings, strict=True)):
                    if old != f:
                        self._fill(self._items[i], f)
                self.findings = {f.key: f for f in findings}
            else:
                self._rebuild(findings, [section for _, section, _ in shape])
            self._shape = shape
            self._shown = findings
        errors = sum(1 for f in findings if f.severity == ERROR)
        warnings = sum(1 for f in findings if f.severity == WARNING and f.accepted is None)
        accepted = sum(1 for f in findings if f.accepted is not None)
        unread = sum(1 for f in findings if f.rule in self._unread_rules)
        self.summary.setText(f"错误 {errors} 项（须改正后才能定稿导出）· 待说明的提示 {warnings} 项"
                             + (f" · 已说明 {accepted} 项" if accepted else "")
                             + (f" · 未从来源文件读取的部分 {unread} 处（补写后才能定稿导出）" if unread else ""))
        self._update_buttons()

    def _rebuild(self, findings: list[Finding], sections: list[str]) -> None:
        current = self.current_finding()
        self.findings = {f.key: f for f in findings}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        groups: dict[str, dict[str, list[tuple[int, Finding]]]] = {}
        for i, f in enumerate(findings):
            groups.setdefault(sections[i], {}).setdefault(f.severity, []).append((i, f))
        order = [s.id for s in self.form.sections] + [GENERAL]
        if self.form.ledger is not None:  # the ledger after the section of 表三, as in the navigator
            order.insert(order.index(self.form.table(self.form.ledger.table).section) + 1, LEDGER_PAGE)
        keep: Optional[QTreeWidgetItem] = None
        for section in sorted(groups, key=lambda s: order.index(s) if s in order else 99):
            by_sev = groups[section]
            total = sum(len(v) for v in by_sev.values())
            top = QTreeWidgetItem([f"{self.section_name(section)}（{total}）"])
            self.tree.addTopLevelItem(top)
            for sev in (ERROR, WARNING, INFO):
                for i, f in by_sev.get(sev, ()):
                    item = items[i] = self._item(f)
                    top.addChild(item)
                    if current is not None and f.key == current.key:
                        keep = item
            top.setExpanded(True)
        self._items = [items[i] for i in range(len(findings))]
        if keep is not None:
            self.tree.setCurrentItem(keep)

    def _item(self, f: Finding) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        self._fill(item, f)
        return item

    @staticmethod
    def _fill(item: QTreeWidgetItem, f: Finding) -> None:
        state = "已说明" if f.accepted is not None else SEVERITY_NAMES.get(f.severity, f.severity)
        item.setText(0, f"【{state}】{f.message}")
        colour = palette.ACCEPTED_COLOR if f.accepted is not None else palette.SEVERITY_COLOR.get(f.severity)
        if colour is not None:
            item.setForeground(0, QBrush(colour.darker(130)))
        else:
            item.setData(0, Qt.ItemDataRole.ForegroundRole, None)
        tip = [f.message, "依据：" + f.basis] if f.basis else [f.message]
        if f.accepted is not None:
            tip.append("说明：" + f.accepted)
        item.setToolTip(0, "\n".join(tip))
        item.setData(0, KEY_ROLE, f.key)

    def current_finding(self) -> Optional[Finding]:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return self.findings.get(key) if key else None

    def _update_buttons(self) -> None:
        f = self.current_finding()
        self.go_button.setEnabled(f is not None)
        self.accept_button.setEnabled(f is not None and f.severity == WARNING and f.accepted is None)
        self.withdraw_button.setEnabled(f is not None and f.accepted is not None)

    def _activated(self, item: Optional[QTreeWidgetItem], _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        f = self.findings.get(key) if key else None
        if f is None:
            return
        if f.span is not None:
            self.jump_text.emit(*f.span)
            return
        section, address = locate(self.form, f)
        self.jump.emit(section, address)

    def accept_current(self, explanation: Optional[str] = None) -> Optional[str]:
        """Accept the selected warning; asks for the explanation (``AcceptDialog``) unless given."""
        f = self.current_finding()
        if f is None or f.severity != WARNING:
            return "请先选中一条提示"
        if explanation is None:
            dialog = AcceptDialog(f, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            explanation = dialog.explanation()
        problem = self.execute(AcceptWarning(f.key, explanation, f.message))
        if problem:
            self.summary.setText(problem)
        return problem

    def withdraw_current(self) -> Optional[str]:
        f = self.current_finding()
        if f is None or f.accepted is None:
            return None
        return self.execute(AcceptWarning(f.key, None, f.message))


class AcceptDialog(QDialog):
    """接受提示: the warning, its basis, and a box for the reason the county will read (the 差异说明
    annex prints it). 确定 stays disabled until something is written: a warning is never accepted
    without a reason."""

    def __init__(self, finding: Finding, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("接受提示并说明理由")
        layout = QVBoxLayout(self)
        message = QLabel(finding.message + (f"\n依据：{finding.basis}" if finding.basis else ""))
        message.setWordWrap(True)
        layout.addWidget(message)
        prompt = QLabel("理由(&R)（保存在报告中，导出差异说明时供上级审核）：")
        layout.addWidget(prompt)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("例如：本年新增在线申请渠道，申请数量增加")
        self.text.setAccessibleName("理由")
        prompt.setBuddy(self.text)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.explanation())))
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def explanation(self) -> str:
        return self.text.toPlainText().strip()
