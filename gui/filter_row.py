"""The "显示(S)： [which rows ▾]  共 N 件" row above a long list (the ledger, the county's units)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel


def filter_row(choices: Sequence[tuple[str, str]], accessible: str,
               changed: Callable[[str], None]) -> tuple[QHBoxLayout, QComboBox, QLabel]:
    """The row, its combo box of (mode, label) choices (``changed`` gets the mode) and the label
    the page writes its count into."""
    row = QHBoxLayout()
    shown = QLabel("显示(&S)：")
    combo = QComboBox()
    for mode, label in choices:
        combo.addItem(label, mode)
    combo.setAccessibleName(accessible)
    shown.setBuddy(combo)
    combo.currentIndexChanged.connect(lambda _i: changed(str(combo.currentData())))
    count = QLabel()
    for w in (shown, combo, count):
        row.addWidget(w)
    return row, combo, count


def show_count(label: QLabel, total: int, shown: int, measure: str) -> None:
    """共 N 件，显示 M 件 (the second part only when the filter hides some)."""
    label.setText(f"共 {total} {measure}" + (f"，显示 {shown} {measure}" if shown != total else ""))


def select_mode(combo: QComboBox, mode: str) -> None:
    """Show ``mode`` in the combo box when it was set from elsewhere (a finding jumping to a row)."""
    at = combo.findData(mode)
    if at >= 0 and at != combo.currentIndex():
        combo.setCurrentIndex(at)
