"""The corpus reports printed to .docx and PDF by LibreOffice, imported, and every cell not read
or read wrong listed with the importer's reason — to see why the printed copies read fewer cells
than their text (the figures ``tests/importers/test_corpus_printed.py`` holds a floor under).

Printed files are cached under ``build/printed/`` (ignored by git) and made again only when the
source is newer; ``--fresh`` prints them all again.

    .venv/bin/python scripts/corpus_printed_report.py [--fresh] [--format docx|pdf] [--id ID] [--brief]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_import import entries, run_together, score_one  # noqa: E402

from core.importers import import_file  # noqa: E402
from core.importers.confidence import SURE, confidence  # noqa: E402
from core.validate import validate  # noqa: E402
from scripts.libreoffice import environment, profile_dir, soffice  # noqa: E402

CACHE = ROOT / "build" / "printed"
FORMATS = ("docx", "pdf")


def printed_files(fresh: bool) -> dict[str, dict[str, Path]]:
    """Each text entry's printed copies, converting (in one LibreOffice run per format) only what
    is missing or older than its source."""
    texts = [(m, s) for m, s in entries() if s.suffix in (".txt", ".md") and not run_together(s)]
    src_dir, work = CACHE / "src", CACHE / "work"
    src_dir.mkdir(parents=True, exist_ok=True)
    out: dict[str, dict[str, Path]] = {}
    todo: dict[str, list[Path]] = {f: [] for f in FORMATS}
    for meta, source in texts:
        text = src_dir / f"{source.stem}.txt"
        if fresh or not text.exists() or text.read_bytes() != source.read_bytes():
            shutil.copy(source, text)
        out[meta["id"]] = {}
        for fmt in FORMATS:
            target = CACHE / fmt / f"{source.stem}.{fmt}"
            out[meta["id"]][fmt] = target
            if fresh or not target.exists() or target.stat().st_mtime < text.stat().st_mtime:
                todo[fmt].append(text)
    exe = soffice()
    for fmt, files in todo.items():
        if not files:
            continue
        if exe is None:
            raise SystemExit("LibreOffice (soffice) is not installed")
        print(f"printing {len(files)} entries to {fmt} …", file=sys.stderr)
        (CACHE / fmt).mkdir(parents=True, exist_ok=True)
        subprocess.run([exe, f"-env:UserInstallation={profile_dir(work).as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", str(CACHE / fmt), *map(str, files)],
                       check=True, capture_output=True, timeout=1800, env=environment(work))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fresh", action="store_true", help="print every entry again")
    ap.add_argument("--format", choices=FORMATS, action="append", help="only this format (repeatable)")
    ap.add_argument("--id", action="append", help="only this corpus entry (repeatable)")
    ap.add_argument("--brief", action="store_true", help="figures only, no cell list")
    args = ap.parse_args()
    files = printed_files(args.fresh)
    metas = {m["id"]: m for m, _ in entries()}
    totals = {f: [0, 0] for f in FORMATS}
    for fmt in args.format or FORMATS:
        for rid, paths in files.items():
            if args.id and rid not in args.id:
                continue
            meta, path = metas[rid], paths[fmt]
            s = score_one(meta, path)
            totals[fmt][0] += s.right
            totals[fmt][1] += s.cells
            if s.refused:
                print(f"[{fmt}] {rid}: REFUSED {s.refused}")
                continue
            if s.right == s.cells:
                continue
            report, _ = import_file(path)
            sure = {t.table for t in confidence(report, validate(report)) if t.level == SURE}
            print(f"[{fmt}] {rid}: {s.right}/{s.cells}")
            if args.brief:
                continue
            for w in s.wrong:
                flag = " SURE!" if w.split("/")[0] in sure else ""
                print(f"    WRONG{flag} {w}")
            for a in s.missing:
                print(f"    miss  {a}: {report.missing.get(a)}")
    for fmt in args.format or FORMATS:
        right, cells = totals[fmt]
        if cells:
            print(f"{fmt}: {right} / {cells} ({100 * right / cells:.1f} %)")


if __name__ == "__main__":
    main()
