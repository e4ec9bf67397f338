"""The client-records API under the rules of the pages: two organisations, each with its own
staff and records; nobody reaches another organisation's record by changing an id, the firewall
holds whatever the consent ledger says, output and changes stay within the parts a user sees,
every read is audited."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conftest import Api
from onestop.accounts.models import Membership, Role
from onestop.audit.models import AuditEvent
from onestop.clients.models import ClientRecord, ConsentGrant, ConsentWithdrawal, GivenHow, Purpose
from onestop.clients.services import client_create, client_viewed, consent_grant
from onestop.directory.models import Organisation, OrganisationKind

MISSING = 999_999
SECRET_NAME = "Amira Haddad"


@pytest.fixture
def ngo(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Refugee Law Clinic")


@pytest.fixture
def city(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.CITY_DEPARTMENT, name="Social Services")


@pytest.fixture
def youth(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.CITY_DEPARTMENT, name="Youth Services")


@pytest.fixture
def office(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.IMMIGRATION_OFFICE, name="Foreigners' Office")


def record(owner: Organisation, name: str = SECRET_NAME, **fields: Any) -> ClientRecord:
    return client_create(owner=owner, fields={"name": name, "preferred_language": "ar", **fields}, by=None)


def grant(client: ClientRecord, recipient: Organisation | None, categories: list[str]) -> ConsentGrant:
    return consent_grant(
        client=client, recipient=recipient, purpose=Purpose.REFERRAL, categories=categories,
        given_how=GivenHow.IN_PERSON, language="ar", explained_by=None,
    )  # fmt: skip


@pytest.fixture
def amira(ngo: Organisation) -> ClientRecord:
    """The NGO's record with data of every category."""
    return record(
        ngo, alias="Ami", residence_status="irregular", vulnerabilities=["pregnancy"], needs=["housing"],
        needs_text="A flat for two", notes="Fled an abusive employer.", phone="+49 30 1234",
    )  # fmt: skip


CONSENT = {
    "recipient": None,
    "purpose": "referral",
    "categories": ["identity"],
    "given_how": "in_person",
    "language": "ar",
}

# Every endpoint that takes an object id: (method, path with {client}, {code} or {grant}, body).
OBJECT_ENDPOINTS = {
    "detail": ("GET", "clients/{client}/", None),
    "change": ("PATCH", "clients/{client}/", {"name": "Changed"}),
    "consent list": ("GET", "clients/{client}/consents/", None),
    "consent grant": ("POST", "clients/{client}/consents/", CONSENT),
    "consent withdraw": ("POST", "consents/{grant}/withdraw/", None),
    "by code": ("GET", "clients/by-code/{code}/", None),
}


def _path(template: str, client: int | str, code: str, grant: int | str) -> str:
    return template.format(client=client, code=code, grant=grant)


# --- No cross-organisation access by changing an id ---------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", sorted(OBJECT_ENDPOINTS))
def test_another_organisations_ids_answer_exactly_as_missing_ones(
    endpoint: str,
    api: Callable[..., Api],
    ngo: Organisation,
    city: Organisation,
    youth: Organisation,
    amira: ClientRecord,
) -> None:
    method, template, body = OBJECT_ENDPOINTS[endpoint]
    theirs = grant(amira, youth, ["identity", "needs"])  # shared, but not with the city
    caseworker = api(Role.CASEWORKER, city)
    own = record(city, "Jonas Own")
    own_grant = grant(own, youth, ["identity"])
    # The same call works on the user's own objects, so a 404 below is the access rule speaking.
    mine = caseworker.call(method, _path(template, own.pk, own.code, own_grant.pk), body)
    assert mine.status_code in (200, 201), mine.content

    other = caseworker.call(method, _path(template, amira.pk, amira.code, theirs.pk), body)
    missing = caseworker.call(method, _path(template, MISSING, "ZZZZZZZZ", MISSING), body)
    assert other.status_code == missing.status_code == 404
    assert other.content == missing.content
    assert other.json() == {"error": {"status": 404, "code": "not_found", "message": "Not found."}}
    for leak in (SECRET_NAME, "Ami", amira.code, "Refugee Law Clinic", "Youth Services"):
        assert leak not in other.content.decode()
    # Nothing happened to the other organisation's record or consents.
    amira.refresh_from_db()
    assert amira.name == SECRET_NAME
    assert list(ConsentGrant.objects.filter(client=amira)) == [theirs]
    assert not ConsentWithdrawal.objects.filter(grant=theirs).exists()
    assert not AuditEvent.objects.filter(
        object_type="client", object_id=str(amira.pk), actor_id=caseworker.user.pk
    ).exists()


