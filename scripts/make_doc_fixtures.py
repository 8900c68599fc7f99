"""Real Word 97 files for the .doc reader's tests (``tests/fixtures/doc``), written by LibreOffice's
own Word 97 filter from three sources with real tables:

- ``hongze-district-2024.doc``: our Word export of the real 洪泽区 2024 report (merged headers, a
  ten-cell row whose properties overflow into the Data stream);
- ``blank-2021-format-template.doc``: the blank official template a county circulated (../shared);
- ``code-shuyang-fgj-2023.doc``: a real web page (tests/corpus) as Writer opens it, tables and all;
- ``tracked-changes.doc``: the 洪泽区 export with 行政处罚 changed from 1999 to 2776 while changes
  were tracked, so the file holds both and the document only 2776.

Committed so the tests and the fuzzer's seeds need no LibreOffice; run again after changing the
exporter (``.venv/bin/python scripts/make_doc_fixtures.py``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import storage  # noqa: E402
from core.exporters import render  # noqa: E402
from scripts.libreoffice import convert  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "doc"
BLANK = ROOT.parent / "shared" / "samples" / "blank-2021-format-template.docx"
PAGE = ROOT / "tests" / "corpus" / "code-shuyang-fgj-2023.html"


def _track_a_change(src: Path, out: Path, now: str, before: str) -> None:
    """``src`` with the run printing ``now`` turned into a tracked change from ``before``."""
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    start = xml.index(f"<w:t>{now}</w:t>")
    run = xml.rindex("<w:r>", 0, start)
    end = xml.index("</w:r>", start) + len("</w:r>")
    stamp = 'w:author="镇政府办" w:date="2025-01-10T10:00:00Z"'
    xml = (xml[:run] + f'<w:del w:id="901" {stamp}><w:r><w:delText>{before}</w:delText></w:r></w:del>'
           + f'<w:ins w:id="902" {stamp}>' + xml[run:end] + "</w:ins>" + xml[end:])
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report = storage.load(ROOT / "tests" / "fixtures" / "samples" / "hongze-district-2024.nianbao")
        export = work / "hongze-district-2024.docx"
        export.write_bytes(render(report, "docx", draft=True))
        shutil.copy(BLANK, work / BLANK.name)
        shutil.copy(PAGE, work / PAGE.name)
        tracked = work / "tracked-changes.docx"
        _track_a_change(export, tracked, "2776", "1999")
        for source in (export, work / BLANK.name, work / PAGE.name, tracked):
            made = convert(source, "doc:MS Word 97", work / "out", work)
            shutil.copy(made, OUT / made.name)
            print(OUT / made.name, made.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
