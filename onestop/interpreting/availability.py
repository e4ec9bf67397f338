"""When an interpreter works: weekly wall-clock windows and absences turned into aware instants.

Windows are stored as local wall-clock times (settings.TIME_ZONE) and combined with a date only
when needed, with zoneinfo; so "Monday 9:00-13:00" is 9:00-13:00 local time on both sides of a
daylight-saving change, 7:00-11:00 UTC in summer and 8:00-12:00 UTC in winter.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from onestop.interpreting.models import Absence, AvailabilityWindow

BLOCK = timedelta(minutes=15)
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
MIDNIGHT = time(0)


def local_tz() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def blocks(start: datetime, end: datetime) -> list[datetime]:
    """The quarter hours (UTC, aligned to :00/:15/:30/:45) that the time from start to end touches."""
    first = _EPOCH + ((start - _EPOCH) // BLOCK) * BLOCK
    result = []
    moment = first
    while moment < end:
        result.append(moment)
        moment += BLOCK
    return result


def local_days(start: datetime, end: datetime) -> list[date]:
    """The local calendar days the time from start to end touches."""
    tz = local_tz()
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def window_instants(day: date, starts: time, ends: time) -> tuple[datetime, datetime]:
    """A wall-clock window on a local day as aware instants; an end of 0:00 is midnight at the end
    of the day."""
    tz = local_tz()
    end_day = day + timedelta(days=1) if ends == MIDNIGHT else day
    return datetime.combine(day, starts, tzinfo=tz), datetime.combine(end_day, ends, tzinfo=tz)


def within_windows(windows: Iterable[AvailabilityWindow], start: datetime, end: datetime) -> bool:
    """Whether start to end lies inside the weekly windows (touching windows join up)."""
    days = local_days(start, end)
    spans = []
    for day in days:
        for window in windows:
            if window.weekday == day.weekday():
                spans.append(window_instants(day, window.starts, window.ends))
    spans.sort()
    covered_until = start
    for span_start, span_end in spans:
        if span_end <= covered_until:
            continue
        if span_start > covered_until:
            return False
        covered_until = span_end
        if covered_until >= end:
            return True
    return False


def absent(absences: Iterable[Absence], start: datetime, end: datetime) -> bool:
    days = local_days(start, end)
    return any(a.first_day <= day <= a.last_day for a in absences for day in days)