@pytest.mark.django_db
def test_another_organisations_records_are_in_no_list_or_search(
    api: Callable[..., Api], ngo: Organisation, city: Organisation, amira: ClientRecord
) -> None:
    caseworker = api(Role.CASEWORKER, city)
    record(city, "Jonas Own")
    for query in ("", "?q=Amira", "?q=Ami", f"?q={amira.code}", "?q=Haddad"):
        response = caseworker.get(f"clients/{query}")
        assert response.status_code == 200
        assert SECRET_NAME not in response.content.decode() and amira.code not in response.content.decode()
    assert [r["name"] for r in caseworker.get("clients/").json()["results"]] == ["Jonas Own"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["change", "consent list", "consent grant", "consent withdraw"])
def test_a_partner_that_sees_a_shared_record_cannot_change_it_or_its_consents(
    endpoint: str, api: Callable[..., Api], ngo: Organisation, city: Organisation, amira: ClientRecord
) -> None:
    shared = grant(amira, city, ["identity", "needs"])
    partner = api(Role.CASEWORKER, city)
    assert partner.get(f"clients/{amira.pk}/").json()["name"] == SECRET_NAME
    method, template, body = OBJECT_ENDPOINTS[endpoint]
    response = partner.call(method, _path(template, amira.pk, amira.code, shared.pk), body)
    missing = partner.call(method, _path(template, MISSING, "ZZZZZZZZ", MISSING), body)
    assert response.status_code == missing.status_code == 404
    assert response.content == missing.content
    amira.refresh_from_db()
    assert amira.name == SECRET_NAME
    assert ConsentGrant.objects.filter(client=amira).count() == 1
    assert not ConsentWithdrawal.objects.exists()


@pytest.mark.django_db
def test_staff_whose_roles_see_no_records_are_refused_on_every_url_alike(
    api: Callable[..., Api], ngo: Organisation, amira: ClientRecord
) -> None:
    admin = api(Role.PARTNER_ADMIN, ngo)
    answers = {
        admin.call(method, _path(template, ids, ids_code, ids), body).content
        for method, template, body in OBJECT_ENDPOINTS.values()
        for ids, ids_code in ((amira.pk, amira.code), (MISSING, "ZZZZZZZZ"))
    }
    assert len(answers) == 1
    assert json.loads(answers.pop())["error"]["code"] == "permission_denied"
    assert admin.get("clients/").status_code == 403


# --- The firewall --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_immigration_office_never_gets_an_ngo_record_whatever_the_ledger_holds(
    api: Callable[..., Api], ngo: Organisation, office: Organisation, amira: ClientRecord
) -> None:
    # Consents that should never exist, written past the service (an import, old data).
    for recipient in (office, None):
        ConsentGrant.objects.create(
            client=amira, recipient=recipient, purpose=Purpose.REFERRAL, categories=["identity", "needs"],
            given_how=GivenHow.WRITTEN, language="ar", given_at=timezone.now(),
        )  # fmt: skip
    officer = api(Role.CASEWORKER, office)
    grant_id = ConsentGrant.objects.filter(client=amira).first().pk  # type: ignore[union-attr]
    for method, template, body in OBJECT_ENDPOINTS.values():
        response = officer.call(method, _path(template, amira.pk, amira.code, grant_id), body)
        missing = officer.call(method, _path(template, MISSING, "ZZZZZZZZ", MISSING), body)
        assert (response.status_code, response.content) == (404, missing.content)
    for query in ("", "?q=Amira", f"?q={amira.code}"):
        listed = officer.get(f"clients/{query}").json()
        assert listed["count"] == 0 and listed["results"] == []
    assert not AuditEvent.objects.filter(actor_id=officer.user.pk, action="client.viewed").exists()


