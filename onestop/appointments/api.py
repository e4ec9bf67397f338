"""The appointments API: free slots, bookings and their actions (under /api/v1/), for staff and for
partners that keep their own systems. The same rules as the staff pages: a booking of a service
the user does not book for is "not found"; a retried POST with the same Idempotency-Key acts once
(core/idempotency.py); the last place taken by someone else answers 409 with the next free times."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.accounts.models import User
from onestop.appointments import selectors, services
from onestop.appointments import slots as slot_layout
from onestop.appointments.access import get_booking_for_user
from onestop.appointments.models import Booking, BookingChannel, BookingStatus, SlotRule
from onestop.clients.access import get_client_for_user, records_visible_to
from onestop.clients.api import ERROR_SCHEMA, FORBIDDEN, INVALID, NOT_FOUND
from onestop.clients.models import Category
from onestop.clients.services import client_viewed
from onestop.core.languages import SPOKEN_LANGUAGE_CODES
from onestop.core.permissions import has_perm
from onestop.directory.models import Service, Site

BooksAppointments = has_perm("appointments.book_some")
TAKEN = OpenApiResponse(
    {
        "type": "object",
        "properties": {
            "error": {
                **ERROR_SCHEMA["properties"]["error"],
                "properties": {
                    **ERROR_SCHEMA["properties"]["error"]["properties"],
                    "alternatives": {
                        "type": "array",
                        "description": "The next free slots of the same service at the same site.",
                        "items": {"$ref": "#/components/schemas/SlotOut"},
                    },
                },
            }
        },
    },
    description="The last place of this slot was just taken: nothing was booked.",
)


def _user(request: Request) -> User:
    user = request.user
    assert isinstance(user, User)  # BooksAppointments lets only authenticated staff through
    return user


def _invalid(error: DjangoValidationError) -> exceptions.ValidationError:
    return exceptions.ValidationError({"non_field_errors": error.messages})


# --- Serializers --------------------------------------------------------------------------------


class SlotOutSerializer(serializers.Serializer[Any]):
    service = serializers.IntegerField(source="service_id")
    site = serializers.IntegerField(source="site_id")
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    capacity = serializers.IntegerField(help_text="Places in the slot.")
    free = serializers.IntegerField(help_text="Places still free now.")


class SlotQuerySerializer(serializers.Serializer[Any]):
    site = serializers.IntegerField()
    service = serializers.IntegerField(required=False, help_text="Left out: every service you book for at the site.")
    from_ = serializers.DateField(required=False, help_text="First local date (default: today).")
    to = serializers.DateField(required=False, help_text="Last local date (default: as far as booking is open).")

    def to_internal_value(self, data: Any) -> Any:
        data = {("from_" if key == "from" else key): value for key, value in data.items()}
        return super().to_internal_value(data)


class ArrivalTicketOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    code = serializers.CharField(help_text="The number called out and shown on the display.")


class BookingOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    service = serializers.IntegerField(source="service_id")
    service_name = serializers.CharField(source="service.name")
    site = serializers.IntegerField(source="site_id")
    site_name = serializers.CharField(source="site.name")
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    status = serializers.ChoiceField(choices=BookingStatus.choices)
    channel = serializers.ChoiceField(choices=BookingChannel.choices)
    name = serializers.CharField(help_text="Name or alias.")
    phone = serializers.CharField()
    email = serializers.CharField()
    language = serializers.CharField()
    interpreter_needed = serializers.BooleanField()
    client = serializers.SerializerMethodField(
        help_text="The client record, only when the caller may see it (the firewall): otherwise null."
    )
    ticket = ArrivalTicketOutSerializer(allow_null=True, help_text="The reception ticket, once the person arrived.")
    created_at = serializers.DateTimeField()

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_client(self, booking: Booking) -> int | None:
        visible: set[int] = self.context.get("visible_clients", set())
        return booking.client_id if booking.client_id in visible else None


def _visible_clients(user: Any, bookings: list[Booking]) -> set[int]:
    ids = {b.client_id for b in bookings if b.client_id is not None}
    return set(records_visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()


def _booking_data(user: Any, bookings: list[Booking], *, many: bool) -> Any:
    context = {"visible_clients": _visible_clients(user, bookings)}
    return BookingOutSerializer(bookings if many else bookings[0], many=many, context=context).data


class BookingInSerializer(serializers.Serializer[Any]):
    service = serializers.IntegerField()
    site = serializers.IntegerField()
    start = serializers.DateTimeField(help_text="The start of a free slot, as the slots endpoint gives it.")
    name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    language = serializers.ChoiceField(choices=SPOKEN_LANGUAGE_CODES)
    phone = serializers.CharField(max_length=30, required=False, allow_blank=True, default="")
    email = serializers.EmailField(required=False, allow_blank=True, default="")
    client = serializers.IntegerField(
        required=False, allow_null=True, default=None, help_text="A client record you may see (the read is audited)."
    )
    interpreter_needed = serializers.BooleanField(default=False)


class ChangeInSerializer(serializers.Serializer[Any]):
    start = serializers.DateTimeField(help_text="The start of another free slot of the same service and site.")


class ArriveOutSerializer(serializers.Serializer[Any]):
    booking = BookingOutSerializer()
    ticket = ArrivalTicketOutSerializer()


def _out(booking: Booking, user: Any) -> Any:
    fresh = Booking.objects.select_related("service", "site", "ticket").get(pk=booking.pk)
    return _booking_data(user, [fresh], many=False)


def _taken(error: services.SlotTaken) -> Response:
    body = {
        "error": {
            "status": status.HTTP_409_CONFLICT,
            "code": "taken",
            "message": error.messages[0],
            "alternatives": SlotOutSerializer(error.alternatives, many=True).data,
        }
    }
    return Response(body, status=status.HTTP_409_CONFLICT)


def _bookable(user: User, service_id: int, site_id: int) -> tuple[Service, Site]:
    service = Service.objects.filter(pk=service_id).first()
    site = Site.objects.filter(pk=site_id).first()
    if (
        service is None
        or site is None
        or not user.has_perm("appointments.book", service)
        or not SlotRule.objects.filter(service=service, site=site).exists()
    ):
        raise Http404
    return service, site


# --- Views --------------------------------------------------------------------------------------


class SlotListView(APIView):
    permission_classes = [BooksAppointments]

    @extend_schema(
        parameters=[
            OpenApiParameter("site", int, required=True),
            OpenApiParameter("service", int, description="Left out: every service you book for at the site."),
            OpenApiParameter("from", date, description="First local date (default: today)."),
            OpenApiParameter("to", date, description="Last local date (default: as far as booking is open)."),
        ],
        responses={200: SlotOutSerializer(many=True), 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def get(self, request: Request) -> Response:
        """Free slots with their free places, within each service's lead time and horizon."""
        user = _user(request)
        query = SlotQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        if "service" in data:
            service, site = _bookable(user, data["service"], data["site"])
            chosen = [service]
        else:
            found = Site.objects.filter(pk=data["site"]).first()
            if found is None:
                raise Http404
            site = found
            chosen = list(selectors.bookable_services(user).filter(slot_rules__site=site).distinct())
        first, last = data.get("from_"), data.get("to")
        if first and last and last < first:
            raise exceptions.ValidationError({"to": [_("The end date is before the start date.")]})
        if first and last and (last - first) > timedelta(days=370):
            raise exceptions.ValidationError({"to": [_("Ask for at most a year at a time.")]})
        free = slot_layout.free_slots(services=chosen, site=site, now=timezone.now(), first=first, last=last)
        return Response(SlotOutSerializer(free, many=True).data)


