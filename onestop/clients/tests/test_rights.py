"""The person's rights: a copy of everything held, erasure without a trace, and retention."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone, translation

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.accounts.services import api_token_create
from onestop.audit.models import AuditEvent
from onestop.audit.services import audit_verify
from onestop.clients.models import (
    ClientDocument,
    ClientRecord,
    ConsentGrant,
    ConsentWithdrawal,
    ErasedClient,
)
from onestop.clients.rights import client_erase, retention_apply, retention_plan
from onestop.clients.services import client_create, consent_grant, consent_withdraw
from onestop.clients.tasks import apply_retention_task
from onestop.directory.models import Organisation, OrganisationKind

PERSON = {
    "name": "Amira Haddad",
    "alias": "Zaytuna",
    "preferred_language": "ar",
    "date_of_birth": date(1990, 4, 17),
    "nationality": "SY",
    "phone": "+49 170 5550199",
    "email": "amira.haddad@example.net",
    "residence_status": "asylum",
    "vulnerabilities": ["pregnancy"],
    "needs": ["housing", "legal"],
    "needs_text": "Needs a lawyer before the hearing in March",
    "notes": "Sleeps at her cousin's flat on Lindenstrasse 12",
}
PDF = b"%PDF-1.4\n% the permit of Amira Haddad\n%%EOF\n"


@pytest.fixture
def ngo(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Law Clinic")


@pytest.fixture
def city(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.CITY_DEPARTMENT, name="Registration Office")


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _iso(value: Any) -> str:
    return timezone.localtime(value).isoformat()


def _as(user: User) -> Client:
    return login_verified(Client(), user)


def _main(response: Any) -> str:
    page = response.content.decode()
    return page[page.index("<main") : page.index("</main>")]


# --- Export ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_keepers_caseworker_downloads_everything_held_about_the_person_as_json(
    ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    record = client_create(owner=ngo, fields=dict(PERSON), by=keeper)
    to_city = consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity", "needs"],
        given_how="in_person", language="ar", explained_by=keeper, interpreter_present=True,
        valid_until=date(2099, 12, 31),
    )  # fmt: skip
    to_all = consent_grant(
        client=record, recipient=None, purpose="appointments", categories=["identity"],
        given_how="phone", language="ar", explained_by=keeper,
    )  # fmt: skip
    assert _as(make_staff(Role.CASEWORKER, organisation=city)).get(f"/en/staff/clients/{record.pk}/").status_code == 200
    withdrawal = consent_withdraw(grant=to_city, by=keeper)
    record.refresh_from_db()

    response = _as(keeper).get(f"/en/staff/clients/{record.pk}/export.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'attachment; filename="record-{record.code}.json"'
    assert "no-store" in response["Cache-Control"]
    export = json.loads(response.content)
    assert export["format"] == "onestop-client-export/1"
    assert export["kept_by"] == {"id": ngo.pk, "name": "Law Clinic"}
    assert export["record"] == {
        "personal_code": record.code,
        "name": "Amira Haddad",
        "alias": "Zaytuna",
        "preferred_language": "ar",
        "date_of_birth": "1990-04-17",
        "nationality": "SY",
        "phone": "+49 170 5550199",
        "email": "amira.haddad@example.net",
        "household": "",
        "residence_status": "asylum",
        "vulnerabilities": ["pregnancy"],
        "needs": ["housing", "legal"],
        "needs_text": "Needs a lawyer before the hearing in March",
        "notes": "Sleeps at her cousin's flat on Lindenstrasse 12",
        "created_at": _iso(record.created_at),
        "last_activity_at": _iso(record.last_activity_at),
        "archived_at": None,
    }
    assert export["consents"] == [
        {
            "id": to_city.pk,
            "shared_with": {"id": city.pk, "name": "Registration Office"},
            "purpose": "referral",
            "categories": ["identity", "needs"],
            "given_how": "in_person",
            "language": "ar",
            "interpreter_present": True,
            "notice_version": "1",
            "given_at": _iso(to_city.given_at),
            "valid_until": "2099-12-31",
            "withdrawn_at": _iso(withdrawal.withdrawn_at),
        },
        {
            "id": to_all.pk,
            "shared_with": None,
            "purpose": "appointments",
            "categories": ["identity"],
            "given_how": "phone",
            "language": "ar",
            "interpreter_present": False,
            "notice_version": "1",
            "given_at": _iso(to_all.given_at),
            "valid_until": None,
            "withdrawn_at": None,
        },
    ]
    assert export["documents"] == []
    events = list(AuditEvent.objects.filter(object_id=str(record.pk)).order_by("seq"))
    assert [(e["organisation"], e["action"]) for e in export["access_history"]] == [
        ("Law Clinic", "client.created"),
        ("Law Clinic", "consent.granted"),
        ("Law Clinic", "consent.granted"),
        ("Registration Office", "client.viewed"),
        ("Law Clinic", "consent.withdrawn"),
        ("Law Clinic", "client.exported"),
    ]
    assert [e["at"] for e in export["access_history"]] == [_iso(e.occurred_at) for e in events]
    assert export["access_history"][3]["details"] == {"categories": ["identity", "needs"]}
    # Which member of staff did it stays out of the copy: the person learns the organisation.
    assert keeper.username not in response.content.decode()
    exported = events[-1]
    assert (exported.action, exported.actor_id, exported.organisation_id) == ("client.exported", keeper.pk, ngo.pk)
    assert exported.data == {}


@pytest.mark.django_db
def test_the_printable_copy_is_in_the_persons_language_whatever_the_staff_member_reads(
    ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    record = client_create(owner=ngo, fields=dict(PERSON), by=keeper)
    consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=keeper,
    )  # fmt: skip

    response = _as(keeper).get(f"/de/staff/clients/{record.pk}/export/")

    page = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "ar"
    assert "no-store" in response["Cache-Control"]
    assert '<html lang="ar" dir="rtl">' in page
    with translation.override("ar"):
        arabic = [translation.gettext(text) for text in ("Shared with", "Personal code", "name")]
    assert arabic == ["المشاركة مع", "الرمز الشخصي", "الاسم"]
    for text in [*arabic, "Amira Haddad", "Zaytuna", "+49 170 5550199", record.code, "Registration Office"]:
        assert text in page
    assert "Lindenstrasse 12" in page
    assert AuditEvent.objects.filter(action="client.exported", object_id=str(record.pk)).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "expected"), [("so", "de"), ("fa-AF", "fa"), ("uk", "uk")])
def test_the_copy_falls_back_to_the_shops_language_when_the_interface_does_not_speak_the_persons(
    language: str, expected: str, settings: Any, ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    settings.LANGUAGE_CODE = "de"
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    record = ClientRecord.objects.create(owner=ngo, alias="Rose", preferred_language=language)
    response = _as(keeper).get(f"/fr/staff/clients/{record.pk}/export/")
    assert response.status_code == 200
    assert response["Content-Language"] == expected
    assert f'<html lang="{expected}"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "at"),
    [
        (Role.RECEPTION, "ngo"),
        (Role.COORDINATOR, "ngo"),
        (Role.INTERPRETER, "ngo"),
        (Role.PARTNER_ADMIN, "ngo"),
        (Role.DATA_PROTECTION_OFFICER, "city"),
        (Role.CASEWORKER, "city"),  # sees the whole record through consent, but does not keep it
    ],
)
def test_nobody_but_the_keepers_caseworkers_and_dpo_gets_a_copy(
    role: Role, at: str, ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    consent_grant(
        client=record, recipient=city, purpose="coordinated_support",
        categories=["identity", "needs", "notes", "residence_status", "vulnerability"],
        given_how="written", language="ar", explained_by=None,
    )  # fmt: skip
    client = _as(make_staff(role, organisation=ngo if at == "ngo" else city))
    for suffix in ("export.json", "export/"):
        response = client.get(f"/en/staff/clients/{record.pk}/{suffix}")
        missing = client.get(f"/en/staff/clients/999999/{suffix}")
        assert response.status_code == missing.status_code == 404
        assert _main(response) == _main(missing)
        assert "Amira" not in response.content.decode()
    assert not AuditEvent.objects.filter(action="client.exported").exists()


@pytest.mark.django_db
def test_the_record_page_offers_the_copy_and_erasure_to_those_allowed(
    ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    links = {
        "export": f'href="/en/staff/clients/{record.pk}/export/"',
        "json": f'href="/en/staff/clients/{record.pk}/export.json"',
        "erase": f'href="/en/staff/clients/{record.pk}/erase/"',
    }
    offered = {}
    for role in (Role.CASEWORKER, Role.DATA_PROTECTION_OFFICER, Role.RECEPTION):
        page = _as(make_staff(role, organisation=ngo)).get(f"/en/staff/clients/{record.pk}/").content.decode()
        offered[role] = {name for name, link in links.items() if link in page}
    assert offered == {
        Role.CASEWORKER: {"export", "json"},
        Role.DATA_PROTECTION_OFFICER: {"export", "json", "erase"},
        Role.RECEPTION: set(),
    }


# --- Erasure ---------------------------------------------------------------------------------


def _personal_values(record: ClientRecord) -> dict[str, str]:
    return {
        "name": "Amira Haddad",
        "alias": "Zaytuna",
        "phone": "+49 170 5550199",
        "email": "amira.haddad@example.net",
        "code": record.code,
        "notes": "Lindenstrasse 12",
        "needs_text": "lawyer before the hearing",
        "document title": "Permit of Amira",
        "date of birth": "1990-04-17",
    }


def _text(value: Any) -> str:
    if isinstance(value, memoryview | bytes):
        return bytes(value).decode(errors="replace")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _rows(model: Any) -> Iterator[tuple[str, str]]:
    fields = model._meta.concrete_fields
    for row in model._base_manager.values_list(*[f.attname for f in fields]):
        for field, value in zip(fields, row, strict=True):
            yield f"{model._meta.db_table}.{field.column}", _text(value)


def _where_found(values: dict[str, str]) -> set[str]:
    """Every column of every table (and every session) holding one of the values."""
    found: set[str] = set()
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        for column, text in _rows(model):
            found |= {f"{column}: {label}" for label, value in values.items() if value in text}
    for session in Session.objects.all():
        decoded = json.dumps(session.get_decoded(), ensure_ascii=False, default=str)
        found |= {f"session: {label}" for label, value in values.items() if value in decoded}
    return found


@pytest.mark.django_db
def test_erasure_leaves_nothing_about_the_person_in_any_table_or_file(
    ngo: Organisation,
    city: Organisation,
    media: Path,
    make_staff: Callable[..., User],
    django_capture_on_commit_callbacks: Any,
) -> None:
    caseworker = _as(make_staff(Role.CASEWORKER, organisation=ngo))
    fields = {k: v for k, v in PERSON.items() if k not in ("vulnerabilities", "needs")}
    response = caseworker.post(
        "/en/staff/clients/new/",
        {**fields, "owner": ngo.pk, "needs": PERSON["needs"], "vulnerabilities": PERSON["vulnerabilities"],
         "idempotency_key": "create-1"},
    )  # fmt: skip
    record = ClientRecord.objects.get()
    assert response["Location"] == f"/en/staff/clients/{record.pk}/"
    caseworker.post(
        f"/en/staff/clients/{record.pk}/consents/new/",
        {"recipient": city.pk, "purpose": "referral", "categories": ["identity", "notes"], "given_how": "in_person",
         "language": "ar", "idempotency_key": "consent-1"},
    )  # fmt: skip
    upload = SimpleUploadedFile("amira-haddad-permit.pdf", PDF, content_type="application/pdf")
    caseworker.post(
        f"/en/staff/clients/{record.pk}/documents/",
        {"title": "Permit of Amira", "file": upload, "idempotency_key": "document-1"},
    )
    document = ClientDocument.objects.get()
    stored = media / document.file.name
    assert stored.read_bytes() == PDF
    partner = _as(make_staff(Role.CASEWORKER, organisation=city))
    assert "Lindenstrasse 12" in partner.get(f"/en/staff/clients/{record.pk}/").content.decode()
    assert caseworker.get(f"/en/staff/clients/{record.pk}/export.json").status_code == 200
    assert caseworker.get(f"/en/staff/clients/{record.pk}/export/").status_code == 200
    caseworker.post(f"/en/staff/clients/consents/{ConsentGrant.objects.get().pk}/withdraw/")
    values = _personal_values(record)
    # The scan finds the person where they belong, and nowhere else: not in the audit log, the
    # stored answers of idempotent requests, the sessions or the task queue.
    assert _where_found(values) == {
        *(f"clients_clientrecord.{field}: {field}" for field in ("name", "alias", "phone", "email", "code", "notes")),
        "clients_clientrecord.needs_text: needs_text",
        "clients_clientrecord.date_of_birth: date of birth",
        "clients_clientdocument.title: document title",
    }

    dpo = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo)
    with django_capture_on_commit_callbacks(execute=True):
        response = _as(dpo).post(
            f"/en/staff/clients/{record.pk}/erase/", {"confirm": "on", "idempotency_key": "erase-1"}
        )

    assert response.status_code == 302
    assert response["Location"] == "/en/staff/clients/"
    assert _where_found(values) == set()
    assert not stored.exists()
    assert [path for path in media.rglob("*") if path.is_file()] == []
    assert (ClientRecord.objects.count(), ConsentGrant.objects.count(), ConsentWithdrawal.objects.count()) == (0, 0, 0)
    assert ClientDocument.objects.count() == 0
    erased = ErasedClient.objects.get()
    created = timezone.localtime(record.created_at).date()
    assert (
        erased.owner,
        erased.created_month,
        erased.erased_on,
        erased.reason,
        erased.needs,
        erased.preferred_language,
    ) == (ngo, created.replace(day=1), timezone.localdate(), "request", ["housing", "legal"], "ar")
    event = AuditEvent.objects.get(action="client.erased")
    assert (event.actor_id, event.organisation_id, event.object_type, event.object_id) == (
        dpo.pk, ngo.pk, "client", str(record.pk)
    )  # fmt: skip
    assert event.data == {"reason": "request", "consents": 1, "documents": 1}
    # The history of who used the record stays, and the chain is whole.
    history = AuditEvent.objects.filter(object_type="client", object_id=str(record.pk)).order_by("seq")
    assert [e.action for e in history] == [
        "client.created", "consent.granted", "client.document_added", "client.viewed", "client.exported",
        "client.exported", "consent.withdrawn", "client.erased",
    ]  # fmt: skip
    checked, problems = audit_verify()
    assert (checked, problems) == (AuditEvent.objects.count(), [])
    assert _as(dpo).get(f"/en/staff/clients/{record.pk}/").status_code == 404


@pytest.mark.django_db
def test_the_confirmation_page_says_what_goes_and_what_stays(
    ngo: Organisation, city: Organisation, media: Path, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    grant = consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=None,
    )  # fmt: skip
    consent_grant(
        client=record, recipient=None, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=None,
    )  # fmt: skip
    consent_withdraw(grant=grant, by=None)
    dpo = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo)

    response = _as(dpo).get(f"/en/staff/clients/{record.pk}/erase/")

    page = " ".join(_main(response).split())
    assert response.status_code == 200
    assert f"The record with every field in it, and its personal code {record.code}." in page
    assert "2 consents, and their withdrawals." in page
    assert "0 documents, with their files." in page
    # Two grants and a withdrawal (the record was made without the service), and this reading.
    assert "4 events in the audit log" in page
    assert 'name="confirm"' in page
    assert 'name="idempotency_key"' in page
    viewed = AuditEvent.objects.get(action="client.viewed")
    assert (viewed.actor_id, viewed.data) == (dpo.pk, {"categories": ["identity"]})
    assert ClientRecord.objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
def test_erasure_needs_the_box_ticked(ngo: Organisation, make_staff: Callable[..., User]) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    dpo = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo)
    response = _as(dpo).post(f"/en/staff/clients/{record.pk}/erase/", {"idempotency_key": "erase-1"})
    assert response.status_code == 200
    assert "Tick the box to confirm the erasure." in response.content.decode()
    assert ClientRecord.objects.filter(pk=record.pk).exists()
    assert not ErasedClient.objects.exists()
    assert not AuditEvent.objects.filter(action="client.erased").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "at"), [(Role.CASEWORKER, "ngo"), (Role.DATA_PROTECTION_OFFICER, "city")])
def test_only_the_keepers_data_protection_officer_erases(
    role: Role, at: str, ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=None,
    )  # fmt: skip
    client = _as(make_staff(role, organisation=ngo if at == "ngo" else city))
    url = f"/en/staff/clients/{record.pk}/erase/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"confirm": "on"}).status_code == 404
    assert client.post("/en/staff/clients/999999/erase/", {"confirm": "on"}).status_code == 404
    assert ClientRecord.objects.filter(pk=record.pk).exists()
    assert not ErasedClient.objects.exists()


@pytest.mark.django_db
def test_erasing_twice_changes_nothing_the_second_time(ngo: Organisation, make_staff: Callable[..., User]) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    dpo = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo)
    client_erase(client=record, by=dpo)
    client_erase(client=record, by=dpo)
    assert ErasedClient.objects.count() == 1
    assert AuditEvent.objects.filter(action="client.erased").count() == 1


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_erasures_of_one_record_leave_one_statistic(
    ngo: Organisation, make_staff: Callable[..., User]
) -> None:
    record = ClientRecord.objects.create(owner=ngo, **PERSON)
    dpo = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo)
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def erase() -> None:
        try:
            barrier.wait()
            client_erase(client=record, by=dpo)
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=erase) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ErasedClient.objects.count() == 1
    assert AuditEvent.objects.filter(action="client.erased").count() == 1
    assert not ClientRecord.objects.exists()


# --- Retention -------------------------------------------------------------------------------


def _inactive(owner: Organisation, alias: str, days: int, archived_days_ago: int | None = None) -> ClientRecord:
    record = ClientRecord.objects.create(owner=owner, alias=alias, preferred_language="ti", needs=["work"])
    now = timezone.now()
    archived_at = now - timedelta(days=archived_days_ago) if archived_days_ago is not None else None
    # update(): save() would set last_activity_at to now.
    ClientRecord.objects.filter(pk=record.pk).update(
        last_activity_at=now - timedelta(days=days), archived_at=archived_at
    )
    record.refresh_from_db()
    return record


@pytest.fixture
def aged(ngo: Organisation, city: Organisation) -> dict[str, ClientRecord]:
    return {
        "fresh": _inactive(ngo, "Fresh", 10),
        "quiet": _inactive(ngo, "Quiet", 400),
        "quiet_city": _inactive(city, "Quiet too", 366),
        "archived": _inactive(ngo, "Archived", 500, archived_days_ago=135),
        "old": _inactive(ngo, "Old", 731),
        "old_archived": _inactive(city, "Old archived", 900, archived_days_ago=535),
    }


@pytest.mark.django_db
def test_a_dry_run_reports_what_is_due_and_changes_nothing(
    aged: dict[str, ClientRecord], ngo: Organisation, city: Organisation
) -> None:
    out = StringIO()
    events = AuditEvent.objects.count()

    call_command("apply_retention", "--dry-run", stdout=out)

    today = timezone.localdate()
    archive_since = (today - timedelta(days=365)).isoformat()
    erase_since = (today - timedelta(days=730)).isoformat()
    assert out.getvalue().splitlines() == [
        f"Archive: 2 record(s) without activity since {archive_since}",
        f"  Law Clinic (#{ngo.pk}): 1 — ids {aged['quiet'].pk}",
        f"  Registration Office (#{city.pk}): 1 — ids {aged['quiet_city'].pk}",
        f"Erase: 2 record(s) without activity since {erase_since}",
        f"  Law Clinic (#{ngo.pk}): 1 — ids {aged['old'].pk}",
        f"  Registration Office (#{city.pk}): 1 — ids {aged['old_archived'].pk}",
        "Dry run: nothing was changed.",
    ]
    assert ClientRecord.objects.count() == 6
    assert ClientRecord.objects.filter(archived_at__isnull=False).count() == 2
    assert not ErasedClient.objects.exists()
    assert AuditEvent.objects.count() == events


@pytest.mark.django_db
def test_retention_archives_quiet_records_and_erases_old_ones(
    aged: dict[str, ClientRecord], ngo: Organisation, city: Organisation
) -> None:
    out = StringIO()
    call_command("apply_retention", stdout=out)

    assert out.getvalue().splitlines()[-1] == "Archived 2 record(s), erased 2."
    assert "Dry run" not in out.getvalue()
    left = {r.alias: r.archived_at is not None for r in ClientRecord.objects.all()}
    assert left == {"Fresh": False, "Quiet": True, "Quiet too": True, "Archived": True}
    # Archiving is no activity: the clock toward erasure keeps running.
    quiet = ClientRecord.objects.get(pk=aged["quiet"].pk)
    assert quiet.last_activity_at == aged["quiet"].last_activity_at
    assert sorted(ErasedClient.objects.values_list("owner_id", "reason", "needs", "preferred_language")) == sorted(
        [(ngo.pk, "retention", ["work"], "ti"), (city.pk, "retention", ["work"], "ti")]
    )
    archived = AuditEvent.objects.filter(action="client.archived").order_by("seq")
    assert [(e.object_id, e.actor_id, e.actor_username, e.organisation_id) for e in archived] == [
        (str(aged["quiet"].pk), None, "retention", ngo.pk),
        (str(aged["quiet_city"].pk), None, "retention", city.pk),
    ]
    erased = AuditEvent.objects.filter(action="client.erased").order_by("seq")
    assert [(e.object_id, e.actor_username, e.data) for e in erased] == [
        (str(aged["old"].pk), "retention", {"reason": "retention", "consents": 0, "documents": 0}),
        (str(aged["old_archived"].pk), "retention", {"reason": "retention", "consents": 0, "documents": 0}),
    ]
    again = StringIO()
    call_command("apply_retention", stdout=again)
    assert again.getvalue().splitlines()[-1] == "Archived 0 record(s), erased 0."


@pytest.mark.django_db
def test_archived_records_leave_the_lists_and_only_the_keepers_dpo_still_reads_them(
    ngo: Organisation, city: Organisation, make_staff: Callable[..., User]
) -> None:
    record = _inactive(ngo, "Quiet", 10, archived_days_ago=1)
    consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity"], given_how="in_person",
        language="ti", explained_by=None,
    )  # fmt: skip
    keeper = _as(make_staff(Role.CASEWORKER, organisation=ngo))
    dpo = _as(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo))
    partner = _as(make_staff(Role.CASEWORKER, organisation=city))
    other_dpo = _as(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city))

    for client in (keeper, dpo, partner):
        assert "Quiet" not in _main(client.get("/en/staff/clients/")).replace('value=""', "")
    dpo_user = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=ngo)
    _token, raw = api_token_create(user=dpo_user, name="t")
    listed = Client().get("/api/v1/clients/", HTTP_AUTHORIZATION=f"Token {raw}")
    assert (listed.status_code, listed.json()["count"]) == (200, 0)
    assert [c.get(f"/en/staff/clients/{record.pk}/").status_code for c in (keeper, partner, other_dpo)] == [404] * 3
    assert keeper.get(f"/en/staff/clients/{record.pk}/export.json").status_code == 404
    page = dpo.get(f"/en/staff/clients/{record.pk}/")
    assert page.status_code == 200
    assert "Quiet" in page.content.decode()
    assert dpo.get(f"/en/staff/clients/code/?code={record.code}")["Location"] == f"/en/staff/clients/{record.pk}/"
    assert dpo.get(f"/en/staff/clients/{record.pk}/export.json").json()["record"]["archived_at"] == _iso(
        record.archived_at
    )


@pytest.mark.django_db
def test_the_retention_periods_come_from_the_settings_and_the_task_applies_them(
    settings: Any, ngo: Organisation
) -> None:
    settings.CLIENT_ARCHIVE_AFTER_DAYS = 30
    settings.CLIENT_ERASE_AFTER_DAYS = 60
    kept, archived, erased = _inactive(ngo, "A", 29), _inactive(ngo, "B", 31), _inactive(ngo, "C", 61)

    result = apply_retention_task.enqueue()

    assert result.return_value == {"archived": 1, "erased": 1}
    assert sorted(ClientRecord.objects.values_list("pk", flat=True)) == [kept.pk, archived.pk]
    assert ClientRecord.objects.get(pk=archived.pk).archived_at is not None
    assert ClientRecord.objects.get(pk=kept.pk).archived_at is None
    assert not ClientRecord.objects.filter(pk=erased.pk).exists()


@pytest.mark.django_db
def test_a_record_worked_on_after_the_plan_was_made_is_left_alone(ngo: Organisation) -> None:
    old = _inactive(ngo, "Old", 800)
    quiet = _inactive(ngo, "Quiet", 400)
    plan = retention_plan()
    for record in (old, quiet):
        record.notes = "came back today"
        record.save()

    done = retention_apply(plan=plan)

    assert (plan.erase_count, plan.archive_count, done.erase_count, done.archive_count) == (1, 1, 0, 0)
    assert ClientRecord.objects.filter(archived_at__isnull=True).count() == 2
    assert not ErasedClient.objects.exists()