@pytest.mark.django_db
def test_sharing_an_ngo_record_with_the_immigration_office_is_refused_with_the_reason(
    api: Callable[..., Api], ngo: Organisation, office: Organisation, amira: ClientRecord
) -> None:
    keeper = api(Role.CASEWORKER, ngo)
    response = keeper.call("POST", f"clients/{amira.pk}/consents/", {**CONSENT, "recipient": office.pk})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert (
        error["message"] == "Records of this organisation are never shared with the immigration office or the police."
    )
    assert not ConsentGrant.objects.exists()


# --- Only the parts a user sees -------------------------------------------------------------------

ALWAYS = {"id", "code", "owner", "owner_name", "categories"}
IDENTITY = {"name", "alias", "preferred_language", "date_of_birth", "nationality", "phone", "email", "household"}


@pytest.mark.django_db
def test_reception_gets_no_special_categories_and_no_notes(
    api: Callable[..., Api], ngo: Organisation, amira: ClientRecord
) -> None:
    reception = api(Role.RECEPTION, ngo)
    body = reception.get(f"clients/{amira.pk}/").json()
    assert set(body) == ALWAYS | IDENTITY | {"needs", "needs_text"}
    assert body["categories"] == ["identity", "journey", "needs"]
    assert (body["name"], body["needs"], body["owner_name"]) == (SECRET_NAME, ["housing"], "Refugee Law Clinic")
    text = json.dumps(body)
    for leak in ("irregular", "pregnancy", "abusive"):
        assert leak not in text
    assert reception.get("clients/").json()["results"] == [body]


@pytest.mark.django_db
def test_a_partner_gets_only_what_the_consent_covers_and_finds_no_unshared_name(
    api: Callable[..., Api], ngo: Organisation, city: Organisation, amira: ClientRecord
) -> None:
    grant(amira, city, ["needs"])
    partner = api(Role.CASEWORKER, city)
    own = record(city, "Jonas Own", notes="own notes")
    body = partner.get(f"clients/{amira.pk}/").json()
    assert body == {
        "id": amira.pk, "code": amira.code, "owner": ngo.pk, "owner_name": "Refugee Law Clinic",
        "categories": ["needs"], "needs": ["housing"], "needs_text": "A flat for two",
    }  # fmt: skip
    assert partner.get(f"clients/by-code/{amira.code.lower()}/").json() == body
    # In one list, each record with its own parts.
    results = {r["id"]: r for r in partner.get("clients/").json()["results"]}
    assert results[amira.pk] == body
    assert results[own.pk]["notes"] == "own notes"
    # The name was not shared: searching by it must not single the record out.
    assert partner.get("clients/?q=Amira").json()["results"] == []
    assert partner.get("clients/?q=Ami").json()["results"] == []
    assert [r["id"] for r in partner.get(f"clients/?q={amira.code}").json()["results"]] == [amira.pk]


@pytest.mark.django_db
def test_search_finds_names_and_codes_within_visible_records(
    api: Callable[..., Api], ngo: Organisation, city: Organisation, amira: ClientRecord
) -> None:
    grant(amira, city, ["identity"])
    partner = api(Role.INTERPRETER, city)
    record(city, "Jonas Own")
    assert [r["name"] for r in partner.get("clients/?q=haddad").json()["results"]] == [SECRET_NAME]
    assert [r["alias"] for r in partner.get("clients/?q=AMI").json()["results"]] == ["Ami"]
    assert [r["id"] for r in partner.get(f"clients/?q={amira.code[:4]}-{amira.code[4:]}").json()["results"]] == [
        amira.pk
    ]
    assert set(partner.get("clients/?q=Amira").json()["results"][0]) == ALWAYS | IDENTITY


