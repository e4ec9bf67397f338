"""Staff API for organisations, and the public list of sites with opening hours."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.accounts.models import User
from onestop.clients.api import ERROR_SCHEMA
from onestop.core.languages import SPOKEN_LANGUAGE_CODES
from onestop.core.permissions import has_perm
from onestop.directory import services
from onestop.directory.access import get_service_for_editing, organisations_for_new_services, services_editable_by
from onestop.directory.models import (
    ENFORCEMENT_KINDS,
    Address,
    Attribute,
    Organisation,
    OrganisationKind,
    Service,
    ServiceStatus,
    Site,
)
from onestop.directory.needs import NEED_CATEGORIES, NEEDS_TAXONOMY_ID
from onestop.directory.selectors import public_sites, weekly_hours
from onestop.directory.services import SERVICE_EDITABLE_FIELDS


class OrganisationOutSerializer(serializers.ModelSerializer[Organisation]):
    class Meta:
        model = Organisation
        fields = [
            "id", "name", "kind", "description", "website", "email", "phone",
            "is_enforcement", "is_public_body", "is_protected", "is_active",
        ]  # fmt: skip


class OrganisationInSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=OrganisationKind.choices)
    description = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    website = serializers.URLField(required=False, allow_blank=True, default="")
    email = serializers.EmailField(required=False, allow_blank=True, default="")
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    is_protected = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Omit for the default of the kind (NGOs and migrant-led associations are protected).",
    )

    def validate_name(self, value: str) -> str:
        if Organisation.objects.filter(name__iexact=value).exists():
            raise serializers.ValidationError(_("An organisation with this name already exists."))
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("is_protected") and attrs["kind"] in {k.value for k in ENFORCEMENT_KINDS}:
            raise serializers.ValidationError(
                {"is_protected": [_("An immigration office or the police cannot be a protected organisation.")]}
            )
        return attrs


class OrganisationListView(APIView):
    def get_permissions(self) -> list[Any]:
        perm = "directory.manage_organisations" if self.request.method == "POST" else "directory.view_organisations"
        return [has_perm(perm)()]

    def get_queryset(self) -> QuerySet[Organisation]:
        return Organisation.objects.order_by("name")

    @extend_schema(responses={200: OrganisationOutSerializer(many=True)})
    def get(self, request: Request) -> Response:
        return Response(OrganisationOutSerializer(self.get_queryset(), many=True).data)

    @extend_schema(request=OrganisationInSerializer, responses={201: OrganisationOutSerializer})
    def post(self, request: Request) -> Response:
        serializer = OrganisationInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        organisation = services.organisation_create(
            name=data["name"],
            kind=OrganisationKind(data["kind"]),
            description=data["description"],
            website=data["website"],
            email=data["email"],
            phone=data["phone"],
            is_protected=data["is_protected"],
            created_by=request.user,  # type: ignore[arg-type]
            request=request._request,
        )
        return Response(OrganisationOutSerializer(organisation).data, status=status.HTTP_201_CREATED)


class OrganisationDetailView(APIView):
    permission_classes = [has_perm("directory.view_organisations")]

    @extend_schema(responses={200: OrganisationOutSerializer})
    def get(self, request: Request, organisation_id: int) -> Response:
        try:
            organisation = Organisation.objects.get(pk=organisation_id)
        except Organisation.DoesNotExist:
            raise Http404 from None
        return Response(OrganisationOutSerializer(organisation).data)


class AddressOutSerializer(serializers.ModelSerializer[Address]):
    class Meta:
        model = Address
        fields = ["address_type", "address_1", "address_2", "postal_code", "city", "country"]


class WeeklyHoursOutSerializer(serializers.Serializer[Any]):
    weekday = serializers.IntegerField(source="weekday.value", help_text="0 = Monday … 6 = Sunday")
    periods = serializers.ListField(child=serializers.ListField(child=serializers.TimeField()))


class SiteOutSerializer(serializers.ModelSerializer[Site]):
    organisation = serializers.CharField(source="organisation.name", default="")
    addresses = AddressOutSerializer(many=True)
    opening_hours = serializers.SerializerMethodField()

    class Meta:
        model = Site
        fields = ["id", "name", "slug", "organisation", "addresses", "directions",
                  "is_main", "appointment_only", "opening_hours"]  # fmt: skip

    @extend_schema_field(WeeklyHoursOutSerializer(many=True))
    def get_opening_hours(self, site: Site) -> Any:
        return WeeklyHoursOutSerializer(weekly_hours(site), many=True).data


class SiteListView(APIView):
    """The shop's public sites and their regular opening hours; no login needed."""

    permission_classes = [AllowAny]
    authentication_classes: list[Any] = []

    @extend_schema(responses={200: SiteOutSerializer(many=True)})
    def get(self, request: Request) -> Response:
        return Response(SiteOutSerializer(public_sites().select_related("organisation"), many=True).data)


