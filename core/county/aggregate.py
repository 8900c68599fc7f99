"""The county's aggregate (汇总): one ordinary report whose cells are the chosen units' sums.

Every cell a clerk types is summed across the units unless the template's ``aggregate`` says
otherwise (a stock such as 现行有效件数 follows last year's aggregate instead; 2019's 上一年项目数量 is
not additive). Money is added exactly as ``Decimal``. Nothing is silently zero: a unit that left a
cell blank or whose file did not give it is named in a note and the sum is of the others; "/"
counts as 0, also noted. Each value is written through a ``Session`` with the origin
``aggregated``, whose source lists the units and their values, so the editor shows for any cell
where its number came from, and the report then validates, edits and exports like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from core.commands import Paste
from core.county.model import Unit
from core.forms import AggregateCell, Form
from core.registry import get_form
from core.report import AGGREGATED, Origin, Report, blank_report
from core.session import Session
from core.values import NA, Number, Value, as_number, format_value, kind_problem, normalize

SOURCE_WIDTH = 240
"""The longest origin source: a cell of two hundred units lists the first ones, then a count."""
NAMES_SHOWN = 8


def aggregate(units: Sequence[Unit], organ: str, year: int, fmt: str, last: Optional[Report] = None) -> Report:
    """A new report of format ``fmt`` for ``year`` summing ``units`` (those with a report of that
    year and format; any other is named in a note). ``last`` is last year's aggregate: the cells
    the template continues from it (``baseline``), and the cross-year checks."""
    form = get_form(fmt)
    report = blank_report(form, year, organ)
    session = Session(report, last_year=last)
    values, notes = _plan(units, form, year, last)
    by_source: dict[str, list[tuple[str, Value]]] = {}
    for address, (value, source) in values.items():
        if value is not None:
            by_source.setdefault(source, []).append((address, value))
    for source, cells in by_source.items():
        session.execute(Paste(tuple(cells), origin=Origin(AGGREGATED, source)))
    report.notes = notes
    return report


def refresh_plan(existing: Report, units: Sequence[Unit],
                 last: Optional[Report] = None) -> tuple[list[Paste], list[str]]:
    """What re-collecting into an aggregate already written changes, as commands (one ``Paste``
    per origin: the sums and their sources), and the aggregate's notes afterwards. Any cell the
    county typed by hand is left out of the commands and named in the notes. The commands go
    through whichever session holds the report: ``refresh``'s own, or the editor's document
    (one undoable step there)."""
    last = last if last is not None else existing.last_year
    fresh = aggregate(units, existing.organ, existing.year, existing.format, last)
    kept: list[str] = []
    by_origin: dict[Optional[Origin], list[tuple[str, Value]]] = {}
    for address in existing.form.input_addresses():
        origin = existing.origins.get(address)
        if origin is not None and origin.kind != AGGREGATED and existing.cells[address] is not None:
            kept.append(existing.form.label(address))
            continue
        new, new_origin = fresh.cells[address], fresh.origins.get(address)
        if not _same(existing.cells[address], new) or origin != new_origin or address in existing.missing:
            by_origin.setdefault(new_origin, []).append((address, new))
    notes = fresh.notes + ([f"以下 {len(kept)} 个单元格是手工填写的，重新汇总时保留未改：{_names(kept)}"]
                           if kept else [])
    return [Paste(tuple(cells), origin=origin) for origin, cells in by_origin.items()], notes


def refresh(existing: Report, units: Sequence[Unit], last: Optional[Report] = None) -> list[tuple[str, Value, Value]]:
    """Re-collect into an aggregate already written: its sums and their sources are updated
    through a ``Session``; its prose, date, accepted warnings and any cell the county typed by
    hand are kept. Returns what changed (address, before, after)."""
    last = last if last is not None else existing.last_year
    session = Session(existing, last_year=last) if last is not existing.last_year else Session(existing)
    before = dict(existing.cells)
    commands, notes = refresh_plan(existing, units, last)
    for command in commands:
        session.execute(command)
    existing.notes = notes
    return [(a, before.get(a), existing.cells[a]) for a in existing.form.cells
            if not _same(before.get(a), existing.cells[a])]


def compare(old: Report, new: Report) -> list[tuple[str, Value, Value]]:
    """The cells whose value differs between two versions of an aggregate, in the form's order:
    what re-collecting after a unit's correction changed."""
    return [(a, old.cells.get(a), new.cells[a]) for a in new.form.cells if not _same(old.cells.get(a), new.cells[a])]


def _same(a: Value, b: Value) -> bool:
    if a is None or b is None or a is NA or b is NA:
        return a is b
    return a == b