# --- Changes ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_reception_changes_what_it_sees_and_nothing_else(
    api: Callable[..., Api], ngo: Organisation, amira: ClientRecord
) -> None:
    reception = api(Role.RECEPTION, ngo)
    for refused in (
        {"notes": ""},
        {"residence_status": ""},
        {"name": "Amira H.", "vulnerabilities": []},
        {"code": "X"},
    ):
        response = reception.call("PATCH", f"clients/{amira.pk}/", refused)
        assert response.status_code == 400, refused
        error = response.json()["error"]
        assert set(error["fields"]) == set(refused) - {"name"}
        assert error["fields"][next(iter(set(refused) - {"name"}))] == ["You may not do this."]
    amira.refresh_from_db()
    assert (amira.name, amira.notes, amira.residence_status) == (SECRET_NAME, "Fled an abusive employer.", "irregular")

    response = reception.call("PATCH", f"clients/{amira.pk}/", {"name": "Amira H.", "needs": ["work", "housing"]})
    assert response.status_code == 200
    assert (response.json()["name"], response.json()["needs"]) == ("Amira H.", ["housing", "work"])
    assert "notes" not in response.json()
    amira.refresh_from_db()
    assert (amira.name, amira.needs, amira.notes) == ("Amira H.", ["housing", "work"], "Fled an abusive employer.")
    event = AuditEvent.objects.get(action="client.changed", actor_id=reception.user.pk)
    assert event.data == {"fields": ["name", "needs"]}


@pytest.mark.django_db
def test_a_change_keeps_a_name_or_an_alias(api: Callable[..., Api], ngo: Organisation, amira: ClientRecord) -> None:
    keeper = api(Role.CASEWORKER, ngo)
    response = keeper.call("PATCH", f"clients/{amira.pk}/", {"name": "", "alias": ""})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Enter a name or an alias."
    amira.refresh_from_db()
    assert (amira.name, amira.alias) == (SECRET_NAME, "Ami")


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER, Role.INTERPRETER])
def test_roles_that_do_not_keep_records_cannot_change_them(
    role: Role, api: Callable[..., Api], ngo: Organisation, amira: ClientRecord
) -> None:
    user = api(role, ngo)
    assert user.get(f"clients/{amira.pk}/").status_code == 200
    changed = user.call("PATCH", f"clients/{amira.pk}/", {"name": "X"})
    missing = user.call("PATCH", f"clients/{MISSING}/", {"name": "X"})
    assert (changed.status_code, changed.content) == (404, missing.content)
    assert user.call("POST", "clients/", {"name": "X", "preferred_language": "ar"}).status_code == 403
    assert not ClientRecord.objects.filter(name="X").exists()


# --- Creating ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_caseworker_creates_a_record_kept_by_the_own_organisation(api: Callable[..., Api], ngo: Organisation) -> None:
    keeper = api(Role.CASEWORKER, ngo)
    response = keeper.call("POST", "clients/", {"alias": "Rose", "preferred_language": "ti", "needs": ["housing"]})
    assert response.status_code == 201
    created = ClientRecord.objects.get()
    assert (created.owner, created.alias, created.name, created.needs) == (ngo, "Rose", "", ["housing"])
    body = response.json()
    assert (body["id"], body["code"], body["owner"], body["alias"]) == (created.pk, created.code, ngo.pk, "Rose")
    assert AuditEvent.objects.filter(action="client.created", object_id=str(created.pk)).exists()


