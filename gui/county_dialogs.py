"""The 汇总 desk's questions: which folders to read, the aggregate's organ (and last year's
aggregate), and what a re-collection changed. The sums and their comparison are the core's
(``core.county.aggregate``); this module only asks and words."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import atomic
from core.county.aggregate import compare
from core.county.checklist import checklist_xlsx
from core.county.model import Collection, Unit
from core.project_errors import ReadError
from core.report import Report
from core.values import format_value
from gui.files import open_report_path

CHANGES_SHOWN = 200
"""The longest list of changed cells the dialog shows (then a count of the rest)."""


def ask_folders(parent: QWidget, start: str) -> list[Path]:
    """One or more folders (Ctrl/Shift+click picks several); [] when the clerk cancels.

    Qt's own dialog, not the system's: only it lets the list select more than one folder."""
    dialog = QFileDialog(parent, "选择各单位报告所在的文件夹（按住 Ctrl 可选多个）", start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for view in dialog.findChildren(QAbstractItemView):
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [Path(p) for p in dict.fromkeys(dialog.selectedFiles()) if p]


class AggregateDialog(QDialog):
    """生成汇总报告: the aggregate's organ, and optionally last year's aggregate (the stocks the
    template continues from it, and the cross-year checks), read when the clerk confirms."""

    def __init__(self, collection: Collection, organ: str, last_path: str, last: Optional[Report],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("生成汇总报告")
        self.last_path, self.last_report = last_path, last
        layout = QVBoxLayout(self)
        summed = collection.summed()
        errors = [u for u in summed if u.errors]
        about = f"将汇总 {len(summed)} 个单位的 {collection.year} 年度报告。"
        if errors:
            about += f"其中 {len(errors)} 个单位的报告还有错误，改正后可重新汇总。"
        head = QLabel(about)
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        self.organ = QLineEdit(organ)
        self.organ.setPlaceholderText("例如：某某县人民政府办公室")
        form.addRow("汇总报告的机关名称(&N)：", self.organ)
        row = QHBoxLayout()
        self.last = QLineEdit(last_path)
        self.last.setPlaceholderText("可不选；用于现行有效件数等延续上年的数据")
        browse = QPushButton("浏览(&B)…")
        browse.clicked.connect(self._browse)
        row.addWidget(self.last, 1)
        row.addWidget(browse)
        form.addRow("上年汇总报告(&L)：", row)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("生成")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("字" * 36)),
                    self.sizeHint().height())

    def _browse(self) -> None:
        typed = self.last.text().strip()
        path = open_report_path(self, "选择上年的汇总报告", str(Path(typed).parent) if typed else str(Path.home()))
        if path:
            self.last.setText(path)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _accept(self) -> None:
        if not self.organ.text().strip():
            self._say("请填写汇总报告的机关名称")
            self.organ.setFocus()
            return
        path = self.last.text().strip()
        if path != self.last_path:
            self.last_report = read_last(self, path) if path else None
            if path and self.last_report is None:
                return
            self.last_path = path
        self.accept()


def read_last(parent: QWidget, path: str) -> Optional[Report]:
    """Last year's aggregate (a project file or a published report); None, the reason shown, when it cannot be read."""
    from core.reading import read_report

    try:
        return read_report(path, follow=False)
    except ReadError as e:
        QMessageBox.warning(parent, "上年汇总报告", str(e))
        return None


def change_lines(old: Optional[Report], new: Optional[Report], before: Optional[Collection],
                 after: Collection) -> list[str]:
    """What a re-collection changed: units that came, went or whose counts moved, then each
    aggregate cell whose value changed (its name, old → new)."""
    lines: list[str] = []
    then = {str(u.path): u for u in before.units} if before is not None else {}
    now = {str(u.path): u for u in after.units}
    for path, u in now.items():
        was = then.get(path)
        if was is None:
            lines.append(f"新增：{u.name}（{u.path.name}）" + ("，计入汇总" if u.summed else "，未计入汇总"))
            continue
        moved = _unit_moves(was, u)
        if moved:
            lines.append(f"{u.name}：{moved}")
    lines.extend(f"已不在文件夹中：{u.name}（{u.path.name}）" for p, u in then.items() if p not in now)
    if old is not None and new is not None:
        changed = compare(old, new)
        form = new.form
        for address, was_value, value in changed[:CHANGES_SHOWN]:
            kind = form.kind_of(address)
            lines.append(f"{form.label(address)}：{format_value(was_value, kind) or '空白'} → "
                         f"{format_value(value, kind) or '空白'}")
        if len(changed) > CHANGES_SHOWN:
            lines.append(f"……另有 {len(changed) - CHANGES_SHOWN} 个单元格有变化")
    return lines


def _unit_moves(was: Unit, u: Unit) -> str:
    parts = [f"{name} {a} → {b}" for name, a, b in (("错误", was.errors, u.errors), ("提示", was.warnings, u.warnings),
                                                    ("未读取", was.not_read, u.not_read)) if a != b]
    if was.summed != u.summed:
        parts.append("现已计入汇总" if u.summed else "现未计入汇总")
    return "，".join(parts)


def write_checklist(parent: QWidget, collection: Collection, path: str, folder: Path) -> Optional[Path]:
    """导出问题清单: ask where (unless ``path``), write ``checklist_xlsx`` atomically; the file
    written, None when cancelled or refused (the reason shown)."""
    if not path:
        name = f"{collection.year or ''}年度各单位报告问题清单.xlsx"
        path, _ = QFileDialog.getSaveFileName(parent, "导出问题清单", str(folder / name), "Excel 工作簿 (*.xlsx)")
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    problem = atomic.name_problem(target)
    if not problem:
        try:
            return atomic.write_file(target, checklist_xlsx(collection))
        except OSError as e:
            problem = atomic.reason(e)
    QMessageBox.warning(parent, "导出问题清单", f"未能导出“{target.name}”：{problem}")
    return None
