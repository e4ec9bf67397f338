"""The calendar feed of a desk (iCalendar), for staff calendar apps: no personal names, since the
address works without a login."""

from __future__ import annotations

from datetime import datetime

import icalendar
from django.conf import settings
from django.utils.translation import gettext as _

from onestop.appointments.models import DeskCalendarFeed
from onestop.appointments.selectors import desk_feed_bookings
from onestop.appointments.services import feed_token_hash
from onestop.core.languages import language_name
from onestop.reception.models import Desk


def desk_for_token(token: str) -> Desk | None:
    feed = DeskCalendarFeed.objects.filter(token_hash=feed_token_hash(token)).select_related("desk").first()
    if feed is None or not feed.desk.is_active:
        return None
    return feed.desk


def event_title(*, service: str, number: int, language: str, interpreter: bool) -> str:
    """ "Residence permit: appointment 12, Farsi, interpreter": what the desk needs, no name."""
    values = {"service": service, "number": number, "language": language_name(language)}
    if interpreter:
        return _("%(service)s: appointment %(number)s, %(language)s, interpreter") % values
    return _("%(service)s: appointment %(number)s, %(language)s") % values


def desk_calendar(*, desk: Desk, now: datetime) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Onestop//appointments//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("Appointments at %(desk)s") % {"desk": f"{desk.site.name} · {desk}"})
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for booking in desk_feed_bookings(desk=desk, now=now):
        event = icalendar.Event()
        event.add("uid", f"booking-{booking.pk}@onestop")
        event.add("dtstamp", now)
        event.add("dtstart", booking.start)
        event.add("dtend", booking.end)
        event.add(
            "summary",
            event_title(
                service=booking.service.name,
                number=booking.pk,
                language=booking.language,
                interpreter=booking.interpreter_needed,
            ),
        )
        event.add("location", booking.site.name)
        cal.add_component(event)
    return cal.to_ical()
