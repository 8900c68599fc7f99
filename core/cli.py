"""Command line: ``check``, ``new``, ``convert``, ``ledger``, ``collect`` — the core working without any window.

Exit codes of ``check``: 0 no errors, 1 errors found, 2 a file could not be read; every command:
3 an internal error (one Chinese line names the log; ``main.run_cli``), 130 interrupted, 141 the
reader closed the pipe. Everything a person reads is Chinese; ``--json`` prints one JSON object per
file (JSON Lines) for scripts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Optional, TextIO

from core import county_cli, ledger_cli, storage
from core.check_output import _load, check_record  # noqa: F401  (check_record: part of the CLI's API)
from core.project_json import EXTENSION, ProjectFileError
from core.reading import is_project_file
from core.report import parse_date

PROG = "main.py"


_ARGPARSE_WORDS = (
    ("the following arguments are required:", "缺少参数"),
    ("unrecognized arguments:", "无法识别的参数"),
    ("invalid int value:", "不是整数："),
    ("invalid choice:", "无效的选择："),
    ("expected one argument", "需要一个值"),
    ("argument ", "参数 "),
)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Optional[str], actions: Any, groups: Any, prefix: Optional[str] = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese headings and errors (exit 2, like an unreadable file)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> Any:  # noqa: D102 - argparse hook
        for english, chinese in _ARGPARSE_WORDS:
            message = message.replace(english, chinese)
        self.print_usage(sys.stderr)
        self.exit(2, f"参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="政府信息公开工作年度报告编辑器（命令行）。"
                "不带参数运行将启动编辑器；编辑器完成之前显示本帮助。")
    sub = p.add_subparsers(dest="command", metavar="{check,new,convert,ledger,collect}", title="命令", parser_class=_Parser)
    c = sub.add_parser("check", help="检查报告的勾稽关系、结构和跨年度衔接")
    c.add_argument("files", nargs="+", metavar="FILE",
                   help="年报项目文件（.nianbao），或已发布的报告：Word（.docx）、PDF、Excel（.xlsx）、网页或文本（.html .txt）")
    c.add_argument("--last-year", metavar="FILE", help="上一年度的报告，用于跨年度核对")
    c.add_argument("--json", action="store_true", help="每个文件输出一行 JSON（JSON Lines）")
    c.add_argument("--tables", action="store_true", help="同时打印各统计表（✗ 错误，! 提示，? 未读取）")
    c.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="同时检查的进程数（0：每个处理器核心一个；安装版始终单进程）；输出仍按文件顺序")
    n = sub.add_parser("new", help="新建某年度的报告（可从上年报告结转）")
    n.add_argument("--year", type=int, required=True, help="报告年度，如 2025")
    n.add_argument("--from", dest="last", metavar="LAST_YEAR_FILE", help="上一年度的报告")
    n.add_argument("--organ", help="机关名称")
    n.add_argument("--date", metavar="YYYY-MM-DD", help="落款日期，如 2025-01-20（不填则为导出当天）")
    n.add_argument("--force", action="store_true", help="输出文件已存在时覆盖（原文件保留为 .bak）")
    n.add_argument("out", metavar="OUT", help="新报告的保存位置")
    v = sub.add_parser("convert", help="导出 Word/PDF/Excel（.docx .pdf .xlsx），或转换年报项目文件")
    v.add_argument("input", metavar="IN", help="年报项目文件（.nianbao），或本程序导出的 .xlsx")
    v.add_argument("output", metavar="OUT", help="输出文件：.docx、.pdf、.xlsx、.nianbao 或 .json")
    v.add_argument("--draft", action="store_true", help="报告有错误时仍导出草稿（每页标注“草稿”）")
    v.add_argument("--annex", action="store_true", help="在报告后附差异说明（已说明的提示、与上年相比的大幅变化），供上级审核")
    v.add_argument("--year", type=int, metavar="YEAR", help="原文（网页文本、Word、PDF）没有写明报告年度时，按此年度读取")
    ledger_cli.add_parser(sub)
    county_cli.add_parser(sub)
    return p


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.check_batch import Options, check_all, last_year

    if args.last_year and last_year(args.last_year, err) is None:
        return 2
    if args.jobs < 0:
        err.write("--jobs 应为 0（每个处理器核心一个）或正整数\n")
        return 2
    status = 0
    options = Options(args.last_year or "", bool(args.json), bool(args.tables))
    for checked in check_all(list(args.files), options, args.jobs):
        out.write(checked.out)
        err.write(checked.err)
        status = 2 if 2 in (status, checked.status) else max(status, checked.status)
    return status


def cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target = Path(args.out)
    if target.suffix == "":
        target = target.with_suffix(EXTENSION)
    from core import atomic  # (writing only: ``check`` goes without hashlib and shutil)

    problem = atomic.name_problem(target)
    if problem:
        err.write(f"无法保存：{problem}\n")
        return 2
    if os.path.lexists(target) and not args.force:
        err.write(f"“{target}”已存在；如需覆盖请加 --force（原文件会保留为 .bak）\n")
        return 2
    date = parse_date(args.date or "")
    if date is None:
        err.write(f"落款日期“{args.date}”无效，应写作 2025-01-20\n")
        return 2
    last = _load(args.last, err) if args.last else None
    if args.last and last is None:
        return 2
    from core.rollover import new_report

    try:
        report = new_report(args.year, args.organ or "", last)
    except KeyError as e:
        err.write(f"{e.args[0]}\n")
        return 2
    report.date = date
    try:
        saved = storage.save(report, target)
    except ProjectFileError as e:
        err.write(f"{e}\n")
        return 2
    out.write(f"已新建 {saved}：{report.display_title()}（{report.form.name}）\n")
    for note in report.notes:
        out.write(f"  说明：{note}\n")
    return 0


def cmd_convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Any readable report (project file, exported workbook, published Word/PDF/Excel/web text) to a
    project file or an export: one way in (``_load``), one way out."""
    from core import export_cli

    src, dst = Path(args.input), Path(args.output)
    suffix = dst.suffix.lower()
    if suffix not in (EXTENSION, ".json") + export_cli.EXPORT_SUFFIXES:
        err.write(f"暂不支持转换为“{dst.suffix or dst.name}”：可输出 {EXTENSION}、.json、.docx、.pdf、.xlsx\n")
        return 2
    if src.resolve() == dst.resolve():
        err.write("输入和输出是同一个文件\n")
        return 2
    report = export_cli.read_own_workbook(src) if src.suffix.lower() == ".xlsx" and src.is_file() else None
    report = report or _load(str(src), err, args.year)
    if report is None:
        return 2
    if suffix in export_cli.EXPORT_SUFFIXES:
        return export_cli.export_report(report, src, dst, bool(args.draft), bool(args.annex), out, err)
    report.last_year_file = ""  # embed last year, so a reference relative to IN cannot break
    try:
        storage.save(report, dst)
    except ProjectFileError as e:
        err.write(f"{e}\n")
        return 2
    out.write(f"已转换：{src} → {dst}\n")
    if not is_project_file(src):
        for note in report.notes:
            out.write(f"  说明：{note}\n")
        if report.missing:
            out.write(f"  说明：{len(report.missing)} 个单元格未能从原文读取，已标记为“未读取”\n")
        if report.unread_sections:
            numbers = "、".join(s.heading.partition("、")[0] for s in report.form.sections if s.id in report.unread_sections)
            out.write(f"  说明：原文没有读到第{numbers}部分（复制不完整），已标记为“未读取”\n")
    return 0


def main(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help(out)
        return 0
    handler = {"check": cmd_check, "new": cmd_new, "convert": cmd_convert, "ledger": ledger_cli.cmd_ledger,
               "collect": county_cli.cmd_collect}[args.command]
    return int(handler(args, out, err))
