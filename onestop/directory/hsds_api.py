"""The public, read-only Open Referral HSDS 3.0 API, so other directories and 211 systems can
read ours: `/`, `/services`, `/organizations`, `/service_at_locations`, `/locations`,
`/taxonomies` and `/taxonomy_terms`, each a paginated list and a document by HSDS id.

Documents follow the compiled HSDS schemas: ids are the records' HSDS UUIDs, times are
"HH:MM", empty optional properties are left out (HSDS allows no nulls), and each record's
`extra` (the HSDS properties Onestop keeps as they came) is merged back in, the columns
winning. Only approved services of active organisations and public sites are shown.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

from django.db.models import Case, F, FloatField, Model, OuterRef, Prefetch, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Replace, Upper
from django.http import Http404
from django.urls import URLPattern, URLResolver, path, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.directory.models import (
    Accessibility,
    Address,
    Attribute,
    Contact,
    Organisation,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Site,
    SpokenAt,
    Taxonomy,
    TaxonomyTerm,
)

HSDS_VERSION = "3.0"
# Onestop publishes plain HSDS 3.0, no profile: the profile URL is the specification's own.
HSDS_PROFILE = "https://github.com/openreferral/specification/tree/3.0"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
MAX_PAGE = 1_000_000  # keeps OFFSET within what every database accepts
MAX_SEARCH_WORDS = 8


# --- What the public may see ------------------------------------------------------------------


def visible_services() -> QuerySet[Service]:
    """Approved services of active organisations, in every HSDS status: consumers that sync with
    `modified_after` must also learn when a service became inactive or defunct."""
    return Service.objects.filter(is_approved=True, organisation__is_active=True)


def visible_sites() -> QuerySet[Site]:
    return Site.objects.filter(is_public=True).exclude(organisation__is_active=False)


def visible_service_at_locations() -> QuerySet[ServiceAtLocation]:
    return ServiceAtLocation.objects.filter(
        service__is_approved=True, service__organisation__is_active=True, site__is_public=True
    ).exclude(site__organisation__is_active=False)


# Children carry the HSDS ids of what they belong to; annotating them keeps one query per table.
def _phones() -> QuerySet[Phone]:
    return Phone.objects.annotate(
        service_hsds_id=F("service__hsds_id"),
        location_hsds_id=F("site__hsds_id"),
        organization_hsds_id=F("organisation__hsds_id"),
        contact_hsds_id=F("contact__hsds_id"),
    ).order_by("id")


def _contacts() -> QuerySet[Contact]:
    return (
        Contact.objects.annotate(
            organization_hsds_id=F("organisation__hsds_id"),
            service_hsds_id=F("service__hsds_id"),
            service_at_location_hsds_id=F("service_at_location__hsds_id"),
            location_hsds_id=F("site__hsds_id"),
        )
        .prefetch_related(Prefetch("phones", queryset=_phones()))
        .order_by("id")
    )


def _accessibility() -> QuerySet[Accessibility]:
    return Accessibility.objects.annotate(location_hsds_id=F("site__hsds_id")).order_by("id")


def _schedules() -> QuerySet[Schedule]:
    return Schedule.objects.annotate(
        service_hsds_id=F("service__hsds_id"),
        location_hsds_id=F("site__hsds_id"),
        service_at_location_hsds_id=F("service_at_location__hsds_id"),
    ).order_by("id")


def _languages() -> QuerySet[SpokenAt]:
    return SpokenAt.objects.annotate(
        service_hsds_id=F("service__hsds_id"), location_hsds_id=F("site__hsds_id")
    ).order_by("id")


def _addresses() -> QuerySet[Address]:
    return Address.objects.annotate(location_hsds_id=F("site__hsds_id")).order_by("id")


def _location_prefetches(prefix: str = "") -> list[Prefetch[Any]]:
    return [
        Prefetch(f"{prefix}addresses", queryset=_addresses()),
        Prefetch(f"{prefix}phones", queryset=_phones()),
        Prefetch(f"{prefix}schedules", queryset=_schedules()),
        Prefetch(f"{prefix}languages", queryset=_languages()),
        Prefetch(f"{prefix}contacts", queryset=_contacts()),
        Prefetch(f"{prefix}accessibility", queryset=_accessibility()),
    ]


def _full_sites() -> QuerySet[Site]:
    return visible_sites().select_related("organisation").prefetch_related(*_location_prefetches())


def _service_prefetches() -> list[Prefetch[Any]]:
    at_public_sites = (
        ServiceAtLocation.objects.filter(site__is_public=True)
        .exclude(site__organisation__is_active=False)
        .select_related("site__organisation")
        .prefetch_related(
            Prefetch("schedules", queryset=_schedules()),
            Prefetch("contacts", queryset=_contacts()),
            *_location_prefetches("site__"),
        )
        .order_by("id")
    )
    return [
        Prefetch("phones", queryset=_phones()),
        Prefetch("contacts", queryset=_contacts()),
        Prefetch("schedules", queryset=_schedules()),
        Prefetch("languages", queryset=_languages()),
        Prefetch("service_at_locations", queryset=at_public_sites),
    ]


def _full_services() -> QuerySet[Service]:
    return visible_services().select_related("organisation").prefetch_related(*_service_prefetches())


def _full_organisations(*, full_services: bool) -> QuerySet[Organisation]:
    services = visible_services().order_by("name", "id")
    if full_services:
        services = services.prefetch_related(*_service_prefetches())
    return Organisation.objects.filter(is_active=True).prefetch_related(
        Prefetch("phones", queryset=_phones()),
        Prefetch("contacts", queryset=_contacts()),
        Prefetch("sites", queryset=_full_sites().order_by("name", "id")),
        Prefetch("services", queryset=services),
    )


def _full_service_at_locations() -> QuerySet[ServiceAtLocation]:
    return (
        visible_service_at_locations()
        .select_related("service__organisation", "site__organisation")
        .prefetch_related(
            Prefetch("schedules", queryset=_schedules()),
            Prefetch("contacts", queryset=_contacts()),
            *_location_prefetches("site__"),
            Prefetch("service__phones", queryset=_phones()),
            Prefetch("service__contacts", queryset=_contacts()),
            Prefetch("service__schedules", queryset=_schedules()),
            Prefetch("service__languages", queryset=_languages()),
        )
    )


def _terms() -> QuerySet[TaxonomyTerm]:
    return TaxonomyTerm.objects.select_related("taxonomy", "parent")


# --- Documents ----------------------------------------------------------------------------------


class HsdsOut(serializers.Serializer[Any]):
    # An HSDS record: empty optional properties are left out, required ones always given, and
    # the record's `extra` is merged back in without overriding a modelled property.

    # List items carry only one-to-one properties (the *_list schemas), so no arrays from extra.
    brief: ClassVar[bool] = False
    # Properties modelled elsewhere in the document, which extra must not bring back.
    also_modelled: ClassVar[frozenset[str]] = frozenset()

    def to_representation(self, instance: Any) -> dict[str, Any]:
        data = super().to_representation(instance)
        out = {k: v for k, v in data.items() if self.fields[k].required or (v is not None and v != "")}
        extra = getattr(instance, "extra", None)
        if isinstance(extra, dict):
            modelled = self.fields.keys() | self.also_modelled
            for key, value in extra.items():
                if key in modelled or value in (None, "") or (self.brief and isinstance(value, list)):
                    continue
                out[key] = value
        return out


def _optional_text() -> Any:
    return serializers.CharField(required=False)


def _optional_id(source: str) -> Any:
    return serializers.UUIDField(source=source, required=False)


class HsdsTaxonomyOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    name = serializers.CharField()
    description = serializers.CharField()
    uri = serializers.URLField(required=False)
    version = _optional_text()


class HsdsTaxonomyTermOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    code = _optional_text()
    name = serializers.CharField()
    description = serializers.CharField()
    parent_id = _optional_id("parent.hsds_id")
    taxonomy = serializers.CharField(source="taxonomy.name", required=False, help_text="The taxonomy's name.")
    taxonomy_detail = HsdsTaxonomyOut(source="taxonomy", required=False)
    language = _optional_text()
    taxonomy_id = _optional_id("taxonomy.hsds_id")
    term_uri = serializers.URLField(required=False)


class HsdsAttributeOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    link_id = serializers.UUIDField()
    taxonomy_term_id = serializers.UUIDField(source="taxonomy_term.hsds_id")
    link_type = _optional_text()
    link_entity = serializers.CharField()
    value = _optional_text()
    taxonomy_term = HsdsTaxonomyTermOut()


class AttributeSlots:
    """Attributes link to records by HSDS id, not by a foreign key, so prefetching cannot load
    them. Each record gets an empty list while the document is built; `fill` then loads the
    attributes of all of them in one query and fills the lists in place."""

    def __init__(self) -> None:
        self._slots: dict[uuid.UUID, list[list[Any]]] = defaultdict(list)

    def slot(self, link_id: uuid.UUID) -> list[Any]:
        attributes: list[Any] = []
        self._slots[link_id].append(attributes)
        return attributes

    def fill(self) -> None:
        if not self._slots:
            return
        attributes = (
            Attribute.objects.filter(link_id__in=list(self._slots))
            .select_related("taxonomy_term__taxonomy", "taxonomy_term__parent")
            .order_by("id")
        )
        for attribute in attributes:
            document = HsdsAttributeOut(attribute).data
            for slot in self._slots[attribute.link_id]:
                slot.append(document)


@extend_schema_field(HsdsAttributeOut(many=True))
class AttributesField(serializers.Field):  # type: ignore[type-arg]
    """The attributes (taxonomy terms) linked to this record."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(source="hsds_id", read_only=True, **kwargs)

    def to_representation(self, value: uuid.UUID) -> list[Any]:
        slots = self.context.get("attributes")
        return slots.slot(value) if isinstance(slots, AttributeSlots) else []


class HsdsLanguageOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    service_id = _optional_id("service_hsds_id")
    location_id = _optional_id("location_hsds_id")
    name = _optional_text()
    code = _optional_text()
    note = _optional_text()
    attributes = AttributesField()


class HsdsPhoneOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    location_id = _optional_id("location_hsds_id")
    service_id = _optional_id("service_hsds_id")
    organization_id = _optional_id("organization_hsds_id")
    contact_id = _optional_id("contact_hsds_id")
    number = serializers.CharField()
    extension = serializers.IntegerField(required=False)
    type = _optional_text()
    description = _optional_text()
    attributes = AttributesField()


class HsdsContactOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    organization_id = _optional_id("organization_hsds_id")
    service_id = _optional_id("service_hsds_id")
    service_at_location_id = _optional_id("service_at_location_hsds_id")
    location_id = _optional_id("location_hsds_id")
    name = _optional_text()
    title = _optional_text()
    department = _optional_text()
    email = serializers.EmailField(required=False)
    phones = HsdsPhoneOut(many=True)
    attributes = AttributesField()


class HsdsAccessibilityOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    location_id = _optional_id("location_hsds_id")
    description = _optional_text()
    details = _optional_text()
    url = serializers.URLField(required=False)
    feature = serializers.CharField(
        required=False, help_text="An Onestop addition: step_free, lift, wheelchair_toilet, hearing_loop, ..."
    )
    attributes = AttributesField()


class HsdsScheduleOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    service_id = _optional_id("service_hsds_id")
    location_id = _optional_id("location_hsds_id")
    service_at_location_id = _optional_id("service_at_location_hsds_id")
    valid_from = serializers.DateField(required=False)
    valid_to = serializers.DateField(required=False)
    dtstart = serializers.DateField(required=False)
    until = serializers.DateField(required=False)
    count = serializers.IntegerField(required=False)
    wkst = _optional_text()
    freq = serializers.CharField(required=False)
    interval = serializers.IntegerField(required=False)
    byday = _optional_text()
    bymonthday = _optional_text()
    description = _optional_text()
    opens_at = serializers.TimeField(format="%H:%M", required=False, help_text="HH:MM, local time.")
    closes_at = serializers.TimeField(format="%H:%M", required=False, help_text="HH:MM, local time.")
    attending_type = _optional_text()
    notes = _optional_text()
    attributes = AttributesField()


class HsdsAddressOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    location_id = _optional_id("location_hsds_id")
    attention = _optional_text()
    address_1 = serializers.CharField()
    address_2 = _optional_text()
    city = serializers.CharField()
    region = _optional_text()
    state_province = serializers.CharField()
    postal_code = serializers.CharField()
    country = serializers.CharField()
    address_type = serializers.CharField()
    attributes = AttributesField()


class HsdsLocationBriefOut(HsdsOut):
    brief = True
    id = serializers.UUIDField(source="hsds_id")
    location_type = serializers.CharField()
    url = serializers.URLField(required=False)
    organization_id = _optional_id("organisation.hsds_id")
    name = _optional_text()
    alternate_name = _optional_text()
    description = _optional_text()
    transportation = serializers.CharField(source="directions", required=False)
    latitude = serializers.FloatField(required=False)
    longitude = serializers.FloatField(required=False)


class HsdsLocationOut(HsdsLocationBriefOut):
    brief = False
    languages = HsdsLanguageOut(many=True)
    addresses = HsdsAddressOut(many=True)
    phones = HsdsPhoneOut(many=True)
    schedules = HsdsScheduleOut(many=True)
    contacts = HsdsContactOut(many=True)
    accessibility = HsdsAccessibilityOut(many=True)
    attributes = AttributesField()


class HsdsOrganizationBriefOut(HsdsOut):
    brief = True
    id = serializers.UUIDField(source="hsds_id")
    name = serializers.CharField()
    alternate_name = _optional_text()
    description = serializers.CharField()
    email = serializers.EmailField(required=False)
    website = serializers.URLField(required=False)


class HsdsServiceBriefOut(HsdsOut):
    brief = True
    id = serializers.UUIDField(source="hsds_id")
    organization_id = _optional_id("organisation.hsds_id")
    name = serializers.CharField()
    alternate_name = _optional_text()
    description = _optional_text()
    url = serializers.URLField(required=False)
    email = serializers.EmailField(required=False)
    status = serializers.CharField(help_text="active, inactive, defunct or temporarily closed")
    interpretation_services = _optional_text()
    application_process = _optional_text()
    fees_description = _optional_text()
    wait_time = _optional_text()
    eligibility_description = _optional_text()
    minimum_age = serializers.IntegerField(required=False)
    maximum_age = serializers.IntegerField(required=False)
    assured_date = serializers.DateField(source="last_confirmed_at", required=False)
    assurer_email = serializers.EmailField(required=False)
    alert = _optional_text()
    last_modified = serializers.DateTimeField(required=False)
    organization = HsdsOrganizationBriefOut(source="organisation")


class HsdsServiceInOrganizationBriefOut(HsdsServiceBriefOut):
    organization = None  # type: ignore[assignment]
    also_modelled = frozenset({"organization"})


class HsdsServiceAtLocationInServiceOut(HsdsOut):
    id = serializers.UUIDField(source="hsds_id")
    service_id = _optional_id("service.hsds_id")
    location_id = _optional_id("site.hsds_id")
    description = _optional_text()
    schedules = HsdsScheduleOut(many=True)
    contacts = HsdsContactOut(many=True)
    location = HsdsLocationOut(source="site")
    attributes = AttributesField()


