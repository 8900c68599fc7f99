"""The crash corpus: every input that once broke a reader (or a fuzzer found) stays fixed.

``corpus/<reader>/*`` are replayed through that reader's error boundary; each must give a report or
the reader's one Chinese domain error — never another exception, never a 300-digit number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.readers import CORPUS, READERS, check

CASES = sorted(p for p in CORPUS.glob("*/*") if p.is_file() and p.parent.name in READERS)


def test_corpus_covers_the_reported_failures() -> None:
    names = {p.name for p in CASES}
    assert {"last-year-file-nul.nianbao", "deep-array.nianbao", "count-1e30.nianbao", "count-1e308.nianbao"} <= names


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_input_is_read_or_refused_in_chinese(path: Path) -> None:
    check(path.parent.name, path.read_bytes())


def test_reported_failures_name_the_cell_and_print_briefly() -> None:
    from core.project_json import ProjectFileError

    for name in ("count-1e30.nianbao", "count-1e308.nianbao"):
        with pytest.raises(ProjectFileError) as e:
            READERS["project"]((CORPUS / "project" / name).read_bytes())
        assert "requests/1/natural" in str(e.value) and "×10^" in str(e.value)
        assert len(str(e.value)) < 120
    report = READERS["project"]((CORPUS / "project" / "last-year-file-nul.nianbao").read_bytes())
    assert "NUL" in report.notes[0]
