"""What the importer keeps between readings, emptied at will.

The readers keep pure results they ask for again and again within one import: a label's key and
its likeness to the form's labels (``match``), whether a token is a number, a PDF page's drawn grid
(``pdf_grid``). Kept in bounded caches, they also outlive the import; ``forget`` empties them, so
that a benchmark times an import as a clerk's first one of the file, not a rerun of it.
"""

from __future__ import annotations

import core.importers.match as match
import core.importers.pdf_grid as pdf_grid


def forget() -> None:
    """Empty every cache the importers keep."""
    match.forget()
    pdf_grid.forget()
