"""Many check-ins and many desks at once, against PostgreSQL's row locks."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from onestop.reception import services as reception
from onestop.reception.models import Ticket, TicketEvent, TicketStatus
from onestop.reception.tests.conftest import Reception

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]


def run_threads(count: int, work: Callable[[int], Any]) -> list[Any]:
    barrier = threading.Barrier(count)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            barrier.wait()
            results.append(work(n))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return results


def test_concurrent_check_ins_get_unique_numbers(make_reception: Callable[..., Reception]) -> None:
    rc = make_reception()

    def check_in(n: int) -> list[str]:
        return [rc.ticket("welcome" if i % 2 else "jobs", language="de").code for i in range(10)]

    codes = [code for batch in run_threads(12, check_in) for code in batch]
    assert len(codes) == 120 == len(set(codes)) == Ticket.objects.count()
    numbers = sorted(Ticket.objects.filter(service=rc.services["welcome"]).values_list("number", flat=True))
    assert numbers == list(range(1, 61))  # none skipped


def test_concurrent_call_next_calls_each_ticket_once_and_skips_none(make_reception: Callable[..., Reception]) -> None:
    rc = make_reception()
    for i in range(60):
        rc.ticket("welcome" if i % 3 else "jobs", language="de")
    desks = [rc.open(label, "de") for label in ("1", "2", "3")]

    def desk_loop(n: int) -> list[int]:
        desk = desks[n % 3]
        called = []
        while True:
            ticket = reception.call_next(desk=desk, by=rc.staff)
            if ticket is None:
                return called
            called.append(ticket.pk)
            reception.finish(desk=desk, ticket=ticket, by=rc.staff)

    calls = [pk for batch in run_threads(9, desk_loop) for pk in batch]
    assert len(calls) == 60 == len(set(calls))
    assert Ticket.objects.filter(status=TicketStatus.DONE).count() == 60
    called_events = Counter(TicketEvent.objects.filter(kind="called").values_list("ticket_id", flat=True))
    assert set(called_events.values()) == {1}


def test_check_ins_and_calls_at_the_same_time_lose_nothing(make_reception: Callable[..., Reception]) -> None:
    rc = make_reception()
    desks = [rc.open(label, "de", "ar") for label in ("1", "2")]

    def work(n: int) -> list[int]:
        if n < 4:
            made = [rc.ticket(language="ar" if i % 2 else "de").pk for i in range(15)]
            return made
        called = []
        idle = 0
        while idle < 50:
            ticket = reception.call_next(desk=desks[n % 2], by=rc.staff)
            if ticket is None:
                idle += 1
                continue
            idle = 0
            called.append(-ticket.pk)
            reception.finish(desk=desks[n % 2], ticket=ticket, by=rc.staff)
        return called

    results = run_threads(8, work)
    made = {pk for batch in results for pk in batch if pk > 0}
    called = [-pk for batch in results for pk in batch if pk < 0]
    assert len(made) == 60 == Ticket.objects.count()
    assert len(called) == len(set(called))
    # Whatever the desks did not reach is still waiting: nothing lost.
    waiting = set(Ticket.objects.filter(status=TicketStatus.WAITING).values_list("pk", flat=True))
    assert waiting | set(called) == made and not waiting & set(called)
