"""Writing a file the clerk keeps: the old one stays whole whatever fails, the new one can be read
back, and it keeps the place, permissions and links the old one had.

``write_file`` is what every save, export and autosave goes through:

1. The target is the file the name leads to: a symbolic link is followed and the file it names
   replaced (the link stays a link). A read-only target is refused.
2. The data goes to a temporary file beside that target, named ``.~nb`` + six letters from the
   target's name + six random ones + ``.tmp`` (20 bytes: a name the system accepts still has room
   for its temp file, which ``.<name>.XXXXXXXX.tmp`` did not), and is fsynced.
3. ``verify`` reads the temporary file back with the reader that will open it later; when it
   cannot, the write stops there and the target is untouched: we never write what we cannot read.
4. The new file gets the old one's permissions and, where the system allows it (``chown`` is
   refused to an ordinary user), its owner and group; a new file gets the umask's (0666 & ~umask).
5. The previous version is copied to ``<name><backup_suffix>`` when asked, then the temporary file
   is renamed over the target and the folder fsynced: a crash leaves the old file or the new one.

A target with more than one hard link is written in place instead (see ``_write_in_place``).

Names are checked first by ``name_problem``: what Windows refuses (files travel to Windows PCs) and
names longer than the 255 bytes a folder entry holds. OS failures come out as ``OSError``;
``reason`` says them in Chinese.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Optional, Union

from core import safe_io

TEMP_PREFIX = ".~nb"
TEMP_SUFFIX = ".tmp"
BACKUP_SUFFIX = ".bak"
MAX_NAME_BYTES = 255
"""A folder entry's limit on Linux and macOS (Windows counts 255 UTF-16 units, never fewer bytes)."""

EXTRA_RESERVED = frozenset({"COM0", "LPT0", "COM\u00b9", "COM\u00b2", "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3", "CONIN$", "CONOUT$"})
"""Device names Windows reserves beyond ``safe_io``'s CON, PRN, AUX, NUL, COM1–9 and LPT1–9."""

_TEMP_RE = re.compile(re.escape(TEMP_PREFIX) + r"([0-9a-f]{6})[0-9a-f]{6}" + re.escape(TEMP_SUFFIX))
_NO_SETID = ~(stat.S_ISUID | stat.S_ISGID)

Verify = Callable[[Path], None]


class WriteProblem(OSError):
    """A write refused or failed for a reason said in Chinese (``str`` is the message)."""

    def __str__(self) -> str:
        return str(self.strerror)


class TargetDamaged(WriteProblem):
    """An in-place write failed and the old content could not be put back."""


# --- names ---------------------------------------------------------------------------------------

def name_bytes(name: str) -> int:
    """How many bytes ``name`` takes in a folder entry (UTF-8; undecodable bytes count as one)."""
    return len(name.encode("utf-8", "surrogateescape"))


def name_problem(path: Path) -> str:
    """Why ``path``'s file name cannot be written ("" when it can), in Chinese: a character no
    file system stores, what Windows refuses, or more than 255 bytes."""
    name = path.name
    try:
        os.fsencode(str(path))
    except UnicodeError:
        return f"文件名“{name.encode('utf-8', 'replace').decode('utf-8')}”含有无法使用的字符，请换一个文件名"
    problem = safe_io.windows_name_problem(path)
    if problem:
        return problem
    if name.split(".")[0].strip().upper() in EXTRA_RESERVED:
        return f"“{name}”是 Windows 保留的设备名，不能作为文件名，请换一个文件名"
    size = name_bytes(name)
    if size > MAX_NAME_BYTES:
        return (f"文件名太长（{size} 字节，最多 {MAX_NAME_BYTES} 字节，一个汉字占 3 字节），"
                "请换一个短一些的文件名")
    return ""


def backup_path(target: Path, suffix: str = BACKUP_SUFFIX) -> Path:
    """Where the previous version of ``target`` is kept: ``<name><suffix>``; when that is longer
    than a folder entry holds, the stem is shortened and marked with ``~`` (``<stem…>~.nianbao.bak``)."""
    full = target.name + suffix
    if name_bytes(full) <= MAX_NAME_BYTES:
        return target.with_name(full)
    ext = target.suffix if name_bytes(target.suffix + suffix) < MAX_NAME_BYTES // 2 else ""
    stem = target.name[: len(target.name) - len(ext)]
    budget = MAX_NAME_BYTES - name_bytes("~" + ext + suffix)
    while stem and name_bytes(stem) > budget:
        stem = stem[:-1]
    return target.with_name(stem + "~" + ext + suffix)


# --- temporary files -----------------------------------------------------------------------------

