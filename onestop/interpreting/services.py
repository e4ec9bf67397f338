"""Every write of interpreting: requests, offers, answers, cancellations and the pool.

The appointments app books an interpreter with ``request_interpreter`` and lets go of one with
``cancel_request``; ``available_interpreters`` tells it who could come. Every function raises
django's ValidationError, with a translated message and a ``code``, on bad input, and then
changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from onestop.accounts.models import User
from onestop.core.languages import SPOKEN_LANGUAGE_CODES, language_name
from onestop.interpreting import availability
from onestop.interpreting.models import (
    MODE_FIELDS,
    Absence,
    Assignment,
    AssignmentBlock,
    AvailabilityWindow,
    Interpreter,
    InterpreterKind,
    InterpreterLanguage,
    InterpreterRequest,
    Mode,
    Offer,
    OfferStatus,
    RequestStatus,
)
from onestop.reception.models import Desk, Ticket, TicketStatus
from onestop.reception.services import normalise_phone

# A request may start this long ago (a walk-in needs someone now; the form takes a moment).
PAST_GRACE = timedelta(minutes=15)
LONGEST_REQUEST = timedelta(hours=12)


# --- Who could come ------------------------------------------------------------------------------


def _candidates(language: str, mode: str) -> QuerySet[Interpreter]:
    field = MODE_FIELDS[Mode(mode)]
    return (
        Interpreter.objects.filter(is_active=True, languages__code=language, **{field: True})
        .prefetch_related("windows", "absences")
        .select_related("user")
        .distinct()
    )


def _busy(interpreter_ids: Iterable[int], start: datetime, end: datetime) -> set[int]:
    return set(
        AssignmentBlock.objects.filter(
            interpreter_id__in=list(interpreter_ids), block_start__in=availability.blocks(start, end)
        ).values_list("interpreter_id", flat=True)
    )


def _assignments_on(interpreter_ids: Iterable[int], day: date) -> Counter[int]:
    start, end = availability.window_instants(day, time(0), time(0))
    rows = Assignment.objects.filter(
        interpreter_id__in=list(interpreter_ids),
        cancelled_at__isnull=True,
        starts_at__gte=start,
        starts_at__lt=end,
    ).values_list("interpreter_id", flat=True)
    return Counter(rows)


def works_then(interpreter: Interpreter, start: datetime, end: datetime) -> bool:
    """Inside the weekly windows and not absent (uses the prefetched windows and absences)."""
    return availability.within_windows(interpreter.windows.all(), start, end) and not availability.absent(
        interpreter.absences.all(), start, end
    )


def speaks_in_mode(interpreter: Interpreter, language: str, mode: str) -> bool:
    """Uses the prefetched languages."""
    return interpreter.offers_mode(mode) and any(lang.code == language for lang in interpreter.languages.all())


def available_interpreters(
    language: str, mode: str, start: datetime, end: datetime, *, exclude: Sequence[int] = ()
) -> list[Interpreter]:
    """Active interpreters who speak the language, offer the mode, work then and are not booked
    then; best first: staff before freelance, then fewest assignments that day, then by name."""
    if mode not in Mode.values or end <= start:
        return []
    candidates = [c for c in _candidates(language, mode) if c.pk not in exclude and works_then(c, start, end)]
    busy = _busy([c.pk for c in candidates], start, end)
    free = [c for c in candidates if c.pk not in busy]
    load = _assignments_on([c.pk for c in free], start.astimezone(availability.local_tz()).date())
    return sorted(free, key=lambda c: (c.kind != InterpreterKind.STAFF, load[c.pk], c.name.casefold(), c.pk))


def propose(request: InterpreterRequest) -> list[Interpreter]:
    """Who to offer the request to, best first; nobody who already declined it."""
    declined = list(request.offers.filter(status=OfferStatus.DECLINED).values_list("interpreter_id", flat=True))
    return available_interpreters(request.language, request.mode, request.starts_at, request.ends_at, exclude=declined)


def could_take(interpreter: Interpreter, request: InterpreterRequest) -> bool:
    """Whether ``propose(request)`` would list this interpreter (checked for one, not the pool)."""
    found = (
        Interpreter.objects.filter(pk=interpreter.pk, is_active=True)
        .prefetch_related("languages", "windows", "absences")
        .first()
    )
    if found is None or request.offers.filter(status=OfferStatus.DECLINED, interpreter=found).exists():
        return False
    start, end = request.starts_at, request.ends_at
    return (
        speaks_in_mode(found, request.language, request.mode)
        and works_then(found, start, end)
        and not _busy([found.pk], start, end)
    )


def pool_speaks(language: str, mode: str | None = None) -> bool:
    interpreters = Interpreter.objects.filter(is_active=True, languages__code=language)
    if mode is not None:
        interpreters = interpreters.filter(**{MODE_FIELDS[Mode(mode)]: True})
    return interpreters.exists()


# --- Requests ------------------------------------------------------------------------------------


def _check_request(*, language: str, mode: str, start: datetime, end: datetime, now: datetime) -> None:
    if language not in SPOKEN_LANGUAGE_CODES:
        raise ValidationError(_("Choose a language from the list."), code="language")
    if mode not in Mode.values:
        raise ValidationError(_("Choose on site, by phone or by video."), code="mode")
    if timezone.is_naive(start) or timezone.is_naive(end):
        raise ValidationError(_("Give the times with their time zone."), code="time")
    if end <= start:
        raise ValidationError(_("The end must be after the start."), code="time")
    if end - start > LONGEST_REQUEST:
        raise ValidationError(_("An interpreter can be requested for at most 12 hours at a time."), code="time")
    if start < now - PAST_GRACE:
        raise ValidationError(_("This time is in the past. Choose a time from now on."), code="past")


def request_interpreter(
    *,
    language: str,
    mode: str,
    start: datetime,
    end: datetime,
    requested_by: User | None,
    note: str = "",
    desk: Desk | None = None,
    ticket: Ticket | None = None,
    auto_offer: bool = True,
    now: datetime | None = None,
) -> InterpreterRequest:
    """Ask for an interpreter. A language nobody in the pool speaks is allowed, but the request is
    flagged as short so the coordinator sees it. With ``auto_offer`` the best proposal gets an
    offer at once."""
    now = now or timezone.now()
    _check_request(language=language, mode=mode, start=start, end=end, now=now)
    if ticket is not None and ticket.status not in (TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.PARKED):
        raise ValidationError(_("This ticket is not waiting any more."), code="ticket")
    with transaction.atomic():
        request = InterpreterRequest.objects.create(
            language=language, mode=mode, starts_at=start, ends_at=end, requested_by=requested_by,
            note=note.strip()[:500], desk=desk, ticket=ticket, flagged_short=not pool_speaks(language, mode),
        )  # fmt: skip
        if auto_offer:
            offer_next(request=request, by=requested_by)
            request.refresh_from_db()
    return request


def _locked(request: InterpreterRequest) -> InterpreterRequest:
    return _locked_id(request.pk)


def _locked_id(request_id: int) -> InterpreterRequest:
    return InterpreterRequest.objects.select_for_update().get(pk=request_id)


def offer(*, request: InterpreterRequest, interpreter: Interpreter, by: User | None) -> Offer:
    """Offer an open request to one interpreter, who must be free and able to do it."""
    with transaction.atomic():
        current = _locked(request)
        if current.status != RequestStatus.OPEN:
            raise ValidationError(_("This request is not open: it is offered, taken or closed."), code="state")
        if current.ends_at <= timezone.now():
            raise ValidationError(_("This request is over."), code="past")
        if not could_take(interpreter, current):
            raise ValidationError(
                _("%(name)s cannot take this request: not available then, already booked, or not for this language.")
                % {"name": interpreter.name},
                code="unavailable",
            )
        made = Offer.objects.create(request=current, interpreter=interpreter, offered_by=by, created_at=timezone.now())
        current.status = RequestStatus.OFFERED
        current.save(update_fields=["status"])
        from onestop.interpreting.notifications import notify_offer

        notify_offer(made)
    request.status = current.status
    return made


def offer_next(*, request: InterpreterRequest, by: User | None) -> Offer | None:
    """Offer an open request to the best proposal; None when nobody is free."""
    proposals = propose(request)
    if not proposals:
        return None
    return offer(request=request, interpreter=proposals[0], by=by)


def _pending(offer_: Offer) -> Offer:
    current = Offer.objects.select_for_update().select_related("request", "interpreter").get(pk=offer_.pk)
    if current.status == OfferStatus.SUPERSEDED:
        raise _taken(current.interpreter)
    if current.status != OfferStatus.PENDING:
        raise ValidationError(_("This offer has already been answered or withdrawn."), code="state")
    return current


def _taken(interpreter: Interpreter) -> ValidationError:
    return ValidationError(
        _("Just taken: %(name)s has been booked for another request at this time a moment ago.")
        % {"name": interpreter.name},
        code="taken",
    )


def _book(request: InterpreterRequest, interpreter: Interpreter, now: datetime) -> Assignment:
    """Store the assignment and its quarter hours; the unique constraint refuses a double booking."""
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(
                request=request, interpreter=interpreter, starts_at=request.starts_at, ends_at=request.ends_at,
                created_at=now,
            )  # fmt: skip
            AssignmentBlock.objects.bulk_create(
                AssignmentBlock(assignment=assignment, interpreter=interpreter, block_start=moment)
                for moment in availability.blocks(request.starts_at, request.ends_at)
            )
    except IntegrityError:
        raise _taken(interpreter) from None
    return assignment


def accept(*, offer: Offer, by: User | None) -> Assignment:
    """The interpreter takes the request. Raises ValidationError(code="taken") if they were
    booked for an overlapping time meanwhile; then nothing changes."""
    now = timezone.now()
    with transaction.atomic():
        # Always the request's row first, then the offer's (as offer and cancel_request do): no deadlock.
        request = _locked_id(offer.request_id)
        current = _pending(offer)
        if request.status != RequestStatus.OFFERED:
            raise ValidationError(_("This request is not waiting for an answer any more."), code="state")
        if request.ends_at <= now:
            raise ValidationError(_("This request is over."), code="past")
        assignment = _book(request, current.interpreter, now)
        Offer.objects.filter(pk=current.pk).update(status=OfferStatus.ACCEPTED, answered_at=now, answered_by=by)
        request.status = RequestStatus.ACCEPTED
        request.save(update_fields=["status"])
        if request.ticket_id is not None:
            Ticket.objects.filter(pk=request.ticket_id).update(interpreter_arranged=True)
    offer.status = OfferStatus.ACCEPTED
    _supersede_overlapping(assignment)
    return assignment


def _supersede_overlapping(assignment: Assignment) -> None:
    """The interpreter's other waiting offers that touch the same quarter hours can no longer be
    taken: each is withdrawn and its request offered to the next interpreter. One transaction per
    request, after the booking committed, so two accepts never wait on each other's rows."""
    touched = availability.blocks(assignment.starts_at, assignment.ends_at)
    first, last = touched[0], touched[-1] + availability.BLOCK
    others = Offer.objects.filter(
        interpreter_id=assignment.interpreter_id,
        status=OfferStatus.PENDING,
        request__starts_at__lt=last,
        request__ends_at__gt=first,
    ).values_list("pk", "request_id")
    for offer_id, request_id in list(others):
        now = timezone.now()
        with transaction.atomic():
            request = _locked_id(request_id)
            updated = Offer.objects.filter(pk=offer_id, status=OfferStatus.PENDING).update(
                status=OfferStatus.SUPERSEDED, answered_at=now
            )
            if not updated or request.status != RequestStatus.OFFERED:
                continue
            request.status = RequestStatus.OPEN
            request.save(update_fields=["status"])
            if request.ends_at > now:
                offer_next(request=request, by=None)


