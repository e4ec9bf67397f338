"""The staff API for directory entries, under the rules of the pages: a partner admin keeps the
own organisation's entries and never reaches another's by changing an id; the coordinator keeps
all and approves partners' new entries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from conftest import Api
from onestop.accounts.models import Role
from onestop.directory.models import Organisation, OrganisationKind, Service, Site
from onestop.directory.selectors import service_needs

MISSING = 999_999
BODY = {
    "name": "Women's counselling",
    "description": "Confidential counselling for women.",
    "needs": ["psychosocial", "legal"],
    "languages": ["ar", "fa"],
    "minimum_age": 16,
}


@pytest.fixture
def ngo(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Women's Shelter")


@pytest.fixture
def other(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Youth Club")


@pytest.fixture
def site(ngo: Organisation) -> Site:
    return Site.objects.create(name="Shelter", slug="shelter", organisation=ngo)


def _fields(response: Any) -> dict[str, Any]:
    assert response.status_code == 400, response.content
    fields: dict[str, Any] = response.json()["error"]["fields"]
    return fields


@pytest.mark.django_db
def test_a_partner_admin_creates_and_edits_an_own_entry_that_waits_for_approval(
    api: Callable[..., Api], ngo: Organisation, site: Site
) -> None:
    admin = api(Role.PARTNER_ADMIN, ngo)
    response = admin.call("POST", "services/", {**BODY, "organisation": ngo.pk, "sites": [site.pk]})
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["is_approved"] is False
    assert data["organisation"] == ngo.pk
    assert data["sites"] == [site.pk]
    assert data["needs"] == ["legal", "psychosocial"]
    assert data["languages"] == ["ar", "fa"]
    assert data["assurer_email"] == admin.user.email
    entry = Service.objects.get(pk=data["id"])
    assert sorted(a.taxonomy_term.code for a in service_needs(entry)) == ["legal", "psychosocial"]

    response = admin.call("PATCH", f"services/{entry.pk}/", {"description": "Now also by phone.", "needs": ["health"]})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["description"] == "Now also by phone."
    assert data["name"] == BODY["name"]
    assert data["needs"] == ["health"]
    assert data["languages"] == ["ar", "fa"]  # left out, so kept
    assert data["sites"] == [site.pk]

    listed = admin.call("GET", "services/").json()
    assert listed["count"] == 1
    assert listed["results"][0]["id"] == entry.pk
    assert listed["results"][0]["needs"] == ["health"]
    assert admin.call("GET", f"services/{entry.pk}/").json()["id"] == entry.pk
    assert admin.call("POST", f"services/{entry.pk}/confirm/").status_code == 200


@pytest.mark.django_db
def test_another_organisations_entry_answers_exactly_as_a_missing_one(
    api: Callable[..., Api], ngo: Organisation, other: Organisation
) -> None:
    theirs = Service.objects.create(organisation=other, name="Homework help", slug="homework-help")
    admin = api(Role.PARTNER_ADMIN, ngo)
    for method, path, body in [
        ("GET", "services/{}/", None),
        ("PATCH", "services/{}/", {"name": "Taken over"}),
        ("POST", "services/{}/confirm/", None),
    ]:
        response = admin.call(method, path.format(theirs.pk), body)
        missing = admin.call(method, path.format(MISSING), body)
        assert response.status_code == missing.status_code == 404, (method, path)
        assert response.json() == missing.json()
        assert theirs.name not in response.content.decode()
    assert admin.call("GET", "services/").json()["count"] == 0
    theirs.refresh_from_db()
    assert theirs.name == "Homework help"
    assert theirs.last_confirmed_at is None


@pytest.mark.django_db
def test_a_partner_admin_cannot_create_for_another_organisation(
    api: Callable[..., Api], ngo: Organisation, other: Organisation
) -> None:
    admin = api(Role.PARTNER_ADMIN, ngo)
    assert "organisation" in _fields(admin.call("POST", "services/", {**BODY, "organisation": other.pk}))
    assert "organisation" in _fields(admin.call("POST", "services/", BODY))
    assert not Service.objects.exists()


@pytest.mark.django_db
def test_the_coordinator_approves_and_nobody_else_may(
    api: Callable[..., Api], ngo: Organisation, make_org: Callable[..., Organisation]
) -> None:
    admin = api(Role.PARTNER_ADMIN, ngo)
    entry_id = admin.call("POST", "services/", {**BODY, "organisation": ngo.pk}).json()["id"]
    assert admin.call("POST", f"services/{entry_id}/approve/").status_code == 403
    assert admin.call("POST", f"services/{MISSING}/approve/").status_code == 403  # the same for every id
    assert Service.objects.get(pk=entry_id).is_approved is False

    coordinator = api(Role.COORDINATOR, make_org(OrganisationKind.CITY_DEPARTMENT))
    assert coordinator.call("GET", "services/").json()["count"] == 1
    response = coordinator.call("POST", f"services/{entry_id}/approve/")
    assert response.status_code == 200, response.content
    assert response.json()["is_approved"] is True
    assert Service.objects.get(pk=entry_id).is_approved is True
    assert coordinator.call("POST", f"services/{MISSING}/approve/").status_code == 404


@pytest.mark.django_db
def test_roles_that_edit_no_entries_are_refused(
    api: Callable[..., Api], ngo: Organisation, make_org: Callable[..., Organisation]
) -> None:
    caseworker = api(Role.CASEWORKER, ngo)
    assert caseworker.call("GET", "services/").status_code == 403
    assert caseworker.call("POST", "services/", {**BODY, "organisation": ngo.pk}).status_code == 403
    assert Client().get("/api/v1/services/").status_code == 401


@pytest.mark.django_db
def test_bad_input_is_refused_naming_the_field(api: Callable[..., Api], ngo: Organisation, site: Site) -> None:
    admin = api(Role.PARTNER_ADMIN, ngo)
    create = {**BODY, "organisation": ngo.pk}
    assert "needs" in _fields(admin.call("POST", "services/", {**create, "needs": ["no-such-need"]}))
    assert "maximum_age" in _fields(admin.call("POST", "services/", {**create, "maximum_age": 12}))
    assert "sites" in _fields(admin.call("POST", "services/", {**create, "sites": [MISSING]}))
    assert "languages" in _fields(admin.call("POST", "services/", {**create, "languages": ["xx"]}))
    assert not Service.objects.exists()

    entry_id = admin.call("POST", "services/", create).json()["id"]
    # A change is checked against what the entry already holds (minimum age 16).
    assert "maximum_age" in _fields(admin.call("PATCH", f"services/{entry_id}/", {"maximum_age": 12}))
    assert "sites" in _fields(admin.call("PATCH", f"services/{entry_id}/", {"sites": [MISSING]}))
    assert Service.objects.get(pk=entry_id).maximum_age is None


@pytest.mark.django_db
def test_a_repeated_create_with_one_idempotency_key_creates_one_entry(
    api: Callable[..., Api], ngo: Organisation
) -> None:
    admin = api(Role.PARTNER_ADMIN, ngo)
    body = {**BODY, "organisation": ngo.pk}
    first = admin.call("POST", "services/", body, HTTP_IDEMPOTENCY_KEY="create-counselling")
    again = admin.call("POST", "services/", body, HTTP_IDEMPOTENCY_KEY="create-counselling")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Service.objects.count() == 1
