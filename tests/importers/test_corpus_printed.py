"""The corpus reports printed to PDF and saved as Word 97 (.doc) by LibreOffice (with the shipped fonts),
then imported: none may be refused, no table read wrong may be called sure, a PDF gives as many cells as
the text itself (issue 17 aims at the text's own 100 %) and no other organ, and a .doc reads exactly what
its text does (``printed_corpus``; .docx is ``test_corpus_printed_docx``'s, run beside this on the other
core)."""

from __future__ import annotations

from pathlib import Path

import pytest
from printed_corpus import (
    NO_LIBREOFFICE,
    check_copies_are_read,
    check_no_copy_gets_another_organ,
    check_word97_reads_as_the_texts,
    printed_as,
)

pytestmark = NO_LIBREOFFICE


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return printed_as("pdf", tmp_path_factory)


def test_pdf_copies_are_read(printed: dict[str, Path], tmp_path: Path) -> None:
    check_copies_are_read(printed, "pdf", tmp_path)


def test_no_pdf_copy_gets_another_organ(printed: dict[str, Path]) -> None:
    check_no_copy_gets_another_organ(printed)


def test_texts_saved_as_word97_read_as_the_texts(tmp_path_factory: pytest.TempPathFactory) -> None:
    check_word97_reads_as_the_texts(tmp_path_factory)
