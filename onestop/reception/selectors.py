"""Reads of the reception: queues per desk and site, the display feed, the coordinator's view."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Min, Q, QuerySet
from django.utils.translation import gettext as _

from onestop.core.languages import language_name
from onestop.directory.models import Site
from onestop.reception import estimates
from onestop.reception.models import (
    OPEN_STATUSES,
    Desk,
    DeskSession,
    Notice,
    PriorityReason,
    Ticket,
    TicketSeries,
    TicketStatus,
)


def open_sessions(site: Site) -> list[DeskSession]:
    return list(
        DeskSession.objects.filter(closed_at__isnull=True, desk__site=site, desk__is_active=True)
        .select_related("desk", "user")
        .prefetch_related("desk__services")
    )


def why(ticket: Ticket, now: datetime) -> str:
    """Why a ticket stands where it stands, for the staff."""
    if ticket.starved_at <= now:
        minutes = int((now - ticket.arrived_at).total_seconds() // 60)
        return _("Waiting %(minutes)s minutes, longer than the longest wait: called before any priority.") % {
            "minutes": minutes
        }
    if ticket.priority_reason:
        return _("Priority: %(reason)s (weight %(weight)s), then arrival time.") % {
            "reason": PriorityReason(ticket.priority_reason).label,
            "weight": ticket.priority_weight,
        }
    return _("No priority: in order of arrival.")


@dataclass(frozen=True)
class QueueLine:
    ticket: Ticket
    why: str
    waited_minutes: int


def desk_queue(desk: Desk, session: DeskSession | None, now: datetime, limit: int = 50) -> list[QueueLine]:
    """The tickets this desk may call, best first, each with the reason for its place."""
    if session is None:
        return []
    from onestop.reception.services import waiting_for_desk

    tickets = waiting_for_desk(desk, session.languages, now=now).select_related("service")[:limit]
    return [QueueLine(t, why(t, now), int((now - t.arrived_at).total_seconds() // 60)) for t in tickets]


def parked_at(desk: Desk) -> QuerySet[Ticket]:
    return Ticket.objects.filter(
        site_id=desk.site_id, status=TicketStatus.PARKED, service__in=desk.services.all()
    ).select_related("service")


def current_ticket(desk: Desk) -> Ticket | None:
    return Ticket.objects.filter(desk=desk, status=TicketStatus.CALLED).select_related("service").first()


def longest_waits(site: Site, now: datetime, limit: int = 5) -> list[QueueLine]:
    rows = Ticket.objects.filter(site=site, status=TicketStatus.WAITING).select_related("service")
    return [
        QueueLine(t, why(t, now), int((now - t.arrived_at).total_seconds() // 60))
        for t in rows.order_by("arrived_at", "pk")[:limit]
    ]


@dataclass(frozen=True)
class InterpreterNeed:
    language: str
    name: str
    waiting: int
    first_ticket: int  # the one waiting longest, for "ask for an interpreter"


def interpreter_needs(site: Site, sessions: list[DeskSession] | None = None) -> list[InterpreterNeed]:
    """Languages of waiting tickets that no open desk serving their service speaks."""
    sessions = open_sessions(site) if sessions is None else sessions
    spoken: dict[int, set[str]] = defaultdict(set)
    for session in sessions:
        for service in session.desk.services.all():
            spoken[service.pk].update(session.languages)
    rows = (
        Ticket.objects.filter(site=site, status=TicketStatus.WAITING, interpreter_arranged=False)
        .order_by("arrived_at", "pk")
        .values_list("pk", "service_id", "language")
    )
    missing: Counter[str] = Counter()
    first: dict[str, int] = {}
    for pk, service_id, language in rows:
        if language not in spoken[service_id]:
            missing[language] += 1
            first.setdefault(language, pk)
    return [InterpreterNeed(code, language_name(code), n, first[code]) for code, n in missing.most_common()]


@dataclass
class SeriesOverview:
    series: TicketSeries
    waiting: int = 0
    longest_wait_minutes: int = 0
    estimate_minutes: int | None = None
    languages: list[tuple[str, int]] = field(default_factory=list)


def site_overview(site: Site, now: datetime) -> list[SeriesOverview]:
    """Per service at the site: people waiting, by language, the longest wait, and the wait a
    newcomer would be told. A fixed number of queries however many services, desks and people:
    display screens poll it every few seconds."""
    series_list = list(
        TicketSeries.objects.filter(site=site, is_active=True)
        .select_related("service", "site")
        .prefetch_related("service__texts")
    )
    waiting = Ticket.objects.filter(site=site, status=TicketStatus.WAITING)
    # Counted in the database, not read row by row: a newcomer (no priority, arriving now) stands
    # behind everyone already starved, with a priority, or arrived earlier (queueing.order_key).
    ahead = Q(starved_at__lte=now) | Q(priority_weight__gt=0) | Q(arrived_at__lt=now)
    counts = {
        row["service_id"]: row
        for row in waiting.order_by()
        .values("service_id")
        .annotate(n=Count("pk"), first=Min("arrived_at"), ahead=Count("pk", filter=ahead))
    }
    by_language: dict[int, list[tuple[str, int]]] = defaultdict(list)
    rows = waiting.order_by().values_list("service_id", "language").annotate(n=Count("pk"))
    for service_id, language, n in sorted(rows, key=lambda row: (-row[2], row[1])):
        by_language[service_id].append((language, n))
    # Open desks and the services each serves (a newcomer's probe has an interpreter arranged,
    # so every open desk serving the service counts, as in estimates.desks_for).
    desks_serving: dict[int, set[int]] = defaultdict(set)
    sessions = DeskSession.objects.filter(closed_at__isnull=True, desk__site=site, desk__is_active=True)
    for desk_id, service_id in sessions.values_list("desk_id", "desk__services"):
        if service_id is not None:
            desks_serving[service_id].add(desk_id)
    busy: dict[int, list[datetime]] = defaultdict(list)
    in_progress = Ticket.objects.filter(
        status=TicketStatus.CALLED, desk_id__in={d for ds in desks_serving.values() for d in ds},
        called_at__isnull=False,
    ).values_list("desk_id", "called_at")  # fmt: skip
    for desk_id, called_at in in_progress:
        if desk_id is not None and called_at is not None:
            busy[desk_id].append(called_at)
    per_visit = estimates.handling_minutes_by_service({s.service_id: s.handling_minutes for s in series_list}, now)
    result = []
    for series in series_list:
        row = counts.get(series.service_id)
        overview = SeriesOverview(series=series)
        if row:
            overview.waiting = row["n"]
            overview.longest_wait_minutes = int((now - row["first"]).total_seconds() // 60)
            overview.languages = by_language[series.service_id]
        desks = desks_serving.get(series.service_id, set())
        overview.estimate_minutes = estimates.wait_minutes(
            place=(row["ahead"] if row else 0) + 1,
            per_visit=per_visit[series.service_id],
            desks=len(desks),
            busy_since=[called for d in desks for called in busy.get(d, [])],
            now=now,
        )
        result.append(overview)
    return result


def _probe(series: TicketSeries, now: datetime) -> Ticket:
    """A ticket taken now without priority, with an interpreter: where a newcomer would stand."""
    probe = Ticket(
        series=series, site_id=series.site_id, service_id=series.service_id, language="", pk=0,
        interpreter_arranged=True, priority_weight=0, arrived_at=now, starved_at=now + timedelta(days=1),
    )  # fmt: skip
    probe.series = series
    return probe


def newcomer_estimate(series: TicketSeries, now: datetime, *, waiting: int) -> int:
    """Minutes a person taking a ticket now (no priority) would probably wait."""
    probe = _probe(series, now)
    queue = estimates.queue_of(series.site_id, series.service_id)
    queue.append(estimates.candidate(probe))
    return estimates.estimate(probe, now, queue).minutes


@dataclass(frozen=True)
class Call:
    code: str
    desk: str
    pictogram: str
    called_at: datetime


def latest_calls(site: Site, *, since: datetime, limit: int = 6) -> list[Call]:
    rows = (
        Ticket.objects.filter(site=site, status=TicketStatus.CALLED, called_at__gte=since)
        .select_related("desk", "series")
        .order_by("-called_at")[:limit]
    )
    return [Call(t.code, t.desk.label if t.desk else "", t.series.pictogram, t.called_at) for t in rows if t.called_at]


def waiting_languages(site: Site) -> list[str]:
    """Languages of the people waiting now, most common first (the display rotates through them)."""
    rows = Ticket.objects.filter(site=site, status__in=OPEN_STATUSES).values_list("page_language", flat=True)
    return [code for code, _n in Counter(rows).most_common()]


def notices(site: Site, now: datetime, language: str) -> list[str]:
    rows = Notice.objects.filter(site=site).exclude(shown_until__lt=now)
    return [n.text for n in rows if n.language in ("", language)]


def ticket_place(ticket: Ticket, now: datetime) -> estimates.Estimate | None:
    if ticket.status != TicketStatus.WAITING:
        return None
    return estimates.estimate(ticket, now)
