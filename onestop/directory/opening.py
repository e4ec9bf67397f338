"""Opening status from schedules: is a place open at a moment, and when does it open next.

Pure Python on purpose (no Django models), so that pages, the API and imports share one
answer and it can be tested exhaustively without a database.

The vocabulary is HSDS's ``schedule`` (itself RFC 5545 recurrence rules); the recurrence
itself is expanded by python-dateutil's ``rrule``, not by hand.

Semantics, in one place:

* A :class:`Rule` opens on the local dates its recurrence yields, from ``opens_at`` to
  ``closes_at`` local wall-clock time. ``closes_at <= opens_at`` means the period runs past
  midnight into the next day (equal times: a full 24 hours); both ``None`` means the whole
  day. A period belongs to the date it *starts* on: ``valid_from``/``valid_to`` (inclusive)
  and closures are judged on that date.
* A :class:`Closure` on a date replaces every rule period starting that date: with no hours
  the place is closed that day, with hours those special hours are the day's only periods.
  A period that started the evening before and runs into the closed date is kept, because it
  belongs to the day before (a night shelter does not throw people out at midnight).
* Periods are half-open ``[start, end)``: a place that closes at 16:00 is closed at 16:00.
  Overlapping or touching periods are merged, as a visitor sees one continuous opening.
* Local times become instants in the given time zone like this: the instant is the first
  moment the local clock shows that time. For ordinary and ambiguous times (the repeated
  hour when clocks go back) that is ``fold=0``, the earlier of the two, and it is found by a
  UTC round trip. A time skipped when clocks go forward has no moment of its own; it becomes
  the moment of the jump (02:30 on a spring-forward night in Berlin is 03:00 CEST), because
  by then the clock has passed the opening time. This mapping never runs backwards, so a
  period can shrink (01:30–03:30 lasts one hour that night) but never turns inside out.
* All arithmetic is done in UTC, so durations are real elapsed time. Python compares and
  subtracts two datetimes with the *same* zone by wall clock, which is wrong across a DST
  change: use :attr:`Period.duration` and :meth:`Period.contains` rather than ``end - start``.
* A run of touching periods (a place open around the clock) is followed at most
  :data:`MAX_RUN_DAYS` days beyond the span asked about; where it is cut, the reported start
  or end is where the search stopped, not a real opening or closing time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import rrule as _rrule

__all__ = [
    "MAX_RUN_DAYS",
    "Closure",
    "Period",
    "Rule",
    "is_open",
    "next_opening",
    "periods_between",
]

MAX_RUN_DAYS = 28
"""How far beyond the asked span a continuous run of periods is followed (see module doc)."""

# HSDS allows only these two (schedule.freq enum); sub-daily RFC frequencies would make
# opens_at/closes_at meaningless.
_FREQUENCIES = {"WEEKLY": _rrule.WEEKLY, "MONTHLY": _rrule.MONTHLY}
_WEEKDAYS = {
    "MO": _rrule.MO,
    "TU": _rrule.TU,
    "WE": _rrule.WE,
    "TH": _rrule.TH,
    "FR": _rrule.FR,
    "SA": _rrule.SA,
    "SU": _rrule.SU,
}
_BYDAY_TOKEN = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
# Extending a search day by day would call rrule once per day; a week at a time is cheap and
# covers the usual case (a weekday run) in one step.
_GROW_DAYS = 7
_EPSILON = timedelta(microseconds=1)
_MIDNIGHT = time(0, 0)


@dataclass(frozen=True)
class Rule:
    """One HSDS schedule row: a recurring opening, in local wall-clock time.

    ``byday`` is a comma-separated list of RFC 5545 day codes (``"MO,TU"``); for MONTHLY a code
    may carry an ordinal (``"1MO"`` first Monday, ``"-1FR"`` last Friday). ``bymonthday`` is a
    comma-separated list of days of the month (``"1,15"``, ``"-1"`` the last day). ``byweekno``
    and ``byyearday`` filter further, as in HSDS. ``wkst`` (default ``MO``) is the day weeks
    start on, which matters for ``interval > 1``. ``dtstart`` anchors the recurrence and is
    required whenever the answer depends on it: ``interval > 1``, ``count``, or a rule naming
    no day at all (RFC 5545 would then take the day from ``dtstart``). ``until`` and the
    validity dates are inclusive. Invalid rows raise ``ValueError`` on construction, so a form
    can validate a schedule by building its ``Rule``.
    """

    freq: str = "WEEKLY"
    interval: int = 1
    byday: str = ""
    bymonthday: str = ""
    opens_at: time | None = None
    closes_at: time | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    dtstart: date | None = None
    until: date | None = None
    count: int | None = None
    wkst: str = ""
    byweekno: str = ""
    byyearday: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        if self.freq.strip().upper() not in _FREQUENCIES:
            raise ValueError(f"freq must be WEEKLY or MONTHLY, not {self.freq!r}")
        if self.interval < 1:
            raise ValueError("interval must be at least 1")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1")
        if self.count is not None and self.until is not None:
            raise ValueError("count and until must not both be given (RFC 5545)")
        _check_hours(self.opens_at, self.closes_at)
        # Parse everything once here so that a bad row fails where it is built, not later
        # in the middle of a page.
        kwargs = self._by_kwargs()
        if self.wkst.strip() and self.wkst.strip().upper() not in _WEEKDAYS:
            raise ValueError(f"wkst must be a day code such as MO, not {self.wkst!r}")
        if self.dtstart is None:
            if self.interval > 1:
                raise ValueError("interval > 1 needs dtstart to know which weeks or months count")
            if self.count is not None:
                raise ValueError("count needs dtstart to know where counting starts")
            if not kwargs:
                raise ValueError("a rule with no byday, bymonthday, byweekno or byyearday needs dtstart")

    def _by_kwargs(self) -> dict[str, Any]:
        monthly = self.freq.strip().upper() == "MONTHLY"
        kwargs: dict[str, Any] = {}
        if days := _split(self.byday):
            kwargs["byweekday"] = [_weekday(token, monthly=monthly) for token in days]
        if monthdays := _split(self.bymonthday):
            kwargs["bymonthday"] = [_int_in(value, 31, "bymonthday") for value in monthdays]
        if weeks := _split(self.byweekno):
            kwargs["byweekno"] = [_int_in(value, 53, "byweekno") for value in weeks]
        if yeardays := _split(self.byyearday):
            kwargs["byyearday"] = [_int_in(value, 366, "byyearday") for value in yeardays]
        return kwargs

    def days(self, first: date, last: date) -> list[date]:
        """The dates in ``first..last`` (inclusive) on which this rule's periods start."""
        low = max(first, self.valid_from) if self.valid_from else first
        high = min(last, self.valid_to) if self.valid_to else last
        if low > high:
            return []
        freq = self.freq.strip().upper()
        anchor = self.dtstart or low  # validated: without dtstart the anchor does not matter
        if anchor < low and self.count is None and freq == "WEEKLY":
            # rrule walks from dtstart on every call; jumping the anchor forward by whole
            # cycles keeps every later occurrence (same weekday, same week of the cycle) and
            # keeps years-old anchors cheap. Days it skips in the anchor's own week lie
            # before `low`. Not done with count, which counts from the real dtstart.
            cycle = 7 * self.interval
            anchor += timedelta(days=(low - anchor).days // cycle * cycle)
        recurrence = _rrule.rrule(
            _FREQUENCIES[freq],
            dtstart=datetime.combine(anchor, _MIDNIGHT),
            interval=self.interval,
            # Explicit, because dateutil's default follows calendar.firstweekday(), a global.
            wkst=_WEEKDAYS[self.wkst.strip().upper() or "MO"],
            count=self.count,
            until=datetime.combine(self.until, _MIDNIGHT) if self.until else None,
            **self._by_kwargs(),
        )
        between = recurrence.between(datetime.combine(low, _MIDNIGHT), datetime.combine(high, _MIDNIGHT), inc=True)
        return [moment.date() for moment in between]


@dataclass(frozen=True)
class Closure:
    """An exception for one date (holiday, special hours); Onestop's own, not HSDS.

    Without hours the place is closed that date; with hours they replace the rules' periods
    starting that date (``closes_at <= opens_at`` runs past midnight, as for rules). Several
    closures on one date add up their special hours, but a whole-day closure on the date wins:
    when the records contradict each other, "closed" is the answer that sends nobody to a
    locked door.
    """

    date: date
    opens_at: time | None = None
    closes_at: time | None = None
    reason: str = ""

    def __post_init__(self) -> None:
        _check_hours(self.opens_at, self.closes_at)


@dataclass(frozen=True)
class Period:
    """An opening ``[start, end)``; both aware, in the time zone asked for."""

    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        """Real elapsed time (``end - start`` would count wall-clock time across DST)."""
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)

    def contains(self, at: datetime) -> bool:
        """Whether the aware instant ``at`` (any zone) falls in ``[start, end)``."""
        moment = _utc(at, "at")
        return self.start.astimezone(UTC) <= moment < self.end.astimezone(UTC)