class HsdsServiceOut(HsdsServiceBriefOut):
    """A fully nested service (compiled/service.json)."""

    brief = False
    phones = HsdsPhoneOut(many=True)
    contacts = HsdsContactOut(many=True)
    schedules = HsdsScheduleOut(many=True)
    service_at_locations = HsdsServiceAtLocationInServiceOut(many=True)
    languages = HsdsLanguageOut(many=True)
    attributes = AttributesField()


class HsdsServiceInOrganizationOut(HsdsServiceOut):
    organization = None  # type: ignore[assignment]
    also_modelled = frozenset({"organization"})


class HsdsServiceInServiceAtLocationOut(HsdsServiceOut):
    service_at_locations = None  # type: ignore[assignment]
    also_modelled = frozenset({"service_at_locations"})


class HsdsOrganizationOut(HsdsOrganizationBriefOut):
    """A fully nested organisation (compiled/organization.json); its services are brief."""

    brief = False
    phones = HsdsPhoneOut(many=True)
    contacts = HsdsContactOut(many=True)
    locations = HsdsLocationOut(source="sites", many=True)
    services = HsdsServiceInOrganizationBriefOut(many=True)
    attributes = AttributesField()


class HsdsOrganizationWithFullServicesOut(HsdsOrganizationOut):
    services = HsdsServiceInOrganizationOut(many=True)  # type: ignore[assignment]


class HsdsServiceAtLocationBriefOut(HsdsOut):
    brief = True
    id = serializers.UUIDField(source="hsds_id")
    service_id = _optional_id("service.hsds_id")
    location_id = _optional_id("site.hsds_id")
    description = _optional_text()
    location = HsdsLocationBriefOut(source="site")
    service = HsdsServiceBriefOut()


class HsdsServiceAtLocationOut(HsdsServiceAtLocationInServiceOut):
    """A fully nested service at a location (compiled/service_at_location.json)."""

    service = HsdsServiceInServiceAtLocationOut()


def render(serializer: type[HsdsOut], items: Sequence[Model] | Model, *, many: bool) -> Any:
    slots = AttributeSlots()
    data = serializer(items, many=many, context={"attributes": slots}).data
    slots.fill()
    return data


# --- Pages and query parameters -----------------------------------------------------------------


class HsdsPageOut(serializers.Serializer[Any]):
    """A page of an HSDS list."""

    total_items = serializers.IntegerField(help_text="How many items match, on all pages.")
    total_pages = serializers.IntegerField()
    page_number = serializers.IntegerField(help_text="This page's number; the first page is 1.")
    size = serializers.IntegerField(help_text="How many items this page holds.")
    first_page = serializers.BooleanField()
    last_page = serializers.BooleanField()
    empty = serializers.BooleanField(help_text="True when this page holds no items.")


class HsdsServicePageOut(HsdsPageOut):
    contents = HsdsServiceBriefOut(many=True, help_text="Fully nested services with full=true.")


class HsdsOrganizationPageOut(HsdsPageOut):
    contents = HsdsOrganizationBriefOut(many=True, help_text="Fully nested organisations with full=true.")


class HsdsServiceAtLocationPageOut(HsdsPageOut):
    contents = HsdsServiceAtLocationBriefOut(many=True, help_text="Fully nested with full=true.")


class HsdsLocationPageOut(HsdsPageOut):
    contents = HsdsLocationBriefOut(many=True)


class HsdsTaxonomyPageOut(HsdsPageOut):
    contents = HsdsTaxonomyOut(many=True)


class HsdsTaxonomyTermPageOut(HsdsPageOut):
    contents = HsdsTaxonomyTermOut(many=True)


class HsdsInfoOut(serializers.Serializer[Any]):
    version = serializers.CharField(help_text="HSDS version of this API.")
    profile = serializers.URLField(help_text="The HSDS profile this API follows (none: HSDS itself).")
    openapi_url = serializers.URLField(help_text="This API's OpenAPI document.")


class ApiErrorDetailOut(serializers.Serializer[Any]):
    """The project's error format (onestop.core.api.exception_handler)."""

    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        # Built here because a declared `fields` would hide Serializer.fields.
        return {
            "status": serializers.IntegerField(),
            "code": serializers.CharField(),
            "message": serializers.CharField(),
            "fields": serializers.DictField(
                child=serializers.ListField(child=serializers.CharField()),
                required=False,
                help_text="Per query parameter, what is wrong with it.",
            ),
        }


class ApiErrorOut(serializers.Serializer[Any]):
    error = ApiErrorDetailOut()


class PageQuery(serializers.Serializer[Any]):
    page = serializers.IntegerField(min_value=1, max_value=MAX_PAGE, default=1, help_text="Page number, from 1.")
    per_page = serializers.IntegerField(
        min_value=1, max_value=MAX_PER_PAGE, default=DEFAULT_PER_PAGE, help_text="Items per page (at most 100)."
    )
    format = serializers.ChoiceField(choices=["json"], required=False, help_text="Only json is offered.")


class SearchQuery(PageQuery):
    search = serializers.CharField(
        required=False, allow_blank=True, max_length=200, help_text="Words that must all appear in name or description."
    )


