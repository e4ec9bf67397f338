"""The public HSDS 3.0 API: paging, filters, documents valid against the HSDS schemas, what the
public never sees, errors, and a constant number of queries per list."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from onestop.directory.models import (
    Accessibility,
    AccessibilityFeature,
    Address,
    Attribute,
    Contact,
    Organisation,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    Site,
    SpokenAt,
    Taxonomy,
    TaxonomyTerm,
)
from onestop.directory.needs import NEEDS_TAXONOMY_ID

# CI clones the repository with shared/ beside it.
HSDS = Path(__file__).resolve().parents[4] / "shared/data/hsds"
API = "/api/v1/hsds"
PAGE_KEYS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"]


@cache
def _registry() -> Registry[Any]:
    # The plain schemas refer to each other by file name ("taxonomy.json").
    return Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012))
        for path in (HSDS / "schema").glob("*.json")
    )


def assert_valid(document: Any, schema: str) -> None:
    """Valid against an HSDS schema ("compiled/service.json", "taxonomy.json"), uuid and email
    formats included."""
    validator = Draft202012Validator(
        json.loads((HSDS / "schema" / schema).read_text()),
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(document)]
    assert not errors, errors


def assert_page_valid(page: dict[str, Any], item_schema: str) -> None:
    assert list(page) == PAGE_KEYS
    for item in page["contents"]:
        assert_valid(item, item_schema)


def get(client: Client, path: str, **params: Any) -> Any:
    response = client.get(f"{API}{path}", params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def ids(page: dict[str, Any]) -> list[str]:
    return [item["id"] for item in page["contents"]]


def make_org(name: str, **fields: Any) -> Organisation:
    return Organisation.objects.create(name=name, kind="ngo", is_protected=True, **fields)


def make_service(org: Organisation, name: str, **fields: Any) -> Service:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower())
    return Service.objects.create(organisation=org, name=name, slug=slug, **fields)


@dataclass
class City:
    """A small directory: one organisation with a site, a service offered there, and the
    children HSDS nests (phones, opening hours, languages, address, taxonomy terms)."""

    org: Organisation
    site: Site
    address: Address
    service: Service
    sal: ServiceAtLocation
    service_schedule: Schedule
    sal_schedule: Schedule
    site_schedule: Schedule
    service_phone: Phone
    site_phone: Phone
    org_phone: Phone
    arabic: SpokenAt
    ukrainian: SpokenAt
    taxonomy: Taxonomy
    legal: TaxonomyTerm
    asylum: TaxonomyTerm
    service_tag: Attribute
    site_tag: Attribute
    contact: Contact
    contact_phone: Phone
    step_free: Accessibility


def build_city(n: int = 1) -> City:
    org = make_org(
        f"Refugee Law Clinic {n}",
        description="Free legal advice.",
        website="https://rlc.example.org",
        email="info@rlc.example.org",
        extra={
            "tax_status": "charity",
            "name": "Imported name",
            "funding": [{"id": str(uuid.uuid4()), "source": "City"}],
        },
    )
    site = Site.objects.create(
        name=f"Advice centre {n}", slug=f"advice-centre-{n}", organisation=org, directions="Tram 4 to Rathaus",
        latitude=Decimal("52.520008"), longitude=Decimal("13.404954"),
        extra={"external_identifier": "///index.home.raft", "external_identifier_type": "what3words"},
    )  # fmt: skip
    address = Address.objects.create(
        site=site, address_1="Rathausstr. 1", city="Berlin", postal_code="10178", country="DE"
    )
    service = make_service(
        org, f"Asylum counselling {n}", description="Advice on the asylum procedure.",
        url="https://rlc.example.org/asylum", email="asylum@rlc.example.org", minimum_age=16,
        last_confirmed_at=date(2026, 1, 5), application_process="Walk in.",
        extra={"fees": "None", "status": "defunct", "required_documents": [{"id": str(uuid.uuid4())}]},
    )  # fmt: skip
    sal = ServiceAtLocation.objects.create(service=service, site=site, description="Walk-in on Thursdays")
    taxonomy = Taxonomy.objects.create(
        name=f"Open Eligibility {n}", description="Human services terms.", uri="https://example.org/oe", version="1.0"
    )
    legal = TaxonomyTerm.objects.create(taxonomy=taxonomy, code="legal", name="Legal", description="Legal help")
    asylum = TaxonomyTerm.objects.create(
        taxonomy=taxonomy, parent=legal, code="asylum", name="Asylum", description="Asylum procedures", language="en"
    )
    contact = Contact.objects.create(
        service=service, site=site, name="Amal Haddad", title="Caseworker", email="amal@rlc.example.org"
    )
    return City(
        contact=contact,
        contact_phone=Phone.objects.create(contact=contact, number="+49 30 2222222"),
        step_free=Accessibility.objects.create(
            site=site, feature=AccessibilityFeature.STEP_FREE, description="Ramp at the side door"
        ),
        org=org,
        site=site,
        address=address,
        service=service,
        sal=sal,
        service_schedule=Schedule.objects.create(
            service=service, byday="MO,WE", opens_at=time(9), closes_at=time(12, 30), valid_from=date(2026, 1, 1)
        ),
        sal_schedule=Schedule.objects.create(
            service_at_location=sal, byday="TH", opens_at=time(14), closes_at=time(18)
        ),
        site_schedule=Schedule.objects.create(site=site, byday="MO,TU,WE,TH,FR", opens_at=time(8), closes_at=time(16)),
        service_phone=Phone.objects.create(service=service, number="+49 30 1234567", extension=12, type="voice"),
        site_phone=Phone.objects.create(site=site, number="+49 30 7654321"),
        org_phone=Phone.objects.create(organisation=org, number="+49 30 1111111"),
        arabic=SpokenAt.objects.create(service=service, code="ar", name="Arabic"),
        ukrainian=SpokenAt.objects.create(site=site, code="uk", name="Ukrainian"),
        taxonomy=taxonomy,
        legal=legal,
        asylum=asylum,
        service_tag=Attribute.objects.create(taxonomy_term=asylum, link_id=service.hsds_id, link_entity="service"),
        site_tag=Attribute.objects.create(
            taxonomy_term=legal, link_id=site.hsds_id, link_entity="location", value="yes"
        ),
    )


@pytest.fixture
def city(db: None) -> City:
    return build_city()


# --- The root ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_root_names_hsds_3_and_links_our_openapi_document(client: Client) -> None:
    info = get(client, "/")
    assert info == {
        "version": "3.0",
        "profile": "https://github.com/openreferral/specification/tree/3.0",
        "openapi_url": "http://testserver/api/v1/schema/?format=json",
    }
    schema = client.get(info["openapi_url"]).json()
    assert f"{API}/services/" in schema["paths"]


@pytest.mark.django_db
def test_the_schema_documents_every_hsds_endpoint_with_its_parameters(client: Client) -> None:
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    paths = schema["paths"]
    assert {p for p in paths if p.startswith(API)} == {
        f"{API}/",
        *(f"{API}/{name}/" for name in ("services", "organizations", "service_at_locations", "locations")),
        *(f"{API}/{name}/{{id}}/" for name in ("services", "organizations", "service_at_locations", "locations")),
        *(f"{API}/{name}/" for name in ("taxonomies", "taxonomy_terms")),
        *(f"{API}/{name}/{{id}}/" for name in ("taxonomies", "taxonomy_terms")),
    }
    services = paths[f"{API}/services/"]["get"]
    assert services["operationId"] == "getPaginatedListOfServices"
    assert {p["name"] for p in services["parameters"]} == {
        "search", "page", "per_page", "format", "taxonomy_term_id", "taxonomy_id", "organization_id",
        "modified_after", "full", "full_service", "postcode", "proximity", "lat", "lon",
    }  # fmt: skip
    page = services["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert list(schema["components"]["schemas"][page]["properties"]) == PAGE_KEYS
    detail = paths[f"{API}/services/{{id}}/"]["get"]
    assert detail["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/HsdsServiceOut"
    }
    assert detail["parameters"][0]["schema"] == {"type": "string", "format": "uuid"}
    assert set(detail["responses"]) == {"200", "404"}


# --- Paging -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_page_of_services_counts_items_and_pages_exactly(client: Client) -> None:
    org = make_org("Clinic")
    services = [make_service(org, name) for name in ("Alpha", "Bravo", "Charlie")]
    first = get(client, "/services/", per_page=2)
    assert {k: v for k, v in first.items() if k != "contents"} == {
        "total_items": 3, "total_pages": 2, "page_number": 1, "size": 2,
        "first_page": True, "last_page": False, "empty": False,
    }  # fmt: skip
    assert ids(first) == [str(s.hsds_id) for s in services[:2]]
    second = get(client, "/services/", per_page=2, page=2)
    assert {k: v for k, v in second.items() if k != "contents"} == {
        "total_items": 3, "total_pages": 2, "page_number": 2, "size": 1,
        "first_page": False, "last_page": True, "empty": False,
    }  # fmt: skip
    assert ids(second) == [str(services[2].hsds_id)]
    assert_page_valid(first, "compiled/service_list.json")


@pytest.mark.django_db
def test_a_page_past_the_end_is_empty_and_an_empty_directory_has_no_pages(client: Client) -> None:
    assert get(client, "/services/") == {
        "total_items": 0, "total_pages": 0, "page_number": 1, "size": 0,
        "first_page": True, "last_page": True, "empty": True, "contents": [],
    }  # fmt: skip
    make_service(make_org("Clinic"), "Alpha")
    assert get(client, "/services/", page=3) == {
        "total_items": 1, "total_pages": 1, "page_number": 3, "size": 0,
        "first_page": False, "last_page": True, "empty": True, "contents": [],
    }  # fmt: skip


@pytest.mark.django_db
def test_per_page_defaults_to_50(client: Client) -> None:
    org = make_org("Clinic")
    for i in range(51):
        make_service(org, f"Service {i:02}")
    page = get(client, "/services/")
    assert (page["size"], page["total_pages"], page["last_page"]) == (50, 2, False)


# --- Filters ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_search_needs_every_word_in_the_name_or_the_description(client: Client) -> None:
    org = make_org("Clinic")
    housing = make_service(org, "Housing advice", description="Help to find a FLAT.")
    flat = make_service(org, "Flat sharing", description="Rooms for students.")
    make_service(org, "Language course", description="German for beginners.")
    assert ids(get(client, "/services/", search="flat")) == [str(flat.hsds_id), str(housing.hsds_id)]
    assert ids(get(client, "/services/", search="  advice   flat ")) == [str(housing.hsds_id)]
    assert ids(get(client, "/services/", search="flat spaceship")) == []
    assert get(client, "/services/", search="")["total_items"] == 3


@pytest.mark.django_db
def test_taxonomy_term_and_taxonomy_filters_find_the_tagged_services(client: Client, city: City) -> None:
    untagged = make_service(city.org, "Untagged")
    other_taxonomy = Taxonomy.objects.create(name="Other", description="")
    other_term = TaxonomyTerm.objects.create(taxonomy=other_taxonomy, name="Other", description="")
    Attribute.objects.create(taxonomy_term=other_term, link_id=untagged.hsds_id, link_entity="service")
    tagged = [str(city.service.hsds_id)]
    assert ids(get(client, "/services/", taxonomy_term_id=city.asylum.hsds_id)) == tagged
    assert ids(get(client, "/services/", taxonomy_id=city.taxonomy.hsds_id)) == tagged
    # The parent term is on the site, not on the service.
    assert ids(get(client, "/services/", taxonomy_term_id=city.legal.hsds_id)) == []
    assert ids(get(client, "/services/", taxonomy_id=other_taxonomy.hsds_id)) == [str(untagged.hsds_id)]
    assert ids(get(client, "/services/", taxonomy_id=uuid.uuid4())) == []
    sals = get(client, "/service_at_locations/", taxonomy_term_id=city.asylum.hsds_id)
    assert ids(sals) == [str(city.sal.hsds_id)]


@pytest.mark.django_db
def test_the_organization_filter_keeps_that_organizations_services(client: Client, city: City) -> None:
    other = make_service(make_org("Job centre"), "Job search")
    assert ids(get(client, "/services/", organization_id=city.org.hsds_id)) == [str(city.service.hsds_id)]
    assert ids(get(client, "/services/", organization_id=other.organisation.hsds_id)) == [str(other.hsds_id)]
    assert ids(get(client, "/services/", organization_id=uuid.uuid4())) == []
    assert ids(get(client, "/locations/", organization_id=city.org.hsds_id)) == [str(city.site.hsds_id)]


@pytest.mark.django_db
def test_modified_after_includes_the_moment_itself_and_accepts_a_date(client: Client) -> None:
    org = make_org("Clinic")
    old, new = make_service(org, "Old"), make_service(org, "New")
    Service.objects.filter(pk=old.pk).update(last_modified=datetime(2026, 2, 28, 23, 0, tzinfo=UTC))
    Service.objects.filter(pk=new.pk).update(last_modified=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    assert ids(get(client, "/services/", modified_after="2026-03-01T12:00:00Z")) == [str(new.hsds_id)]
    assert ids(get(client, "/services/", modified_after="2026-03-01T12:00:01Z")) == []
    assert ids(get(client, "/services/", modified_after="2026-03-01T00:30:00+01:00")) == [str(new.hsds_id)]
    # A date is midnight in the shop's time zone (Berlin, UTC+1 in winter): 23:00 UTC is after it.
    assert ids(get(client, "/services/", modified_after="2026-03-01")) == [str(new.hsds_id), str(old.hsds_id)]
    assert ids(get(client, "/services/", modified_after="2026-03-02")) == []
    assert ids(get(client, "/service_at_locations/", modified_after="2026-03-02")) == []


@pytest.mark.django_db
def test_postcode_finds_services_offered_at_locations_there(client: Client, city: City) -> None:
    elsewhere = make_service(city.org, "Elsewhere")
    far = Site.objects.create(name="Far", slug="far", organisation=city.org)
    Address.objects.create(site=far, address_1="Weg 2", city="Potsdam", postal_code="14467", country="DE")
    ServiceAtLocation.objects.create(service=elsewhere, site=far)
    Address.objects.filter(pk=city.address.pk).update(postal_code="SW1A 1AA")
    assert ids(get(client, "/services/", postcode="sw1a1aa")) == [str(city.service.hsds_id)]
    assert ids(get(client, "/services/", postcode="14467")) == [str(elsewhere.hsds_id)]
    assert ids(get(client, "/services/", postcode="99999")) == []
    assert ids(get(client, "/service_at_locations/", postcode="SW1A 1AA")) == [str(city.sal.hsds_id)]


@pytest.mark.django_db
def test_proximity_keeps_services_near_the_postcode_centroid_nearest_first(client: Client, city: City) -> None:
    # The city's site is in Berlin-Mitte (10178); two sites in Potsdam (14467), about 26 km away,
    # whose mean position is the centroid of 14467; one more without coordinates.
    potsdam = make_service(city.org, "Potsdam advice")
    for n, (lat, lon) in enumerate([("52.390000", "13.060000"), ("52.400000", "13.070000")]):
        site = Site.objects.create(
            name=f"Potsdam {n}", slug=f"potsdam-{n}", organisation=city.org,
            latitude=Decimal(lat), longitude=Decimal(lon),
        )  # fmt: skip
        Address.objects.create(site=site, address_1="Weg 2", city="Potsdam", postal_code="14467", country="DE")
        ServiceAtLocation.objects.create(service=potsdam, site=site)
    nowhere = make_service(city.org, "Unlocated help")
    unplaced = Site.objects.create(name="Unplaced", slug="unplaced", organisation=city.org)
    ServiceAtLocation.objects.create(service=nowhere, site=unplaced)

    assert ids(get(client, "/services/", postcode="14467", proximity="5000")) == [str(potsdam.hsds_id)]
    near_both = get(client, "/services/", postcode="10178", proximity="40000")
    assert ids(near_both) == [str(city.service.hsds_id), str(potsdam.hsds_id)]
    assert ids(get(client, "/services/", postcode="14467", proximity="40000")) == [
        str(potsdam.hsds_id), str(city.service.hsds_id),
    ]  # fmt: skip
    assert ids(get(client, "/services/", postcode="10178", proximity="1000")) == [str(city.service.hsds_id)]
    # A postcode no located place has cannot be placed: nothing is near it.
    assert ids(get(client, "/services/", postcode="99999", proximity="40000")) == []
    # lat and lon: measured from that point; without proximity, everything, nearest first.
    assert ids(get(client, "/services/", lat="52.39", lon="13.06", proximity="2000")) == [str(potsdam.hsds_id)]
    assert ids(get(client, "/services/", lat="52.39", lon="13.06")) == [
        str(potsdam.hsds_id), str(city.service.hsds_id), str(nowhere.hsds_id),
    ]  # fmt: skip
    # The pairs of a service and a place are each measured by their own place.
    pairs = get(client, "/service_at_locations/", lat="52.52", lon="13.40", proximity="40000")
    sites = [Site.objects.get(service_at_locations__hsds_id=pair_id).slug for pair_id in ids(pairs)]
    assert sites == ["advice-centre-1", "potsdam-1", "potsdam-0"]
    # Both Potsdam places are as far from their centroid (about 650 m): either may come first.
    assert set(ids(get(client, "/service_at_locations/", postcode="14467", proximity="3000"))) == {
        str(p.hsds_id) for p in ServiceAtLocation.objects.filter(service=potsdam)
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"proximity": "500"}, "proximity"),
        ({"lat": "52.5"}, "lon"),
        ({"lon": "13.4"}, "lat"),
        ({"lat": "91", "lon": "0"}, "lat"),
    ],
)
def test_proximity_needs_a_point_to_measure_from(client: Client, params: dict[str, str], field: str) -> None:
    response = client.get(f"{API}/services/", params)
    assert response.status_code == 400
    assert field in json.dumps(response.json())


# --- Documents --------------------------------------------------------------------------------


def _attribute(attribute: Attribute) -> dict[str, Any]:
    term = attribute.taxonomy_term
    taxonomy = term.taxonomy
    assert taxonomy is not None
    document: dict[str, Any] = {
        "id": str(attribute.hsds_id),
        "link_id": str(attribute.link_id),
        "taxonomy_term_id": str(term.hsds_id),
        "link_entity": attribute.link_entity,
    }
    if attribute.value:
        document["value"] = attribute.value
    document["taxonomy_term"] = _term(term)
    return document


def _taxonomy(taxonomy: Taxonomy) -> dict[str, Any]:
    return {
        "id": str(taxonomy.hsds_id), "name": taxonomy.name, "description": taxonomy.description,
        "uri": taxonomy.uri, "version": taxonomy.version,
    }  # fmt: skip


def _term(term: TaxonomyTerm) -> dict[str, Any]:
    assert term.taxonomy is not None
    document = {"id": str(term.hsds_id), "code": term.code, "name": term.name, "description": term.description}
    if term.parent is not None:
        document["parent_id"] = str(term.parent.hsds_id)
    document |= {"taxonomy": term.taxonomy.name, "taxonomy_detail": _taxonomy(term.taxonomy)}
    if term.language:
        document["language"] = term.language
    document["taxonomy_id"] = str(term.taxonomy.hsds_id)
    return document


def _contact(city: City) -> dict[str, Any]:
    return {
        "id": str(city.contact.hsds_id), "service_id": str(city.service.hsds_id),
        "location_id": str(city.site.hsds_id), "name": "Amal Haddad", "title": "Caseworker",
        "email": "amal@rlc.example.org",
        "phones": [
            {"id": str(city.contact_phone.hsds_id), "contact_id": str(city.contact.hsds_id), "number": "+49 30 2222222",
             "attributes": []},
        ],
        "attributes": [],
    }  # fmt: skip


def _location(city: City) -> dict[str, Any]:
    site = city.site
    return {
        "id": str(site.hsds_id),
        "location_type": "physical",
        "organization_id": str(city.org.hsds_id),
        "name": site.name,
        "transportation": "Tram 4 to Rathaus",
        "latitude": 52.520008,
        "longitude": 13.404954,
        "languages": [
            {"id": str(city.ukrainian.hsds_id), "location_id": str(site.hsds_id), "name": "Ukrainian", "code": "uk",
             "attributes": []},
        ],
        "addresses": [
            {"id": str(city.address.hsds_id), "location_id": str(site.hsds_id), "address_1": "Rathausstr. 1",
             "city": "Berlin", "state_province": "", "postal_code": "10178", "country": "DE",
             "address_type": "physical", "attributes": []},
        ],
        "phones": [{"id": str(city.site_phone.hsds_id), "location_id": str(site.hsds_id), "number": "+49 30 7654321",
                    "attributes": []}],
        "schedules": [
            {"id": str(city.site_schedule.hsds_id), "location_id": str(site.hsds_id), "freq": "WEEKLY",
             "interval": 1, "byday": "MO,TU,WE,TH,FR", "opens_at": "08:00", "closes_at": "16:00", "attributes": []},
        ],
        "contacts": [_contact(city)],
        "accessibility": [
            {"id": str(city.step_free.hsds_id), "location_id": str(site.hsds_id),
             "description": "Ramp at the side door", "feature": "step_free", "attributes": []},
        ],
        "attributes": [_attribute(city.site_tag)],
        "external_identifier": "///index.home.raft",
        "external_identifier_type": "what3words",
    }  # fmt: skip


def _organization_brief(city: City) -> dict[str, Any]:
    return {
        "id": str(city.org.hsds_id), "name": city.org.name, "description": "Free legal advice.",
        "email": "info@rlc.example.org", "website": "https://rlc.example.org", "tax_status": "charity",
    }  # fmt: skip


@pytest.mark.django_db
def test_a_service_document_is_fully_nested_valid_hsds(client: Client, city: City) -> None:
    document = get(client, f"/services/{city.service.hsds_id}/")
    assert_valid(document, "compiled/service.json")
    service, sal = city.service, city.sal
    service.refresh_from_db()
    assert document == {
        "id": str(service.hsds_id),
        "organization_id": str(city.org.hsds_id),
        "name": service.name,
        "description": "Advice on the asylum procedure.",
        "url": "https://rlc.example.org/asylum",
        "email": "asylum@rlc.example.org",
        # The column wins over an imported value of the same property.
        "status": "active",
        "application_process": "Walk in.",
        "minimum_age": 16,
        "assured_date": "2026-01-05",
        "last_modified": document["last_modified"],
        "organization": _organization_brief(city),
        "phones": [
            {"id": str(city.service_phone.hsds_id), "service_id": str(service.hsds_id), "number": "+49 30 1234567",
             "extension": 12, "type": "voice", "attributes": []},
        ],
        "contacts": [_contact(city)],
        "schedules": [
            {"id": str(city.service_schedule.hsds_id), "service_id": str(service.hsds_id), "valid_from": "2026-01-01",
             "freq": "WEEKLY", "interval": 1, "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:30",
             "attributes": []},
        ],
        "service_at_locations": [
            {
                "id": str(sal.hsds_id), "service_id": str(service.hsds_id), "location_id": str(city.site.hsds_id),
                "description": "Walk-in on Thursdays",
                "schedules": [
                    {"id": str(city.sal_schedule.hsds_id), "service_at_location_id": str(sal.hsds_id),
                     "freq": "WEEKLY", "interval": 1, "byday": "TH", "opens_at": "14:00", "closes_at": "18:00",
                     "attributes": []},
                ],
                "contacts": [],
                "location": _location(city),
                "attributes": [],
            },
        ],
        "languages": [
            {"id": str(city.arabic.hsds_id), "service_id": str(service.hsds_id), "name": "Arabic", "code": "ar",
             "attributes": []},
        ],
        "attributes": [_attribute(city.service_tag)],
        "fees": "None",
        "required_documents": service.extra["required_documents"],
    }  # fmt: skip
    assert datetime.fromisoformat(document["last_modified"]) == service.last_modified


@pytest.mark.django_db
def test_list_items_keep_only_one_to_one_properties(client: Client, city: City) -> None:
    page = get(client, "/services/")
    assert_page_valid(page, "compiled/service_list.json")
    [item] = page["contents"]
    assert set(item) == {
        "id", "organization_id", "name", "description", "url", "email", "status", "application_process",
        "minimum_age", "assured_date", "last_modified", "organization", "fees",
    }  # fmt: skip
    assert item["organization"] == _organization_brief(city)


@pytest.mark.django_db
@pytest.mark.parametrize("flag", ["full", "full_service"])
def test_full_lists_fully_nested_services(client: Client, city: City, flag: str) -> None:
    page = get(client, "/services/", **{flag: "true"})
    assert_page_valid(page, "compiled/service.json")
    assert page["contents"] == [get(client, f"/services/{city.service.hsds_id}/")]
    assert get(client, "/services/", **{flag: "false"}) == get(client, "/services/")


@pytest.mark.django_db
def test_organization_documents_nest_locations_phones_and_services(client: Client, city: City) -> None:
    listed = get(client, "/organizations/")
    assert_page_valid(listed, "compiled/organization_list.json")
    assert listed["contents"] == [_organization_brief(city)]

    document = get(client, f"/organizations/{city.org.hsds_id}/")
    assert_valid(document, "compiled/organization.json")
    assert document == {
        **_organization_brief(city),
        "phones": [{"id": str(city.org_phone.hsds_id), "organization_id": str(city.org.hsds_id),
                    "number": "+49 30 1111111", "attributes": []}],
        "contacts": [],
        "locations": [_location(city)],
        "services": [{k: v for k, v in get(client, "/services/")["contents"][0].items() if k != "organization"}],
        "attributes": [],
        "funding": city.org.extra["funding"],
    }  # fmt: skip

    full = get(client, f"/organizations/{city.org.hsds_id}/", full_service="true")
    assert_valid(full, "compiled/organization.json")
    service = get(client, f"/services/{city.service.hsds_id}/")
    assert full["services"] == [{k: v for k, v in service.items() if k != "organization"}]

    nested = get(client, "/organizations/", full="true", full_service="true")
    assert nested["contents"] == [full]
    assert get(client, "/organizations/", full="true")["contents"] == [document]
    assert ids(get(client, "/organizations/", search="law clinic")) == [str(city.org.hsds_id)]
    assert ids(get(client, "/organizations/", search="bakery")) == []


@pytest.mark.django_db
def test_service_at_location_documents(client: Client, city: City) -> None:
    listed = get(client, "/service_at_locations/")
    assert_page_valid(listed, "compiled/service_at_location_list.json")
    brief_service = get(client, "/services/")["contents"][0]
    assert listed["contents"] == [
        {
            "id": str(city.sal.hsds_id),
            "service_id": str(city.service.hsds_id),
            "location_id": str(city.site.hsds_id),
            "description": "Walk-in on Thursdays",
            "location": {k: v for k, v in _location(city).items() if not isinstance(v, list)},
            "service": brief_service,
        }
    ]
    document = get(client, f"/service_at_locations/{city.sal.hsds_id}/")
    assert_valid(document, "compiled/service_at_location.json")
    service = get(client, f"/services/{city.service.hsds_id}/")
    [in_service] = service.pop("service_at_locations")
    assert document == {**in_service, "service": service}
    assert get(client, "/service_at_locations/", full="true")["contents"] == [document]
    assert ids(get(client, "/service_at_locations/", search="counselling")) == [str(city.sal.hsds_id)]
    assert ids(get(client, "/service_at_locations/", organization_id=uuid.uuid4())) == []


@pytest.mark.django_db
def test_location_documents(client: Client, city: City) -> None:
    listed = get(client, "/locations/")
    assert listed["contents"] == [{k: v for k, v in _location(city).items() if not isinstance(v, list)}]
    document = get(client, f"/locations/{city.site.hsds_id}/")
    assert_valid(document, "location.json")
    assert document == _location(city)
    assert ids(get(client, "/locations/", search="advice centre")) == [str(city.site.hsds_id)]


@pytest.mark.django_db
def test_taxonomies_and_their_terms(client: Client, city: City) -> None:
    taxonomies = get(client, "/taxonomies/")
    assert_page_valid(taxonomies, "taxonomy.json")
    assert ids(taxonomies) == [str(NEEDS_TAXONOMY_ID), str(city.taxonomy.hsds_id)]
    assert get(client, f"/taxonomies/{city.taxonomy.hsds_id}/") == _taxonomy(city.taxonomy)
    assert ids(get(client, "/taxonomies/", search="eligibility")) == [str(city.taxonomy.hsds_id)]

    terms = get(client, "/taxonomy_terms/", taxonomy_id=city.taxonomy.hsds_id)
    assert_page_valid(terms, "taxonomy_term.json")
    assert terms["contents"] == [_term(city.asylum), _term(city.legal)]
    document = get(client, f"/taxonomy_terms/{city.asylum.hsds_id}/")
    assert_valid(document, "taxonomy_term.json")
    assert document == _term(city.asylum)
    assert ids(get(client, "/taxonomy_terms/", parent_id=city.legal.hsds_id)) == [str(city.asylum.hsds_id)]
    top = get(client, "/taxonomy_terms/", taxonomy_id=city.taxonomy.hsds_id, top_only="true")
    assert ids(top) == [str(city.legal.hsds_id)]
    # The shop's eleven need categories are terms like any other.
    assert get(client, "/taxonomy_terms/", taxonomy_id=NEEDS_TAXONOMY_ID)["total_items"] == 11
    assert ids(get(client, "/taxonomy_terms/", search="asylum")) == [str(city.asylum.hsds_id)]


@pytest.mark.django_db
def test_extra_never_overrides_a_column_or_adds_nulls(client: Client) -> None:
    extra = {"description": "Imported", "logo": None, "legal_status": "", "uri": "https://x.org"}
    org = make_org("Clinic", description="", extra=extra)
    service = make_service(org, "Advice", extra={"id": "not-ours", "organization": {"id": "x"}, "licenses": "L-1"})
    document = get(client, f"/services/{service.hsds_id}/")
    assert document["id"] == str(service.hsds_id)
    assert document["organization"] == {
        "id": str(org.hsds_id),
        "name": "Clinic",
        "description": "",
        "uri": "https://x.org",
    }
    assert document["licenses"] == "L-1"
    assert_valid(document, "compiled/service.json")
    in_org = get(client, f"/organizations/{org.hsds_id}/")["services"]
    assert "organization" not in in_org[0]


# --- What the public never sees ---------------------------------------------------------------


@pytest.mark.django_db
def test_an_inactive_organisations_services_sites_and_self_are_hidden_everywhere(client: Client, city: City) -> None:
    hidden = build_city(2)
    Organisation.objects.filter(pk=hidden.org.pk).update(is_active=False)
    # An active organisation's service offered at the inactive one's site: the site stays hidden.
    ServiceAtLocation.objects.create(service=city.service, site=hidden.site)

    for path, shown in [
        ("/services/", city.service), ("/organizations/", city.org), ("/service_at_locations/", city.sal),
        ("/locations/", city.site),
    ]:  # fmt: skip
        for full in ("false", "true"):
            response = client.get(f"{API}{path}", {"full": full, "full_service": "true", "per_page": 100})
            assert ids(response.json()) == [str(shown.hsds_id)]
            content = response.content.decode()
            for secret in (hidden.org.name, hidden.site.name, hidden.service.name, str(hidden.site.hsds_id)):
                assert secret not in content
    for path in (
        f"/services/{hidden.service.hsds_id}/", f"/organizations/{hidden.org.hsds_id}/",
        f"/service_at_locations/{hidden.sal.hsds_id}/", f"/locations/{hidden.site.hsds_id}/",
    ):  # fmt: skip
        assert client.get(f"{API}{path}").json() == {
            "error": {"status": 404, "code": "not_found", "message": "Not found."}
        }
    service = client.get(f"{API}/services/{city.service.hsds_id}/").content.decode()
    assert hidden.site.name not in service and str(hidden.site.hsds_id) not in service
    assert ids(get(client, "/services/", search="counselling")) == [str(city.service.hsds_id)]


@pytest.mark.django_db
def test_unapproved_services_and_private_sites_are_hidden(client: Client, city: City) -> None:
    draft = make_service(city.org, "Draft service", is_approved=False)
    private = Site.objects.create(name="Back office", slug="back-office", organisation=city.org, is_public=False)
    ServiceAtLocation.objects.create(service=city.service, site=private)
    draft_sal = ServiceAtLocation.objects.create(service=draft, site=city.site)

    assert ids(get(client, "/services/")) == [str(city.service.hsds_id)]
    assert ids(get(client, "/service_at_locations/")) == [str(city.sal.hsds_id)]
    assert ids(get(client, "/locations/")) == [str(city.site.hsds_id)]
    for path in ("/services/", "/organizations/", "/service_at_locations/"):
        content = client.get(f"{API}{path}", {"full": "true", "full_service": "true"}).content.decode()
        assert "Draft service" not in content and "Back office" not in content
    for path in (
        f"/services/{draft.hsds_id}/",
        f"/locations/{private.hsds_id}/",
        f"/service_at_locations/{draft_sal.hsds_id}/",
    ):
        assert client.get(f"{API}{path}").status_code == 404


@pytest.mark.django_db
def test_every_status_is_listed_so_that_consumers_see_services_end(client: Client) -> None:
    org = make_org("Clinic")
    for status in ServiceStatus:
        make_service(org, f"Service {status.value}", status=status)
    page = get(client, "/services/")
    assert sorted(item["status"] for item in page["contents"]) == sorted(ServiceStatus.values)
    assert_page_valid(page, "compiled/service_list.json")


# --- Errors and access ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "collection", ["services", "organizations", "service_at_locations", "locations", "taxonomies", "taxonomy_terms"]
)
@pytest.mark.parametrize("raw_id", ["not-a-uuid", "123", "5b0b6c3e-6f1e-4c7e-9d7e-2a4f0c1e9b11"])
def test_unknown_and_malformed_ids_are_json_404s(client: Client, collection: str, raw_id: str) -> None:
    response = client.get(f"{API}/{collection}/{raw_id}/")
    assert response.status_code == 404
    assert response.json() == {"error": {"status": 404, "code": "not_found", "message": "Not found."}}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/services/", {"page": "0"}, "Ensure this value is greater than or equal to 1."),
        ("/services/", {"per_page": "abc"}, "A valid integer is required."),
        ("/services/", {"per_page": "101"}, "Ensure this value is less than or equal to 100."),
        ("/services/", {"modified_after": "notadate"}, "Datetime has wrong format. Use one of these formats "
         "instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."),
        ("/services/", {"taxonomy_term_id": "housing"}, "Must be a valid UUID."),
        ("/services/", {"taxonomy_id": "1"}, "Must be a valid UUID."),
        ("/services/", {"organization_id": "x"}, "Must be a valid UUID."),
        ("/services/", {"full": "maybe"}, "Must be a valid boolean."),
        ("/services/", {"full_service": "maybe"}, "Must be a valid boolean."),
        ("/services/", {"proximity": "-1"}, "Ensure this value is greater than or equal to 0."),
        ("/services/", {"format": "ndjson"}, '"ndjson" is not a valid choice.'),
        ("/organizations/", {"page": "x"}, "A valid integer is required."),
        ("/organizations/", {"full": "yes please"}, "Must be a valid boolean."),
        ("/service_at_locations/", {"modified_after": "yesterday"}, "Datetime has wrong format. Use one of these "
         "formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."),
        ("/locations/", {"per_page": "0"}, "Ensure this value is greater than or equal to 1."),
        ("/taxonomies/", {"page": "-1"}, "Ensure this value is greater than or equal to 1."),
        ("/taxonomy_terms/", {"parent_id": "legal"}, "Must be a valid UUID."),
        ("/taxonomy_terms/", {"top_only": "2"}, "Must be a valid boolean."),
    ],
)  # fmt: skip
def test_a_bad_query_parameter_is_a_400_naming_it(
    client: Client, path: str, params: dict[str, str], message: str
) -> None:
    response = client.get(f"{API}{path}", params)
    assert response.status_code == 400
    [name] = params
    assert response.json() == {
        "error": {
            "status": 400,
            "code": "invalid",
            "message": "Some of the data is not valid. See the details for each field.",
            "fields": {name: [message]},
        }
    }


@pytest.mark.django_db
def test_a_bad_full_service_on_an_organization_is_a_400(client: Client, city: City) -> None:
    response = client.get(f"{API}/organizations/{city.org.hsds_id}/", {"full_service": "perhaps"})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"full_service": ["Must be a valid boolean."]}


@pytest.mark.django_db
def test_no_login_is_needed_and_credentials_are_ignored(client: Client, city: City) -> None:
    response = client.get(f"{API}/services/", HTTP_AUTHORIZATION="Token made-up")
    assert response.status_code == 200
    assert ids(response.json()) == [str(city.service.hsds_id)]
    # JSON whatever the client asks for, and `format=json` as the HSDS API allows.
    assert client.get(f"{API}/services/", HTTP_ACCEPT="text/html")["Content-Type"] == "application/json"
    assert get(client, "/services/", format="json")["total_items"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client: Client, city: City, method: str) -> None:
    for path in ("/services/", f"/services/{city.service.hsds_id}/"):
        response = getattr(client, method)(f"{API}{path}", {}, content_type="application/json")
        assert response.status_code == 405
        assert response.json()["error"]["status"] == 405
    assert Service.objects.filter(pk=city.service.pk).exists()


# --- Queries ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/services/", {}),
        ("/services/", {"full": "true"}),
        ("/services/", {"search": "asylum", "postcode": "10178"}),
        ("/organizations/", {}),
        ("/organizations/", {"full": "true"}),
        ("/organizations/", {"full": "true", "full_service": "true"}),
        ("/service_at_locations/", {}),
        ("/service_at_locations/", {"full": "true"}),
        ("/locations/", {}),
        ("/taxonomies/", {}),
        ("/taxonomy_terms/", {}),
    ],
)
def test_a_list_takes_as_many_queries_for_three_items_as_for_one(
    client: Client, path: str, params: dict[str, str]
) -> None:
    params = params | {"per_page": "100"}
    build_city(1)

    def queries() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as captured:
            page = get(client, path, **params)
        return len(captured), page["total_items"]

    one, items_before = queries()
    build_city(2)
    build_city(3)
    three, items_after = queries()
    assert items_after > items_before >= 1
    assert three == one


@pytest.mark.django_db
def test_a_fully_nested_page_is_a_dozen_queries(client: Client) -> None:
    build_city(1)
    with CaptureQueriesContext(connection) as captured:
        get(client, "/services/", full="true")
    # count, page, phones, contacts, schedules, languages, services at locations with their
    # sites, the opening hours and contacts at each site, the sites' addresses, phones, opening
    # hours, languages, contacts and accessibility, the contacts' phones (three times, one per
    # kind of owner), and all attributes at once.
    assert len(captured) == 18
    build_city(2)
    with CaptureQueriesContext(connection) as more:
        get(client, "/services/", full="true")
    assert len(more) == 18