def _tag(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()[:6]


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def stale_temps(path: Path) -> list[Path]:
    """Our temporary files for ``path`` (and its ``.bak``) that a killed write left beside it;
    the temporary files of other names in the folder are not touched."""
    tags = {_tag(path.name), _tag(backup_path(path).name)}
    folder = _folder(path)
    try:
        candidates = list(folder.glob(f"{safe_io.glob_escape(TEMP_PREFIX)}*{TEMP_SUFFIX}"))
    except OSError:
        return []
    found = []
    for p in candidates:
        m = _TEMP_RE.fullmatch(p.name)
        if m and m.group(1) in tags:
            found.append(p)
    return found


def remove_stale_temps(path: Path) -> int:
    """Delete what a killed save, export or autosave of ``path`` left: our temporary files in this
    version's naming and in the earlier one (``.<name>.XXXXXXXX.tmp``), also for the file a
    symbolic link names. How many were removed."""
    removed = 0
    targets = [path]
    with contextlib.suppress(OSError, ValueError):
        if path.is_symlink():
            targets.append(Path(os.path.realpath(path)))
    for target in targets:
        for p in stale_temps(target):
            with contextlib.suppress(OSError):
                p.unlink()
                removed += 1
        with contextlib.suppress(OSError):
            removed += safe_io.remove_stale_temps(target)
    return removed


def _create_temp(folder: Path, for_name: str, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = folder / f"{TEMP_PREFIX}{_tag(for_name)}{secrets.token_hex(3)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


# --- the write -----------------------------------------------------------------------------------

def final_target(path: Path) -> Path:
    """The file a write to ``path`` replaces: ``path``, or the file its symbolic link(s) name
    (a link to a file not yet there names where it will be). A link loop raises ``OSError``."""
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(path))


def _keep_owner_and_mode(st: os.stat_result, where: Union[int, Path]) -> None:
    """Give the new file (an open descriptor or a path) the old one's owner and group where
    permitted, and its permissions. A file system without them (FAT on a USB stick) or a user
    without the right keeps what it gives."""
    if os.name != "posix":
        return
    mine = os.stat(where)
    if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
        for uid in (st.st_uid, -1):
            try:
                os.chown(where, uid, st.st_gid)
                break
            except OSError:
                continue
    with contextlib.suppress(OSError):
        os.chmod(where, stat.S_IMODE(st.st_mode) & _NO_SETID)


def write_file(path: Path, data: bytes, backup_suffix: str = "", verify: Optional[Verify] = None) -> Path:
    """Replace ``path`` with ``data`` (steps in the module's docstring); the file written (the
    link's target for a symbolic link). ``verify`` gets the temporary file and raises to stop the
    write; its exception comes out unchanged, as does any ``OSError``; nothing of ours is left."""
    target = final_target(path)
    folder = _folder(target)
    remove_stale_temps(path)
    try:
        st: Optional[os.stat_result] = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):  # never replace a device, a pipe or a socket
        raise WriteProblem(errno.EINVAL, f"“{target}”不是普通文件（可能是设备或管道），不能写入")
    if st is not None and not st.st_mode & stat.S_IWUSR:
        raise PermissionError(errno.EACCES, "read-only", str(target))
    temps: list[Path] = []
    try:
        fd, tmp = _create_temp(folder, target.name, 0o600 if st is not None else 0o666)
        temps.append(tmp)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if st is not None:
                _keep_owner_and_mode(st, f.fileno())
            os.fsync(f.fileno())
        if verify is not None:
            verify(tmp)
        if st is not None and st.st_nlink > 1:
            _write_in_place(target, data, backup_suffix, st, temps)
        else:
            if backup_suffix and st is not None:
                _backup(target, backup_suffix, st, temps)
            os.replace(tmp, target)
            temps.remove(tmp)
        _fsync_dir(folder)
    finally:
        for leftover in temps:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return target


def _backup(target: Path, suffix: str, st: os.stat_result, temps: list[Path]) -> None:
    backup = backup_path(target, suffix)
    fd, tmp = _create_temp(_folder(target), backup.name, 0o600)
    temps.append(tmp)
    os.close(fd)
    shutil.copyfile(target, tmp)
    _keep_owner_and_mode(st, tmp)
    os.replace(tmp, backup)
    temps.remove(tmp)


def _write_in_place(target: Path, data: bytes, backup_suffix: str, st: os.stat_result, temps: list[Path]) -> None:
    """Write a file that has other hard links over its own bytes (truncate, write, fsync).

    A rename would give this name a new file and leave the other names on the old one: the
    clerk's shared copy would silently stop following the saves. Writing in place keeps every
    name on the same file, owner and permissions included, at a cost: the write is no longer
    atomic. The verified data is written only after the previous version is safe (the
    ``backup_suffix`` copy when asked, and in memory); if the write fails, the old bytes are put
    back, and only if that fails too is ``TargetDamaged`` raised naming the backup. A crash in
    the middle of this write can leave a partly written file under every name: the backup (for
    saves) or a new export is then the way back.
    """
    old = target.read_bytes()
    if backup_suffix:
        _backup(target, backup_suffix, st, temps)
    try:
        _overwrite(target, data)
    except OSError as e:
        try:
            _overwrite(target, old)
        except OSError:
            where = f"上一版本保存在“{backup_path(target, backup_suffix).name}”" if backup_suffix else \
                "请重新保存或导出"
            raise TargetDamaged(e.errno or errno.EIO, f"写入“{target.name}”中途失败（{reason(e)}），"
                                                       f"且未能恢复原内容；{where}") from e
        raise


def _overwrite(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def reason(e: OSError) -> str:
    """Why an OS operation failed, in Chinese (never the system's English text)."""
    if isinstance(e, WriteProblem):
        return str(e)
    return safe_io.os_reason(e)