def periods_between(
    rules: Iterable[Rule], closures: Iterable[Closure], start: datetime, end: datetime, tz: ZoneInfo
) -> list[Period]:
    """The merged opening periods that overlap ``[start, end)``, sorted and disjoint.

    Periods are reported whole, not clipped to the span: one that began before ``start`` or
    runs past ``end`` is returned with its real start and end (within :data:`MAX_RUN_DAYS`).
    ``start`` and ``end`` must be aware; ``end < start`` is an error, ``end == start`` an empty
    span.
    """
    runs, _ = _runs(_Schedule(rules, closures, tz), _utc(start, "start"), _utc(end, "end"))
    return [_period(run, tz) for run in runs]


def is_open(rules: Iterable[Rule], closures: Iterable[Closure], at: datetime, tz: ZoneInfo) -> Period | None:
    """The (merged) period containing the aware instant ``at``, or ``None`` when closed."""
    moment = _utc(at, "at")
    runs, _ = _runs(_Schedule(rules, closures, tz), moment, moment + _EPSILON)
    return next((_period(run, tz) for run in runs if run[0] <= moment < run[1]), None)


def next_opening(
    rules: Iterable[Rule], closures: Iterable[Closure], after: datetime, tz: ZoneInfo, horizon_days: int = 400
) -> Period | None:
    """The first period whose end is later than ``after``, or ``None`` within the horizon.

    That is the current period when the place is open at ``after`` (so "open until" and
    "opens at" come from one call); for the opening after the current one, ask again with
    ``after=current.end``. Only periods starting before ``after + horizon_days`` count. The
    answer equals the first period of ``periods_between(after, after + horizon)``, found by
    looking a week ahead first and widening only while nothing turns up.
    """
    if horizon_days < 0:
        raise ValueError("horizon_days must not be negative")
    schedule = _Schedule(rules, closures, tz)
    moment = _utc(after, "after")
    limit = moment + timedelta(days=horizon_days)
    window = timedelta(days=_GROW_DAYS)
    while True:
        stop = min(moment + window, limit)
        runs, cut = _runs(schedule, moment, stop)
        if runs and cut and stop < limit:
            # A run cut short in the narrow window could be followed further in the full
            # one; ask the full question so both give the same answer (rare: 24/7 places).
            runs, cut = _runs(schedule, moment, limit)
        if runs:
            return _period(runs[0], tz)
        if stop >= limit:
            return None
        window *= 4


