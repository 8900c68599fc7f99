"""Guards run before a zip-based file (docx, xlsx) reaches its parser.

A zip bomb is refused by the sizes its directory declares (each member, the total, the ratio),
and an XML bomb by its DTD: Office Open XML parts never declare entities, so any part holding
``<!DOCTYPE`` or ``<!ENTITY`` is refused before lxml or expat sees it (the protection defusedxml
gives, without relying on which XML library each reader uses). Members are read with a size
cap, so a directory that lies about sizes cannot blow past it either.
"""

from __future__ import annotations

import io
import zipfile

from core.importers.model import ImportError_

MAX_FILE = 50 * 1024 * 1024
MAX_MEMBER = 40 * 1024 * 1024
MAX_TOTAL = 150 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5000


def check_zip(data: bytes, name: str, required: str) -> None:
    """Raise ``ImportError_`` unless ``data`` is a sane zip holding ``required``."""
    if len(data) > MAX_FILE:
        raise ImportError_(f"“{name}”超过 {MAX_FILE // 1024 // 1024} MB，不像是一份年度报告，未导入")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise ImportError_(f"“{name}”内部文件数量异常（{len(infos)} 个），可能是恶意文件，未导入")
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(1, info.compress_size)
                if info.file_size > MAX_MEMBER or total > MAX_TOTAL or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
                    raise ImportError_(f"“{name}”解压后体积异常（压缩炸弹），可能是恶意文件，未导入")
            names = {i.filename for i in infos}
            if required not in names:
                raise ImportError_(f"“{name}”不是有效的{_kind(required)}文件（缺少 {required}）")
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                with zf.open(info) as f:
                    part = f.read(MAX_MEMBER + 1)
                if len(part) > MAX_MEMBER:
                    raise ImportError_(f"“{name}”解压后体积异常（压缩炸弹），可能是恶意文件，未导入")
                head = part[:4096]
                if b"<!DOCTYPE" in head or b"<!ENTITY" in part:
                    raise ImportError_(f"“{name}”含有不允许的 XML 实体声明（可能是 XML 炸弹），未导入")
    except ImportError_:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise ImportError_(f"“{name}”已损坏（不是完整的压缩包），无法读取") from None
    except Exception:
        raise ImportError_(f"“{name}”已损坏（不是完整的压缩包），无法读取") from None


def _kind(required: str) -> str:
    return "Word（.docx）" if required.startswith("word/") else "Excel（.xlsx）"
