"""The interpreting API under /api/v1/: requests and their actions, and the pool.

The rules of the pages hold (interpreting/rules.py): staff who take no part in interpreting get 403
everywhere; a request you may not see answers 404, the same as one that does not exist. A refused
action answers 400 with the translated reason, or 409 when the state moved on under you ("taken":
the interpreter was booked for another request at this time a moment ago; "state": the request or
offer is no longer in a state for this action).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.accounts.models import User
from onestop.clients.api import ERROR_SCHEMA, FORBIDDEN, INVALID, NOT_FOUND
from onestop.core.languages import SPOKEN_LANGUAGE_CODES
from onestop.core.permissions import has_perm
from onestop.interpreting import selectors, services
from onestop.interpreting.access import get_desk_for_user, get_ticket_for_user
from onestop.interpreting.models import (
    Interpreter,
    InterpreterKind,
    InterpreterRequest,
    Mode,
    Offer,
    OfferStatus,
    RequestStatus,
)

TakesPart = has_perm("interpreting.take_part")
CONFLICT = OpenApiResponse(
    ERROR_SCHEMA, description='The state moved on: code "taken" (interpreter booked meanwhile) or "state".'
)


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "state"


def _user(request: Request) -> User:
    user = request.user
    assert isinstance(user, User)  # TakesPart lets only authenticated staff through
    return user


def _refused(error: DjangoValidationError) -> exceptions.APIException:
    """A service's refusal as a JSON error: 409 when the state moved on, else 400."""
    if error.code in ("taken", "state"):
        return Conflict(error.messages[0], code=error.code)
    return exceptions.ValidationError({"non_field_errors": error.messages})


# --- Serializers --------------------------------------------------------------------------------


class OfferOutSerializer(serializers.ModelSerializer[Offer]):
    interpreter_name = serializers.CharField(source="interpreter.name")

    class Meta:
        model = Offer
        fields = ["id", "interpreter", "interpreter_name", "status", "reason", "created_at", "answered_at"]


class RequestOutSerializer(serializers.ModelSerializer[InterpreterRequest]):
    offers = OfferOutSerializer(many=True)
    interpreter = serializers.SerializerMethodField(help_text="The booked interpreter's id, once accepted.")
    short = serializers.BooleanField(
        source="flagged_short", help_text="Nobody in the pool interpreted this language in this mode when asked."
    )

    class Meta:
        model = InterpreterRequest
        fields = [
            "id", "language", "mode", "starts_at", "ends_at", "status", "short", "desk", "ticket",
            "requested_by", "note", "created_at", "closed_at", "interpreter", "offers",
        ]  # fmt: skip

    def get_interpreter(self, request: InterpreterRequest) -> int | None:
        if request.status not in (RequestStatus.ACCEPTED, RequestStatus.DONE):
            return None
        assignment = getattr(request, "assignment", None)
        return assignment.interpreter_id if assignment is not None else None


class RequestInSerializer(serializers.Serializer[Any]):
    language = serializers.ChoiceField(choices=list(SPOKEN_LANGUAGE_CODES))
    mode = serializers.ChoiceField(choices=Mode.choices)
    starts_at = serializers.DateTimeField(help_text="With a time zone offset, e.g. 2026-12-01T10:00:00+01:00.")
    ends_at = serializers.DateTimeField()
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    desk = serializers.IntegerField(required=False, allow_null=True, default=None, help_text="A desk you work at.")
    ticket = serializers.IntegerField(
        required=False, allow_null=True, default=None, help_text="A walk-in ticket at a site where you work."
    )
    offer = serializers.BooleanField(
        default=True, help_text="Offer it at once to the best available interpreter (default)."
    )


class OfferInSerializer(serializers.Serializer[Any]):
    interpreter = serializers.IntegerField(
        required=False, allow_null=True, default=None, help_text="Omit to offer to the best available interpreter."
    )


class InterpreterDeclineInSerializer(serializers.Serializer[Any]):
    reason = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")


class InterpreterOutSerializer(serializers.ModelSerializer[Interpreter]):
    languages = serializers.SerializerMethodField()
    modes = serializers.ListField(child=serializers.ChoiceField(choices=Mode.choices))

    class Meta:
        model = Interpreter
        fields = ["id", "name", "kind", "languages", "modes", "is_active"]

    def get_languages(self, interpreter: Interpreter) -> list[str]:
        return [language.code for language in interpreter.languages.all()]


