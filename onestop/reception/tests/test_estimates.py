"""Wait estimates: the site overview (read at once for a display screen) tells a newcomer the
same wait as the estimate of a single ticket."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onestop.reception import estimates, selectors
from onestop.reception import services as reception
from onestop.reception.models import Channel, PriorityReason, Ticket, TicketStatus
from onestop.reception.tests.conftest import Reception

pytestmark = pytest.mark.django_db


def _visits(rc: Reception, service: str, minutes: list[int]) -> None:
    """Finished visits that took these many minutes, ended in the last hours."""
    now = timezone.now()
    desk = rc.open("1", "de", "ar")
    for n, length in enumerate(minutes):
        ticket = rc.ticket(service, at=now - timedelta(hours=3))
        reception.call_ticket(desk=desk, ticket=ticket, by=rc.staff)
        reception.finish(desk=desk, ticket=ticket, by=rc.staff)
        ended = now - timedelta(minutes=10 * n)
        Ticket.objects.filter(pk=ticket.pk).update(called_at=ended - timedelta(minutes=length), ended_at=ended)


def test_the_overview_estimates_what_a_single_estimate_says(rc: Reception) -> None:
    _visits(rc, "welcome", [4, 6, 8, 30])
    _visits(rc, "jobs", [20])
    now = timezone.now()
    for n in range(5):
        rc.ticket("welcome", language=["de", "ar", "ti"][n % 3], at=now - timedelta(minutes=40 - n))
    rc.ticket("welcome", priority_reason=PriorityReason.ELDERLY, at=now - timedelta(minutes=2))
    rc.ticket("jobs", language="uk", at=now - timedelta(minutes=200))  # past the longest wait
    rc.ticket("legal", language="ar")
    rc.open("2", "de")
    rc.open("3", "uk")
    reception.call_next(desk=rc.desks["2"], by=rc.staff)  # a visit in progress at desk 2
    reception.desk_close(desk=rc.desks["1"], by=rc.staff)
    overview = selectors.site_overview(rc.site, now)
    seen = {row.series.prefix: row.estimate_minutes for row in overview}
    expected = {
        row.series.prefix: selectors.newcomer_estimate(row.series, now, waiting=row.waiting) for row in overview
    }
    assert seen == expected
    assert seen["W"] > 0 and seen["J"] > 0
    assert {row.series.prefix: row.waiting for row in overview} == {"W": 5, "J": 1, "L": 1}


ticket_spec = st.fixed_dictionaries(
    {
        "service": st.sampled_from(["welcome", "jobs"]),
        "weight": st.sampled_from([0, 0, 5, 10, 30]),
        "arrived": st.integers(min_value=0, max_value=120),  # same minutes happen: ties by id
        "max_wait": st.sampled_from([30, 90]),
        "status": st.sampled_from([TicketStatus.WAITING] * 4 + [TicketStatus.CALLED]),
        "appointment": st.one_of(st.none(), st.integers(min_value=0, max_value=120)),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(ticket_spec, max_size=10), elapsed=st.integers(min_value=0, max_value=200))
def test_the_database_counts_the_same_place_as_the_rules(rc: Reception, specs: list[dict], elapsed: int) -> None:
    Ticket.objects.all().delete()
    start = timezone.now().replace(microsecond=0) - timedelta(hours=5)
    tickets = []
    for n, spec in enumerate(specs, start=1):
        arrived = start + timedelta(minutes=spec["arrived"])
        series = rc.series[spec["service"]]
        ticket = Ticket.objects.create(
            series=series, number_series=series, day=start.date(), number=n, code=str(n), site=rc.site,
            service=series.service, channel=Channel.DESK, language="de", page_language="en",
            priority_weight=spec["weight"], arrived_at=arrived, status=spec["status"],
            starved_at=arrived + timedelta(minutes=spec["max_wait"]),
            appointment_at=None if spec["appointment"] is None else start + timedelta(minutes=spec["appointment"]),
        )  # fmt: skip
        tickets.append(ticket)
    now = start + timedelta(minutes=elapsed)
    for ticket in tickets:
        assert estimates.position_in_db(ticket, now) == estimates.position(ticket, now)