@pytest.mark.django_db
def test_creating_checks_the_owner_and_the_data(
    api: Callable[..., Api], ngo: Organisation, city: Organisation, youth: Organisation
) -> None:
    keeper = api(Role.CASEWORKER, ngo)
    Membership.objects.create(user=keeper.user, organisation=city, role=Role.RECEPTION)
    Membership.objects.create(user=keeper.user, organisation=youth, role=Role.COORDINATOR)

    def create(body: dict[str, Any]) -> dict[str, Any]:
        response = keeper.call("POST", "clients/", body)
        assert response.status_code == 400, response.content
        error: dict[str, Any] = response.json()["error"]
        return error

    base = {"alias": "Rose", "preferred_language": "ti"}
    assert set(create(base)["fields"]) == {"owner"}  # two organisations: say which
    assert set(create({**base, "owner": youth.pk})["fields"]) == {"owner"}  # does not keep records there
    assert set(create({**base, "owner": MISSING})["fields"]) == {"owner"}
    assert create({"preferred_language": "ti", "owner": ngo.pk})["message"] == (
        "Enter a name or an alias. An alias is enough."
    )
    assert set(create({**base, "owner": ngo.pk, "code": "AAAA", "nationality": "DEU"})["fields"]) == {"code"}
    assert set(create({**base, "owner": ngo.pk, "nationality": "DEU", "needs": ["gold"]})["fields"]) == {
        "nationality",
        "needs",
    }
    assert not ClientRecord.objects.exists()
    response = keeper.call("POST", "clients/", {**base, "owner": city.pk})
    assert response.status_code == 201
    assert ClientRecord.objects.get().owner == city


@pytest.mark.django_db
def test_a_repeated_create_with_one_idempotency_key_creates_one_record(
    api: Callable[..., Api], ngo: Organisation
) -> None:
    keeper = api(Role.CASEWORKER, ngo)
    body = {"alias": "Rose", "preferred_language": "ti"}
    first = keeper.call("POST", "clients/", body, HTTP_IDEMPOTENCY_KEY="create-rose")
    again = keeper.call("POST", "clients/", body, HTTP_IDEMPOTENCY_KEY="create-rose")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again["Idempotent-Replayed"] == "true"
    assert ClientRecord.objects.count() == 1
    assert keeper.call("POST", "clients/", body, HTTP_IDEMPOTENCY_KEY="another").status_code == 201
    assert ClientRecord.objects.count() == 2


