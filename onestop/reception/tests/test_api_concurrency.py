"""The reception API under real concurrency (PostgreSQL): a check-in sent several times at once
with one idempotency key gives one ticket; many desks calling through the API never share one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from conftest import Api
from onestop.accounts.models import Role
from onestop.reception.models import Ticket, TicketStatus
from onestop.reception.tests.conftest import Reception
from onestop.reception.tests.test_concurrency import run_threads

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]


def _post(staff: Api, path: str, body: Any, **headers: str) -> Any:
    client = Client()  # one per thread
    return client.post(
        f"/api/v1/{path}", json.dumps(body), content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {staff.raw}", **headers,
    )  # fmt: skip


def test_a_check_in_sent_at_once_from_several_threads_with_one_key_gives_one_ticket(
    make_reception: Callable[..., Reception], api: Callable[..., Api]
) -> None:
    rc = make_reception()
    staff = api(Role.RECEPTION, rc.org)
    body = {"service": rc.services["welcome"].pk, "site": rc.site.slug, "language": "ar"}
    responses = run_threads(6, lambda n: _post(staff, "tickets/", body, HTTP_IDEMPOTENCY_KEY="tablet-7"))
    created = [r for r in responses if r.status_code == 201]
    # The first gets the ticket; a retry arriving while it runs is told to try again (409), one
    # arriving after gets the same answer again.
    assert created and {r.status_code for r in responses} <= {201, 409}
    assert Ticket.objects.count() == 1
    assert {r.json()["id"] for r in created} == {Ticket.objects.get().pk}


def test_desks_calling_through_the_api_at_once_never_share_a_ticket(
    make_reception: Callable[..., Reception], api: Callable[..., Api]
) -> None:
    rc = make_reception()
    staff = api(Role.RECEPTION, rc.org)
    for i in range(24):
        rc.ticket("welcome" if i % 2 else "jobs", language="de")
    desks = [rc.open(label, "de") for label in ("1", "2", "3")]

    def desk_loop(n: int) -> list[int]:
        desk = desks[n % 3]
        called = []
        while True:
            response = _post(staff, f"desks/{desk.pk}/call-next/", {})
            if response.status_code == 204:
                return called
            assert response.status_code == 200, response.content
            called.append(response.json()["id"])

    calls = [pk for batch in run_threads(6, desk_loop) for pk in batch]
    served = {rc.services[s].pk for s in ("welcome", "jobs")}
    assert len(calls) == len(set(calls))
    # Every ticket a desk serves was called once; nothing left waiting that some desk could call.
    assert not Ticket.objects.filter(status=TicketStatus.WAITING, service__in=served).exists()
    assert Ticket.objects.filter(status=TicketStatus.CALLED).count() == len(calls) == 24
