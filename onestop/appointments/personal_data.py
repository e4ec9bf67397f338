"""What the appointments keep about a person with a client record, for export and erasure."""

from __future__ import annotations

from typing import Any

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Concat

from onestop.appointments.models import Booking, BookingMessage
from onestop.clients.models import ClientRecord


def export_bookings(client: ClientRecord) -> list[dict[str, Any]]:
    rows = Booking.objects.filter(client=client).select_related("service", "site").order_by("start")
    return [
        {
            "service": b.service.name,
            "site": b.site.name,
            "start": b.start.isoformat(),
            "status": b.status,
            "name": b.name,
            "phone": b.phone,
            "email": b.email,
            "language": b.language,
            "interpreter_needed": b.interpreter_needed,
        }
        for b in rows
    ]


def erase_bookings(client: ClientRecord) -> int:
    """Bookings stay as anonymous figures (the slot was used); names and contacts go."""
    bookings = Booking.objects.filter(client=client)
    BookingMessage.objects.filter(booking__in=bookings).delete()
    return bookings.update(
        client=None, name="", phone="", email="",
        contact_key=Concat(Value("erased:"), Cast(F("pk"), output_field=CharField())),
    )  # fmt: skip
