"""Requests, proposals, offers and answers; availability across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onestop.accounts.models import User
from onestop.interpreting import services
from onestop.interpreting.models import (
    Assignment,
    AssignmentBlock,
    Interpreter,
    InterpreterRequest,
    Mode,
    Offer,
    OfferMessage,
    OfferStatus,
    RequestStatus,
)
from onestop.interpreting.tests.conftest import Pool, local, next_weekday
from onestop.reception import services as reception
from onestop.reception.models import Ticket
from onestop.reception.tests.conftest import Reception

MONDAY = 0


def ask(asker: User, language: str = "ar", start: datetime | None = None, hours: float = 1, **extra: object):
    start = start or local(next_weekday(MONDAY), 10)
    return services.request_interpreter(
        language=language, mode=extra.pop("mode", Mode.ON_SITE), start=start, end=start + timedelta(hours=hours),
        requested_by=asker, **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def test_propose_lists_speakers_of_the_language_in_the_mode_staff_first_then_least_busy(
    pool: Pool, asker: User
) -> None:
    amal = pool.staff("Amal", ["ar", "fr"])
    pool.staff("Omar", ["ar"], modes=[Mode.PHONE])  # no on-site work
    karim = pool.staff("Karim", ["ar"])
    pool.staff("Olena", ["uk"])
    free = pool.freelancer("Aaron Freelance", ["ar"])
    day = next_weekday(MONDAY)
    # Amal already has an assignment that morning, so Karim comes first.
    early = ask(asker, start=local(day, 8), auto_offer=False)
    services.accept(offer=services.offer(request=early, interpreter=amal, by=asker), by=None)
    request = ask(asker, start=local(day, 10), auto_offer=False)
    assert services.propose(request) == [karim, amal, free]


def test_nobody_is_proposed_outside_their_windows_on_an_absence_or_when_already_booked(pool: Pool, asker: User) -> None:
    day = next_weekday(MONDAY)
    mornings = pool.staff("Mornings", ["fa"], windows=[(MONDAY, time(8), time(12))])
    away = pool.staff("Away", ["fa"])
    services.absence_add(interpreter=away, first_day=day, last_day=day + timedelta(days=2), reason="leave")
    booked = pool.staff("Booked", ["fa"])
    first = ask(asker, "fa", start=local(day, 11), hours=2, auto_offer=False)
    services.accept(offer=services.offer(request=first, interpreter=booked, by=None), by=None)
    # Before the booking both are free; Booked already has work that day, so comes second.
    assert services.available_interpreters("fa", Mode.ON_SITE, local(day, 9), local(day, 11)) == [mornings, booked]
    # 11:30-12:30 runs past Mornings' window and into Booked's assignment; Away is away.
    assert services.available_interpreters("fa", Mode.ON_SITE, local(day, 11, 30), local(day, 12, 30)) == []
    # The day after the absence, Away is back; Booked is free again after 13:00.
    later = day + timedelta(days=3)
    assert set(services.available_interpreters("fa", Mode.ON_SITE, local(later, 9), local(later, 10))) == {
        away, booked,
    }  # fmt: skip
    assert services.available_interpreters("fa", Mode.ON_SITE, local(day, 13), local(day, 14)) == [booked]


def _next_spring_change() -> date:
    """The next last Sunday of March (the EU's change to summer time), in the future."""
    today = timezone.localdate()
    for year in (today.year, today.year + 1):
        last = date(year, 3, 31)
        sunday = last - timedelta(days=(last.weekday() - 6) % 7)
        if sunday > today:
            return sunday
    raise AssertionError("unreachable")


def test_a_weekly_window_is_the_same_wall_clock_time_across_a_daylight_saving_change(
    pool: Pool, asker: User, settings: object
) -> None:
    change = _next_spring_change()
    before, after = change - timedelta(days=6), change + timedelta(days=1)  # the Mondays around it
    assert before.weekday() == after.weekday() == MONDAY
    uk = pool.staff("Olena", ["uk"], windows=[(MONDAY, time(9), time(13))])
    for day in (before, after):
        assert services.available_interpreters("uk", Mode.ON_SITE, local(day, 9), local(day, 13)) == [uk]
        assert services.available_interpreters("uk", Mode.ON_SITE, local(day, 8, 45), local(day, 10)) == []
    # In UTC the window moves by an hour: 8:00 before the change, 7:00 after.
    assert local(before, 9).astimezone(UTC).hour == 8 and local(after, 9).astimezone(UTC).hour == 7
    booked = ask(asker, "uk", start=local(after, 9), hours=4)
    assignment = services.accept(offer=booked.offers.get(), by=None)
    blocks = list(AssignmentBlock.objects.filter(assignment=assignment).order_by("block_start"))
    assert len(blocks) == 16
    assert blocks[0].block_start == datetime.combine(after, time(7), tzinfo=UTC)


def test_a_request_is_offered_to_the_best_declined_goes_to_the_next_and_accepting_books(
    pool: Pool, asker: User
) -> None:
    amal = pool.staff("Amal", ["ar"])
    free = pool.freelancer("Hani", ["ar"], phone="+49 151 23456789", email="hani@example.org")
    request = ask(asker, note="Residence permit interview")
    first = request.offers.get()
    assert (request.status, first.interpreter, first.status) == (RequestStatus.OFFERED, amal, OfferStatus.PENDING)
    request = services.decline(offer=first, by=amal.user, reason="At the doctor's")
    second = request.offers.get(status=OfferStatus.PENDING)
    assert (request.status, second.interpreter) == (RequestStatus.OFFERED, free)
    assert Offer.objects.get(pk=first.pk).reason == "At the doctor's"
    assignment = services.accept(offer=second, by=None)
    request.refresh_from_db()
    assert (request.status, assignment.interpreter, assignment.starts_at) == (
        RequestStatus.ACCEPTED, free, request.starts_at,
    )  # fmt: skip
    assert AssignmentBlock.objects.filter(interpreter=free).count() == 4
    # Nobody is left who has not declined: a decline now leaves the request open.
    again = ask(asker, start=request.starts_at + timedelta(days=1))
    assert again.offers.get().interpreter == amal
    again = services.decline(offer=again.offers.get(), by=None)
    assert again.offers.get(status=OfferStatus.PENDING).interpreter == free
    again = services.decline(offer=again.offers.get(status=OfferStatus.PENDING), by=None)
    assert again.status == RequestStatus.OPEN and services.propose(again) == []


def test_accepting_a_request_for_a_walk_in_ticket_lets_any_desk_call_it(pool: Pool, rc: Reception) -> None:
    pool.staff("Tesfay", ["ti"])
    ticket = rc.ticket("welcome", language="ti")
    desk = rc.open("2", "de")
    assert reception.call_next(desk=desk, by=rc.staff) is None  # nobody at desk 2 speaks Tigrinya
    request = services.request_interpreter(
        language="ti", mode=Mode.ON_SITE, start=timezone.now(), end=timezone.now() + timedelta(minutes=30),
        requested_by=rc.staff, ticket=ticket, desk=desk,
    )  # fmt: skip
    services.accept(offer=request.offers.get(), by=None)
    assert Ticket.objects.get(pk=ticket.pk).interpreter_arranged
    assert reception.call_next(desk=desk, by=rc.staff) == ticket


def test_accepting_hands_the_interpreters_other_overlapping_offers_to_the_next_interpreter(
    pool: Pool, asker: User
) -> None:
    amal = pool.staff("Amal", ["ar"])
    day = next_weekday(MONDAY)
    first = ask(asker, start=local(day, 10), hours=1.1)  # until 11:06
    touching = ask(asker, start=local(day, 11, 10))  # shares the 11:00-11:15 quarter hour
    apart = ask(asker, start=local(day, 11, 15))
    karim = pool.freelancer("Karim", ["ar"])
    services.accept(offer=first.offers.get(), by=amal.user)
    assert touching.offers.get(interpreter=amal).status == OfferStatus.SUPERSEDED
    assert touching.offers.get(status=OfferStatus.PENDING).interpreter == karim
    assert apart.offers.get().interpreter == amal and apart.offers.get().status == OfferStatus.PENDING


def test_an_interpreter_is_never_booked_twice_at_the_same_time(pool: Pool, asker: User) -> None:
    amal = pool.staff("Amal", ["ar"])
    day = next_weekday(MONDAY)
    first = ask(asker, start=local(day, 10), hours=1)
    overlapping = ask(asker, start=local(day, 10, 45), hours=1)  # offered too: Amal is not booked yet
    assert first.offers.get().interpreter == overlapping.offers.get().interpreter == amal
    services.accept(offer=first.offers.get(), by=amal.user)
    # Amal's offer of the overlapping request is withdrawn at once; nobody else speaks Arabic.
    stale = overlapping.offers.get()
    overlapping.refresh_from_db()
    assert (stale.status, overlapping.status) == (OfferStatus.SUPERSEDED, RequestStatus.OPEN)
    with pytest.raises(ValidationError) as taken:
        services.accept(offer=stale, by=amal.user)
    assert taken.value.code == "taken" and "Just taken" in taken.value.messages[0]
    assert Assignment.objects.count() == 1
    # The database itself refuses a second booking of the same quarter hour.
    block = AssignmentBlock.objects.first()
    assert block is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        AssignmentBlock.objects.create(assignment=block.assignment, interpreter=amal, block_start=block.block_start)


def test_bad_requests_are_refused_with_a_clear_message_and_store_nothing(pool: Pool, asker: User) -> None:
    pool.staff("Amal", ["ar"])
    start = local(next_weekday(MONDAY), 10)
    cases = [
        ({"start": start, "hours": -1}, "time", "The end must be after the start."),
        ({"start": start, "hours": 13}, "time", "at most 12 hours"),
        ({"start": timezone.now() - timedelta(hours=2)}, "past", "This time is in the past."),
        ({"language": "klingon"}, "language", "Choose a language from the list."),
        ({"mode": "telepathy"}, "mode", "Choose on site, by phone or by video."),
    ]
    for kwargs, code, message in cases:
        with pytest.raises(ValidationError) as error:
            ask(asker, **kwargs)  # type: ignore[arg-type]
        assert error.value.code == code and message in error.value.messages[0]
    assert InterpreterRequest.objects.count() == 0


def test_a_language_nobody_in_the_pool_speaks_is_asked_for_but_flagged_short(pool: Pool, asker: User) -> None:
    pool.staff("Amal", ["ar"])
    request = ask(asker, "so")
    assert (request.status, request.flagged_short, request.offers.count()) == (RequestStatus.OPEN, True, 0)
    assert not ask(asker, "ar", start=request.starts_at + timedelta(days=1)).flagged_short


def test_cancelling_withdraws_the_offer_releases_the_booking_and_tells_the_interpreter(
    pool: Pool, rc: Reception, django_capture_on_commit_callbacks: Any
) -> None:
    amal = pool.staff("Amal", ["ar"])
    ticket = rc.ticket("welcome", language="ar")
    now = timezone.now()
    request = services.request_interpreter(
        language="ar", mode=Mode.ON_SITE, start=now, end=now + timedelta(hours=1), requested_by=rc.staff,
        ticket=ticket,
    )  # fmt: skip
    services.accept(offer=request.offers.get(), by=None)
    assert Ticket.objects.get(pk=ticket.pk).interpreter_arranged
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_request(request, rc.staff)
    request.refresh_from_db()
    assert request.status == RequestStatus.CANCELLED and request.closed_by == rc.staff
    assert not AssignmentBlock.objects.exists() and Assignment.objects.get().cancelled_at is not None
    assert not Ticket.objects.get(pk=ticket.pk).interpreter_arranged
    assert [m.to for m in mail.outbox] == [[amal.user.email]] and "cancelled" in mail.outbox[0].subject
    # Amal is free again for the same time; a closed request cannot be cancelled twice.
    assert services.available_interpreters("ar", Mode.ON_SITE, request.starts_at, request.ends_at) == [amal]
    with pytest.raises(ValidationError):
        services.cancel_request(request, rc.staff)
    pending = ask(rc.staff, start=local(next_weekday(MONDAY), 10))
    services.cancel_request(pending, None)
    assert pending.offers.get().status == OfferStatus.WITHDRAWN


def test_an_offer_is_sent_by_e_mail_and_to_freelancers_by_sms_once(
    pool: Pool, asker: User, caplog: pytest.LogCaptureFixture, django_capture_on_commit_callbacks: Any
) -> None:
    pool.freelancer("Hani", ["ar"], phone="0151 23456789", email="hani@example.org")
    mail.outbox.clear()
    with caplog.at_level("INFO", logger="onestop.sms"), django_capture_on_commit_callbacks(execute=True):
        request = ask(asker, note="Bring the dictionary")
    offer = request.offers.get()
    messages = {m.channel: m for m in OfferMessage.objects.filter(offer=offer)}
    assert set(messages) == {"email", "sms"} and all(m.sent_at for m in messages.values())
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["hani@example.org"]
    assert "Bring the dictionary" in mail.outbox[0].body and "Arabic" in mail.outbox[0].subject
    assert "SMS to +4915123456789: Interpreting request: Arabic" in caplog.text
    from onestop.interpreting.notifications import deliver, notify_offer

    notify_offer(offer)  # again: nothing new
    assert OfferMessage.objects.count() == 2
    assert deliver.call(message_id=messages["email"].pk) is False
    assert len(mail.outbox) == 1


def test_an_offer_goes_only_to_someone_free_and_only_while_the_request_is_open(pool: Pool, asker: User) -> None:
    amal = pool.staff("Amal", ["ar"])
    olena = pool.staff("Olena", ["uk"])
    request = ask(asker, auto_offer=False)
    with pytest.raises(ValidationError) as unavailable:
        services.offer(request=request, interpreter=olena, by=asker)
    assert unavailable.value.code == "unavailable"
    services.offer(request=request, interpreter=amal, by=asker)
    with pytest.raises(ValidationError) as state:
        services.offer(request=request, interpreter=amal, by=asker)
    assert state.value.code == "state" and Offer.objects.count() == 1


def test_done_only_after_it_started(pool: Pool, asker: User) -> None:
    pool.staff("Amal", ["ar"])
    future = ask(asker)
    services.accept(offer=future.offers.get(), by=None)
    with pytest.raises(ValidationError):
        services.complete(request=future, by=asker)
    now = timezone.now()
    current = ask(asker, start=now - timedelta(minutes=5))
    services.accept(offer=current.offers.get(), by=None)
    assert services.complete(request=current, by=asker).status == RequestStatus.DONE


def test_short_languages_agree_with_the_proposals(pool: Pool, asker: User) -> None:
    from onestop.interpreting.selectors import short_languages

    day = next_weekday(MONDAY)
    amal = pool.staff("Amal", ["ar"], windows=[(MONDAY, time(9), time(12))])
    pool.staff("Olena", ["uk"])
    requests = [
        ask(asker, "ar", start=local(day, 9), auto_offer=False),  # Amal could come
        ask(asker, "ar", start=local(day, 13), auto_offer=False),  # after Amal's hours
        ask(asker, "uk", start=local(day, 9), mode=Mode.VIDEO, auto_offer=False),  # Olena works on site only
        ask(asker, "ar", start=local(day, 10), auto_offer=False),  # Amal declines it
        ask(asker, "ti", start=local(day, 9), auto_offer=False),  # nobody speaks it
    ]
    services.decline(offer=services.offer(request=requests[3], interpreter=amal, by=None), by=None)
    pierre = pool.staff("Pierre", ["fr"])
    booked = ask(asker, "fr", start=local(day, 9), auto_offer=False)
    services.accept(offer=services.offer(request=booked, interpreter=pierre, by=None), by=None)
    requests.append(ask(asker, "fr", start=local(day, 9, 30), auto_offer=False))  # Pierre is booked then
    expected: dict[str, int] = {}
    for request in requests:
        if not services.propose(request):
            expected[request.language] = expected.get(request.language, 0) + 1
    assert expected == {"ar": 2, "uk": 1, "ti": 1, "fr": 1}
    assert {row.code: len(row.requests) for row in short_languages(timezone.now())} == expected
    # The check offer() makes for one interpreter agrees with the proposals too.
    everyone = list(Interpreter.objects.all())
    for request in requests:
        proposed = services.propose(request)
        assert [i for i in everyone if services.could_take(i, request)] == sorted(proposed, key=lambda i: i.name)
