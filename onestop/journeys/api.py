"""REST API for journeys, stamps and referrals, under the rules of the pages: a journey is the
"journey" part of a client record (clients/access.py); a referral shows the receiver the person's
identity and needs only while consent covers them. Reads are audited; "not allowed" is a 404."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.accounts.models import User
from onestop.clients.access import get_client_for_user
from onestop.clients.api import FORBIDDEN, INVALID, NOT_FOUND
from onestop.clients.models import Category
from onestop.clients.services import client_viewed
from onestop.core.permissions import has_perm
from onestop.directory.models import Organisation, Service
from onestop.directory.needs import NEED_CATEGORIES
from onestop.journeys import referrals, services
from onestop.journeys.access import (
    VisibleReferral,
    desk_organisations,
    get_journey_for_user,
    get_referral_for_user,
    is_overdue,
    may_adjust_journey,
    referrals_of,
)
from onestop.journeys.models import Journey, JourneyStep, JourneyTemplate, Outcome, ReferralStatus
from onestop.journeys.selectors import journey_steps

UsesRecords = has_perm("clients.use_records")
UsesReferrals = has_perm("journeys.use_referrals")
UsesApi = has_perm("core.use_api")


def _user(request: Request) -> User:
    assert isinstance(request.user, User)
    return request.user


def _invalid(error: DjangoValidationError) -> exceptions.ValidationError:
    return exceptions.ValidationError({"non_field_errors": error.messages})


# --- Serializers --------------------------------------------------------------------------------


class StampOutSerializer(serializers.Serializer[Any]):
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    reason = serializers.CharField(help_text="Why, in plain words (refused or not possible).")
    instead = serializers.CharField(help_text="What the person can do instead (refused or not possible).")
    organisation = serializers.IntegerField(source="organisation_id", allow_null=True)
    recorded_at = serializers.DateTimeField()
    referral = serializers.IntegerField(source="referral_id", allow_null=True)


class StepOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    position = serializers.IntegerField()
    service = serializers.IntegerField(source="service_id")
    service_name = serializers.CharField(source="service.name")
    organisation = serializers.IntegerField(source="service.organisation_id")
    title = serializers.CharField(source="__str__")
    what_to_bring = serializers.CharField()
    required = serializers.BooleanField()  # type: ignore[assignment]  # a field, not Field.required
    self_completable = serializers.BooleanField()
    prerequisites = serializers.SerializerMethodField()
    status = serializers.CharField(help_text="The latest stamp's outcome; empty before the first stamp.")
    stamps = StampOutSerializer(many=True, source="stamps.all")

    def get_prerequisites(self, step: JourneyStep) -> list[int]:
        return [p.pk for p in step.prerequisites.all()]


class JourneyOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    client = serializers.IntegerField(source="client_id")
    name = serializers.CharField()
    template = serializers.IntegerField(source="template_id", allow_null=True)
    started_at = serializers.DateTimeField()
    closed_at = serializers.DateTimeField(allow_null=True)
    steps = serializers.SerializerMethodField()

    @extend_schema_field(StepOutSerializer(many=True))
    def get_steps(self, journey: Journey) -> Any:
        return StepOutSerializer(journey_steps(journey), many=True).data


class TemplateStepOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    position = serializers.IntegerField()
    service = serializers.IntegerField(source="service_id")
    title = serializers.CharField(source="__str__")
    required = serializers.BooleanField()  # type: ignore[assignment]  # a field, not Field.required
    self_completable = serializers.BooleanField()
    prerequisites = serializers.SerializerMethodField()

    def get_prerequisites(self, step: Any) -> list[int]:
        return [p.pk for p in step.prerequisites.all()]


class TemplateOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    description = serializers.CharField()
    is_active = serializers.BooleanField()
    steps = TemplateStepOutSerializer(many=True, source="steps.all")


class JourneyStartInSerializer(serializers.Serializer[Any]):
    client = serializers.IntegerField(help_text="A record your organisation keeps.")
    template = serializers.PrimaryKeyRelatedField(queryset=JourneyTemplate.objects.filter(is_active=True))


class StampInSerializer(serializers.Serializer[Any]):
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    reason = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")
    instead = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")


class ReferralOutSerializer(serializers.Serializer[Any]):
    """A referral as far as you see it: name and language need the identity part, summary and
    needs the needs part of the person's consent."""

    id = serializers.IntegerField(source="referral.pk")
    client = serializers.IntegerField(source="referral.client_id")
    code = serializers.CharField(source="referral.client.code")
    status = serializers.ChoiceField(source="referral.status", choices=ReferralStatus.choices)
    overdue = serializers.BooleanField()
    service = serializers.IntegerField(source="referral.service_id")
    service_name = serializers.CharField(source="referral.service.name")
    from_organisation = serializers.IntegerField(source="referral.from_organisation_id")
    to_organisation = serializers.IntegerField(source="referral.to_organisation_id")
    journey_step = serializers.IntegerField(source="referral.journey_step_id", allow_null=True)
    created_at = serializers.DateTimeField(source="referral.created_at")
    due_at = serializers.DateTimeField(source="referral.due_at")
    decline_reason = serializers.CharField(source="referral.decline_reason")
    outcome = serializers.CharField(source="referral.outcome")
    categories = serializers.ListField(child=serializers.CharField(), help_text="The parts of the record you see.")
    name = serializers.CharField(required=False, help_text="Present only if you see `identity`.")
    preferred_language = serializers.CharField(required=False, help_text="Present only if you see `identity`.")
    summary = serializers.CharField(required=False, help_text="Present only if you see `needs`.")
    needs = serializers.ListField(child=serializers.CharField(), required=False, help_text="Only with `needs`.")

    def to_representation(self, instance: VisibleReferral) -> dict[str, Any]:
        referral = instance.referral
        data: dict[str, Any] = {
            "id": referral.pk, "client": referral.client_id, "code": referral.client.code, "status": referral.status,
            "overdue": is_overdue(referral), "service": referral.service_id, "service_name": referral.service.name,
            "from_organisation": referral.from_organisation_id, "to_organisation": referral.to_organisation_id,
            "journey_step": referral.journey_step_id, "created_at": referral.created_at.isoformat(),
            "due_at": referral.due_at.isoformat(), "decline_reason": referral.decline_reason,
            "outcome": referral.outcome, "categories": sorted(instance.categories),
        }  # fmt: skip
        # Unseen parts are never read, so they cannot slip out.
        if instance.sees(Category.IDENTITY):
            data["name"] = referral.client.display_name
            data["preferred_language"] = referral.client.preferred_language
        if instance.sees(Category.NEEDS):
            data["summary"] = referral.summary
            data["needs"] = list(referral.needs)
        return data


