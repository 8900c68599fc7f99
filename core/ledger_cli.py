"""``main.py ledger``: the request register of a project file from the command line.

Without an option it lists the register (open requests with their working days left); ``--import``
replaces the register with a workbook's (what could not be read is listed, nothing guessed),
``--derive on|off`` switches 表三 to counting from it, ``--export`` writes the register as a
workbook (names and contacts only with ``--personal``), ``--print`` a PDF for the file. Changes
go through a ``Session`` and are saved atomically, keeping ``.bak``.

Exit codes: 0 done; 2 a file could not be read or written, or the option cannot apply.
"""

from __future__ import annotations

import argparse
import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from core import storage
from core.project_errors import ReadError
from core.report import Report

if TYPE_CHECKING:
    from core.session import Session


def add_parser(sub: Any) -> None:
    g = sub.add_parser("ledger", help="申请台账：查看、导入、导出、打印，由台账生成表三")
    g.add_argument("file", metavar="FILE", help="年报项目文件（.nianbao）")
    g.add_argument("--import", dest="import_from", metavar="XLSX", help="从 Excel 台账导入（替换现有台账）")
    g.add_argument("--derive", choices=("on", "off"), help="on：表三由台账统计；off：表三改为手工填写")
    g.add_argument("--export", metavar="XLSX", help="把台账导出为 Excel")
    g.add_argument("--personal", action="store_true", help="导出时包含申请人姓名和联系方式（默认不含）")
    g.add_argument("--print", dest="print_to", metavar="PDF", help="打印台账为 PDF（不含申请人个人信息）")


def cmd_ledger(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = Path(args.file)
    try:
        report = storage.load(path)
    except ReadError as e:
        err.write(f"无法读取：{e}\n")
        return 2
    if report.form.ledger is None:
        err.write(f"{report.form.name}没有申请台账\n")
        return 2
    from core.commands import CommandError
    from core.session import Session

    session = Session(report, path=path)
    try:
        if args.import_from and not _import(session, Path(args.import_from), out, err):
            return 2
        if args.derive:
            from core.ledger.commands import SetLedgerMode

            session.execute(SetLedgerMode(args.derive == "on"))
        if session.dirty:
            session.save()
            out.write(f"已保存：{path}\n")
        if args.export and not _write(Path(args.export), _workbook(report, bool(args.personal)), out, err):
            return 2
        if args.print_to and not _write(Path(args.print_to), _pdf(report), out, err):
            return 2
    except (CommandError, ReadError) as e:
        err.write(f"{e}\n")
        return 2
    if not (args.import_from or args.derive or args.export or args.print_to):
        _list(report, out)
    return 0


def summary(report: Report) -> dict[str, Any]:
    """``check --json``'s ``ledger`` entry (none for a report without a register): counts only,
    never an applicant."""
    if not report.ledger.requests and not report.ledger.derive:
        return {}
    from core.ledger.derive import tally

    placements = tally(report.ledger, report.form, report.year).placements
    return {"ledger": {"requests": len(placements), "derive": report.ledger.derive,
                       "not_counted": sum(not p.counted for p in placements),
                       "open": sum(r.is_open() for r in report.ledger.requests)}}


def _import(session: Session, source: Path, out: TextIO, err: TextIO) -> bool:
    from core.ledger.commands import ReplaceLedger
    from core.ledger.xlsx_io import LedgerImportError, import_xlsx

    try:
        data = source.read_bytes()
    except OSError as e:
        err.write(f"无法读取“{source.name}”：{e.strerror or '读取失败'}\n")
        return False
    try:
        got = import_xlsx(data, session.report.form)
    except LedgerImportError as e:
        err.write(f"{e}\n")
        return False
    session.execute(ReplaceLedger(tuple(got.requests)))
    out.write(f"已从“{source.name}”导入 {len(got.requests)} 条申请\n")
    for note in got.notes:
        out.write(f"  说明：{note}\n")
    return True


def _workbook(report: Report, personal: bool) -> bytes:
    from core.ledger.xlsx_io import export_xlsx

    return export_xlsx(report.ledger, report.form, report.organ, report.year, include_personal=personal)


def _pdf(report: Report) -> bytes:
    from core.ledger.print_pdf import ledger_pdf

    return ledger_pdf(report.ledger, report.form, report.organ, report.year, _dt.date.today())


def _write(target: Path, data: bytes, out: TextIO, err: TextIO) -> bool:
    from core.atomic import write_file

    try:
        written = write_file(target, data)
    except OSError as e:
        err.write(f"无法写入“{target.name}”：{getattr(e, 'strerror', None) or e}\n")
        return False
    out.write(f"已写入：{written}\n")
    return True


def _list(report: Report, out: TextIO) -> None:
    from core.ledger import checks
    from core.ledger.deadlines import count, days_left
    from core.ledger.derive import tally
    from core.ledger.workdays import CalendarError, default_calendar

    requests = report.ledger.requests
    mode = "表三由台账统计" if report.ledger.derive else "表三手工填写"
    placements = tally(report.ledger, report.form, report.year).placements
    not_counted = sum(not p.counted for p in placements)
    out.write(f"{report.organ}{report.year}年申请台账：{len(requests)} 件（{mode}；未计入表三 {not_counted} 件）\n")
    try:
        calendar = default_calendar()
    except CalendarError as e:
        out.write(f"  节假日安排无法使用：{e}\n")
        return
    today = checks.today()
    for i, r in enumerate(requests):
        if not r.is_open():
            continue
        left = days_left(r, today, calendar)
        when = "收到日期未填" if left is None else f"已逾期 {-left} 个工作日" if left < 0 else f"剩余 {left} 个工作日"
        counted = count(r, calendar, today)
        how = counted.how() if counted is not None else ""     # 补正 and 征求意见 move the date: say so
        out.write(f"  第{i + 1}条 {r.number or '未编号'}（{r.received or '—'} 收）未办结：{when}"
                  f"{f'（{how}）' if how else ''}\n")
