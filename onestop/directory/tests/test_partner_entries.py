from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent
from onestop.directory.models import Organisation, OrganisationKind, Service, ServiceText, Site
from onestop.directory.selectors import service_needs

FORM = {
    "name": "Women's counselling",
    "description": "Confidential counselling for women.",
    "status": "active",
    "needs": ["psychosocial", "legal"],
    "languages": ["ar", "fa"],
}


@pytest.fixture
def ngo(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Women's Shelter")


@pytest.mark.django_db
def test_a_partner_admins_new_entry_waits_for_approval(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    site = Site.objects.create(name="Shelter", slug="shelter", organisation=ngo)
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    response = client.post("/en/staff/directory/services/new/", {**FORM, "organisation": ngo.pk, "sites": [site.pk]})
    assert response["Location"] == "/en/staff/directory/services/"
    service = Service.objects.get(name="Women's counselling")
    assert (service.organisation, service.is_approved, service.last_confirmed_at) == (ngo, False, timezone.localdate())
    assert sorted(a.taxonomy_term.code for a in service_needs(service)) == ["legal", "psychosocial"]
    assert sorted(service.languages.values_list("code", flat=True)) == ["ar", "fa"]
    assert list(service.sites.all()) == [site]
    assert client.get(f"/en/services/{service.hsds_id}/").status_code == 404  # not public yet


@pytest.mark.django_db
def test_the_coordinator_approves_and_the_entry_is_public(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    service = Service.objects.create(organisation=ngo, name="Counselling", slug="c", is_approved=False)
    login_verified(client, make_staff(Role.COORDINATOR))
    client.post(f"/en/staff/directory/services/{service.pk}/approve/")
    service.refresh_from_db()
    assert service.is_approved
    assert client.get(f"/en/services/{service.hsds_id}/").status_code == 200
    assert AuditEvent.objects.filter(action="service.approved", object_id=str(service.pk)).exists()


@pytest.mark.django_db
def test_a_partner_admin_cannot_edit_another_organisations_entry(
    client: Client, ngo: Organisation, make_org: Callable[..., Organisation], make_staff: Callable[..., User]
) -> None:
    office = make_org(OrganisationKind.IMMIGRATION_OFFICE)
    theirs = Service.objects.create(organisation=office, name="Residence permit", slug="permit")
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    assert client.get(f"/en/staff/directory/services/{theirs.pk}/").status_code == 404
    assert client.post(f"/en/staff/directory/services/{theirs.pk}/", {**FORM}).status_code == 404
    assert client.post(f"/en/staff/directory/services/{theirs.pk}/confirm/").status_code == 404
    # Nor create one in its name.
    response = client.post("/en/staff/directory/services/new/", {**FORM, "organisation": office.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.name == "Residence permit"
    assert not Service.objects.filter(name=FORM["name"]).exists()


@pytest.mark.django_db
def test_bad_input_is_refused_with_messages(client: Client, ngo: Organisation, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    form = {**FORM, "organisation": ngo.pk, "minimum_age": "18", "maximum_age": "12", "needs": ["aliens"], "name": ""}
    response = client.post("/en/staff/directory/services/new/", form)
    page = response.content.decode()
    assert response.status_code == 200
    assert "The maximum age must not be below the minimum age." in page
    assert "Select a valid choice. aliens is not one of the available choices." in page
    assert "This field is required." in page
    assert not Service.objects.exists()


@pytest.mark.django_db
def test_confirming_marks_the_entry_checked(client: Client, ngo: Organisation, make_staff: Callable[..., User]) -> None:
    service = Service.objects.create(
        organisation=ngo, name="Counselling", slug="c", last_confirmed_at=timezone.localdate() - timedelta(days=400)
    )
    admin = make_staff(Role.PARTNER_ADMIN, organisation=ngo)
    login_verified(client, admin)
    assert "check needed" in client.get("/en/staff/directory/services/").content.decode()
    client.post(f"/en/staff/directory/services/{service.pk}/confirm/")
    service.refresh_from_db()
    assert (service.last_confirmed_at, service.assurer_email) == (timezone.localdate(), admin.email)
    assert "check needed" not in client.get("/en/staff/directory/services/").content.decode()


@pytest.mark.django_db
def test_owners_of_stale_entries_are_reminded_once_a_week(
    ngo: Organisation, make_staff: Callable[..., User], django_capture_on_commit_callbacks: Callable[..., object]
) -> None:
    admin = make_staff(Role.PARTNER_ADMIN, organisation=ngo)
    make_staff(Role.CASEWORKER, organisation=ngo)  # caseworkers are not asked
    Service.objects.create(
        organisation=ngo, name="Stale", slug="s", last_confirmed_at=timezone.localdate() - timedelta(days=200)
    )
    Service.objects.create(organisation=ngo, name="Fresh", slug="f", last_confirmed_at=timezone.localdate())
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        call_command("remind_unconfirmed_services", stdout=StringIO())
        call_command("remind_unconfirmed_services", stdout=StringIO())
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [admin.email]
    assert "- Stale" in mail.outbox[0].body and "Fresh" not in mail.outbox[0].body


@pytest.mark.django_db
def test_a_translation_is_written_by_a_person(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    service = Service.objects.create(organisation=ngo, name="Counselling", slug="c")
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    client.post(f"/en/staff/directory/services/{service.pk}/texts/uk/", {"name": "Консультація"})
    text = ServiceText.objects.get(service=service, language="uk")
    assert (text.name, text.origin) == ("Консультація", "human")
    assert client.get(f"/en/staff/directory/services/{service.pk}/texts/xx/").status_code == 404
    assert client.get(f"/en/staff/directory/services/{service.pk}/texts/en/").status_code == 404
