"""Reads of the appointments for the staff pages, the API and the desk feeds."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of
from onestop.appointments import slots as slot_layout
from onestop.appointments.models import ACTIVE, Booking, BookingStatus, SlotRule
from onestop.appointments.rules import BOOKING_ROLES
from onestop.directory.models import Service, Site

# The states a calendar shows (a cancelled or expired booking has left the day).
SHOWN = (*ACTIVE, BookingStatus.ARRIVED, BookingStatus.NO_SHOW)


def booking_organisations(user: Any) -> set[int] | None:
    """The organisations whose bookings the user works with; None means all (the coordinator)."""
    if has_role(user, Role.COORDINATOR):
        return None
    return {org for org, role in roles_of(user) if role in BOOKING_ROLES}


def hours_organisations(user: Any) -> set[int] | None:
    """The organisations whose booking hours the user keeps; None means all (the coordinator)."""
    if has_role(user, Role.COORDINATOR):
        return None
    return {org for org, role in roles_of(user) if role == Role.PARTNER_ADMIN}


def _limit(queryset: QuerySet[Any], orgs: set[int] | None, path: str) -> QuerySet[Any]:
    return queryset if orgs is None else queryset.filter(**{f"{path}__in": orgs})


def bookable_services(user: Any) -> QuerySet[Service]:
    """Services with booking hours whose bookings the user works with."""
    with_rules = Exists(SlotRule.objects.filter(service=OuterRef("pk")))
    services = Service.objects.filter(with_rules).select_related("organisation").order_by("name", "pk")
    return _limit(services, booking_organisations(user), "organisation_id")


def hours_services(user: Any) -> QuerySet[Service]:
    """Services whose booking hours the user may keep: all of a partner admin's organisation; for
    the coordinator (whose list would be the whole directory) those bookable or by appointment only."""
    services = Service.objects.select_related("organisation").order_by("name", "pk")
    orgs = hours_organisations(user)
    if orgs is None:
        return services.filter(Q(appointment_only=True) | Exists(SlotRule.objects.filter(service=OuterRef("pk"))))
    return services.filter(organisation_id__in=orgs)


def service_sites(services: Iterable[Service]) -> dict[int, list[Site]]:
    """For each service, the sites where it has booking hours."""
    ids = [s.pk for s in services]
    pairs = SlotRule.objects.filter(service_id__in=ids).values_list("service_id", "site_id").distinct()
    sites = {s.pk: s for s in Site.objects.filter(pk__in={site for _svc, site in pairs})}
    result: dict[int, list[Site]] = defaultdict(list)
    for service_id, site_id in sorted(set(pairs)):
        result[service_id].append(sites[site_id])
    for value in result.values():
        value.sort(key=lambda s: s.name)
    return result


def bookings_visible_to(user: Any) -> QuerySet[Booking]:
    bookings = Booking.objects.select_related("service", "site", "ticket")
    return _limit(bookings, booking_organisations(user), "service__organisation_id")


@dataclass
class CalendarSlot:
    start: datetime
    end: datetime
    capacity: int
    bookings: list[Booking] = field(default_factory=list)
    # Places held now, including cancellations still in their cool-down (not shown).
    taken: int = 0

    @property
    def free(self) -> int:
        return max(self.capacity - self.taken, 0)

    @property
    def interpreter_needed(self) -> bool:
        return any(b.interpreter_needed for b in self.bookings)


@dataclass
class CalendarDay:
    day: date
    slots: list[CalendarSlot]

    @property
    def free(self) -> int:
        return sum(s.free for s in self.slots)

    @property
    def booked(self) -> int:
        return sum(len(s.bookings) for s in self.slots)


def calendar(*, service: Service, site: Site, first: date, last: date, now: datetime) -> list[CalendarDay]:
    """Every slot of the booking hours from ``first`` to ``last`` with its bookings and free
    places (past ones too: the calendar is also the record of the day). A place freed by a
    cancellation counts as taken until its cool-down ends, as it does for booking."""
    rules = SlotRule.objects.filter(service=service, site=site, is_active=True)
    laid = slot_layout.layout(rules, first, last)
    tz = slot_layout.local_tz()
    lo = slot_layout.wall_clock(first, datetime.min.time(), tz) or now
    hi = slot_layout.wall_clock(last + timedelta(days=1), datetime.min.time(), tz) or now
    in_range = Booking.objects.filter(service=service, site=site, start__gte=lo, start__lt=hi)
    holding = set(slot_layout.taken_places(now).filter(pk__in=in_range.values("pk")).values_list("pk", flat=True))
    bookings = list(
        in_range.filter(Q(status__in=SHOWN) | Q(pk__in=holding))
        .exclude(status=BookingStatus.HELD, hold_expires_at__lte=now)
        .select_related("ticket")
        .order_by("start", "place", "pk")
    )
    by_start: dict[datetime, list[Booking]] = defaultdict(list)
    taken: Counter[datetime] = Counter()
    for booking in bookings:
        if booking.pk in holding:
            taken[booking.start] += 1
        if booking.status in SHOWN:
            by_start[booking.start].append(booking)
    slots = {s.start: CalendarSlot(s.start, s.end, s.capacity, by_start.pop(s.start, []), taken[s.start]) for s in laid}
    # Bookings whose hours were changed afterwards still show, at their own time.
    for start, orphans in by_start.items():
        slots[start] = CalendarSlot(start, orphans[0].end, 0, orphans, taken[start])
    days: dict[date, list[CalendarSlot]] = {}
    day = first
    while day <= last:
        days[day] = []
        day += timedelta(days=1)
    for slot in sorted(slots.values(), key=lambda s: s.start):
        days.setdefault(slot.start.astimezone(tz).date(), []).append(slot)
    return [CalendarDay(d, s) for d, s in sorted(days.items())]


def site_day(*, user: Any, site: Site, day: date) -> QuerySet[Booking]:
    """The day's bookings at a site, of every service the user books for, by time."""
    tz = slot_layout.local_tz()
    lo = slot_layout.wall_clock(day, datetime.min.time(), tz)
    hi = slot_layout.wall_clock(day + timedelta(days=1), datetime.min.time(), tz)
    return (
        bookings_visible_to(user)
        .filter(site=site, start__gte=lo, start__lt=hi, status__in=[s for s in SHOWN if s != BookingStatus.HELD])
        .order_by("start", "service__name", "place", "pk")
    )


def desk_feed_bookings(*, desk: Any, now: datetime, weeks: int = 6) -> QuerySet[Booking]:
    """The confirmed bookings of the services a desk serves, at its site, from today on."""
    tz = slot_layout.local_tz()
    today = now.astimezone(tz).date()
    lo = slot_layout.wall_clock(today, datetime.min.time(), tz) or now
    return (
        Booking.objects.filter(
            site_id=desk.site_id,
            service__in=desk.services.all(),
            status__in=[BookingStatus.CONFIRMED, BookingStatus.ARRIVED],
            start__gte=lo,
            start__lt=lo + timedelta(weeks=weeks),
        )
        .select_related("service", "site")
        .order_by("start", "pk")
    )
