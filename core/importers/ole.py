"""Old binary Office files (an OLE compound file): a Word 97–2003 or WPS 文字 document (.doc/.wps),
an Excel 97–2003 workbook (.xls), told apart by the streams they hold, not by their names.

An encrypted file, or one holding neither, is refused with what to do instead.
"""

from __future__ import annotations

from typing import Optional

from core.importers.model import SAVE_AS, ImportError_, ImportLog
from core.report import Report


def streams(data: bytes, name: str) -> set[str]:
    """The compound file's top-level stream names, lower-cased; a damaged file is refused."""
    import io

    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=False)}
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的 Office 文件，无法读取；{SAVE_AS}") from None


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    held = streams(data, name)
    if "encryptedpackage" in held or "encryptioninfo" in held:
        raise ImportError_(f"“{name}”设有打开密码，无法读取；{SAVE_AS}")
    if "worddocument" in held:
        from core.importers.doc import import_bytes as import_doc

        return import_doc(data, name, year)
    if "workbook" in held or "book" in held:
        from core.importers.xls import import_bytes as import_xls

        return import_xls(data, name, year)
    raise ImportError_(f"“{name}”是旧版 Office 文件，但既不是 Word 文档也不是 Excel 工作簿，无法读取；{SAVE_AS}")
