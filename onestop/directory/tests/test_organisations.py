from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent
from onestop.directory.models import Organisation, OrganisationKind
from onestop.directory.services import organisation_create, organisation_update


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "enforcement", "public", "protected"),
    [
        (OrganisationKind.IMMIGRATION_OFFICE, True, True, False),
        (OrganisationKind.POLICE, True, True, False),
        (OrganisationKind.JOB_CENTRE, False, True, False),
        (OrganisationKind.CITY_DEPARTMENT, False, True, False),
        (OrganisationKind.NGO, False, False, True),
        (OrganisationKind.MIGRANT_LED, False, False, True),
        (OrganisationKind.OTHER, False, False, False),
    ],
)
def test_the_kind_decides_enforcement_and_default_protection(
    kind: OrganisationKind, enforcement: bool, public: bool, protected: bool
) -> None:
    organisation = organisation_create(name="Org", kind=kind, created_by=None)
    organisation.refresh_from_db()
    assert (organisation.is_enforcement, organisation.is_public_body, organisation.is_protected) == (
        enforcement, public, protected,
    )  # fmt: skip


@pytest.mark.django_db
def test_the_database_refuses_a_protected_enforcement_body() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="Police", kind=OrganisationKind.POLICE, is_protected=True)


@pytest.mark.django_db
def test_changing_the_kind_changes_enforcement_and_is_audited() -> None:
    organisation = organisation_create(name="Office", kind=OrganisationKind.OTHER, created_by=None)
    organisation_update(organisation=organisation, changed_by=None, kind=OrganisationKind.IMMIGRATION_OFFICE)
    assert organisation.is_enforcement is True
    event = AuditEvent.objects.get(action="organisation.changed")
    assert event.data == {"changes": {"kind": ["other", "immigration"]}}


@pytest.mark.django_db
def test_the_coordinator_adds_an_organisation_with_the_form(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    response = client.post(
        "/en/staff/directory/organisations/new/", {"name": "Women's Shelter", "kind": "ngo", "protection": "default"}
    )
    assert response["Location"] == "/en/staff/directory/organisations/"
    assert Organisation.objects.get(name="Women's Shelter").is_protected is True


@pytest.mark.django_db
def test_the_form_explains_why_the_police_cannot_be_protected(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    response = client.post(
        "/en/staff/directory/organisations/new/", {"name": "Police", "kind": "police", "protection": "protected"}
    )
    assert response.status_code == 200
    assert "cannot be a protected organisation" in response.content.decode()
    assert not Organisation.objects.filter(name="Police").exists()


@pytest.mark.django_db
def test_overlong_input_is_refused_with_a_message(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    response = client.post(
        "/en/staff/directory/organisations/new/", {"name": "N" * 5000, "kind": "ngo", "protection": "default"}
    )
    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters" in response.content.decode()
    assert not Organisation.objects.filter(kind="ngo").exclude(memberships__isnull=False).exists()


@pytest.mark.django_db
def test_organisation_list_has_a_constant_number_of_queries(
    client: Client,
    make_staff: Callable[..., User],
    make_org: Callable[..., Organisation],
    django_assert_num_queries: Callable[..., object],
) -> None:
    login_verified(client, make_staff(Role.CASEWORKER))
    client.get("/en/staff/directory/organisations/")  # warm caches (sessions, content types)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get("/en/staff/directory/organisations/")
    for _ in range(3):
        make_org()
    with CaptureQueriesContext(connection) as more:
        client.get("/en/staff/directory/organisations/")
    assert len(one) == len(more)
