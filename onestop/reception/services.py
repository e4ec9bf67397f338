"""Every write of the reception: check-in, desk sessions and desk actions.

Numbers come from a per-series, per-day counter row updated under a row lock, so concurrent
check-ins never share a number; call-next locks the ticket it picks (``SKIP LOCKED`` on
PostgreSQL) and claims it with a conditional update, so no ticket is called by two desks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from onestop.accounts.models import User
from onestop.audit.services import audit_record
from onestop.clients.models import ClientRecord
from onestop.core.languages import SPOKEN_LANGUAGE_CODES, interface_language_codes
from onestop.directory.models import Service, Site
from onestop.directory.selectors import service_opening
from onestop.reception import queueing
from onestop.reception.models import (
    DEFAULT_PRIORITY_WEIGHTS,
    Channel,
    Desk,
    DeskSession,
    EventKind,
    Outcome,
    PriorityReason,
    PriorityWeight,
    SeriesDay,
    Ticket,
    TicketEvent,
    TicketSeries,
    TicketStatus,
)


def local_tz() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def business_day(series: TicketSeries, at: datetime) -> date:
    """The day a series' numbering belongs to: it restarts at ``day_starts_at`` local time."""
    local = at.astimezone(local_tz())
    start = series.day_starts_at
    shifted = local - timedelta(hours=start.hour, minutes=start.minute)
    return shifted.date()


def priority_weight(reason: str) -> int:
    if not reason:
        return 0
    row = PriorityWeight.objects.filter(reason=reason).first()
    if row is not None:
        if not row.is_active:
            raise ValidationError(_("This priority reason is not in use."), code="priority")
        return row.weight
    try:
        return DEFAULT_PRIORITY_WEIGHTS[PriorityReason(reason)]
    except ValueError:
        raise ValidationError(_("Choose a priority reason from the list."), code="priority") from None


def active_priority_reasons() -> list[tuple[str, str, int]]:
    """(code, label, weight) of the priority reasons in use, highest weight first."""
    rows = {row.reason: row for row in PriorityWeight.objects.all()}
    result = []
    for reason in PriorityReason:
        row = rows.get(reason.value)
        if row is not None and not row.is_active:
            continue
        weight = row.weight if row is not None else DEFAULT_PRIORITY_WEIGHTS[reason]
        result.append((reason.value, str(reason.label), weight))
    return sorted(result, key=lambda r: (-r[2], r[1]))


def normalise_phone(value: str) -> str:
    """A mobile number in E.164 (+49...), or a clear error; local numbers use PHONE_REGION."""
    value = value.strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, settings.PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "This is not a phone number we can send a message to. "
                "Check it, with the country code, e.g. +49 151 2345678."
            ),
            code="phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def series_for(*, service: Service, site: Site) -> TicketSeries:
    series = (
        TicketSeries.objects.filter(service=service, site=site, is_active=True)
        .select_related("service", "site")
        .first()
    )
    if series is None or not service.is_active:
        raise ValidationError(_("This service takes no walk-in tickets here."), code="service")
    return series


def site_is_open(series: TicketSeries, at: datetime) -> tuple[bool, bool]:
    """(known, open): whether opening hours are published, and whether it is open at ``at``."""
    opening = service_opening(series.service, series.site, at)
    return opening.known, opening.now is not None


@dataclass(frozen=True)
class CheckIn:
    service: Service
    site: Site
    language: str
    page_language: str = ""
    channel: str = Channel.DESK
    priority_reason: str = ""
    interpreter_arranged: bool = False
    phone: str = ""
    email: str = ""
    notify_position: int | None = None
    client: ClientRecord | None = None
    appointment_at: datetime | None = None


def _claim_number(series: TicketSeries, day: date, *, remote: bool) -> int:
    try:
        with transaction.atomic():
            SeriesDay.objects.get_or_create(series=series, day=day)
    except IntegrityError:  # another check-in created today's counter at the same moment
        pass
    counter = SeriesDay.objects.select_for_update().get(series=series, day=day)
    if series.daily_quota is not None and counter.last_number >= series.daily_quota:
        raise ValidationError(
            _("All tickets for this service are given out for today. Please come back on the next opening day."),
            code="quota",
        )
    if remote and series.remote_quota is not None and counter.remote_count >= series.remote_quota:
        raise ValidationError(
            _("No more tickets can be taken by phone today. Please come to the reception desk."), code="quota"
        )
    counter.last_number += 1
    if remote:
        counter.remote_count += 1
    counter.save(update_fields=["last_number", "remote_count"])
    return counter.last_number