def decline(*, offer: Offer, by: User | None, reason: str = "", offer_next_one: bool = True) -> InterpreterRequest:
    """The interpreter cannot take it: the request is open again and offered to the next proposal."""
    now = timezone.now()
    with transaction.atomic():
        request = _locked_id(offer.request_id)
        current = _pending(offer)
        Offer.objects.filter(pk=current.pk).update(
            status=OfferStatus.DECLINED, answered_at=now, answered_by=by, reason=reason.strip()[:300]
        )
        request.status = RequestStatus.OPEN
        request.save(update_fields=["status"])
        if offer_next_one and request.ends_at > now:
            offer_next(request=request, by=None)
            request.refresh_from_db()
    offer.status = OfferStatus.DECLINED
    return request


def cancel_request(request: InterpreterRequest, by: User | None) -> InterpreterRequest:
    """Nobody is needed any more: a waiting offer is withdrawn, a booking released."""
    now = timezone.now()
    with transaction.atomic():
        current = _locked(request)
        if current.status not in (RequestStatus.OPEN, RequestStatus.OFFERED, RequestStatus.ACCEPTED):
            raise ValidationError(_("This request is already closed."), code="state")
        pending = list(current.offers.filter(status=OfferStatus.PENDING).select_related("interpreter"))
        current.offers.filter(status=OfferStatus.PENDING).update(status=OfferStatus.WITHDRAWN, answered_at=now)
        released = None
        assignment = Assignment.objects.filter(request=current, cancelled_at__isnull=True).first()
        if assignment is not None:
            AssignmentBlock.objects.filter(assignment=assignment).delete()
            assignment.cancelled_at = now
            assignment.save(update_fields=["cancelled_at"])
            released = assignment
        current.status, current.closed_at, current.closed_by = RequestStatus.CANCELLED, now, by
        current.save(update_fields=["status", "closed_at", "closed_by"])
        if current.ticket_id is not None and released is not None:
            _unarrange(current.ticket_id)
        from onestop.interpreting.notifications import notify_cancelled

        for offer_ in pending:
            notify_cancelled(offer_.interpreter, current)
        if released is not None:
            notify_cancelled(released.interpreter, current)
    request.status = current.status
    return current


