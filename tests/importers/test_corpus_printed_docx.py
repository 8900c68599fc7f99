"""The corpus reports printed to .docx by LibreOffice, then imported: none may be refused, no table read
wrong may be called sure, they give as many cells as the text itself and no other organ
(``printed_corpus``; PDF and Word 97 are ``test_corpus_printed``'s, run beside this on the other core)."""

from __future__ import annotations

from pathlib import Path

import pytest
from printed_corpus import NO_LIBREOFFICE, check_copies_are_read, check_no_copy_gets_another_organ, printed_as

pytestmark = NO_LIBREOFFICE


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return printed_as("docx", tmp_path_factory)


def test_docx_copies_are_read(printed: dict[str, Path], tmp_path: Path) -> None:
    check_copies_are_read(printed, "docx", tmp_path)


def test_no_docx_copy_gets_another_organ(printed: dict[str, Path]) -> None:
    check_no_copy_gets_another_organ(printed)