# --- Directory entries: the staff API for editing (the rules of directory/views.py) --------------

# Staff whose roles edit no entries get 403 on every URL here, the same answer for every id; an
# editor gets 404 for another organisation's entry, exactly as for a missing one. Approving is the
# coordinator's: everyone else gets 403 (a permission of the role, not of the entry).
ENTRY_NOT_FOUND = OpenApiResponse(
    ERROR_SCHEMA, description="The same answer whether the entry does not exist or you may not edit it."
)
ENTRY_INVALID = OpenApiResponse(ERROR_SCHEMA, description="Some of the data is not valid.")
ENTRY_FORBIDDEN = OpenApiResponse(ERROR_SCHEMA, description="Your roles do not allow this.")
EditsEntries = has_perm("directory.edit_some_services")
ApprovesEntries = has_perm("directory.approve_services")


def _editor(request: Request) -> User:
    user = request.user
    # The permission classes let only authenticated staff through.
    assert isinstance(user, User)
    return user


def _needs_by_service(entries: Iterable[Service]) -> dict[uuid.UUID, list[str]]:
    """The need codes of all these entries, in one query."""
    needs: dict[uuid.UUID, list[str]] = {entry.hsds_id: [] for entry in entries}
    links = Attribute.objects.filter(
        link_entity="service", link_id__in=list(needs), taxonomy_term__taxonomy__hsds_id=NEEDS_TAXONOMY_ID
    ).values_list("link_id", "taxonomy_term__code")
    for link_id, code in links:
        needs[link_id].append(code)
    return {hsds_id: sorted(codes) for hsds_id, codes in needs.items()}


class ServiceOutSerializer(serializers.ModelSerializer[Service]):
    organisation_name = serializers.CharField(source="organisation.name")
    sites = serializers.SerializerMethodField()
    needs = serializers.SerializerMethodField()
    languages = serializers.SerializerMethodField()

    class Meta:
        model = Service
        fields = [
            "id", "hsds_id", "organisation", "organisation_name", "slug", *SERVICE_EDITABLE_FIELDS,
            "sites", "needs", "languages", "is_approved", "last_confirmed_at", "assurer_email", "last_modified",
        ]  # fmt: skip

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_sites(self, service: Service) -> list[int]:
        return sorted(site.pk for site in service.sites.all())

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_needs(self, service: Service) -> list[str]:
        needs: dict[uuid.UUID, list[str]] | None = self.context.get("needs")
        if needs is None:
            needs = _needs_by_service([service])
        return needs.get(service.hsds_id, [])

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_languages(self, service: Service) -> list[str]:
        return sorted(language.code for language in service.languages.all())


def _entry_out(entry: Service) -> Any:
    entry = _with_details(Service.objects.filter(pk=entry.pk)).get()
    return ServiceOutSerializer(entry).data


def _with_details(entries: QuerySet[Service]) -> QuerySet[Service]:
    return entries.select_related("organisation").prefetch_related("sites", "languages")


