"""Staff API for organisations, and the public list of sites with opening hours."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.core.permissions import has_perm
from onestop.directory import services
from onestop.directory.models import ENFORCEMENT_KINDS, Address, Organisation, OrganisationKind, Site
from onestop.directory.selectors import public_sites, weekly_hours


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