class BookingListView(APIView):
    permission_classes = [BooksAppointments]
    pagination_class = PageNumberPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("service", int),
            OpenApiParameter("site", int),
            OpenApiParameter("status", str, enum=[value for value, _label in BookingStatus.choices]),
            OpenApiParameter("from", date, description="Appointments from this local date on."),
            OpenApiParameter("to", date, description="Appointments up to this local date."),
        ],
        responses={200: BookingOutSerializer(many=True), 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """The bookings of the services you book for (the coordinator: all), by time."""
        bookings = selectors.bookings_visible_to(_user(request))
        params = request.query_params
        for key in ("service", "site"):
            if params.get(key, "").isdigit():
                bookings = bookings.filter(**{f"{key}_id": int(params[key])})
        if params.get("status") in BookingStatus.values:
            bookings = bookings.filter(status=params["status"])
        tz = slot_layout.local_tz()
        for key, lookup, extra in (("from", "start__gte", 0), ("to", "start__lt", 1)):
            try:
                day = date.fromisoformat(params[key]) if key in params else None
            except ValueError:
                raise exceptions.ValidationError({key: [_("Enter a date as YYYY-MM-DD.")]}) from None
            if day is not None:
                moment = slot_layout.wall_clock(day + timedelta(days=extra), time(0), tz)
                bookings = bookings.filter(**{lookup: moment or datetime.combine(day, time(1), tz)})
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(bookings.order_by("start", "pk"), request, view=self)
        return paginator.get_paginated_response(_booking_data(_user(request), list(page or []), many=True))

    @extend_schema(
        request=BookingInSerializer,
        responses={201: BookingOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND, 409: TAKEN},
    )
    def post(self, request: Request) -> Response:
        """Book a place for a person (a client record, or a name or alias with a phone or e-mail);
        confirmed at once. Send an Idempotency-Key: a retry then gives the same booking."""
        user = _user(request)
        serializer = BookingInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        service, site = _bookable(user, data["service"], data["site"])
        client, name = None, data["name"]
        if data["client"] is not None:
            visible = get_client_for_user(user, data["client"])
            client_viewed(client=visible.record, by=user, categories=visible.categories, request=request._request)
            client = visible.record
            if not name:  # the record's name only where the user sees it, else its code
                name = client.display_name if visible.sees(Category.IDENTITY) else client.code
        person = services.Person(
            name=name, language=data["language"], phone=data["phone"], email=data["email"], client=client,
            interpreter_needed=data["interpreter_needed"],
        )  # fmt: skip
        try:
            booking, _code = services.book(
                service=service, site=site, start=data["start"], person=person, channel=BookingChannel.API, by=user,
                request=request._request,
            )  # fmt: skip
        except services.SlotTaken as error:
            return _taken(error)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(_out(booking, _user(request)), status=status.HTTP_201_CREATED)


class BookingDetailView(APIView):
    permission_classes = [BooksAppointments]

    @extend_schema(responses={200: BookingOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, booking_id: int) -> Response:
        user = _user(request)
        return Response(_booking_data(user, [get_booking_for_user(user, booking_id)], many=False))


class BookingCancelView(APIView):
    permission_classes = [BooksAppointments]

    @extend_schema(request=None, responses={200: BookingOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND})
    def post(self, request: Request, booking_id: int) -> Response:
        """Cancel; the place is offered again after the service's cool-down."""
        user = _user(request)
        booking = get_booking_for_user(user, booking_id)
        try:
            booking = services.cancel(booking=booking, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(_out(booking, _user(request)))


class BookingChangeView(APIView):
    permission_classes = [BooksAppointments]

    @extend_schema(
        request=ChangeInSerializer,
        responses={200: BookingOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND, 409: TAKEN},
    )
    def post(self, request: Request, booking_id: int) -> Response:
        """Move a confirmed booking to another time: all or nothing. The answer is the new booking
        (the old one is cancelled)."""
        user = _user(request)
        booking = get_booking_for_user(user, booking_id)
        serializer = ChangeInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            new = services.change(booking=booking, start=serializer.validated_data["start"], by=user)
        except services.SlotTaken as error:
            return _taken(error)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(_out(new, _user(request)))


class BookingArriveView(APIView):
    permission_classes = [BooksAppointments]

    @extend_schema(request=None, responses={200: ArriveOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND})
    def post(self, request: Request, booking_id: int) -> Response:
        """The person arrived: a reception ticket with appointment priority (a plain walk-in ticket
        after the grace period)."""
        user = _user(request)
        booking = get_booking_for_user(user, booking_id)
        try:
            ticket = services.arrive(booking=booking, by=user)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response({"booking": _out(booking, _user(request)), "ticket": ArrivalTicketOutSerializer(ticket).data})


urlpatterns: list[URLPattern] = [
    path("slots/", SlotListView.as_view(), name="slot_list"),
    path("bookings/", BookingListView.as_view(), name="booking_list"),
    path("bookings/<int:booking_id>/", BookingDetailView.as_view(), name="booking_detail"),
    path("bookings/<int:booking_id>/cancel/", BookingCancelView.as_view(), name="booking_cancel"),
    path("bookings/<int:booking_id>/change/", BookingChangeView.as_view(), name="booking_change"),
    path("bookings/<int:booking_id>/arrive/", BookingArriveView.as_view(), name="booking_arrive"),
]
