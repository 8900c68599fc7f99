"""The pages of one open report: report information + preamble, then one page per section.

Table sections (二, 三, 四) show their official tables; prose sections show a narrative editor per
text block. The pages redraw from the document's ``edited`` signal only, so an edit made by typing,
pasting, undo, redo or the findings dock shows the same way everywhere.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QStackedWidget, QWidget

from core import sheet
from core.commands import Command, SetMeta
from core.findings import Finding
from core.outline import PREAMBLE, TextBlock, text_blocks
from core.report import display_date, parse_date
from core.session import Executed
from gui.document import Document
from gui.form_view import FormView
from gui.ledger_dialogs import LedgerToggle
from gui.ledger_model import LEDGER_PAGE
from gui.ledger_page import LedgerPage
from gui.narrative_editor import NarrativeEditor, NarrativePage, section_blocks
from gui.prose_marks import findings_by_text
from gui.table_model import SheetModel
from gui.tables_page import TablesPage

INFO_PAGE = PREAMBLE


class ReportEditor(QStackedWidget):
    message = Signal(str)
    jump_requested = Signal(str, str)
    """(section, cell address): a sentence's 转到表格 asks the window to show that cell."""

    def __init__(self, document: Document, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.document = document
        report = document.report
        findings = document.findings
        self.models: dict[str, SheetModel] = {}
        self.views: dict[str, FormView] = {}
        self.pages: dict[str, QWidget] = {}
        self.narratives: dict[str, NarrativePage] = {}
        self.text_editors: dict[str, NarrativeEditor] = {}
        self.ledger_page: Optional[LedgerPage] = None
        self.ledger_toggle: Optional[LedgerToggle] = None
        blocks = text_blocks(report)
        self.info = self._info_widget()
        self._add_narrative(INFO_PAGE, "报告信息与前言", [b for b in blocks if b.id == PREAMBLE], self.info)
        for section in report.form.sections:
            if section.tables:
                views = []
                for table_id in section.tables:
                    model = SheetModel(report, table_id, document.execute, findings, self)
                    view = FormView(model)
                    view.message.connect(self.message)
                    self.models[table_id] = model
                    self.views[table_id] = view
                    views.append(view)
                own = [b for b in blocks if b.id == section.id]
                text = NarrativeEditor(own[0], self._execute_text, report=lambda: self.document.report) if own else None
                if text is not None:
                    self._add_text_editor(text)
                page: QWidget = TablesPage(section.heading, views, text, tools=self._ledger_toggle(section.tables))
                self.pages[section.id] = page
                self.addWidget(page)
                if self.ledger_toggle is not None and self.ledger_page is None:
                    self._add_ledger_page()
            else:
                self._add_narrative(section.id, section.heading, section_blocks(report, blocks, section.id))
        per_table = _by_table(sheet.findings_by_cell(findings))
        self._marks = {t: _marks(per_table.get(t, {})) for t in self.models}
        for page in self.narratives.values():
            for editor in page.editors.values():
                self._add_text_editor(editor)
        by_text = findings_by_text(findings)
        for key, editor in self.text_editors.items():
            editor.show_findings(by_text.get(key, ()), redraw=True)
        document.edited.connect(self.refresh)

    def _ledger_toggle(self, tables: tuple[str, ...]) -> Optional[QWidget]:
        """"由台账生成表三" above the table the ledger derives (表三), when the form has a ledger."""
        spec = self.document.report.form.ledger
        if spec is None or spec.table not in tables:
            return None
        toggle = LedgerToggle(self.document.report, self.document.execute)
        toggle.message.connect(self.message)
        toggle.open_ledger.connect(lambda: self.jump_requested.emit(LEDGER_PAGE, ""))
        self.document.edited.connect(toggle.sync)
        self.ledger_toggle = toggle
        return toggle

    def _add_ledger_page(self) -> None:
        """申请台账, right after the section of the table it derives."""
        page = LedgerPage(self.document)
        page.message.connect(self.message)
        spec = self.document.report.form.ledger
        assert spec is not None
        section = self.document.report.form.table(spec.table).section
        page.open_table.connect(lambda: self.jump_requested.emit(section, ""))
        self.ledger_page = page
        self.pages[LEDGER_PAGE] = page
        self.addWidget(page)

    def select_ledger_row(self, row: int) -> bool:
        """Show the ledger page with request ``row`` (1-based, as findings number them) selected."""
        if self.ledger_page is None:
            return False
        self.show_section(LEDGER_PAGE)
        return self.ledger_page.select_row(row - 1)

    def _add_text_editor(self, editor: NarrativeEditor) -> None:
        self.text_editors[editor.block_id] = editor
        editor.cell_requested.connect(self._cell_requested)

    def _cell_requested(self, address: str) -> None:
        info = self.document.report.form.cells.get(address)
        if info is not None:
            self.jump_requested.emit(info.table.section, address)

    def _execute_text(self, command: Command, merge: bool) -> Optional[str]:
        return self.document.execute(command, merge)

    def _add_narrative(self, key: str, heading: str, blocks: list[TextBlock],
                       extra: Optional[QWidget] = None) -> None:
        page = NarrativePage(heading, blocks, self._execute_text, extra=extra, report=lambda: self.document.report)
        self.pages[key] = page
        self.narratives[key] = page
        self.addWidget(page)

    def _info_widget(self) -> QWidget:
        report = self.document.report
        w = QWidget()
        form = QFormLayout(w)
        self.organ_edit = QLineEdit(report.organ)
        self.organ_edit.setPlaceholderText("例如：某某县某某镇人民政府")
        self.title_edit = QLineEdit(report.title)
        self.title_edit.setPlaceholderText(report.display_title())
        self.year_label = QLabel(f"{report.year} 年度（{report.form.name}）")
        form.addRow("机关名称(&N)：", self.organ_edit)
        form.addRow("报告标题(&T)：", self.title_edit)
        form.addRow("报告年度：", self.year_label)
        self.organ_edit.editingFinished.connect(lambda: self._set_meta("organ", self.organ_edit.text().strip()))
        self.title_edit.editingFinished.connect(lambda: self._set_meta("title", self.title_edit.text().strip()))
        # 落款日期: typed as people write dates; stored as ISO through SetMeta (undoable); empty
        # means the day of export, which the placeholder shows.
        self.date_edit = QLineEdit(display_date(report.date))
        self.date_edit.setPlaceholderText(f"{display_date(_dt.date.today().isoformat())}（留空为导出当天）")
        self.date_edit.setToolTip("报告落款的日期，可写作 2025-01-20 或 2025年1月20日；留空则为导出当天")
        form.addRow("落款日期(&D)：", self.date_edit)

        def date_finished() -> None:
            typed = self.date_edit.text()
            iso = parse_date(typed)
            if iso is None:
                self.message.emit(f"落款日期“{typed.strip()}”无效，请写作 2025-01-20 或 2025年1月20日")
                iso = self.document.report.date
            self.date_edit.setText(display_date(iso))
            self._set_meta("date", iso)

        self.date_edit.editingFinished.connect(date_finished)
        return w

    def _set_meta(self, name: str, value: str) -> None:
        if getattr(self.document.report, name) != value:
            problem = self.document.execute(SetMeta(name, value))
            if problem:
                self.message.emit(problem)

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self, executed: Executed) -> None:
        findings = executed.findings
        by_cell = sheet.findings_by_cell(findings)
        change = executed.change
        touched = {a.split("/", 1)[0] for a in change.cells}
        per_table = _by_table(by_cell)
        for table_id, model in self.models.items():
            marks = _marks(per_table.get(table_id, {}))
            if change.last_year or change.meta or table_id in touched or marks != self._marks.get(table_id):
                whole = change.last_year or change.meta or change.ledger   # (a ledger edit changes tooltips too)
                model.refresh(findings, by_cell, None if whole else change.cells)
            self._marks[table_id] = marks
        if change.texts or change.meta:
            blocks = {b.id: b for b in text_blocks(self.document.report)}
            for key, editor in self.text_editors.items():
                if key in blocks and (change.meta or key in change.texts):
                    editor.sync(blocks[key])
        by_text = findings_by_text(findings)
        for key, editor in self.text_editors.items():  # only the boxes whose text or marks changed
            editor.show_findings(by_text.get(key, ()), redraw=change.meta or key in change.texts)
        if change.meta:
            report = self.document.report
            if self.organ_edit.text().strip() != report.organ:
                self.organ_edit.setText(report.organ)
            if self.title_edit.text().strip() != report.title:
                self.title_edit.setText(report.title)
            self.title_edit.setPlaceholderText(report.display_title())
            if parse_date(self.date_edit.text()) != report.date:  # undo/redo of 落款日期
                self.date_edit.setText(display_date(report.date))
        if change.last_year:
            for view in self.views.values():
                view.layout_table()

    # -- navigation --------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        page = self.pages.get(key)
        if page is not None:
            self.setCurrentWidget(page)

    def select_text(self, key: str, start: int, end: int) -> bool:
        """Show the text place ``key`` and select the sentence ``start``–``end`` (a finding's span)."""
        editor = self.text_editors.get(key)
        if editor is None:
            return False
        section = INFO_PAGE if key == PREAMBLE else key.split(".", 1)[0]
        self.show_section(section)
        editor.show_span(start, end)
        return True

    def current_section(self) -> str:
        page = self.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), "")

    def select(self, section: str, address: str) -> bool:
        """Show ``section`` and select the cell ``address`` (first editor of a prose section)."""
        if section:
            self.show_section(section)
        if address.startswith(LEDGER_PAGE + "/"):  # a request: "ledger/<n>", n 1-based
            number = address.split("/", 1)[1]
            return number.isdigit() and self.select_ledger_row(int(number))
        if address:
            table_id = address.split("/", 1)[0]
            view = self.views.get(table_id)
            if view is not None:
                self.show_section(self.document.report.form.table(table_id).section)
                return view.select_address(address)
        page = self.currentWidget()
        if isinstance(page, NarrativePage):
            page.focus_first()
        return False

    def set_show_last(self, show: bool) -> None:
        for view in self.views.values():
            view.set_show_last(show)


def _by_table(by_cell: dict[str, list[Finding]]) -> dict[str, dict[str, list[Finding]]]:
    """``by_cell`` split by table (an address starts with its table's id), in one pass."""
    out: dict[str, dict[str, list[Finding]]] = {}
    for a, fs in by_cell.items():
        out.setdefault(a.split("/", 1)[0], {})[a] = fs
    return out


def _marks(by_cell: dict[str, list[Finding]]) -> frozenset[tuple[str, str, str, object]]:
    """What the findings show on one table's cells (``by_cell`` of that table only); a table whose
    marks and cells did not change keeps its view (an edit in 表三 does not rebuild 表二's four
    blocks)."""
    return frozenset((a, f.key, f.message, f.accepted) for a, fs in by_cell.items() for f in fs)
