"""Slots, booking, confirming, fair access, changes, arrival and reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext

from onestop.appointments import services as appointments
from onestop.appointments import slots
from onestop.appointments.models import Booking, BookingChannel, BookingMessage, BookingStatus, SlotRule
from onestop.appointments.tests.conftest import Office
from onestop.directory.models import Closure
from onestop.reception import services as reception
from onestop.reception.models import PriorityReason

# Monday 23 November 2026, 08:00 in the office's time zone (Europe/Berlin, UTC+1).
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
TUESDAY_9 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
TUESDAY_930 = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)


def person(n: int = 1, **extra: Any) -> appointments.Person:
    values: dict[str, Any] = {"name": f"Person {n}", "language": "fa", "phone": f"+49151234567{n:02d}"}
    values.update(extra)
    return appointments.Person(**values)


def staff_book(office: Office, start: datetime = TUESDAY_9, n: int = 1, **extra: Any) -> Booking:
    booking, _code = appointments.book(
        service=office.service, site=office.site, start=start, person=person(n, **extra),
        channel=BookingChannel.STAFF, by=office.staff, now=NOW,
    )  # fmt: skip
    return booking


def test_slots_are_laid_out_on_weekday_mornings(office: Office) -> None:
    laid = slots.layout([office.rule], date(2026, 11, 23), date(2026, 11, 29))
    assert len(laid) == 5 * 6
    assert {s.local_start().strftime("%a %H:%M") for s in laid[:6]} == {
        "Mon 09:00", "Mon 09:30", "Mon 10:00", "Mon 10:30", "Mon 11:00", "Mon 11:30",
    }  # fmt: skip


def test_a_slot_keeps_its_wall_clock_time_across_daylight_saving(office: Office) -> None:
    laid = slots.layout([office.rule], date(2026, 10, 23), date(2026, 10, 26))  # clocks go back on the 25th
    friday, monday = laid[0], laid[6]
    assert friday.local_start().strftime("%a %H:%M") == monday.local_start().strftime("%a %H:%M").replace("Mon", "Fri")
    assert (friday.start.hour, monday.start.hour) == (7, 8)  # UTC moves, the local clock does not
    night = SlotRule(
        service=office.service, site=office.site, weekdays="SU", starts_at=time(2), ends_at=time(3), minutes=30
    )
    spring = slots.layout([night], date(2026, 3, 29), date(2026, 3, 29))
    autumn = slots.layout([night], date(2026, 10, 25), date(2026, 10, 25))
    assert spring == []  # 02:00-03:00 does not exist when the clocks go forward
    assert [s.local_start().strftime("%H:%M") for s in autumn] == ["02:00", "02:30"]


def test_closures_and_special_hours_remove_slots(office: Office) -> None:
    Closure.objects.create(site=office.site, date=date(2026, 11, 24), reason="Holiday")
    Closure.objects.create(service=office.service, date=date(2026, 11, 25), opens_at=time(10), closes_at=time(11))
    free = slots.free_slots(services=[office.service], site=office.site, now=NOW, last=date(2026, 11, 25))
    days = {s.local_start().date() for s in free}
    assert date(2026, 11, 24) not in days
    assert [s.local_start().strftime("%H:%M") for s in free if s.local_start().date() == date(2026, 11, 25)] == [
        "10:00", "10:30",
    ]  # fmt: skip
    with pytest.raises(ValidationError) as error:
        staff_book(office, start=TUESDAY_9)
    assert error.value.code == "no_slot"


def test_lead_time_and_horizon(office: Office) -> None:
    free = slots.free_slots(services=[office.service], site=office.site, now=NOW)
    assert free[0].start == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 local: two hours' lead from 08:00
    assert free[-1].local_start().date() <= date(2026, 11, 23) + timedelta(days=42)
    for start, code in (
        (datetime(2026, 11, 23, 8, 0, tzinfo=UTC), "lead"),
        (datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "past"),
        (datetime(2027, 2, 1, 8, 0, tzinfo=UTC), "horizon"),
        (datetime(2026, 11, 28, 8, 0, tzinfo=UTC), "no_slot"),  # a Saturday
        (datetime(2026, 11, 24, 8, 10, tzinfo=UTC), "no_slot"),  # not the start of a slot
    ):
        with pytest.raises(ValidationError) as error:
            staff_book(office, start=start)
        assert error.value.code == code, start
    assert Booking.objects.count() == 0


def test_the_last_place_goes_to_one_and_the_next_gets_alternatives(office: Office) -> None:
    first = staff_book(office)
    assert (first.status, first.place) == (BookingStatus.CONFIRMED, 1)
    with pytest.raises(appointments.SlotTaken) as error:
        staff_book(office, n=2)
    assert [s.start for s in error.value.alternatives][:1] == [TUESDAY_930]
    assert Booking.objects.count() == 1
    office.rule.capacity = 2
    office.rule.save()
    assert staff_book(office, n=2).place == 2


def test_the_database_refuses_a_second_booking_of_a_place(office: Office) -> None:
    first = staff_book(office)
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(
            service=office.service, site=office.site, start=first.start, end=first.end, place=1, channel="staff",
            name="X", contact_key="tel:+491", language="de", page_language="de", status="confirmed",
        )  # fmt: skip


def test_online_booking_is_held_until_the_code_confirms_it(
    office: Office, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        booking, code = appointments.book(
            service=office.service, site=office.site, start=TUESDAY_9, person=person(email="", page_language="fa"),
            channel=BookingChannel.ONLINE, now=NOW,
        )  # fmt: skip
    assert booking.status == BookingStatus.HELD and len(code) == 6
    message = BookingMessage.objects.get(booking=booking, kind="code")
    assert message.sent_at is not None and message.body == ""  # the code is not kept once sent
    with pytest.raises(ValidationError) as error:
        appointments.confirm(booking=booking, code="000000" if code != "000000" else "111111", now=NOW)
    assert error.value.code == "code"
    confirmed = appointments.confirm(booking=booking, code=code, now=NOW + timedelta(minutes=2))
    assert confirmed.status == BookingStatus.CONFIRMED
    with translation.override("fa"):
        assert (
            gettext("Your appointment is confirmed: %(service)s, %(when)s.")[:5]
            in BookingMessage.objects.get(booking=booking, kind="confirmed").body
        )


def test_an_expired_hold_releases_the_slot(office: Office) -> None:
    booking, code = appointments.book(
        service=office.service,
        site=office.site,
        start=TUESDAY_9,
        person=person(),
        channel=BookingChannel.ONLINE,
        now=NOW,
    )
    later = NOW + timedelta(minutes=11)
    held = {
        s.start for s in slots.free_slots(services=[office.service], site=office.site, now=NOW + timedelta(minutes=9))
    }
    assert TUESDAY_9 not in held
    free_later = {s.start for s in slots.free_slots(services=[office.service], site=office.site, now=later)}
    assert TUESDAY_9 in free_later
    with pytest.raises(ValidationError) as error:
        appointments.confirm(booking=booking, code=code, now=later)
    assert error.value.code == "expired"
    other, _code = appointments.book(
        service=office.service, site=office.site, start=TUESDAY_9, person=person(2), channel=BookingChannel.STAFF,
        now=later,
    )  # fmt: skip
    assert other.place == 1


def test_too_many_wrong_codes_end_the_hold(office: Office) -> None:
    booking, code = appointments.book(
        service=office.service,
        site=office.site,
        start=TUESDAY_9,
        person=person(),
        channel=BookingChannel.ONLINE,
        now=NOW,
    )
    wrong = "000000" if code != "000000" else "111111"
    for _attempt in range(4):
        with pytest.raises(ValidationError):
            appointments.confirm(booking=booking, code=wrong, now=NOW)
    with pytest.raises(ValidationError) as error:
        appointments.confirm(booking=booking, code=wrong, now=NOW)
    assert error.value.code == "attempts"
    with pytest.raises(ValidationError):
        appointments.confirm(booking=booking, code=code, now=NOW)
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.EXPIRED


def test_one_booking_per_person_and_service_and_a_daily_limit(office: Office) -> None:
    staff_book(office)
    with pytest.raises(ValidationError) as error:
        staff_book(office, start=TUESDAY_930)
    assert error.value.code == "one_per_service"
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(
            service=office.service, site=office.site, start=TUESDAY_930, end=TUESDAY_930 + timedelta(minutes=30),
            place=1, channel="staff", name="X", contact_key="tel:+4915123456701", language="de", page_language="de",
        )  # fmt: skip


def test_a_cancelled_slot_is_offered_again_only_after_the_cool_down(office: Office) -> None:
    booking = staff_book(office)
    appointments.cancel(booking=booking, now=NOW)
    free_now = {s.start for s in slots.free_slots(services=[office.service], site=office.site, now=NOW)}
    assert TUESDAY_9 not in free_now
    with pytest.raises(appointments.SlotTaken):
        appointments.book(
            service=office.service, site=office.site, start=TUESDAY_9, person=person(2), channel="staff",
            now=NOW + timedelta(minutes=30),
        )  # fmt: skip
    after = NOW + timedelta(minutes=61)
    assert TUESDAY_9 in {s.start for s in slots.free_slots(services=[office.service], site=office.site, now=after)}
    again, _code = appointments.book(
        service=office.service, site=office.site, start=TUESDAY_9, person=person(2), channel="staff", now=after
    )
    assert again.place == 1 and Booking.objects.get(pk=booking.pk).place is None


def test_changing_is_all_or_nothing(office: Office) -> None:
    mine = staff_book(office)
    staff_book(office, start=TUESDAY_930, n=2)
    with pytest.raises(appointments.SlotTaken):
        appointments.change(booking=mine, start=TUESDAY_930, now=NOW)
    assert Booking.objects.get(pk=mine.pk).status == BookingStatus.CONFIRMED
    moved = appointments.change(booking=mine, start=TUESDAY_9 + timedelta(hours=1), now=NOW)
    assert moved.status == BookingStatus.CONFIRMED and moved.pk != mine.pk
    assert Booking.objects.get(pk=mine.pk).status == BookingStatus.CANCELLED


def test_arrival_in_time_gets_appointment_priority_ordered_by_appointment_time(office: Office) -> None:
    early = staff_book(office, start=TUESDAY_930, n=1)
    later = staff_book(office, start=TUESDAY_9 + timedelta(hours=1), n=2)
    walk_in = reception.check_in(
        reception.CheckIn(service=office.service, site=office.site, language="fa"), at=TUESDAY_9 - timedelta(minutes=30)
    )
    second = appointments.arrive(booking=later, by=office.staff, now=TUESDAY_9)
    first = appointments.arrive(booking=early, by=office.staff, now=TUESDAY_9 + timedelta(minutes=5))
    assert first.priority_reason == second.priority_reason == PriorityReason.APPOINTMENT
    desk = office.site.desks.get()
    reception.desk_open(desk=desk, by=office.staff, languages=["fa"])
    moment = TUESDAY_930
    called = []
    for _turn in range(3):
        ticket = reception.call_next(desk=desk, by=office.staff, now=moment)
        assert ticket is not None
        called.append(ticket)
        reception.finish(desk=desk, ticket=ticket, by=office.staff)
    # The earlier appointment first, though it arrived later; the walk-in after the appointments.
    assert called == [first, second, walk_in]
    assert Booking.objects.get(pk=early.pk).status == BookingStatus.ARRIVED


def test_a_late_arrival_becomes_a_walk_in_and_no_shows_are_counted(office: Office) -> None:
    late = staff_book(office, n=1)
    missed = staff_book(office, start=TUESDAY_930, n=2)
    ticket = appointments.arrive(booking=late, by=office.staff, now=TUESDAY_9 + timedelta(minutes=20))
    assert ticket.priority_reason == "" and ticket.appointment_at is None
    assert appointments.mark_no_shows(now=TUESDAY_930 + timedelta(minutes=46)) == 1
    assert Booking.objects.get(pk=missed.pk).status == BookingStatus.NO_SHOW


def test_reminders_go_out_once_the_day_before(office: Office, django_capture_on_commit_callbacks: Any) -> None:
    staff_book(office, n=1, phone="", email="amir@example.org")
    staff_book(office, start=datetime(2026, 11, 25, 8, 0, tzinfo=UTC), n=2, phone="", email="sara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        assert appointments.send_reminders(now=NOW) == 1
        assert appointments.send_reminders(now=NOW + timedelta(hours=2)) == 0
    reminder = BookingMessage.objects.get(kind="reminder")
    assert reminder.to == "amir@example.org"
    with translation.override("fa"):  # the person's language
        expected = gettext("Reminder: your appointment is tomorrow: %(service)s, %(when)s.")
    assert reminder.body.startswith(expected.split("%(service)s")[0])
    assert [m.to for m in mail.outbox if m.body == reminder.body] == [["amir@example.org"]]


def test_bad_person_details_are_refused(office: Office) -> None:
    cases: list[tuple[dict[str, str], str]] = [
        ({"name": " "}, "name"),
        ({"language": "xx"}, "language"),
        ({"phone": "12"}, "phone"),
        ({"phone": "", "email": "not-an-address"}, "email"),
        ({"phone": "", "email": ""}, "contact"),
    ]
    for extra, code in cases:
        with pytest.raises(ValidationError) as error:
            staff_book(office, **extra)
        assert error.value.code == code
    assert Booking.objects.count() == 0


def test_booking_hours_refuse_unknown_weekdays(office: Office) -> None:
    rule = SlotRule(service=office.service, site=office.site, weekdays="MO,DI")
    with pytest.raises(ValidationError) as error:
        rule.full_clean()
    assert "weekdays" in error.value.message_dict
    rule.weekdays = "mo, tu,MO"
    rule.full_clean()
    assert rule.weekdays == "MO,TU"
