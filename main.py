"""Entry point. With a subcommand (check, new, convert) it runs the command line; without one it
starts the editor — until the editor lands, it prints the command line's help."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    from core.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
