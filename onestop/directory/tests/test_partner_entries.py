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


@pytest.mark.django_db
def test_the_partner_admin_keeps_whom_to_ask_about_a_service(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    from onestop.directory.models import Contact

    service = Service.objects.create(organisation=ngo, name="Counselling", slug="c")
    site_contact = Contact.objects.create(service=service, site=Site.objects.create(name="S", slug="s"), name="Desk")
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    url = f"/en/staff/directory/services/{service.pk}/"
    contact = {
        "contact_name": "Leyla Aziz", "contact_title": "Counsellor", "contact_phone": "+49 30 9",
        "contact_email": "leyla@example.org",
    }  # fmt: skip
    assert client.post(url, {**FORM, **contact}).status_code == 302
    own = Contact.objects.get(service=service, site=None)
    assert (own.name, own.title, own.email, [p.number for p in own.phones.all()]) == (
        "Leyla Aziz", "Counsellor", "leyla@example.org", ["+49 30 9"],
    )  # fmt: skip
    assert 'value="Leyla Aziz"' in client.get(url).content.decode()
    assert "<strong>Leyla Aziz</strong>, Counsellor" in client.get(f"/en/services/{service.hsds_id}/").content.decode()
    # A bad e-mail changes nothing; emptying every field removes the contact, not the site's.
    response = client.post(url, {**FORM, **contact, "contact_email": "not-an-address"})
    assert response.status_code == 200 and "Enter a valid email address." in response.content.decode()
    assert Contact.objects.get(service=service, site=None).email == "leyla@example.org"
    client.post(url, {**FORM, **dict.fromkeys(contact, "")})
    assert list(Contact.objects.filter(service=service)) == [site_contact]


@pytest.mark.django_db
def test_the_coordinator_keeps_a_places_accessibility_and_whom_to_ask(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    from onestop.directory.models import Accessibility, AccessibilityFeature

    site = Site.objects.create(name="Shelter", slug="shelter", organisation=ngo)
    imported = Accessibility.objects.create(site=site, description="Induction loop", details="Ask at the desk")
    Accessibility.objects.create(site=site, feature=AccessibilityFeature.LIFT)
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    assert client.get("/en/staff/directory/places/shelter/").status_code == 404  # the shop's places
    client.logout()
    login_verified(client, make_staff(Role.COORDINATOR))
    page = client.get("/en/staff/directory/places/shelter/").content.decode()
    assert 'value="lift" id="id_features_1" checked' in page and "Induction loop" in page
    response = client.post(
        "/en/staff/directory/places/shelter/",
        {"features": ["step_free", "hearing_loop"], "access_note": "Ramp on the left", "contact_name": "Reception",
         "contact_title": "", "contact_phone": "+49 30 1", "contact_email": ""},
    )  # fmt: skip
    assert response["Location"] == "/en/staff/directory/places/"
    rows = {(row.feature, row.description) for row in site.accessibility.all()}
    # The lift went; the first free-text row is the form's note; features chosen were added.
    assert rows == {("step_free", ""), ("hearing_loop", ""), ("", "Ramp on the left")}
    assert not Accessibility.objects.filter(pk=imported.pk, description="Induction loop").exists()
    assert [(c.name, c.phones.get().number) for c in site.contacts.all()] == [("Reception", "+49 30 1")]
    assert AuditEvent.objects.filter(action="site.details_changed", object_id=str(site.pk)).exists()
    bad = client.post("/en/staff/directory/places/shelter/", {"features": ["spaceship"]})
    assert bad.status_code == 200 and "Select a valid choice" in bad.content.decode()
    assert site.accessibility.count() == 3
    public = client.get("/en/services/places/shelter/").content.decode()
    assert "<li>Step-free entrance</li>" in public and "<strong>Reception</strong>" in public
