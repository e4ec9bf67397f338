from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent
from onestop.clients.models import ClientRecord, ConsentGrant
from onestop.clients.services import consent_grant
from onestop.directory.models import Organisation, OrganisationKind


@pytest.fixture
def ngo(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Law Clinic")


@pytest.fixture
def office(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.IMMIGRATION_OFFICE, name="Foreigners' Office")


@pytest.fixture
def city(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.CITY_DEPARTMENT, name="Registration Office")


@pytest.mark.django_db
def test_a_caseworker_creates_a_record_with_only_an_alias(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.CASEWORKER, organisation=ngo))
    response = client.post("/en/staff/clients/new/", {"owner": ngo.pk, "alias": "Rose", "preferred_language": "ti"})
    record = ClientRecord.objects.get()
    assert response["Location"] == f"/en/staff/clients/{record.pk}/"
    assert (record.owner, record.alias, record.name, record.preferred_language) == (ngo, "Rose", "", "ti")
    assert len(record.code) == 8
    assert AuditEvent.objects.filter(action="client.created", object_id=str(record.pk)).exists()


@pytest.mark.django_db
def test_a_record_needs_a_name_or_an_alias(client: Client, ngo: Organisation, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.CASEWORKER, organisation=ngo))
    response = client.post(
        "/en/staff/clients/new/", {"owner": ngo.pk, "preferred_language": "ar", "date_of_birth": "31.02.1990"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a name or an alias. An alias is enough." in page
    assert "Enter a valid date." in page
    assert not ClientRecord.objects.exists()


@pytest.mark.django_db
def test_every_read_is_in_the_audit_log(client: Client, ngo: Organisation, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER, organisation=ngo)
    record = ClientRecord.objects.create(
        owner=ngo, name="Amira Haddad", preferred_language="ar", residence_status="irregular"
    )
    login_verified(client, user)
    page = client.get(f"/en/staff/clients/{record.pk}/").content.decode()
    assert "Amira Haddad" in page and "Without a residence status" in page
    event = AuditEvent.objects.get(action="client.viewed")
    assert (event.actor_id, event.object_id) == (user.pk, str(record.pk))
    assert "Amira" not in str(event.data)


@pytest.mark.django_db
def test_the_foreigners_office_finds_nothing_of_an_ngo_record_even_with_its_code(
    client: Client, ngo: Organisation, office: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, name="Amira Haddad", preferred_language="ar")
    login_verified(client, make_staff(Role.CASEWORKER, organisation=office))
    by_code = client.get(f"/en/staff/clients/code/?code={record.code}")
    unknown = client.get("/en/staff/clients/code/?code=ZZZZZZZZ")
    assert by_code.status_code == unknown.status_code == 404

    def main(response: object) -> str:
        page = response.content.decode()  # type: ignore[attr-defined]
        return page[page.index("<main") : page.index("</main>")]

    assert main(by_code).replace(record.code, "ZZZZZZZZ") == main(unknown)
    assert client.get(f"/en/staff/clients/{record.pk}/").status_code == 404
    assert "Amira" not in main(client.get("/en/staff/clients/?q=Amira")).replace('value="Amira"', "")
    assert "Amira" not in main(client.get("/en/staff/clients/"))


@pytest.mark.django_db
def test_consent_opens_the_record_to_a_partner_and_withdrawal_closes_it(
    client: Client, ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    record = ClientRecord.objects.create(
        owner=ngo, name="Amira Haddad", preferred_language="ar", residence_status="irregular"
    )
    login_verified(client, keeper)
    response = client.post(
        f"/en/staff/clients/{record.pk}/consents/new/",
        {
            "recipient": city.pk,
            "purpose": "referral",
            "categories": ["identity", "needs"],
            "given_how": "in_person",
            "language": "ar",
        },
    )
    assert response["Location"] == f"/en/staff/clients/{record.pk}/"
    grant = ConsentGrant.objects.get()

    partner = Client()
    login_verified(partner, make_staff(Role.CASEWORKER, organisation=city))
    page = partner.get(f"/en/staff/clients/{record.pk}/").content.decode()
    assert "Amira Haddad" in page
    assert "Without a residence status" not in page  # residence status was not shared

    client.post(f"/en/staff/clients/consents/{grant.pk}/withdraw/")
    assert partner.get(f"/en/staff/clients/{record.pk}/").status_code == 404


@pytest.mark.django_db
def test_the_form_refuses_sharing_with_enforcement_and_says_why(
    client: Client, ngo: Organisation, office: Organisation, make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.CASEWORKER, organisation=ngo))
    record = ClientRecord.objects.create(owner=ngo, alias="Rose", preferred_language="ti")
    response = client.post(
        f"/en/staff/clients/{record.pk}/consents/new/",
        {
            "recipient": office.pk,
            "purpose": "referral",
            "categories": ["identity"],
            "given_how": "in_person",
            "language": "ti",
        },
    )
    assert response.status_code == 200
    assert "never shared with the immigration office or the police" in response.content.decode()
    bad_purpose = client.post(
        f"/en/staff/clients/{record.pk}/consents/new/",
        {"purpose": "deportation", "categories": ["identity"], "given_how": "in_person", "language": "ti"},
    )
    assert "Select a valid choice" in bad_purpose.content.decode()
    assert not ConsentGrant.objects.exists()


@pytest.mark.django_db
def test_the_card_shows_the_code_and_a_qr(client: Client, ngo: Organisation, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.RECEPTION, organisation=ngo))
    record = ClientRecord.objects.create(owner=ngo, alias="Rose", preferred_language="ti")
    page = client.get(f"/en/staff/clients/{record.pk}/card/").content.decode()
    assert record.code in page and "<svg" in page


@pytest.mark.django_db
def test_reception_does_not_see_special_categories(
    client: Client, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.RECEPTION, organisation=ngo))
    record = ClientRecord.objects.create(
        owner=ngo,
        name="Amira",
        preferred_language="ar",
        residence_status="irregular",
        vulnerabilities=["pregnancy"],
        notes="secret note",
    )
    page = client.get(f"/en/staff/clients/{record.pk}/").content.decode()
    assert "Amira" in page
    for leak in ("Without a residence status", "pregnancy", "secret note"):
        assert leak not in page
    consent_grant(
        client=record, recipient=None, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=None,
    )  # fmt: skip


