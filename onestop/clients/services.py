"""Every write to client records and the consent ledger; reads are audited here too."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from onestop.accounts.models import User
from onestop.audit.services import audit_record
from onestop.clients.models import (
    SPECIAL_CATEGORIES,
    Category,
    ClientRecord,
    ConsentGrant,
    ConsentWithdrawal,
    GivenHow,
    Purpose,
)
from onestop.directory.models import Organisation

CLIENT_FIELDS = (
    "name", "alias", "preferred_language", "date_of_birth", "nationality", "phone", "email", "household",
    "residence_status", "vulnerabilities", "needs", "needs_text", "notes",
)  # fmt: skip


def _audit(action: str, *, client: ClientRecord, by: User | None, request: HttpRequest | None, **data: Any) -> None:
    organisation = None
    if by is not None:
        organisation = Organisation.objects.filter(memberships__user=by).order_by("pk").first()
    audit_record(
        action=action, actor=by, organisation=organisation, request=request, object_type="client",
        object_id=client.pk, data=data,
    )  # fmt: skip


@transaction.atomic
def client_create(
    *, owner: Organisation, fields: dict[str, Any], by: User | None, request: HttpRequest | None = None
) -> ClientRecord:
    unknown = set(fields) - set(CLIENT_FIELDS)
    if unknown:
        raise TypeError(f"not a client field: {sorted(unknown)}")
    if not (fields.get("name") or fields.get("alias")):
        raise ValidationError(_("Enter a name or an alias."))
    client = ClientRecord.objects.create(owner=owner, **fields)
    _audit("client.created", client=client, by=by, request=request, fields=sorted(k for k, v in fields.items() if v))
    return client


@transaction.atomic
def client_update(
    *, client: ClientRecord, fields: dict[str, Any], by: User | None, request: HttpRequest | None = None
) -> ClientRecord:
    unknown = set(fields) - set(CLIENT_FIELDS)
    if unknown:
        raise TypeError(f"not a client field: {sorted(unknown)}")
    changed = sorted(field for field, value in fields.items() if getattr(client, field) != value)
    for field in changed:
        setattr(client, field, fields[field])
    if not (client.name or client.alias):
        raise ValidationError(_("Enter a name or an alias."))
    client.save()
    # The log names the fields that changed, never their values.
    _audit("client.changed", client=client, by=by, request=request, fields=changed)
    return client


def touch(client: ClientRecord) -> None:
    """Consents, documents and changes are activity: retention counts from the last one."""
    ClientRecord.objects.filter(pk=client.pk).update(last_activity_at=timezone.now())


def client_viewed(
    *, client: ClientRecord, by: User, categories: Iterable[str], request: HttpRequest | None = None
) -> None:
    """Every read of a record is in the audit log, with the parts that were shown."""
    _audit("client.viewed", client=client, by=by, request=request, categories=sorted(categories))


@transaction.atomic
def consent_grant(
    *,
    client: ClientRecord,
    recipient: Organisation | None,
    purpose: Purpose | str,
    categories: Iterable[str],
    given_how: GivenHow | str,
    language: str,
    explained_by: User | None,
    interpreter_present: bool = False,
    valid_until: date | None = None,
    notice_version: str = "1",
    request: HttpRequest | None = None,
) -> ConsentGrant:
    """Record a consent as the person gave it. Refused, with a reason, when it asks for
    something the rules never allow."""
    wanted = set(categories)
    if purpose not in Purpose.values:
        raise ValidationError(_("This purpose is not one for which records are shared."))
    if not wanted or not wanted <= set(Category.values):
        raise ValidationError(_("Choose what may be shared, from the list."))
    if given_how not in GivenHow.values:
        raise ValidationError(_("Say how the consent was given."))
    if recipient is None and wanted & SPECIAL_CATEGORIES:
        raise ValidationError(
            _("Residence status and vulnerabilities can only be shared with an organisation the person names.")
        )
    if recipient is not None and recipient.is_enforcement and client.owner.is_protected:
        raise ValidationError(
            _("Records of this organisation are never shared with the immigration office or the police.")
        )
    if recipient is not None and recipient.pk == client.owner_id:
        raise ValidationError(_("The organisation that keeps the record does not need consent to see it."))
    if valid_until is not None and valid_until < timezone.localdate():
        raise ValidationError(_("The end date of a consent cannot be in the past."))
    grant = ConsentGrant.objects.create(
        client=client,
        recipient=recipient,
        purpose=purpose,
        categories=sorted(wanted),
        given_how=given_how,
        language=language,
        explained_by=explained_by,
        interpreter_present=interpreter_present,
        valid_until=valid_until,
        notice_version=notice_version,
        given_at=timezone.now(),
    )
    touch(client)
    _audit(
        "consent.granted", client=client, by=explained_by, request=request, grant=grant.pk,
        recipient=recipient.pk if recipient else "all", purpose=str(purpose), categories=sorted(wanted),
    )  # fmt: skip
    return grant


@transaction.atomic
def consent_withdraw(*, grant: ConsentGrant, by: User | None, request: HttpRequest | None = None) -> ConsentWithdrawal:
    """Takes effect at once: the next request of the recipient finds nothing it covered."""
    locked = ConsentGrant.objects.select_for_update().get(pk=grant.pk)
    existing = ConsentWithdrawal.objects.filter(grant=locked).first()
    if existing is not None:
        return existing
    withdrawal = ConsentWithdrawal.objects.create(grant=locked, withdrawn_at=timezone.now(), recorded_by=by)
    _audit("consent.withdrawn", client=locked.client, by=by, request=request, grant=locked.pk)
    return withdrawal
