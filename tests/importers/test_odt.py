"""OpenDocument text files (.odt), as LibreOffice saves one on the 统信UOS and 银河麒麟 office PCs: a
damaged package gets a message naming the file. The real files LibreOffice wrote are read in
``test_word_processor_files``; before, such a file was refused as "是压缩包，不是 Word、Excel 或 PDF 文件"."""

from __future__ import annotations

import io
import zipfile

import pytest

from core.importers import ImportError_, import_bytes


def _package(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("members", [
    {},                                                                   # no content.xml
    {"content.xml": b"<office:document-content"},                         # cut XML
    {"content.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'},   # entities
])
def test_a_damaged_odt_gets_a_message(members: dict[str, bytes]) -> None:
    with pytest.raises(ImportError_) as info:
        import_bytes(_package(members), "坏.odt")
    assert "坏.odt" in str(info.value)