class ServiceFilterQuery(SearchQuery):
    taxonomy_term_id = serializers.UUIDField(required=False, help_text="Only those with this taxonomy term.")
    taxonomy_id = serializers.UUIDField(required=False, help_text="Only those with a term of this taxonomy.")
    organization_id = serializers.UUIDField(required=False, help_text="Only those of this organization.")
    modified_after = serializers.DateTimeField(
        required=False, help_text="Only services modified at or after this ISO 8601 date-time (or date)."
    )
    full = serializers.BooleanField(required=False, default=False, help_text="true: fully nested documents.")
    postcode = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=20,
        help_text="Only those offered at a location with this postal code (spaces and case are ignored). "
        "Onestop has no service areas, so locations stand in for coverage.",
    )
    proximity = serializers.FloatField(
        required=False,
        min_value=0,
        max_value=20_000_000,
        help_text="Only those offered at a location within this many metres of the postcode's centroid "
        "(the mean position of Onestop's public locations with that postal code), nearest first. With "
        "`lat` and `lon`, measured from that point instead.",
    )
    lat = serializers.FloatField(
        required=False, min_value=-90, max_value=90, help_text="Latitude of a point (an Onestop addition)."
    )
    lon = serializers.FloatField(
        required=False,
        min_value=-180,
        max_value=180,
        help_text="Longitude of a point (an Onestop addition): with `lat`, results are sorted by distance "
        "from it, nearest first, and `proximity` is measured from it.",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("lat" in attrs) != ("lon" in attrs):
            raise serializers.ValidationError({"lat" if "lat" not in attrs else "lon": "lat and lon go together."})
        if "proximity" in attrs and "lat" not in attrs and not attrs.get("postcode", "").strip():
            raise serializers.ValidationError(
                {"proximity": "Give a postcode, or lat and lon, to measure the distance from."}
            )
        return attrs


class ServiceQuery(ServiceFilterQuery):
    full_service = serializers.BooleanField(required=False, default=False, help_text="Same as full.")


class OrganizationQuery(SearchQuery):
    full = serializers.BooleanField(required=False, default=False, help_text="true: fully nested organizations.")
    full_service = serializers.BooleanField(
        required=False, default=False, help_text="true (with full): nested services are fully nested too."
    )


class OrganizationDetailQuery(serializers.Serializer[Any]):
    full_service = serializers.BooleanField(
        required=False, default=False, help_text="true: nested services are fully nested too."
    )


class LocationQuery(SearchQuery):
    organization_id = serializers.UUIDField(required=False, help_text="Only locations of this organization.")


class TaxonomyTermQuery(SearchQuery):
    taxonomy_id = serializers.UUIDField(required=False, help_text="Only terms of this taxonomy.")
    parent_id = serializers.UUIDField(required=False, help_text="Only children of this term.")
    top_only = serializers.BooleanField(required=False, default=False, help_text="true: only terms without a parent.")


def _words(search: str) -> list[str]:
    return search.split()[:MAX_SEARCH_WORDS]


def _matching(queryset: QuerySet[Any], search: str, fields: tuple[str, ...]) -> QuerySet[Any]:
    for word in _words(search):
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset


def _tagged(query: dict[str, Any]) -> QuerySet[Attribute] | None:
    """Attributes with the asked-for term and/or taxonomy (None when neither is asked)."""
    if not (query.get("taxonomy_term_id") or query.get("taxonomy_id")):
        return None
    attributes = Attribute.objects.all()
    if term := query.get("taxonomy_term_id"):
        attributes = attributes.filter(taxonomy_term__hsds_id=term)
    if taxonomy := query.get("taxonomy_id"):
        attributes = attributes.filter(taxonomy_term__taxonomy__hsds_id=taxonomy)
    return attributes


def _sites_at_postcode(postcode: str) -> QuerySet[Any]:
    compact = "".join(postcode.split()).upper()
    return (
        Address.objects.annotate(compact=Replace(Upper("postal_code"), Value(" "), Value("")))
        .filter(compact=compact)
        .values("site_id")
    )


def filter_services(services: QuerySet[Service], query: dict[str, Any]) -> QuerySet[Service]:
    services = _matching(services, query.get("search", ""), ("name", "description"))
    if (attributes := _tagged(query)) is not None:
        services = services.filter(hsds_id__in=attributes.values("link_id"))
    if organisation := query.get("organization_id"):
        services = services.filter(organisation__hsds_id=organisation)
    if after := query.get("modified_after"):
        services = services.filter(last_modified__gte=after)
    if "proximity" in query and (distances := site_distances(query)) is not None:
        near = visible_service_at_locations().filter(site_id__in=list(distances))
        services = services.filter(id__in=near.values("service_id"))
    elif postcode := query.get("postcode", "").strip():
        at_postcode = visible_service_at_locations().filter(site_id__in=_sites_at_postcode(postcode))
        services = services.filter(id__in=at_postcode.values("service_id"))
    return services


EARTH_RADIUS_M = 6_371_008.8  # mean radius


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine) between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def _centre(query: dict[str, Any]) -> tuple[float, float] | None:
    """The point distances are measured from: lat/lon, or the postcode's centroid (the mean
    position of public locations with that postal code; None when none has coordinates)."""
    if "lat" in query:
        return query["lat"], query["lon"]
    postcode = query.get("postcode", "").strip()
    located = visible_sites().filter(
        pk__in=_sites_at_postcode(postcode), latitude__isnull=False, longitude__isnull=False
    )
    points = [(float(lat or 0), float(lon or 0)) for lat, lon in located.values_list("latitude", "longitude")]
    if not points:
        return None
    return sum(lat for lat, _ in points) / len(points), sum(lon for _, lon in points) / len(points)


