"""The rules that decide who is called next, as plain functions.

A desk may call a waiting ticket when it serves the ticket's service and speaks the ticket's
language (or an interpreter is arranged for the ticket). Among those:

1. anyone who has waited past the series' longest wait (``starved_at``) comes first, longest
   waiting first, whatever the priorities: nobody starves;
2. then the highest priority weight;
3. within a weight, first come first served (arrival time, then ticket id); appointment
   holders who arrived in time count from their appointment time instead.

``services.call_next`` orders the database query by the same key; the property tests check
both against each other.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.expressions import OrderBy
from django.db.models.functions import Coalesce


@dataclass(frozen=True)
class Candidate:
    pk: int
    service_id: int
    language: str
    interpreter_arranged: bool
    weight: int
    arrived_at: datetime
    starved_at: datetime
    appointment_at: datetime | None = None


def fits(candidate: Candidate, *, services: Collection[int], languages: Collection[str]) -> bool:
    return candidate.service_id in services and (candidate.interpreter_arranged or candidate.language in languages)


def order_key(candidate: Candidate, now: datetime) -> tuple[int, int, datetime, int]:
    if candidate.starved_at <= now:
        return (0, 0, candidate.arrived_at, candidate.pk)
    return (1, -candidate.weight, candidate.appointment_at or candidate.arrived_at, candidate.pk)


def best(
    candidates: Iterable[Candidate], *, services: Collection[int], languages: Collection[str], now: datetime
) -> Candidate | None:
    fitting = [c for c in candidates if fits(c, services=services, languages=languages)]
    return min(fitting, key=lambda c: order_key(c, now), default=None)


def db_ordering(now: datetime) -> list[Any]:
    """The ``order_key`` as ORM ordering for ``Ticket`` querysets."""
    starved = Case(When(starved_at__lte=now, then=Value(0)), default=Value(1), output_field=IntegerField())
    weight = Case(When(starved_at__lte=now, then=Value(0)), default=F("priority_weight"), output_field=IntegerField())
    turn = Case(When(starved_at__lte=now, then=F("arrived_at")), default=Coalesce("appointment_at", "arrived_at"))
    return [starved.asc(), OrderBy(weight, descending=True), turn.asc(), F("pk").asc()]
