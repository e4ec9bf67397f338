"""The person's rights over their record: a copy of everything held about them (GDPR art. 15 and
20), erasure (art. 17), and the retention periods after which a record nobody worked on is
archived and then erased (art. 5(1)(e)).

Erasure leaves the audit log as it is: its events about a record hold ids, field names and
categories, never the values (clients/services.py), so nothing in them names the person, and
the hash chain stays whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, cast

from django.conf import settings
from django.core.files.storage import Storage
from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from onestop.accounts.models import User
from onestop.audit.models import AuditEvent
from onestop.audit.services import audit_record
from onestop.clients.models import (
    ClientDocument,
    ClientRecord,
    ConsentGrant,
    ConsentWithdrawal,
    ErasedClient,
    ErasureReason,
)
from onestop.directory.models import Organisation

logger = logging.getLogger(__name__)

EXPORT_FORMAT = "onestop-client-export/1"
# The audit log's actor name for what the retention rule does on its own.
RETENTION_ACTOR = "retention"

# What the person reads in their copy for each audit action; an action not listed is shown as is.
ACTION_LABELS: dict[str, Promise] = {
    "client.created": _("The record was created"),
    "client.changed": _("The record was changed"),
    "client.viewed": _("The record was read"),
    "client.exported": _("A copy of the record was made"),
    "client.archived": _("The record was archived"),
    "client.document_added": _("A document was added"),
    "client.document_downloaded": _("A document was downloaded"),
    "consent.granted": _("A consent was recorded"),
    "consent.withdrawn": _("A consent was withdrawn"),
}


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat()
    return value.isoformat()


def _record_fields(record: ClientRecord) -> dict[str, Any]:
    return {
        "personal_code": record.code,
        "name": record.name,
        "alias": record.alias,
        "preferred_language": record.preferred_language,
        "date_of_birth": _iso(record.date_of_birth),
        "nationality": record.nationality,
        "phone": record.phone,
        "email": record.email,
        "household": record.household,
        "residence_status": record.residence_status,
        "vulnerabilities": list(record.vulnerabilities),
        "needs": list(record.needs),
        "needs_text": record.needs_text,
        "notes": record.notes,
        "created_at": _iso(record.created_at),
        "last_activity_at": _iso(record.last_activity_at),
        "archived_at": _iso(record.archived_at),
    }


def _consents(record: ClientRecord) -> list[dict[str, Any]]:
    withdrawn = dict(ConsentWithdrawal.objects.filter(grant__client=record).values_list("grant_id", "withdrawn_at"))
    grants = ConsentGrant.objects.filter(client=record).select_related("recipient").order_by("given_at", "pk")
    return [
        {
            "id": grant.pk,
            # None: every partner organisation of the shop.
            "shared_with": (
                {"id": grant.recipient.pk, "name": grant.recipient.name} if grant.recipient is not None else None
            ),
            "purpose": grant.purpose,
            "categories": list(grant.categories),
            "given_how": grant.given_how,
            "language": grant.language,
            "interpreter_present": grant.interpreter_present,
            "notice_version": grant.notice_version,
            "given_at": _iso(grant.given_at),
            "valid_until": _iso(grant.valid_until),
            "withdrawn_at": _iso(withdrawn.get(grant.pk)),
        }
        for grant in grants
    ]


def _documents(record: ClientRecord) -> list[dict[str, Any]]:
    return [
        {
            "id": document.pk,
            "title": document.title,
            "content_type": document.content_type,
            "size": document.size,
            "sha256": document.sha256,
            "uploaded_at": _iso(document.uploaded_at),
        }
        for document in ClientDocument.objects.filter(client=record).order_by("uploaded_at", "pk")
    ]


def _access_history(record: ClientRecord) -> list[dict[str, Any]]:
    """Every audit event about the record: when, which organisation, what. Staff names and
    addresses stay out; the details are the ids and field names the log keeps anyway."""
    events = AuditEvent.objects.filter(object_type="client", object_id=str(record.pk)).order_by("seq")
    return [
        {
            "at": _iso(event.occurred_at),
            "organisation": event.organisation_name,
            "action": event.action,
            "details": event.data,
        }
        for event in events
    ]


@dataclass(frozen=True)
class PersonalDataHolder:
    """Another area that keeps data linked to a client record (tickets, bookings, ...): what it
    adds to the person's export, and how it removes or anonymises that data on erasure."""

    name: str
    export: Callable[[ClientRecord], list[dict[str, Any]]]
    erase: Callable[[ClientRecord], int]


