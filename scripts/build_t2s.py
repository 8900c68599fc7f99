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

TSCharacters knows OpenCC's own traditional forms only. The regional forms a site's converter may
write instead (衞 for 衛, 敍 for 敘, 枱 for 檯, 粧 for 妝) OpenCC keeps apart, in its variants
tables (``HKVariants.txt``, ``TWVariants.txt``: a standard form, TAB, its regional forms); given
after TSCharacters, each regional form is read as its standard form is, unless it is a simplified
character itself (温, 凶, 吃 are written by simplified text too) or TSCharacters has it already.
``FORMS`` adds the few that sites write and no OpenCC table maps at all.

    .venv/bin/python scripts/build_t2s.py path/to/TSCharacters.txt [path/to/HKVariants.txt ...]

The table written is in TSCharacters' own format, so the current ``t2s.tsv`` given in its place
rebuilds the same table (a way to add variants where OpenCC's files are not at hand).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "templates" / "chars" / "t2s.tsv"
HEADER = ("# Traditional -> simplified Chinese characters, one per line: traditional TAB simplified.\n"
          "# Derived from OpenCC TSCharacters.txt, HKVariants.txt and TWVariants.txt (https://github.com/BYVoid/OpenCC),\n"
          "# Copyright (c) BYVoid and the OpenCC contributors, Apache License 2.0.\n"
          "# Rebuilt by scripts/build_t2s.py; characters that are simplified too are left out.\n")

FORMS = {"\u965c": "\u9655"}
"""陜 → 陕: the form of 陝 that sites' 繁体 converters write for 陕 (陕西 comes back as 陜西, and the
organ is read as 陜西…). In no OpenCC character table (TSCharacters, STCharacters, HKVariants,
TWVariants and HKDeFactoVariants list 陝 only); it is no simplified character."""


def _rows(source: Path) -> list[tuple[str, list[str]]]:
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, cands = line.split("\t", 1)
        out.append((key, cands.split()))
    return out


def table(source: Path) -> dict[str, str]:
    out = {}
    for trad, first in _rows(source):
        if len(trad) == 1 and first and trad not in first and len(first[0]) == 1:
            out[trad] = first[0]
    return out


def with_variants(pairs: dict[str, str], simplified: set[str], variants: Path) -> dict[str, str]:
    """``pairs`` and each regional form of ``variants`` read as its standard form is read: never a
    character that is simplified too, nor one ``pairs`` has already."""
    out = dict(pairs)
    for standard, forms in _rows(variants):
        for form in forms:
            if len(form) == 1 and form != standard and standard in pairs and form not in out \
                    and form not in simplified:
                out[form] = pairs[standard]
    return out


def build(source: Path, variants: list[Path]) -> dict[str, str]:
    pairs = table(source)
    simplified = {cand for _, cands in _rows(source) for cand in cands} | set(pairs.values())
    for path in variants:
        pairs = with_variants(pairs, simplified, path)
    for form, simple in FORMS.items():
        pairs.setdefault(form, simple)
    return pairs


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    pairs = build(Path(argv[0]), [Path(p) for p in argv[1:]])
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(HEADER + "".join(f"{t}\t{s}\n" for t, s in sorted(pairs.items())), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(pairs)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
