"""Each corpus entry's reading, checked once per version of the code and kept on disk for the other
test processes of the same run.

The full run reads every entry in several processes: ``test_corpus``'s fixture on each core that runs
one of its tests, its per-entry test, and the printed-corpus tests, which hold each printed copy to
the reading of its text. Each pass is about forty seconds of a core, and CI's twenty minutes are
nearly spent. What an entry reads is a function of the importer's code, the forms, the pinned
libraries, the entry's file and its hand-read cells, so the verdict is kept under a key made of all of
them: any change to one is a new key, and a new reading. Two processes that miss at once both
compute it and the later rename wins; the two are the same.

``NIANBAO_CORPUS_MEMO=0`` turns it off (every reading computed afresh)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_import import ReportScore, score_report

from core.importers import import_file
from core.importers.confidence import SURE, confidence
from core.importers.model import ImportError_
from core.validate import validate

ROOT = Path(__file__).resolve().parent.parent
MEMO = ROOT / ".cache" / "corpus-memo"
CODE = ("core", "templates")
"""What the reading depends on besides the entry: the importer, the forms, how tests score and check
(this file and ``corpus_import``), the pinned libraries and the interpreter."""


@dataclass
class Checked:
    """An entry's reading as the corpus tests judge it."""

    score: ReportScore
    sure_wrong: list[str] = field(default_factory=list)
    """Cells read wrong in a table the confidence calls sure (none may be)."""
    unlisted: list[str] = field(default_factory=list)
    """Cells read from 一、总体情况's words that the entry does not list, or lists with another value."""


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    files = [p for top in CODE for p in sorted((ROOT / top).rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    files += [ROOT / "tests" / "corpus_import.py", Path(__file__), ROOT / "requirements.txt", ROOT / "requirements-dev.txt"]
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def _check(meta: dict[str, Any], source: Path) -> Checked:
    try:
        report, log = import_file(source, year=meta.get("year_given"))
    except ImportError_ as e:
        return Checked(ReportScore(meta["id"], len(meta["cells"]), refused=str(e)))
    score = score_report(meta, report)
    sure = {t.table for t in confidence(report, validate(report)) if t.level == SURE}
    cells = meta["cells"]
    unlisted = [f"{a}: 读作 {report.cells.get(a)!r}，条目 {cells.get(a, '未列出')!r}"
                for a, how in sorted(log.read.items())
                if how.startswith("从正文读取：") and report.cells.get(a) != cells.get(a, "unlisted")]
    return Checked(score, [w.split(":")[0] for w in score.wrong if w.split("/")[0] in sure], unlisted)


def _forget_old_versions() -> None:
    """Other versions' verdicts untouched for a day: each version of the code leaves some 5 MB."""
    for old in MEMO.glob("*") if MEMO.is_dir() else []:
        with contextlib.suppress(OSError):
            if old.name != code_key() and time.time() - old.stat().st_mtime > 86400:
                shutil.rmtree(old)


def checked(meta: dict[str, Any], source: Path) -> Checked:
    """The entry's verdict: from the memo when this code has judged these bytes before."""
    if os.environ.get("NIANBAO_CORPUS_MEMO") == "0":
        return _check(meta, source)
    key = hashlib.sha256(code_key().encode() + json.dumps(meta, sort_keys=True, ensure_ascii=False).encode()
                         + b"\0" + source.read_bytes()).hexdigest()[:32]
    path = MEMO / code_key() / f"{key}.pickle"
    try:
        found = pickle.loads(path.read_bytes())    # our own test run's file, never a user's
        if isinstance(found, Checked):
            return found
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    result = _check(meta, source)
    if not path.parent.is_dir():
        _forget_old_versions()
        path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(f".{os.getpid()}.part")
    part.write_bytes(pickle.dumps(result))
    os.replace(part, path)
    return result