_HOLDERS: dict[str, PersonalDataHolder] = {}


def register_holder(holder: PersonalDataHolder) -> None:
    """Called by each area's AppConfig.ready(); the clients app imports no other area."""
    _HOLDERS[holder.name] = holder


def client_export(*, client: ClientRecord, by: User, request: HttpRequest | None = None) -> dict[str, Any]:
    """Everything held about the person, JSON-ready. The caller has checked that `by` may export
    this record. The export is audited first, so the copy lists itself in its access history."""
    with transaction.atomic():
        audit_record(
            action="client.exported", actor=by, organisation=client.owner, request=request,
            object_type="client", object_id=client.pk,
        )  # fmt: skip
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _iso(timezone.now()),
            "kept_by": {"id": client.owner.pk, "name": client.owner.name},
            "record": _record_fields(client),
            "consents": _consents(client),
            "documents": _documents(client),
            **{name: holder.export(client) for name, holder in sorted(_HOLDERS.items())},
            "access_history": _access_history(client),
        }


@dataclass(frozen=True)
class ErasureSummary:
    """What erasure removes, and what stays, for the confirmation page."""

    consents: int
    withdrawals: int
    documents: int
    audit_events: int


def erasure_summary(client: ClientRecord) -> ErasureSummary:
    return ErasureSummary(
        consents=ConsentGrant.objects.filter(client=client).count(),
        withdrawals=ConsentWithdrawal.objects.filter(grant__client=client).count(),
        documents=ClientDocument.objects.filter(client=client).count(),
        audit_events=AuditEvent.objects.filter(object_type="client", object_id=str(client.pk)).count(),
    )


def _delete_files(storage: Storage, names: Iterable[str]) -> None:
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            # The row is gone already; an operator has to remove the file by hand.
            logger.exception("could not delete the file of an erased client document: %s", name)


def client_erase(
    *,
    client: ClientRecord,
    by: User | None,
    request: HttpRequest | None = None,
    reason: ErasureReason = ErasureReason.REQUEST,
) -> None:
    """Remove everything about the person: the record, its consents and withdrawals, its
    documents and their files. Leaves one ErasedClient row of anonymous figures. The caller has
    checked that `by` may erase it; `by` is None when the retention rule erases."""
    with transaction.atomic():
        record = ClientRecord.objects.select_for_update().filter(pk=client.pk).select_related("owner").first()
        if record is None:
            return  # erased already: a repeat changes nothing
        files = [name for name in ClientDocument.objects.filter(client=record).values_list("file", flat=True) if name]
        consents = ConsentGrant.objects.filter(client=record).count()
        created = timezone.localtime(record.created_at).date()
        ErasedClient.objects.create(
            owner=record.owner,
            created_month=created.replace(day=1),
            erased_on=timezone.localdate(),
            reason=reason,
            needs=sorted({str(need) for need in record.needs}),
            preferred_language=record.preferred_language,
        )
        record_id = record.pk
        for holder in _HOLDERS.values():
            holder.erase(record)
        record.delete()  # consents, withdrawals and documents go with it (on_delete=CASCADE)
        audit_record(
            action="client.erased", actor=by, username="" if by is not None else RETENTION_ACTOR,
            organisation=record.owner, request=request, object_type="client", object_id=record_id,
            data={"reason": str(reason), "consents": consents, "documents": len(files)},
        )  # fmt: skip
        storage = cast(models.FileField, ClientDocument._meta.get_field("file")).storage
        # Files are not part of the transaction: they go only once the erasure is committed.
        transaction.on_commit(lambda: _delete_files(storage, files))


