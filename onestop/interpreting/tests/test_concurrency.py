"""Many accepts for one interpreter at overlapping times, at once, against PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from onestop.accounts.models import Role, User
from onestop.interpreting import services
from onestop.interpreting.models import Assignment, AssignmentBlock, InterpreterRequest, Mode, RequestStatus
from onestop.interpreting.tests.conftest import Pool, local, next_weekday
from onestop.reception.tests.test_concurrency import run_threads

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]


def test_concurrent_accepts_of_overlapping_requests_book_the_interpreter_exactly_once(
    pool: Pool, make_staff: Callable[..., User]
) -> None:
    amal = pool.staff("Amal", ["ar"])
    asker = make_staff(Role.RECEPTION)
    start = local(next_weekday(0), 10)
    # Twelve requests, each overlapping all the others by at least a quarter hour, all offered to Amal.
    offers = []
    for n in range(12):
        request = services.request_interpreter(
            language="ar", mode=Mode.ON_SITE, start=start + timedelta(minutes=5 * n),
            end=start + timedelta(minutes=75 + 5 * n), requested_by=asker,
        )  # fmt: skip
        offers.append(request.offers.get())
    assert {o.interpreter_id for o in offers} == {amal.pk}

    def accept(n: int) -> str:
        try:
            services.accept(offer=offers[n], by=amal.user)
        except ValidationError as error:
            assert "Just taken" in error.messages[0]
            return str(error.code)
        return "booked"

    results = run_threads(len(offers), accept)
    assert sorted(results) == ["booked"] + ["taken"] * 11
    assignment = Assignment.objects.get()
    assert assignment.request.status == RequestStatus.ACCEPTED
    blocks = AssignmentBlock.objects.filter(interpreter=amal)
    assert (
        blocks.count()
        == blocks.values("block_start").distinct().count()
        == len(list(blocks.filter(assignment=assignment)))
    )
    # Nobody else was booked; the losers' offers were withdrawn and their requests are open again.
    assert Assignment.objects.filter(interpreter=amal).count() == 1
    statuses = list(InterpreterRequest.objects.exclude(pk=assignment.request_id).values_list("status", flat=True))
    assert statuses == [RequestStatus.OPEN] * 11


def test_accepting_and_cancelling_at_once_ends_cancelled_with_nothing_booked(
    pool: Pool, make_staff: Callable[..., User]
) -> None:
    amal = pool.staff("Amal", ["ar"])
    asker = make_staff(Role.RECEPTION)
    start = local(next_weekday(0), 10)
    pairs = []
    for n in range(6):
        request = services.request_interpreter(
            language="ar", mode=Mode.ON_SITE, start=start + timedelta(hours=2 * n),
            end=start + timedelta(hours=2 * n + 1), requested_by=asker,
        )  # fmt: skip
        pairs.append((request, request.offers.get()))

    def work(n: int) -> str:
        request, offer = pairs[n // 2]
        try:
            if n % 2:
                services.cancel_request(request, asker)
            else:
                services.accept(offer=offer, by=amal.user)
        except ValidationError as error:
            return str(error.code)
        return "ok"

    results = run_threads(2 * len(pairs), work)
    assert set(results) <= {"ok", "state"}  # never a deadlock or a half-done change
    assert set(InterpreterRequest.objects.values_list("status", flat=True)) == {RequestStatus.CANCELLED}
    assert not AssignmentBlock.objects.exists()
