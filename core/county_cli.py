"""``main.py collect``: the county's desk from the command line.

Reads every unit's report in the folders (one row each: organ, year, format, errors, warnings,
cells not read, ready to export or not), the cross-unit findings (C1–C4), and on request writes
the aggregate report (``--out``; an aggregate already there is updated, keeping its prose and the
cells typed into it by hand, and what changed is listed), the checklist workbook to send back to
the units (``--checklist``), and what changed against an earlier aggregate (``--previous``).

Exit codes: 0 done, whatever the findings; 2 nothing could be read, nothing could be summed, an
option's file could not be read, or a file could not be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, TextIO

from core import storage
from core.display_width import display_width as _width
from core.findings import ERROR, INFO, SEVERITY_NAMES, WARNING, Finding
from core.project_errors import ReadError
from core.project_json import json_text
from core.reading import read_report
from core.registry import available_formats, get_form
from core.report import Report
from core.values import NA, Value, format_value

if TYPE_CHECKING:  # (the county desk loads only for ``collect``: ``check`` builds this parser too)
    from core.county.model import Collection, Unit


def add_parser(sub: Any) -> None:
    g = sub.add_parser("collect", help="汇总：收集各单位的年度报告，逐一检查，合计为汇总报告")
    g.add_argument("folders", nargs="+", metavar="FOLDER",
                   help="各单位报告所在的文件夹（含下一级子文件夹），也可直接写文件；"
                        "可读取 .nianbao、Word、PDF、Excel、网页或文本")
    g.add_argument("--year", type=int, help="汇总年度（默认取多数单位的年度）")
    g.add_argument("--format", dest="fmt", metavar="FORMAT",
                   help=f"格式：{' 或 '.join(available_formats())}（默认取多数单位的格式）")
    g.add_argument("--last-units", metavar="FILE", help="上年报送单位名单（文本文件，每行一个机关名称）")
    g.add_argument("--organ", default="", help="汇总报告的机关名称，如 某某县人民政府")
    g.add_argument("--out", metavar="FILE",
                   help="汇总报告的保存位置（.nianbao）；已存在时按本次汇总更新，保留正文和手工填写的单元格，原文件留作 .bak")
    g.add_argument("--last-year", metavar="FILE", help="上一年度的汇总报告：现行有效件数等存量接续上年，并做跨年度核对")
    g.add_argument("--checklist", metavar="XLSX", help="把问题清单导出为 Excel，发回各单位")
    g.add_argument("--previous", metavar="FILE", help="此前的汇总报告：列出本次汇总改变了哪些数字")
    g.add_argument("--json", action="store_true", help="输出一个 JSON 对象")


def cmd_collect(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.fmt and args.fmt not in available_formats():
        err.write(f"没有“{args.fmt}”版格式（可用：{'、'.join(available_formats())}）\n")
        return 2
    last_units = _last_units(args.last_units, err) if args.last_units else []
    last = _read(args.last_year, err) if args.last_year else None
    previous = _read(args.previous, err) if args.previous else None
    if last_units is None or (args.last_year and last is None) or (args.previous and previous is None):
        return 2
    from core.county.collect import collect

    skip = [p for p in (args.out, args.checklist, args.last_year, args.previous) if p]
    collection = collect([Path(f) for f in args.folders], args.year, args.fmt, last_units, skip)
    record: dict[str, Any] = _record(collection)
    if not args.json:
        _print_units(collection, out)
    if not any(u.report is not None for u in collection.units):
        err.write("没有读取到任何报告\n")
        _finish(record, args.json, out)
        return 2
    status = 0
    if args.out or args.previous:
        status = _aggregate(args, collection, last, previous, record, out, err)
    if status == 0 and args.checklist:
        status = _checklist(Path(args.checklist), collection, record, out, err)
    _finish(record, args.json, out)
    return status


def _aggregate(args: argparse.Namespace, collection: Collection, last: Optional[Report], previous: Optional[Report],
               record: dict[str, Any], out: TextIO, err: TextIO) -> int:
    from core.county.aggregate import aggregate, compare, refresh

    units = collection.summed()
    if not units or collection.year is None:
        err.write("没有可计入汇总的单位报告\n")
        return 2
    target = Path(args.out) if args.out else None
    existing = None
    if target is not None and target.exists():
        existing = _read(str(target), err)
        if existing is None:
            return 2
        if existing.year != collection.year or existing.format != collection.format:
            err.write(f"“{target.name}”是 {existing.year} 年度{existing.form.name}的报告，与本次汇总不同；请换一个文件名\n")
            return 2
    if existing is not None:
        if args.organ and args.organ != existing.organ:
            from core.commands import SetMeta
            from core.session import Session

            Session(existing).execute(SetMeta("organ", args.organ))
        changes = refresh(existing, units, last)
        report = existing
    else:
        report = aggregate(units, args.organ, collection.year, collection.format, last)
        changes = []
    if previous is not None:
        changes = compare(previous, report)
    if target is not None:
        try:
            storage.save(report, target)
        except ReadError as e:
            err.write(f"{e}\n")
            return 2
    from core.validate import validate

    findings = validate(report)
    record["aggregate"] = {"file": str(target) if target else None, "units": len(units),
                           "errors": sum(f.severity == ERROR for f in findings),
                           "warnings": sum(f.severity == WARNING for f in findings),
                           "infos": sum(f.severity == INFO for f in findings), "notes": list(report.notes)}
    record["changes"] = [{"cell": a, "label": report.form.label(a), "before": _json_value(b), "after": _json_value(c)}
                         for a, b, c in changes]
    if not args.json:
        _print_aggregate(report, target, findings, changes, previous is not None or existing is not None, out)
    return 0


def _checklist(target: Path, collection: Collection, record: dict[str, Any], out: TextIO, err: TextIO) -> int:
    from core.atomic import reason, write_file
    from core.county.checklist import checklist_xlsx

    try:
        written = write_file(target, checklist_xlsx(collection))
    except OSError as e:
        err.write(f"无法写入“{target.name}”：{reason(e)}\n")
        return 2
    record["checklist"] = str(written)
    out.write(f"问题清单已写入：{written}\n")
    return 0


def _read(path: str, err: TextIO) -> Optional[Report]:
    try:
        return read_report(path)
    except ReadError as e:
        err.write(f"无法读取：{e}\n")
        return None


def _last_units(path: str, err: TextIO) -> Optional[list[str]]:
    from core.county.collect import read_unit_list

    try:
        return read_unit_list(Path(path))
    except ReadError as e:
        err.write(f"{e}\n")
        return None


def _json_value(value: Value) -> Any:
    return "/" if value is NA else value


def _record(collection: Collection) -> dict[str, Any]:
    """The ``--json`` object's collection part."""
    return {
        "year": collection.year, "format": collection.format,
        "units": [{"file": str(u.path), "organ": u.organ, "year": u.year, "format": u.format, "errors": u.errors,
                   "warnings": u.warnings, "infos": u.infos, "not_read": u.not_read, "export_ready": u.export_ready,
                   "summed": u.summed, "problem": u.problem, "excluded": u.excluded} for u in collection.units],
        "findings": [f.as_dict() for f in collection.findings],
        "missing": list(collection.missing),
    }


