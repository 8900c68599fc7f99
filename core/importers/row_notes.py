"""What the log says of a printed row the form's rows were matched against, where the row's own
label cannot name it.

A row printed without a label is named by its numbers, not by a placeholder ("（空）"): the clerk
looks for them in the source. So is a row whose "label" is a column's header word: a copy that
prints one cell per line drops a blank label, and the header word above the numbers
(现行有效件数 / 0 / 0 / 0) stands where the label would; that word is no row's name, and a note
calling it one ("行名为“现行有效件数”，无法辨认") sends the clerk looking for a row the source never
printed. Notes that say how a row's cells were entered ("按所在的列录入", "原文在此截断，其余各列未
读取") are true only of a row the form then places; of a row that fits none they are withdrawn, the
note that it was not read said instead (never both: entered and not read).
"""

from __future__ import annotations

from collections.abc import Iterable

from core.importers.match import key
from core.importers.row_repair import Observed
from core.importers.table_spec import Result, Spec


def _no_name(row: Observed, heads: set[str]) -> bool:
    return not row.label.strip() or key(row.label) in heads


def _numbers(row: Observed) -> str:
    return " ".join(text for _, text in sorted(row.cells.items()) if text) or " ".join(row.figures)


def placed_by_position(spec: Spec, row: Observed, heads: set[str], label: str) -> str:
    """The note of a row matched to the form's row ``label`` by where it stands."""
    if _no_name(row, heads):
        numbers = _numbers(row)
        return (f"{spec.name}有一行数值{f'（{numbers}）' if numbers else ''}没有行名，按位置视为“{label}”一行，"
                "请对照原文核对")
    return f"{spec.name}有一行行名为“{row.label}”，无法辨认，按位置视为“{label}”"


CUT = "原文在此截断"
"""What a note on the row a cut copy ends in says (kept when the row fits none: the clerk still
learns the copy ends there)."""


def unplaced(spec: Spec, row: Observed, heads: set[str], res: Result) -> str:
    """The note of a row with numbers that fits none of the form's rows."""
    cut = "；" + CUT if any(CUT in n for n in res.row_notes.get(row.label, [])) else ""
    if _no_name(row, heads):
        numbers = _numbers(row)
        return f"{spec.name}有一行数值{f'（{numbers}）' if numbers else ''}没有行名，无法对应到表格的行，未读取{cut}"
    return f"{spec.name}有一行“{row.label}”无法对应到表格的行，未读取{cut}"


def bare_labels(rows: list[Observed], heads: set[str]) -> list[str]:
    """Labels printed with no number and no cell (a row the source names but prints nothing in),
    not counting the header's words above the first row of numbers (总计 over the columns is not
    the row （七）总计 printed empty)."""
    first = next((i for i, r in enumerate(rows) if r.has_values), len(rows))
    return [r.label for i, r in enumerate(rows) if r.label and not (r.has_values or r.cells)
            and not (i < first and key(r.label) in heads)]


def said(res: Result, label: str, note: str) -> None:
    """A note on how the row printed as ``label`` was entered (withdrawn if it is not placed)."""
    res.notes.append(note)
    res.row_notes.setdefault(label, []).append(note)


def split_rows(spec: Spec, rows: list[Observed], pairs: list[tuple[int, int, float]], unfit: set[int],
               heads: set[str], res: Result) -> None:
    """A row of the form printed with no number of its own and, right under it, rows with numbers
    that fit none of the form's rows (其他对外管理服务事项, then 行政检查 0 0 0 and 行政确认 0 0 0): its
    figures are printed split among items of its own, not left blank. Its cells are not read, rather
    than entered blank: whether the items add up to the form's row is the clerk's to say — unless
    every item prints 0 in every column: then the row is 0 whichever way they make it up."""
    for i, j, _ in pairs:
        if rows[i].has_values or any(rows[i].cells.values()):
            continue
        items = []
        for k in range(i + 1, len(rows)):
            if k not in unfit or _no_name(rows[k], heads):
                break
            items.append(rows[k])
        if not items:
            continue
        subs = [r.label for r in items]
        rid = spec.rows[j][0]
        named = "”“".join(subs)
        if all(len(r.cells) == len(spec.cols) and all(v.strip() == "0" for v in r.cells.values()) for r in items):
            for cid, _ in spec.cols:
                res.cells[(rid, cid)] = "0"
            said(res, rows[i].label, f"{spec.name}“{rows[i].label}”一行没有数字，其下另列“{named}”{len(subs)} 行，"
                                     "各格都是 0，该行各格按 0 录入")
            continue
        for cid, _ in spec.cols:
            res.cells.pop((rid, cid), None)
            res.missing[(rid, cid)] = (f"原文{spec.name}“{rows[i].label}”一行没有数字，其下另列“{named}”"
                                       f"{len(subs)} 行数字，未合计录入，请对照原文填写")


def withdraw(res: Result, labels: Iterable[str]) -> None:
    """Withdraw what was said of how the rows printed as ``labels`` were entered: none was."""
    gone = {note for label in labels for note in res.row_notes.pop(label, [])}
    if gone:
        res.notes[:] = [n for n in res.notes if n not in gone]
