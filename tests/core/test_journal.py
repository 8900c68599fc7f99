"""Autosave journal: written at most once a second, recovered after a crash, kept in the user's data folder."""

from __future__ import annotations

import json
import os
import time
from decimal import Decimal
from pathlib import Path

import pytest
from builders import clean_last_year, clean_report

from core import calc, journal, storage
from core.journal import Journal, pending, recover
from core.project_json import report_to_dict

PROGRAM_DIR = Path(__file__).resolve().parents[2]


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(folder))
    return folder


def journaled_cell(j: Journal, address: str) -> object:
    return json.loads(j.path.read_text(encoding="utf-8"))["cells"][address]


def test_record_writes_at_most_once_per_interval(data_dir: Path) -> None:
    clock = Clock()
    report = clean_report("2021")
    j = Journal("", clock=clock)
    assert j.record(report) is True          # the first change is written at once
    first = j.path.read_bytes()
    writes = 0
    for step in range(1, 10):                # nine edits within the same second
        clock.now += 0.1
        report.cells["requests/1/natural"] = 100 + step
        writes += j.record(report)
    assert writes == 0
    assert j.path.read_bytes() == first
    clock.now = 1001.0
    assert j.tick() is True                  # the timer writes the pending edit once a second has passed
    assert journaled_cell(j, "requests/1/natural") == 109
    assert j.tick() is False                 # nothing pending: no write


def test_tick_without_pending_change_writes_nothing(data_dir: Path) -> None:
    clock = Clock()
    j = Journal("", clock=clock)
    clock.now += 10
    assert j.tick() is False
    assert not j.path.exists()


def test_at_most_about_a_second_of_edits_is_lost(data_dir: Path) -> None:
    clock = Clock()
    report = clean_report("2021")
    j = Journal("", clock=clock, interval=1.0)
    typed_at: list[float] = []
    for i in range(60):                      # an edit every 0.1 s, a timer tick every 0.25 s
        clock.now = 1000.0 + i * 0.1
        report.cells["requests/1/natural"] = i
        typed_at.append(clock.now)
        j.record(report)
        for sub in (0.0, 0.25):
            clock.now += sub
            j.tick()
        on_disk = journaled_cell(j, "requests/1/natural")
        assert isinstance(on_disk, int)
        lost = typed_at[i] - typed_at[on_disk]
        assert lost <= 1.0 + 1e-9, f"edit {i}: journal holds edit {on_disk}, {lost:.2f} s behind"


def test_flush_writes_now(data_dir: Path) -> None:
    clock = Clock()
    report = clean_report("2021")
    j = Journal("", clock=clock)
    j.record(report)
    report.cells["requests/1/natural"] = 77
    assert j.record(report) is False
    j.flush()
    assert journaled_cell(j, "requests/1/natural") == 77


