"""Demo appointments: the foreigners' office admits people by appointment only. Its services get
booking hours and a few weeks of slots, some booked (a few with an interpreter), relative to now.
Idempotent: run again, it books nothing more."""

from __future__ import annotations

from datetime import time, timedelta

from django.db import transaction
from django.utils import timezone

from onestop.appointments import slots
from onestop.appointments.models import Booking, BookingChannel, BookingSettings, BookingStatus, SlotRule
from onestop.core.languages import interface_language_codes
from onestop.directory.models import Service, Site
from onestop.reception.models import TicketSeries

OFFICE = "Neustadt Foreigners' Office"
SITE = "foreigners-office"
# service slug: weekdays, first slot, last slot ends, minutes, places, ticket letter
HOURS = {
    "residence-permit": ("MO,TU,TH", time(8, 30), time(12, 0), 30, 2, "P"),
    "permit-extension": ("TU,WE,TH", time(13, 0), time(16, 0), 20, 1, "E"),
    "temporary-protection": ("MO,WE,FR", time(9, 0), time(12, 0), 15, 3, "T"),
}
PEOPLE = [
    ("Ahmad R.", "fa", True),
    ("Olena K.", "uk", False),
    ("Samira B.", "ar", True),
    ("Yonas T.", "ti", True),
    ("Maria P.", "ro", False),
    ("Dmytro S.", "uk", True),
    ("Leyla A.", "tr", False),
    ("Hamid N.", "ps", True),
    ("Ana G.", "es", False),
    ("Farah M.", "so", False),
]


def _ticket_series(service: Service, site: Site, letter: str) -> None:
    """Arrival puts people into the walk-in queue: the service needs a ticket series there."""
    if TicketSeries.objects.filter(site=site, service=service).exists():
        return
    taken = set(TicketSeries.objects.filter(site=site).values_list("prefix", flat=True))
    prefix = next(p for p in [letter, *"ABCDGHJKLMNQSUVXYZ"] if p not in taken)
    TicketSeries.objects.create(site=site, service=service, prefix=prefix)


@transaction.atomic
def seed_appointments() -> int:
    """Booking hours for the foreigners' office and about a third of the next four weeks booked;
    returns the number of bookings made (0 when run again)."""
    site = Site.objects.filter(slug=SITE).first()
    chosen = list(Service.objects.filter(organisation__name=OFFICE, slug__in=HOURS))
    if site is None or not chosen:
        return 0
    for service in chosen:
        weekdays, starts_at, ends_at, minutes, capacity, letter = HOURS[service.slug]
        SlotRule.objects.update_or_create(
            service=service, site=site, starts_at=starts_at,
            defaults={"weekdays": weekdays, "ends_at": ends_at, "minutes": minutes, "capacity": capacity},
        )  # fmt: skip
        BookingSettings.objects.get_or_create(
            service=service, defaults={"lead_minutes": 60, "horizon_days": 42, "cooldown_minutes": 60}
        )
        _ticket_series(service, site, letter)
    if Booking.objects.filter(service__in=chosen).exists():
        return 0
    now = timezone.now()
    today = now.astimezone(slots.local_tz()).date()
    rules = SlotRule.objects.filter(service__in=chosen, site=site)
    # Written in one go rather than through services.book (which would take seconds): every third
    # slot of four weeks from today gets its first place, with made-up numbers and no messages.
    made: list[Booking] = []
    pages = interface_language_codes()
    for number, slot in enumerate(slots.layout(rules, today, today + timedelta(days=27))):
        if number % 3:
            continue
        name, language, interpreter = PEOPLE[(number // 3) % len(PEOPLE)]
        phone = f"+49151000{len(made):05d}"
        made.append(
            Booking(
                service_id=slot.service_id, site=site, start=slot.start, end=slot.end, place=1,
                status=BookingStatus.CONFIRMED, channel=BookingChannel.STAFF, name=name, phone=phone,
                contact_key=f"tel:{phone}", language=language, page_language=language if language in pages else "en",
                interpreter_needed=interpreter,
                confirmed_at=now,
            )
        )  # fmt: skip
    Booking.objects.bulk_create(made)
    return len(made)
