"""The demo city's welcome desk: ticket series, open desks and a morning of tickets.

The morning is simulated up to *now* whenever ``seed_demo`` runs on a business day that has no
tickets yet: people arrive (more at opening time), the open desks call the best ticket they may
call through the real services, visits take plausible minutes, so the display is alive, the
queue has people of several languages (Tigrinya, which no open desk speaks, is flagged for an
interpreter) and the estimates learn from finished visits. Running it again the same day changes
nothing; on a later day yesterday's open tickets are closed and a new morning begins.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import timezone

from onestop.accounts.models import User
from onestop.directory.models import Service, Site
from onestop.reception import services
from onestop.reception.models import (
    OPEN_STATUSES,
    Channel,
    Desk,
    DeskSession,
    EventKind,
    Outcome,
    Pictogram,
    Ticket,
    TicketEvent,
    TicketSeries,
    TicketStatus,
)

# service slug -> letter, pictogram, usual minutes per person, (shortest, longest) visit
SERIES: dict[str, tuple[str, Pictogram, int, tuple[int, int]]] = {
    "welcome": ("W", Pictogram.INFO, 8, (5, 14)),
    "integration": ("I", Pictogram.BOOK, 15, (10, 22)),
    "registration": ("R", Pictogram.HOUSE, 12, (8, 18)),
    "certificates": ("C", Pictogram.DOCUMENT, 8, (5, 12)),
    "job-search": ("J", Pictogram.WORK, 20, (10, 22)),
    "recognition": ("A", Pictogram.DOCUMENT, 20, (12, 24)),
    "legal-advice": ("L", Pictogram.LAW, 25, (15, 30)),
}
# desk label -> demo user who opens it, languages spoken today
OPEN_DESKS = {
    "W": ("reception", ["de", "en"]),
    "O": ("mediator-ar", ["ar", "fr"]),
    "I": ("mediator", ["uk", "ru"]),
    "L": ("lawclinic", ["fa"]),
    "R": ("registration", ["de"]),
}
# service slug -> languages of the people who come for it (repeated = more often)
LANGUAGES = {
    "welcome": ["de", "ar", "ar", "en", "fr", "de", "ar", "ti"],
    "integration": ["ar", "uk", "fr", "ru", "ar"],
    "registration": ["de", "de", "de"],
    "certificates": ["de"],
    "job-search": ["uk", "ru", "uk"],
    "recognition": ["uk", "ru"],
    "legal-advice": ["fa", "fa", "ti"],
}
# Whatever the dice say: two people who speak Tigrinya, which no desk speaks today (flagged to
# the coordinator), and one who came with an interpreter (any desk may call them).
WITH_INTERPRETER = 12
SPECIAL = {30: ("welcome", "ti"), 44: ("legal-advice", "ti"), WITH_INTERPRETER: ("welcome", "tr")}
PRIORITIES = ["pregnancy", "elderly", "small_children", "disability", "appointment"]
TICKETS = 54
MORNING = timedelta(minutes=150)


@dataclass
class _Desk:
    desk: Desk
    user: User
    services: set[int]
    languages: set[str]
    free_at: datetime
    current: Ticket | None = None
    idle: bool = False

    def fits(self, ticket: Ticket) -> bool:
        return ticket.service_id in self.services and (ticket.interpreter_arranged or ticket.language in self.languages)


def seed_series(site: Site, by_slug: dict[str, Service]) -> dict[str, TicketSeries]:
    series = {}
    for slug, (prefix, pictogram, minutes, _visit) in SERIES.items():
        series[slug], _ = TicketSeries.objects.update_or_create(
            site=site,
            service=by_slug[slug],
            defaults={"prefix": prefix, "pictogram": pictogram, "handling_minutes": minutes, "daily_quota": 120},
        )
    return series


def open_desks(site: Site, start: datetime) -> list[_Desk]:
    """Open the demo desks (those already open since the morning stay as they are)."""
    desks = []
    for label, (username, languages) in OPEN_DESKS.items():
        desk = Desk.objects.get(site=site, label=label)
        user = User.objects.get(username=username)
        session = DeskSession.objects.filter(desk=desk, closed_at__isnull=True).first()
        if session is None or timezone.localdate(session.opened_at) != timezone.localdate(start + MORNING):
            session = services.desk_open(desk=desk, by=user, languages=languages)
            DeskSession.objects.filter(pk=session.pk).update(opened_at=start)
        served = set(desk.services.values_list("pk", flat=True))
        desks.append(_Desk(desk, user, served, set(session.languages), start))
    return desks


def _arrivals(rng: random.Random, start: datetime, now: datetime) -> list[datetime]:
    """A rush at opening time, then a steady trickle."""
    span = (now - start).total_seconds()
    offsets = sorted(min(rng.betavariate(1.8, 1.0), 0.995) * span for _ in range(TICKETS))
    return [start + timedelta(seconds=offset) for offset in offsets]


def _end(ticket: Ticket, desk: _Desk, at: datetime, rng: random.Random) -> None:
    if rng.random() < 0.05:
        services.no_show(desk=desk.desk, ticket=ticket, by=desk.user)
    else:
        outcome = rng.choice([Outcome.SERVED] * 6 + [Outcome.REFERRED, Outcome.APPOINTMENT])
        services.finish(desk=desk.desk, ticket=ticket, by=desk.user, outcome=outcome)
    # The services stamp the real time; the simulated visit ended earlier this morning.
    Ticket.objects.filter(pk=ticket.pk).update(ended_at=at)
    TicketEvent.objects.filter(ticket=ticket, kind__in=[EventKind.FINISHED, EventKind.NO_SHOW]).update(at=at)


def _check_in(data: services.CheckIn, at: datetime) -> Ticket:
    try:
        return services.check_in(data, at=at)
    except ValidationError as error:
        if error.code not in ("closed", "remote"):
            raise
    # Seeded outside the opening hours: the kiosk and phones give no tickets, the desk does.
    return services.check_in(replace(data, channel=Channel.DESK), at=at)


def simulate_morning(
    site: Site, series: dict[str, TicketSeries], desks: list[_Desk], *, now: datetime, seed: int = 4
) -> int:
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    start = now - MORNING
    slugs = list(SERIES)
    weights = [16, 5, 5, 2, 4, 2, 4]
    people = []
    for n, arrived in enumerate(_arrivals(rng, start, now)):
        slug = rng.choices(slugs, weights)[0]
        language = rng.choice(LANGUAGES[slug])
        priority = rng.choice(PRIORITIES) if rng.random() < 0.12 else ""
        if n in SPECIAL:
            slug, language = SPECIAL[n]
        data = services.CheckIn(
            service=series[slug].service, site=site, language=language,
            channel=rng.choice([Channel.KIOSK, Channel.KIOSK, Channel.REMOTE, Channel.DESK]),
            priority_reason=priority, interpreter_arranged=(n == WITH_INTERPRETER),
        )  # fmt: skip
        people.append((arrived, data))
    visit = {series[slug].service_id: minutes for slug, (_p, _i, _h, minutes) in SERIES.items()}
    arrived_so_far = 0
    moment = start
    while moment < now:
        newcomers = []
        while arrived_so_far < len(people) and people[arrived_so_far][0] <= moment:
            newcomers.append(_check_in(people[arrived_so_far][1], people[arrived_so_far][0]))
            arrived_so_far += 1
        for desk in desks:
            # An idle desk looks again only when someone it may call has come.
            if desk.idle and not any(desk.fits(ticket) for ticket in newcomers):
                continue
            if not desk.idle and desk.free_at > moment:
                continue
            if desk.current is not None:
                _end(desk.current, desk, desk.free_at, rng)
                desk.current = None
            called = services.call_next(desk=desk.desk, by=desk.user, now=moment)
            desk.idle = called is None
            if called is not None:
                desk.current = called
                desk.free_at = moment + timedelta(minutes=rng.uniform(*visit[called.service_id]))
        next_arrival = people[arrived_so_far][0] if arrived_so_far < len(people) else now
        busy_until = [desk.free_at for desk in desks if not desk.idle]
        moment = max(moment + timedelta(seconds=30), min([next_arrival, *busy_until]))
    return arrived_so_far


def seed_reception(site: Site, by_slug: dict[str, Service]) -> None:
    now = timezone.now()
    series = seed_series(site, by_slug)
    today = services.business_day(series["welcome"], now)
    # A later day: whoever still waited from an earlier morning has gone home.
    Ticket.objects.filter(site=site, day__lt=today, status__in=OPEN_STATUSES).update(
        status=TicketStatus.LEFT, ended_at=F("arrived_at") + timedelta(hours=4)
    )
    desks = open_desks(site, now - MORNING)
    if Ticket.objects.filter(site=site, day=today).exists():
        return
    simulate_morning(site, series, desks, now=now)