class ServiceFieldsInSerializer(serializers.Serializer[Any]):
    """The fields of an entry (SERVICE_EDITABLE_FIELDS) with its sites, needs and languages."""

    name = serializers.CharField(max_length=200)
    description = serializers.CharField(max_length=8000, required=False, allow_blank=True)
    eligibility_description = serializers.CharField(max_length=4000, required=False, allow_blank=True)
    application_process = serializers.CharField(max_length=4000, required=False, allow_blank=True)
    fees_description = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    what_to_bring = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    url = serializers.URLField(max_length=500, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    status = serializers.ChoiceField(choices=ServiceStatus.choices, required=False)
    appointment_only = serializers.BooleanField(required=False)
    minimum_age = serializers.IntegerField(min_value=0, max_value=32767, required=False, allow_null=True)
    maximum_age = serializers.IntegerField(min_value=0, max_value=32767, required=False, allow_null=True)
    alert = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    sites = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Site.objects.all(), required=False, help_text="The ids of the sites where it is offered."
    )
    needs = serializers.MultipleChoiceField(
        choices=list(NEED_CATEGORIES), required=False, help_text="The need categories it helps with."
    )
    languages = serializers.MultipleChoiceField(
        choices=list(SPOKEN_LANGUAGE_CODES), required=False, help_text="The languages spoken."
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        entry: Service | None = self.context.get("entry")

        def current(field: str) -> Any:
            return attrs[field] if field in attrs else getattr(entry, field, None)

        low, high = current("minimum_age"), current("maximum_age")
        if low is not None and high is not None and high < low:
            raise serializers.ValidationError(
                {"maximum_age": [_("The maximum age must not be below the minimum age.")]}
            )
        return attrs


class ServiceCreateInSerializer(ServiceFieldsInSerializer):
    organisation = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(),
        help_text="An organisation whose entries you keep (the coordinator: any).",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user = self.context.get("user")
        allowed = organisations_for_new_services(user) if user is not None else Organisation.objects.none()
        self.fields["organisation"].queryset = allowed  # type: ignore[attr-defined]


class ServiceChangeInSerializer(ServiceFieldsInSerializer):
    """Give just what changes; an entry stays with its organisation."""


def _save_entry(request: Request, entry: Service | None, organisation: Organisation, data: dict[str, Any]) -> Service:
    """Save through services.service_save; sites, needs and languages left out stay as they are."""
    sites: list[Site] = list(entry.sites.all()) if entry else []
    needs: list[str] = _needs_by_service([entry])[entry.hsds_id] if entry else []
    languages: list[str] = [language.code for language in entry.languages.all()] if entry else []
    return services.service_save(
        service=entry,
        organisation=organisation,
        fields={field: data[field] for field in SERVICE_EDITABLE_FIELDS if field in data},
        sites=data.get("sites", sites),
        needs=sorted(data.get("needs", needs)),
        languages=sorted(data.get("languages", languages)),
        by=_editor(request),
        request=request._request,
    )


class ServiceListView(APIView):
    permission_classes = [EditsEntries]
    pagination_class = PageNumberPagination

    @extend_schema(responses={200: ServiceOutSerializer(many=True), 403: ENTRY_FORBIDDEN})
    def get(self, request: Request) -> Response:
        """The entries you may edit: your organisations' (the coordinator: all), by name."""
        entries = _with_details(services_editable_by(_editor(request))).order_by("name", "pk")
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(entries, request, view=self) or []
        data = ServiceOutSerializer(page, many=True, context={"needs": _needs_by_service(page)}).data
        return paginator.get_paginated_response(data)

    @extend_schema(
        request=ServiceCreateInSerializer,
        responses={201: ServiceOutSerializer, 400: ENTRY_INVALID, 403: ENTRY_FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        """Add an entry; a partner's entry appears in the directory once the coordinator approves it."""
        serializer = ServiceCreateInSerializer(data=request.data, context={"user": _editor(request)})
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        entry = _save_entry(request, None, data["organisation"], data)
        return Response(_entry_out(entry), status=status.HTTP_201_CREATED)


class ServiceDetailView(APIView):
    permission_classes = [EditsEntries]

    @extend_schema(responses={200: ServiceOutSerializer, 403: ENTRY_FORBIDDEN, 404: ENTRY_NOT_FOUND})
    def get(self, request: Request, service_id: int) -> Response:
        entry = get_service_for_editing(_editor(request), service_id)
        return Response(_entry_out(entry))

    @extend_schema(
        request=ServiceChangeInSerializer,
        responses={200: ServiceOutSerializer, 400: ENTRY_INVALID, 403: ENTRY_FORBIDDEN, 404: ENTRY_NOT_FOUND},
    )
    def patch(self, request: Request, service_id: int) -> Response:
        """Change an entry; saving also marks it as checked today."""
        entry = get_service_for_editing(_editor(request), service_id)
        serializer = ServiceChangeInSerializer(data=request.data, partial=True, context={"entry": entry})
        serializer.is_valid(raise_exception=True)
        entry = _save_entry(request, entry, entry.organisation, dict(serializer.validated_data))
        return Response(_entry_out(entry))


class ServiceConfirmView(APIView):
    permission_classes = [EditsEntries]

    @extend_schema(request=None, responses={200: ServiceOutSerializer, 403: ENTRY_FORBIDDEN, 404: ENTRY_NOT_FOUND})
    def post(self, request: Request, service_id: int) -> Response:
        """Say the entry is still right: it is marked as checked today."""
        user = _editor(request)
        entry = services.service_confirm(
            service=get_service_for_editing(user, service_id), by=user, request=request._request
        )
        return Response(_entry_out(entry))


class ServiceApproveView(APIView):
    permission_classes = [EditsEntries, ApprovesEntries]

    @extend_schema(request=None, responses={200: ServiceOutSerializer, 403: ENTRY_FORBIDDEN, 404: ENTRY_NOT_FOUND})
    def post(self, request: Request, service_id: int) -> Response:
        """Publish a partner's entry (the coordinator only; everyone else gets 403)."""
        user = _editor(request)
        entry = services.service_approve(
            service=get_service_for_editing(user, service_id), by=user, request=request._request
        )
        return Response(_entry_out(entry))
