"""The checks every reader and writer shares, so each can keep one error boundary.

A clerk's PC gets files by USB and chat and gets switched off mid-save. Before a reader parses
anything: the path must be a plain name (no NUL), a regular file (not a folder, a device such as
``/dev/zero`` that never ends, or a FIFO that blocks forever) and not larger than the reader's
limit; JSON must not nest deeper, nor hold more brackets and items, than any real file does
(``json`` recurses per level, so a 100,000-deep array would otherwise end in ``RecursionError``;
millions of tiny items would take gigabytes once parsed). That scan is linear in the text whatever
its bytes: it works on the UTF-8 bytes with ``replace``, ``translate``, one ``split`` and a search
for two bytes (no regular expression that could backtrack over a run of escapes). Before a writer
writes: the name must be one Windows accepts, since files travel to Windows PCs. Problems come
back as Chinese text; each caller raises its own domain error with it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from itertools import accumulate
from pathlib import Path

MAX_JSON_DEPTH = 64
"""A project file nests about six levels deep; anything far deeper is not one of ours."""
MAX_JSON_ITEMS = 200_000
"""Strings, and brackets and commas outside them (about one of each per value), a JSON text may
hold. A project file holds a few hundred values — a report's cells and last year's, their origins, texts and notes;
even one imported cell by cell with every origin recorded stays under ten thousand. This bounds
what ``json`` builds from a text of up to the reader's size limit (``"1,"`` repeated ten million
times would be ten million objects) and keeps the depth count cheap."""

_SCAN_KEEP = b'"[]{},'
_SCAN_DROP = bytes(b for b in range(256) if b not in _SCAN_KEEP)
_ESCAPE_KEEP = _SCAN_KEEP + b'\\/bfnrtu'
_ESCAPE_DROP = bytes(b for b in range(256) if b not in _ESCAPE_KEEP)
"""Kept while escapes are paired: the structure, backslashes, and every byte JSON lets follow one."""
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}

_WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}


def path_problem(path: Path) -> str:
    """Why ``path`` cannot be read as a file ("" when it can). Never opens the file."""
    text = str(path)
    if "\x00" in text:
        return f"文件名“{text.replace(chr(0), '␀')}”含有非法字符（NUL），请检查文件名"
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return f"找不到文件“{path}”"
    except (OSError, ValueError) as e:
        return f"无法读取文件“{path}”：{os_reason(e) if isinstance(e, OSError) else e}"
    if stat.S_ISDIR(st.st_mode):
        return f"“{path}”是文件夹，不是文件"
    if not stat.S_ISREG(st.st_mode):
        return f"“{path}”不是普通文件（可能是设备或管道），无法读取"
    return ""


def read_limited(path: Path, limit: int) -> tuple[bytes, str]:
    """(content, "") or (b"", the Chinese reason): path checked, size capped before reading."""
    problem = path_problem(path)
    if problem:
        return b"", problem
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                return b"", too_large(path.name, limit)
            data = f.read(size + 1)  # not limit + 1: that allocates the whole limit for every small file
            if len(data) > size:     # grew while we read, or a filesystem that reports no size
                data += f.read(limit + 1 - len(data))
    except OSError as e:
        return b"", f"无法读取文件“{path}”：{os_reason(e)}"
    if len(data) > limit:  # grew while we read, or a filesystem that reports no size
        return b"", too_large(path.name, limit)
    return data, ""


def too_large(name: str, limit: int) -> str:
    size = f"{limit // 1024 // 1024} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return f"“{name}”超过 {size}，不像是一份年度报告，未读取"


def _structure(text: str, encoded: bytes | None = None) -> bytes:
    """``text``'s quotes, brackets and commas with every escaped character gone, as UTF-8 bytes
    (``encoded``: ``text`` already encoded with ``surrogatepass``, to spare a second encoding).

    No multi-byte UTF-8 character contains an ASCII byte. When every backslash escapes a letter or
    a slash (``\\n``: all a real file escapes), no escape holds a quote, a bracket, a comma or a
    backslash, and dropping every other byte is all there is to do (``_escaped`` would pair no
    backslash with a quote or a backslash: each stays followed by its letter)."""
    data = text.encode("utf-8", "surrogatepass") if encoded is None else encoded
    if _OTHER_ESCAPE.search(data) is None:
        return data.translate(None, _SCAN_DROP)
    return _escaped(data)


_OTHER_ESCAPE = re.compile(rb"\\[^/bfnrtu]")
"""A backslash before anything but a slash or a letter JSON escapes. Two bytes, the first a
literal: the search cannot backtrack, and skips to each backslash in C."""


def _escaped(data: bytes) -> bytes:
    """``_structure`` of any bytes. Escaped backslashes go first, then escaped quotes: a run of
    backslashes pairs up from its left, as a JSON reader pairs them, so every quote left opens or
    closes a string. The bytes that can follow a backslash in JSON are kept until then, so the
    pairing is the same as over the whole text, on a text a fraction of its size (a folder check
    reads thousands of files)."""
    data = data.translate(None, _ESCAPE_DROP).replace(b"\\\\", b"").replace(b'\\"', b"")
    return data.translate(None, _SCAN_DROP)


def _outside_strings(structure: bytes) -> bytes:
    """The brackets and commas between strings: the parts between quotes alternate outside/inside.

    Each ``""`` goes first, in C: two adjacent quotes close an empty part, and removing them joins
    the parts on either side, both outside or both inside, so every part keeps its side and the
    outside reads the same. Nearly every string holds no bracket or comma (``""`` here), so few
    quotes, if any, are left to split at."""
    fewer = structure.replace(b'""', b"")
    if b'"' not in fewer:
        return fewer
    return b"".join(fewer.split(b'"')[0::2])


def _depth(skeleton: bytes) -> int:
    return max(accumulate(map(_STEP.__getitem__, skeleton.replace(b",", b""))), default=0)


_ONE_KIND = bytes.maketrans(b"{}", b"[]")


def _deeper(skeleton: bytes, limit: int) -> bool:
    """``_depth(skeleton) > limit``, read mostly from a few bytes: with every adjacent open-close
    pair (``{}`` of an origin, ``[]``) taken out the depth drops by at most one — each pair's two
    running depths are the one before it plus one, and that one — so a rest at most ``limit - 1``
    deep answers it; otherwise the whole skeleton is counted."""
    rest = skeleton.replace(b",", b"").translate(_ONE_KIND).replace(b"[]", b"")
    if max(0, _depth(rest)) < limit:
        return False
    return _depth(skeleton) > limit


def json_depth(text: str) -> int:
    """How deep ``text``'s arrays and objects nest (brackets inside strings do not count).

    Linear in the text whatever its bytes (no regular expression that backtracks over a run of
    escapes). Text after the point where the JSON breaks may be counted differently than ``json``
    would read it, but ``json`` stops there: the depth up to that point, which bounds how deep
    ``json`` recurses, is exact."""
    return _depth(_outside_strings(_structure(text)))


def json_problem(text: str, limit: int = MAX_JSON_DEPTH, max_items: int = MAX_JSON_ITEMS,
                 encoded: bytes | None = None) -> str:
    """Why ``text`` is not worth handing to ``json`` ("" when it is): nested deeper than ``limit``
    levels, or more than ``max_items`` strings, or brackets and commas outside them. Linear: a
    text of the readers' size limit, whatever its bytes, is scanned in a fraction of a second."""
    structure = _structure(text, encoded)
    if structure.count(b'"') > 2 * max_items + 1:  # before splitting: bounds the parts
        return f"条目超过 {max_items:,} 个"
    skeleton = _outside_strings(structure)
    if len(skeleton) > max_items:
        return f"条目超过 {max_items:,} 个"
    if _deeper(skeleton, limit):
        return f"嵌套层数超过 {limit} 层"
    return ""


