"""Entry point. With a subcommand (check, new, convert) or an option it runs the command line;
with no arguments it starts the editor, and with one file argument the editor opens that file."""

from __future__ import annotations

import sys
from pathlib import Path

SUBCOMMANDS = ("check", "new", "convert", "ledger", "collect")


def wants_editor(argv: list[str]) -> bool:
    """No arguments, or a single argument that is a file (an existing path, or a name with an
    extension such as a double-clicked report): anything else is a command line to parse, so a
    mistyped subcommand gets the Chinese usage message instead of an editor window."""
    if not argv:
        return True
    if len(argv) != 1 or argv[0] in SUBCOMMANDS or argv[0].startswith("-"):
        return False
    return Path(argv[0]).exists() or bool(Path(argv[0]).suffix)


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    if argv == ["--selftest"]:
        from gui.selftest import run as selftest

        return selftest()
    if wants_editor(argv):
        from gui.app import run

        return run(argv)
    return run_cli(argv)


EXIT_INTERNAL = 3
"""An error of the program itself (0: no errors, 1: errors found in a report, 2: a file could not
be read or written, or the command was refused): scripts can tell a bug from a bad report."""


def run_cli(argv: list[str]) -> int:
    """The command line, never ending in a traceback: an internal error is logged and said in one
    Chinese line; a reader that closes the pipe early (``check … | head``) ends it quietly."""
    from core.cli import main as cli_main

    try:
        return cli_main(argv)
    except BrokenPipeError:
        _quiet_stdout()
        return 141
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except Exception:  # the last guard: logged, said in Chinese
        from core.crash_log import write_log

        try:
            where = f"错误记录已写入：{write_log(*sys.exc_info())}"
        except OSError:
            where = "错误记录未能写入"
        print(f"程序内部错误，命令没有完成（输入文件未作改动）。{where}；请把它和所用的文件发给技术支持。",
              file=sys.stderr)
        return EXIT_INTERNAL


def _quiet_stdout() -> None:
    """Stop Python from complaining about the closed pipe when it flushes stdout at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
