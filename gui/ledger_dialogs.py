"""The ledger page's editors and file dialogs, and the 表三 switch "由台账生成表三".

``LedgerDelegate`` picks each column's editor (a list of the form's labels for 申请人类型 and 办理结果,
the usual channels for 申请方式, a line for the rest); what a value means is decided by the model and
the core. ``LedgerFiles`` asks the clerk for files and hands the work to ``core.ledger``: an import
becomes one ``ReplaceLedger`` (undoable), exports and prints are written with ``core.atomic``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core import atomic
from core.commands import Command
from core.ledger import checks
from core.ledger.commands import ReplaceLedger, SetLedgerMode
from core.ledger.derive import tally
from core.ledger.model import CHANNELS, DATES
from core.report import Report
from core.safe_io import path_problem
from core.session import Executed
from gui.ledger_model import CHOICES, KEY_ROLE, LedgerModel

AnyIndex = QModelIndex | QPersistentModelIndex
Execute = Callable[[Command], Optional[str]]
UNSET = "（未填）"


class LedgerDelegate(QStyledItemDelegate):
    def __init__(self, model: LedgerModel, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.ledger = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        key = index.data(KEY_ROLE)
        if key in CHOICES:
            combo = QComboBox(parent)
            combo.addItem(UNSET, "")
            choices = self.ledger.applicants if key == "applicant" else self.ledger.outcomes
            for value, label in choices.items():
                combo.addItem(label, value)
            view = combo.view()
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
            combo.activated.connect(lambda _i: self._chosen(combo))
            return combo
        if key == "channel":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(list(CHANNELS))
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if key in DATES:
            editor.setPlaceholderText("2025-01-05")
        return editor

    def _chosen(self, combo: QComboBox) -> None:
        """A choice made in the list is written at once (not only when the editor loses focus)."""
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox) and not editor.isEditable():
            at = editor.findData(value)
            editor.setCurrentIndex(at if at >= 0 else 0)
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox) and not editor.isEditable():
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class LedgerToggle(QWidget):
    """表三's switch: counted from the ledger (``SetLedgerMode(True)``) or typed by hand."""

    open_ledger = Signal()
    message = Signal(str)

    def __init__(self, report: Report, execute: Execute, button: str = "打开申请台账",
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.report = report
        self.execute = execute
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.box = QCheckBox("由台账生成表三(&L)")
        self.box.setToolTip("勾选后，表三按“申请台账”中登记的每件申请自动统计，不能手工填写；取消勾选则改为手工填写")
        self.box.setChecked(report.ledger.derive)
        self.box.clicked.connect(self._clicked)
        layout.addWidget(self.box)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.button = QPushButton(button)
        self.button.clicked.connect(lambda: self.open_ledger.emit())
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.sync()

    def sync(self, _executed: Optional[Executed] = None) -> None:
        self.box.setChecked(self.report.ledger.derive)
        self.count.setText(f"（台账共 {len(self.report.ledger.requests)} 件）")

    def _clicked(self, on: bool) -> None:
        if on and not self._confirm_overwrite():
            self.sync()
            return
        problem = self.execute(SetLedgerMode(on))
        if problem:
            self.message.emit(problem)
        self.sync()

    def _confirm_overwrite(self) -> bool:
        """Entering ledger mode replaces 表三's numbers: ask when that changes a number already there."""
        report = self.report
        counted = tally(report.ledger, report.form, report.year).values()
        if all(report.cells.get(a) in (None, 0, n) for a, n in counted.items()):
            return True
        answer = QMessageBox.question(
            self, "由台账生成表三", f"表三现有的数字将被台账（{len(report.ledger.requests)} 件）的统计结果替换，可以撤销。继续吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class NotesDialog(QDialog):
    """What an import could not read, cell by cell, in a box the clerk can scroll and copy."""

    def __init__(self, title: str, summary: str, notes: list[str], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        head = QLabel(summary)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.text = QPlainTextEdit("\n".join(notes))
        self.text.setReadOnly(True)
        self.text.setVisible(bool(notes))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 360 if notes else self.sizeHint().height())


class LedgerFiles:
    """导入台账… / 导出台账… / 打印台账…, for the page ``parent``."""

    def __init__(self, parent: QWidget, report: Callable[[], Report], execute: Execute,
                 say: Callable[[str], None]) -> None:
        self.parent = parent
        self.report = report
        self.execute = execute
        self.say = say
        self.folder = str(Path.home())
        self.last_notes: Optional[NotesDialog] = None

    def _name(self, suffix: str) -> str:
        r = self.report()
        return str(Path(self.folder) / f"{r.organ or '本机关'}{r.year}年申请台账{suffix}")

    def import_ledger(self, path: str = "") -> Optional[str]:
        """Read a workbook and replace the ledger with it (one undo step); None when cancelled."""
        from core.ledger.xlsx_io import MAX_BYTES, LedgerImportError, import_xlsx

        if not path:
            path, _ = QFileDialog.getOpenFileName(self.parent, "导入申请台账", self.folder, "Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)")
            if not path:
                return None
        target = Path(path)
        self.folder = str(target.parent)
        problem = path_problem(target)
        if not problem and target.stat().st_size > MAX_BYTES:
            problem = f"文件超过 {MAX_BYTES // 1024 // 1024} MB，不像是一份申请台账，未导入"
        if not problem:
            try:
                read = import_xlsx(target.read_bytes(), self.report().form)
            except LedgerImportError as e:
                problem = str(e)
            except OSError as e:
                problem = f"无法读取文件“{target.name}”：{atomic.reason(e)}"
        if problem:
            QMessageBox.warning(self.parent, "导入申请台账", problem)
            return problem
        now = len(self.report().ledger.requests)
        if now and QMessageBox.question(
                self.parent, "导入申请台账", f"导入将用文件中的 {len(read.requests)} 件申请替换现有台账的 {now} 件（可以撤销）。继续吗？",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return None
        refused = self.execute(ReplaceLedger(tuple(read.requests)))
        if refused:
            QMessageBox.warning(self.parent, "导入申请台账", refused)
            return refused
        summary = f"已从“{target.name}”导入 {len(read.requests)} 件申请。"
        if read.notes:
            summary += f"以下 {len(read.notes)} 处未能读取，请在台账中补全："
        self.say(summary)
        self.last_notes = NotesDialog("导入申请台账", summary, read.notes, self.parent)
        self.last_notes.open()
        return ""

    def export_ledger(self, path: str = "", personal: Optional[bool] = None) -> Optional[str]:
        """Write the ledger as .xlsx; asks whether names and contacts go too (default: no)."""
        from core.ledger.xlsx_io import export_xlsx

        if personal is None:
            personal = QMessageBox.question(
                self.parent, "导出申请台账", "导出的文件中包含申请人姓名和联系方式吗？\n\n这些是个人信息，"
                "只在本机关留存时才需要；发送给他人时请选“否”。",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        if not path:
            path, _ = QFileDialog.getSaveFileName(self.parent, "导出申请台账", self._name(".xlsx"), "Excel 工作簿 (*.xlsx)")
            if not path:
                return None
        r = self.report()
        return self._write(path, ".xlsx", lambda: export_xlsx(r.ledger, r.form, r.organ, r.year, personal), "导出")

    def print_ledger(self, path: str = "") -> Optional[str]:
        """The ledger as a PDF for printing and filing (never with names or contacts)."""
        from core.ledger.print_pdf import ledger_pdf

        if not path:
            path, _ = QFileDialog.getSaveFileName(self.parent, "打印台账（保存为 PDF）", self._name(".pdf"), "PDF 文件 (*.pdf)")
            if not path:
                return None
        r = self.report()
        return self._write(path, ".pdf", lambda: ledger_pdf(r.ledger, r.form, r.organ, r.year, checks.today()), "保存")

    def _write(self, path: str, suffix: str, make: Callable[[], bytes], verb: str) -> str:
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.folder = str(target.parent)
        problem = atomic.name_problem(target)
        if not problem:
            try:
                atomic.write_file(target, make())
            except OSError as e:
                problem = atomic.reason(e)
            except RuntimeError as e:  # no font to embed: the message says what to do
                problem = str(e)
        if problem:
            QMessageBox.warning(self.parent, f"{verb}申请台账", f"未能{verb}“{target.name}”：{problem}")
            return problem
        self.say(f"申请台账已{verb}到 {target}")
        return ""
