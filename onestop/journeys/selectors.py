"""Reads for the stamp card and the staff pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, QuerySet

from onestop.directory.models import Service, Site
from onestop.directory.selectors import LocalText, Opening, local_text, service_opening, with_public_details
from onestop.journeys.models import COMPLETE, NEGATIVE, Journey, JourneyStep, Stamp


def journey_steps(journey: Journey) -> QuerySet[JourneyStep]:
    return (
        journey.steps.select_related("service__organisation")
        .prefetch_related(
            "prerequisites",
            "service__texts",
            Prefetch("stamps", queryset=Stamp.objects.select_related("organisation").order_by("recorded_at", "pk")),
        )
        .order_by("position")
    )


def next_step(steps: list[JourneyStep]) -> JourneyStep | None:
    """The first step the person can go to now, its prerequisites done: a required one not yet
    behind them; else a required one that was refused (to try again, as its stamp says); else an
    optional one."""
    possible = [
        s for s in steps if s.status not in COMPLETE and all(p.status in COMPLETE for p in s.prerequisites.all())
    ]
    ready = [s for s in possible if s.required and s.status not in NEGATIVE]
    again = [s for s in possible if s.required and s.status in NEGATIVE]
    optional = [s for s in possible if not s.required and s.status not in NEGATIVE]
    candidates = ready or again or optional
    return candidates[0] if candidates else None


@dataclass
class Place:
    site: Site | None
    opening: Opening


@dataclass
class CardStep:
    step: JourneyStep
    text: LocalText
    title: str
    what_to_bring: str
    last: Stamp | None
    waiting_for: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.step.status in COMPLETE

    @property
    def negative(self) -> bool:
        return self.step.status in NEGATIVE


@dataclass
class Card:
    journey: Journey
    steps: list[CardStep]
    next: CardStep | None
    next_service: Service | None
    places: list[Place]
    done: int
    total: int


def card_of(journey: Journey, *, language: str, now: datetime) -> Card:
    steps = list(journey_steps(journey))
    by_pk: dict[int, CardStep] = {}
    card_steps = []
    for step in steps:
        text = local_text(step.service, language)
        stamps = list(step.stamps.all())
        item = CardStep(
            step=step,
            text=text,
            title=step.title or text.name,
            what_to_bring=step.what_to_bring or text.what_to_bring,
            last=stamps[-1] if stamps else None,
        )
        by_pk[step.pk] = item
        card_steps.append(item)
    for item in card_steps:
        item.waiting_for = [by_pk[p.pk].title for p in item.step.prerequisites.all() if p.status not in COMPLETE]
    upcoming = next_step(steps)
    next_item = by_pk[upcoming.pk] if upcoming else None
    service = None
    places: list[Place] = []
    if upcoming is not None:
        service = with_public_details(Service.objects.filter(pk=upcoming.service_id)).first()
        if service is not None:
            sites = list(service.sites.all())
            places = [Place(site, service_opening(service, site, now)) for site in sites] or [
                Place(None, service_opening(service, None, now))
            ]
    done = sum(1 for s in steps if s.status in COMPLETE)
    return Card(journey, card_steps, next_item, service, places, done, len(steps))
