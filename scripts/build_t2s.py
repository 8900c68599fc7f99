"""Rebuild templates/chars/t2s.tsv, the traditional → simplified character table the importer
uses to read a report copied from a site's traditional-character (繁体) version.

Why a table of our own rather than a converter library in the installer: the importer needs single
characters only (the form's labels and anchors are matched character by character, and a clerk
gets the prose back in simplified characters with a note), and the table is 40 KB where a
converter with its phrase dictionaries is several MB.

Source: OpenCC's ``TSCharacters.txt`` (Apache License 2.0, https://github.com/BYVoid/OpenCC), for
instance from the PyPI package ``opencc-python-reimplemented==0.1.7`` (``pip download --no-deps``,
unzip the wheel: ``opencc/dictionary/TSCharacters.txt``). A character whose candidates include
itself (乾 → 干 乾) is also a simplified character and is left out, so text that is already
simplified is never changed; otherwise the first candidate is OpenCC's default reading.

    .venv/bin/python scripts/build_t2s.py path/to/TSCharacters.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "templates" / "chars" / "t2s.tsv"
HEADER = ("# Traditional -> simplified Chinese characters, one per line: traditional TAB simplified.\n"
          "# Derived from OpenCC TSCharacters.txt (https://github.com/BYVoid/OpenCC),\n"
          "# Copyright (c) BYVoid and the OpenCC contributors, Apache License 2.0.\n"
          "# Rebuilt by scripts/build_t2s.py; characters that are simplified too are left out.\n")


def table(source: Path) -> dict[str, str]:
    out = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        trad, cands = line.split("\t", 1)
        first = cands.split()
        if len(trad) == 1 and first and trad not in first and len(first[0]) == 1:
            out[trad] = first[0]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    pairs = table(Path(argv[0]))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(HEADER + "".join(f"{t}\t{s}\n" for t, s in sorted(pairs.items())), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(pairs)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
