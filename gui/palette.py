"""Colours of the editor: where a value came from, and how serious a finding is.

Presentation only; which origin or severity a cell has comes from ``core.sheet``. The colours are
pale so black figures stay readable when printed from a screenshot, and each is also named in the
legend (colour is never the only signal: the tooltip says the same in words).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from core import sheet
from core.findings import ERROR, INFO, WARNING
from core.report import AGGREGATED, CARRIED, COMPUTED, IMPORTED, LEDGER, ORIGIN_NAMES, OVERRIDDEN, TYPED
from core.sheet import CellView

HEADER_BG = QColor("#e8ecf2")
LABEL_BG = QColor("#ffffff")
BLANK_BG = QColor("#ffffff")
LEGACY_BG = QColor("#eeeeee")
ORIGIN_BG = {
    TYPED: QColor("#ffffff"),
    COMPUTED: QColor("#e6e6e6"),
    CARRIED: QColor("#e3f4e1"),
    IMPORTED: QColor("#e2edfb"),
    OVERRIDDEN: QColor("#fde3cf"),
    LEDGER: QColor("#ece6f8"),
    AGGREGATED: QColor("#fbf3d5"),
}
SEVERITY_COLOR = {ERROR: QColor("#d32f2f"), WARNING: QColor("#f0a000"), INFO: QColor("#1e88e5")}
ACCEPTED_COLOR = QColor("#7cb342")
TEXT = QColor("#000000")
MUTED = QColor("#6b6b6b")
LAST_YEAR = QColor("#5a6b8c")


def background(c: CellView) -> QColor:
    if c.role == sheet.HEADER:
        return HEADER_BG
    if not c.is_value:
        return LABEL_BG
    if c.role == sheet.LEGACY:
        return LEGACY_BG
    if c.role == sheet.COMPUTED and c.origin in ("", COMPUTED):
        return ORIGIN_BG[COMPUTED]
    return ORIGIN_BG.get(c.origin, BLANK_BG)


def foreground(c: CellView) -> QColor:
    return TEXT


def legend() -> list[tuple[str, QColor]]:
    """(name, colour) for each origin, in the order the legend shows them."""
    kinds = (TYPED, COMPUTED, CARRIED, IMPORTED, OVERRIDDEN, LEDGER, AGGREGATED)
    return [(ORIGIN_NAMES[k], ORIGIN_BG[k]) for k in kinds]