def site_distances(query: dict[str, Any]) -> dict[int, float] | None:
    """Public locations with coordinates -> metres from the asked-for point, only those within
    `proximity` when it is given; None when the query asks for no distances. Locations are few
    (hundreds), so this is worked out here rather than in SQL, the same on every database."""
    if "proximity" not in query and "lat" not in query:
        return None
    centre = _centre(query)
    if centre is None:
        return {}
    limit = query.get("proximity")
    sites = visible_sites().filter(latitude__isnull=False, longitude__isnull=False)
    distances = {
        pk: _metres(centre, (float(lat or 0), float(lon or 0)))  # `or 0`: for the type; never None here
        for pk, lat, lon in sites.values_list("pk", "latitude", "longitude")
    }
    return {pk: d for pk, d in distances.items() if limit is None or d <= limit}


def _distance_of_site(distances: dict[int, float], field: str = "site_id") -> Case:
    whens = [When(**{field: pk}, then=Value(d)) for pk, d in distances.items()]
    return Case(*whens, default=Value(None), output_field=FloatField())


def nearest_first(services: QuerySet[Service], distances: dict[int, float] | None) -> QuerySet[Service]:
    """Services by the distance of their nearest location, then by name; by name without distances."""
    if not distances:
        return services.order_by("name", "id")
    nearest = (
        visible_service_at_locations()
        .filter(service_id=OuterRef("pk"), site_id__in=list(distances))
        .annotate(distance=_distance_of_site(distances))
        .order_by("distance")
        .values("distance")[:1]
    )
    return services.annotate(distance=Subquery(nearest, output_field=FloatField())).order_by(
        F("distance").asc(nulls_last=True), "name", "id"
    )


def page_of(
    queryset: QuerySet[Any], query: dict[str, Any], render_items: Callable[[list[Any]], list[Any]]
) -> dict[str, Any]:
    page, per_page = query["page"], query["per_page"]
    total = queryset.count()
    contents = list(render_items(list(queryset[(page - 1) * per_page : page * per_page])))
    total_pages = math.ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def get_one(queryset: QuerySet[Any], raw_id: str) -> Any:
    """The record with this HSDS id among those the public may see, or 404 (also for an id
    that is not a UUID)."""
    try:
        hsds_id = uuid.UUID(raw_id)
    except ValueError:
        raise Http404 from None
    try:
        return queryset.get(hsds_id=hsds_id)
    except queryset.model.DoesNotExist:
        raise Http404 from None


# --- Views --------------------------------------------------------------------------------------


class AlwaysJson(BaseContentNegotiation):
    """HSDS answers in JSON whatever the Accept header; a `format` other than json is refused
    by the query serializer with a 400 instead of DRF's 404."""

    def select_parser(self, request: Request, parsers: Any) -> Any:
        return parsers[0] if parsers else None

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        renderer = next(iter(renderers))
        return renderer, renderer.media_type or "application/json"


ID_PARAMETER = OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The HSDS id.")
ERRORS = {400: ApiErrorOut, 404: ApiErrorOut}
TAGS = ["HSDS"]


class HsdsView(APIView):
    # Public and read-only. No authentication at all: a session cookie is never looked at, so
    # other sites' pages cannot act with a visitor's login here.

    permission_classes = [AllowAny]
    authentication_classes: list[Any] = []
    renderer_classes = [JSONRenderer]
    content_negotiation_class = AlwaysJson

    def query(self, request: Request, serializer: type[serializers.Serializer[Any]]) -> dict[str, Any]:
        """The validated query parameters; a bad one is a 400 naming it."""
        parsed = serializer(data=request.query_params)
        parsed.is_valid(raise_exception=True)
        return dict(parsed.validated_data)


class RootView(HsdsView):
    @extend_schema(
        operation_id="getAPIMetaInformation",
        summary="This API and its relationship with HSDS",
        tags=TAGS,
        responses={200: HsdsInfoOut},
    )
    def get(self, request: Request) -> Response:
        schema_url = request.build_absolute_uri(reverse("api:schema")) + "?format=json"
        return Response({"version": HSDS_VERSION, "profile": HSDS_PROFILE, "openapi_url": schema_url})