def _finish(record: dict[str, Any], as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(json_text(record) + "\n")


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


HEADINGS = ("序号", "单位", "年度", "格式", "错误", "提示", "未读取", "可导出", "文件")


def _print_units(collection: Collection, out: TextIO) -> None:
    name = get_form(collection.format).name if collection.format in available_formats() else "格式未定"
    summed = len(collection.summed())
    out.write(f"汇总 {collection.year or '—'} 年度，{name}：{len(collection.units)} 个文件，"
              f"计入汇总 {summed} 个，未计入 {len(collection.units) - summed} 个\n")
    rows = [HEADINGS] + [_unit_row(i, u) for i, u in enumerate(collection.units, 1)]
    widths = [max(_width(r[c]) for r in rows) for c in range(len(HEADINGS))]
    for i, row in enumerate(rows):
        out.write("  " + "  ".join(_pad(t, w) for t, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if i and collection.units[i - 1].excluded:
            out.write(f"        未计入：{collection.units[i - 1].excluded}\n")
    if collection.findings:
        out.write("跨单位检查：\n")
        for f in collection.findings:
            _print_finding(f, out)


def _unit_row(i: int, u: Unit) -> tuple[str, ...]:
    if u.report is None:
        return (str(i), "—", "", "", "", "", "", "", u.path.name)
    return (str(i), u.name if u.organ else "（未写机关名称）", str(u.year), f"{u.format}版", str(u.errors),
            str(u.warnings), str(u.not_read), "是" if u.export_ready else "否", u.path.name)


def _print_finding(f: Finding, out: TextIO) -> None:
    out.write(f"  {SEVERITY_NAMES.get(f.severity, f.severity)} [{f.rule}] {f.message}\n")
    out.write(f"      依据：{f.basis}\n")


def _print_aggregate(report: Report, target: Optional[Path], findings: list[Finding],
                     changes: list[tuple[str, Value, Value]], compared: bool, out: TextIO) -> None:
    errors = sum(f.severity == ERROR for f in findings)
    warnings = sum(f.severity == WARNING for f in findings)
    where = f"已保存 {target}" if target else "未保存（未指定 --out）"
    if not report.organ:
        out.write("注意：汇总报告没有机关名称，可用 --organ 指定\n")
    out.write(f"汇总报告：{where}：{report.display_title()}（{errors} 个错误、{warnings} 个提示）\n")
    for note in report.notes:
        out.write(f"  说明：{note}\n")
    if compared:
        out.write(f"与此前的汇总相比，{len(changes)} 个单元格有变化\n" if changes else "与此前的汇总相比，没有变化\n")
        for a, before, after in changes:
            kind = report.form.kind_of(a)
            out.write(f"  {report.form.label(a)}：{format_value(before, kind) or '空白'} → "
                      f"{format_value(after, kind) or '空白'}\n")
