"""The field register, the access history for the data protection officer, and documents."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent
from onestop.audit.services import audit_record
from onestop.clients import register
from onestop.clients.documents import document_add, sniff_content_type
from onestop.clients.forms import FIELDS_BY_CATEGORY
from onestop.clients.models import SPECIAL_CATEGORIES, ClientDocument, ClientRecord
from onestop.clients.register import REGISTER, DataCategory, Sensitivity
from onestop.clients.services import client_viewed, consent_grant, consent_withdraw
from onestop.directory.models import Organisation, OrganisationKind

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 40


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


@pytest.fixture
def ngo(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.NGO, name="Law Clinic")


@pytest.fixture
def city(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.CITY_DEPARTMENT, name="Registration Office")


@pytest.fixture
def office(make_org: Callable[..., Organisation]) -> Organisation:
    return make_org(OrganisationKind.IMMIGRATION_OFFICE, name="Foreigners' Office")


@pytest.fixture
def record(ngo: Organisation) -> ClientRecord:
    return ClientRecord.objects.create(
        owner=ngo, name="Amira Haddad", preferred_language="ar", notes="Fled in March", residence_status="irregular"
    )


def as_user(user: User) -> Client:
    return login_verified(Client(), user)


def main(response: Any) -> str:
    page = response.content.decode()
    return page[page.index("<main") : page.index("</main>")]


def files_in(media: Path) -> list[Path]:
    return sorted(path for path in media.rglob("*") if path.is_file()) if media.exists() else []


def upload(data: bytes, name: str = "passport.pdf", content_type: str = "application/pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


# --- The field register ---------------------------------------------------------------------


def test_every_field_of_every_client_model_is_in_the_register() -> None:
    assert register.unclassified_fields() == []
    assert register.unknown_fields() == []


def test_the_register_check_names_a_field_left_out_and_a_field_that_does_not_exist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    changed = {label: dict(fields) for label, fields in REGISTER.items()}
    del changed["clients.ClientRecord"]["notes"]
    del changed["clients.ClientDocument"]
    changed["clients.ConsentGrant"]["shoe_size"] = changed["clients.ConsentGrant"]["purpose"]
    changed["clients.Pet"] = {"name": changed["clients.ConsentGrant"]["purpose"]}
    monkeypatch.setattr(register, "REGISTER", changed)

    assert register.unclassified_fields() == [
        "clients.ClientRecord.notes",
        "clients.ClientDocument.id",
        "clients.ClientDocument.client",
        "clients.ClientDocument.title",
        "clients.ClientDocument.content_type",
        "clients.ClientDocument.size",
        "clients.ClientDocument.sha256",
        "clients.ClientDocument.file",
        "clients.ClientDocument.uploaded_by",
        "clients.ClientDocument.uploaded_at",
    ]
    assert register.unknown_fields() == ["clients.ConsentGrant.shoe_size", "clients.Pet.name"]


def test_the_register_marks_as_special_exactly_the_parts_shared_only_with_a_named_organisation() -> None:
    special = {
        f"{label}.{name}"
        for label, fields in REGISTER.items()
        for name, entry in fields.items()
        if entry.sensitivity == Sensitivity.SPECIAL
    }
    in_special_categories = {
        f"{label}.{name}"
        for label, fields in REGISTER.items()
        for name, entry in fields.items()
        if entry.category in SPECIAL_CATEGORIES
    }
    assert (
        special
        == in_special_categories
        == {"clients.ClientRecord.residence_status", "clients.ClientRecord.vulnerabilities"}
    )


def test_the_register_puts_each_record_field_in_the_part_consent_shares_it_with() -> None:
    for category, fields in FIELDS_BY_CATEGORY.items():
        for name in fields:
            assert REGISTER["clients.ClientRecord"][name].category == DataCategory(category), name


@pytest.mark.django_db
def test_the_data_protection_officer_reads_the_register_as_a_table(
    make_staff: Callable[..., User], city: Organisation
) -> None:
    response = as_user(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city)).get("/en/staff/clients/register/")
    page = main(response)
    assert response.status_code == 200
    assert page.count("<tr><td>") == sum(len(fields) for fields in REGISTER.values())
    assert (
        "<tr><td>Client record</td><td><code>vulnerabilities</code></td><td>Vulnerabilities</td>"
        "<td><strong>Special category (GDPR art. 9)</strong></td><td>Until erasure of the record</td>"
    ) in page
    assert "<tr><td>Client document</td><td><code>sha256</code></td><td>Technical</td><td>Technical</td>" in page


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r for r in Role if r != Role.DATA_PROTECTION_OFFICER])
def test_nobody_else_finds_the_register(role: Role, make_staff: Callable[..., User], ngo: Organisation) -> None:
    assert as_user(make_staff(role, organisation=ngo)).get("/en/staff/clients/register/").status_code == 404


# --- The access history ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_data_protection_officer_sees_who_read_another_organisations_record_but_not_the_record(
    make_staff: Callable[..., User], ngo: Organisation, city: Organisation, record: ClientRecord
) -> None:
    caseworker = make_staff(Role.CASEWORKER, organisation=ngo, username="nadia")
    other = ClientRecord.objects.create(owner=ngo, name="Someone Else", preferred_language="fa")
    client_viewed(client=record, by=caseworker, categories=["identity", "notes"])
    client_viewed(client=other, by=caseworker, categories=["identity"])
    audit_record(action="client.viewed", object_type="client", object_id=f"{record.pk}0", data={"x": "other"})
    dpo = make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city, username="dora")

    response = as_user(dpo).get(f"/en/staff/clients/{record.pk}/history/")
    page = main(response)

    assert response.status_code == 200
    rows = re.findall(r"<tr><td>.*?</td><td>(.*?)</td><td>(.*?)</td><td><code>(.*?)</code></td><td>(.*?)</td>", page)
    assert rows == [
        ("dora", "Registration Office", "client.history_viewed", "127.0.0.1"),
        ("nadia", "Law Clinic", "client.viewed", "—"),
    ]
    for content in ("Amira", "Haddad", "Fled in March", "Without a residence status", "Someone Else", "other"):
        assert content not in page
    viewed = AuditEvent.objects.get(action="client.history_viewed")
    assert (viewed.actor_id, viewed.organisation_id, viewed.object_type, viewed.object_id) == (
        dpo.pk,
        city.pk,
        "client",
        str(record.pk),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r for r in Role if r != Role.DATA_PROTECTION_OFFICER])
def test_other_roles_get_the_same_404_for_the_history_as_for_a_missing_record(
    role: Role, make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord
) -> None:
    client_viewed(client=record, by=make_staff(Role.CASEWORKER, organisation=ngo), categories=["identity"])
    browser = as_user(make_staff(role, organisation=ngo))
    response = browser.get(f"/en/staff/clients/{record.pk}/history/")
    missing = browser.get("/en/staff/clients/999999/history/")
    assert response.status_code == missing.status_code == 404
    assert main(response) == main(missing)
    assert not AuditEvent.objects.filter(action="client.history_viewed").exists()


@pytest.mark.django_db
def test_the_data_protection_officer_gets_404_for_a_missing_record(
    make_staff: Callable[..., User], city: Organisation
) -> None:
    response = as_user(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city)).get(
        "/en/staff/clients/999999/history/"
    )
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action="client.history_viewed").exists()


@pytest.mark.django_db
def test_the_firewall_hides_even_the_history_of_a_protected_record_from_an_enforcement_bodys_officer(
    make_staff: Callable[..., User], ngo: Organisation, office: Organisation, city: Organisation, record: ClientRecord
) -> None:
    client_viewed(client=record, by=make_staff(Role.CASEWORKER, organisation=ngo), categories=["identity"])
    officer = as_user(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=office))
    response = officer.get(f"/en/staff/clients/{record.pk}/history/")
    missing = officer.get("/en/staff/clients/999999/history/")
    assert ngo.is_protected and office.is_enforcement
    assert response.status_code == missing.status_code == 404
    assert "Law Clinic" not in main(response)
    # The office's own records stay open to its officer.
    own = ClientRecord.objects.create(owner=office, alias="K.", preferred_language="de")
    assert officer.get(f"/en/staff/clients/{own.pk}/history/").status_code == 200


@pytest.mark.django_db
def test_the_history_is_paginated_by_fifty_newest_first(
    make_staff: Callable[..., User], ngo: Organisation, city: Organisation, record: ClientRecord
) -> None:
    caseworker = make_staff(Role.CASEWORKER, organisation=ngo)
    for _ in range(55):
        client_viewed(client=record, by=caseworker, categories=["identity"])
    browser = as_user(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city))

    first = main(browser.get(f"/en/staff/clients/{record.pk}/history/"))
    second = main(browser.get(f"/en/staff/clients/{record.pk}/history/?page=2"))

    # 55 reads and the officer's first visit make 56 events on the first visit, 57 on the second.
    assert first.count("<tr><td>") == 50
    assert "Page 1 of 2" in first and "client.history_viewed" in first
    assert second.count("<tr><td>") == 7
    assert "Page 2 of 2" in second


@pytest.mark.django_db
def test_the_history_takes_the_same_number_of_queries_for_one_event_and_for_three(
    make_staff: Callable[..., User], ngo: Organisation, city: Organisation, record: ClientRecord
) -> None:
    caseworker = make_staff(Role.CASEWORKER, organisation=ngo)
    browser = as_user(make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city))
    browser.get(f"/en/staff/clients/{record.pk}/history/")  # warms the session and the chain head

    with CaptureQueriesContext(connection) as one:
        assert browser.get(f"/en/staff/clients/{record.pk}/history/").status_code == 200
    client_viewed(client=record, by=caseworker, categories=["identity"])
    client_viewed(client=record, by=caseworker, categories=["identity"])
    with CaptureQueriesContext(connection) as three:
        assert browser.get(f"/en/staff/clients/{record.pk}/history/").status_code == 200
    assert len(one) == len(three)


# --- Recognising the allowed file types -----------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (PDF, "application/pdf"),
        (b"%PDF-", "application/pdf"),
        (JPEG, "image/jpeg"),
        (b"\xff\xd8\xff\xdb", "image/jpeg"),
        (PNG, "image/png"),
        (EXE, None),  # a Windows program
        (b"\x7fELF\x02\x01", None),
        (b"<html><script>alert(1)</script>", None),
        (b"<svg xmlns='http://www.w3.org/2000/svg'>", None),
        (b"PK\x03\x04", None),  # zip, docx
        (b"GIF89a", None),
        (b" %PDF-1.7", None),  # the signature must be at the very start
        (b"%PDF", None),  # cut short
        (b"\xff\xd8", None),
        (b"\x89PNG\r\n", None),
        (b"", None),
    ],
)
def test_sniff_content_type_knows_only_pdf_jpeg_and_png_by_their_first_bytes(head: bytes, expected: str | None) -> None:
    assert sniff_content_type(head) == expected


# --- Uploading ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name", "content_type", "expected", "extension"),
    [
        (PDF, "Pass von Amira Haddad.pdf", "application/pdf", "application/pdf", ".pdf"),
        (JPEG, "amira.jpeg", "image/jpeg", "image/jpeg", ".jpg"),
        # The name and the browser's type are wrong; the content decides.
        (PNG, "amira.pdf", "application/octet-stream", "image/png", ".png"),
    ],
)
def test_a_caseworker_of_the_keeping_organisation_uploads_a_document(
    data: bytes,
    name: str,
    content_type: str,
    expected: str,
    extension: str,
    make_staff: Callable[..., User],
    ngo: Organisation,
    record: ClientRecord,
    media: Path,
) -> None:
    caseworker = make_staff(Role.CASEWORKER, organisation=ngo)
    response = as_user(caseworker).post(
        f"/en/staff/clients/{record.pk}/documents/",
        {"title": "Residence permit", "file": upload(data, name, content_type)},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/en/staff/clients/{record.pk}/documents/"
    document = ClientDocument.objects.get()
    assert (document.client, document.title, document.content_type, document.size, document.uploaded_by) == (
        record,
        "Residence permit",
        expected,
        len(data),
        caseworker,
    )
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    name_stored = str(document.file.name)
    assert re.fullmatch(rf"client-documents/[0-9a-f]{{32}}\{extension}", name_stored)
    stored = files_in(media)
    assert stored == [media / name_stored]
    assert stored[0].read_bytes() == data
    event = AuditEvent.objects.get(action="client.document_added")
    assert (event.actor_id, event.object_type, event.object_id) == (caseworker.pk, "client", str(record.pk))
    assert event.data == {
        "document": document.pk,
        "content_type": expected,
        "size": len(data),
        "sha256": document.sha256,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            EXE,
            "permit.pdf",
            "Only PDF, JPEG and PNG files can be kept. This file is none of these, whatever its name says.",
        ),
        (b"<html><body>hello</body></html>", "scan.png", "Only PDF, JPEG and PNG files can be kept."),
        (b"", "empty.pdf", "The file is empty. Choose the file again."),
        (
            PDF + b"x" * (200 - len(PDF)),
            "big.pdf",
            "The file is too large (200\xa0bytes). Files of up to 100\xa0bytes can be kept.",
        ),
    ],
)
def test_a_disguised_an_empty_or_an_oversized_file_is_refused_with_a_clear_message(
    data: bytes,
    name: str,
    message: str,
    settings: Any,
    make_staff: Callable[..., User],
    ngo: Organisation,
    record: ClientRecord,
    media: Path,
) -> None:
    settings.CLIENT_DOCUMENT_MAX_BYTES = 100
    response = as_user(make_staff(Role.CASEWORKER, organisation=ngo)).post(
        f"/en/staff/clients/{record.pk}/documents/",
        {"title": "Residence permit", "file": upload(data, name, "application/pdf")},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ClientDocument.objects.exists()
    assert files_in(media) == []
    assert not AuditEvent.objects.filter(action="client.document_added").exists()


@pytest.mark.django_db
def test_a_file_at_exactly_the_limit_is_kept(
    settings: Any, make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord
) -> None:
    settings.CLIENT_DOCUMENT_MAX_BYTES = 100
    data = PDF + b"x" * (100 - len(PDF))
    document = document_add(
        client=record, upload=upload(data), title="Letter", by=make_staff(Role.CASEWORKER, organisation=ngo)
    )
    assert document.size == 100


@pytest.mark.django_db
def test_the_upload_form_sends_files_and_asks_for_one_when_none_came(
    make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord
) -> None:
    browser = as_user(make_staff(Role.CASEWORKER, organisation=ngo))
    form = main(browser.get(f"/en/staff/clients/{record.pk}/documents/"))
    assert '<form method="post" enctype="multipart/form-data"' in form
    assert 'name="idempotency_key"' in form
    response = browser.post(f"/en/staff/clients/{record.pk}/documents/", {"title": "Pass"})
    assert response.status_code == 200
    assert "Choose a file." in response.content.decode()
    assert not ClientDocument.objects.exists()


@pytest.mark.django_db
def test_the_service_refuses_a_disguised_file_and_leaves_nothing_behind(
    make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord, media: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        document_add(client=record, upload=upload(EXE, "setup.pdf"), title="Permit", by=None)
    assert refused.value.code == "type"
    with pytest.raises(ValidationError) as untitled:
        document_add(client=record, upload=upload(PDF), title="   ", by=None)
    assert untitled.value.code == "title"
    assert not ClientDocument.objects.exists()
    assert files_in(media) == []


@pytest.mark.django_db
def test_a_failure_after_the_file_was_written_removes_the_file(
    monkeypatch: pytest.MonkeyPatch, ngo: Organisation, record: ClientRecord, media: Path
) -> None:
    from onestop.clients import documents

    def broken_audit(*args: object, **kwargs: object) -> None:
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(documents, "_audit", broken_audit)
    with pytest.raises(RuntimeError):
        document_add(client=record, upload=upload(PDF), title="Permit", by=None)
    assert not ClientDocument.objects.exists()
    assert files_in(media) == []


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.RECEPTION, Role.DATA_PROTECTION_OFFICER, Role.COORDINATOR])
def test_only_caseworkers_of_the_keeping_organisation_upload(
    role: Role, make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord, media: Path
) -> None:
    response = as_user(make_staff(role, organisation=ngo)).post(
        f"/en/staff/clients/{record.pk}/documents/", {"title": "Permit", "file": upload(PDF)}
    )
    assert response.status_code == 404
    assert not ClientDocument.objects.exists()
    assert files_in(media) == []


@pytest.mark.django_db
def test_a_partner_with_consent_to_documents_reads_and_downloads_them_but_does_not_upload(
    make_staff: Callable[..., User], ngo: Organisation, city: Organisation, record: ClientRecord, media: Path
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    document = document_add(client=record, upload=upload(PDF), title="Residence permit", by=keeper)
    grant = consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity", "documents"],
        given_how="in_person", language="ar", explained_by=keeper,
    )  # fmt: skip
    partner = as_user(make_staff(Role.CASEWORKER, organisation=city))

    listing = partner.get(f"/en/staff/clients/{record.pk}/documents/")
    assert listing.status_code == 200
    assert "Residence permit" in main(listing)
    assert "Add a document" not in main(listing)
    assert partner.get(f"/en/staff/clients/documents/{document.pk}/").status_code == 200
    refused = partner.post(f"/en/staff/clients/{record.pk}/documents/", {"title": "Mine", "file": upload(PDF)})
    assert refused.status_code == 404
    assert ClientDocument.objects.count() == 1

    consent_withdraw(grant=grant, by=keeper)
    assert partner.get(f"/en/staff/clients/{record.pk}/documents/").status_code == 404
    assert partner.get(f"/en/staff/clients/documents/{document.pk}/").status_code == 404


# --- Downloading ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_download_is_an_attachment_that_browsers_do_not_sniff_and_is_audited(
    make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    document = document_add(
        client=record, upload=upload(PDF, "Amira Haddad.pdf"), title="Aufenthaltstitel 2025", by=keeper
    )

    response = as_user(keeper).get(f"/en/staff/clients/documents/{document.pk}/")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="aufenthaltstitel-2025.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    event = AuditEvent.objects.get(action="client.document_downloaded")
    assert (event.actor_id, event.object_type, event.object_id, event.data) == (
        keeper.pk,
        "client",
        str(record.pk),
        {"document": document.pk, "sha256": hashlib.sha256(PDF).hexdigest()},
    )


@pytest.mark.django_db
def test_whoever_does_not_see_the_documents_gets_the_same_404_as_for_a_missing_document(
    make_staff: Callable[..., User],
    ngo: Organisation,
    city: Organisation,
    office: Organisation,
    record: ClientRecord,
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    document = document_add(client=record, upload=upload(PDF), title="Residence permit", by=keeper)
    # Shared with the city, but not its documents.
    consent_grant(
        client=record, recipient=city, purpose="referral", categories=["identity"], given_how="in_person",
        language="ar", explained_by=keeper,
    )  # fmt: skip
    outsiders = [
        make_staff(Role.CASEWORKER, organisation=city),
        make_staff(Role.CASEWORKER, organisation=office),
        make_staff(Role.RECEPTION, organisation=ngo),
        make_staff(Role.INTERPRETER, organisation=ngo),
        make_staff(Role.DATA_PROTECTION_OFFICER, organisation=city),
    ]
    for user in outsiders:
        browser = as_user(user)
        response = browser.get(f"/en/staff/clients/documents/{document.pk}/")
        missing = browser.get("/en/staff/clients/documents/999999/")
        assert response.status_code == missing.status_code == 404, user.username
        assert main(response) == main(missing)
        listing = browser.get(f"/en/staff/clients/{record.pk}/documents/")
        assert listing.status_code == 404, user.username
        assert "Residence permit" not in main(listing)
    assert not AuditEvent.objects.filter(action="client.document_downloaded").exists()


@pytest.mark.django_db
def test_the_document_list_takes_the_same_number_of_queries_for_one_document_and_for_three(
    make_staff: Callable[..., User], ngo: Organisation, record: ClientRecord
) -> None:
    keeper = make_staff(Role.CASEWORKER, organisation=ngo)
    browser = as_user(keeper)
    document_add(client=record, upload=upload(PDF), title="First", by=keeper)
    browser.get(f"/en/staff/clients/{record.pk}/documents/")

    with CaptureQueriesContext(connection) as one:
        assert browser.get(f"/en/staff/clients/{record.pk}/documents/").status_code == 200
    document_add(client=record, upload=upload(PNG), title="Second", by=make_staff(Role.CASEWORKER, organisation=ngo))
    document_add(client=record, upload=upload(JPEG), title="Third", by=keeper)
    with CaptureQueriesContext(connection) as three:
        page = main(browser.get(f"/en/staff/clients/{record.pk}/documents/"))
    assert len(one) == len(three)
    assert [page.index(title) < page.index("First") for title in ("Third", "Second")] == [True, True]


# --- Links on the record page ---------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "documents", "history"),
    [
        (Role.CASEWORKER, True, False),
        (Role.RECEPTION, False, False),
        (Role.DATA_PROTECTION_OFFICER, True, True),
    ],
)
def test_the_record_page_links_to_documents_and_history_for_those_who_may_open_them(
    role: Role,
    documents: bool,
    history: bool,
    make_staff: Callable[..., User],
    ngo: Organisation,
    record: ClientRecord,
) -> None:
    page = main(as_user(make_staff(role, organisation=ngo)).get(f"/en/staff/clients/{record.pk}/"))
    assert (f'href="/en/staff/clients/{record.pk}/documents/"' in page) is documents
    assert (f'href="/en/staff/clients/{record.pk}/history/"' in page) is history
