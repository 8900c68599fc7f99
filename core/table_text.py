"""The official tables as plain text for the command line (``check --tables``), drawn from ``sheet``.

A county clerk checking a folder of reports over SSH, or a script's log, sees the same labels,
numbers and marks the editor shows: each body row of a table is its labels (merged group labels
included) followed by its values, with ``✗`` after a cell holding an error, ``!`` a warning, ``?``
a cell not read from its source.
"""

from __future__ import annotations

from core.display_width import display_width as _width
from core.sheet import TableView

MARKS = {"error": "✗", "warning": "!"}


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


def column_headings(view: TableView) -> list[str]:
    """Each value column's heading: its lowest header text, with the one above where that alone is
    ambiguous (表四's 复议后起诉/总计 beside 未经复议直接起诉/总计)."""
    paths = []
    for c, role in enumerate(view.column_roles):
        if role != "value":
            continue
        texts: list[str] = []
        for r in range(view.header_rows):
            cell = view.at(r, c)
            if cell.text and cell.text not in texts and cell.col_span < view.n_cols:
                texts.append(cell.text)
        paths.append(texts or [""])
    leaves = [p[-1] for p in paths]
    return [p[-1] if leaves.count(p[-1]) == 1 or len(p) < 2 else f"{p[-2]}/{p[-1]}" for p in paths]


def render(view: TableView) -> str:
    lines = [view.name if view.title in view.name else f"{view.name} {view.title}"]
    value_cols = [c for c, role in enumerate(view.column_roles) if role == "value"]
    label_cols = [c for c, role in enumerate(view.column_roles) if role == "label"]
    rows = []
    for r in range(view.header_rows, view.n_rows):
        labels: list[str] = []
        for c in label_cols:
            text = view.at(r, c).text
            if text and text not in labels:
                labels.append(text)
        cells = []
        for c in value_cols:
            cell = view.at(r, c)
            if cell.col != c:  # a value spanning several grid columns is printed once
                continue
            mark = "?" if cell.missing else MARKS.get(cell.severity, "")
            cells.append(cell.text + mark)
        rows.append((" ".join(labels), cells))
    headings = [h for h, c in zip(column_headings(view), value_cols, strict=True)
                if all(view.at(r, c).col == c for r in range(view.header_rows, view.n_rows))]
    label_width = max([_width(label) for label, _ in rows] + [4])
    widths = [max([_width(h) for h in headings[i:i + 1]] + [_width(cells[i]) for _, cells in rows if i < len(cells)])
              for i in range(max((len(c) for _, c in rows), default=0))]
    if headings:
        lines.append(_pad("", label_width) + "  " + "  ".join(_pad(h, w, True) for h, w in zip(headings, widths,
                                                                                          strict=False)))
    for label, cells in rows:
        lines.append(_pad(label, label_width) + "  " + "  ".join(_pad(v, w, True) for v, w in zip(cells, widths,
                                                                                            strict=False)))
    return "\n".join(lines)
