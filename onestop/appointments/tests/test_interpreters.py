"""Booking an appointment with "interpreter needed" books the interpreter with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.utils import timezone

from onestop.accounts.models import User
from onestop.appointments import services as appointments
from onestop.appointments import slots
from onestop.appointments.models import BookingChannel
from onestop.appointments.tests.conftest import Office
from onestop.directory.models import Organisation
from onestop.interpreting import services as interpreting
from onestop.interpreting.models import OfferStatus, RequestStatus
from onestop.interpreting.tests.conftest import Pool


@pytest.fixture
def interpreters(make_org: Callable[..., Organisation], make_staff: Callable[..., User]) -> Pool:
    return Pool(make_org(name="Interpreting pool"), make_staff)


def test_the_interpreter_is_booked_and_released_with_the_appointment(office: Office, interpreters: Pool) -> None:
    amal = interpreters.staff("Amal", ["fa"])
    slot = slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[0]
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=slot.start, channel=BookingChannel.STAFF, by=office.staff,
        person=appointments.Person(name="Amir", language="fa", phone="+4915123456789", interpreter_needed=True),
    )  # fmt: skip
    request = booking.interpreter_request
    assert request is not None
    assert (request.language, request.starts_at, request.ends_at) == ("fa", booking.start, booking.end)
    offer = request.offers.get()
    assert (offer.interpreter, offer.status) == (amal, OfferStatus.PENDING)
    interpreting.accept(offer=offer, by=amal.user)
    appointments.cancel(booking=booking, by=office.staff)
    request.refresh_from_db()
    assert request.status == RequestStatus.CANCELLED  # the interpreter is free again


def test_an_arranged_interpreter_lets_any_desk_call_the_person(office: Office, interpreters: Pool) -> None:
    amal = interpreters.staff("Amal", ["fa"])
    slot = slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[0]
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=slot.start, channel=BookingChannel.STAFF, by=office.staff,
        person=appointments.Person(name="Amir", language="fa", phone="+4915123456789", interpreter_needed=True),
    )  # fmt: skip
    assert booking.interpreter_request is not None
    interpreting.accept(offer=booking.interpreter_request.offers.get(), by=amal.user)
    ticket = appointments.arrive(booking=booking, by=office.staff, now=slot.start)
    assert ticket.interpreter_arranged


def test_no_interpreter_is_asked_for_when_none_is_needed(office: Office) -> None:
    slot = slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[0]
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=slot.start, channel=BookingChannel.STAFF, by=office.staff,
        person=appointments.Person(name="Amir", language="fa", phone="+4915123456789"),
    )  # fmt: skip
    assert booking.interpreter_request is None
