"""Positions and wait estimates, and how good the estimates were.

ZMS estimates ``position × (average handling time ÷ open workstations)``. Onestop counts only the
desks that can really call the ticket (open, serving its service, speaking its language or with
an interpreter arranged), learns the handling time from the service's recent visits (falling
back to the series' configured time until enough are seen), and adds what is left of the visits
in progress at those desks. Every estimate shown is stored with the wait that really followed,
so the mean absolute error can be reported (``estimate_accuracy``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from django.db.models import Avg, Count, F, Q, QuerySet, Window
from django.db.models.functions import Abs, Coalesce, RowNumber

from onestop.reception import queueing
from onestop.reception.models import DeskSession, Ticket, TicketStatus, WaitEstimate

RECENT_VISITS = 30
LEARN_FROM_DAYS = 14
# Estimates shown on a status page are stored at most this often per ticket.
RECORD_EVERY = timedelta(minutes=5)


def candidate(ticket: Ticket) -> queueing.Candidate:
    return queueing.Candidate(
        pk=ticket.pk, service_id=ticket.service_id, language=ticket.language,
        interpreter_arranged=ticket.interpreter_arranged, weight=ticket.priority_weight,
        arrived_at=ticket.arrived_at, starved_at=ticket.starved_at, appointment_at=ticket.appointment_at,
    )  # fmt: skip


# Ticket fields in the order of queueing.Candidate's.
CANDIDATE_FIELDS = (
    "pk", "service_id", "language", "interpreter_arranged", "priority_weight", "arrived_at", "starved_at",
    "appointment_at",
)  # fmt: skip


def queue_of(site_id: int, service_id: int) -> list[queueing.Candidate]:
    rows = Ticket.objects.filter(site_id=site_id, service_id=service_id, status=TicketStatus.WAITING).values_list(
        *CANDIDATE_FIELDS
    )
    return [queueing.Candidate(*row) for row in rows]


def ordered(candidates: list[queueing.Candidate], now: datetime) -> list[queueing.Candidate]:
    return sorted(candidates, key=lambda c: queueing.order_key(c, now))


def position(ticket: Ticket, now: datetime, queue: list[queueing.Candidate] | None = None) -> int:
    """1 for the person called next in this service's queue."""
    line = ordered(queue if queue is not None else queue_of(ticket.site_id, ticket.service_id), now)
    for index, item in enumerate(line, start=1):
        if item.pk == ticket.pk:
            return index
    return 0


def _recent_visits(service_ids: Iterable[int], now: datetime) -> QuerySet[Ticket]:
    return Ticket.objects.filter(
        service_id__in=list(service_ids), status=TicketStatus.DONE, called_at__isnull=False,
        ended_at__gte=now - timedelta(days=LEARN_FROM_DAYS),
    )  # fmt: skip


def _minutes(rows: Iterable[tuple[datetime | None, datetime | None]]) -> list[float]:
    return [(end - start).total_seconds() / 60 for start, end in rows if end and start and end > start]


def _blend(seen: list[float], configured: float) -> float:
    if not seen:
        return configured
    # Few visits seen: lean on the configured time; many: trust the median of what happened.
    trust = len(seen) / (len(seen) + 5)
    return trust * median(seen) + (1 - trust) * configured


def _ahead_of(ticket: Ticket, now: datetime) -> Q:
    """The waiting tickets ``queueing.order_key`` puts before this one, as a condition on a
    queryset annotated with ``turn`` (the appointment time, else the arrival time)."""
    starved = Q(starved_at__lte=now)
    if ticket.starved_at <= now:
        earlier = Q(arrived_at__lt=ticket.arrived_at) | Q(arrived_at=ticket.arrived_at, pk__lt=ticket.pk)
        return starved & earlier
    weight = ticket.priority_weight
    turn = ticket.appointment_at or ticket.arrived_at
    earlier_turn = Q(turn__lt=turn) | Q(turn=turn, pk__lt=ticket.pk)
    return starved | Q(priority_weight__gt=weight) | (Q(priority_weight=weight) & earlier_turn)


def position_in_db(ticket: Ticket, now: datetime) -> int:
    """``position``, counted by the database instead of reading the whole queue (a check-in and
    a status page need one place, not the order of everyone)."""
    if ticket.status != TicketStatus.WAITING:
        return 0
    queue = Ticket.objects.filter(
        site_id=ticket.site_id, service_id=ticket.service_id, status=TicketStatus.WAITING
    ).annotate(turn=Coalesce("appointment_at", "arrived_at"))
    return queue.exclude(pk=ticket.pk).filter(_ahead_of(ticket, now)).count() + 1