def windows_name_problem(path: Path) -> str:
    """Why Windows would refuse ``path``'s file name ("" when it accepts it)."""
    name = path.name
    bad = sorted({c for c in name if c in _WINDOWS_FORBIDDEN or ord(c) < 32})
    if bad:
        shown = " ".join("NUL" if c == "\x00" else repr(c)[1:-1] if ord(c) < 32 else c for c in bad)
        return f"文件名“{name.replace(chr(0), '␀')}”含有 Windows 不允许的字符（{shown}），请换一个文件名"
    if name.split(".")[0].strip().upper() in _WINDOWS_RESERVED:
        return f"“{name}”是 Windows 保留的设备名，不能作为文件名，请换一个文件名"
    if name.endswith((".", " ")):
        return f"文件名“{name}”以点或空格结尾，Windows 不能使用，请换一个文件名"
    return ""


def os_reason(e: OSError) -> str:
    """An OS error as the clerk should read it, in Chinese."""
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "没有写入权限，或文件正在被 Word/WPS/Excel 打开（请先关闭该文件）"
    if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "磁盘空间不足（或超过文件大小限制）"
    if e.errno == errno.EBUSY or getattr(e, "winerror", 0) in (32, 33):
        return "文件正在被其他程序使用（请先关闭该文件）"
    if e.errno == errno.ENAMETOOLONG:
        return "文件名或路径太长"
    return _REASONS.get(e.errno or 0, f"系统错误（错误号 {e.errno}）" if e.errno else "系统错误")


_REASONS = {  # never the system's English strerror
    errno.ENOENT: "文件夹不存在或已被移走",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EISDIR: "目标是文件夹",
    errno.ELOOP: "符号链接（快捷方式）循环指向自身",
    errno.EIO: "磁盘读写错误（请检查磁盘或 U 盘）",
    errno.EXDEV: "不能跨磁盘替换文件",
    errno.EEXIST: "文件已存在",
    errno.EINVAL: "文件名或路径无效",
    errno.EMFILE: "打开的文件过多",
    errno.ENFILE: "打开的文件过多",
}


_TEMP_RE_CACHE: dict[str, re.Pattern[str]] = {}


def stale_temps(path: Path) -> list[Path]:
    """Our temporary files beside ``path`` (``.<name>.XXXXXXXX.tmp``, also for its ``.bak``):
    a save or export killed before its rename leaves one."""
    name = path.name
    pattern = _TEMP_RE_CACHE.get(name)
    if pattern is None:
        pattern = re.compile(r"\." + re.escape(name) + r"(\.bak)?\.[A-Za-z0-9_]{8}\.tmp")
        _TEMP_RE_CACHE[name] = pattern
    folder = path.parent if str(path.parent) else Path(".")
    try:
        candidates = list(folder.glob(f".{glob_escape(name)}*.tmp"))
    except OSError:
        return []
    return [p for p in candidates if pattern.fullmatch(p.name)]


def remove_stale_temps(path: Path) -> int:
    """Delete what ``stale_temps`` finds; how many were removed."""
    removed = 0
    for p in stale_temps(path):
        with contextlib.suppress(OSError):
            p.unlink()
            removed += 1
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", name)



