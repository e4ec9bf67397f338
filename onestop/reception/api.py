"""The reception API: desks, tickets, desk actions and the display feed (under /api/v1/).

Desk actions live under the desk (``/desks/{id}/...``), so one rule answers for all of them: a
desk the user may not operate answers the same 404 as a missing one. Staff whose roles work at
no desk get 403 on every URL here, the same answer for every id. The display feed is public and
carries no personal data: ticket numbers, desk labels and counts only.
"""

from __future__ import annotations

import time as time_module
from datetime import datetime, time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.accounts.models import User
from onestop.clients.api import ERROR_SCHEMA
from onestop.core.languages import SPOKEN_LANGUAGE_CODES, interface_language_codes
from onestop.core.permissions import has_perm
from onestop.directory.models import Service, Site
from onestop.directory.selectors import local_text, public_sites
from onestop.reception import estimates, selectors, services
from onestop.reception.access import desks_for_user, get_desk_for_user, sites_for_user, tickets_for_user
from onestop.reception.models import (
    OPEN_STATUSES,
    Channel,
    Desk,
    DeskSession,
    Outcome,
    PriorityReason,
    Ticket,
    TicketStatus,
    WaitEstimate,
)

UsesDesks = has_perm("reception.use_desks")
ChecksIn = has_perm("reception.check_in")

NOT_FOUND = OpenApiResponse(ERROR_SCHEMA, description="The same answer whether it does not exist or is not yours.")
INVALID = OpenApiResponse(ERROR_SCHEMA, description="Some of the data is not valid; nothing was changed.")
FORBIDDEN = OpenApiResponse(ERROR_SCHEMA, description="Your roles do not work at the reception.")

# The field a service's refusal is about, by its code (services.py); others concern the request.
FIELD_OF_CODE = {
    "service": "service",
    "quota": "service",
    "remote": "service",
    "closed": "site",
    "language": "language",
    "phone": "phone",
    "priority": "priority_reason",
    "languages": "languages",
    "outcome": "outcome",
    "note": "note",
    "contact": "phone",
}


def _user(request: Request) -> User:
    user = request.user
    # The permission classes let only authenticated staff through.
    assert isinstance(user, User)
    return user


def _invalid(error: DjangoValidationError) -> exceptions.ValidationError:
    """A service's refusal, with its translated reason, as a 400 naming the field it is about."""
    field = FIELD_OF_CODE.get(getattr(error, "code", None) or "", "non_field_errors")
    return exceptions.ValidationError({field: error.messages})


def ticket_status_path(ticket: Ticket) -> str:
    """The public status page of a ticket, in the language of the ticket's pages."""
    language = ticket.page_language or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            return reverse("queue:ticket", kwargs={"token": ticket.token})
        except NoReverseMatch:  # the public pages are not installed: the same address by hand
            return f"/{language}/queue/t/{ticket.token}/"


# --- Serializers --------------------------------------------------------------------------------


class DeskServiceOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()


class DeskSiteOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()


class DeskOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    label = serializers.CharField(help_text="Shown on the display screen and called out.")  # type: ignore[assignment]
    name = serializers.CharField()
    organisation = serializers.IntegerField(source="organisation_id")
    site = DeskSiteOutSerializer()
    services = DeskServiceOutSerializer(many=True, source="services.all")
    is_open = serializers.SerializerMethodField()
    languages = serializers.SerializerMethodField(help_text="The languages spoken at the desk today (when open).")
    opened_at = serializers.SerializerMethodField()

    def _session(self, desk: Desk) -> DeskSession | None:
        sessions: list[DeskSession] = getattr(desk, "open_sessions", None) or []
        return sessions[0] if sessions else None

    def get_is_open(self, desk: Desk) -> bool:
        return self._session(desk) is not None

    def get_languages(self, desk: Desk) -> list[str]:
        session = self._session(desk)
        return list(session.languages) if session else []

    def get_opened_at(self, desk: Desk) -> datetime | None:
        session = self._session(desk)
        return session.opened_at if session else None