def check_in(
    data: CheckIn, *, by: User | None = None, request: HttpRequest | None = None, at: datetime | None = None
) -> Ticket:
    """Give a ticket. Raises ValidationError (nothing created) for a service without walk-in
    tickets here, a closed site, a used-up quota, an unknown language or a bad phone number."""
    at = at or timezone.now()
    series = series_for(service=data.service, site=data.site)
    if data.language not in SPOKEN_LANGUAGE_CODES:
        raise ValidationError(_("Choose a language from the list."), code="language")
    page_language = data.page_language if data.page_language in interface_language_codes() else ""
    if not page_language:
        page_language = data.language if data.language in interface_language_codes() else settings.LANGUAGE_CODE
    phone = normalise_phone(data.phone)
    if data.channel != Channel.DESK:
        known, open_now = site_is_open(series, at)
        if (known and not open_now) or (data.channel == Channel.REMOTE and not known):
            raise ValidationError(_("The service is closed now, so no tickets are given."), code="closed")
        if data.channel == Channel.REMOTE and not series.remote_check_in:
            raise ValidationError(_("For this service, please take a ticket at the reception desk."), code="remote")
    weight = priority_weight(data.priority_reason)
    notify = data.notify_position if (phone or data.email) else None
    with transaction.atomic():
        day = business_day(series, at)
        number = _claim_number(series, day, remote=data.channel == Channel.REMOTE)
        ticket = Ticket.objects.create(
            series=series, number_series=series, day=day, number=number, code=f"{series.prefix}-{number:03d}",
            site=series.site, service=series.service, channel=data.channel, language=data.language,
            page_language=page_language, interpreter_arranged=data.interpreter_arranged,
            priority_reason=data.priority_reason, priority_weight=weight, arrived_at=at,
            starved_at=at + timedelta(minutes=series.max_wait_minutes), phone=phone, email=data.email,
            notify_position=notify, client=data.client, created_by=by, appointment_at=data.appointment_at,
        )  # fmt: skip
        _event(ticket, EventKind.ARRIVED, at=at, user=by, channel=data.channel)
        if data.client is not None:
            _audit_client(ticket, "ticket.created", by=by, request=request)
        from onestop.reception.estimates import record_estimate

        record_estimate(ticket, at=at)
        if notify is not None:  # already near the front (a short queue, or taken from home)
            from onestop.reception.notifications import notify_queue_moved

            notify_queue_moved(ticket.site_id, ticket.service_id)
    return ticket


def _event(
    ticket: Ticket, kind: str, *, at: datetime, user: User | None = None, desk: Desk | None = None, **data: Any
) -> None:
    TicketEvent.objects.create(
        ticket=ticket, kind=kind, at=at, desk=desk, service_id=ticket.service_id, user=user, data=data
    )


def _audit_client(ticket: Ticket, action: str, *, by: User | None, request: HttpRequest | None) -> None:
    audit_record(
        action=action, actor=by, request=request, object_type="client", object_id=ticket.client_id or "",
        data={"ticket": ticket.code},
    )  # fmt: skip


# --- Desk sessions ---------------------------------------------------------------------------


def open_desk_ids() -> list[int]:
    return list(DeskSession.objects.filter(closed_at__isnull=True).values_list("desk_id", flat=True))


def open_session(desk: Desk) -> DeskSession | None:
    return DeskSession.objects.filter(desk=desk, closed_at__isnull=True).first()


@transaction.atomic
def desk_open(*, desk: Desk, by: User, languages: Iterable[str]) -> DeskSession:
    codes = sorted(set(languages))
    if not codes:
        raise ValidationError(_("Choose at least one language spoken at this desk today."), code="languages")
    unknown = [c for c in codes if c not in SPOKEN_LANGUAGE_CODES]
    if unknown:
        raise ValidationError(_("Choose languages from the list."), code="languages")
    now = timezone.now()
    Desk.objects.select_for_update().get(pk=desk.pk)
    DeskSession.objects.filter(desk=desk, closed_at__isnull=True).update(closed_at=now)
    return DeskSession.objects.create(desk=desk, user=by, languages=codes, opened_at=now)


@transaction.atomic
def desk_close(*, desk: Desk, by: User) -> None:
    DeskSession.objects.filter(desk=desk, closed_at__isnull=True).update(closed_at=timezone.now())


# --- Desk actions ----------------------------------------------------------------------------


def _require_session(desk: Desk) -> DeskSession:
    session = open_session(desk)
    if session is None:
        raise ValidationError(_("Open the desk first and say which languages are spoken here."), code="closed_desk")
    return session


