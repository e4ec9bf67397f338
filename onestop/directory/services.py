"""Every write to organisations (sites and services follow in the directory issue)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest

from onestop.accounts.models import User
from onestop.audit.services import audit_record
from onestop.directory.models import PROTECTED_BY_DEFAULT_KINDS, Organisation, OrganisationKind

EDITABLE_FIELDS = ("name", "kind", "description", "website", "email", "phone", "is_protected")


def protected_by_default(kind: str) -> bool:
    return kind in {k.value for k in PROTECTED_BY_DEFAULT_KINDS}


@transaction.atomic
def organisation_create(
    *,
    name: str,
    kind: OrganisationKind,
    created_by: User | None,
    description: str = "",
    website: str = "",
    email: str = "",
    phone: str = "",
    is_protected: bool | None = None,
    request: HttpRequest | None = None,
) -> Organisation:
    """Add a partner organisation; NGOs and migrant-led associations are protected unless
    said otherwise."""
    organisation = Organisation.objects.create(
        name=name,
        kind=kind,
        description=description,
        website=website,
        email=email,
        phone=phone,
        is_protected=protected_by_default(kind) if is_protected is None else is_protected,
    )
    audit_record(
        action="organisation.created",
        actor=created_by,
        organisation=organisation,
        request=request,
        object_type="organisation",
        object_id=organisation.pk,
        data={"name": name, "kind": kind.value, "is_protected": organisation.is_protected},
    )
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, changed_by: User | None, request: HttpRequest | None = None, **changes: Any
) -> Organisation:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    before = {field: getattr(organisation, field) for field in changes}
    for field, value in changes.items():
        setattr(organisation, field, value)
    organisation.save(update_fields=list(changes))
    changed = {field: [before[field], changes[field]] for field in changes if before[field] != changes[field]}
    if changed:
        audit_record(
            action="organisation.changed",
            actor=changed_by,
            organisation=organisation,
            request=request,
            object_type="organisation",
            object_id=organisation.pk,
            data={"changes": changed},
        )
    organisation.refresh_from_db(fields=["is_enforcement", "is_public_body"])
    return organisation
