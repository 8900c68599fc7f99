"""Prose sections (一, 五, 六 and the preamble): one plain-text editor per text block.

Blocks come from ``core.outline.text_blocks`` so the editor shows the same headings, in the same
order, as the exporters print. The format's guidance is the placeholder; a character count sits
under each box. Every change goes through the document as ``SetText`` (typing in one box merges
into one undo step); the boxes' own undo is off so Ctrl+Z always means the report's undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Optional

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.commands import Command, SetText
from core.findings import SEVERITY_NAMES, Finding
from core.outline import TextBlock
from core.report import Report
from gui.page import section_page
from gui.prose_marks import draft_button, finding_at, findings_by_text, mark_findings, select_span

Execute = Callable[[Command, bool], Optional[str]]
ReportGetter = Callable[[], Report]


class NarrativeEditor(QWidget):
    """One text block: heading (with 生成初稿 where the text has a draft bound to the cells), editor
    with guidance as placeholder, findings underlined, character count. When the cursor stands in
    a sentence a finding is about, the finding shows under the box with 转到表格 to its cell."""

    cell_requested = Signal(str)

    def __init__(self, block: TextBlock, execute: Execute, parent: Optional[QWidget] = None,
                 has_subsections: bool = False, report: Optional[ReportGetter] = None) -> None:
        super().__init__(parent)
        self.block_id = block.id
        self.execute = execute
        self._findings: tuple[Finding, ...] = ()
        """The findings about this block's sentences, as last underlined."""
        self._cell = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        heading = block.heading or "前言（编制依据、统计期限、下载地址、联系方式）"
        if block.level == 1:
            heading = "本部分正文" + ("（也可以按下列各项分别填写）" if has_subsections else "")
        self.heading = QLabel(heading)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * (1.15 if block.level <= 1 else 1.0))
        self.heading.setFont(font)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.heading, 1)
        self.draft = draft_button(block.id, report, lambda c: self.execute(c, False)) if report else None
        if self.draft is not None:
            header.addWidget(self.draft)
        layout.addLayout(header)
        self.edit = QPlainTextEdit()
        self.edit.setUndoRedoEnabled(False)
        self.edit.setTabChangesFocus(True)
        guidance = block.guidance or f"在此填写“{block.heading}”的情况；没有的写“无”。"
        self.edit.setPlaceholderText(guidance)
        self.edit.setAccessibleName(block.heading or "前言")
        lines = 6 if block.level == 2 else 8 if not block.text else 14
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
        self.edit.setPlainText(block.text)
        layout.addWidget(self.edit)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        self.finding_label = QLabel()
        self.finding_label.setWordWrap(True)
        footer.addWidget(self.finding_label, 1)
        self.go_button = QPushButton("转到表格")
        self.go_button.setToolTip("选中这句话所说的表格单元格")
        self.go_button.hide()
        self.go_button.clicked.connect(lambda: self.cell_requested.emit(self._cell))
        footer.addWidget(self.go_button)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status.setStyleSheet("color: #666;")
        footer.addWidget(self.status)
        layout.addLayout(footer)
        self._carried = block.carried
        self._update_status()
        self.edit.textChanged.connect(self._typed)
        self.edit.cursorPositionChanged.connect(self._cursor_moved)

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Underline the sentences findings are about (after every edit: spans move with the text)."""
        self.show_findings(findings_by_text(findings).get(self.block_id, ()), redraw=True)

    def show_findings(self, own: tuple[Finding, ...], redraw: bool = False) -> bool:
        """Underline ``own`` (this block's findings, ``findings_by_text``) unless they are the ones
        already underlined and the text did not change (``redraw`` says it did: the marks' cursors
        moved with the text). An edit in a table re-checks every text; marking sixteen unchanged
        boxes again was a tenth of the Enter's time. Returns whether the marks were redrawn."""
        if not redraw and own == self._findings:
            return False
        self._findings = own
        mark_findings(self.edit, own, self.block_id)
        self._cursor_moved()
        return True

    def _cursor_moved(self) -> None:
        cursor = self.edit.textCursor()
        f = finding_at(self._findings, self.block_id, cursor.selectionStart() if cursor.hasSelection()
                       else cursor.position())
        self._cell = f.cells[0] if f is not None and f.cells else ""
        self.finding_label.setText(f"【{SEVERITY_NAMES[f.severity]}】{f.message}" if f is not None else "")
        self.go_button.setVisible(bool(self._cell))

    def focus_text(self) -> None:
        """Keyboard focus into the box, scrolled into view on its page."""
        self.edit.setFocus(Qt.FocusReason.TabFocusReason)
        _reveal(self, self.edit.cursorRect())

    def show_span(self, start: int, end: int) -> None:
        """Select a sentence (a finding's span), scroll the box and its page to it, and put the
        keyboard there: typing must never replace text the clerk cannot see. The page may have
        just been switched to and not laid out yet, so the page scroll is repeated once the
        event loop has laid it out."""
        select_span(self.edit, start, end)
        self.reveal_cursor()
        QTimer.singleShot(0, self.reveal_cursor)

    def reveal_cursor(self) -> None:
        if self.edit.isVisible():
            self.edit.ensureCursorVisible()
            _reveal(self, self.edit.cursorRect())

    def _typed(self) -> None:
        problem = self.execute(SetText(self.block_id, self.edit.toPlainText()), True)
        if problem:
            self.status.setText(problem)
            return
        self._carried = False
        self._update_status()

    def _update_status(self) -> None:
        text = self.edit.toPlainText()
        count = len("".join(text.split()))
        note = "沿用上年文字，待修改 · " if self._carried else ""
        self.status.setText(f"{note}{count} 字")

    def sync(self, block: TextBlock) -> None:
        """Show the report's text after an undo/redo, keeping the cursor where it was."""
        self._carried = block.carried
        if self.edit.toPlainText() != block.text:
            cursor = self.edit.textCursor()
            pos = cursor.position()
            self.edit.blockSignals(True)
            self.edit.setPlainText(block.text)
            self.edit.blockSignals(False)
            cursor = self.edit.textCursor()
            cursor.setPosition(min(pos, len(block.text)))
            self.edit.setTextCursor(cursor)
        self._update_status()


class NarrativePage(QScrollArea):
    """A section's prose: the section's own block and each subsection's."""

    def __init__(self, heading: str, blocks: list[TextBlock], execute: Execute,
                 parent: Optional[QWidget] = None, extra: Optional[QWidget] = None,
                 report: Optional[ReportGetter] = None) -> None:
        super().__init__(parent)
        layout = section_page(self, heading)
        if extra is not None:
            layout.addWidget(extra)
        self.editors: dict[str, NarrativeEditor] = {}
        for block in blocks:
            editor = NarrativeEditor(block, execute, has_subsections=len(blocks) > 1, report=report)
            self.editors[block.id] = editor
            layout.addWidget(editor)
        layout.addStretch(1)

    def sync(self, blocks: dict[str, TextBlock], changed: Optional[tuple[str, ...]] = None) -> None:
        for key, editor in self.editors.items():
            if key in blocks and (changed is None or key in changed):
                editor.sync(blocks[key])

    def focus_first(self) -> None:
        if self.editors:
            next(iter(self.editors.values())).edit.setFocus()


def _reveal(editor: NarrativeEditor, cursor: QRect) -> None:
    """Scroll the page holding ``editor`` so the box's heading and the cursor's line are on screen."""
    area = editor.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    inner = area.widget()
    if inner is None:
        return
    top = editor.mapTo(inner, editor.rect().topLeft())
    area.ensureVisible(top.x(), top.y(), 0, 10)
    line = editor.edit.viewport().mapTo(inner, cursor.center())
    area.ensureVisible(line.x(), line.y(), 20, cursor.height() + 20)


def section_blocks(report: Report, blocks: list[TextBlock], section_id: str) -> list[TextBlock]:
    """The blocks shown on a section's page: the section and its subsections, in printing order."""
    keys = set(report.form.section_text_keys(section_id))
    return [b for b in blocks if b.id in keys]
