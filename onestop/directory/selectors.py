"""Reads of directory data for pages and the API."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Prefetch, Q, QuerySet, Window
from django.utils import timezone

from onestop.directory.models import (
    BYDAY_CODES,
    TRANSLATED_SERVICE_FIELDS,
    Address,
    Attribute,
    Organisation,
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
from onestop.directory.opening import MAX_RUN_DAYS, Closure, Period, Rule, is_open, next_opening

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
    return openings_of([(schedules, closures)], at=at)[0]


# How long a worked-out opening may be reused at most; it is reused only while it is still
# the answer (before the current period ends or the next one starts).
OPENING_CACHE_SECONDS = 24 * 3600


def _opening_key(schedules: Iterable[Schedule], closures: Iterable[ClosureRow]) -> str:
    """A cache key naming the rows themselves, so any change to hours or closures is a new key
    and nothing needs to be invalidated."""
    rows = [
        (s.freq, s.interval, s.byday, s.bymonthday, s.opens_at, s.closes_at, s.valid_from, s.valid_to, s.dtstart,
         s.until, s.count, s.wkst)
        for s in schedules
    ]  # fmt: skip
    days = sorted((c.date, c.opens_at, c.closes_at) for c in closures)
    digest = hashlib.sha256(repr((settings.TIME_ZONE, rows, days)).encode()).hexdigest()
    return f"directory:opening:{digest}"


def _compute_opening(schedules: Iterable[Schedule], closures: Iterable[ClosureRow], at: datetime) -> Opening:
    rules = _rules(schedules)
    if not rules:
        return Opening(now=None, next=None, known=False)
    tz = ZoneInfo(settings.TIME_ZONE)
    blocked = _closures(closures)
    now = is_open(rules, blocked, at, tz)
    upcoming = next_opening(rules, blocked, now.end if now else at, tz)
    return Opening(now=now, next=upcoming, known=True)


def _valid_until(opening: Opening, at: datetime) -> datetime | None:
    """Until when `opening` stays the answer for moments from `at` on: the end of the current
    period, or the start of the next. None when that is not certain: with no opening in
    sight (the search horizon moves with `at`), or a run so long that the search cut it."""
    if not opening.known:
        return at + timedelta(seconds=OPENING_CACHE_SECONDS)
    periods = [p for p in (opening.now, opening.next) if p is not None]
    if opening.next is None or any(p.duration >= timedelta(days=MAX_RUN_DAYS - 1) for p in periods):
        return None
    boundary = opening.now.end if opening.now else opening.next.start
    return min(boundary, at + timedelta(seconds=OPENING_CACHE_SECONDS))


def openings_of(places: Sequence[tuple[Iterable[Schedule], Iterable[ClosureRow]]], *, at: datetime) -> list[Opening]:
    """The opening of each (schedules, closures), worked out once and then taken from the
    cache for as long as it holds: a page of results or the "open now" filter over all sites
    costs a few cache reads instead of expanding every recurrence again."""
    items = [(list(schedules), list(closures)) for schedules, closures in places]
    keys = [_opening_key(schedules, closures) for schedules, closures in items]
    cached = cache.get_many(set(keys))
    results: list[Opening] = []
    fresh: dict[str, tuple[Opening, datetime, datetime]] = {}
    for key, (schedules, closures) in zip(keys, items, strict=True):
        hit = cached.get(key) or fresh.get(key)
        if hit is not None and hit[1] <= at < hit[2]:
            results.append(hit[0])
            continue
        opening = _compute_opening(schedules, closures, at)
        results.append(opening)
        until = _valid_until(opening, at)
        if until is not None and until > at:
            fresh[key] = (opening, at, until)
    if fresh:
        cache.set_many(fresh, timeout=OPENING_CACHE_SECONDS)
    return results


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
    # Every filter is a subquery on one table, never a join: joining the texts of twelve
    # languages multiplies the rows, and each subquery can use its own index (on PostgreSQL
    # the trigram indexes of migration 0005 serve the `icontains` of the words).
    for word in words.split()[:8]:
        own = Service.objects.filter(Q(name__icontains=word) | Q(description__icontains=word)).values("pk")
        organisations = Organisation.objects.filter(name__icontains=word).values("pk")
        matches = Q(pk__in=own) | Q(organisation_id__in=organisations)
        if reader_language != settings.LANGUAGE_CODE:
            # In the default language a page shows the service's own texts (see local_text),
            # so only they are searched.
            translated = (
                ServiceText.objects.filter(Q(name__icontains=word) | Q(description__icontains=word))
                .filter(language=reader_language)
                .values("service_id")
            )
            matches |= Q(pk__in=translated)
        services = services.filter(matches)
    if need:
        services = services.filter(hsds_id__in=services_in_need(need).values("link_id"))
    if language:
        speaking_sites = SpokenAt.objects.filter(code=language, site__isnull=False).values("site_id")
        services = services.filter(
            Q(pk__in=SpokenAt.objects.filter(code=language, service__isnull=False).values("service_id"))
            | Q(pk__in=ServiceAtLocation.objects.filter(site_id__in=speaking_sites).values("service_id"))
        )
    if site:
        services = services.filter(pk__in=ServiceAtLocation.objects.filter(site__slug=site).values("service_id"))
    return services.order_by("name", "id")


def page_of_ids(services: QuerySet[Service], *, number: int, size: int) -> tuple[list[int], int, int]:
    """The ids on page `number` (from 1; past the end: the last page), the number of matches, and
    the page number given. One query runs the filters once and counts alongside (a window
    count) instead of a COUNT and a page query that would both run them."""
    counted = services.annotate(total=Window(Count("pk")))
    number = max(number, 1)
    rows = list(counted.values_list("pk", "total")[(number - 1) * size : number * size])
    if rows:
        return [pk for pk, _total in rows], rows[0][1], number
    total = services.count() if number > 1 else 0
    if total == 0:
        return [], 0, 1
    number = -(-total // size)
    rows = list(counted.values_list("pk", "total")[(number - 1) * size : number * size])
    return [pk for pk, _total in rows], total, number


def with_public_details(services: QuerySet[Service], *, language: str | None = None) -> QuerySet[Service]:
    """What a list of services shows; with `language`, only the texts in that language (all
    that `local_text` looks at) are read."""
    texts = ServiceText.objects.all() if language is None else ServiceText.objects.filter(language=language)
    return services.select_related("organisation").prefetch_related(
        Prefetch("texts", queryset=texts),
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
    checked one by one. Both come from the opening cache when it holds."""
    sites = list(Site.objects.only("pk").prefetch_related("schedules", "closures"))
    site_openings = openings_of([(s.schedules.all(), s.closures.all()) for s in sites], at=at)
    open_sites = [site.pk for site, opening in zip(sites, site_openings, strict=True) if opening.now]
    with_own = Schedule.objects.filter(service__isnull=False).values("service_id")
    own_hours = list(services.filter(pk__in=with_own).only("pk").order_by().prefetch_related("schedules", "closures"))
    own_openings = openings_of([(s.schedules.all(), s.closures.all()) for s in own_hours], at=at)
    open_own = [service.pk for service, opening in zip(own_hours, own_openings, strict=True) if opening.now]
    at_open_sites = ServiceAtLocation.objects.filter(site_id__in=open_sites).values("service_id")
    return services.filter(Q(pk__in=open_own) | (~Q(pk__in=with_own) & Q(pk__in=at_open_sites)))