class ServiceListView(HsdsView):
    @extend_schema(
        operation_id="getPaginatedListOfServices",
        summary="Services, a page at a time",
        description="One-to-one properties of each service, or fully nested services with `full=true` "
        "(`full_service=true` is accepted too). Every status is listed (active, inactive, defunct, "
        "temporarily closed) so that consumers syncing with `modified_after` see services end.",
        tags=TAGS,
        parameters=[ServiceQuery],
        responses={200: HsdsServicePageOut, 400: ApiErrorOut},
    )
    def get(self, request: Request) -> Response:
        query = self.query(request, ServiceQuery)
        full = query["full"] or query["full_service"]
        services = filter_services(_full_services() if full else visible_services(), query)
        if not full:
            services = services.select_related("organisation")
        serializer = HsdsServiceOut if full else HsdsServiceBriefOut
        services = nearest_first(services, site_distances(query))
        return Response(page_of(services, query, lambda items: render(serializer, items, many=True)))


class ServiceDetailView(HsdsView):
    @extend_schema(
        operation_id="getFullyNestedServiceById",
        summary="A fully nested service",
        tags=TAGS,
        parameters=[ID_PARAMETER],
        responses={200: HsdsServiceOut, 404: ApiErrorOut},
    )
    def get(self, request: Request, id: str) -> Response:
        return Response(render(HsdsServiceOut, get_one(_full_services(), id), many=False))


class OrganizationListView(HsdsView):
    @extend_schema(
        operation_id="getPaginatedListOfOrganizations",
        summary="Active organisations, a page at a time",
        tags=TAGS,
        parameters=[OrganizationQuery],
        responses={200: HsdsOrganizationPageOut, 400: ApiErrorOut},
    )
    def get(self, request: Request) -> Response:
        query = self.query(request, OrganizationQuery)
        if query["full"]:
            organisations = _full_organisations(full_services=query["full_service"])
            serializer: type[HsdsOut] = (
                HsdsOrganizationWithFullServicesOut if query["full_service"] else HsdsOrganizationOut
            )
        else:
            organisations, serializer = Organisation.objects.filter(is_active=True), HsdsOrganizationBriefOut
        organisations = _matching(organisations, query.get("search", ""), ("name", "description"))
        return Response(
            page_of(organisations.order_by("name", "id"), query, lambda items: render(serializer, items, many=True))
        )


class OrganizationDetailView(HsdsView):
    @extend_schema(
        operation_id="getOrganizationById",
        summary="A fully nested organisation",
        description="Its services hold their one-to-one properties, or are fully nested with `full_service=true`.",
        tags=TAGS,
        parameters=[ID_PARAMETER, OrganizationDetailQuery],
        responses={200: HsdsOrganizationOut, **ERRORS},
    )
    def get(self, request: Request, id: str) -> Response:
        full_services = self.query(request, OrganizationDetailQuery)["full_service"]
        organisation = get_one(_full_organisations(full_services=full_services), id)
        serializer = HsdsOrganizationWithFullServicesOut if full_services else HsdsOrganizationOut
        return Response(render(serializer, organisation, many=False))


class ServiceAtLocationListView(HsdsView):
    @extend_schema(
        operation_id="getPaginatedListOfServiceAtLocation",
        summary="Services at public locations, a page at a time",
        description="The filters apply to the service; `taxonomy_term_id` and `taxonomy_id` also match terms "
        "linked to the service at location itself.",
        tags=TAGS,
        parameters=[ServiceFilterQuery],
        responses={200: HsdsServiceAtLocationPageOut, 400: ApiErrorOut},
    )
    def get(self, request: Request) -> Response:
        query = self.query(request, ServiceFilterQuery)
        serializer: type[HsdsOut]
        if query["full"]:
            found, serializer = _full_service_at_locations(), HsdsServiceAtLocationOut
        else:
            found = visible_service_at_locations().select_related("service__organisation", "site__organisation")
            serializer = HsdsServiceAtLocationBriefOut
        distances = site_distances(query)
        # The service's own filters; those about terms and places apply to the pair itself.
        own = ("taxonomy_term_id", "taxonomy_id", "postcode", "proximity", "lat", "lon")
        service_filters = {key: value for key, value in query.items() if key not in own}
        found = found.filter(service__in=filter_services(Service.objects.all(), service_filters))
        if distances is not None and "proximity" in query:
            found = found.filter(site_id__in=list(distances))
        elif postcode := query.get("postcode", "").strip():
            found = found.filter(site_id__in=_sites_at_postcode(postcode))
        if (tagged := _tagged(query)) is not None:
            link_ids = tagged.values("link_id")
            found = found.filter(Q(hsds_id__in=link_ids) | Q(service__hsds_id__in=link_ids))
        if distances:
            found = found.annotate(distance=_distance_of_site(distances)).order_by(
                F("distance").asc(nulls_last=True), "service__name", "site__name", "id"
            )
        else:
            found = found.order_by("service__name", "site__name", "id")
        return Response(page_of(found, query, lambda items: render(serializer, items, many=True)))


class ServiceAtLocationDetailView(HsdsView):
    @extend_schema(
        operation_id="getServiceAtLocationWithNestedDataById",
        summary="A fully nested service at a location",
        description="Answers with compiled/service_at_location.json (the HSDS OpenAPI file names "
        "service.json here, which cannot describe a service at a location).",
        tags=TAGS,
        parameters=[ID_PARAMETER],
        responses={200: HsdsServiceAtLocationOut, 404: ApiErrorOut},
    )
    def get(self, request: Request, id: str) -> Response:
        return Response(render(HsdsServiceAtLocationOut, get_one(_full_service_at_locations(), id), many=False))