def _unarrange(ticket_id: int) -> None:
    """A waiting ticket whose interpreter is cancelled waits for a desk speaking its language again."""
    still = InterpreterRequest.objects.filter(ticket_id=ticket_id, status=RequestStatus.ACCEPTED).exists()
    if not still:
        Ticket.objects.filter(pk=ticket_id, status=TicketStatus.WAITING).update(interpreter_arranged=False)


def close_unfilled(*, request: InterpreterRequest, by: User | None) -> InterpreterRequest:
    """The coordinator gives up on a request nobody could take (status "declined")."""
    with transaction.atomic():
        current = _locked(request)
        if current.status != RequestStatus.OPEN:
            raise ValidationError(_("Only an open request can be closed as not filled."), code="state")
        current.status, current.closed_at, current.closed_by = RequestStatus.DECLINED, timezone.now(), by
        current.save(update_fields=["status", "closed_at", "closed_by"])
    return current


def complete(*, request: InterpreterRequest, by: User | None) -> InterpreterRequest:
    """The interpreting took place."""
    now = timezone.now()
    with transaction.atomic():
        current = _locked(request)
        if current.status != RequestStatus.ACCEPTED:
            raise ValidationError(_("Only an accepted request can be marked as done."), code="state")
        if current.starts_at > now:
            raise ValidationError(_("This request has not started yet."), code="state")
        current.status, current.closed_at, current.closed_by = RequestStatus.DONE, now, by
        current.save(update_fields=["status", "closed_at", "closed_by"])
    return current