def waiting_for_desk(desk: Desk, languages: Iterable[str], *, now: datetime) -> QuerySet[Ticket]:
    """The tickets this desk may call, best first."""
    langs = list(languages)
    # The service ids as values, not a subquery: PostgreSQL then reads the queue index for just
    # these services instead of every ticket waiting at the site (bench/reception.py).
    served = list(desk.services.values_list("pk", flat=True))
    return (
        Ticket.objects.filter(
            site_id=desk.site_id,
            status=TicketStatus.WAITING,
            service_id__in=served,
        )
        .filter(Q(language__in=langs) | Q(interpreter_arranged=True))
        .order_by(*queueing.db_ordering(now))
    )


def call_next(*, desk: Desk, by: User, now: datetime | None = None) -> Ticket | None:
    """Call the best ticket for this desk, or None when nobody fits. Safe to run from many
    desks at once: a ticket another desk is calling is skipped, never called twice."""
    session = _require_session(desk)
    for _attempt in range(20):
        moment = now or timezone.now()
        with transaction.atomic():
            candidates = waiting_for_desk(desk, session.languages, now=moment)
            if connection.features.has_select_for_update_skip_locked:
                candidates = candidates.select_for_update(skip_locked=True, of=("self",))
            ticket: Ticket | None = candidates.first()
            if ticket is None:
                return None
            if _claim(ticket, desk=desk, by=by, at=moment, expect=TicketStatus.WAITING):
                return ticket
    return None


def _claim(ticket: Ticket, *, desk: Desk, by: User, at: datetime, expect: str) -> bool:
    """Mark a ticket called at this desk if it is still in the expected state."""
    updated = Ticket.objects.filter(pk=ticket.pk, status=expect).update(
        status=TicketStatus.CALLED, desk=desk, called_at=at, called_by=by, call_count=1,
    )  # fmt: skip
    if not updated:
        return False
    Ticket.objects.filter(pk=ticket.pk, first_called_at__isnull=True).update(first_called_at=at)
    ticket.refresh_from_db()
    _event(ticket, EventKind.CALLED, at=at, user=by, desk=desk)
    from onestop.reception.estimates import settle_estimates
    from onestop.reception.notifications import notify_called, notify_queue_moved

    settle_estimates(ticket, called_at=at)
    notify_called(ticket)
    notify_queue_moved(ticket.site_id, ticket.service_id)
    if ticket.client_id is not None:
        _audit_client(ticket, "ticket.called", by=by, request=None)
    return True


def _locked(ticket: Ticket) -> Ticket:
    return Ticket.objects.select_for_update().get(pk=ticket.pk)


def call_ticket(*, desk: Desk, ticket: Ticket, by: User) -> Ticket:
    """Call a specific waiting or parked ticket (one this desk serves)."""
    _require_session(desk)
    if not desk.services.filter(pk=ticket.service_id).exists() or ticket.site_id != desk.site_id:
        raise ValidationError(_("This desk does not serve that ticket's service."), code="service")
    with transaction.atomic():
        current = _locked(ticket)
        if current.status not in (TicketStatus.WAITING, TicketStatus.PARKED):
            raise ValidationError(_("This ticket is not waiting any more."), code="state")
        if not _claim(current, desk=desk, by=by, at=timezone.now(), expect=current.status):
            raise ValidationError(_("This ticket is not waiting any more."), code="state")
        current.refresh_from_db()
        return current


def _at_desk(desk: Desk, ticket: Ticket) -> Ticket:
    current = _locked(ticket)
    if current.status != TicketStatus.CALLED or current.desk_id != desk.pk:
        raise ValidationError(_("This ticket is not called at this desk."), code="state")
    return current


@transaction.atomic
def recall(*, desk: Desk, ticket: Ticket, by: User) -> Ticket:
    """Call the same ticket again; after the series' number of calls it becomes a no-show."""
    current = _at_desk(desk, ticket)
    now = timezone.now()
    if current.call_count >= current.series.calls_before_no_show:
        return _end(current, status=TicketStatus.NO_SHOW, kind=EventKind.NO_SHOW, by=by, desk=desk, at=now)
    current.call_count = F("call_count") + 1
    current.called_at = now
    current.save(update_fields=["call_count", "called_at"])
    current.refresh_from_db()
    _event(current, EventKind.RECALLED, at=now, user=by, desk=desk, call=current.call_count)
    return current


@transaction.atomic
def no_show(*, desk: Desk, ticket: Ticket, by: User) -> Ticket:
    current = _at_desk(desk, ticket)
    return _end(current, status=TicketStatus.NO_SHOW, kind=EventKind.NO_SHOW, by=by, desk=desk, at=timezone.now())


