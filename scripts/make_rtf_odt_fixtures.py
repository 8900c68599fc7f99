"""Real RTF and OpenDocument text files for those readers' tests (``tests/fixtures/rtf``,
``tests/fixtures/odt``), written by LibreOffice's own RTF and ODF filters from two sources with real
tables:

- ``hongze-district-2024.rtf``/``.odt``: our Word export of the real 洪泽区 2024 report (merged headers);
- ``code-shuyang-fgj-2023.rtf``/``.odt``: a real web page (tests/corpus) as Writer opens it, tables and all.

Committed so the tests need no LibreOffice; run again after changing the exporter
(``.venv/bin/python scripts/make_rtf_odt_fixtures.py``).
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

FIXTURES = ROOT / "tests" / "fixtures"
PAGE = ROOT / "tests" / "corpus" / "code-shuyang-fgj-2023.html"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report = storage.load(ROOT / "tests" / "fixtures" / "samples" / "hongze-district-2024.nianbao")
        export = work / "hongze-district-2024.docx"
        export.write_bytes(render(report, "docx", draft=True))
        shutil.copy(PAGE, work / PAGE.name)
        for kind, to in (("rtf", "rtf:Rich Text Format"), ("odt", "odt:writer8")):
            out = FIXTURES / kind
            out.mkdir(parents=True, exist_ok=True)
            for source in (export, work / PAGE.name):
                made = convert(source, to, work / kind, work)
                shutil.copy(made, out / made.name)
                print(out / made.name, made.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
