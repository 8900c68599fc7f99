"""What went wrong inside a file, said in Chinese: the clerk never reads ``KeyError`` or
``BadZipFile``; the exception's own name goes to the log, not to the message."""

from __future__ import annotations

import zipfile


def damage(e: BaseException) -> str:
    """A few words for why a file's content could not be used."""
    if isinstance(e, MemoryError):
        return "内容过大，超出可处理的范围"
    if isinstance(e, (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError)):
        return "压缩结构损坏或不完整"
    if isinstance(e, UnicodeError):
        return "文字编码有误"
    if isinstance(e, RecursionError):
        return "结构嵌套过深"
    if isinstance(e, (KeyError, IndexError, LookupError)):
        return "缺少应有的内容"
    if isinstance(e, (ValueError, TypeError, ArithmeticError)):
        return "内容格式不符合要求"
    if isinstance(e, OSError):
        from core.safe_io import os_reason

        return os_reason(e)
    return "内容无法解析"
