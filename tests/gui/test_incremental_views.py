"""After an edit the views redraw only what changed, and still show exactly what views built afresh
from the report and its findings would show: the table's cells (every role Qt asks for), the
narrative editors' underlines, the findings dock and the navigator's badges — after typing, undo
and redo alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import own_sentence_copy
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTreeWidget, QTreeWidgetItem

import gui.narrative_editor as narrative_editor
import gui.table_model as table_model
from core import storage
from core.commands import SetCell
from gui.findings_panel import FindingsPanel, badge_counts
from gui.main_window import MainWindow
from gui.navigator import Navigator
from gui.prose_marks import findings_by_text, mark_findings
from gui.table_model import CELL_ROLE, SheetModel
from tests.builders import clean_last_year, clean_report
from tests.gui.helpers import type_into, view

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, CELL_ROLE, Qt.ItemDataRole.TextAlignmentRole,
         Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _unbalanced(window: MainWindow, tmp_path: Path) -> None:
    """表三 with last year, its totals derived: typing in （三）1 leaves R1's columns unbalanced, and
    each further number changes only the wording of R1's findings (the difference they state)."""
    report = clean_report("2021")
    report.last_year = clean_last_year(report)
    path = tmp_path / "derived.nianbao"
    storage.save(report, path)
    assert window.open_path(str(path))


def _same_as_fresh(window: MainWindow) -> None:
    """Every table, text box, the findings dock and the badges as freshly built views show them."""
    document, editor = window.document, window.editor
    assert document is not None and editor is not None and window.findings is not None
    findings = document.findings
    for table_id, model in editor.models.items():
        fresh = SheetModel(document.report, table_id, document.execute, findings)
        assert (model.rowCount(), model.columnCount()) == (fresh.rowCount(), fresh.columnCount())
        for r in range(fresh.rowCount()):
            for c in range(fresh.columnCount()):
                mine, theirs = model.index(r, c), fresh.index(r, c)
                assert model.flags(mine) == fresh.flags(theirs), (table_id, r, c)
                for role in ROLES:
                    assert mine.data(role) == theirs.data(role), (table_id, r, c, role)
    for key, text_editor in editor.text_editors.items():
        box = QPlainTextEdit(text_editor.edit.toPlainText())
        mark_findings(box, findings, key)
        spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in box.extraSelections()]
        assert [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                for s in text_editor.edit.extraSelections()] == spans, key
    panel = FindingsPanel(document.report.form, document.execute)
    panel.set_findings(findings)
    assert _tree(window.findings.tree) == _tree(panel.tree)
    assert window.findings.summary.text() == panel.summary.text()
    assert window.navigator is not None
    badges = Navigator(document.report.form)
    badges.set_badges(badge_counts(document.report.form, findings))
    assert [window.navigator.item(i).text() for i in range(window.navigator.count())] == \
        [badges.item(i).text() for i in range(badges.count())]


def _groups(tree: QTreeWidget) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        children = [top.child(j) for j in range(top.childCount())]
        out.append((top, [c for c in children if c is not None]))
    return out


def _tree(tree: QTreeWidget) -> list[tuple[str, list[tuple[Any, ...]]]]:
    return [(top.text(0), [(c.text(0), c.toolTip(0), c.foreground(0).color().name(),
                            c.data(0, Qt.ItemDataRole.UserRole + 1)) for c in children])
            for top, children in _groups(tree)]


