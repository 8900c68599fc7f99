"""The corpus reports and the seed reports as a clerk may get them: each copied text printed to
.docx and PDF by LibreOffice, then imported, and every cell not read or read wrong listed with the
importer's reason — to see why the printed copies read fewer cells than their text (the figures
``tests/importers/test_corpus_printed.py`` and ``test_printed_tabs.py`` hold floors under).

Two sets: ``corpus`` is the text entries of ``tests/corpus`` (cells read by hand); ``seeds`` is the
five reports in ``../shared/seeds`` copied from their web pages with tabs between cells, whose
expected cells are what the importer reads from the .txt itself (all of them). The summary at the
end counts misses per cause (the importer's reason with its numbers and quotes taken out), so a fix
can be weighed by how many cells it would bring back.

Printed files are cached under ``build/printed/`` (ignored by git) and made again only when the
source is newer; ``--fresh`` prints them all again.

    .venv/bin/python scripts/corpus_printed_report.py [--fresh] [--set corpus|seeds] [--format docx|pdf]
        [--id ID] [--brief]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_import import ReportScore, entries, imported, run_together  # noqa: E402

from core.importers import import_file  # noqa: E402
from core.importers.confidence import SURE, confidence  # noqa: E402
from core.validate import validate  # noqa: E402
from scripts.libreoffice import convert_many, environment, profile_dir, soffice, with_tab_stop  # noqa: E402

CACHE = ROOT / "build" / "printed"
SEEDS = ROOT.parent / "shared" / "seeds"
FORMATS = ("docx", "pdf")
SETS = ("corpus", "seeds", "spaces", "lines", "word-2ch", "word-inch")
TAB_STOPS = {"word-2ch": 420, "word-inch": 720}
"""Default tab stops (twips) of other word processors, for the seeds printed with them: Word's two
characters of 五号 in a Chinese document (0.74 cm) and half an inch in a Western one. LibreOffice
prints its own 1.25 cm unless the .docx says otherwise, so the seeds' .docx is given these."""
VARIANTS = {
    "spaces": lambda line: " ".join(c for c in line.split("\t") if c.strip()) if "\t" in line else line,
    "lines": lambda line: "\n".join(c.strip() for c in line.split("\t")) if "\t" in line else line,
}
"""The seeds as other sites let them be copied: cells separated by blanks (an empty cell lost), or
one cell per line (an empty cell an empty line)."""


def seed_entries(variant: str = "") -> list[tuple[dict[str, Any], Path]]:
    """The seeds (or a variant of their text, written under ``build/printed/variants``) with what
    the importer reads from that text as the expected cells: a printed copy should read the same."""
    out = []
    for source in sorted(SEEDS.glob("*.txt")):
        name = "seed-" + (f"{variant}-" if variant else "") + source.stem
        if variant:
            text = "\n".join(VARIANTS[variant](line) for line in source.read_text(encoding="utf-8").splitlines())
            folder = CACHE / "variants"
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{name}.txt"
            if not target.exists() or target.read_text(encoding="utf-8") != text + "\n":
                target.write_text(text + "\n", encoding="utf-8")
            source = target
        report, _ = import_file(source)
        cells = {a: v for a, v in report.cells.items() if a not in report.missing and v is not None}
        out.append(({"id": name, "cells": cells}, source))
    return out


def text_entries(which: tuple[str, ...]) -> list[tuple[dict[str, Any], Path]]:
    out = []
    if "corpus" in which:
        out += [(m, s) for m, s in entries() if s.suffix in (".txt", ".md") and not run_together(s)]
    if "seeds" in which:
        out += seed_entries()
    out += [e for v in VARIANTS if v in which for e in seed_entries(v)]
    for name in TAB_STOPS:
        if name in which:
            out += [({**m, "id": m["id"].replace("seed-", f"seed-{name}-")}, s) for m, s in seed_entries()]
    return out


