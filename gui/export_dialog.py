"""导出 dialog: formats, folder, file name (default ``<organ><year>年政府信息公开工作年度报告``)
and whether to export a draft; afterwards it offers to open the file or its folder.

The export gate is the core's: with errors in the report the final export is not offered, the
errors are listed, and only a draft (marked 草稿 on every page) can be exported. A final export
with prose carried from last year unrevised asks to be confirmed first.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.atomic import name_problem
from core.exporters import (
    FORMAT_NAMES,
    FORMATS,
    ExportError,
    carried_place,
    carried_unrevised,
    default_name,
    export,
    personal_data,
)
from core.exporters.pdf import unprintable
from core.section_rules import blockers_text, export_blockers
from core.session import Session

FOLDER_KEY = "export/folder"
FORMATS_KEY = "export/formats"


class ExportDialog(QDialog):
    """Export the session's report; ``exported`` lists the files written."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None,
                 settings: Optional[QSettings] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("导出")
        self.session = session
        self.settings = settings
        self.exported: list[Path] = []
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        """How a file or folder is opened (replaced in tests, which must not launch other programs)."""
        self.done_box: Optional[QMessageBox] = None
        self.confirm_box: Optional[QMessageBox] = None
        self.errors = export_blockers(session.report, session.findings)

        chosen = self._setting(FORMATS_KEY, "docx,pdf").split(",")
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QGroupBox("格式")
        row = QHBoxLayout(formats)
        for fmt in FORMATS:
            box = QCheckBox(FORMAT_NAMES[fmt])
            box.setChecked(fmt in chosen)
            box.toggled.connect(self._update)
            row.addWidget(box)
            self.format_boxes[fmt] = box

        folder = self._setting(FOLDER_KEY, "")
        if not folder or not Path(folder).is_dir():
            folder = str(session.path.parent if session.path else Path.home())
        self.folder_edit = QLineEdit(folder)
        browse = QPushButton("浏览(&B)…")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.name_edit = QLineEdit(default_name(session.report))
        self.name_edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow("保存到文件夹：", folder_row)
        form.addRow("文件名：", self.name_edit)

        self.draft_box = QCheckBox("导出草稿（每页标注“草稿”，不作为正式报告报送）")
        self.error_list = QListWidget()
        self.error_list.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        if self.errors:
            self.error_label.setText(f"报告中还有 {blockers_text(self.errors)}，不能导出正式文件；"
                                     "请改正后再导出，或导出草稿：")
            self.error_list.addItems([f"{i}. {f.message}" for i, f in enumerate(self.errors, 1)])
            self.draft_box.setChecked(True)
        else:
            self.error_label.hide()
            self.error_list.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("导出(&E)", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        self.draft_box.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addLayout(form)
        layout.addWidget(self.draft_box)
        self.annex_box = QCheckBox("附差异说明（已说明的提示和与上年相比的大幅变化，供上级审核，不用于公开发布）")
        layout.addWidget(self.annex_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.error_list)
        layout.addWidget(self.buttons)
        self.resize(620, 420 if self.errors else 240)
        self._update()

    def _setting(self, key: str, default: str) -> str:
        return str(self.settings.value(key, default)) if self.settings is not None else default

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择保存导出文件的文件夹", self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def targets(self) -> list[Path]:
        """The files the export will write, one per chosen format."""
        folder = Path(self.folder_edit.text().strip() or ".")
        name = self.name_edit.text().strip()
        return [folder / f"{name}.{fmt}" for fmt in self.formats()]

    def _update(self) -> None:
        ok = bool(self.formats()) and bool(self.name_edit.text().strip())
        ok = ok and (self.draft_box.isChecked() or not self.errors)
        self.export_button.setEnabled(ok)
        self.export_button.setToolTip("" if ok or not self.errors or self.draft_box.isChecked()
                                      else "报告中还有错误：只能导出草稿")

    def confirm_open(self) -> bool:
        """A final export asks first (继续导出 / 取消) when prose is still last year's, unrevised (S7),
        shows what looks like personal data (P1), or holds characters the PDF has no font for (they
        would print as empty boxes): none blocks an export, but publishing any is costly. The lists
        are the core's; a draft does not ask."""
        if self.draft_box.isChecked():
            return True
        report, findings = self.session.report, self.session.findings
        carried, private = carried_unrevised(report, findings), personal_data(report, findings)
        boxes = unprintable(report, findings, self.annex_box.isChecked()) if "pdf" in self.formats() else []
        if not carried and not private and not boxes:
            return True
        parts = []
        if carried:
            places = "\n".join(f"· {carried_place(report, f)}" for f in carried)
            parts.append(f"以下 {len(carried)} 处文字沿用了上年报告，尚未修改：\n{places}\n与上年内容雷同是考核扣分项。")
        if private:
            shown = "\n".join(f"· {f.message}" for f in private)
            parts.append(f"以下 {len(private)} 处可能是个人信息：\n{shown}")
        if boxes:
            parts.append(f"以下 {len(boxes)} 个字符没有可嵌入 PDF 的字体，在 PDF 中会显示为空框：\n"
                         f"{' '.join(boxes[:40])}{' …' if len(boxes) > 40 else ''}\n可改用其他写法，或安装含这些字符的字体。")
        box = QMessageBox(QMessageBox.Icon.Warning, "导出", "\n\n".join(parts) + "\n\n仍要导出正式文件吗？",
                          QMessageBox.StandardButton.NoButton, self)
        go = box.addButton("继续导出(&C)", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("取消", QMessageBox.ButtonRole.RejectRole))
        self.confirm_box = box
        box.exec()
        return box.clickedButton() is go

    def run_export(self) -> None:
        """Write every chosen format; stop at the first failure and say why (in Chinese)."""
        if not self.confirm_open():
            return
        targets = self.targets()
        bad = next((problem for problem in map(name_problem, targets) if problem), "")
        if bad:                                      # a name too long or one Windows reserves
            QMessageBox.warning(self, "导出", bad)
            return
        existing = [p for p in targets if os.path.lexists(p)]
        if existing:
            names = "\n".join(p.name for p in existing)
            answer = QMessageBox.question(self, "导出", f"以下文件已存在，是否替换？\n{names}",
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.exported = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in targets:
                export(self.session.report, path, draft=self.draft_box.isChecked(),
                       findings=self.session.findings, annex=self.annex_box.isChecked())
                self.exported.append(path)
        except ExportError as e:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, "导出失败", str(e))
            return
        QApplication.restoreOverrideCursor()
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(targets[0].parent))
            self.settings.setValue(FORMATS_KEY, ",".join(self.formats()))
        self.accept()
        self._offer_open()

    def _offer_open(self) -> None:
        """已导出: 打开文件 / 打开所在文件夹 / 关闭 (non-modal, so the editor stays usable)."""
        box = QMessageBox(QMessageBox.Icon.Information, "导出完成",
                          "已导出：\n" + "\n".join(str(p) for p in self.exported),
                          QMessageBox.StandardButton.Close, self.parentWidget())
        self.open_file_button = box.addButton("打开文件(&O)", QMessageBox.ButtonRole.ActionRole)
        self.open_folder_button = box.addButton("打开所在文件夹(&F)", QMessageBox.ButtonRole.ActionRole)
        box.buttonClicked.connect(self._opened)
        self.done_box = box
        box.open()

    def _opened(self, button: object) -> None:
        if not self.exported:
            return
        if button is self.open_file_button:
            self.opener(QUrl.fromLocalFile(str(self.exported[0])))
        elif button is self.open_folder_button:
            self.opener(QUrl.fromLocalFile(str(self.exported[0].parent)))