# --- Consents ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_consent_for_an_unknown_purpose_is_refused_naming_the_field(
    api: Callable[..., Api], ngo: Organisation, amira: ClientRecord
) -> None:
    keeper = api(Role.CASEWORKER, ngo)
    response = keeper.call("POST", f"clients/{amira.pk}/consents/", {**CONSENT, "purpose": "deportation"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error["fields"]) == {"purpose"}
    assert error["fields"]["purpose"] == ['"deportation" is not a valid choice.']
    response = keeper.call(
        "POST", f"clients/{amira.pk}/consents/", {**CONSENT, "categories": ["residence_status"]}
    )  # to all partners
    assert response.status_code == 400
    assert "only be shared with an organisation the person names" in response.json()["error"]["message"]
    assert not ConsentGrant.objects.exists()


@pytest.mark.django_db
def test_a_withdrawal_takes_effect_at_the_next_request(
    api: Callable[..., Api], ngo: Organisation, city: Organisation, amira: ClientRecord
) -> None:
    keeper, partner = api(Role.CASEWORKER, ngo), api(Role.CASEWORKER, city)
    assert partner.get(f"clients/{amira.pk}/").status_code == 404

    given = keeper.call("POST", f"clients/{amira.pk}/consents/", {**CONSENT, "recipient": city.pk})
    assert given.status_code == 201
    consent = given.json()
    assert (consent["recipient"], consent["recipient_name"], consent["is_live"]) == (city.pk, "Social Services", True)
    assert consent["withdrawn_at"] is None
    assert ConsentGrant.objects.get().explained_by == keeper.user
    assert partner.get(f"clients/{amira.pk}/").json()["name"] == SECRET_NAME
    assert partner.get("clients/").json()["count"] == 1

    withdrawn = keeper.call("POST", f"consents/{consent['id']}/withdraw/")
    assert withdrawn.status_code == 200
    assert withdrawn.json()["is_live"] is False and withdrawn.json()["withdrawn_at"]
    assert partner.get(f"clients/{amira.pk}/").status_code == 404
    assert partner.get("clients/").json()["count"] == 0
    # Withdrawing again changes nothing.
    assert keeper.call("POST", f"consents/{consent['id']}/withdraw/").json() == withdrawn.json()
    assert ConsentWithdrawal.objects.count() == 1

    listed = keeper.get(f"clients/{amira.pk}/consents/").json()
    assert [(c["id"], c["is_live"]) for c in listed] == [(consent["id"], False)]


# --- Audit ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_read_is_in_the_audit_log_with_the_parts_shown(
    api: Callable[..., Api], ngo: Organisation, city: Organisation, amira: ClientRecord
) -> None:
    grant(amira, city, ["identity", "needs"])
    reception, partner = api(Role.RECEPTION, ngo), api(Role.CASEWORKER, city)
    AuditEvent.objects.filter(action="client.viewed").delete()

    def views() -> list[tuple[int | None, str, list[str]]]:
        events = AuditEvent.objects.filter(action="client.viewed").order_by("seq")
        return [(e.actor_id, e.object_id, e.data["categories"]) for e in events]

    reception.get(f"clients/{amira.pk}/")
    reception.get(f"clients/by-code/{amira.code}/")
    reception.get("clients/")
    partner.get("clients/?q=Amira")
    basic = ["identity", "journey", "needs"]
    assert views() == [
        (reception.user.pk, str(amira.pk), basic),
        (reception.user.pk, str(amira.pk), basic),
        (reception.user.pk, str(amira.pk), basic),
        (partner.user.pk, str(amira.pk), ["identity", "needs"]),
    ]
    assert not any(SECRET_NAME in json.dumps(e.data) for e in AuditEvent.objects.all())


@pytest.mark.django_db
def test_the_list_reads_the_same_number_of_rows_tables_for_one_record_or_three(
    api: Callable[..., Api], ngo: Organisation, city: Organisation
) -> None:
    caseworker = api(Role.CASEWORKER, ngo)
    shared = record(city, "Shared One")
    grant(shared, ngo, ["identity"])
    caseworker.get("clients/")  # a first request sets up what every later one finds (token use)

    with CaptureQueriesContext(connection) as one:
        assert caseworker.get("clients/").json()["count"] == 1
    record(ngo, "Two")
    other = record(city, "Three")
    grant(other, None, ["identity"])
    with CaptureQueriesContext(connection) as three:
        assert caseworker.get("clients/").json()["count"] == 3
    # Each record shown costs its audit entry, and nothing else.
    with CaptureQueriesContext(connection) as audit:
        client_viewed(client=shared, by=caseworker.user, categories=["identity"])
    assert len(three) - len(one) == 2 * len(audit)


@pytest.mark.django_db
def test_the_schema_documents_the_client_api(client: Client) -> None:
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    assert {
        "/api/v1/clients/": {"get", "post"},
        "/api/v1/clients/{client_id}/": {"get", "patch"},
        "/api/v1/clients/by-code/{code}/": {"get"},
        "/api/v1/clients/{client_id}/consents/": {"get", "post"},
        "/api/v1/consents/{grant_id}/withdraw/": {"post"},
        "/api/v1/clients/{client_id}/export/": {"get"},
    } == {
        path: set(schema["paths"][path]) - {"parameters"}
        for path in schema["paths"]
        if "client" in path or "consent" in path
    }
    listed = schema["paths"]["/api/v1/clients/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert listed == {"$ref": "#/components/schemas/PaginatedClientOutList"}
    assert {"name", "notes", "residence_status"} <= set(schema["components"]["schemas"]["ClientOut"]["properties"])
    assert "name" not in schema["components"]["schemas"]["ClientOut"]["required"]
