"""Real RTF files for the RTF reader's tests (``tests/fixtures/rtf``), written by LibreOffice's own
RTF filter from two sources with real tables:

- ``hongze-district-2024.rtf``: our Word export of the real 洪泽区 2024 report (merged headers);
- ``code-shuyang-fgj-2023.rtf``: a real web page (tests/corpus) as Writer opens it, tables and all.

Committed so the tests need no LibreOffice; run again after changing the exporter
(``.venv/bin/python scripts/make_rtf_fixtures.py``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import storage  # noqa: E402
from core.exporters import render  # noqa: E402
from scripts.libreoffice import convert  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "rtf"
PAGE = ROOT / "tests" / "corpus" / "code-shuyang-fgj-2023.html"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report = storage.load(ROOT / "tests" / "fixtures" / "samples" / "hongze-district-2024.nianbao")
        export = work / "hongze-district-2024.docx"
        export.write_bytes(render(report, "docx", draft=True))
        shutil.copy(PAGE, work / PAGE.name)
        for source in (export, work / PAGE.name):
            made = convert(source, "rtf:Rich Text Format", work / "out", work)
            shutil.copy(made, OUT / made.name)
            print(OUT / made.name, made.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