def describe(request: InterpreterRequest) -> str:
    """One line for messages: language, mode and local time."""
    local = request.starts_at.astimezone(availability.local_tz())
    until = request.ends_at.astimezone(availability.local_tz())
    return _("%(language)s, %(mode)s, %(day)s %(start)s-%(end)s") % {
        "language": language_name(request.language),
        "mode": Mode(request.mode).label,
        "day": local.strftime("%Y-%m-%d"),
        "start": local.strftime("%H:%M"),
        "end": until.strftime("%H:%M"),
    }


# --- The pool ------------------------------------------------------------------------------------


def interpreter_save(
    *,
    interpreter: Interpreter | None = None,
    name: str,
    kind: str,
    user: User | None = None,
    phone: str = "",
    email: str = "",
    languages: Iterable[str],
    modes: Iterable[str],
    note: str = "",
    is_active: bool = True,
) -> Interpreter:
    """Create or change an interpreter of the pool, with languages and modes."""
    codes = sorted(set(languages))
    if not codes:
        raise ValidationError(_("Choose at least one language."), code="languages")
    if any(c not in SPOKEN_LANGUAGE_CODES for c in codes):
        raise ValidationError(_("Choose languages from the list."), code="languages")
    chosen = set(modes)
    if not chosen or not chosen <= set(Mode.values):
        raise ValidationError(_("Choose at least one mode: on site, by phone or by video."), code="modes")
    if kind not in InterpreterKind.values:
        raise ValidationError(_("Choose staff or freelance."), code="kind")
    if kind == InterpreterKind.STAFF and user is None:
        raise ValidationError(_("A staff interpreter needs a staff account."), code="user")
    if not name.strip():
        raise ValidationError(_("Enter a name."), code="name")
    phone = normalise_phone(phone)
    with transaction.atomic():
        others = Interpreter.objects.filter(user=user)
        if interpreter is not None:
            others = others.exclude(pk=interpreter.pk)
        if user is not None and others.exists():
            raise ValidationError(_("This staff member is already in the pool."), code="user")
        target = interpreter or Interpreter()
        target.name, target.kind, target.user = name.strip(), kind, user
        target.phone, target.email, target.note, target.is_active = phone, email, note.strip()[:500], is_active
        target.on_site = Mode.ON_SITE in chosen
        target.by_phone = Mode.PHONE in chosen
        target.by_video = Mode.VIDEO in chosen
        target.save()
        target.languages.exclude(code__in=codes).delete()
        for code in codes:
            InterpreterLanguage.objects.get_or_create(interpreter=target, code=code)
    return target


def set_windows(*, interpreter: Interpreter, windows: Iterable[tuple[int, time, time]]) -> None:
    """Replace the weekly windows: (weekday 0=Monday, from, until) in local wall-clock time."""
    rows = sorted(set(windows))
    for weekday, starts, ends in rows:
        if not 0 <= weekday <= 6:
            raise ValidationError(_("Choose a day of the week."), code="windows")
        if ends <= starts and ends != availability.MIDNIGHT:
            raise ValidationError(_("Each time window must end after it starts."), code="windows")
    with transaction.atomic():
        interpreter.windows.all().delete()
        AvailabilityWindow.objects.bulk_create(
            AvailabilityWindow(interpreter=interpreter, weekday=w, starts=s, ends=e) for w, s, e in rows
        )


def absence_add(*, interpreter: Interpreter, first_day: date, last_day: date, reason: str = "") -> Absence:
    if last_day < first_day:
        raise ValidationError(_("The last day must not be before the first day."), code="absence")
    return Absence.objects.create(
        interpreter=interpreter, first_day=first_day, last_day=last_day, reason=reason.strip()[:200]
    )


def absence_remove(*, absence: Absence) -> None:
    absence.delete()
