"""The appointments API: free slots, bookings and their actions, under the rules of the pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.utils import timezone, translation
from django.utils.translation import gettext

from conftest import Api
from onestop.accounts.models import Role
from onestop.appointments import slots
from onestop.appointments.models import Booking, BookingStatus
from onestop.appointments.tests.conftest import Office
from onestop.audit.models import AuditEvent
from onestop.clients.models import ClientRecord
from onestop.directory.models import OrganisationKind
from onestop.reception.models import PriorityReason


def free(office: Office, n: int = 0) -> slots.Slot:
    return slots.free_slots(services=[office.service], site=office.site, now=timezone.now())[n]


def body(office: Office, start: Any, **extra: Any) -> dict[str, Any]:
    values = {
        "service": office.service.pk, "site": office.site.pk, "start": start.isoformat(), "name": "Amira",
        "language": "fa", "phone": "+4915199999999",
    }  # fmt: skip
    values.update(extra)
    return values


def test_free_slots_of_a_service_and_of_a_site(office: Office, api: Callable[..., Api]) -> None:
    staff = api(Role.RECEPTION, office.org)
    first = free(office)
    day = first.local_start().date().isoformat()
    response = staff.get(f"slots/?service={office.service.pk}&site={office.site.pk}&from={day}&to={day}")
    assert response.status_code == 200
    data = response.json()
    assert data[0] == {
        "service": office.service.pk, "site": office.site.pk, "capacity": 1, "free": 1,
        "start": first.start.astimezone(slots.local_tz()).isoformat(),
        "end": first.end.astimezone(slots.local_tz()).isoformat(),
    }  # fmt: skip
    assert {item["start"][:10] for item in data} == {day}
    whole_site = staff.get(f"slots/?site={office.site.pk}&from={day}&to={day}").json()
    assert whole_site == data
    wrong = staff.get(f"slots/?service={office.service.pk}&site={office.site.pk}&from={day}&to=2000-01-01")
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "invalid"


def test_slots_and_bookings_of_another_organisation_are_not_found(
    office: Office, api: Callable[..., Api], make_org: Callable[..., Any]
) -> None:
    booking = Booking.objects.create(
        service=office.service, site=office.site, start=free(office).start, end=free(office).end, place=1,
        status="confirmed", channel="staff", name="Secret Person", phone="+4915100000009",
        contact_key="tel:+4915100000009", language="fa", page_language="fa",
    )  # fmt: skip
    other = api(Role.CASEWORKER, make_org(OrganisationKind.NGO))
    assert other.get(f"slots/?service={office.service.pk}&site={office.site.pk}").status_code == 404
    assert other.get(f"slots/?site={office.site.pk}").json() == []
    detail = other.get(f"bookings/{booking.pk}/")
    missing = other.get("bookings/999999/")
    assert detail.status_code == missing.status_code == 404
    assert detail.json() == missing.json()
    assert "Secret Person" not in other.get("bookings/").content.decode()
    assert other.call("POST", f"bookings/{booking.pk}/cancel/").status_code == 404
    assert api(Role.ANALYST, office.org).get("bookings/").status_code == 403


def test_a_retried_post_with_the_same_idempotency_key_books_once(office: Office, api: Callable[..., Api]) -> None:
    staff = api(Role.RECEPTION, office.org)
    data = body(office, free(office).start, interpreter_needed=True)
    first = staff.call("POST", "bookings/", data, HTTP_IDEMPOTENCY_KEY="retry-1")
    second = staff.call("POST", "bookings/", data, HTTP_IDEMPOTENCY_KEY="retry-1")
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second["Idempotent-Replayed"] == "true"
    booking = Booking.objects.get()
    assert first.json()["id"] == booking.pk
    assert (booking.status, booking.channel, booking.interpreter_needed) == (BookingStatus.CONFIRMED, "api", True)


def test_the_last_place_taken_answers_409_with_the_next_free_times(office: Office, api: Callable[..., Api]) -> None:
    staff = api(Role.RECEPTION, office.org)
    slot, following = free(office), free(office, 1)
    assert staff.call("POST", "bookings/", body(office, slot.start)).status_code == 201
    response = staff.call("POST", "bookings/", body(office, slot.start, phone="+4915188888888", name="Other"))
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "taken" and error["message"] == "This time was just taken. Here are the next free times."
    assert error["alternatives"][0]["start"] == following.start.astimezone(slots.local_tz()).isoformat()
    assert Booking.objects.count() == 1


def test_bad_input_is_refused_with_a_translated_message(office: Office, api: Callable[..., Api]) -> None:
    staff = api(Role.RECEPTION, office.org)
    past = timezone.now().replace(microsecond=0) - timedelta(days=2)
    response = staff.call("POST", "bookings/", body(office, past), HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    with translation.override("de"):
        assert response.json()["error"]["message"] == gettext("This time is in the past. Choose a time from the list.")
    english = staff.call("POST", "bookings/", body(office, past))
    assert english.json()["error"]["message"] == "This time is in the past. Choose a time from the list."
    no_language = staff.call("POST", "bookings/", body(office, free(office).start, language="xx"))
    assert no_language.status_code == 400 and "language" in no_language.json()["error"]["fields"]
    assert not Booking.objects.exists()


def test_cancel_change_and_arrive(office: Office, api: Callable[..., Api]) -> None:
    staff = api(Role.RECEPTION, office.org)
    booking = staff.call("POST", "bookings/", body(office, free(office).start)).json()
    later = free(office, 3)
    moved = staff.call("POST", f"bookings/{booking['id']}/change/", {"start": later.start.isoformat()})
    assert moved.status_code == 200
    new = moved.json()
    assert new["id"] != booking["id"] and new["start"] == later.start.astimezone(slots.local_tz()).isoformat()
    assert staff.get(f"bookings/{booking['id']}/").json()["status"] == "cancelled"
    arrived = staff.call("POST", f"bookings/{new['id']}/arrive/")
    assert arrived.status_code == 200
    ticket = arrived.json()["ticket"]
    assert arrived.json()["booking"]["status"] == "arrived" and arrived.json()["booking"]["ticket"] == ticket
    assert Booking.objects.get(pk=new["id"]).ticket.priority_reason == PriorityReason.APPOINTMENT  # type: ignore[union-attr]
    again = staff.call("POST", f"bookings/{new['id']}/cancel/")
    assert again.status_code == 400 and again.json()["error"]["message"] == "This booking is not active any more."
    listed = staff.get(f"bookings/?status=arrived&service={office.service.pk}").json()
    assert [item["id"] for item in listed["results"]] == [new["id"]]


def test_booking_for_a_client_record_is_audited_and_follows_the_firewall(
    office: Office, api: Callable[..., Api], make_org: Callable[..., Any]
) -> None:
    own = ClientRecord.objects.create(owner=office.org, name="Amira K.", preferred_language="ar")
    ngo_record = ClientRecord.objects.create(
        owner=make_org(OrganisationKind.NGO), name="Hidden", preferred_language="ar"
    )
    staff = api(Role.RECEPTION, office.org)
    hidden = staff.call("POST", "bookings/", body(office, free(office).start, client=ngo_record.pk, name=""))
    assert hidden.status_code == 404 and not Booking.objects.exists()
    made = staff.call("POST", "bookings/", body(office, free(office).start, client=own.pk, name="", phone=""))
    assert made.status_code == 201, made.json()
    assert made.json()["client"] == own.pk and made.json()["name"] == "Amira K."
    assert AuditEvent.objects.filter(action="client.viewed", object_id=str(own.pk)).exists()
    assert AuditEvent.objects.filter(action="booking.created", object_id=str(own.pk)).exists()


def test_bookings_are_listed_by_local_date(office: Office, api: Callable[..., Api]) -> None:
    staff = api(Role.RECEPTION, office.org)
    slot = free(office)
    made = staff.call("POST", "bookings/", body(office, slot.start)).json()
    day = slot.local_start().date()
    same_day = staff.get(f"bookings/?from={day}&to={day}").json()["results"]
    assert [item["id"] for item in same_day] == [made["id"]]
    assert staff.get(f"bookings/?from={day + timedelta(days=1)}").json()["results"] == []
    assert staff.get(f"bookings/?to={day - timedelta(days=1)}").json()["results"] == []
    wrong = staff.get("bookings/?from=tomorrow")
    assert wrong.status_code == 400 and "from" in wrong.json()["error"]["fields"]


def test_a_booking_names_its_client_record_only_to_those_who_may_see_it(
    office: Office, api: Callable[..., Api], make_org: Callable[..., Any]
) -> None:
    ngo = make_org(OrganisationKind.NGO)
    hidden = ClientRecord.objects.create(owner=ngo, alias="Protected", preferred_language="fa")
    own = ClientRecord.objects.create(owner=office.org, alias="Own", preferred_language="fa")
    for n, client in enumerate((hidden, own)):
        start = free(office, n).start
        Booking.objects.create(
            service=office.service, site=office.site, start=start, end=start + timedelta(minutes=30), place=1,
            status="confirmed", channel="staff", name=client.alias, phone=f"+4915100000{n}",
            contact_key=f"client:{client.pk}", language="fa", page_language="fa", client=client,
        )  # fmt: skip
    staff = api(Role.CASEWORKER, office.org)
    rows = staff.get("bookings/").json()["results"]
    assert {row["name"]: row["client"] for row in rows} == {"Protected": None, "Own": own.pk}
    detail = staff.get(f"bookings/{Booking.objects.get(client=hidden).pk}/").json()
    assert detail["client"] is None  # the firewall: an immigration office never learns of an NGO's record
