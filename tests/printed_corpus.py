"""The corpus reports as a clerk may get them: each copied text printed by LibreOffice (with the
shipped fonts) to one format, imported, and held to the text's own reading. ``test_corpus_printed``
(PDF, and Word 97) and ``test_corpus_printed_docx`` share this, a file each, so that CI's ``--dist
loadfile`` prints and reads them on both cores rather than one after another on one."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any, Optional

import pytest
from corpus_import import ReportScore, _same, entries, imported, run_together, score_one
from corpus_memo import checked

from core.importers.confidence import SURE, confidence
from core.report import Report
from core.validate import validate
from tests.importers.test_corpus import _names

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from scripts.libreoffice import convert_many, soffice  # noqa: E402

NO_LIBREOFFICE = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
TEXTS = [(meta, source) for meta, source in entries() if source.suffix in (".txt", ".md") and not run_together(source)]


def printed_as(fmt: str, factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every text entry printed to ``fmt`` in one LibreOffice run: entry id → printed copy."""
    out = factory.mktemp("printed")
    texts = []
    for _, source in TEXTS:
        texts.append(out / f"{source.stem}.txt")
        shutil.copy(source, texts[-1])
    made = convert_many(texts, fmt, out / fmt.split(":")[0], factory.mktemp("lo"))
    return {meta["id"]: made[i] for i, (meta, _) in enumerate(TEXTS)}


_SCORED: dict[Path, tuple[ReportScore, Optional[Report]]] = {}
"""Each printed copy's score and report, taken once for all the tests that look at it (an import is most
of their time)."""


def _imported(meta: dict[str, Any], path: Path) -> tuple[ReportScore, Optional[Report]]:
    if path not in _SCORED:
        _SCORED[path] = imported(meta, path)
    return _SCORED[path]


def _without_blank_lines(source: Path, folder: Path) -> Path:
    """The text as a PDF's text layer carries it: its blank lines are only vertical space there."""
    lines = source.read_text(encoding="utf-8").splitlines()
    out = folder / source.name
    out.write_text("\n".join(line for line in lines if line.strip()) + "\n", encoding="utf-8")
    return out


def check_copies_are_read(printed: dict[str, Path], fmt: str, folder: Path) -> None:
    """As many cells as the text itself gives, within half a percent: what printing may cost is
    measured against the text's own reading, so an entry no reader can fill (a page printing only
    labels) weighs on both alike. A PDF is held to the text without its blank lines: in a copy of
    one cell per line an empty cell is one blank line more, which a PDF prints as space alone. The
    reader puts them back from that space (``core.importers.blank_lines``; a browser's copy of
    paragraph cells, parted by tab lines, through ``core.importers.printed_cells`` where one reading
    alone fits the form), but not in every copy: one whose page feet may each hold a blank line more or
    fewer, or whose empty cells are lines of spaces (which print as blank lines too), reads fewer cells
    than its text.
    None may be refused, and no table read wrong may be called sure."""
    scores: list[ReportScore] = []
    texts: list[ReportScore] = []
    for meta, source in TEXTS:
        score, report = _imported(meta, printed[meta["id"]])
        assert score.refused is None and report is not None, (meta["id"], score.refused)
        sure = {t.table for t in confidence(report, validate(report)) if t.level == SURE}
        wrong = [a for a, want in meta["cells"].items() if a.split("/")[0] in sure and a not in report.missing
                 and not _same(report.cells.get(a), want)]
        assert wrong == [], (meta["id"], fmt, wrong)
        scores.append(score)
        texts.append(checked(meta, source if fmt == "docx" else _without_blank_lines(source, folder)).score)
    cells, right = sum(s.cells for s in scores), sum(s.right for s in scores)
    from_text = sum(s.right for s in texts)
    assert right >= from_text - 0.005 * cells, "\n".join(
        f"{s.id}: {s.right}/{s.cells} (text {t.right})" for s, t in zip(scores, texts, strict=True) if s.right < t.right)


def check_no_copy_gets_another_organ(printed: dict[str, Path]) -> None:
    """The organ read from each printed copy is the report's own or none, as ``test_corpus`` holds the
    copies themselves to: a page wraps a preamble's sentence anywhere, and the rest of it on a line of its
    own must not pass for a title (号)等相关文件要求编制2024年度…报告 gave 号)等相关文件要求, …现公 / 开锡山区东北塘街道
    2019年度…报告 gave 开锡山区东北塘街道)."""
    wrong = [(meta["id"], organ) for meta, _ in TEXTS
             if (organ := _imported(meta, printed[meta["id"]])[0].year_organ[1]) and not _names(organ, meta["organ"])]
    assert wrong == []


def check_word97_reads_as_the_texts(factory: pytest.TempPathFactory) -> None:
    """Every text entry saved as .doc (one LibreOffice run for all): no report refused, and each
    reads exactly the cells and the year and organ its text does — a .doc holds the same paragraphs,
    tabs, pipes and blank lines."""
    docs = printed_as("doc:MS Word 97", factory)
    differ = []
    for meta, source in TEXTS:
        want, got = checked(meta, source).score, score_one(meta, docs[meta["id"]])
        if (got.refused, got.right, got.wrong, got.year_organ) != (None, want.right, want.wrong, want.year_organ):
            differ.append((meta["id"], want.right, got.right, got.refused, got.year_organ, want.year_organ))
    assert differ == []
