"""Staff pages: calendar, booking in a few clicks (for an alias or a client record), change, cancel,
arrival, the booking hours editor and the desk calendar feed."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time, timedelta
from io import StringIO
from urllib.parse import quote

import icalendar
import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.appointments import services as appointments
from onestop.appointments import slots
from onestop.appointments.models import (
    Booking,
    BookingChannel,
    BookingMessage,
    BookingSettings,
    BookingStatus,
    DeskCalendarFeed,
    SlotRule,
)
from onestop.appointments.tests.conftest import Office
from onestop.audit.models import AuditEvent
from onestop.clients.models import ClientRecord
from onestop.directory.models import Organisation, OrganisationKind, Service, Site
from onestop.reception.models import Desk, PriorityReason


def free(office: Office, n: int = 0) -> slots.Slot:
    return slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[n]


def book(office: Office, start: datetime, n: int = 1, **extra: object) -> Booking:
    values: dict[str, object] = {"name": f"Person {n}", "language": "fa", "phone": f"+49151234567{n:02d}"}
    values.update(extra)
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=start, person=appointments.Person(**values),  # type: ignore[arg-type]
        channel=BookingChannel.STAFF, by=office.staff,
    )  # fmt: skip
    return booking


def book_url(office: Office) -> str:
    return reverse("appointments:book", kwargs={"service_id": office.service.pk, "slug": office.site.slug})


def form_data(start: datetime, **extra: str) -> dict[str, str]:
    data = {"name": "Amira", "language": "fa", "phone": "+4915199999999", "email": "", "start": start.isoformat()}
    data.update(extra)
    return data


def test_reception_books_an_alias_in_three_clicks(client: Client, office: Office) -> None:
    login_verified(client, office.staff)
    home = client.get(reverse("appointments:home")).content.decode()
    assert book_url(office) in home
    slot = free(office)
    page = client.get(book_url(office)).content.decode()
    link = re.search(r'href="\?start=([^"&]+)', page)
    assert link is not None  # step 2: the free times are links
    chosen = client.get(book_url(office), {"start": slot.start.astimezone(slots.local_tz()).isoformat()})
    assert 'name="name"' in chosen.content.decode()  # step 3: who
    response = client.post(
        book_url(office), form_data(slot.start, interpreter_needed="on", idempotency_key="k1"), follow=True
    )
    booking = Booking.objects.get()
    assert (booking.status, booking.channel, booking.name, booking.interpreter_needed) == (
        BookingStatus.CONFIRMED, BookingChannel.STAFF, "Amira", True,
    )  # fmt: skip
    assert booking.start == slot.start and booking.created_by == office.staff
    assert response.redirect_chain[-1][0] == reverse("appointments:booking", kwargs={"booking_id": booking.pk})


def test_a_double_submitted_booking_form_books_once(client: Client, office: Office) -> None:
    login_verified(client, office.staff)
    data = form_data(free(office).start, idempotency_key="same-click")
    first = client.post(book_url(office), data)
    second = client.post(book_url(office), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Booking.objects.count() == 1


def test_bad_input_books_nothing_and_says_why(client: Client, office: Office) -> None:
    login_verified(client, office.staff)
    past = timezone.now().replace(microsecond=0) - timedelta(days=1)
    response = client.post(book_url(office), form_data(past))
    assert "This time is in the past" in response.content.decode()
    response = client.post(book_url(office), form_data(free(office).start, phone="", email=""))
    assert "Give a mobile number, an e-mail address or the person&#x27;s record" in response.content.decode()
    assert not Booking.objects.exists()


def test_the_last_place_taken_meanwhile_shows_the_next_free_times(client: Client, office: Office) -> None:
    login_verified(client, office.staff)
    slot, following = free(office), free(office, 1)
    book(office, slot.start, n=5)  # someone else took it while the form was open
    response = client.post(book_url(office), form_data(slot.start))
    page = response.content.decode()
    assert "This time was just taken" in page
    assert quote(following.start.astimezone(slots.local_tz()).isoformat(), safe="/") in page
    assert Booking.objects.count() == 1


@pytest.fixture
def ngo_office(office: Office, make_org: Callable[..., Organisation], make_staff: Callable[..., User]) -> Office:
    """A counselling NGO booking for its own client records."""
    org = make_org(OrganisationKind.NGO, name="Welcome NGO")
    service = Service.objects.create(organisation=org, name="Counselling", slug="counselling")
    service.sites.set([office.site])
    rule = SlotRule.objects.create(service=service, site=office.site, starts_at=time(9), ends_at=time(12))
    return Office(org, office.site, service, rule, make_staff(Role.CASEWORKER, organisation=org))


def test_booking_from_a_client_record_goes_through_the_firewall_and_is_audited(
    client: Client, ngo_office: Office
) -> None:
    record = ClientRecord.objects.create(owner=ngo_office.org, name="Amira K.", preferred_language="ar")
    login_verified(client, ngo_office.staff)
    detail = client.get(reverse("clients:detail", kwargs={"client_id": record.pk})).content.decode()
    assert f"{reverse('appointments:home')}?client={record.pk}" in detail
    start = free(ngo_office).start
    page = client.get(book_url(ngo_office), {"client": record.pk, "start": start.isoformat()})
    assert 'value="Amira K."' in page.content.decode()
    viewed = AuditEvent.objects.filter(action="client.viewed", object_id=str(record.pk)).count()
    assert viewed >= 2  # the record page and the booking page
    response = client.post(book_url(ngo_office), {**form_data(start, name="Amira K.", phone=""), "client": record.pk})
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.client == record and booking.contact_key == f"client:{record.pk}"
    assert AuditEvent.objects.filter(action="booking.created", object_id=str(record.pk)).exists()


def test_a_record_the_user_may_not_see_cannot_be_booked_for(client: Client, office: Office, ngo_office: Office) -> None:
    record = ClientRecord.objects.create(owner=ngo_office.org, name="Hidden Person", preferred_language="ar")
    login_verified(client, office.staff)  # the foreigners' office never sees an NGO's records
    start = free(office).start
    page = client.get(book_url(office), {"client": record.pk, "start": start.isoformat()})
    missing = client.get(book_url(office), {"client": 999_999, "start": start.isoformat()})
    assert page.status_code == missing.status_code == 404
    assert "Hidden Person" not in page.content.decode()
    response = client.post(book_url(office), {**form_data(start), "client": record.pk})
    assert response.status_code == 404
    assert not Booking.objects.exists()


def test_the_calendar_shows_bookings_free_places_and_interpreter_needs(client: Client, office: Office) -> None:
    slot = free(office)
    booking = book(office, slot.start, interpreter_needed=True)
    login_verified(client, office.staff)
    day = slot.local_start().date()
    url = reverse("appointments:calendar", kwargs={"service_id": office.service.pk, "slug": office.site.slug})
    page = client.get(url, {"day": day.isoformat()}).content.decode()
    assert "Person 1" in page and "interpreter needed" in page
    assert reverse("appointments:booking", kwargs={"booking_id": booking.pk}) in page
    assert "0 / 1" in page and "1 / 1" in page  # the booked slot and a free one
    week = client.get(url, {"day": day.isoformat(), "view": "week"}).content.decode()
    assert "Person 1" in week


def test_staff_of_another_organisation_get_not_found(
    client: Client, office: Office, ngo_office: Office, make_staff: Callable[..., User]
) -> None:
    booking = book(office, free(office).start)
    login_verified(client, ngo_office.staff)
    urls = [
        reverse("appointments:calendar", kwargs={"service_id": office.service.pk, "slug": office.site.slug}),
        book_url(office),
        reverse("appointments:booking", kwargs={"booking_id": booking.pk}),
        reverse("appointments:change", kwargs={"booking_id": booking.pk}),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Person 1" not in response.content.decode()
    assert client.post(reverse("appointments:cancel", kwargs={"booking_id": booking.pk})).status_code == 404
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED
    login_verified(client, make_staff(Role.COORDINATOR, organisation=ngo_office.org))
    assert client.get(urls[2]).status_code == 200  # the coordinator sees all


def test_arrived_checks_in_with_appointment_priority_and_shows_the_ticket(client: Client, office: Office) -> None:
    booking = book(office, free(office).start)
    login_verified(client, office.staff)
    response = client.post(reverse("appointments:arrive", kwargs={"booking_id": booking.pk}), follow=True)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.ARRIVED and booking.ticket is not None
    assert booking.ticket.priority_reason == PriorityReason.APPOINTMENT
    assert booking.ticket.code in response.content.decode()


def test_cancel_and_change_from_the_booking_page(client: Client, office: Office) -> None:
    first, later = free(office), free(office, 2)
    booking = book(office, first.start)
    login_verified(client, office.staff)
    change = reverse("appointments:change", kwargs={"booking_id": booking.pk})
    assert client.get(change).status_code == 200
    response = client.post(change, {"start": later.start.isoformat()})
    moved = Booking.objects.get(status=BookingStatus.CONFIRMED)
    assert response["Location"] == reverse("appointments:booking", kwargs={"booking_id": moved.pk})
    assert moved.start == later.start
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CANCELLED
    client.post(reverse("appointments:cancel", kwargs={"booking_id": moved.pk}))
    assert Booking.objects.get(pk=moved.pk).status == BookingStatus.CANCELLED
    again = client.post(reverse("appointments:cancel", kwargs={"booking_id": moved.pk}), follow=True)
    assert "This booking is not active any more." in again.content.decode()


def test_the_partner_admin_keeps_the_booking_hours(
    client: Client, office: Office, make_staff: Callable[..., User]
) -> None:
    url = reverse("appointments:hours", kwargs={"service_id": office.service.pk})
    login_verified(client, office.staff)
    assert client.get(url).status_code == 404  # reception books, it does not set the hours
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=office.org))
    assert client.get(url).status_code == 200
    rule = {
        "add_rule": "1", "site": office.site.pk, "weekdays": ["SA"], "starts_at": "10:00", "ends_at": "12:00",
        "minutes": "20", "capacity": "2", "is_active": "on",
    }  # fmt: skip
    assert client.post(url, rule).status_code == 302
    added = SlotRule.objects.get(weekdays="SA")
    assert (added.minutes, added.capacity, added.service) == (20, 2, office.service)
    bad = client.post(url, {**rule, "weekdays": ["SU"], "ends_at": "09:00"})
    assert "The last slot must end after the first one starts." in bad.content.decode()
    assert not SlotRule.objects.filter(weekdays="SU").exists()
    settings = {
        "save_settings": "1", "lead_minutes": "60", "horizon_days": "90", "hold_minutes": "10",
        "cooldown_minutes": "30", "grace_minutes": "10",
    }  # fmt: skip
    assert client.post(url, settings).status_code == 302
    conf = BookingSettings.objects.get(service=office.service)
    assert (conf.horizon_days, conf.online) == (90, False)
    edit = reverse("appointments:rule", kwargs={"rule_id": added.pk})
    client.post(edit, {**rule, "capacity": "3"})
    added.refresh_from_db()
    assert added.capacity == 3
    client.post(reverse("appointments:rule_delete", kwargs={"rule_id": added.pk}))
    assert not SlotRule.objects.filter(pk=added.pk).exists()
    assert AuditEvent.objects.filter(action__startswith="appointments.hours").count() == 3


def test_a_partner_admin_of_another_organisation_gets_not_found(
    client: Client, office: Office, ngo_office: Office, make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo_office.org))
    hours = client.get(reverse("appointments:hours", kwargs={"service_id": office.service.pk}))
    rule = client.get(reverse("appointments:rule", kwargs={"rule_id": office.rule.pk}))
    missing = client.get(reverse("appointments:hours", kwargs={"service_id": 999_999}))
    assert hours.status_code == rule.status_code == missing.status_code == 404
    deleted = client.post(reverse("appointments:rule_delete", kwargs={"rule_id": office.rule.pk}))
    assert deleted.status_code == 404 and SlotRule.objects.filter(pk=office.rule.pk).exists()


def _feed_address(client: Client, desk: Desk) -> str:
    page = client.post(reverse("appointments:desk_feed", kwargs={"desk_id": desk.pk}), {"action": "rotate"})
    found = re.search(r"<code>(http[^<]+)</code>", page.content.decode())
    assert found is not None
    return found.group(1).replace("http://testserver", "")


def test_the_desk_feed_lists_appointments_without_names(client: Client, office: Office) -> None:
    desk = Desk.objects.get(site=office.site)
    booking = book(office, free(office).start, interpreter_needed=True, email="amira@example.org")
    login_verified(client, office.staff)
    address = _feed_address(client, desk)
    token = address.rsplit("/", 1)[1].removesuffix(".ics")
    assert DeskCalendarFeed.objects.get(desk=desk).token_hash != token  # only a hash is kept
    anonymous = Client()
    response = anonymous.get(address)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    for personal in ("Person 1", booking.phone, "amira@example.org"):
        assert personal not in body
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["summary"]) == f"Residence permit: appointment {booking.pk}, Persian, interpreter"
    assert events[0].decoded("dtstart") == booking.start


def test_rotating_the_desk_feed_stops_the_old_address(client: Client, office: Office) -> None:
    desk = Desk.objects.get(site=office.site)
    login_verified(client, office.staff)
    old = _feed_address(client, desk)
    new = _feed_address(client, desk)
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200
    client.post(reverse("appointments:desk_feed", kwargs={"desk_id": desk.pk}), {"action": "remove"})
    assert Client().get(new).status_code == 404


def test_only_staff_of_the_desk_manage_its_feed(client: Client, office: Office, ngo_office: Office) -> None:
    desk = Desk.objects.get(site=office.site)
    login_verified(client, ngo_office.staff)
    url = reverse("appointments:desk_feed", kwargs={"desk_id": desk.pk})
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "rotate"}).status_code == 404
    assert not DeskCalendarFeed.objects.exists()


def test_housekeeping_marks_no_shows_and_reminds_once(office: Office) -> None:
    now = timezone.now()
    tomorrow = now.astimezone(slots.local_tz()).date() + timedelta(days=1)
    start = slots.wall_clock(tomorrow, time(10), slots.local_tz())
    assert start is not None
    base = {"service": office.service, "site": office.site, "channel": "staff", "language": "fa",
            "page_language": "fa", "status": BookingStatus.CONFIRMED}  # fmt: skip
    missed = Booking.objects.create(
        **base, start=now - timedelta(hours=3), end=now - timedelta(hours=2), place=1, name="Missed",
        phone="+4915100000001", contact_key="tel:+4915100000001",
    )  # fmt: skip
    coming = Booking.objects.create(
        **base, start=start, end=start + timedelta(minutes=30), place=1, name="Tomorrow",
        phone="+4915100000002", contact_key="tel:+4915100000002",
    )  # fmt: skip
    out = StringIO()
    call_command("appointments_housekeeping", stdout=out)
    assert "1 no-show(s) marked, 1 reminder(s) queued" in out.getvalue()
    call_command("appointments_housekeeping", stdout=out)
    assert "0 no-show(s) marked, 0 reminder(s) queued" in out.getvalue()
    missed.refresh_from_db()
    assert missed.status == BookingStatus.NO_SHOW
    assert BookingMessage.objects.filter(booking=coming, kind="reminder").count() == 1


def test_the_calendar_makes_the_same_number_of_queries_for_one_or_three_bookings(
    client: Client, office: Office
) -> None:
    office.rule.capacity = 3
    office.rule.save()
    slot = free(office)
    book(office, slot.start, n=1)
    login_verified(client, office.staff)
    url = reverse("appointments:calendar", kwargs={"service_id": office.service.pk, "slug": office.site.slug})
    day = {"day": slot.local_start().date().isoformat()}
    with CaptureQueriesContext(connection) as one:
        client.get(url, day)
    book(office, slot.start, n=2)
    book(office, slot.start, n=3)
    with CaptureQueriesContext(connection) as three:
        client.get(url, day)
    assert len(one.captured_queries) == len(three.captured_queries)


def test_sites_without_booking_hours_are_not_found(client: Client, office: Office) -> None:
    other = Site.objects.create(name="Annex", slug="annex", organisation=office.org)
    login_verified(client, office.staff)
    url = reverse("appointments:book", kwargs={"service_id": office.service.pk, "slug": other.slug})
    assert client.get(url).status_code == 404


def test_a_cancelled_place_shows_as_taken_until_its_cool_down_ends(client: Client, office: Office) -> None:
    slot = free(office)
    booking = book(office, slot.start, n=7)
    appointments.cancel(booking=booking, by=office.staff)
    login_verified(client, office.staff)
    url = reverse("appointments:calendar", kwargs={"service_id": office.service.pk, "slug": office.site.slug})
    page = client.get(url, {"day": slot.local_start().date().isoformat()}).content.decode()
    assert "Person 7" not in page  # cancelled: off the calendar
    row = re.search(rf"{slot.local_start():%H:%M}–[^<]*</th>\s*<td>([^<]*)</td>", page)
    assert row is not None and row.group(1) == "0 / 1"  # but its place is not offered yet


def test_the_day_at_a_site_lists_every_appointment_with_arrival_at_hand(
    client: Client, office: Office, ngo_office: Office
) -> None:
    slot = free(office)
    mine = book(office, slot.start, n=3, interpreter_needed=True)
    theirs, _code = appointments.book(
        service=ngo_office.service, site=office.site, start=slot.start, channel=BookingChannel.STAFF,
        person=appointments.Person(name="NGO Client", language="ar", phone="+4915177777777"),
    )  # fmt: skip
    login_verified(client, office.staff)
    url = reverse("appointments:site_day", kwargs={"slug": office.site.slug})
    page = client.get(url, {"day": slot.local_start().date().isoformat()}).content.decode()
    assert "Person 3" in page and "interpreter needed" in page
    assert reverse("appointments:arrive", kwargs={"booking_id": mine.pk}) in page
    assert "NGO Client" not in page  # another organisation's service
    other_day = client.get(url, {"day": (slot.local_start().date() + timedelta(days=1)).isoformat()})
    assert "Person 3" not in other_day.content.decode()
    assert theirs.pk != mine.pk
    login_verified(client, ngo_office.staff)
    assert "Person 3" not in client.get(url, {"day": slot.local_start().date().isoformat()}).content.decode()


def test_the_start_page_lists_what_each_role_works_with(
    client: Client, office: Office, make_staff: Callable[..., User], make_org: Callable[..., Organisation]
) -> None:
    plain = Service.objects.create(organisation=office.org, name="Walk-in advice", slug="walk-in")
    elsewhere = Service.objects.create(organisation=make_org(), name="Library card", slug="library")
    hours = reverse("appointments:hours", kwargs={"service_id": plain.pk})
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=office.org))
    page = client.get(reverse("appointments:home")).content.decode()
    assert hours in page and book_url(office) not in page  # keeps hours, does not book
    login_verified(client, make_staff(Role.COORDINATOR, organisation=office.org))
    page = client.get(reverse("appointments:home")).content.decode()
    assert book_url(office) in page
    assert reverse("appointments:hours", kwargs={"service_id": office.service.pk}) in page
    assert hours not in page and elsewhere.name not in page  # not the whole directory
