"""Entry point. With a subcommand (check, new, convert) or an option it runs the command line;
with no arguments it starts the editor, and with one file argument the editor opens that file."""

from __future__ import annotations

import sys
from pathlib import Path

SUBCOMMANDS = ("check", "new", "convert")


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
    from core.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
