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
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from django.db.models import Avg, Count, F
from django.db.models.functions import Abs

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


def queue_of(site_id: int, service_id: int) -> list[queueing.Candidate]:
    rows = Ticket.objects.filter(site_id=site_id, service_id=service_id, status=TicketStatus.WAITING).values_list(
        "pk",
        "service_id",
        "language",
        "interpreter_arranged",
        "priority_weight",
        "arrived_at",
        "starved_at",
        "appointment_at",
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


def handling_minutes(ticket: Ticket, now: datetime) -> float:
    """Typical minutes from call to end for this service, from its recent visits."""
    rows = (
        Ticket.objects.filter(
            service_id=ticket.service_id, status=TicketStatus.DONE, called_at__isnull=False,
            ended_at__gte=now - timedelta(days=LEARN_FROM_DAYS),
        )
        .order_by("-ended_at")
        .values_list("called_at", "ended_at")[:RECENT_VISITS]
    )  # fmt: skip
    seen = [(end - start).total_seconds() / 60 for start, end in rows if end and start and end > start]
    configured = float(ticket.series.handling_minutes)
    if not seen:
        return configured
    # Few visits seen: lean on the configured time; many: trust the median of what happened.
    trust = len(seen) / (len(seen) + 5)
    return trust * median(seen) + (1 - trust) * configured


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


def estimate(ticket: Ticket, now: datetime, queue: list[queueing.Candidate] | None = None) -> Estimate:
    place = position(ticket, now, queue)
    sessions = desks_for(ticket)
    per_visit = handling_minutes(ticket, now)
    desks = len(sessions)
    busy = Ticket.objects.filter(
        status=TicketStatus.CALLED, desk_id__in=[s.desk_id for s in sessions], called_at__isnull=False
    ).values_list("called_at", flat=True)
    remaining = 0.0
    for called in busy:
        if called is not None:
            remaining += max(0.0, per_visit - (now - called).total_seconds() / 60)
    ahead = max(place - 1, 0)
    minutes = (ahead * per_visit + remaining) / max(desks, 1)
    return Estimate(position=place, minutes=math.ceil(minutes), desks=desks)


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