class ReferralCreateInSerializer(serializers.Serializer[Any]):
    client = serializers.IntegerField()
    service = serializers.PrimaryKeyRelatedField(queryset=Service.objects.all())
    summary = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    needs = serializers.ListField(
        child=serializers.ChoiceField(choices=list(NEED_CATEGORIES)), required=False, default=list
    )
    journey_step = serializers.IntegerField(required=False, allow_null=True, default=None)
    from_organisation = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), required=False, help_text="Needed only if you serve at several."
    )
    consent_categories = serializers.ListField(
        child=serializers.ChoiceField(choices=Category.choices),
        required=False,
        default=list,
        help_text="The person's consent, given now, to share these parts with the receiving organisation; "
        "recorded in the consent ledger (only by the organisation that keeps the record).",
    )
    consent_language = serializers.CharField(max_length=12, required=False, allow_blank=True, default="")
    interpreter_present = serializers.BooleanField(required=False, default=False)


class DeclineInSerializer(serializers.Serializer[Any]):
    reason = serializers.CharField(max_length=1000)
    instead = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")


class CompleteInSerializer(serializers.Serializer[Any]):
    outcome = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")


# --- Views --------------------------------------------------------------------------------------


class TemplateListView(APIView):
    permission_classes = [UsesApi]

    @extend_schema(responses={200: TemplateOutSerializer(many=True)})
    def get(self, request: Request) -> Response:
        """The journeys offered (templates), with their steps."""
        templates = JourneyTemplate.objects.prefetch_related("steps__prerequisites").order_by("name")
        return Response(TemplateOutSerializer(templates, many=True).data)


