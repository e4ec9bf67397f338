"""Reads of directory data for pages and the API."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from onestop.directory.models import (
    BYDAY_CODES,
    TRANSLATED_SERVICE_FIELDS,
    Address,
    Attribute,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    ServiceText,
    Site,
    SpokenAt,
    TaxonomyTerm,
    TextOrigin,
    Weekday,
)
from onestop.directory.models import Closure as ClosureRow
from onestop.directory.needs import NEEDS_TAXONOMY_ID
from onestop.directory.opening import Closure, Period, Rule, is_open, next_opening

logger = logging.getLogger(__name__)


def public_sites() -> QuerySet[Site]:
    return (
        Site.objects.filter(is_public=True)
        .exclude(organisation__is_active=False)
        .prefetch_related(
            Prefetch("schedules", queryset=Schedule.objects.order_by("opens_at", "id")),
            Prefetch("addresses", queryset=Address.objects.order_by("id")),
        )
    )


@dataclass(frozen=True)
class DayHours:
    weekday: Weekday
    periods: tuple[tuple[time, time], ...]


def weekly_hours(site: Site, *, on: date | None = None) -> list[DayHours]:
    """The regular weekly opening periods in force on a date (today by default), grouped by
    weekday, Monday first; closed days have no periods. Uses the prefetched schedules."""
    day = on or timezone.localdate()
    by_day: dict[int, list[tuple[time, time]]] = {weekday.value: [] for weekday in Weekday}
    for schedule in site.schedules.all():
        if schedule.freq != "WEEKLY" or schedule.interval != 1 or schedule.opens_at is None:
            continue
        if (schedule.valid_from and schedule.valid_from > day) or (schedule.valid_to and schedule.valid_to < day):
            continue
        assert schedule.closes_at is not None
        for code in filter(None, (c.strip().upper() for c in schedule.byday.split(","))):
            if code in BYDAY_CODES:
                by_day[BYDAY_CODES.index(code)].append((schedule.opens_at, schedule.closes_at))
    return [DayHours(Weekday(weekday), tuple(sorted(periods))) for weekday, periods in by_day.items()]


# --- Public directory -------------------------------------------------------------------------


def published_services() -> QuerySet[Service]:
    """Services a visitor may find: active, approved, of an active organisation."""
    return Service.objects.filter(status=ServiceStatus.ACTIVE, is_approved=True, organisation__is_active=True)


def need_terms() -> QuerySet[TaxonomyTerm]:
    return TaxonomyTerm.objects.filter(taxonomy__hsds_id=NEEDS_TAXONOMY_ID).order_by("id")


def services_in_need(code: str) -> QuerySet[Attribute]:
    return Attribute.objects.filter(
        link_entity="service", taxonomy_term__taxonomy__hsds_id=NEEDS_TAXONOMY_ID, taxonomy_term__code=code
    )


@dataclass(frozen=True)
class LocalText:
    """A service's texts in the reader's language, or in the default language when there is
    no translation (then `fallback` is True, and the page says so)."""

    name: str
    description: str
    eligibility_description: str
    application_process: str
    fees_description: str
    what_to_bring: str
    language: str
    fallback: bool
    outdated: bool
    machine: bool


def source_hash(service: Service) -> str:
    """Fingerprint of the default-language texts a translation is made from."""
    joined = "\x1f".join(str(getattr(service, field)) for field in TRANSLATED_SERVICE_FIELDS)
    return hashlib.sha256(joined.encode()).hexdigest()


def local_text(service: Service, language: str) -> LocalText:
    """Uses prefetched `texts` when present."""
    default = settings.LANGUAGE_CODE
    if language != default:
        for text in service.texts.all():
            if text.language == language:
                return LocalText(
                    **{field: getattr(text, field) for field in TRANSLATED_SERVICE_FIELDS},
                    language=language,
                    fallback=False,
                    outdated=text.source_hash != source_hash(service),
                    machine=text.origin == TextOrigin.MACHINE,
                )
    return LocalText(
        **{field: getattr(service, field) for field in TRANSLATED_SERVICE_FIELDS},
        language=default,
        fallback=language != default,
        outdated=False,
        machine=False,
    )


def _rules(schedules: Iterable[Schedule]) -> list[Rule]:
    """Schedules as opening rules. A row that makes no sense (say, an imported rule without the
    start date its interval needs) is left out and logged rather than breaking the page."""
    rules = []
    for s in schedules:
        try:
            rules.append(
                Rule(
                    freq=s.freq,
                    interval=s.interval,
                    byday=s.byday,
                    bymonthday=s.bymonthday,
                    opens_at=s.opens_at,
                    closes_at=s.closes_at,
                    valid_from=s.valid_from,
                    valid_to=s.valid_to,
                    dtstart=s.dtstart,
                    until=s.until,
                    count=s.count,
                    wkst=s.wkst or "MO",
                )
            )
        except ValueError as error:
            logger.warning("schedule %s skipped: %s", s.hsds_id, error)
    return rules


def _closures(closures: Iterable[ClosureRow]) -> list[Closure]:
    return [Closure(date=c.date, opens_at=c.opens_at, closes_at=c.closes_at, reason=c.reason) for c in closures]


@dataclass(frozen=True)
class Opening:
    """When a place or service is open: now (the period it is in) and next."""

    now: Period | None
    next: Period | None
    known: bool  # False when no opening hours are published


def opening_of(*, schedules: Iterable[Schedule], closures: Iterable[ClosureRow], at: datetime) -> Opening:
    rules = _rules(schedules)
    if not rules:
        return Opening(now=None, next=None, known=False)
    tz = ZoneInfo(settings.TIME_ZONE)
    blocked = _closures(closures)
    now = is_open(rules, blocked, at, tz)
    upcoming = next_opening(rules, blocked, now.end if now else at, tz)
    return Opening(now=now, next=upcoming, known=True)


def service_opening(service: Service, site: Site | None, at: datetime) -> Opening:
    """A service's own hours when it publishes them, else those of the site (prefetched)."""
    own = list(service.schedules.all())
    if own or site is None:
        return opening_of(schedules=own, closures=service.closures.all(), at=at)
    return opening_of(schedules=site.schedules.all(), closures=site.closures.all(), at=at)


