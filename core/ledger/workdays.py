"""Working days under the official holiday arrangement, kept as data rather than code.

条例第三十三条 counts answer periods in 工作日, and which days those are changes every year with the
国务院办公厅's notice (放假 on weekdays, 调休上班 on weekends). So each year is a file
``templates/holidays/<year>.json`` that a clerk can read and correct, and a file of the same name in
the user's folder replaces the shipped one: next year's notice can be entered without a new build.

A year without an official file is "calendar unknown": weekends only, and ``known`` says so, so
the deadline checks can tell the clerk instead of silently treating 春节 as working days. A bad file
is refused whole with a message naming it; guessing around a typo in a deadline is worse.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, TypeVar

SHIPPED_DIR = Path(__file__).resolve().parent.parent.parent / "templates" / "holidays"
"""The shipped years (beside ``core`` in the checkout and in the frozen bundle alike)."""

KIND = "nianbao-holidays"
MAX_BYTES = 1_000_000
MAX_FILES = 200
MEMO_SIZE = 100_000
KEYS = ("kind", "year", "official", "source", "source_url", "note", "holidays", "workdays")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_ONE_DAY = _dt.timedelta(days=1)

_T = TypeVar("_T")
_Bad = Callable[[str], "CalendarError"]


class CalendarError(ValueError):
    """A holiday file that cannot be used; the message names the file and says what to fix."""


@dataclass(frozen=True)
class YearCalendar:
    """One year's arrangement as its file gives it."""

    year: int
    official: bool
    holidays: frozenset[_dt.date]
    """Days off, weekdays and the weekend days inside a holiday period alike."""
    workdays: frozenset[_dt.date]
    """Weekend days that are working days (调休上班)."""
    source: str = ""
    path: str = ""


class Calendar:
    """Which days are working days; years with no official file count weekends only.

    Immutable once built, so counts are remembered: a ledger of 20 000 requests has a few hundred
    distinct receipt dates, and its deadlines are recounted on every edit.
    """

    def __init__(self, years: Iterable[YearCalendar] = ()) -> None:
        self._years = {y.year: y for y in years}
        self._memo: dict[tuple[_dt.date, _dt.date | int], Any] = {}

    @classmethod
    def load(cls, override: Optional[Path] = None, shipped: Path = SHIPPED_DIR) -> Calendar:
        """The shipped years, each replaced by the file of the same year in ``override`` if any.

        A folder that does not exist holds no years. Raises ``CalendarError`` for any bad file.
        """
        years = _read_dir(shipped)
        if override is not None:
            years.update(_read_dir(override))
        return cls(years.values())

    def year(self, year: int) -> Optional[YearCalendar]:
        return self._years.get(year)

    def known(self, year: int) -> bool:
        """An official arrangement for ``year`` is on file (else weekends only are counted)."""
        entry = self._years.get(year)
        return entry is not None and entry.official

    def is_workday(self, d: _dt.date) -> bool:
        """Mon–Fri unless a holiday; Sat–Sun only when 调休上班. Unknown years: Mon–Fri."""
        entry = self._years.get(d.year)
        if entry is not None and entry.official:
            if d in entry.holidays:
                return False
            if d in entry.workdays:
                return True
        return d.weekday() < 5

    def add_workdays(self, start: _dt.date, n: int) -> _dt.date:
        """The ``n``-th working day after ``start`` (``start`` itself never counts; n=0 gives it back).

        条例第三十三条 counts "自收到申请之日起20个工作日": the day of receipt is not one of them.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        found = self._memo.get((start, n))
        if isinstance(found, _dt.date):
            return found
        d = start
        left = n
        while left:
            d += _ONE_DAY
            if self.is_workday(d):
                left -= 1
        return self._remember((start, n), d)

    def workdays_between(self, a: _dt.date, b: _dt.date) -> int:
        """Working days after ``a`` up to and including ``b``; negative (the same count) when b < a."""
        if b < a:
            return -self.workdays_between(b, a)
        found = self._memo.get((a, b))
        if isinstance(found, int):
            return found
        count = 0
        d = a
        while d < b:
            d += _ONE_DAY
            count += self.is_workday(d)
        return self._remember((a, b), count)

    def _remember(self, key: tuple[_dt.date, _dt.date | int], value: _T) -> _T:
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = value
        return value


def default_calendar() -> Calendar:
    """The shipped years with the user's own ``holidays`` folder over them (loaded once per folder).

    Raises ``CalendarError`` when a file in either is bad, for the caller to show the clerk.
    """
    from core.paths import data_dir

    return _cached(data_dir() / "holidays", SHIPPED_DIR)


@functools.lru_cache(maxsize=4)
def _cached(override: Path, shipped: Path) -> Calendar:
    return Calendar.load(override, shipped)


def _read_dir(folder: Path) -> dict[int, YearCalendar]:
    if not folder.is_dir():
        return {}
    paths = sorted(folder.glob("*.json"))
    if len(paths) > MAX_FILES:
        raise CalendarError(f"节假日文件夹“{folder}”中的文件超过 {MAX_FILES} 个，请只保留各年度的节假日文件")
    out: dict[int, YearCalendar] = {}
    for path in paths:
        entry = read_year(path)
        out[entry.year] = entry
    return out


def read_year(path: Path) -> YearCalendar:
    """One year's file, checked whole; ``CalendarError`` names the file and the problem."""

    def bad(problem: str) -> CalendarError:
        return CalendarError(f"节假日文件“{path}”有误：{problem}")

    raw = _read_bytes(path, bad)
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise bad("不是 UTF-8 编码的文本") from None
    except json.JSONDecodeError as e:
        raise bad(f"不是有效的 JSON（第 {e.lineno} 行第 {e.colno} 列）") from None
    except (ValueError, RecursionError) as e:
        raise bad(str(e) if isinstance(e, ValueError) else "嵌套层数过多") from None
    if not isinstance(data, dict):
        raise bad("内容应是一个 JSON 对象（{…}）")
    return _check(path, data, bad)