@transaction.atomic
def finish(*, desk: Desk, ticket: Ticket, by: User, outcome: str = Outcome.SERVED, note: str = "") -> Ticket:
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose an outcome from the list."), code="outcome")
    current = _at_desk(desk, ticket)
    current.outcome = outcome
    current.note = note[:500]
    return _end(current, status=TicketStatus.DONE, kind=EventKind.FINISHED, by=by, desk=desk, at=timezone.now())


def _end(ticket: Ticket, *, status: str, kind: str, by: User | None, desk: Desk | None, at: datetime) -> Ticket:
    ticket.status = status
    ticket.ended_at = at
    ticket.save(update_fields=["status", "ended_at", "outcome", "note"])
    _event(ticket, kind, at=at, user=by, desk=desk)
    if ticket.client_id is not None:
        _audit_client(ticket, f"ticket.{kind}", by=by, request=None)
    return ticket


@transaction.atomic
def park(*, desk: Desk, ticket: Ticket, by: User, note: str = "") -> Ticket:
    """Set a called ticket aside (the person fills in a form); it keeps its place for resume."""
    current = _at_desk(desk, ticket)
    current.status = TicketStatus.PARKED
    current.note = note[:500]
    current.save(update_fields=["status", "note"])
    _event(current, EventKind.PARKED, at=timezone.now(), user=by, desk=desk)
    return current


@transaction.atomic
def resume(*, desk: Desk, ticket: Ticket, by: User) -> Ticket:
    """Call a parked ticket back to this desk."""
    current = _locked(ticket)
    if current.status != TicketStatus.PARKED:
        raise ValidationError(_("This ticket is not parked."), code="state")
    now = timezone.now()
    Ticket.objects.filter(pk=current.pk).update(status=TicketStatus.CALLED, desk=desk, called_at=now, call_count=1)
    current.refresh_from_db()
    _event(current, EventKind.RESUMED, at=now, user=by, desk=desk)
    return current


@transaction.atomic
def transfer(*, desk: Desk, ticket: Ticket, service: Service, by: User, note: str = "") -> Ticket:
    """Send a called ticket to another service's queue at the same site; the person keeps the
    original arrival time, so they do not start again at the back."""
    current = _at_desk(desk, ticket)
    if not note.strip():
        raise ValidationError(_("Write a short note for the next desk."), code="note")
    target = TicketSeries.objects.filter(site_id=current.site_id, service=service, is_active=True).first()
    if target is None:
        raise ValidationError(_("That service takes no walk-in tickets at this site."), code="service")
    previous = current.service_id
    current.series = target
    current.service = service
    current.status = TicketStatus.WAITING
    current.desk = None
    current.call_count = 0
    current.note = note.strip()[:500]
    current.starved_at = current.arrived_at + timedelta(minutes=target.max_wait_minutes)
    current.save(update_fields=["series", "service", "status", "desk", "call_count", "note", "starved_at"])
    _event(current, EventKind.TRANSFERRED, at=timezone.now(), user=by, desk=desk, from_service=previous)
    _queue_moved(current)
    return current


def _queue_moved(ticket: Ticket) -> None:
    from onestop.reception.notifications import notify_queue_moved

    notify_queue_moved(ticket.site_id, ticket.service_id)


@transaction.atomic
def leave(*, ticket: Ticket) -> Ticket:
    """The person leaves the queue from the status page."""
    current = _locked(ticket)
    if current.status not in (TicketStatus.WAITING, TicketStatus.PARKED):
        raise ValidationError(_("This ticket is not waiting any more."), code="state")
    ended = _end(current, status=TicketStatus.LEFT, kind=EventKind.LEFT, by=None, desk=None, at=timezone.now())
    _queue_moved(ended)
    return ended


@transaction.atomic
def ask_to_be_told(*, ticket: Ticket, phone: str = "", email: str = "", position: int = 3) -> Ticket:
    """The person asks for an SMS or e-mail when they are ``position`` places from the front."""
    current = _locked(ticket)
    if current.status != TicketStatus.WAITING:
        raise ValidationError(_("This ticket is not waiting any more."), code="state")
    phone = normalise_phone(phone)
    if not (phone or email):
        raise ValidationError(_("Enter a mobile number or an e-mail address."), code="contact")
    current.phone, current.email, current.notify_position = phone, email, max(1, min(position, 10))
    current.save(update_fields=["phone", "email", "notify_position"])
    _queue_moved(current)
    return current
