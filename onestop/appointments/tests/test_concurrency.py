"""The race for the last place, against PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from onestop.appointments import services as appointments
from onestop.appointments.models import Booking, BookingChannel
from onestop.appointments.tests.conftest import Office
from onestop.reception.tests.test_concurrency import run_threads

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
TUESDAY_9 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_fifty_people_racing_for_the_last_place_make_one_booking(office: Office) -> None:
    office.rule.capacity = 3
    office.rule.save()
    for n in range(2):  # two of three places are gone
        appointments.book(
            service=office.service, site=office.site, start=TUESDAY_9, person=appointments.Person(
                name=f"Early {n}", language="ar", phone=f"+4915100000{n:03d}"),
            channel=BookingChannel.STAFF, now=NOW,
        )  # fmt: skip

    def race(n: int) -> str:
        try:
            appointments.book(
                service=office.service, site=office.site, start=TUESDAY_9,
                person=appointments.Person(name=f"Racer {n}", language="ar", phone=f"+4915122222{n:03d}"),
                channel=BookingChannel.ONLINE, now=NOW,
            )  # fmt: skip
            return "booked"
        except appointments.SlotTaken as taken:
            assert taken.alternatives, "the loser is offered the next free times"
            return "taken"

    results = run_threads(50, race)
    assert results.count("booked") == 1 and results.count("taken") == 49
    assert Booking.objects.filter(start=TUESDAY_9).count() == 3
    assert sorted(Booking.objects.filter(start=TUESDAY_9).values_list("place", flat=True)) == [1, 2, 3]


def test_one_person_booking_twice_at_once_gets_one_booking(office: Office) -> None:
    def twice(n: int) -> str:
        try:
            appointments.book(
                service=office.service, site=office.site, start=TUESDAY_9.replace(hour=8 + n % 3),
                person=appointments.Person(name="Same", language="ar", phone="+4915133333333"),
                channel=BookingChannel.STAFF, now=NOW,
            )  # fmt: skip
            return "booked"
        except Exception as error:  # both kinds of refusal are fine here
            return type(error).__name__

    results = run_threads(6, twice)
    assert results.count("booked") == 1
    assert Booking.objects.filter(contact_key="tel:+4915133333333").count() == 1
