"""Test setup: the repo root and tests/ on sys.path; autosave journals go to a temp folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


SLOW = ("tests/packaging/", "tests/reliability/test_kills.py", "tests/exporters/test_libreoffice.py",
        "tests/reliability/test_fuzz_briefly.py", "tests/importers/test_fuzz.py", "tests/core/test_forms_are_data.py",
        "tests/importers/test_corpus_printed.py", "tests/importers/test_corpus_printed_docx.py",
        "tests/reliability/test_round2_imports.py")
"""What the quick tier (``scripts/dev test --quick``, ``-m "not slow"``) leaves out: the installer
builds, LibreOffice renders, the 200-kill run, the fuzzing bursts, the renamed-templates pipeline
(six processes) and the readers' time-and-memory budgets on crafted files — minutes of the full run,
little of the inner loop. CI and plain ``scripts/dev test`` run them all."""

def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: installer, LibreOffice and kill tests (left out by --quick)")


LONGEST = ("tests/packaging/test_installers.py", "tests/importers/test_corpus_printed.py",
           "tests/importers/test_corpus_printed_docx.py")
"""The slow files that take minutes each (the frozen bundle, the .deb and a fresh Debian root; LibreOffice
prints of the whole corpus to PDF and Word 97, and to .docx), collected first in this order, so that
``--dist loadfile --no-loadscope-reorder`` starts the first two on the two cores at once. (Without
``--no-loadscope-reorder`` xdist hands files out by how many tests each holds, most first, whatever order
they were collected in.) xdist gives a core another file as soon as no more than two of its tests wait: the
first two files hold three tests each, so neither core takes a third file at the start; the third goes to
the core that first has two tests left."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        where = Path(str(item.fspath)).resolve().relative_to(ROOT).as_posix()
        if where.startswith(SLOW):
            item.add_marker(pytest.mark.slow)

    def rank(item: pytest.Item) -> int:
        where = Path(str(item.fspath)).resolve().relative_to(ROOT).as_posix()
        return LONGEST.index(where) if where in LONGEST else len(LONGEST)
    items.sort(key=rank)
