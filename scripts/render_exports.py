"""Render the exports to page images for a visual check: docs/exports/*.png.

Each format of a real report (淮安市 2024, printed totals) and of a clean derived report is
exported; the docx and xlsx are converted to PDF by LibreOffice (as a county's WPS/LibreOffice
would print them) and the PDFs rasterised with poppler's pdftoppm at 60 dpi; the pages of each
file are put side by side on one PNG. The blank official template is rendered the same way.

LibreOffice finds the official font names (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体)
through a private fontconfig file that maps them to the shipped fonts (``scripts/libreoffice.py``:
黑体 to the sans Droid Sans Fallback, the others to Noto Serif SC), so the renders show what the
layout does with real CJK faces rather than whatever fallback the machine has (none, on a fresh
Debian machine).

    .venv/bin/python scripts/render_exports.py [OUT_DIR]     # default docs/exports
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from builders import clean_report  # noqa: E402
from PIL import Image  # noqa: E402

from core import storage  # noqa: E402
from core.exporters import render  # noqa: E402
from scripts import libreoffice  # noqa: E402

BLANK = ROOT.parent / "shared" / "samples" / "blank-2021-format-template.docx"


def to_pdf(src: Path, outdir: Path, work: Path, env: dict[str, str]) -> Path:
    """``src`` converted by LibreOffice with the shipped fonts (profile and fontconfig in ``work``)."""
    return libreoffice.convert(src, "pdf", outdir, work, env=env)


def sheet(pdf: Path, out: Path, tmp: Path, last_page: int = 99, colour: bool = False) -> int:
    prefix = tmp / f"{out.stem}-page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", str(last_page), str(pdf), str(prefix)], check=True)
    pages = [Image.open(p).convert("RGB") for p in sorted(tmp.glob(f"{out.stem}-page*.png"))]
    w, h = pages[0].size
    cols = min(4, len(pages))
    rows = -(-len(pages) // cols)
    board = Image.new("RGB", (cols * w + (cols + 1) * 8, rows * h + (rows + 1) * 8), (128, 128, 128))
    for i, page in enumerate(pages):
        board.paste(page, (8 + (i % cols) * (w + 8), 8 + (i // cols) * (h + 8)))
    (board if colour else board.convert("L")).quantize(colors=16).save(out, optimize=True)
    return len(pages)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    day = dt.date(2025, 1, 20)
    reports = {"huaian-2024": storage.load(ROOT / "tests/fixtures/samples/huaian-city-2024.nianbao"),
               "clean-2021": clean_report("2021")}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        env = libreoffice.environment(tmp, dict(os.environ, NIANBAO_SYSTEM_FONTS="0"))
        os.environ["NIANBAO_SYSTEM_FONTS"] = "0"
        for name, report in reports.items():
            for fmt in ("pdf", "docx", "xlsx"):
                src = tmp / f"{name}.{fmt}"
                src.write_bytes(render(report, fmt, today=day))
                pdf = src if fmt == "pdf" else to_pdf(src, tmp / fmt, tmp, env)
                n = sheet(pdf, out_dir / f"{name}-{fmt}.png", tmp)
                print(f"{out_dir / f'{name}-{fmt}.png'}: {n} pages")
        draft = storage.load(ROOT / "tests/fixtures/samples/hongze-district-2023.nianbao")
        src = tmp / "hongze-2023-draft.pdf"
        src.write_bytes(render(draft, "pdf", draft=True, today=day))
        n = sheet(src, out_dir / "hongze-2023-draft-pdf.png", tmp, last_page=4, colour=True)
        print(f"{out_dir / 'hongze-2023-draft-pdf.png'}: {n} pages (a report with errors, as a draft)")
        if BLANK.exists():
            pdf = to_pdf(BLANK, tmp / "blank", tmp, env)
            n = sheet(pdf, out_dir / "blank-2021-template.png", tmp)
            print(f"{out_dir / 'blank-2021-template.png'}: {n} pages")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "exports")
