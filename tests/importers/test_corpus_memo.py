"""The corpus's kept verdicts (``corpus_memo``) are a shortcut, never a stale answer: an entry whose
hand-read cells change, or a kept file that is damaged, is read again."""

from __future__ import annotations

import copy
from pathlib import Path

import corpus_memo
import pytest
from corpus_import import entries


@pytest.fixture
def memo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(corpus_memo, "MEMO", tmp_path)
    monkeypatch.delenv("NIANBAO_CORPUS_MEMO", raising=False)
    return tmp_path


def _full_entry() -> tuple[dict[str, object], Path]:
    return next((meta, source) for meta, source in entries() if meta["tables"] == "full" and source.suffix == ".txt")


def test_a_kept_verdict_is_the_fresh_one(memo: Path) -> None:
    meta, source = _full_entry()
    first = corpus_memo.checked(meta, source)
    assert len(list(memo.rglob("*.pickle"))) == 1
    assert corpus_memo.checked(meta, source) == first == corpus_memo._check(meta, source)
    assert first.score.right == len(meta["cells"])  # type: ignore[arg-type]


def test_changed_cells_are_judged_again(memo: Path) -> None:
    meta, source = _full_entry()
    corpus_memo.checked(meta, source)
    changed = copy.deepcopy(meta)
    cells = changed["cells"]
    assert isinstance(cells, dict)
    address = next(a for a, v in cells.items() if isinstance(v, int))
    cells[address] += 7
    verdict = corpus_memo.checked(changed, source)
    assert [w.split(":")[0] for w in verdict.score.wrong] == [address]


def test_a_damaged_kept_file_is_read_again(memo: Path) -> None:
    meta, source = _full_entry()
    want = corpus_memo.checked(meta, source)
    (kept,) = memo.rglob("*.pickle")
    kept.write_bytes(b"\x80\x04not a pickle")
    assert corpus_memo.checked(meta, source) == want
    assert kept.read_bytes() != b"\x80\x04not a pickle"
