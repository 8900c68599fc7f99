"""Sections the source never reached, as the clerk sees them in the editor: the findings dock's
summary says they stand between the report and a final export (the count of errors alone said 0,
and the export dialog then refused), and the box of such a section says why it is empty."""

from __future__ import annotations

from pathlib import Path

from core import storage
from core.commands import SetText
from gui.main_window import MainWindow
from tests.core.test_unread_sections import WHY, cut_copy


def test_the_dock_and_the_box_say_what_was_not_read(window: MainWindow, tmp_path: Path) -> None:
    path = storage.save(cut_copy(), tmp_path / "cut.nianbao")
    assert window.open_path(str(path))
    summary = window.findings.summary.text()  # type: ignore[union-attr]
    assert summary.startswith("错误 0 项") and "未从来源文件读取的部分 1 处（补写后才能定稿导出）" in summary
    box = window.editor.narratives["5"].editors["5"].edit  # type: ignore[union-attr]
    assert box.placeholderText().startswith(f"本部分未能从来源文件读取（{WHY}）")
    for section in ("4", "5", "6"):
        assert window.document.execute(SetText(section, "无。")) is None  # type: ignore[union-attr]
    assert "未从来源文件读取" not in window.findings.summary.text()  # type: ignore[union-attr]