# --- Views --------------------------------------------------------------------------------------


def _with_details(requests: QuerySet[InterpreterRequest]) -> QuerySet[InterpreterRequest]:
    offers = Offer.objects.select_related("interpreter").order_by("created_at", "pk")
    return requests.select_related("assignment").prefetch_related(Prefetch("offers", queryset=offers))


def _out(request: InterpreterRequest) -> Any:
    return RequestOutSerializer(_with_details(InterpreterRequest.objects.filter(pk=request.pk)).get()).data


class RequestListView(APIView):
    permission_classes = [TakesPart]
    pagination_class = PageNumberPagination

    @extend_schema(
        parameters=[OpenApiParameter("status", str, enum=RequestStatus.values, description="Only this status.")],
        responses={200: RequestOutSerializer(many=True), 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """The requests you asked for or were offered (the coordinator: all), latest first."""
        requests = selectors.requests_visible_to(_user(request))
        wanted = request.query_params.get("status", "")
        if wanted:
            if wanted not in RequestStatus.values:
                raise exceptions.ValidationError({"status": [_("Choose a status from the list.")]})
            requests = requests.filter(status=wanted)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(_with_details(requests), request, view=self)
        return paginator.get_paginated_response(RequestOutSerializer(page, many=True).data)

    @extend_schema(request=RequestInSerializer, responses={201: RequestOutSerializer, 400: INVALID, 403: FORBIDDEN})
    def post(self, request: Request) -> Response:
        """Ask for an interpreter. A language nobody in the pool speaks is accepted and marked short."""
        user = _user(request)
        if not user.has_perm("interpreting.request"):
            raise exceptions.PermissionDenied()
        serializer = RequestInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        desk = ticket = None
        try:
            if data["desk"] is not None:
                desk = get_desk_for_user(user, data["desk"])
        except Http404:
            raise exceptions.ValidationError({"desk": [_("No desk with this id that you work at.")]}) from None
        try:
            if data["ticket"] is not None:
                ticket = get_ticket_for_user(user, data["ticket"], desk)
        except Http404:
            raise exceptions.ValidationError(
                {"ticket": [_("No ticket with this id at a site where you work.")]}
            ) from None
        try:
            made = services.request_interpreter(
                language=data["language"], mode=data["mode"], start=data["starts_at"], end=data["ends_at"],
                requested_by=user, note=data["note"], desk=desk, ticket=ticket, auto_offer=data["offer"],
            )  # fmt: skip
        except DjangoValidationError as error:
            raise _refused(error) from None
        return Response(_out(made), status=status.HTTP_201_CREATED)


class RequestDetailView(APIView):
    permission_classes = [TakesPart]

    @extend_schema(responses={200: RequestOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, request_id: int) -> Response:
        return Response(_out(selectors.get_request_for_user(_user(request), request_id)))


def _pending_offer(found: InterpreterRequest, user: User) -> Offer:
    """The offer waiting for an answer; else the user's own latest one, so that answering an offer
    withdrawn because the interpreter was booked meanwhile says "just taken"."""
    offers = found.offers.select_related("interpreter", "request")
    offer = offers.filter(status=OfferStatus.PENDING).first() or offers.filter(interpreter__user=user).first()
    if offer is None:
        raise Conflict(_("No offer of this request is waiting for an answer."), code="state")
    return offer


class RequestActionView(APIView):
    """A named action on a request; the subclasses say which."""

    permission_classes = [TakesPart]

    def act(self, request: Request, user: User, found: InterpreterRequest) -> None:
        raise NotImplementedError

    def post(self, request: Request, request_id: int) -> Response:
        user = _user(request)
        found = selectors.get_request_for_user(user, request_id)
        try:
            self.act(request, user, found)
        except DjangoValidationError as error:
            raise _refused(error) from None
        return Response(_out(found))


ACTION_RESPONSES = {200: RequestOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND, 409: CONFLICT}


class RequestOfferView(RequestActionView):
    @extend_schema(request=OfferInSerializer, responses=ACTION_RESPONSES)
    def post(self, request: Request, request_id: int) -> Response:
        """Offer an open request to an interpreter (the coordinator)."""
        return super().post(request, request_id)

    def act(self, request: Request, user: User, found: InterpreterRequest) -> None:
        if not user.has_perm("interpreting.coordinate"):
            raise exceptions.PermissionDenied()
        serializer = OfferInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        chosen = serializer.validated_data["interpreter"]
        if chosen is None:
            if services.offer_next(request=found, by=user) is None:
                raise Conflict(_("Nobody is free at this time."), code="unavailable")
            return
        interpreter = Interpreter.objects.filter(pk=chosen).first()
        if interpreter is None:
            raise exceptions.ValidationError({"interpreter": [_("Choose an interpreter from the pool.")]})
        services.offer(request=found, interpreter=interpreter, by=user)


class RequestAcceptView(RequestActionView):
    @extend_schema(request=None, responses=ACTION_RESPONSES)
    def post(self, request: Request, request_id: int) -> Response:
        """Accept the offer waiting for you (or, as the coordinator, for a freelancer)."""
        return super().post(request, request_id)

    def act(self, request: Request, user: User, found: InterpreterRequest) -> None:
        offer = _pending_offer(found, user)
        if not user.has_perm("interpreting.answer_offer", offer):
            raise exceptions.PermissionDenied()
        services.accept(offer=offer, by=user)


class RequestDeclineView(RequestActionView):
    @extend_schema(request=InterpreterDeclineInSerializer, responses=ACTION_RESPONSES)
    def post(self, request: Request, request_id: int) -> Response:
        """Decline the offer waiting for you; the request goes to the next available interpreter."""
        return super().post(request, request_id)

    def act(self, request: Request, user: User, found: InterpreterRequest) -> None:
        offer = _pending_offer(found, user)
        if not user.has_perm("interpreting.answer_offer", offer):
            raise exceptions.PermissionDenied()
        serializer = InterpreterDeclineInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.decline(offer=offer, by=user, reason=serializer.validated_data["reason"])


class RequestCancelView(RequestActionView):
    @extend_schema(request=None, responses=ACTION_RESPONSES)
    def post(self, request: Request, request_id: int) -> Response:
        """Cancel a request you asked for (the coordinator: any); a booking is released."""
        return super().post(request, request_id)

    def act(self, request: Request, user: User, found: InterpreterRequest) -> None:
        if not user.has_perm("interpreting.cancel_request", found):
            raise exceptions.PermissionDenied()
        services.cancel_request(found, user)


class InterpreterListView(APIView):
    permission_classes = [TakesPart]

    @extend_schema(
        parameters=[
            OpenApiParameter("language", str, description="Only interpreters of this language."),
            OpenApiParameter("kind", str, enum=InterpreterKind.values),
        ],
        responses={200: InterpreterOutSerializer(many=True), 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """The active interpreters of the pool with their languages and modes (no contact details)."""
        interpreters = selectors.pool().filter(is_active=True)
        language = request.query_params.get("language", "")
        if language:
            interpreters = interpreters.filter(languages__code=language).distinct()
        kind = request.query_params.get("kind", "")
        if kind:
            interpreters = interpreters.filter(kind=kind)
        return Response(InterpreterOutSerializer(interpreters, many=True).data)


urlpatterns: list[URLPattern] = [
    path("interpreter-requests/", RequestListView.as_view(), name="interpreter_request_list"),
    path("interpreter-requests/<int:request_id>/", RequestDetailView.as_view(), name="interpreter_request_detail"),
    path("interpreter-requests/<int:request_id>/offer/", RequestOfferView.as_view(), name="interpreter_request_offer"),
    path(
        "interpreter-requests/<int:request_id>/accept/",
        RequestAcceptView.as_view(),
        name="interpreter_request_accept",
    ),
    path(
        "interpreter-requests/<int:request_id>/decline/",
        RequestDeclineView.as_view(),
        name="interpreter_request_decline",
    ),
    path(
        "interpreter-requests/<int:request_id>/cancel/",
        RequestCancelView.as_view(),
        name="interpreter_request_cancel",
    ),
    path("interpreters/", InterpreterListView.as_view(), name="interpreter_list"),
]