@pytest.mark.django_db
def test_the_list_names_only_records_whose_identity_was_shared(
    client: Client, ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, name="Amira Haddad", preferred_language="ar")
    consent_grant(
        client=record, recipient=city, purpose="referral", categories=["needs"], given_how="in_person",
        language="ar", explained_by=None,
    )  # fmt: skip
    login_verified(client, make_staff(Role.CASEWORKER, organisation=city))
    listing = client.get("/en/staff/clients/").content.decode()
    assert record.code in listing and "Amira" not in listing
    searched = client.get("/en/staff/clients/?q=Amira").content.decode()
    assert record.code not in searched


@pytest.mark.django_db
def test_the_api_exports_everything_held_to_the_keeping_organisation_only(
    client: Client, ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    from onestop.accounts.services import api_token_create

    record = ClientRecord.objects.create(owner=ngo, name="Amira Haddad", preferred_language="ar")
    consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=None,
    )  # fmt: skip
    _t, keeper = api_token_create(user=make_staff(Role.CASEWORKER, organisation=ngo), name="k")
    _t, partner = api_token_create(user=make_staff(Role.CASEWORKER, organisation=city), name="p")
    export = client.get(f"/api/v1/clients/{record.pk}/export/", HTTP_AUTHORIZATION=f"Token {keeper}").json()
    assert export["record"]["name"] == "Amira Haddad"
    assert [grant["shared_with"]["name"] for grant in export["consents"]] == [city.name]
    assert any(event["action"] == "client.exported" for event in export["access_history"])
    refused = client.get(f"/api/v1/clients/{record.pk}/export/", HTTP_AUTHORIZATION=f"Token {partner}")
    missing = client.get("/api/v1/clients/999999/export/", HTTP_AUTHORIZATION=f"Token {partner}")
    assert refused.status_code == missing.status_code == 404
    assert refused.json() == missing.json()


@pytest.mark.django_db
def test_a_partner_desk_asks_for_consent_on_the_spot_in_the_persons_language(
    client: Client, ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, name="Amira Haddad", preferred_language="ar")
    clerk = make_staff(Role.CASEWORKER, organisation=city)
    login_verified(client, clerk)
    page = client.get(f"/en/staff/clients/code/?code={record.code.lower()}")
    html = page.content.decode()
    assert page.status_code == 200
    assert '<section class="notice" lang="ar" dir="rtl"' in html
    assert "Amira" not in html  # nothing of the record before the consent
    response = client.post(
        f"/en/staff/clients/code/?code={record.code}",
        {"purpose": "referral", "categories": ["identity", "needs"], "language": "ar", "interpreter_present": "on"},
    )
    assert response["Location"] == f"/en/staff/clients/{record.pk}/"
    grant = ConsentGrant.objects.get()
    assert (grant.recipient, grant.explained_by, grant.given_how, grant.interpreter_present) == (
        city,
        clerk,
        "in_person",
        True,
    )
    assert "Amira Haddad" in client.get(f"/en/staff/clients/{record.pk}/").content.decode()


@pytest.mark.django_db
def test_the_firewall_offers_no_consent_to_enforcement_for_a_protected_record(
    client: Client, ngo: Organisation, office: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, name="Amira Haddad", preferred_language="ar")
    login_verified(client, make_staff(Role.CASEWORKER, organisation=office))
    response = client.post(
        f"/en/staff/clients/code/?code={record.code}",
        {"purpose": "referral", "categories": ["identity"], "language": "ar"},
    )
    assert response.status_code == 404
    assert not ConsentGrant.objects.exists()
