"""Reads of directory data for pages and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from onestop.directory.models import BYDAY_CODES, Address, Schedule, Site, Weekday


def public_sites() -> QuerySet[Site]:
    return (
        Site.objects.filter(is_public=True)
        .exclude(organisation__is_active=False)
        .prefetch_related(
            Prefetch("schedules", queryset=Schedule.objects.order_by("opens_at", "id")),
            Prefetch("addresses", queryset=Address.objects.order_by("id")),
        )
    )


@dataclass(frozen=True)
class DayHours:
    weekday: Weekday
    periods: tuple[tuple[time, time], ...]


def weekly_hours(site: Site, *, on: date | None = None) -> list[DayHours]:
    """The regular weekly opening periods in force on a date (today by default), grouped by
    weekday, Monday first; closed days have no periods. Uses the prefetched schedules."""
    day = on or timezone.localdate()
    by_day: dict[int, list[tuple[time, time]]] = {weekday.value: [] for weekday in Weekday}
    for schedule in site.schedules.all():
        if schedule.freq != "WEEKLY" or schedule.interval != 1 or schedule.opens_at is None:
            continue
        if (schedule.valid_from and schedule.valid_from > day) or (schedule.valid_to and schedule.valid_to < day):
            continue
        assert schedule.closes_at is not None
        for code in filter(None, (c.strip().upper() for c in schedule.byday.split(","))):
            if code in BYDAY_CODES:
                by_day[BYDAY_CODES.index(code)].append((schedule.opens_at, schedule.closes_at))
    return [DayHours(Weekday(weekday), tuple(sorted(periods))) for weekday, periods in by_day.items()]
