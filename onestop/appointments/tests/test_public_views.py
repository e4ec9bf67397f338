"""Online booking by the person: choosing, booking, the code, the booking page, change, cancel,
the calendar file, refusals and the per-address limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format
from icalendar import Calendar

from onestop.appointments import services as appointments
from onestop.appointments import slots
from onestop.appointments.models import (
    Booking,
    BookingChannel,
    BookingMessage,
    BookingSettings,
    BookingStatus,
    SlotRule,
)
from onestop.appointments.tests.conftest import Office
from onestop.core.languages import language_name
from onestop.directory.models import Address, Closure, Service, ServiceText, Site
from onestop.directory.selectors import source_hash

BERLIN = ZoneInfo("Europe/Berlin")
PHONE = "+4915123456701"
CODE = 123456


@pytest.fixture(autouse=True)
def _fresh_limits() -> None:
    """The per-address counters live in the cache, which outlives a test."""
    cache.clear()


@pytest.fixture
def fixed_code(monkeypatch: pytest.MonkeyPatch) -> str:
    """The code the person receives (sent by SMS in real life)."""
    monkeypatch.setattr(appointments.secrets, "randbelow", lambda _n: CODE)
    return f"{CODE:06d}"


def free(office: Office, n: int = 0) -> slots.Slot:
    return slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[n]


def epoch(moment: datetime) -> str:
    return str(int(moment.timestamp()))


def choices(office: Office, **extra: Any) -> dict[str, Any]:
    values = {"service": office.service.hsds_id, "site": office.site.slug, "language": "fa", "interpreter": "yes"}
    values.update(extra)
    return values


def details(office: Office, slot: slots.Slot, **extra: Any) -> dict[str, Any]:
    values = {**choices(office), "start": epoch(slot.start), "name": "Reza", "phone": PHONE, "email": ""}
    values.update(extra)
    return values


def post_booking(client: Client, data: dict[str, Any], lang: str = "fa") -> Any:
    return client.post(f"/{lang}/book/", data)


def errors_of(response: Any) -> str:
    return response.content.decode()


# --- Choosing -----------------------------------------------------------------------------------


def test_start_offers_only_services_bookable_online_with_what_they_are_for(office: Office, client: Client) -> None:
    office.service.description = "Apply for or extend your residence permit."
    office.service.save()
    Service.objects.create(organisation=office.org, name="No booking hours", slug="no-hours")
    desk_only = Service.objects.create(organisation=office.org, name="Desk only", slug="desk-only")
    SlotRule.objects.create(service=desk_only, site=office.site)
    BookingSettings.objects.create(service=desk_only, online=False)
    page = client.get("/en/book/").content.decode()
    assert "Residence permit" in page and "Apply for or extend your residence permit." in page
    assert "No booking hours" not in page and "Desk only" not in page
    assert f'href="?service={office.service.hsds_id}"' in page


def test_one_place_is_chosen_by_itself_and_several_are_offered(office: Office, client: Client) -> None:
    page = client.get("/en/book/", {"service": office.service.hsds_id}).content.decode()
    assert "Which language do you speak best?" in page  # straight to the language: one place only
    other = Site.objects.create(name="Annex", slug="annex", organisation=office.org)
    SlotRule.objects.create(service=office.service, site=other)
    page = client.get("/en/book/", {"service": office.service.hsds_id}).content.decode()
    assert "Where do you want to go?" in page and "Annex" in page and "Town hall" in page


def test_unknown_choices_in_the_address_are_dropped_with_a_message(office: Office, client: Client) -> None:
    page = client.get("/en/book/", {"service": "not-a-service"}).content.decode()
    assert "Choose a service from the list." in page and "Which service do you need?" in page
    page = client.get("/en/book/", choices(office, language="xx")).content.decode()
    assert "Choose a language from the list." in page and "Which language do you speak best?" in page


def test_free_times_are_grouped_by_day_in_the_page_language_a_week_per_page(office: Office, client: Client) -> None:
    response = client.get("/fa/book/", choices(office))
    page = response.content.decode()
    assert response.status_code == 200
    first = free(office)
    local = first.start.astimezone(BERLIN)
    with translation.override("fa"):
        weekday = date_format(local.date(), "l")
        heading = translation.gettext("%(weekday)s, %(date)s") % {
            "weekday": weekday,
            "date": date_format(local.date(), "DATE_FORMAT"),
        }
    assert heading in page and weekday != local.strftime("%A")  # the weekday in Persian
    assert f'<time datetime="{local.isoformat()}">' in page  # local time, with its offset
    assert f"start={epoch(first.start)}" in page
    assert "week=1" in page and "week=-1" not in page  # later weeks, no earlier one
    later = client.get("/fa/book/", choices(office, week=1)).content.decode()
    assert "week=2" in later and re.search(r'href="[^"]*interpreter=yes"[^>]*rel="prev"', later)


def test_an_empty_week_says_to_try_the_next_weeks(office: Office, client: Client) -> None:
    office.rule.valid_from = timezone.localdate() + timedelta(days=8)
    office.rule.save()
    page = client.get("/en/book/", choices(office)).content.decode()
    assert "No free times in this period. Please try the next weeks." in page
    assert "week=1" in page


# --- Booking and confirming ---------------------------------------------------------------------


def test_a_person_books_confirms_with_the_code_and_gets_the_link(
    office: Office, client: Client, fixed_code: str, django_capture_on_commit_callbacks: Any
) -> None:
    ServiceText.objects.create(
        service=office.service, language="fa", name="اجازه اقامت", what_to_bring="گذرنامه و عکس",
        source_hash=source_hash(office.service),
    )  # fmt: skip
    Address.objects.create(site=office.site, address_1="Marktplatz 1", postal_code="12345", city="Neustadt")
    office.site.directions = "Bus 5, stop Rathaus"
    office.site.save()
    slot = free(office)
    form = client.get("/fa/book/", {**choices(office), "start": epoch(slot.start)}).content.decode()
    assert 'name="name"' in form and 'name="idempotency_key"' in form
    with django_capture_on_commit_callbacks(execute=True):
        response = post_booking(client, details(office, slot))
    booking = Booking.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/fa/book/{booking.token}/confirm/"
    assert (booking.status, booking.channel, booking.interpreter_needed) == ("held", "online", True)
    assert (booking.language, booking.page_language, booking.start) == ("fa", "fa", slot.start)

    page = client.get(response["Location"]).content.decode()
    assert "+49…701" in page and PHONE not in page  # where the code went, partly hidden
    wrong = client.post(response["Location"], {"code": "000000"})
    assert wrong.status_code == 400
    with translation.override("fa"):
        assert translation.gettext("This code is not right. Check the message we sent and try again.") in (
            wrong.content.decode()
        )
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(response["Location"], {"code": "۱۲۳ ۴۵۶"})  # Persian digits are digits too
    assert done.status_code == 302 and done["Location"] == f"/fa/book/{booking.token}/"
    assert Booking.objects.get().status == BookingStatus.CONFIRMED

    card = client.get(done["Location"]).content.decode()
    assert "اجازه اقامت" in card and "گذرنامه و عکس" in card  # the service's own Persian texts
    with translation.override("fa"):
        interpreter = translation.gettext("An interpreter for %(language)s is requested for the appointment.")
        assert interpreter % {"language": language_name("fa")} in card
    assert "Marktplatz 1" in card and "Bus 5, stop Rathaus" in card
    assert f"/fa/book/{booking.token}/appointment.ics" in card
    assert f"/fa/book/{booking.token}/change/" in card and f"/fa/book/{booking.token}/cancel/" in card
    confirmed = BookingMessage.objects.get(booking=booking, kind="confirmed")
    assert f"http://localhost:8000/fa/book/{booking.token}/" in confirmed.body


def test_a_double_submitted_booking_form_books_once(office: Office, client: Client, fixed_code: str) -> None:
    data = {**details(office, free(office)), "idempotency_key": "c0ffee" * 5}
    first = post_booking(client, data)
    second = post_booking(client, data)
    assert Booking.objects.count() == 1
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    assert second["Idempotent-Replayed"] == "true"


def test_a_slot_just_taken_shows_the_message_and_the_next_free_times(office: Office, client: Client) -> None:
    slot = free(office)
    appointments.book(
        service=office.service, site=office.site, start=slot.start, channel=BookingChannel.STAFF,
        person=appointments.Person(name="Someone", language="ar", phone="+4915199999999"),
    )  # fmt: skip
    response = post_booking(client, details(office, slot), lang="en")
    page = response.content.decode()
    assert response.status_code == 409
    assert "This time was just taken. Here are the next free times." in page
    following = slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[:3]
    for alternative in following:
        assert f'name="start" value="{epoch(alternative.start)}"' in page
    assert Booking.objects.count() == 1
    # One press on an alternative books it, with the details already given.
    kept = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page))
    assert kept["name"] == "Reza" and kept["phone"] == PHONE
    kept["start"] = epoch(following[0].start)
    assert post_booking(client, kept, lang="en").status_code == 302
    assert Booking.objects.filter(name="Reza", start=following[0].start).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "Enter a name or an alias."),
        ({"phone": "", "email": ""}, "Enter a mobile number or an e-mail address for the confirmation code."),
        ({"phone": "12"}, "This is not a phone number we can send a message to."),
        ({"phone": "", "email": "not-an-address"}, "Enter a valid e-mail address."),
        ({"service": "00000000-0000-0000-0000-000000000000"}, "Something is missing from your choices."),
        ({"start": "not-a-time"}, "Something is missing from your choices."),
        ({"language": "xx"}, "Something is missing from your choices."),
    ],
)
def test_bad_details_are_refused_with_a_clear_message_and_book_nothing(
    office: Office, client: Client, change: dict[str, str], message: str
) -> None:
    response = post_booking(client, details(office, free(office), **change), lang="en")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Booking.objects.exists()


def test_a_past_time_or_a_closed_day_is_refused(office: Office, client: Client) -> None:
    slot = free(office)
    past = slot.start - timedelta(days=7 * 10)
    response = post_booking(client, details(office, slot, start=epoch(past)), lang="en")
    assert response.status_code == 400
    assert "This time is in the past. Choose a time from the list." in response.content.decode()
    day = slot.start.astimezone(BERLIN).date()
    Closure.objects.create(site=office.site, date=day, reason="Holiday")
    response = post_booking(client, details(office, slot), lang="en")
    assert "There is no appointment at this time (the service is closed then)." in response.content.decode()
    saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    at_nine = datetime.combine(saturday, time(9), tzinfo=BERLIN)
    response = post_booking(client, details(office, slot, start=epoch(at_nine)), lang="en")
    assert "There is no appointment at this time" in response.content.decode()
    # The same refusal when chosen from the address: back to the list of times.
    page = client.get("/en/book/", {**choices(office), "start": epoch(at_nine)}).content.decode()
    assert "This time cannot be booked. Choose a time from the list." in page and "Choose a time" in page
    assert not Booking.objects.exists()


def test_the_daily_limit_per_contact_is_refused(office: Office, client: Client) -> None:
    for n in range(appointments.MAX_BOOKINGS_PER_CONTACT_PER_DAY):
        booking, _code = appointments.book(
            service=office.service, site=office.site, start=free(office, n).start, channel=BookingChannel.ONLINE,
            person=appointments.Person(name="Reza", language="fa", phone=PHONE),
        )  # fmt: skip
        appointments.cancel(booking=booking)
    response = post_booking(client, details(office, free(office, 5)), lang="en")
    assert response.status_code == 400
    assert "Too many bookings for this contact today." in response.content.decode()
    assert not Booking.objects.filter(status__in=["held", "confirmed"]).exists()


def test_an_expired_hold_is_refused_and_frees_the_time(office: Office, client: Client, fixed_code: str) -> None:
    now = timezone.now()
    booking, code = appointments.book(
        service=office.service, site=office.site, start=free(office).start, channel=BookingChannel.ONLINE,
        person=appointments.Person(name="Reza", language="fa", phone=PHONE), now=now - timedelta(minutes=11),
    )  # fmt: skip
    response = client.post(f"/en/book/{booking.token}/confirm/", {"code": code})
    page = response.content.decode()
    assert response.status_code == 400
    assert "The time to confirm has run out and the slot was released. Please book again." in page
    assert "Book again" in page and 'name="code"' not in page
    assert Booking.objects.get().status == BookingStatus.EXPIRED


def test_too_many_wrong_codes_end_the_hold(office: Office, client: Client, fixed_code: str) -> None:
    booking, code = appointments.book(
        service=office.service, site=office.site, start=free(office).start, channel=BookingChannel.ONLINE,
        person=appointments.Person(name="Reza", language="fa", email="reza@example.org"),
    )  # fmt: skip
    url = f"/en/book/{booking.token}/confirm/"
    assert "re…@example.org" in client.get(url).content.decode()
    assert "Enter the 6-digit code." in client.post(url, {"code": "12a"}).content.decode()
    for _attempt in range(appointments.MAX_CODE_ATTEMPTS - 1):
        client.post(url, {"code": "654321"})
    last = client.post(url, {"code": "654321"}).content.decode()
    assert "Too many wrong codes. Please book again." in last
    after = client.post(url, {"code": code}).content.decode()  # even the right code now
    assert "This booking can no longer be confirmed. Please book again." in after
    assert Booking.objects.get().status == BookingStatus.EXPIRED


# --- The booking page, change, cancel -------------------------------------------------------------


def confirmed(office: Office, n: int = 0, **person: Any) -> Booking:
    values: dict[str, Any] = {"name": "Reza", "language": "fa", "phone": PHONE, "page_language": "fa"}
    values.update(person)
    booking, code = appointments.book(
        service=office.service, site=office.site, start=free(office, n).start, channel=BookingChannel.ONLINE,
        person=appointments.Person(**values),
    )  # fmt: skip
    return appointments.confirm(booking=booking, code=code)


def test_a_wrong_token_is_a_translated_404(office: Office, client: Client) -> None:
    confirmed(office)
    for suffix in ("", "confirm/", "change/", "cancel/", "appointment.ics"):
        response = client.get(f"/de/book/wrongtoken123/{suffix}")
        assert response.status_code == 404, suffix
        page = response.content.decode()
        assert '<html lang="de"' in page and "Reza" not in page
    with translation.override("de"):
        expected = translation.gettext(
            "We do not know this booking link. Check that you copied the whole link from our message, or book again."
        )
    assert expected in page
    assert client.post("/en/book/wrongtoken123/cancel/").status_code == 404


def test_the_booking_page_is_printable_and_says_whether_an_interpreter_is_booked(
    office: Office, client: Client
) -> None:
    booking = confirmed(office, interpreter_needed=False)
    page = client.get(f"/en/book/{booking.token}/").content.decode()
    assert "No interpreter requested." in page and "Residence permit" in page
    assert 'class="booking-actions no-print"' in page and "booking.css" in page
    css = (Path(__file__).resolve().parents[2] / "static" / "onestop" / "booking.css").read_text()
    assert "@page { size: A4;" in css and ".no-print, .messages { display: none !important; }" in css
    held, _code = appointments.book(
        service=office.service, site=office.site, start=free(office, 2).start, channel=BookingChannel.ONLINE,
        person=appointments.Person(name="Sara", language="ar", phone="+4915123456702", interpreter_needed=True),
    )  # fmt: skip
    assert client.get(f"/en/book/{held.token}/")["Location"] == f"/en/book/{held.token}/confirm/"


def test_changing_moves_the_booking_all_or_nothing(office: Office, client: Client) -> None:
    booking = confirmed(office)
    page = client.get(f"/en/book/{booking.token}/change/").content.decode()
    target = free(office, 3)
    assert f'name="start" value="{epoch(target.start)}"' in page
    # A time that cannot be booked changes nothing.
    bad = client.post(f"/en/book/{booking.token}/change/", {"start": epoch(target.start - timedelta(minutes=7))})
    assert bad.status_code == 409 and "There is no appointment at this time" in bad.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED
    response = client.post(f"/en/book/{booking.token}/change/", {"start": epoch(target.start)})
    new = Booking.objects.get(status=BookingStatus.CONFIRMED)
    assert response.status_code == 302 and response["Location"] == f"/en/book/{new.token}/"
    assert new.start == target.start and Booking.objects.get(pk=booking.pk).status == BookingStatus.CANCELLED
    # The old link now shows the cancelled booking, without change or cancel.
    old = client.get(f"/en/book/{booking.token}/").content.decode()
    assert "Cancelled" in old and "/change/" not in old


def test_cancelling_asks_first(office: Office, client: Client) -> None:
    booking = confirmed(office)
    page = client.get(f"/en/book/{booking.token}/cancel/").content.decode()
    assert "Yes, cancel my appointment" in page and 'name="idempotency_key"' in page
    assert Booking.objects.get().status == BookingStatus.CONFIRMED
    response = client.post(f"/en/book/{booking.token}/cancel/")
    assert response["Location"] == f"/en/book/{booking.token}/"
    assert Booking.objects.get().status == BookingStatus.CANCELLED
    assert "Your appointment is cancelled." in client.get(response["Location"]).content.decode()


# --- The calendar file ----------------------------------------------------------------------------


def test_the_calendar_file_keeps_the_wall_clock_time_across_a_daylight_saving_change(
    office: Office, client: Client
) -> None:
    Address.objects.create(site=office.site, address_1="Marktplatz 1", postal_code="12345", city="Neustadt")
    office.service.what_to_bring = "Passport"
    office.service.save()
    now = datetime(2026, 10, 21, 8, 0, tzinfo=UTC)  # the clocks go back on Sunday 25 October
    before, after = datetime(2026, 10, 23, 9, 0, tzinfo=BERLIN), datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN)
    events = []
    for n, start in enumerate((before, after)):
        booking, _code = appointments.book(
            service=office.service, site=office.site, start=start, channel=BookingChannel.STAFF, now=now,
            person=appointments.Person(name=f"P{n}", language="fa", phone=f"+491512345670{n}"),
        )  # fmt: skip
        response = client.get(f"/en/book/{booking.token}/appointment.ics")
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        again = client.get(f"/en/book/{booking.token}/appointment.ics")
        calendar = Calendar.from_ical(response.content)
        [event] = calendar.walk("VEVENT")
        assert Calendar.from_ical(again.content).walk("VEVENT")[0]["UID"] == event["UID"]  # stable
        assert booking.token not in str(event["UID"])
        events.append(event)
        assert "Residence permit" in str(event["SUMMARY"])
        assert str(event["LOCATION"]) == "Town hall, Marktplatz 1, 12345 Neustadt"
        assert "Passport" in str(event["DESCRIPTION"]) and f"/en/book/{booking.token}/" in str(event["DESCRIPTION"])
        assert event["STATUS"] == "CONFIRMED"
    starts = [event.decoded("DTSTART") for event in events]
    assert starts == [datetime(2026, 10, 23, 7, 0, tzinfo=UTC), datetime(2026, 10, 26, 8, 0, tzinfo=UTC)]
    assert [s.astimezone(BERLIN).time() for s in starts] == [time(9), time(9)]
    assert [e.decoded("DTEND") - e.decoded("DTSTART") for e in events] == [timedelta(minutes=30)] * 2
    assert events[0]["UID"] != events[1]["UID"]
    last = Booking.objects.get(name="P1")
    assert b"DTSTART:20261026T080000Z" in client.get(f"/en/book/{last.token}/appointment.ics").content


# --- Limits per address ---------------------------------------------------------------------------


def test_booking_attempts_per_address_are_limited(office: Office, client: Client, settings: Any) -> None:
    settings.BOOKING_ATTEMPTS_PER_HOUR = 2
    for _attempt in range(2):
        assert post_booking(client, details(office, free(office), name=" "), lang="de").status_code == 400
    response = post_booking(client, details(office, free(office)), lang="de")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    with translation.override("de"):
        assert translation.gettext("Too many attempts") in response.content.decode()
    assert not Booking.objects.exists()
    other = Client(REMOTE_ADDR="192.0.2.7")  # another address is not held back
    assert post_booking(other, details(office, free(office))).status_code == 302


def test_code_attempts_per_address_are_limited(office: Office, client: Client, settings: Any) -> None:
    settings.BOOKING_CODE_ATTEMPTS_PER_HOUR = 3
    booking, code = appointments.book(
        service=office.service, site=office.site, start=free(office).start, channel=BookingChannel.ONLINE,
        person=appointments.Person(name="Reza", language="fa", phone=PHONE),
    )  # fmt: skip
    url = f"/en/book/{booking.token}/confirm/"
    for _attempt in range(3):
        assert client.post(url, {"code": "999999" if code != "999999" else "888888"}).status_code == 400
    assert client.post(url, {"code": code}).status_code == 429  # not even checked
    assert Booking.objects.get().status == BookingStatus.HELD and Booking.objects.get().code_attempts == 3


def test_the_booking_pages_need_no_javascript_and_weigh_under_30_kb(office: Office, client: Client) -> None:
    import gzip

    static = Path(__file__).resolve().parents[2] / "static" / "onestop"
    css = sum(len(gzip.compress((static / name).read_bytes())) for name in ("onestop.css", "booking.css"))
    booking = confirmed(office)
    for url in ("/fa/book/", f"/fa/book/?{urlencode(choices(office))}", f"/fa/book/{booking.token}/",
                f"/fa/book/{booking.token}/change/"):  # fmt: skip
        html = client.get(url).content
        assert b"<script" not in html and b"style=" not in html, url
        assert len(gzip.compress(html)) + css < 30 * 1024, url


def test_the_list_of_services_costs_the_same_queries_for_one_or_three(office: Office, client: Client) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/fa/book/").status_code == 200
        return len(queries)

    one = count()
    for n in range(2):
        extra = Service.objects.create(organisation=office.org, name=f"Extra {n}", slug=f"extra-{n}")
        ServiceText.objects.create(service=extra, language="fa", name=f"خدمت {n}", source_hash="x")
        SlotRule.objects.create(service=extra, site=office.site)
    assert count() == one


def test_the_reminder_carries_the_booking_link_in_the_persons_language(office: Office, settings: Any) -> None:
    settings.SITE_URL = "https://oss.example.org"
    now = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        channel=BookingChannel.STAFF, now=now,
        person=appointments.Person(name="Reza", language="fa", phone=PHONE, page_language="ar"),
    )  # fmt: skip
    assert appointments.send_reminders(now=now) == 1
    reminder = BookingMessage.objects.get(booking=booking, kind="reminder")
    assert reminder.body.endswith(f"https://oss.example.org/ar/book/{booking.token}/")