def _read_bytes(path: Path, bad: _Bad) -> bytes:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise bad(f"无法读取（{e.strerror or e}）") from None
    if len(raw) > MAX_BYTES:
        raise bad("文件超过 1 MB，不像节假日安排")
    return raw


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"键“{key}”出现了两次")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"不能使用 {name}")


def _check(path: Path, data: Mapping[str, Any], bad: _Bad) -> YearCalendar:
    unknown = [k for k in data if k not in KEYS]
    if unknown:
        raise bad(f"不认识的键“{unknown[0]}”（可用的键：{'、'.join(KEYS)}）")
    if data.get("kind") != KIND:
        raise bad(f"kind 应为“{KIND}”")
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 9998:
        raise bad("year 应是四位数的年份")
    if path.stem != str(year):
        raise bad(f"文件名应为“{year}.json”，与 year 一致")
    official = data.get("official")
    if not isinstance(official, bool):
        raise bad("official 应为 true（已按国务院办公厅通知录入）或 false（尚未录入）")
    for key in ("source", "source_url", "note"):
        if not isinstance(data.get(key, ""), str):
            raise bad(f"{key} 应是文字")
    source = str(data.get("source", "")).strip()
    holidays = _dates(data, "holidays", year, bad)
    workdays = _dates(data, "workdays", year, bad)
    both = sorted(holidays & workdays)
    if both:
        raise bad(f"{both[0].isoformat()} 同时列在放假日期和上班日期中")
    weekday = sorted(d for d in workdays if d.weekday() < 5)
    if weekday:
        raise bad(f"调休上班日期 {weekday[0].isoformat()} 不是周末（workdays 只列周六、周日上班的日子）")
    if official and not holidays:
        raise bad("official 为 true 却没有放假日期：请按通知填写 holidays")
    if official and not source:
        raise bad("official 为 true 时 source 应写明通知的名称和文号")
    if not official and (holidays or workdays):
        raise bad("official 为 false 却列有日期：按通知录入完毕后请把 official 改为 true")
    return YearCalendar(year, official, frozenset(holidays), frozenset(workdays), source, str(path))


def _dates(data: Mapping[str, Any], key: str, year: int, bad: _Bad) -> set[_dt.date]:
    items = data.get(key)
    if not isinstance(items, list):
        raise bad(f"{key} 应是日期列表（如 [\"{year}-01-01\"]）")
    out: set[_dt.date] = set()
    for item in items:
        if not isinstance(item, str) or not _ISO.fullmatch(item):
            raise bad(f"{key} 中的“{str(item)[:40]}”不是 YYYY-MM-DD 格式的日期")
        try:
            d = _dt.date.fromisoformat(item)
        except ValueError:
            raise bad(f"{key} 中的“{item}”不是有效日期") from None
        if d.year != year:
            raise bad(f"{key} 中的 {item} 不在 {year} 年")
        if d in out:
            raise bad(f"{key} 中的 {item} 重复出现")
        out.add(d)
    return out
