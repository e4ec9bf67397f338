"""Reads of interpreting: the inbox, unfilled requests, short languages, what a user may see."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.http import Http404

from onestop.accounts.models import User
from onestop.core.languages import language_name
from onestop.interpreting.availability import blocks
from onestop.interpreting.models import (
    UNFILLED_STATUSES,
    Assignment,
    AssignmentBlock,
    Interpreter,
    InterpreterRequest,
    Offer,
    OfferStatus,
    RequestStatus,
)
from onestop.interpreting.services import speaks_in_mode, works_then

LOOK_AHEAD = timedelta(days=14)


def interpreter_of(user: User) -> Interpreter | None:
    return Interpreter.objects.filter(user=user).first()


def pending_offers(interpreter: Interpreter) -> QuerySet[Offer]:
    return (
        Offer.objects.filter(interpreter=interpreter, status=OfferStatus.PENDING)
        .select_related("request", "request__desk__site", "request__ticket")
        .order_by("request__starts_at")
    )


def upcoming_assignments(interpreter: Interpreter, now: datetime) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(interpreter=interpreter, cancelled_at__isnull=True, ends_at__gt=now)
        .select_related("request", "request__desk__site", "request__ticket")
        .order_by("starts_at")
    )


def unfilled(now: datetime, ahead: timedelta = LOOK_AHEAD) -> QuerySet[InterpreterRequest]:
    """Requests without an interpreter yet that end after now and start within ``ahead``."""
    return (
        InterpreterRequest.objects.filter(status__in=UNFILLED_STATUSES, ends_at__gt=now, starts_at__lt=now + ahead)
        .select_related("desk__site", "ticket", "requested_by")
        .order_by("starts_at", "pk")
    )


@dataclass
class ShortLanguage:
    code: str
    name: str
    requests: list[InterpreterRequest] = field(default_factory=list)


def short_languages(now: datetime, ahead: timedelta = LOOK_AHEAD) -> list[ShortLanguage]:
    """Languages with open requests in the next two weeks that nobody available could take, most
    requests first. The same test as ``services.propose``, for all requests in a fixed number of
    queries: the pool, the bookings and the declines are read once."""
    requests = list(unfilled(now, ahead).filter(status=RequestStatus.OPEN))
    if not requests:
        return []
    interpreters = list(Interpreter.objects.filter(is_active=True).prefetch_related("languages", "windows", "absences"))
    first = min(blocks(r.starts_at, r.ends_at)[0] for r in requests)
    last = max(r.ends_at for r in requests)
    booked = set(
        AssignmentBlock.objects.filter(block_start__gte=first, block_start__lt=last).values_list(
            "interpreter_id", "block_start"
        )
    )
    declined = set(
        Offer.objects.filter(request__in=requests, status=OfferStatus.DECLINED).values_list(
            "request_id", "interpreter_id"
        )
    )

    def could_take(interpreter: Interpreter, request: InterpreterRequest) -> bool:
        return (
            (request.pk, interpreter.pk) not in declined
            and speaks_in_mode(interpreter, request.language, request.mode)
            and works_then(interpreter, request.starts_at, request.ends_at)
            and not any((interpreter.pk, b) in booked for b in blocks(request.starts_at, request.ends_at))
        )

    by_language: dict[str, list[InterpreterRequest]] = defaultdict(list)
    for request in requests:
        if not any(could_take(interpreter, request) for interpreter in interpreters):
            by_language[request.language].append(request)
    rows = [ShortLanguage(code, language_name(code), found) for code, found in by_language.items()]
    return sorted(rows, key=lambda row: (-len(row.requests), row.name.casefold()))


def requests_visible_to(user: User) -> QuerySet[InterpreterRequest]:
    """The coordinator sees every request; others what they asked for or were offered."""
    requests = InterpreterRequest.objects.select_related("desk__site", "ticket").order_by("-starts_at", "-pk")
    if user.has_perm("interpreting.coordinate"):
        return requests
    mine = Q(requested_by=user) | Q(pk__in=Offer.objects.filter(interpreter__user=user).values("request_id"))
    return requests.filter(mine)


def get_request_for_user(user: User, request_id: int) -> InterpreterRequest:
    """A request the user may see, or the same 404 as for one that does not exist."""
    found = requests_visible_to(user).filter(pk=request_id).first()
    if found is None:
        raise Http404
    return found


def get_offer_for_user(user: User, offer_id: int) -> Offer:
    offer = Offer.objects.filter(pk=offer_id).select_related("request", "interpreter").first()
    if offer is None or not user.has_perm("interpreting.answer_offer", offer):
        raise Http404
    return offer


def pool() -> QuerySet[Interpreter]:
    return Interpreter.objects.prefetch_related("languages", "windows").select_related("user").order_by("name", "pk")