def _desks(desks: QuerySet[Desk]) -> QuerySet[Desk]:
    return desks.select_related("site").prefetch_related(
        "services",
        Prefetch("sessions", queryset=DeskSession.objects.filter(closed_at__isnull=True), to_attr="open_sessions"),
    )


def _desk_out(desk: Desk) -> Any:
    return DeskOutSerializer(_desks(Desk.objects.filter(pk=desk.pk)).get()).data


class DeskOpenInSerializer(serializers.Serializer[Any]):
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=SPOKEN_LANGUAGE_CODES),
        allow_empty=False,
        help_text="The languages spoken at the desk today.",
    )


class TicketOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    code = serializers.CharField(help_text="The number shown and called out, e.g. W-014.")
    number = serializers.IntegerField()
    day = serializers.DateField(help_text="The business day the number belongs to.")
    status = serializers.ChoiceField(choices=TicketStatus.choices)
    site = serializers.CharField(source="site.slug")
    service = serializers.IntegerField(source="service_id")
    service_name = serializers.CharField(source="service.name")
    channel = serializers.ChoiceField(choices=Channel.choices)
    language = serializers.CharField(help_text="The language the person speaks.")
    page_language = serializers.CharField(help_text="The language of the person's status page and messages.")
    interpreter_arranged = serializers.BooleanField()
    priority_reason = serializers.CharField()
    priority_weight = serializers.IntegerField()
    arrived_at = serializers.DateTimeField()
    called_at = serializers.DateTimeField(allow_null=True)
    call_count = serializers.IntegerField()
    desk = serializers.CharField(source="desk.label", allow_null=True, default=None)
    ended_at = serializers.DateTimeField(allow_null=True)
    outcome = serializers.CharField()
    note = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    notify_position = serializers.IntegerField(allow_null=True)
    status_url = serializers.SerializerMethodField(help_text="The person's status page (no login; keep it private).")

    def get_status_url(self, ticket: Ticket) -> str:
        request = self.context.get("request")
        relative = ticket_status_path(ticket)
        return request.build_absolute_uri(relative) if request is not None else relative


class TicketDetailOutSerializer(TicketOutSerializer):
    position = serializers.SerializerMethodField(help_text="1 for the person called next; null unless waiting.")
    estimate_minutes = serializers.SerializerMethodField(help_text="Estimated wait; null unless waiting.")

    def _estimate(self, ticket: Ticket) -> estimates.Estimate | None:
        given: dict[int, estimates.Estimate | None] = self.context.get("places", {})
        cache: dict[int, estimates.Estimate | None] = self.__dict__.setdefault("_places", dict(given))
        if ticket.pk not in cache:
            cache[ticket.pk] = selectors.ticket_place(ticket, timezone.now())
        return cache[ticket.pk]

    def get_position(self, ticket: Ticket) -> int | None:
        place = self._estimate(ticket)
        return place.position if place else None

    def get_estimate_minutes(self, ticket: Ticket) -> int | None:
        place = self._estimate(ticket)
        return place.minutes if place else None


def _ticket_out(
    ticket: Ticket,
    request: Request,
    *,
    http_status: int = status.HTTP_200_OK,
    place: estimates.Estimate | None = None,
) -> Response:
    fresh = Ticket.objects.select_related("series", "service", "site", "desk").get(pk=ticket.pk)
    context = {"request": request, "places": {fresh.pk: place} if place is not None else {}}
    return Response(TicketDetailOutSerializer(fresh, context=context).data, status=http_status)


