"""Laying out bookable slots from the booking hours, minus closures, in local wall-clock time.

A slot at 09:00 is at 09:00 on the local clock on both sides of a daylight-saving change (its
UTC instant moves); a slot whose wall-clock start does not exist on the day the clocks go
forward is not offered; on the day they go back, the first 02:30 is used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Q, QuerySet

from onestop.appointments.models import WEEKDAY_CODES, Booking, BookingSettings, BookingStatus, SlotRule
from onestop.directory.models import Closure, Service, Site


def local_tz() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Slot:
    service_id: int
    site_id: int
    start: datetime  # aware, UTC
    end: datetime
    capacity: int
    free: int = 0

    def local_start(self) -> datetime:
        return self.start.astimezone(local_tz())


@lru_cache(maxsize=65_536)
def wall_clock(day: date, at: time, tz: ZoneInfo) -> datetime | None:
    """The aware instant the local clock shows ``day at``, or None when it does not exist.
    Cached: every slot's end is the next one's start, and a site's services share their hours."""
    naive = datetime.combine(day, at)
    moment = naive.replace(tzinfo=tz, fold=0)
    if moment.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive:
        return None  # skipped by the clocks going forward
    return moment.astimezone(UTC)


def booking_settings(service: Service) -> BookingSettings:
    found = BookingSettings.objects.filter(service=service).first()
    return found if found is not None else BookingSettings(service=service)


def _rule_days(rule: SlotRule) -> set[int]:
    return {
        WEEKDAY_CODES.index(d.strip().upper()) for d in rule.weekdays.split(",") if d.strip().upper() in WEEKDAY_CODES
    }


def _closures(service_id: int, site_id: int, first: date, last: date) -> dict[date, list[tuple[time, time] | None]]:
    rows = Closure.objects.filter(Q(site_id=site_id) | Q(service_id=service_id), date__gte=first, date__lte=last)
    by_day: dict[date, list[tuple[time, time] | None]] = {}
    for row in rows:
        hours = (row.opens_at, row.closes_at) if row.opens_at and row.closes_at else None
        by_day.setdefault(row.date, []).append(hours)
    return by_day


def _allowed(day_closures: list[tuple[time, time] | None] | None, start: time, end: time) -> bool:
    if not day_closures:
        return True
    if any(hours is None for hours in day_closures):
        return False  # closed the whole day
    # Special hours that day: the slot must fit inside one of them.
    return any(hours[0] <= start and end <= hours[1] for hours in day_closures if hours is not None)


def layout(rules: Iterable[SlotRule], first: date, last: date, *, tz: ZoneInfo | None = None) -> list[Slot]:
    """Every slot of the rules from ``first`` to ``last`` (local dates, inclusive), without closures."""
    tz = tz or local_tz()
    rules = list(rules)
    slots: list[Slot] = []
    closures_cache: dict[tuple[int, int], dict[date, list[tuple[time, time] | None]]] = {}
    for rule in rules:
        key = (rule.service_id, rule.site_id)
        if key not in closures_cache:
            closures_cache[key] = _closures(rule.service_id, rule.site_id, first, last)
        closed = closures_cache[key]
        days = _rule_days(rule)
        day = max(first, rule.valid_from or first)
        stop = min(last, rule.valid_to or last)
        step = timedelta(minutes=rule.minutes)
        while day <= stop:
            if day.weekday() in days:
                wall = datetime.combine(day, rule.starts_at)
                limit = datetime.combine(day, rule.ends_at)
                while wall + step <= limit:
                    start = wall_clock(day, wall.time(), tz)
                    end_wall = (wall + step).time()
                    end = wall_clock(day, end_wall, tz)
                    if start is not None and end is not None and _allowed(closed.get(day), wall.time(), end_wall):
                        slots.append(Slot(rule.service_id, rule.site_id, start, end, rule.capacity))
                    wall += step
            day += timedelta(days=1)
    slots.sort(key=lambda s: (s.start, s.service_id, s.site_id))
    return slots


def releasable(now: datetime) -> QuerySet[Booking]:
    """Bookings still numbered in a slot whose place is free again at ``now``."""
    return Booking.objects.filter(place__isnull=False).filter(
        Q(status=BookingStatus.HELD, hold_expires_at__lte=now)
        | Q(status__in=[BookingStatus.CANCELLED, BookingStatus.EXPIRED], released_at__lte=now)
    )


def taken_places(now: datetime) -> QuerySet[Booking]:
    """Bookings holding a place at ``now``: not released, not an expired hold, not a cancellation
    past its cool-down."""
    return (
        Booking.objects.filter(place__isnull=False)
        .exclude(status=BookingStatus.HELD, hold_expires_at__lte=now)
        .exclude(status__in=[BookingStatus.CANCELLED, BookingStatus.EXPIRED], released_at__lte=now)
    )


def free_slots(
    *, services: Iterable[Service], site: Site, now: datetime, first: date | None = None, last: date | None = None,
    include_full: bool = False,
) -> list[Slot]:  # fmt: skip
    """Bookable slots of the services at the site from ``first`` to ``last`` with their free places,
    within each service's lead time and horizon."""
    services = list(services)
    tz = local_tz()
    today = now.astimezone(tz).date()
    result: list[Slot] = []
    ids = [s.pk for s in services]
    rules = list(SlotRule.objects.filter(service_id__in=ids, site=site, is_active=True))
    settings_by_service = {s.service_id: s for s in BookingSettings.objects.filter(service_id__in=ids)}
    start_day = max(first or today, today)
    horizon = max((settings_by_service.get(i, BookingSettings()).horizon_days for i in ids), default=0)
    end_day = min(last or today + timedelta(days=horizon), today + timedelta(days=horizon))
    if end_day < start_day or not rules:
        return []
    laid = layout(rules, start_day, end_day, tz=tz)
    lo, hi = laid[0].start if laid else now, laid[-1].end if laid else now
    counts = Counter(
        {
            (row["service_id"], row["start"]): row["n"]
            for row in taken_places(now)
            .filter(service_id__in=ids, site=site, start__gte=lo, start__lt=hi)
            .values("service_id", "start")
            .annotate(n=Count("pk"))
        }
    )
    # Each service's earliest start and last day, worked out once (not once per slot).
    defaults = BookingSettings()
    earliest, last_day = {}, {}
    for service_id in ids:
        conf = settings_by_service.get(service_id, defaults)
        earliest[service_id] = now + timedelta(minutes=conf.lead_minutes)
        # The start of the day after the horizon, as an instant: no time zone arithmetic per slot.
        after_horizon = today + timedelta(days=conf.horizon_days + 1)
        last_day[service_id] = datetime.combine(after_horizon, time.min, tz).astimezone(UTC)
    for slot in laid:
        if slot.start < earliest[slot.service_id]:
            continue
        if slot.start >= last_day[slot.service_id]:
            continue
        free = max(slot.capacity - counts[(slot.service_id, slot.start)], 0)
        if free or include_full:
            result.append(Slot(slot.service_id, slot.site_id, slot.start, slot.end, slot.capacity, free))
    return result


def slot_at(*, service: Service, site: Site, start: datetime) -> Slot | None:
    """The slot of the service at the site starting at ``start``, if the booking hours have one."""
    day = start.astimezone(local_tz()).date()
    rules = SlotRule.objects.filter(service=service, site=site, is_active=True)
    for slot in layout(rules, day, day):
        if slot.start == start.astimezone(UTC):
            return slot
    return None
