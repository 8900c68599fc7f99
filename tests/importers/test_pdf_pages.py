"""Page furniture in a PDF: what is dropped as a page number and what stays a table's cell."""

from __future__ import annotations

import pytest

from core.importers.pdf import _page_number


@pytest.mark.parametrize("text,index,dropped", [
    ("— 3 —", 2, True), ("- 12 -", 0, True), ("第 4 页", 3, True), ("第4页 共6页", 3, True),
    ("3", 2, True), ("2", 2, True),         # the page's own number (a cover may be unnumbered)
    ("0", 4, False), ("12", 3, False),      # a table's cell that a page break left in the margin
    ("行政许可", 0, False),
])
def test_only_the_pages_own_number_is_dropped(text: str, index: int, dropped: bool) -> None:
    assert _page_number(text, index) is dropped