# --- internals ------------------------------------------------------------------------------

_Run = tuple[datetime, datetime]  # (start, end) in UTC


class _Schedule:
    """The rules and closures of one place, indexed for repeated day-range queries."""

    def __init__(self, rules: Iterable[Rule], closures: Iterable[Closure], tz: ZoneInfo) -> None:
        self.rules = tuple(rules)
        self.tz = tz
        self.closures: dict[date, list[Closure]] = {}
        for closure in closures:
            self.closures.setdefault(closure.date, []).append(closure)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def midnight(self, day: date) -> datetime:
        return _instant(day, _MIDNIGHT, self.tz)

    def periods(self, first: date, last: date) -> list[_Run]:
        """Unmerged periods starting on the local dates ``first..last``."""
        hours: list[tuple[date, time | None, time | None]] = []
        for rule in self.rules:
            hours.extend(
                (day, rule.opens_at, rule.closes_at) for day in rule.days(first, last) if day not in self.closures
            )
        for day, closures in self.closures.items():
            if first <= day <= last and all(c.opens_at is not None for c in closures):
                hours.extend((day, c.opens_at, c.closes_at) for c in closures)
        runs = [self._run(day, opens, closes) for day, opens, closes in hours]
        # A period wholly inside a skipped hour maps to nothing; drop it rather than keep an
        # empty interval that would glue its neighbours together.
        return [run for run in runs if run[0] < run[1]]

    def _run(self, day: date, opens: time | None, closes: time | None) -> _Run:
        if opens is None or closes is None:
            return self.midnight(day), self.midnight(day + timedelta(days=1))
        end_day = day if closes > opens else day + timedelta(days=1)
        return _instant(day, opens, self.tz), _instant(end_day, closes, self.tz)


