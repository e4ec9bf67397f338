"""The register of every field kept about clients: what it is, how sensitive, how long it is kept.

The data protection officer reads it at /staff/clients/register/ (GDPR art. 30). A test fails when
a field of any model in this app is missing here, so a new field cannot be added unclassified.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import models
from django.db.models import Model
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class DataCategory(models.TextChoices):
    IDENTITY = "identity", _("Identity and contact")
    NEEDS = "needs", _("Needs")
    NOTES = "notes", _("Notes")
    DOCUMENTS = "documents", _("Documents")
    RESIDENCE_STATUS = "residence_status", _("Residence status")
    VULNERABILITY = "vulnerability", _("Vulnerabilities")
    JOURNEY = "journey", _("Journey progress")
    CONSENT_LEDGER = "consent_ledger", _("Consent ledger")
    TECHNICAL = "technical", _("Technical")
    STATISTICS = "statistics", _("Anonymous statistics")


class Sensitivity(models.TextChoices):
    ORDINARY = "ordinary", _("Ordinary personal data")
    SPECIAL = "special", _("Special category (GDPR art. 9)")
    TECHNICAL = "technical", _("Technical")
    ANONYMOUS = "anonymous", _("Not personal data: identifies nobody")


class Retention(models.TextChoices):
    UNTIL_ERASURE = "until_erasure", _("Until erasure of the record")
    # The audit log keeps who did and saw what for 10 years, also after the record is erased.
    AS_RECORD_AUDITED = "as_record_audited", _("As the record; audit: 10 years")
    # What erasure leaves behind (clients/rights.py).
    STATISTICS = "statistics", _("Kept for statistics")


@dataclass(frozen=True)
class Entry:
    category: DataCategory
    sensitivity: Sensitivity
    retention: Retention
    description: str | Promise


D, S, R = DataCategory, Sensitivity, Retention

# model label -> field name -> entry. Every concrete field of every model of the clients app.
REGISTER: dict[str, dict[str, Entry]] = {
    "clients.ClientRecord": {
        "id": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("Number of the record in the database.")),
        "owner": Entry(
            D.TECHNICAL, S.ORDINARY, R.UNTIL_ERASURE,
            _("The organisation that keeps the record and decides about it."),
        ),
        "code": Entry(
            D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE,
            _("Personal code on the person's card; finds the record at a desk."),
        ),
        "name": Entry(D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("Name, if the person gives it.")),
        "alias": Entry(
            D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE,
            _("A name the person chooses instead of their own; enough on its own."),
        ),
        "preferred_language": Entry(
            D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("The language the person wants to be served in.")
        ),
        "date_of_birth": Entry(D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("Date of birth, if given.")),
        "nationality": Entry(D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("Nationality (country code), if given.")),
        "phone": Entry(D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("Phone number for reminders and calls.")),
        "email": Entry(D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("E-mail address, if given.")),
        "household": Entry(D.IDENTITY, S.ORDINARY, R.UNTIL_ERASURE, _("Household members, if given.")),
        "residence_status": Entry(
            D.RESIDENCE_STATUS, S.SPECIAL, R.UNTIL_ERASURE,
            _(
                "Residence status. Treated like a special category: shared only with an organisation "
                "the person names, never with enforcement bodies for records of protected organisations."
            ),
        ),
        "vulnerabilities": Entry(
            D.VULNERABILITY, S.SPECIAL, R.UNTIL_ERASURE,
            _("Vulnerabilities such as pregnancy, disability or a medical condition (health data)."),
        ),
        "needs": Entry(D.NEEDS, S.ORDINARY, R.UNTIL_ERASURE, _("What the person needs help with, from a list.")),
        "needs_text": Entry(
            D.NEEDS, S.ORDINARY, R.UNTIL_ERASURE,
            _("Needs in the person's own words. Free text: record no health details here."),
        ),
        "notes": Entry(
            D.NOTES, S.ORDINARY, R.UNTIL_ERASURE,
            _("Caseworkers' notes. Free text: record no health details here."),
        ),
        "created_at": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("When the record was created.")),
        "last_activity_at": Entry(
            D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("When the record was last changed; orders the list.")
        ),
        "archived_at": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("When the record was archived.")),
    },
    "clients.ConsentGrant": {
        "id": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Number of the consent in the database.")),
        "client": Entry(D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("The record the consent is about.")),
        "recipient": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED,
            _("The organisation the record is shared with; empty for all partner organisations."),
        ),
        "purpose": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("Why the record is shared, from a closed list.")
        ),
        "categories": Entry(D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("Which parts are shared.")),
        "given_how": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("In person, by phone or in writing.")
        ),
        "language": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("The language the consent was explained in.")
        ),
        "explained_by": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("The member of staff who explained it.")
        ),
        "interpreter_present": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("Whether an interpreter was present.")
        ),
        "notice_version": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("Version of the privacy notice shown.")
        ),
        "given_at": Entry(D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("When the consent was given.")),
        "valid_until": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("Last day the consent applies, if limited.")
        ),
    },
    "clients.ConsentWithdrawal": {
        "id": Entry(
            D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Number of the withdrawal in the database.")
        ),
        "grant": Entry(D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("The consent withdrawn.")),
        "withdrawn_at": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("When the consent was withdrawn.")
        ),
        "recorded_by": Entry(
            D.CONSENT_LEDGER, S.ORDINARY, R.AS_RECORD_AUDITED, _("The member of staff who recorded it.")
        ),
    },
    "clients.ClientDocument": {
        "id": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Number of the document in the database.")),
        "client": Entry(D.DOCUMENTS, S.ORDINARY, R.AS_RECORD_AUDITED, _("The record the document belongs to.")),
        "title": Entry(
            D.DOCUMENTS, S.ORDINARY, R.AS_RECORD_AUDITED,
            _("What the document is, as the caseworker named it; kept out of the audit log."),
        ),
        "content_type": Entry(
            D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED,
            _("PDF, JPEG or PNG, found from the content of the file."),
        ),
        "size": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Size of the file in bytes.")),
        "sha256": Entry(
            D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED,
            _("Checksum of the file; shows that a downloaded file is the one uploaded."),
        ),
        "file": Entry(
            D.DOCUMENTS, S.ORDINARY, R.AS_RECORD_AUDITED,
            _(
                "The file, stored under a random name and given out only to staff who may see the "
                "record's documents. A document can hold special categories (a medical certificate)."
            ),
        ),
        "uploaded_by": Entry(
            D.TECHNICAL, S.ORDINARY, R.AS_RECORD_AUDITED, _("The member of staff who uploaded it.")
        ),
        "uploaded_at": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("When it was uploaded.")),
    },
    # What erasure leaves (clients/rights.py): figures only, never linked back to the person.
    "clients.ErasedClient": {
        "id": Entry(D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("Number of the row in the database.")),
        "owner": Entry(D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("The organisation that kept the record.")),
        "created_month": Entry(
            D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("Month the record was created (not the day).")
        ),
        "erased_on": Entry(D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("Day the record was erased.")),
        "reason": Entry(
            D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("At the person's request, or the retention period ended.")
        ),
        "needs": Entry(D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("Need categories of the record, from the list.")),
        "preferred_language": Entry(
            D.STATISTICS, S.ANONYMOUS, R.STATISTICS, _("The language the person wanted to be served in.")
        ),
    },
}  # fmt: skip

# Journeys and referrals (onestop/journeys) hold data about the person too: they are part of the
# record (erased with it) and the register covers them.
J = D.JOURNEY
_T = Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("Number of the row in the database."))
_CLIENT = Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("The client record it belongs to."))
REGISTER.update({
    "journeys.Journey": {
        "id": _T, "client": _CLIENT,
        "template": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The journey template it was copied from.")),
        "name": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The name of the journey (the person's situation).")),
        "started_by": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Staff member who started it.")),
        "started_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When the journey started.")),
        "closed_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When the journey was closed.")),
    },
    "journeys.JourneyStep": {
        "id": _T,
        "journey": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("The journey it is a step of.")),
        "position": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Order of the step.")),
        "service": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The service where the step is done.")),
        "title": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Title of the step, if not the service's name.")),
        "what_to_bring": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("What to bring, if not the service's.")),
        "required": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Whether the step is required.")),
        "self_completable": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Whether the person may do it on their own.")),
        "prerequisites": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Steps needed first.")),
        "status": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The latest stamp's outcome.")),
    },
    "journeys.Stamp": {
        "id": _T,
        "step": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("The step stamped.")),
        "outcome": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Done, refused, not possible, waived, in progress.")),
        "reason": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Why a step was refused or not possible.")),
        "instead": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("What the person can do instead.")),
        "organisation": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The partner that stamped.")),
        "recorded_by": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Staff member who stamped.")),
        "recorded_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When it was stamped.")),
        "referral": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("The referral whose outcome it is.")),
    },
    "journeys.Referral": {
        "id": _T, "client": _CLIENT,
        "from_organisation": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The organisation that referred the person.")),
        "referred_by": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Staff member who referred.")),
        "service": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The service the person is referred to.")),
        "to_organisation": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The organisation the person is referred to.")),
        "journey_step": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The journey step the referral is for.")),
        "summary": Entry(D.NEEDS, S.ORDINARY, R.UNTIL_ERASURE,
                         _("Summary for the receiving desk; shown to it only while consent covers needs.")),
        "needs": Entry(D.NEEDS, S.ORDINARY, R.UNTIL_ERASURE, _("Need categories, under the same rule.")),
        "status": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Waiting, accepted, declined or completed.")),
        "decline_reason": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("Why the receiver declined.")),
        "outcome": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("The receiver's note on completion.")),
        "created_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When the referral was made.")),
        "due_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When an answer is due.")),
        "answered_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When it was answered.")),
        "completed_at": Entry(J, S.ORDINARY, R.UNTIL_ERASURE, _("When it was completed.")),
        "handled_by": Entry(D.TECHNICAL, S.TECHNICAL, R.AS_RECORD_AUDITED, _("Staff member who answered.")),
        "overdue_notified_at": Entry(D.TECHNICAL, S.TECHNICAL, R.UNTIL_ERASURE, _("When staff were told.")),
    },
})  # fmt: skip

# Models of other apps that hold data about a person (the rest of their models hold none).
PERSONAL_MODELS_ELSEWHERE = ("journeys.Journey", "journeys.JourneyStep", "journeys.Stamp", "journeys.Referral")


def client_models() -> list[type[Model]]:
    return list(apps.get_app_config("clients").get_models()) + [apps.get_model(m) for m in PERSONAL_MODELS_ELSEWHERE]


def _concrete_fields(model: type[Model]) -> list[models.Field[Any, Any]]:
    return [field for field in model._meta.get_fields() if isinstance(field, models.Field) and field.concrete]


def concrete_field_names(model: type[Model]) -> list[str]:
    """Fields stored for each row (many-to-many included), without reverse relations."""
    return [field.name for field in _concrete_fields(model)]


def unclassified_fields() -> list[str]:
    """'app.Model.field' for every stored field the register does not classify."""
    return [
        f"{model._meta.label}.{name}"
        for model in client_models()
        for name in concrete_field_names(model)
        if name not in REGISTER.get(model._meta.label, {})
    ]


def unknown_fields() -> list[str]:
    """'app.Model.field' for every register entry naming a model or field that does not exist."""
    existing = {model._meta.label: set(concrete_field_names(model)) for model in client_models()}
    return [
        f"{label}.{name}"
        for label, fields in REGISTER.items()
        for name in fields
        if name not in existing.get(label, set())
    ]


@dataclass(frozen=True)
class Row:
    model: type[Model]
    field: models.Field[Any, Any]
    entry: Entry

    @property
    def table(self) -> str:
        return str(self.model._meta.verbose_name)


def register_rows() -> Iterator[Row]:
    """The register in model and field order, for the page."""
    for model in client_models():
        entries = REGISTER.get(model._meta.label, {})
        for field in _concrete_fields(model):
            if field.name in entries:
                yield Row(model, field, entries[field.name])
