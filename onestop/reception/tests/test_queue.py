"""Check-in, numbering, desk actions and the call-next rules."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onestop.directory.models import Closure
from onestop.reception import queueing
from onestop.reception import services as reception
from onestop.reception.models import (
    Channel,
    EventKind,
    Outcome,
    PriorityReason,
    PriorityWeight,
    SeriesDay,
    Ticket,
    TicketStatus,
)
from onestop.reception.tests.conftest import Reception

NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 12:00 in Neustadt (Europe/Berlin)


def test_numbers_follow_each_other_per_series_and_restart_each_day(rc: Reception) -> None:
    first = rc.ticket(at=NOON)
    second = rc.ticket(at=NOON + timedelta(minutes=1))
    other = rc.ticket("jobs", at=NOON)
    assert (first.code, second.code, other.code) == ("W-001", "W-002", "J-001")
    assert rc.ticket(at=NOON + timedelta(days=1)).code == "W-001"


def test_numbering_restarts_at_the_configured_local_time(rc: Reception) -> None:
    series = rc.series["welcome"]
    series.day_starts_at = time(6, 0)
    series.save()
    # 05:30 local on the 24th still belongs to the 23rd's numbering; 06:00 starts again.
    late = rc.ticket(at=datetime(2026, 11, 24, 4, 30, tzinfo=UTC))
    morning = rc.ticket(at=datetime(2026, 11, 24, 5, 0, tzinfo=UTC))
    assert (late.day.isoformat(), late.number) == ("2026-11-23", 1)
    assert (morning.day.isoformat(), morning.number) == ("2026-11-24", 1)


def test_the_daily_quota_stops_tickets_and_creates_nothing(rc: Reception) -> None:
    series = rc.series["welcome"]
    series.daily_quota = 2
    series.save()
    rc.ticket(at=NOON)
    rc.ticket(at=NOON)
    with pytest.raises(ValidationError) as error:
        rc.ticket(at=NOON)
    assert error.value.code == "quota"
    assert Ticket.objects.count() == 2
    assert SeriesDay.objects.get().last_number == 2


def test_phone_tickets_have_their_own_quota(rc: Reception) -> None:
    series = rc.series["welcome"]
    series.remote_quota = 1
    series.save()
    rc.ticket(channel=Channel.REMOTE)
    with pytest.raises(ValidationError) as error:
        rc.ticket(channel=Channel.REMOTE)
    assert error.value.code == "quota"
    assert rc.ticket(channel=Channel.KIOSK).code == "W-002"


def test_a_closed_site_gives_no_tickets_by_phone_or_kiosk_but_the_desk_can(rc: Reception) -> None:
    Closure.objects.create(site=rc.site, date=datetime.now(UTC).astimezone(reception.local_tz()).date())
    for channel in (Channel.REMOTE, Channel.KIOSK, Channel.API):
        with pytest.raises(ValidationError) as error:
            rc.ticket(channel=channel)
        assert error.value.code == "closed"
    assert Ticket.objects.count() == 0
    assert rc.ticket(channel=Channel.DESK).code == "W-001"


def test_remote_check_in_needs_published_hours(make_reception) -> None:  # type: ignore[no-untyped-def]
    rc = make_reception("no-hours", always_open=False)
    with pytest.raises(ValidationError):
        rc.ticket(channel=Channel.REMOTE)
    assert rc.ticket(channel=Channel.KIOSK).code == "W-001"  # hours unknown: the kiosk is on site


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [("language", "xx", "language"), ("phone", "12", "phone"), ("priority_reason", "vip", "priority")],
)
def test_bad_input_is_refused_and_creates_nothing(rc: Reception, field: str, value: str, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        rc.ticket(**{field: value})
    assert error.value.code == code
    assert Ticket.objects.count() == 0


def test_a_service_without_a_series_here_gives_no_ticket(rc: Reception, make_reception) -> None:  # type: ignore[no-untyped-def]
    other = make_reception("elsewhere")
    with pytest.raises(ValidationError) as error:
        reception.check_in(reception.CheckIn(service=other.services["welcome"], site=rc.site, language="de"))
    assert error.value.code == "service"


def test_phone_numbers_are_stored_in_international_form(rc: Reception) -> None:
    ticket = rc.ticket(phone="0151 23456789", notify_position=3)
    assert ticket.phone == "+4915123456789"
    assert ticket.notify_position == 3


def test_call_next_routes_by_language_and_priority(rc: Reception) -> None:
    arabic = rc.ticket(language="ar", at=NOON)
    german = rc.ticket(language="de", at=NOON + timedelta(minutes=1))
    pregnant = rc.ticket(language="de", priority_reason=PriorityReason.PREGNANCY, at=NOON + timedelta(minutes=2))
    desk = rc.open("2", "de")
    now = NOON + timedelta(minutes=5)
    assert reception.call_next(desk=desk, by=rc.staff, now=now) == pregnant
    assert reception.call_next(desk=desk, by=rc.staff, now=now) == german
    assert reception.call_next(desk=desk, by=rc.staff, now=now) is None  # nobody here speaks Arabic
    arabic_desk = rc.open("1", "ar", "en")
    assert reception.call_next(desk=arabic_desk, by=rc.staff, now=now) == arabic


def test_an_arranged_interpreter_lets_any_desk_call(rc: Reception) -> None:
    ticket = rc.ticket(language="ti", interpreter_arranged=True, at=NOON)
    desk = rc.open("2", "de")
    assert reception.call_next(desk=desk, by=rc.staff, now=NOON) == ticket


def test_nobody_waits_past_the_longest_wait(rc: Reception) -> None:
    series = rc.series["welcome"]
    series.max_wait_minutes = 60
    series.save()
    early = rc.ticket(at=NOON)
    urgent = rc.ticket(priority_reason=PriorityReason.MEDICAL, at=NOON + timedelta(minutes=30))
    desk = rc.open("2", "de")
    assert reception.call_next(desk=desk, by=rc.staff, now=NOON + timedelta(minutes=59)) == urgent
    Ticket.objects.filter(pk=urgent.pk).update(status=TicketStatus.WAITING)
    assert reception.call_next(desk=desk, by=rc.staff, now=NOON + timedelta(minutes=61)) == early


def test_configured_weights_and_switched_off_reasons(rc: Reception) -> None:
    PriorityWeight.objects.create(reason=PriorityReason.ELDERLY, weight=50)
    PriorityWeight.objects.create(reason=PriorityReason.SMALL_CHILDREN, weight=5, is_active=False)
    assert rc.ticket(priority_reason=PriorityReason.ELDERLY).priority_weight == 50
    with pytest.raises(ValidationError):
        rc.ticket(priority_reason=PriorityReason.SMALL_CHILDREN)
    codes = [code for code, _label, _weight in reception.active_priority_reasons()]
    assert codes[0] == "elderly" and "small_children" not in codes


def test_a_desk_must_be_open_with_languages(rc: Reception) -> None:
    with pytest.raises(ValidationError):
        reception.call_next(desk=rc.desks["1"], by=rc.staff)
    with pytest.raises(ValidationError):
        reception.desk_open(desk=rc.desks["1"], by=rc.staff, languages=[])


def test_recall_then_no_show_after_the_configured_calls(rc: Reception) -> None:
    ticket = rc.ticket()
    desk = rc.open("2", "de")
    called = reception.call_next(desk=desk, by=rc.staff)
    assert called is not None
    assert reception.recall(desk=desk, ticket=called, by=rc.staff).call_count == 2
    assert reception.recall(desk=desk, ticket=called, by=rc.staff).call_count == 3
    ended = reception.recall(desk=desk, ticket=called, by=rc.staff)
    assert ended.status == TicketStatus.NO_SHOW
    kinds = list(ticket.events.values_list("kind", flat=True))
    assert kinds == [EventKind.ARRIVED, EventKind.CALLED, EventKind.RECALLED, EventKind.RECALLED, EventKind.NO_SHOW]


def test_park_resume_transfer_and_finish(rc: Reception) -> None:
    ticket = rc.ticket(at=NOON)
    later = rc.ticket(at=NOON + timedelta(minutes=10), service="jobs")
    desk = rc.open("1", "de")
    called = reception.call_next(desk=desk, by=rc.staff, now=NOON + timedelta(minutes=20))
    assert called == ticket
    assert reception.park(desk=desk, ticket=ticket, by=rc.staff, note="fills in the form").status == "parked"
    assert reception.call_next(desk=desk, by=rc.staff) == later  # parked tickets are not called by call-next
    reception.finish(desk=desk, ticket=later, by=rc.staff)
    assert reception.resume(desk=desk, ticket=ticket, by=rc.staff).status == "called"
    with pytest.raises(ValidationError):
        reception.transfer(desk=desk, ticket=ticket, service=rc.services["legal"], by=rc.staff, note="")
    moved = reception.transfer(desk=desk, ticket=ticket, service=rc.services["legal"], by=rc.staff, note="Asylum")
    assert (moved.status, moved.service, moved.code, moved.arrived_at) == (
        "waiting",
        rc.services["legal"],
        "W-001",
        NOON,
    )
    legal_desk = rc.open("3", "de")
    assert reception.call_next(desk=legal_desk, by=rc.staff) == ticket
    done = reception.finish(desk=legal_desk, ticket=ticket, by=rc.staff, outcome=Outcome.REFERRED)
    assert (done.status, done.outcome) == ("done", "referred")
    with pytest.raises(ValidationError):
        reception.finish(desk=legal_desk, ticket=ticket, by=rc.staff)


def test_call_a_specific_ticket_only_when_it_waits_and_the_desk_serves_it(rc: Reception) -> None:
    legal = rc.ticket("legal", language="ar")
    desk = rc.open("2", "de")
    with pytest.raises(ValidationError):
        reception.call_ticket(desk=desk, ticket=legal, by=rc.staff)
    legal_desk = rc.open("3", "de")
    assert reception.call_ticket(desk=legal_desk, ticket=legal, by=rc.staff).status == "called"
    with pytest.raises(ValidationError):
        reception.call_ticket(desk=legal_desk, ticket=legal, by=rc.staff)


def test_leaving_the_queue(rc: Reception) -> None:
    ticket = rc.ticket()
    assert reception.leave(ticket=ticket).status == TicketStatus.LEFT
    with pytest.raises(ValidationError):
        reception.leave(ticket=ticket)


# --- Property test: call-next in the database picks what the rules say -----------------------

SERVICES = ["welcome", "jobs", "legal"]
LANGUAGES = ["de", "ar", "uk", "ti"]
ticket_spec = st.fixed_dictionaries(
    {
        "service": st.sampled_from(SERVICES),
        "language": st.sampled_from(LANGUAGES),
        "interpreter": st.booleans(),
        "weight": st.sampled_from([0, 0, 5, 10, 30]),
        "arrived": st.integers(min_value=0, max_value=240),
        "max_wait": st.sampled_from([30, 90, 600]),
        "appointment": st.one_of(st.none(), st.integers(min_value=0, max_value=240)),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    specs=st.lists(ticket_spec, max_size=12),
    desk_services=st.sets(st.sampled_from(SERVICES), min_size=1),
    desk_languages=st.sets(st.sampled_from(LANGUAGES), min_size=1),
    elapsed=st.integers(min_value=0, max_value=300),
)
def test_call_next_returns_the_ticket_the_rules_say(
    rc: Reception, specs: list[dict], desk_services: set[str], desk_languages: set[str], elapsed: int
) -> None:
    Ticket.objects.all().delete()
    desk = rc.desks["1"]
    desk.services.set([rc.services[s] for s in desk_services])
    reception.desk_open(desk=desk, by=rc.staff, languages=desk_languages)
    start = NOON
    candidates = []
    for n, spec in enumerate(specs, start=1):
        arrived = start + timedelta(minutes=spec["arrived"])
        appointment = None if spec["appointment"] is None else start + timedelta(minutes=spec["appointment"])
        service = rc.services[spec["service"]]
        ticket = Ticket.objects.create(
            series=rc.series[spec["service"]], number_series=rc.series[spec["service"]], day=start.date(), number=n,
            code=str(n), site=rc.site, service=service, channel=Channel.DESK, language=spec["language"],
            page_language="en", interpreter_arranged=spec["interpreter"], priority_weight=spec["weight"],
            arrived_at=arrived, starved_at=arrived + timedelta(minutes=spec["max_wait"]), appointment_at=appointment,
        )  # fmt: skip
        candidates.append(
            queueing.Candidate(
                ticket.pk,
                service.pk,
                spec["language"],
                spec["interpreter"],
                spec["weight"],
                arrived,
                ticket.starved_at,
                appointment,
            )
        )
    now = start + timedelta(minutes=elapsed)
    expected = queueing.best(
        candidates, services={rc.services[s].pk for s in desk_services}, languages=desk_languages, now=now
    )
    called = reception.call_next(desk=desk, by=rc.staff, now=now)
    assert (called.pk if called else None) == (expected.pk if expected else None)


@settings(max_examples=200, deadline=None)
@given(specs=st.lists(ticket_spec, min_size=1, max_size=15), elapsed=st.integers(min_value=0, max_value=700))
def test_the_rules_never_let_a_starved_ticket_wait_behind_anyone(specs: list[dict], elapsed: int) -> None:
    start = NOON
    candidates = [
        queueing.Candidate(
            n,
            1,
            "de",
            False,
            s["weight"],
            start + timedelta(minutes=s["arrived"]),
            start + timedelta(minutes=s["arrived"] + s["max_wait"]),
        )
        for n, s in enumerate(specs)
    ]
    now = start + timedelta(minutes=elapsed)
    chosen = queueing.best(candidates, services={1}, languages={"de"}, now=now)
    assert chosen is not None
    starved = [c for c in candidates if c.starved_at <= now]
    if starved:
        assert chosen.starved_at <= now
        assert chosen.arrived_at == min(c.arrived_at for c in starved)
    else:
        top = max(c.weight for c in candidates)
        assert chosen.weight == top
        assert chosen.arrived_at == min(c.arrived_at for c in candidates if c.weight == top)
