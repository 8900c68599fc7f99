"""The frame every section page shares: a scrolling page with the section heading on top."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def section_page(area: QScrollArea, heading: str) -> QVBoxLayout:
    """Make ``area`` a borderless scrolling page titled ``heading``; returns the layout to fill
    (the caller adds a stretch at the end)."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(18, 12, 18, 12)
    title = QLabel(heading)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    area.setWidget(inner)
    return layout
