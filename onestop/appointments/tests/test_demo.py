"""The demo city's appointments at the foreigners' office."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import login_verified
from onestop.accounts.models import User
from onestop.appointments import slots
from onestop.appointments.demo import seed_appointments
from onestop.appointments.models import Booking, BookingMessage, BookingStatus, SlotRule
from onestop.core.demo import seed_demo
from onestop.directory.models import Service


@pytest.mark.django_db
def test_the_foreigners_office_has_weeks_of_slots_some_booked_with_interpreters(client: Client) -> None:
    seed_demo()
    services = Service.objects.filter(organisation__name="Neustadt Foreigners' Office", appointment_only=True)
    assert SlotRule.objects.filter(service__in=services).count() == 3
    bookings = Booking.objects.filter(service__in=services)
    assert bookings.count() > 20
    assert bookings.filter(interpreter_needed=True).exists() and bookings.filter(interpreter_needed=False).exists()
    assert set(bookings.values_list("status", flat=True)) == {BookingStatus.CONFIRMED}
    assert not BookingMessage.objects.exists()  # nothing goes out: the numbers are made up
    site = bookings.first().site  # type: ignore[union-attr]
    free = slots.free_slots(services=services, site=site, now=timezone.now())
    assert free and free[-1].start - free[0].start > timedelta(days=14)
    assert seed_appointments() == 0  # idempotent
    assert Booking.objects.count() == bookings.count()
    login_verified(client, User.objects.get(username="foreigners"))
    service = services.get(slug="residence-permit")
    page = client.get(
        reverse("appointments:calendar", kwargs={"service_id": service.pk, "slug": site.slug}) + "?view=week"
    )
    assert page.status_code == 200