def tab_stop_files(fresh: bool) -> dict[str, dict[str, Path]]:
    """The seeds printed to PDF from their .docx given another word processor's tab stops."""
    seeds = printed_files(seed_entries(), fresh)
    work = CACHE / "work"
    out: dict[str, dict[str, Path]] = {}
    for name, twips in TAB_STOPS.items():
        folder = CACHE / name
        folder.mkdir(parents=True, exist_ok=True)
        todo = []
        for rid, paths in seeds.items():
            docx = folder / f"{rid.replace('seed-', f'seed-{name}-')}.docx"
            pdf = docx.with_suffix(".pdf")
            out[docx.stem] = {"docx": docx, "pdf": pdf}
            if fresh or not pdf.exists() or pdf.stat().st_mtime < paths["docx"].stat().st_mtime:
                todo.append(with_tab_stop(paths["docx"], twips, docx))
        if todo:
            print(f"printing {len(todo)} entries with {name} tab stops …", file=sys.stderr)
            subprocess.run([str(soffice()), f"-env:UserInstallation={profile_dir(work).as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(folder), *map(str, todo)],
                           check=True, capture_output=True, timeout=1800, env=environment(work))
    return out


def printed_files(texts: list[tuple[dict[str, Any], Path]], fresh: bool) -> dict[str, dict[str, Path]]:
    """Each entry's printed copies, converting (in one LibreOffice run per format) only what is
    missing or older than its source."""
    src_dir, work = CACHE / "src", CACHE / "work"
    src_dir.mkdir(parents=True, exist_ok=True)
    out: dict[str, dict[str, Path]] = {}
    todo: dict[str, list[Path]] = {f: [] for f in FORMATS}
    for meta, source in texts:
        text = src_dir / f"{meta['id']}.txt"
        if fresh or not text.exists() or text.read_bytes() != source.read_bytes():
            shutil.copy(source, text)
        out[meta["id"]] = {}
        for fmt in FORMATS:
            target = CACHE / fmt / f"{text.stem}.{fmt}"
            out[meta["id"]][fmt] = target
            if fresh or not target.exists() or target.stat().st_mtime < text.stat().st_mtime:
                todo[fmt].append(text)
    for fmt, files in todo.items():
        if not files:
            continue
        if soffice() is None:
            raise SystemExit("LibreOffice (soffice) is not installed")
        print(f"printing {len(files)} entries to {fmt} …", file=sys.stderr)
        # in batches: one LibreOffice run over the whole corpus stops, without a word, after some 500 files
        convert_many(files, fmt, CACHE / fmt, work, timeout=1800)
    return out


def cause(reason: str) -> str:
    """A miss's reason with what differs from report to report taken out (quoted labels, numbers)."""
    reason = re.sub(r"“[^”]*”", "“…”", reason)
    return re.sub(r"\d+", "N", reason)[:120]


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--fresh", action="store_true", help="print every entry again")
    ap.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    ap.add_argument("--format", choices=FORMATS, action="append", help="only this format (repeatable)")
    ap.add_argument("--id", action="append", help="only this entry (repeatable)")
    ap.add_argument("--brief", action="store_true", help="figures only, no cell list")
    args = ap.parse_args()
    texts = [(m, s) for m, s in text_entries(tuple(args.set or SETS)) if not args.id or m["id"] in args.id]
    sets = tuple(args.set or SETS)
    files = printed_files([(m, s) for m, s in texts if not any(m["id"].startswith(f"seed-{n}-") for n in TAB_STOPS)],
                          args.fresh)
    if any(n in sets for n in TAB_STOPS):
        files.update(tab_stop_files(args.fresh))
    totals: dict[tuple[str, str], list[int]] = {}
    causes: dict[str, Counter[str]] = {f: Counter() for f in FORMATS}
    sure_wrong: dict[str, int] = {f: 0 for f in FORMATS}
    for fmt in args.format or FORMATS:
        for meta, _ in texts:
            rid, path = meta["id"], files[meta["id"]][fmt]
            group = next((v for v in (*VARIANTS, *TAB_STOPS) if rid.startswith(f"seed-{v}-")),
                         "seeds" if rid.startswith("seed-") else "corpus")
            s: ReportScore
            s, report = imported(meta, path)     # (the year an entry gives, as the corpus test does)
            tot = totals.setdefault((group, fmt), [0, 0])
            tot[0] += s.right
            tot[1] += s.cells
            if s.refused:
                print(f"[{fmt}] {rid}: REFUSED {s.refused}")
                causes[fmt]["refused"] += s.cells
                continue
            print(f"[{fmt}] {rid}: {s.right}/{s.cells}")
            if s.right == s.cells:
                continue
            assert report is not None
            sure = {t.table for t in confidence(report, validate(report)) if t.level == SURE}
            for w in s.wrong:
                flag = w.split("/")[0] in sure
                sure_wrong[fmt] += flag
                causes[fmt]["WRONG in a sure table" if flag else "wrong (table in doubt)"] += 1
                if not args.brief:
                    print(f"    WRONG{' SURE!' if flag else ''} {w}")
            for a in s.missing:
                causes[fmt][cause(str(report.missing.get(a)))] += 1
                if not args.brief:
                    print(f"    miss  {a}: {report.missing.get(a)}")
    print()
    for (group, fmt), (right, cells) in sorted(totals.items()):
        if cells:
            print(f"{group} {fmt}: {right} / {cells} ({100 * right / cells:.1f} %)")
    for fmt in args.format or FORMATS:
        print(f"\n{fmt}: misses per cause ({sure_wrong[fmt]} wrong cells in tables called sure)")
        for why, n in causes[fmt].most_common():
            print(f"  {n:5d}  {why}")


if __name__ == "__main__":
    main()