def client_archive(*, client: ClientRecord, older_than: datetime) -> bool:
    """Archive the record if it is still without activity since `older_than`; True if it was."""
    with transaction.atomic():
        # update() leaves last_activity_at alone (auto_now acts only on save()): archiving is
        # not activity.
        archived = ClientRecord.objects.filter(
            pk=client.pk, archived_at__isnull=True, last_activity_at__lt=older_than
        ).update(archived_at=timezone.now())
        if archived:
            audit_record(
                action="client.archived", username=RETENTION_ACTOR, organisation=client.owner,
                object_type="client", object_id=client.pk,
            )  # fmt: skip
    return bool(archived)


@dataclass
class RetentionPlan:
    """The records the retention rule archives and erases, by keeping organisation."""

    archive_before: datetime
    erase_before: datetime
    organisations: dict[int, str] = field(default_factory=dict)
    archive: dict[int, list[int]] = field(default_factory=dict)
    erase: dict[int, list[int]] = field(default_factory=dict)

    @property
    def archive_count(self) -> int:
        return sum(len(ids) for ids in self.archive.values())

    @property
    def erase_count(self) -> int:
        return sum(len(ids) for ids in self.erase.values())


def retention_plan(*, now: datetime | None = None) -> RetentionPlan:
    """Which records are due: without activity for CLIENT_ERASE_AFTER_DAYS, erased; for
    CLIENT_ARCHIVE_AFTER_DAYS and not archived yet, archived. Changes nothing."""
    now = now or timezone.now()
    plan = RetentionPlan(
        archive_before=now - timedelta(days=settings.CLIENT_ARCHIVE_AFTER_DAYS),
        erase_before=now - timedelta(days=settings.CLIENT_ERASE_AFTER_DAYS),
    )
    rows = ClientRecord.objects.filter(last_activity_at__lt=max(plan.archive_before, plan.erase_before))
    for pk, owner_id, last_activity_at, archived_at in rows.order_by("owner_id", "pk").values_list(
        "pk", "owner_id", "last_activity_at", "archived_at"
    ):
        if last_activity_at < plan.erase_before:
            plan.erase.setdefault(owner_id, []).append(pk)
        elif archived_at is None and last_activity_at < plan.archive_before:
            plan.archive.setdefault(owner_id, []).append(pk)
    owners = set(plan.archive) | set(plan.erase)
    plan.organisations = dict(Organisation.objects.filter(pk__in=owners).values_list("pk", "name"))
    return plan


def retention_apply(*, plan: RetentionPlan) -> RetentionPlan:
    """Carry out a plan, one record per transaction; returns what was done. A record that saw
    activity since the plan was made is left alone."""
    done = RetentionPlan(
        archive_before=plan.archive_before, erase_before=plan.erase_before, organisations=plan.organisations
    )
    for owner_id, ids in plan.erase.items():
        for record in ClientRecord.objects.filter(pk__in=ids).select_related("owner"):
            with transaction.atomic():
                locked = ClientRecord.objects.select_for_update().filter(pk=record.pk).first()
                if locked is None or locked.last_activity_at >= plan.erase_before:
                    continue
                client_erase(client=locked, by=None, reason=ErasureReason.RETENTION)
            done.erase.setdefault(owner_id, []).append(record.pk)
    for owner_id, ids in plan.archive.items():
        for record in ClientRecord.objects.filter(pk__in=ids).select_related("owner"):
            if client_archive(client=record, older_than=plan.archive_before):
                done.archive.setdefault(owner_id, []).append(record.pk)
    return done


def retention_report(plan: RetentionPlan) -> list[str]:
    """The plan as lines for the operator: counts per organisation and the record ids."""
    lines: list[str] = []
    for title, before, groups in (
        ("Archive", plan.archive_before, plan.archive),
        ("Erase", plan.erase_before, plan.erase),
    ):
        total = sum(len(ids) for ids in groups.values())
        since = timezone.localtime(before).date().isoformat()
        lines.append(f"{title}: {total} record(s) without activity since {since}")
        for owner_id, ids in sorted(groups.items(), key=lambda item: plan.organisations.get(item[0], "")):
            name = plan.organisations.get(owner_id, f"#{owner_id}")
            lines.append(f"  {name} (#{owner_id}): {len(ids)} — ids {', '.join(str(pk) for pk in sorted(ids))}")
    return lines
