"""A caseworker of the foreigners' office books an appointment for a person in a few clicks and
checks the person in on arrival, in a real browser."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from onestop.accounts.models import User
from onestop.appointments.models import Booking, BookingStatus

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]


def test_book_for_a_person_then_check_in_on_arrival(page: Page, log_in_as: Callable[[str], User]) -> None:
    user = log_in_as("foreigners")
    page.goto("/en/staff/")
    page.get_by_role("link", name="Appointments: calendars, booking, booking hours").click()
    service = page.locator("ul.cards > li").filter(has_text="Residence permit: extension")
    service.get_by_role("link", name="Book", exact=True).click()
    page.locator("ul.slots a").first.click()  # the first free time
    page.get_by_label("name or alias").fill("Reza Ahmadi")
    page.get_by_label("language the person speaks").select_option("fa")
    page.get_by_label("interpreter needed").check()
    page.get_by_label("mobile phone").fill("+49 151 23456789")
    page.get_by_role("button", name="Book").click()

    expect(page.locator(".messages")).to_have_text("The appointment is booked.")
    booking = Booking.objects.get(name="Reza Ahmadi")
    assert (booking.status, booking.interpreter_needed, booking.created_by) == (BookingStatus.CONFIRMED, True, user)
    assert booking.phone == "+4915123456789"

    page.get_by_role("button", name="Arrived: check in").click()
    expect(page.locator(".messages")).to_contain_text("Checked in: ticket")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.ARRIVED and booking.ticket is not None
    expect(page.locator(".ticket-code")).to_have_text(booking.ticket.code)