class TicketCreateInSerializer(serializers.Serializer[Any]):
    service = serializers.IntegerField(help_text="The id of the service.")
    site = serializers.CharField(max_length=80, help_text="The site's short name (slug) or id.")
    language = serializers.ChoiceField(choices=SPOKEN_LANGUAGE_CODES, help_text="The language the person speaks.")
    page_language = serializers.ChoiceField(
        choices=[code for code, _name in settings.LANGUAGES],
        required=False,
        help_text="The language of the status page; by default the spoken language.",
    )
    priority_reason = serializers.ChoiceField(choices=PriorityReason.choices, required=False, allow_blank=True)
    interpreter_arranged = serializers.BooleanField(required=False, default=False)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    email = serializers.EmailField(required=False, allow_blank=True, default="")
    notify_position = serializers.IntegerField(
        min_value=1, max_value=10, required=False, allow_null=True, default=None,
        help_text="Send a message when this many places from the front (needs a phone or an e-mail).",
    )  # fmt: skip

    def validate_site(self, value: str) -> Site:
        sites = sites_for_user(self.context["user"])
        site = sites.filter(pk=int(value)).first() if value.isdigit() else sites.filter(slug=value).first()
        if site is None:
            raise serializers.ValidationError(_("There is no such site where you work."))
        return site

    def validate_service(self, value: int) -> Service:
        service = Service.objects.filter(pk=value).first()
        if service is None:
            raise serializers.ValidationError(_("This service takes no walk-in tickets here."))
        return service

    def validate_phone(self, value: str) -> str:
        try:
            return services.normalise_phone(value)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from None


class TicketNoteInSerializer(serializers.Serializer[Any]):
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class TicketTransferInSerializer(serializers.Serializer[Any]):
    service = serializers.IntegerField(help_text="The service whose queue the person joins, at the same site.")
    note = serializers.CharField(max_length=500, help_text="A short note for the next desk.")

    def validate_service(self, value: int) -> Service:
        service = Service.objects.filter(pk=value).first()
        if service is None:
            raise serializers.ValidationError(_("That service takes no walk-in tickets at this site."))
        return service


class TicketFinishInSerializer(serializers.Serializer[Any]):
    outcome = serializers.ChoiceField(choices=Outcome.choices, default=Outcome.SERVED)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


# --- Desks --------------------------------------------------------------------------------------