def handling_minutes(ticket: Ticket, now: datetime) -> float:
    """Typical minutes from call to end for this service, from its recent visits."""
    rows = _recent_visits([ticket.service_id], now).order_by("-ended_at").values_list("called_at", "ended_at")
    return _blend(_minutes(rows[:RECENT_VISITS]), float(ticket.series.handling_minutes))


def handling_minutes_by_service(configured: dict[int, int], now: datetime) -> dict[int, float]:
    """``handling_minutes`` of several services (id -> configured minutes) in one query."""
    rank = Window(RowNumber(), partition_by=[F("service_id")], order_by=[F("ended_at").desc(), F("pk").desc()])
    rows = (
        _recent_visits(configured, now)
        .annotate(rank=rank)
        .filter(rank__lte=RECENT_VISITS)
        .values_list("service_id", "called_at", "ended_at")
    )
    seen: dict[int, list[tuple[datetime | None, datetime | None]]] = defaultdict(list)
    for service_id, called_at, ended_at in rows:
        seen[service_id].append((called_at, ended_at))
    return {pk: _blend(_minutes(seen[pk]), float(minutes)) for pk, minutes in configured.items()}


@dataclass(frozen=True)
class Estimate:
    position: int
    minutes: int
    desks: int  # open desks that can call this ticket


def desks_for(ticket: Ticket) -> list[DeskSession]:
    sessions = DeskSession.objects.filter(
        closed_at__isnull=True, desk__site_id=ticket.site_id, desk__is_active=True, desk__services=ticket.service_id
    ).select_related("desk")
    return [s for s in sessions if ticket.interpreter_arranged or ticket.language in s.languages]


def wait_minutes(*, place: int, per_visit: float, desks: int, busy_since: Iterable[datetime], now: datetime) -> int:
    """People ahead times the visit length, plus what is left of the visits in progress, shared
    by the desks that can call the ticket."""
    remaining = sum(max(0.0, per_visit - (now - called).total_seconds() / 60) for called in busy_since)
    ahead = max(place - 1, 0)
    return math.ceil((ahead * per_visit + remaining) / max(desks, 1))


def estimate(ticket: Ticket, now: datetime, queue: list[queueing.Candidate] | None = None) -> Estimate:
    place = position(ticket, now, queue) if queue is not None else position_in_db(ticket, now)
    sessions = desks_for(ticket)
    per_visit = handling_minutes(ticket, now)
    busy = Ticket.objects.filter(
        status=TicketStatus.CALLED, desk_id__in=[s.desk_id for s in sessions], called_at__isnull=False
    ).values_list("called_at", flat=True)
    minutes = wait_minutes(
        place=place, per_visit=per_visit, desks=len(sessions), busy_since=[c for c in busy if c], now=now
    )
    return Estimate(position=place, minutes=minutes, desks=len(sessions))


def record_estimate(ticket: Ticket, *, at: datetime, given: Estimate | None = None) -> Estimate:
    """Store the estimate shown to the person (at most every few minutes per ticket)."""
    result = given or estimate(ticket, at)
    last = WaitEstimate.objects.filter(ticket=ticket).order_by("-made_at").values_list("made_at", flat=True).first()
    if last is None or at - last >= RECORD_EVERY:
        WaitEstimate.objects.create(ticket=ticket, made_at=at, position=result.position, minutes=result.minutes)
    return result


def settle_estimates(ticket: Ticket, *, called_at: datetime) -> None:
    """When a ticket is first called, note the real wait after each estimate it was given."""
    for row in WaitEstimate.objects.filter(ticket=ticket, actual_minutes__isnull=True):
        row.actual_minutes = max(0, round((called_at - row.made_at).total_seconds() / 60))
        row.save(update_fields=["actual_minutes"])


@dataclass(frozen=True)
class Accuracy:
    count: int
    mean_absolute_error: float | None


def estimate_accuracy(*, site_id: int | None = None, since: datetime | None = None) -> Accuracy:
    rows = WaitEstimate.objects.filter(actual_minutes__isnull=False)
    if site_id is not None:
        rows = rows.filter(ticket__site_id=site_id)
    if since is not None:
        rows = rows.filter(made_at__gte=since)
    result = rows.aggregate(n=Count("pk"), mae=Avg(Abs(F("minutes") - F("actual_minutes"))))
    mae = result["mae"]
    return Accuracy(count=result["n"], mean_absolute_error=round(float(mae), 1) if mae is not None else None)
