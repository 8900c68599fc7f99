"""Project files on disk: atomic saves with a backup, and loads that never touch the original.

A save writes a temporary file in the same folder, fsyncs it, reads it back with the loader
(a file the app would refuse to open is never written: the save stops with the reason), copies
the previous version to ``<name>.bak`` and renames the new file over the old one; a crash or a
full disk at any point leaves either the old file or the new one, never half of one. The file
keeps its permissions, owner and links (``core.atomic``). Loading only reads.

Lone surrogates (``"\\ud800"``, which UTF-8 cannot encode) are replaced with U+FFFD where a file
is read, with a note saying so, and again where one is written, so no write fails on them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from core import safe_io, surrogates
from core.project_json import EXTENSION, ProjectFileError, dumps, embedded_last_year, parse_text, report_from_dict
from core.report import Report
from core.text_clean import printable
from core.values import brief

if TYPE_CHECKING:  # writing only: ``check`` reads a folder without the writer's imports (hashlib, shutil)
    from core import atomic

PathLike = Union[str, Path]
BACKUP_SUFFIX = ".bak"


MAX_BYTES = 20 * 1024 * 1024
"""A real project file (a report and last year's) is about 100 KB; checked before reading."""


def read_text(path: Path, limit: int = MAX_BYTES) -> str:
    """A file's text, or ``ProjectFileError`` saying why it cannot be read: the path is checked
    (NUL, a folder, a device, a FIFO) and the size capped before a byte is read."""
    return _read(path, limit)[0]


_BOM = b"\xef\xbb\xbf"


def _read(path: Path, limit: int = MAX_BYTES) -> tuple[str, bytes]:
    """``read_text``'s text and the same text as UTF-8 (what ``text.encode("utf-8", "surrogatepass")``
    gives): the file's bytes after the BOM ``utf-8-sig`` drops. Strict UTF-8 decoding accepts no
    encoded surrogate and no overlong form, so encoding the text gives those bytes back; a folder
    check reads a thousand files and is spared encoding each again."""
    raw, problem = safe_io.read_limited(path, limit)
    if problem:
        raise ProjectFileError(problem)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(f"“{path.name}”不是年报项目文件（不是 UTF-8 文本，可能是 Word、Excel 或 PDF 文件）") from None
    return text, raw[3:] if raw.startswith(_BOM) else raw


def load(path: PathLike, last_year: Optional[Report] = None, follow: bool = True, tidy: bool = False) -> Report:
    """Read a project file. A referenced last-year file is loaded relative to it (one level:
    last year's own last year is not followed); when it cannot be read the report still opens,
    with a note saying why cross-year checks are off.

    Reading writes nothing (``check`` over a folder leaves it byte for byte); ``tidy`` — the
    editor opening the file to work on it — also removes the temp files a killed save left
    beside it (any save there removes them too)."""
    path = Path(path)
    text, encoded = _read(path)
    report = load_text(text, f"“{path.name}”", path.parent, follow, encoded)
    if tidy and os.access(path.parent, os.W_OK):
        from core import atomic

        atomic.remove_stale_temps(path)
    if last_year is not None:
        attach_last_year(report, last_year)
    return report


def load_text(text: str, name: str, base: Path, follow: bool = True, encoded: Optional[bytes] = None) -> Report:
    """A report from project-file text; ``base`` resolves a relative last-year reference;
    ``encoded``: ``text.encode("utf-8", "surrogatepass")`` when the caller has it (``_read``).

    The one error boundary of project-file reading: whatever goes wrong comes out as
    ``ProjectFileError`` naming the file (an unforeseen failure keeps its cause for the log)."""
    try:
        return _load_text(text, name, base, follow, encoded)
    except ProjectFileError:
        raise
    except (RecursionError, MemoryError) as e:
        raise ProjectFileError(f"{name}结构异常（嵌套过深或过大），无法打开；文件未作任何改动") from e
    except Exception as e:
        from core.damage import damage  # (the error path only: it imports zipfile)

        raise ProjectFileError(f"{name}已损坏，无法打开（{damage(e)}）；文件未作任何改动，"
                               "请使用备份（.bak）或自动保存的版本") from e


def _load_text(text: str, name: str, base: Path, follow: bool, encoded: Optional[bytes]) -> Report:
    from core import calc

    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    data, replaced = surrogates.clean_json(parse_text(text, name, encoded), text, encoded)
    report = printable(report_from_dict(data, name))        # control characters dropped, as at input
    if replaced:
        report.notes.append(surrogates.note(replaced))
    embedded, referenced = embedded_last_year(data, name)
    report.last_year = embedded
    if referenced:
        report.last_year_file = referenced
    if referenced and follow:
        target = Path(referenced) if Path(referenced).is_absolute() else base / referenced
        try:
            if "\x00" in referenced:
                raise ProjectFileError(f"文件名含有非法字符（NUL）：“{brief(referenced.replace(chr(0), '␀'), 60)}”")
            report.last_year = load(target, follow=False)
        except ProjectFileError as e:
            report.notes.append(f"所附上年报告无法读取，未进行跨年度核对：{e}")
    calc.recompute_all(report)
    return report


def attach_last_year(report: Report, last_year: Report) -> None:
    """Use ``last_year`` for cross-year checks; it is embedded when the report is saved."""
    report.last_year = last_year
    report.last_year_file = ""


def write_atomic(path: Path, data: bytes, verify: Optional[atomic.Verify] = None) -> Path:
    """Replace ``path`` atomically, keeping the previous version as ``<name>.bak`` (``core.atomic``);
    ``verify`` reads the temporary file back before it replaces anything."""
    from core import atomic

    return atomic.write_file(path, data, BACKUP_SUFFIX, verify)


def verifier(name: str, base: Path) -> atomic.Verify:
    """A check that a written project file opens again with ``load``'s own reader; raises its
    ``ProjectFileError`` (``name`` is the file the clerk chose, not the temporary one)."""
    def verify(written: Path) -> None:
        load_text(read_text(written), name, base, follow=False)
    return verify


def save(report: Report, path: PathLike) -> Path:
    """Save a report atomically, keeping the previous version as ``<name>.bak``. Raises
    ``ProjectFileError`` (the file on disk untouched) for a name that cannot be used, a folder
    that cannot be written, or a report whose file would not open again."""
    from core import atomic

    path = Path(path)
    if path.suffix == "":
        path = path.with_suffix(EXTENSION)
    problem = atomic.name_problem(path)
    if problem:
        raise ProjectFileError(f"无法保存：{problem}")
    try:
        if not path.parent.is_dir():
            raise ProjectFileError(f"文件夹“{path.parent}”不存在，无法保存")
        if path.is_dir():
            raise ProjectFileError(f"“{path}”是文件夹，请换一个文件名")
    except OSError as e:
        raise ProjectFileError(f"无法保存“{path.name}”：{atomic.reason(e)}") from None
    data = surrogates.encode(dumps(report))
    try:
        write_atomic(path, data, verifier(f"“{path.name}”", path.parent))
    except ProjectFileError as e:
        raise ProjectFileError(f"无法保存“{path.name}”：保存出的文件无法重新打开（{e}）；"
                               "请改正后再保存，原文件（如有）未改动") from None
    except atomic.TargetDamaged as e:
        raise ProjectFileError(f"保存“{path.name}”失败：{e}") from None
    except OSError as e:
        raise ProjectFileError(f"保存“{path.name}”失败：{atomic.reason(e)}；原文件未改动") from None
    return path