def test_crash_leaves_a_journal_that_is_offered_and_recovered(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "r.nianbao"
    report = clean_report("2021")
    storage.attach_last_year(report, clean_last_year(report))
    storage.save(report, source)
    old = time.time() - 3600
    os.utime(source, (old, old))
    clock = Clock()
    j = Journal(str(source), clock=clock)
    report.cells["requests/1/natural"] = 20
    report.cells["requests/3.1/natural"] = 13
    calc.recompute_all(report)
    j.record(report)
    clock.now += 0.3
    report.cells["art20_8/fees/amount"] = Decimal("1.234567")
    report.texts["5"] = "最后一次修改的文字"
    j.record(report)
    clock.now += 1.0
    j.tick()
    expected = report_to_dict(report)
    del j                                     # crash: the journal is never discarded

    found = pending()
    assert len(found) == 1
    assert found[0].source == os.path.abspath(source)
    recovered = recover(found[0])
    assert recovered.cells["requests/1/natural"] == 20
    assert str(recovered.cells["art20_8/fees/amount"]) == "1.234567"
    assert recovered.texts["5"] == "最后一次修改的文字"
    assert recovered.last_year is not None
    assert report_to_dict(recovered) == expected
    # the saved file itself was not touched by autosave
    assert storage.load(source).cells["requests/1/natural"] == 19


def test_untitled_report_is_recovered_too(data_dir: Path) -> None:
    report = clean_report("2019")
    report.organ = "未命名机关"
    j = Journal("", clock=Clock())
    j.record(report)
    found = pending()
    assert [r.journal for r in found] == [j.path]
    assert found[0].source == ""
    assert recover(found[0]).organ == "未命名机关"


def test_discard_removes_the_journal(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "r.nianbao"
    report = clean_report("2021")
    storage.save(report, source)
    os.utime(source, (time.time() - 3600,) * 2)
    clock = Clock()
    j = Journal(str(source), clock=clock)
    j.record(report)
    clock.now += 2
    report.cells["requests/1/natural"] = 5
    j.record(report)                          # a second write makes a journal .bak as well
    assert pending()
    j.discard()
    assert not j.path.exists()
    assert list((data_dir / "autosave").glob("*")) == []
    assert pending() == []
    j.tick()                                  # nothing pending after a discard
    assert not j.path.exists()


def test_journal_older_than_saved_file_is_not_offered(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "r.nianbao"
    report = clean_report("2021")
    storage.save(report, source)
    os.utime(source, (time.time() - 3600,) * 2)
    j = Journal(str(source), clock=Clock())
    j.record(report)
    assert len(pending()) == 1
    storage.save(report, source)              # saved after the last autosave …
    later = time.time() + 60
    os.utime(source, (later, later))          # … (mtime made unambiguous despite coarse clocks)
    assert pending() == []


def test_journal_of_a_deleted_source_is_still_offered(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "r.nianbao"
    report = clean_report("2021")
    storage.save(report, source)
    j = Journal(str(source), clock=Clock())
    j.record(report)
    source.unlink()
    assert [r.journal for r in pending()] == [j.path]


def test_unreadable_journal_is_skipped(data_dir: Path) -> None:
    folder = data_dir / "autosave"
    folder.mkdir(parents=True)
    (folder / ("broken" + journal.SUFFIX)).write_text("{ not json", encoding="utf-8")
    (folder / ("other" + journal.SUFFIX)).write_text('{"kind": "x"}', encoding="utf-8")
    assert pending() == []


def test_pending_is_newest_first(data_dir: Path) -> None:
    a, b = Journal("", clock=Clock()), Journal("", clock=Clock())
    a.record(clean_report("2021"))
    time.sleep(0.01)
    b.record(clean_report("2019"))
    assert [r.journal for r in pending()] == [b.path, a.path]


def test_journal_lives_in_the_data_dir(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "r.nianbao"
    j = Journal(str(source), clock=Clock())
    j.record(clean_report("2021"))
    assert j.path.is_file()
    assert j.path.parent == data_dir / "autosave"
    assert PROGRAM_DIR not in j.path.parents
    assert not (PROGRAM_DIR / "autosave").exists()
    assert list(PROGRAM_DIR.glob("*" + journal.SUFFIX)) == []
    assert list(tmp_path.glob("*" + journal.SUFFIX)) == []      # not beside the report either


def test_default_data_dir_is_the_users_not_the_programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NIANBAO_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    folder = journal.data_dir()
    assert PROGRAM_DIR not in folder.parents and folder != PROGRAM_DIR
    assert tmp_path / "home" in folder.parents
    j = Journal("", clock=Clock())
    j.record(clean_report("2021"))
    assert (tmp_path / "home") in j.path.parents


def test_retarget_follows_save_as(data_dir: Path, tmp_path: Path) -> None:
    report = clean_report("2021")
    clock = Clock()
    j = Journal("", clock=clock)
    j.record(report)
    old_path = j.path
    j.retarget(str(tmp_path / "new.nianbao"))
    assert not old_path.exists()
    clock.now += 5
    j.record(report)
    assert [r.source for r in pending()] == [os.path.abspath(tmp_path / "new.nianbao")]


def test_background_mode_never_writes_on_the_edit_and_writes_on_the_tick(data_dir: Path) -> None:
    clock = Clock()
    report = clean_report("2021")
    j = Journal("", clock=clock, background=True)
    assert j.record(report) is False and not j.path.exists()     # the edit does not wait for the disk
    before = report.cells["requests/1/natural"]
    assert j.tick() is True                                      # the timer hands the write to the worker
    report.cells["requests/1/natural"] = 77                      # an edit goes on meanwhile
    assert j.flush() and journaled_cell(j, "requests/1/natural") == before  # the copy taken at the tick
    j.record(report)
    assert j.flush() and journaled_cell(j, "requests/1/natural") == 77
    clock.now += 0.5
    report.cells["requests/1/natural"] = 78
    j.record(report)
    assert j.tick() is False                                     # not a second since the last write
    clock.now += 1.0
    assert j.tick() is True
    j.discard()                                                  # waits for the write, then removes it
    assert not j.path.exists()


def test_background_write_that_fails_is_retried(data_dir: Path, tmp_path: Path) -> None:
    clock = Clock()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    j = Journal("", folder=blocker, clock=clock, background=True)
    report = clean_report("2021")
    j.record(report)
    assert j.tick() is True
    assert j.flush() is False and "自动保存失败" in j.problem    # the worker's failure, in Chinese
    assert j._pending is report                                  # still to be written at the next tick


def test_an_unforeseen_failure_in_the_worker_is_told_not_lost(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.journal as journal_module

    def broken(obj: object, indent: object = None) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(journal_module, "json_text", broken)
    clock = Clock()
    j = Journal("", clock=clock, background=True)
    report = clean_report("2021")
    j.record(report)
    assert j.tick() is True
    assert j.flush() is False and j.problem.startswith("自动保存失败") and "boom" not in j.problem
    assert j._pending is report
    j.discard()                                                  # a clean close never raises it
