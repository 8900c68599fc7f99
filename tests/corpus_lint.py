"""Checks a hand-read corpus entry (tests/corpus/*.json) before it is trusted: the fields every entry
needs, cell addresses that exist in the entry's format, and the form's own arithmetic over the cells as
read — a sum that fails is either the reader's slip (read again) or the report's own (say so in
"notes"). It never runs the importer: the expected values must come from a person's eye.

    .venv/bin/python tests/corpus_lint.py [tests/corpus/name.json ...]
"""

from __future__ import annotations

import functools
import json
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.registry import get_form  # noqa: E402
from core.report import PRINTED, Report  # noqa: E402
from core.validate import validate  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = ("id", "source", "organ", "year", "format", "layout", "tables", "cells")


@functools.lru_cache(maxsize=1)
def _sources() -> frozenset[str]:
    """The stems of the corpus's source files, the folder listed once (a glob per entry took seconds)."""
    return frozenset(p.name.split(".")[0] for p in CORPUS.iterdir() if p.suffix != ".json")


def lint(path: Path) -> list[str]:
    """Problems of one entry, in words; an empty list when it may be used."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"unreadable: {e}"]
    problems = [f"field missing: {f}" for f in FIELDS if f not in meta]
    if problems:
        return problems
    if meta["id"] != path.stem:
        problems.append(f"id {meta['id']!r} is not the file name {path.stem!r}")
    if path.resolve().parent == CORPUS and path.stem not in _sources():
        problems.append("no source file beside the entry")
    form = get_form(str(meta["format"]))
    known = {a for t in form.tables for a in t.addresses()}
    unknown = sorted(set(meta["cells"]) - known)
    problems += [f"no such cell in format {meta['format']}: {a}" for a in unknown]
    if meta.get("copy_of"):     # a browser's copy or print of another entry's page: that page's cells
        parent = CORPUS / f"{meta['copy_of']}.json"
        if not parent.is_file():
            problems.append(f"copy_of names no entry: {meta['copy_of']}")
        elif json.loads(parent.read_text(encoding="utf-8"))["cells"] != meta["cells"]:
            problems.append(f"cells differ from those of {meta['copy_of']}, whose page this is")
    if meta["tables"] == "full":
        problems += [f"full entry lacks cell {a}" for a in sorted(known - set(meta["cells"]))
                     if not form.is_computed(a) and not form.is_legacy(a)]
    report = Report(form=form, year=int(meta["year"]), organ=meta["organ"], totals=PRINTED)
    for address, value in meta["cells"].items():
        if address in known and value is not None:
            report.cells[address] = Decimal(str(value))
    for finding in validate(report):
        if finding.severity == "error" and finding.rule[:1] in "RX" and finding.cells and all(
                meta["cells"].get(c) is not None or form.is_legacy(c) for c in finding.cells):
            problems.append(f"arithmetic ({finding.rule}): {finding.message} — misread, or the report's own slip?")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(CORPUS.glob("*.json"))
    bad = 0
    for path in paths:
        problems = lint(path)
        bad += bool(problems)
        print(f"{path.name}: {'ok' if not problems else ''}")
        for p in problems:
            print(f"    {p}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
