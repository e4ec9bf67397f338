"""Tickets and bookings linked to a client record are in the person's export and go on erasure."""

from __future__ import annotations

from datetime import UTC, datetime

from onestop.appointments import services as appointments
from onestop.appointments.models import Booking, BookingChannel, BookingMessage
from onestop.appointments.tests.conftest import Office
from onestop.clients.models import ClientRecord
from onestop.clients.rights import client_erase, client_export
from onestop.reception import services as reception
from onestop.reception.models import Ticket

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
TUESDAY_9 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_export_lists_and_erasure_removes_tickets_and_bookings(office: Office) -> None:
    client = ClientRecord.objects.create(owner=office.org, alias="Amir", preferred_language="fa")
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=TUESDAY_9, channel=BookingChannel.STAFF, now=NOW,
        person=appointments.Person(name="Amir K.", language="fa", phone="+4915123456789", client=client),
    )  # fmt: skip
    ticket = reception.check_in(
        reception.CheckIn(
            service=office.service, site=office.site, language="fa", client=client, phone="+4915123456789"
        )
    )
    exported = client_export(client=client, by=office.staff)
    assert [b["name"] for b in exported["bookings"]] == ["Amir K."]
    assert [t["ticket"] for t in exported["tickets"]] == [ticket.code]
    client_erase(client=client, by=office.staff)
    booking.refresh_from_db()
    ticket.refresh_from_db()
    assert (booking.client, booking.name, booking.phone, booking.contact_key) == (None, "", "", f"erased:{booking.pk}")
    assert (ticket.client, ticket.phone) == (None, "")
    assert not BookingMessage.objects.filter(booking=booking).exists()
    assert Booking.objects.count() == 1 and Ticket.objects.count() == 1  # the figures stay