class DeskListView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(
        parameters=[OpenApiParameter("site", str, description="Only the desks of this site (short name or id).")],
        responses={200: DeskOutSerializer(many=True), 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """The desks you may operate, with their site, services, and whether they are open with
        which languages today."""
        desks = desks_for_user(_user(request))
        site = request.query_params.get("site", "").strip()
        if site:
            desks = desks.filter(site_id=int(site)) if site.isdigit() else desks.filter(site__slug=site)
        return Response(DeskOutSerializer(_desks(desks.order_by("site__name", "label")), many=True).data)


class DeskOpenView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(
        request=DeskOpenInSerializer,
        responses={200: DeskOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request, desk_id: int) -> Response:
        """Open the desk with the languages spoken there today (a desk already open is opened
        again with the new languages)."""
        user = _user(request)
        desk = get_desk_for_user(user, desk_id)
        serializer = DeskOpenInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            services.desk_open(desk=desk, by=user, languages=serializer.validated_data["languages"])
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(_desk_out(desk))


class DeskCloseView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=None, responses={200: DeskOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def post(self, request: Request, desk_id: int) -> Response:
        """Close the desk; closing a closed desk changes nothing."""
        user = _user(request)
        desk = get_desk_for_user(user, desk_id)
        services.desk_close(desk=desk, by=user)
        return Response(_desk_out(desk))


class DeskCallNextView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(
        request=None,
        responses={
            200: TicketDetailOutSerializer,
            204: OpenApiResponse(description="Nobody waiting fits this desk's services and languages."),
            400: INVALID,
            403: FORBIDDEN,
            404: NOT_FOUND,
        },
    )
    def post(self, request: Request, desk_id: int) -> Response:
        """Call the best waiting ticket for this desk: its services, the languages spoken here
        (or an interpreter arranged), the priority rules, and nobody past the longest wait."""
        user = _user(request)
        desk = get_desk_for_user(user, desk_id)
        try:
            ticket = services.call_next(desk=desk, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        if ticket is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return _ticket_out(ticket, request)


class QueueLineOutSerializer(TicketOutSerializer):
    why = serializers.CharField(help_text="Why the ticket stands where it stands (translated).")
    waited_minutes = serializers.IntegerField()


class DeskQueueOutSerializer(serializers.Serializer[Any]):
    desk = DeskOutSerializer()
    current = TicketOutSerializer(allow_null=True, help_text="The ticket called to this desk now, if any.")
    parked = TicketOutSerializer(many=True, help_text="Tickets of the desk's services set aside.")
    waiting = QueueLineOutSerializer(
        many=True, help_text="The tickets this desk may call, best first (at most 50); empty while it is closed."
    )


class DeskQueueView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(responses={200: DeskQueueOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, desk_id: int) -> Response:
        """What the desk sees: the ticket being served, the parked ones, and the queue it may call
        in the order call-next follows, each with the reason for its place."""
        desk = _desks(desks_for_user(_user(request)).filter(pk=desk_id)).first()
        if desk is None or not request.user.has_perm("reception.operate_desk", desk):
            raise Http404
        sessions: list[DeskSession] = getattr(desk, "open_sessions", [])
        now = timezone.now()
        lines = selectors.desk_queue(desk, sessions[0] if sessions else None, now)
        related = ("service", "site", "desk")
        for line in lines:
            line.ticket.site = desk.site  # the desk's site: no query per ticket
        waiting = [
            {**TicketOutSerializer(line.ticket, context={"request": request}).data, "why": line.why,
             "waited_minutes": line.waited_minutes}
            for line in lines
        ]  # fmt: skip
        current = selectors.current_ticket(desk)
        data = {
            "desk": DeskOutSerializer(desk).data,
            "current": TicketOutSerializer(current, context={"request": request}).data if current else None,
            "parked": TicketOutSerializer(
                selectors.parked_at(desk).select_related(*related), many=True, context={"request": request}
            ).data,
            "waiting": waiting,
        }
        return Response(data)


def _desk_ticket(request: Request, desk_id: int, ticket_id: int) -> tuple[User, Desk, Ticket]:
    """A desk the user operates and a ticket at its site; anything else is not found."""
    user = _user(request)
    desk = get_desk_for_user(user, desk_id)
    ticket = Ticket.objects.filter(pk=ticket_id, site_id=desk.site_id).first()
    if ticket is None:
        raise Http404
    return user, desk, ticket


DESK_ACTION_RESPONSES = {200: TicketDetailOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND}


class DeskTicketCallView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=None, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """Call this waiting or parked ticket to the desk (one of the desk's services)."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        try:
            called = services.call_ticket(desk=desk, ticket=ticket, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(called, request)


class DeskTicketRecallView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=None, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """Call the ticket at this desk again; after the series' number of calls it becomes a no-show."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        try:
            called = services.recall(desk=desk, ticket=ticket, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(called, request)


class DeskTicketNoShowView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=None, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """The person called to this desk did not come."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        try:
            ended = services.no_show(desk=desk, ticket=ticket, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(ended, request)


class DeskTicketParkView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=TicketNoteInSerializer, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """Set the ticket called here aside (the person fills in a form); resume calls it back."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        serializer = TicketNoteInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            parked = services.park(desk=desk, ticket=ticket, by=user, note=serializer.validated_data["note"])
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(parked, request)


class DeskTicketResumeView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=None, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """Call a parked ticket back to this desk."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        try:
            resumed = services.resume(desk=desk, ticket=ticket, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(resumed, request)


class DeskTicketTransferView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=TicketTransferInSerializer, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """Send the ticket called here to another service's queue at the same site, with a note;
        the person keeps the original arrival time."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        serializer = TicketTransferInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            moved = services.transfer(desk=desk, ticket=ticket, service=data["service"], by=user, note=data["note"])
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(moved, request)


class DeskTicketFinishView(APIView):
    permission_classes = [UsesDesks]

    @extend_schema(request=TicketFinishInSerializer, responses=DESK_ACTION_RESPONSES)
    def post(self, request: Request, desk_id: int, ticket_id: int) -> Response:
        """End the visit of the ticket called here, with its outcome."""
        user, desk, ticket = _desk_ticket(request, desk_id, ticket_id)
        serializer = TicketFinishInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            done = services.finish(desk=desk, ticket=ticket, by=user, outcome=data["outcome"], note=data["note"])
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return _ticket_out(done, request)


# --- Tickets ------------------------------------------------------------------------------------


class TicketListView(APIView):
    permission_classes = [ChecksIn]
    pagination_class = PageNumberPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("site", str, description="Only this site (short name or id)."),
            OpenApiParameter(
                "status",
                str,
                description="Only tickets in these states (comma-separated); by default the open ones "
                "(waiting, called, parked).",
            ),
        ],
        responses={200: TicketOutSerializer(many=True), 400: INVALID, 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """Tickets at the sites where you work, in order of arrival."""
        tickets = tickets_for_user(_user(request)).select_related("service", "site", "desk")
        site = request.query_params.get("site", "").strip()
        if site:
            tickets = tickets.filter(site_id=int(site)) if site.isdigit() else tickets.filter(site__slug=site)
        wanted = [s.strip() for s in request.query_params.get("status", "").split(",") if s.strip()]
        unknown = [s for s in wanted if s not in TicketStatus.values]
        if unknown:
            raise exceptions.ValidationError({"status": [_("Choose states from: %s.") % ", ".join(TicketStatus)]})
        tickets = tickets.filter(status__in=wanted or OPEN_STATUSES)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(tickets.order_by("arrived_at", "pk"), request, view=self)
        data = TicketOutSerializer(page or [], many=True, context={"request": request}).data
        return paginator.get_paginated_response(data)

    @extend_schema(
        request=TicketCreateInSerializer,
        responses={201: TicketDetailOutSerializer, 400: INVALID, 403: FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        """Check a person in: the ticket with its number and the link to its status page. Only
        while the site is open and the service's daily quota is not used up. Send an
        `Idempotency-Key` header: a retried request then gets the same ticket, never a second."""
        user = _user(request)
        serializer = TicketCreateInSerializer(data=request.data, context={"user": user})
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        check_in = services.CheckIn(
            service=data["service"], site=data["site"], language=data["language"],
            page_language=data.get("page_language", ""), channel=Channel.API,
            priority_reason=data.get("priority_reason", ""), interpreter_arranged=data["interpreter_arranged"],
            phone=data["phone"], email=data["email"], notify_position=data["notify_position"],
        )  # fmt: skip
        try:
            ticket = services.check_in(check_in, by=user, request=request._request)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        # The estimate the check-in just gave and stored, rather than working it out again.
        given = WaitEstimate.objects.filter(ticket=ticket).order_by("-made_at").first()
        place = estimates.Estimate(given.position, given.minutes, desks=0) if given is not None else None
        return _ticket_out(ticket, request, http_status=status.HTTP_201_CREATED, place=place)


class TicketDetailView(APIView):
    permission_classes = [ChecksIn]

    @extend_schema(responses={200: TicketDetailOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, ticket_id: int) -> Response:
        """A ticket at a site where you work, with its place in the queue and the estimated wait."""
        ticket = tickets_for_user(_user(request)).filter(pk=ticket_id).first()
        if ticket is None:
            raise Http404
        return _ticket_out(ticket, request)


# --- The public display feed --------------------------------------------------------------------


class DisplayCallSerializer(serializers.Serializer[Any]):
    code = serializers.CharField()
    desk = serializers.CharField(help_text="The desk's display label.")
    pictogram = serializers.CharField()
    called_at = serializers.DateTimeField()


class DisplayQueueSerializer(serializers.Serializer[Any]):
    service = serializers.IntegerField()
    name = serializers.CharField(help_text="In the requested language where translated.")
    prefix = serializers.CharField()
    pictogram = serializers.CharField()
    waiting = serializers.IntegerField()
    estimate_minutes = serializers.IntegerField(help_text="What a person taking a ticket now would probably wait.")


class DisplayOutSerializer(serializers.Serializer[Any]):
    site = DeskSiteOutSerializer()
    language = serializers.CharField()
    generated_at = serializers.DateTimeField()
    calls = DisplayCallSerializer(many=True, help_text="The latest calls, newest first.")
    queues = DisplayQueueSerializer(many=True)
    languages = serializers.ListField(
        child=serializers.CharField(), help_text="Page languages of the people waiting, most common first."
    )
    notices = serializers.ListField(child=serializers.CharField())


# Every screen of a site polls the same feed every few seconds: it is worked out once per site,
# language and this many seconds (a fresh call shows within one poll).
DISPLAY_CACHE_SECONDS = 2
# A feed older than this is never shown, even while the next one is being worked out.
DISPLAY_STALE_SECONDS = 30


def _clock() -> float:
    """Wall-clock seconds (shared by the processes that share the cache)."""
    return time_module.time()


def display_feed(site: Site, language: str) -> dict[str, Any]:
    """The display data of a site in a language, as JSON-ready data."""
    now = timezone.now()
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(now), time()))
    overview = selectors.site_overview(site, now)
    data = {
        "site": site,
        "language": language,
        "generated_at": now,
        "calls": selectors.latest_calls(site, since=midnight),
        "queues": [
            {
                "service": row.series.service_id,
                "name": local_text(row.series.service, language).name,
                "prefix": row.series.prefix,
                "pictogram": row.series.pictogram,
                "waiting": row.waiting,
                "estimate_minutes": row.estimate_minutes or 0,
            }
            for row in overview
        ],
        "languages": selectors.waiting_languages(site),
        "notices": selectors.notices(site, now, language),
    }
    return dict(DisplayOutSerializer(data).data)


class SiteDisplayView(APIView):
    """The display screen's data for one site; public, no login, no personal data."""

    permission_classes = [AllowAny]
    authentication_classes: list[Any] = []

    @extend_schema(
        parameters=[OpenApiParameter("language", str, description="Language of the service names and notices.")],
        responses={200: DisplayOutSerializer, 404: NOT_FOUND},
        description=f"Worked out at most every {DISPLAY_CACHE_SECONDS} seconds per site and language.",
    )
    def get(self, request: Request, slug: str) -> Response:
        language = request.query_params.get("language", "")
        if language not in interface_language_codes():
            language = translation.get_language() or settings.LANGUAGE_CODE
        key = f"reception:display:{slug}:{language}"
        entry: tuple[float, dict[str, Any]] | None = cache.get(key)
        if entry is not None and (entry[0] > _clock() or not cache.add(f"{key}:busy", 1, 10)):
            # Fresh, or another request is working out the next one: the screens get this one
            # meanwhile instead of all waiting for (and all doing) the same work.
            return Response(entry[1])
        try:
            # The feed needs none of the opening hours and addresses public_sites() brings along.
            site = public_sites().prefetch_related(None).filter(slug=slug).first()
            if site is None:
                raise Http404
            data = display_feed(site, language)
            cache.set(key, (_clock() + DISPLAY_CACHE_SECONDS, data), DISPLAY_STALE_SECONDS)
        finally:
            cache.delete(f"{key}:busy")
        return Response(data)


ACTIONS = {
    "call": DeskTicketCallView,
    "recall": DeskTicketRecallView,
    "no-show": DeskTicketNoShowView,
    "park": DeskTicketParkView,
    "resume": DeskTicketResumeView,
    "transfer": DeskTicketTransferView,
    "finish": DeskTicketFinishView,
}

urlpatterns = [
    path("desks/", DeskListView.as_view(), name="desk_list"),
    path("desks/<int:desk_id>/open/", DeskOpenView.as_view(), name="desk_open"),
    path("desks/<int:desk_id>/close/", DeskCloseView.as_view(), name="desk_close"),
    path("desks/<int:desk_id>/call-next/", DeskCallNextView.as_view(), name="desk_call_next"),
    path("desks/<int:desk_id>/queue/", DeskQueueView.as_view(), name="desk_queue"),
    *[
        path(f"desks/<int:desk_id>/tickets/<int:ticket_id>/{action}/", view.as_view(), name=f"desk_ticket_{name}")
        for action, view in ACTIONS.items()
        for name in [action.replace("-", "_")]
    ],
    path("tickets/", TicketListView.as_view(), name="ticket_list"),
    path("tickets/<int:ticket_id>/", TicketDetailView.as_view(), name="ticket_detail"),
    path("sites/<slug:slug>/display/", SiteDisplayView.as_view(), name="site_display"),
]