def _journey_out(journey: Journey) -> Any:
    return JourneyOutSerializer(journey).data


class JourneyListView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(
        parameters=[OpenApiParameter("client", int, required=True, description="The client record.")],
        responses={200: JourneyOutSerializer(many=True), 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def get(self, request: Request) -> Response:
        """A person's journeys (the current one first), if you see the journey part of the record."""
        user = _user(request)
        try:
            client_id = int(request.query_params.get("client", ""))
        except ValueError:
            raise Http404 from None
        visible = get_client_for_user(user, client_id)
        if not visible.sees(Category.JOURNEY):
            raise Http404
        client_viewed(client=visible.record, by=user, categories=[Category.JOURNEY], request=request._request)
        journeys = Journey.objects.filter(client=visible.record).order_by("closed_at", "-started_at")
        return Response([_journey_out(j) for j in journeys])

    @extend_schema(
        request=JourneyStartInSerializer,
        responses={201: JourneyOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request) -> Response:
        """Start a person's journey from a template (the keeping organisation's desks)."""
        user = _user(request)
        serializer = JourneyStartInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        visible = get_client_for_user(user, serializer.validated_data["client"])
        if not may_adjust_journey(user, visible.record):
            raise Http404
        try:
            journey = services.journey_start(
                client=visible.record, template=serializer.validated_data["template"], by=user,
                request=request._request,
            )  # fmt: skip
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(_journey_out(journey), status=status.HTTP_201_CREATED)


class JourneyDetailView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(responses={200: JourneyOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, journey_id: int) -> Response:
        """A journey with every step and stamp; the read is audited."""
        user = _user(request)
        found = get_journey_for_user(user, journey_id)
        client_viewed(client=found.visible.record, by=user, categories=[Category.JOURNEY], request=request._request)
        return Response(_journey_out(found.journey))


class StampView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(
        request=StampInSerializer,
        responses={201: StampOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request, journey_id: int, step_id: int) -> Response:
        """Stamp a step your organisation provides. Refused or not possible need a reason and what
        to do instead; done and in progress need the step's prerequisites done."""
        user = _user(request)
        found = get_journey_for_user(user, journey_id)
        step = JourneyStep.objects.filter(pk=step_id, journey=found.journey).first()
        if step is None:
            raise Http404
        serializer = StampInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            stamp = services.stamp_record(step=step, by=user, request=request._request, **serializer.validated_data)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(StampOutSerializer(stamp).data, status=status.HTTP_201_CREATED)


class ReferralListView(APIView):
    permission_classes = [UsesReferrals]
    pagination_class = PageNumberPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("direction", str, enum=["incoming", "outgoing"], description="Leave out for both."),
            OpenApiParameter("status", str, description="One of: " + ", ".join(ReferralStatus.values)),
        ],
        responses={200: ReferralOutSerializer(many=True), 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """Referrals to and from your organisations whose record you still see (consent withdrawn:
        gone for the receiver)."""
        user = _user(request)
        desks = desk_organisations(user)
        found = referrals_of(user).order_by("-created_at", "-pk")
        direction = request.query_params.get("direction")
        if direction == "incoming":
            found = found.filter(to_organisation__in=desks)
        elif direction == "outgoing":
            found = found.filter(from_organisation__in=desks)
        if request.query_params.get("status") in ReferralStatus.values:
            found = found.filter(status=request.query_params["status"])
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(found, request, view=self) or []
        visible = []
        for referral in page:
            try:
                visible.append(get_referral_for_user(user, referral.pk))
            except Http404:
                continue
        for item in visible:
            client_viewed(client=item.referral.client, by=user, categories=item.categories, request=request._request)
        return paginator.get_paginated_response(ReferralOutSerializer(visible, many=True).data)

    @extend_schema(
        request=ReferralCreateInSerializer,
        responses={201: ReferralOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request) -> Response:
        """Refer a person to a partner's service. Refused, with the reason, when the service is not
        offered, when the person's consent does not cover the receiver (or the summary), or when the
        journey step's prerequisites are not done."""
        user = _user(request)
        serializer = ReferralCreateInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        visible = get_client_for_user(user, data["client"])
        desks = desk_organisations(user)
        if not desks:
            raise exceptions.PermissionDenied()
        sender = data.get("from_organisation")
        if sender is None:
            sender = Organisation.objects.filter(pk__in=desks).order_by("pk").first()
        step = None
        if data["journey_step"] is not None:
            step = JourneyStep.objects.filter(pk=data["journey_step"], journey__client=visible.record).first()
            if step is None:
                raise exceptions.ValidationError({"journey_step": ["This step is not on the person's journey."]})
        try:
            referral = referrals.referral_create(
                client=visible.record, service=data["service"], from_organisation=sender, by=user,
                summary=data["summary"], needs=data["needs"], journey_step=step,
                consent_categories=data["consent_categories"], consent_language=data["consent_language"],
                interpreter_present=data["interpreter_present"], request=request._request,
            )  # fmt: skip
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(
            ReferralOutSerializer(get_referral_for_user(user, referral.pk)).data, status=status.HTTP_201_CREATED
        )


class ReferralDetailView(APIView):
    permission_classes = [UsesReferrals]

    @extend_schema(responses={200: ReferralOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, referral_id: int) -> Response:
        user = _user(request)
        found = get_referral_for_user(user, referral_id)
        client_viewed(client=found.referral.client, by=user, categories=found.categories, request=request._request)
        return Response(ReferralOutSerializer(found).data)


def _answered(request: Request, referral_id: int, action: str) -> Response:
    user = _user(request)
    found = get_referral_for_user(user, referral_id)
    try:
        if action == "accept":
            referrals.referral_accept(referral=found.referral, by=user, request=request._request)
        elif action == "decline":
            decline = DeclineInSerializer(data=request.data)
            decline.is_valid(raise_exception=True)
            referrals.referral_decline(
                referral=found.referral, by=user, request=request._request, **decline.validated_data
            )
        else:
            complete = CompleteInSerializer(data=request.data)
            complete.is_valid(raise_exception=True)
            referrals.referral_complete(
                referral=found.referral, by=user, request=request._request, **complete.validated_data
            )
    except DjangoValidationError as error:
        raise _invalid(error) from None
    return Response(ReferralOutSerializer(get_referral_for_user(user, referral_id)).data)


class ReferralAcceptView(APIView):
    permission_classes = [UsesReferrals]

    @extend_schema(request=None, responses={200: ReferralOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND})
    def post(self, request: Request, referral_id: int) -> Response:
        """Accept a referral to your organisation; the journey step it is for is then in progress."""
        return _answered(request, referral_id, "accept")


class ReferralDeclineView(APIView):
    permission_classes = [UsesReferrals]

    @extend_schema(
        request=DeclineInSerializer,
        responses={200: ReferralOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request, referral_id: int) -> Response:
        """Decline with a reason; the journey step it is for gets an explained cross."""
        return _answered(request, referral_id, "decline")


class ReferralCompleteView(APIView):
    permission_classes = [UsesReferrals]

    @extend_schema(
        request=CompleteInSerializer,
        responses={200: ReferralOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request, referral_id: int) -> Response:
        """Complete a referral; the journey step it is for is then done."""
        return _answered(request, referral_id, "complete")