def search_services(
    *, words: str = "", need: str = "", language: str = "", site: str = "", reader_language: str
) -> QuerySet[Service]:
    services = published_services()
    # Filters on related rows are subqueries, not joins: joining the texts of twelve languages
    # multiplies the rows and makes DISTINCT slow on a large directory.
    for word in words.split()[:8]:
        translated = ServiceText.objects.filter(language=reader_language).filter(
            Q(name__icontains=word) | Q(description__icontains=word)
        )
        services = services.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(organisation__name__icontains=word)
            | Q(pk__in=translated.values("service_id"))
        )
    if need:
        services = services.filter(hsds_id__in=services_in_need(need).values("link_id"))
    if language:
        services = services.filter(
            Q(pk__in=SpokenAt.objects.filter(code=language, service__isnull=False).values("service_id"))
            | Q(pk__in=ServiceAtLocation.objects.filter(site__languages__code=language).values("service_id"))
        )
    if site:
        services = services.filter(pk__in=ServiceAtLocation.objects.filter(site__slug=site).values("service_id"))
    return services.order_by("name", "id")


def with_public_details(services: QuerySet[Service]) -> QuerySet[Service]:
    return services.select_related("organisation").prefetch_related(
        "texts",
        "schedules",
        "closures",
        "languages",
        Prefetch("sites", queryset=public_sites().prefetch_related("closures", "languages")),
    )


def service_needs(service: Service) -> QuerySet[Attribute]:
    return Attribute.objects.filter(
        link_entity="service", link_id=service.hsds_id, taxonomy_term__taxonomy__hsds_id=NEEDS_TAXONOMY_ID
    ).select_related("taxonomy_term")


def open_now(services: QuerySet[Service], *, at: datetime) -> QuerySet[Service]:
    """The services open at `at`. Most services keep their sites' hours: those are worked out
    once per site (a handful), not once per service; only services with hours of their own are
    checked one by one."""
    sites = Site.objects.prefetch_related("schedules", "closures")
    open_sites = [s.pk for s in sites if opening_of(schedules=s.schedules.all(), closures=s.closures.all(), at=at).now]
    with_own = Schedule.objects.filter(service__isnull=False).values("service_id")
    own_hours = services.filter(pk__in=with_own).prefetch_related("schedules", "closures")
    open_own = [
        s.pk for s in own_hours if opening_of(schedules=s.schedules.all(), closures=s.closures.all(), at=at).now
    ]
    at_open_sites = ServiceAtLocation.objects.filter(site__in=open_sites).values("service_id")
    return services.filter(Q(pk__in=open_own) | (~Q(pk__in=with_own) & Q(pk__in=at_open_sites)))
