"""A person books online in Farsi without JavaScript, confirms with the code from the SMS, and on
the day is checked in at reception and called to the desk."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import time, timedelta

import pytest
from django.core.cache import cache
from playwright.sync_api import BrowserContext, expect

from onestop.accounts.models import User
from onestop.appointments import services as appointments
from onestop.appointments.models import Booking, BookingSettings, BookingStatus, SlotRule
from onestop.directory.models import Service, Site
from onestop.reception import services as reception
from onestop.reception.models import Desk, TicketSeries, TicketStatus

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]

PHONE = "+49 151 2345 6789"


def sms_sent(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What the log SMS backend "sent"."""
    return [record.getMessage() for record in caplog.records if record.name == "onestop.sms"]


@pytest.fixture
def bookable() -> Service:
    """The demo's foreigners' office takes appointments for a first residence permit on weekday mornings."""
    service = Service.objects.get(slug="residence-permit")
    site = Site.objects.get(slug="foreigners-office")
    # The demo gives it booking hours already; the test makes sure of its own.
    SlotRule.objects.filter(service=service, site=site).delete()
    SlotRule.objects.create(service=service, site=site, starts_at=time(8), ends_at=time(12), minutes=20, capacity=2)
    BookingSettings.objects.update_or_create(service=service, defaults={"lead_minutes": 60, "horizon_days": 28})
    TicketSeries.objects.get_or_create(site=site, service=service, defaults={"prefix": "F"})
    cache.clear()  # the per-address limits: every test starts afresh
    return service


def test_a_person_books_in_farsi_confirms_by_sms_and_is_called_on_the_day(
    new_context: Callable[..., BrowserContext], bookable: Service, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="onestop.sms")
    page = new_context(java_script_enabled=False).new_page()  # booking must work without JavaScript
    page.goto("/fa/book/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.locator(f'a[href="?service={bookable.hsds_id}"]').click()

    # One place only: straight to the language. Persian is proposed for a Persian page.
    expect(page.locator("select[name=language]")).to_have_value("fa")
    page.locator('input[name=interpreter][value="yes"]').check()
    page.locator("form button[type=submit]").click()

    first_time = page.locator("a.slot").first
    expect(first_time).to_be_visible()
    first_time.click()
    page.locator("input[name=name]").fill("رضا")
    page.locator("input[name=phone]").fill(PHONE)
    page.locator("main form button[type=submit]").click()

    page.wait_for_url(re.compile(r"/fa/book/[\w-]+/confirm/$"))
    booking = Booking.objects.get(name="رضا")  # the demo has bookings of its own
    assert (booking.status, booking.language, booking.interpreter_needed) == (BookingStatus.HELD, "fa", True)
    sms = [m for m in sms_sent(caplog) if "+4915123456789" in m]
    assert len(sms) == 1, sms
    code = re.search(r"(?<![0-9])[0-9]{6}(?![0-9])", sms[0])
    assert code is not None, sms[0]

    page.locator("input[name=code]").fill(code.group(0))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/fa/book/{booking.token}/$"))
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    card = page.locator("article.booking-card")
    expect(card).to_contain_text("اجازه اقامت")  # the service in Persian
    expect(card).to_contain_text("گذرنامه")  # what to bring, in Persian
    expect(page.locator(f'a[href="/fa/book/{booking.token}/appointment.ics"]')).to_be_visible()
    # The confirmation went by SMS too, with the link to this page.
    confirmation = [m for m in sms_sent(caplog) if booking.token in m]
    assert len(confirmation) == 1, confirmation
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

    # On the day: checked in at reception a little early, then called at the foreigners' office desk.
    staff = User.objects.get(username="foreigners")
    ticket = appointments.arrive(booking=booking, by=staff, now=booking.start - timedelta(minutes=10))
    desk = Desk.objects.get(site=booking.site, label="F")
    reception.desk_open(desk=desk, by=staff, languages=["de", "fa"])
    called = reception.call_next(desk=desk, by=staff, now=booking.start - timedelta(minutes=5))
    assert called is not None and called.pk == ticket.pk
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.CALLED and ticket.desk == desk
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.ARRIVED