def test_reworded_cells_are_drawn_when_asked_for(window: MainWindow, tmp_path: Path, qtbot: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _unbalanced(window, tmp_path)
    v = view(window, "requests")
    type_into(qtbot, v, "requests/3.1/natural", "50")
    drawn: list[set[str]] = []
    updated_view = table_model.sheet.updated_view

    def spy(old: Any, report: Any, addresses: Any, by_cell: Any) -> Any:
        drawn.append(set(addresses))
        return updated_view(old, report, addresses, by_cell)

    monkeypatch.setattr(table_model.sheet, "updated_view", spy)
    document = window.document
    assert document is not None
    written: list[str] = []
    document.edited.connect(lambda executed: written.extend(executed.change.cells))
    r1 = [f for f in document.findings if f.rule == "R1"]
    assert r1
    type_into(qtbot, v, "requests/3.1/natural", "51")
    after = [f for f in document.findings if f.rule == "R1"]
    assert [f.message for f in after] != [f.message for f in r1]         # the wording changed …
    assert [(f.key, f.severity) for f in after] == [(f.key, f.severity) for f in r1]  # … not the marks
    asked = set().union(*drawn)
    untouched = {a for f in r1 for a in f.cells} - set(written)
    assert written and untouched and not untouched & asked, (untouched, asked)  # not drawn with the edit
    address = sorted(untouched)[0]
    tip = v.sheet.index_of(address).data(Qt.ItemDataRole.ToolTipRole)
    assert any(f.message in tip for f in after if address in f.cells)  # … but when its tooltip shows
    _same_as_fresh(window)


def test_a_cell_edit_remarks_only_the_texts_whose_findings_changed(window: MainWindow, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.open_path(str(own_sentence_copy(tmp_path)))
    document, editor = window.document, window.editor
    assert document is not None and editor is not None
    marked: list[str] = []
    mark = narrative_editor.mark_findings

    def counting(edit: Any, findings: Any, key: str) -> int:
        marked.append(key)
        return mark(edit, findings, key)

    monkeypatch.setattr(narrative_editor, "mark_findings", counting)

    def edit(command: Any) -> set[str]:
        before = findings_by_text(document.findings)
        marked.clear()
        assert document.execute(command) is None
        QApplication.processEvents()
        after = findings_by_text(document.findings)
        changed = {k for k in editor.text_editors if before.get(k, ()) != after.get(k, ())}
        assert set(marked) == changed, (marked, changed)
        return changed

    assert edit(SetCell("appeals/review/upheld", 3)) == set()       # nothing said about it in prose
    r6 = next(f for f in document.findings if f.rule == "R6")
    assert r6.span is not None
    assert edit(SetCell("requests/1/total", 17)) == {r6.span[0]}   # the sentence now agrees: R6 goes
    assert not [f for f in document.findings if f.rule == "R6"]
    marked.clear()
    window.undo_group.undo()                                          # R6 comes back, underlined
    QApplication.processEvents()
    assert marked == [r6.span[0]]
    assert editor.text_editors[r6.span[0]].edit.extraSelections()
    _same_as_fresh(window)
    # Typing in a box re-marks that box even where its findings stay the same (spans move with text).
    box = editor.text_editors["2"] if "2" in editor.text_editors else next(iter(editor.text_editors.values()))
    marked.clear()
    box.edit.moveCursor(box.edit.textCursor().MoveOperation.End)
    box.edit.insertPlainText("。")
    QApplication.processEvents()
    assert box.block_id in marked
    _same_as_fresh(window)


def test_views_agree_with_fresh_ones_through_typing_undo_and_redo(window: MainWindow, tmp_path: Path,
                                                                  qtbot: Any) -> None:
    _unbalanced(window, tmp_path)
    v = view(window, "requests")
    assert window.findings is not None
    for text in ("50", "51", "0", "52"):
        type_into(qtbot, v, "requests/3.1/natural", text)
        _same_as_fresh(window)
    # The selected finding stays selected while its wording changes under it.
    key = next(f.key for f in window.document.findings if f.rule == "R1")  # type: ignore[union-attr]
    panel = window.findings
    item = next(c for _, children in _groups(panel.tree) for c in children
                if c.data(0, Qt.ItemDataRole.UserRole + 1) == key)
    panel.tree.setCurrentItem(item)
    type_into(qtbot, v, "requests/3.1/natural", "53")
    current, shown = panel.current_finding(), panel.tree.currentItem()
    assert current is not None and current.key == key
    assert shown is not None and shown.text(0).endswith(current.message)
    for _ in range(3):
        window.undo_group.undo()
        QApplication.processEvents()
        _same_as_fresh(window)
    for _ in range(2):
        window.undo_group.redo()
        QApplication.processEvents()
        _same_as_fresh(window)


def test_the_modified_mark_follows_edits_undo_and_redo(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    """The title's mark is set only when it changes, and still follows the undo stack's clean state."""
    _unbalanced(window, tmp_path)
    assert not window.isWindowModified()
    v = view(window, "requests")
    type_into(qtbot, v, "requests/3.1/natural", "50")
    type_into(qtbot, v, "requests/3.1/natural", "51")
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.undo_group.undo()
    assert window.isWindowModified()
    window.undo_group.undo()
    assert not window.isWindowModified()
    window.undo_group.redo()
    assert window.isWindowModified()
