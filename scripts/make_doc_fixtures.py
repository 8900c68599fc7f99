"""Real Word 97 files for the .doc reader's tests (``tests/fixtures/doc``), written by LibreOffice's
own Word 97 filter from three sources with real tables:

- ``hongze-district-2024.doc``: our Word export of the real 洪泽区 2024 report (merged headers, a
  ten-cell row whose properties overflow into the Data stream);
- ``blank-2021-format-template.doc``: the blank official template a county circulated (../shared);
- ``code-shuyang-fgj-2023.doc``: a real web page (tests/corpus) as Writer opens it, tables and all;
- ``tracked-changes.doc``: the 洪泽区 export with 行政处罚 changed from 1999 to 2776 while changes
  were tracked, so the file holds both and the document only 2776;
- ``hidden-text.doc``: the same export with a hidden 1999 (隐藏文字) typed before 行政处罚's 2776;
- ``merged-numbers.doc``: the same export with 表三's equal numbers of （四） merged down its three rows.

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


def _hide_before(src: Path, out: Path, now: str, before: str) -> None:
    """``src`` with hidden text ``before`` in a run of its own before the run printing ``now``."""
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    run = xml.rindex("<w:r>", 0, xml.index(f"<w:t>{now}</w:t>"))
    xml = xml[:run] + f"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{before}</w:t></w:r>" + xml[run:]
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def merged_down(data: bytes, rows: tuple[str, ...]) -> tuple[bytes, list[str]]:
    """The Word export with, in each 表三 column where ``rows`` print one number, that number's cells
    merged into one (vMerge), as a clerk tidies a column of zeros; the addresses merged."""
    import io

    import docx

    project = storage.load(ROOT / "tests" / "fixtures" / "samples" / "hongze-district-2024.nianbao")
    doc = docx.Document(io.BytesIO(data))
    table = next(t for t in doc.tables if any("本年新收" in c.text for c in t.columns[0].cells))
    form = project.form.table("requests")
    labels = [form.row(r).label for r in rows]
    at = [next(i for i, row in enumerate(table.rows) if any(c.text.strip() == label for c in row.cells))
          for label in labels]
    assert at == list(range(at[0], at[0] + len(at)))
    merged = []
    width = len(table.columns)
    for k, col in enumerate(form.cols):
        c = width - len(form.cols) + k
        values = {project.cells.get(f"requests/{r}/{col.id}") for r in rows}
        if len(values) == 1:
            table.cell(at[0], c).merge(table.cell(at[-1], c))
            table.cell(at[0], c).text = str(values.pop())
            merged += [f"requests/{r}/{col.id}" for r in rows]
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), merged


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
        hidden = work / "hidden-text.docx"
        _hide_before(export, hidden, "2776", "1999")
        merged = work / "merged-numbers.docx"
        merged.write_bytes(merged_down(export.read_bytes(), ("3.4.1", "3.4.2", "3.4.3"))[0])
        for source in (export, work / BLANK.name, work / PAGE.name, tracked, hidden, merged):
            made = convert(source, "doc:MS Word 97", work / "out", work)
            shutil.copy(made, OUT / made.name)
            print(OUT / made.name, made.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