class LocationListView(HsdsView):
    @extend_schema(
        operation_id="getPaginatedListOfLocations",
        summary="Public locations, a page at a time (an Onestop addition to the HSDS API)",
        tags=TAGS,
        parameters=[LocationQuery],
        responses={200: HsdsLocationPageOut, 400: ApiErrorOut},
    )
    def get(self, request: Request) -> Response:
        query = self.query(request, LocationQuery)
        sites = _matching(
            visible_sites().select_related("organisation"), query.get("search", ""), ("name", "description")
        )
        if organisation := query.get("organization_id"):
            sites = sites.filter(organisation__hsds_id=organisation)
        return Response(
            page_of(sites.order_by("name", "id"), query, lambda items: render(HsdsLocationBriefOut, items, many=True))
        )


class LocationDetailView(HsdsView):
    @extend_schema(
        operation_id="getLocationById",
        summary="A public location with its addresses, phones, opening hours and languages",
        tags=TAGS,
        parameters=[ID_PARAMETER],
        responses={200: HsdsLocationOut, 404: ApiErrorOut},
    )
    def get(self, request: Request, id: str) -> Response:
        return Response(render(HsdsLocationOut, get_one(_full_sites(), id), many=False))


class TaxonomyListView(HsdsView):
    @extend_schema(
        operation_id="getPaginatedListOfTaxonomies",
        summary="Taxonomies, a page at a time",
        tags=TAGS,
        parameters=[SearchQuery],
        responses={200: HsdsTaxonomyPageOut, 400: ApiErrorOut},
    )
    def get(self, request: Request) -> Response:
        query = self.query(request, SearchQuery)
        taxonomies = _matching(Taxonomy.objects.all(), query.get("search", ""), ("name", "description"))
        return Response(
            page_of(taxonomies.order_by("name", "id"), query, lambda items: render(HsdsTaxonomyOut, items, many=True))
        )


class TaxonomyDetailView(HsdsView):
    @extend_schema(
        operation_id="getTaxonomyById",
        summary="A taxonomy",
        tags=TAGS,
        parameters=[ID_PARAMETER],
        responses={200: HsdsTaxonomyOut, 404: ApiErrorOut},
    )
    def get(self, request: Request, id: str) -> Response:
        return Response(render(HsdsTaxonomyOut, get_one(Taxonomy.objects.all(), id), many=False))


class TaxonomyTermListView(HsdsView):
    @extend_schema(
        operation_id="getPaginatedListOfTaxonomyTerms",
        summary="Taxonomy terms, a page at a time",
        tags=TAGS,
        parameters=[TaxonomyTermQuery],
        responses={200: HsdsTaxonomyTermPageOut, 400: ApiErrorOut},
    )
    def get(self, request: Request) -> Response:
        query = self.query(request, TaxonomyTermQuery)
        terms = _matching(_terms(), query.get("search", ""), ("name", "description", "code"))
        if taxonomy := query.get("taxonomy_id"):
            terms = terms.filter(taxonomy__hsds_id=taxonomy)
        if parent := query.get("parent_id"):
            terms = terms.filter(parent__hsds_id=parent)
        if query["top_only"]:
            terms = terms.filter(parent__isnull=True)
        return Response(
            page_of(terms.order_by("name", "id"), query, lambda items: render(HsdsTaxonomyTermOut, items, many=True))
        )


class TaxonomyTermDetailView(HsdsView):
    @extend_schema(
        operation_id="getTaxonomyTermById",
        summary="A taxonomy term",
        tags=TAGS,
        parameters=[ID_PARAMETER],
        responses={200: HsdsTaxonomyTermOut, 404: ApiErrorOut},
    )
    def get(self, request: Request, id: str) -> Response:
        return Response(render(HsdsTaxonomyTermOut, get_one(_terms(), id), many=False))


urlpatterns: list[URLPattern | URLResolver] = [
    path("", RootView.as_view(), name="root"),
    path("services/", ServiceListView.as_view(), name="service_list"),
    path("services/<str:id>/", ServiceDetailView.as_view(), name="service_detail"),
    path("organizations/", OrganizationListView.as_view(), name="organization_list"),
    path("organizations/<str:id>/", OrganizationDetailView.as_view(), name="organization_detail"),
    path("service_at_locations/", ServiceAtLocationListView.as_view(), name="service_at_location_list"),
    path("service_at_locations/<str:id>/", ServiceAtLocationDetailView.as_view(), name="service_at_location_detail"),
    path("locations/", LocationListView.as_view(), name="location_list"),
    path("locations/<str:id>/", LocationDetailView.as_view(), name="location_detail"),
    path("taxonomies/", TaxonomyListView.as_view(), name="taxonomy_list"),
    path("taxonomies/<str:id>/", TaxonomyDetailView.as_view(), name="taxonomy_detail"),
    path("taxonomy_terms/", TaxonomyTermListView.as_view(), name="taxonomy_term_list"),
    path("taxonomy_terms/<str:id>/", TaxonomyTermDetailView.as_view(), name="taxonomy_term_detail"),
]
