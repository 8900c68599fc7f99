"""After a crash: offer the autosaved work the core's journal kept (``core.journal.pending``)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import QMessageBox, QWidget

from core.journal import Recovery, pending, recover
from core.project_json import ProjectFileError
from core.report import Report

RECOVER = "recover"
DISCARD = "discard"
LATER = "later"


def describe(r: Recovery) -> str:
    when = datetime.datetime.fromtimestamp(r.saved_at).strftime("%Y-%m-%d %H:%M:%S")
    what = f"文件“{Path(r.source).name}”" if r.source else "一份未保存过的新报告"
    return f"上次程序没有正常关闭，{what}有 {when} 自动保存的内容尚未保存。"


def ask(parent: Optional[QWidget], r: Recovery) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, "恢复未保存的工作",
                      describe(r) + "\n\n是否恢复？恢复后请检查内容并保存。", QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton("恢复(&R)", QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton("放弃这些修改(&D)", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("以后再说(&L)", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    clicked = box.clickedButton()
    return RECOVER if clicked is yes else DISCARD if clicked is drop else LATER


def discard(r: Recovery) -> None:
    for p in (r.journal, r.journal.with_name(r.journal.name + ".bak")):
        p.unlink(missing_ok=True)


def load(r: Recovery) -> tuple[Optional[Report], str]:
    """The recovered report, or None and the Chinese reason it cannot be read."""
    try:
        return recover(r), ""
    except ProjectFileError as e:
        return None, str(e)


__all__ = ["Recovery", "pending", "ask", "discard", "load", "describe", RECOVER, DISCARD, LATER]
