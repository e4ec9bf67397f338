"""Reads of directory data for pages and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from django.db.models import Prefetch, QuerySet

from onestop.directory.models import OpeningHours, Site, Weekday


def public_sites() -> QuerySet[Site]:
    return Site.objects.filter(is_public=True, organisation__is_active=True).prefetch_related(
        Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens_at"))
    )


@dataclass(frozen=True)
class DayHours:
    weekday: Weekday
    periods: tuple[tuple[time, time], ...]


def weekly_hours(site: Site) -> list[DayHours]:
    """Opening periods grouped by weekday, Monday first; closed days have no periods."""
    by_day: dict[int, list[tuple[time, time]]] = {day.value: [] for day in Weekday}
    for hours in site.opening_hours.all():
        by_day[hours.weekday].append((hours.opens_at, hours.closes_at))
    return [DayHours(Weekday(day), tuple(periods)) for day, periods in by_day.items()]