def _plan(units: Sequence[Unit], form: Form, year: int,
          last: Optional[Report]) -> tuple[dict[str, tuple[Value, str]], list[str]]:
    """Each input cell's value and origin source, and the notes for the clerk."""
    chosen = [u for u in units if u.report is not None and u.report.format == form.format and u.report.year == year]
    taken = {id(u) for u in chosen}
    left_out = [u.name for u in units if id(u) not in taken]
    notes = [f"本报告由 {len(chosen)} 个单位的报告汇总生成：{_names([u.name for u in chosen])}"]
    if left_out:
        notes.append(f"以下单位的报告不是{year}年度{form.name}，未计入：{_names(left_out)}")
    values: dict[str, tuple[Value, str]] = {}
    absent: dict[str, list[str]] = {}
    slashed: dict[str, list[str]] = {}
    rules = form.aggregate
    for address in form.input_addresses():
        rule = rules.get(address)
        if rule is None or rule.how == "sum" or (rule.how == "baseline" and rule.otherwise == "sum"
                                                  and not _continues(rule, last)):
            values[address] = _sum(address, chosen, form, absent, slashed)
    grouped: dict[str, list[str]] = {}
    for address, rule in rules.items():
        if rule.how == "baseline":
            note = _baseline(address, rule, chosen, form, values, last)
            grouped.setdefault(note, []).append(address)
        elif rule.how == "blank":
            grouped.setdefault(f"汇总时未填入，请按汇总口径填写（{rule.why}）", []).append(address)
    notes.extend(f"{places(form, cells)}：{note}" for note, cells in grouped.items())
    for address, (value, _) in list(values.items()):
        problem = kind_problem(value, form.kind_of(address))
        if problem:
            values[address] = (None, "")
            notes.append(f"{form.label(address)}：汇总得 {format_value(value)}，{problem}，未填入")
    for name, cells in absent.items():
        notes.append(f"{name}未填写或未能读取 {len(cells)} 个单元格，汇总数为其他单位之和：{places(form, cells)}")
    for name, cells in slashed.items():
        notes.append(f"{name}有 {len(cells)} 个单元格填“/”（不适用），按 0 汇总：{places(form, cells)}")
    for u in chosen:
        assert u.report is not None
        legacy = [a for a in form.cells if form.is_legacy(a) and not form.is_computed(a)
                  and u.report.cells.get(a) not in (None, NA)]
        if legacy:
            notes.append(f"{u.name}按旧格式填写了{places(form, legacy)}，无法分入本格式的各行，未计入")
    return values, notes


def _sum(address: str, units: Sequence[Unit], form: Form, absent: dict[str, list[str]],
         slashed: dict[str, list[str]]) -> tuple[Value, str]:
    """The sum of the units' values of one cell and its source ("东镇 3；西镇 5（另 12 个单位为 0）")."""
    total: Number = 0
    given: list[tuple[str, Value]] = []
    zeros = nas = blanks = 0
    for u in units:
        assert u.report is not None
        value = u.report.cells.get(address)
        if value is None or address in u.report.missing:
            absent.setdefault(u.name, []).append(address)
            blanks += 1
        elif value is NA:
            slashed.setdefault(u.name, []).append(address)
            nas += 1
        elif value == 0:
            zeros += 1
        else:
            total += value
            given.append((u.name, value))
    rest = [f"{n} 个单位{what}" for n, what in ((zeros, "为 0"), (nas, "填“/”"), (blanks, "未填")) if n]
    if not given and not zeros:
        return (NA, _source([], rest)) if nas else (None, "")
    kind = form.kind_of(address)
    return normalize(total, kind), _source([f"{n} {format_value(v, kind)}" for n, v in given], rest)


def _source(parts: list[str], rest: list[str]) -> str:
    """Units and values joined, cut to ``SOURCE_WIDTH`` with the count of the others."""
    shown: list[str] = []
    for i, part in enumerate(parts):
        if len("；".join(shown + [part])) > SOURCE_WIDTH - 20:
            rest = [f"{len(parts) - i} 个单位未列出"] + rest
            break
        shown.append(part)
    tail = f"（另 {'、'.join(rest)}）" if rest else ""
    return ("；".join(shown) + tail) if shown else ("、".join(rest) if rest else "")


def _baseline(address: str, rule: AggregateCell, units: Sequence[Unit], form: Form,
              values: dict[str, tuple[Value, str]], last: Optional[Report]) -> str:
    """A stock continued from last year's aggregate; without one, ``otherwise`` (already summed,
    or left blank). Returns the note for the clerk."""
    bound = rule.baseline
    assert bound is not None
    if last is None or not _continues(rule, last):
        if rule.otherwise == "sum":
            return f"没有上年汇总报告，按各单位之和汇总（{rule.why}）"
        values.pop(address, None)
        return f"没有上年汇总报告，汇总时未填入，请按汇总口径填写（{rule.why}）"

    def this(a: str) -> Number:
        return as_number(values.get(a, (None, ""))[0])

    kind = form.kind_of(address)
    value = normalize(bound.evaluate(this, last.number), kind)
    summed, listing = _sum(address, units, form, {}, {})
    source = f"按上年汇总报告推算；各单位填报之和为 {format_value(summed, kind) or '空白'}：{listing}"
    values[address] = (value, source if len(source) <= SOURCE_WIDTH else source[:SOURCE_WIDTH - 1] + "…")
    return f"按上年汇总报告推算（{rule.why}）"


def _continues(rule: AggregateCell, last: Optional[Report]) -> bool:
    """Last year's aggregate holds what ``rule``'s baseline reads: read, and not all blank."""
    reads = rule.baseline.reads_last if rule.baseline is not None else ()
    return last is not None and all(a in last.cells and a not in last.missing for a in reads) \
        and any(last.cells[a] is not None for a in reads)


def places(form: Form, addresses: Sequence[str]) -> str:
    """Cells named briefly for a note: by row (表三 （一）予以公开), with the columns when not all of
    them (表三 （二）部分公开（自然人、商业企业）)."""
    rows: dict[tuple[str, str], list[str]] = {}
    for a in addresses:
        table_id, row_id, col_id = a.split("/")
        rows.setdefault((table_id, row_id), []).append(col_id)
    out = []
    for (table_id, row_id), cols in rows.items():
        table = form.table(table_id)
        name = f"{table.name} {table.row_label(row_id)}"
        entered = [c.id for c in table.cols if not form.is_computed(table.address(row_id, c.id))]
        whole = len(table.cols) == 1 or set(entered) <= set(cols)
        out.append(name if whole else f"{name}（{'、'.join(table.col(c).label for c in cols)}）")
    return _names(out)


def _names(items: Sequence[str]) -> str:
    shown = "、".join(items[:NAMES_SHOWN])
    return shown + (f" 等 {len(items)} 个" if len(items) > NAMES_SHOWN else "")