def _runs(schedule: _Schedule, start: datetime, end: datetime) -> tuple[list[_Run], bool]:
    """Merged runs overlapping ``[start, end)`` (UTC), and whether one was cut at the limit."""
    if end < start:
        raise ValueError("end must not be before start")
    if end == start:
        return [], False
    # A period starts on its date and ends by the next day, so periods starting two days
    # before `start` have ended by `start`, and none starting after `end`'s date can overlap.
    first = schedule.local_date(start) - timedelta(days=1)
    last = schedule.local_date(end)
    low, high = first, last
    raw = schedule.periods(low, high)
    cut = False
    while True:
        runs = [run for run in _merge(raw) if run[1] > start and run[0] < end]
        if not runs:
            return [], cut
        # Periods starting before `low` end before midnight after `low`; only a run starting
        # by then could be joined by one of them (<=, since two skipped times can share an
        # instant). Likewise at the far end.
        grow_back = runs[0][0] <= schedule.midnight(low + timedelta(days=1))
        grow_forward = runs[-1][1] >= schedule.midnight(high + timedelta(days=1))
        if grow_back and (first - low).days >= MAX_RUN_DAYS:
            grow_back, cut = False, True
        if grow_forward and (high - last).days >= MAX_RUN_DAYS:
            grow_forward, cut = False, True
        if not (grow_back or grow_forward):
            return runs, cut
        if grow_back:
            raw += schedule.periods(low - timedelta(days=_GROW_DAYS), low - timedelta(days=1))
            low -= timedelta(days=_GROW_DAYS)
        if grow_forward:
            raw += schedule.periods(high + timedelta(days=1), high + timedelta(days=_GROW_DAYS))
            high += timedelta(days=_GROW_DAYS)


def _merge(runs: list[_Run]) -> list[_Run]:
    merged: list[_Run] = []
    for run_start, run_end in sorted(runs):
        if merged and run_start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], run_end))
        else:
            merged.append((run_start, run_end))
    return merged


def _instant(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """The first moment (UTC) at which the local clock in ``tz`` shows ``day`` ``wall``."""
    naive = datetime.combine(day, wall.replace(fold=0))
    moment = naive.replace(tzinfo=tz).astimezone(UTC)  # fold=0: the earlier of a repeated time
    if moment.astimezone(tz).replace(tzinfo=None) == naive:
        return moment
    # Skipped by a forward jump: fold=0 read it with the old offset, landing after the jump;
    # fold=1 reads it with the new one, landing before. The local clock passes `wall` exactly
    # at the jump, which bisection finds (to the microsecond; rare, so cost is no concern).
    before = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    after = moment
    while after - before > _EPSILON:
        middle = before + (after - before) / 2
        if middle.astimezone(tz).replace(tzinfo=None) >= naive:
            after = middle
        else:
            before = middle
    return after


def _period(run: _Run, tz: ZoneInfo) -> Period:
    return Period(run[0].astimezone(tz), run[1].astimezone(tz))


def _utc(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return moment.astimezone(UTC)


def _check_hours(opens_at: time | None, closes_at: time | None) -> None:
    if (opens_at is None) != (closes_at is None):
        raise ValueError("opens_at and closes_at go together: give both, or neither for the whole day")
    if any(t is not None and t.tzinfo is not None for t in (opens_at, closes_at)):
        raise ValueError("opens_at and closes_at are local wall-clock times, without a time zone")


def _split(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def _weekday(token: str, *, monthly: bool) -> Any:
    match = _BYDAY_TOKEN.fullmatch(token)
    if not match:
        raise ValueError(f"byday entry {token!r} is not a day code such as MO or 1MO")
    ordinal, code = match.groups()
    if ordinal is None:
        return _WEEKDAYS[code]
    if not monthly:
        # dateutil would silently drop the ordinal for WEEKLY; refuse instead of guessing.
        raise ValueError(f"byday entry {token!r}: an ordinal is only meaningful with freq MONTHLY")
    number = int(ordinal)
    if not 1 <= abs(number) <= 5:
        raise ValueError(f"byday entry {token!r}: a month has at most five of each weekday")
    return _WEEKDAYS[code](number)


def _int_in(value: str, bound: int, field: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{field} entry {value!r} is not a number") from None
    if not 1 <= abs(number) <= bound:
        raise ValueError(f"{field} entry {value!r} must be 1..{bound} or -{bound}..-1")
    return number
