"""Writing to and verifying the audit log."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from onestop.audit.models import AuditChainHead, AuditEvent
from onestop.core.http import client_ip

if TYPE_CHECKING:
    from onestop.accounts.models import User
    from onestop.directory.models import Organisation

GENESIS_HASH = "0" * 64
REDACTED = "[redacted]"
# Values under keys containing one of these words never reach the log.
SENSITIVE_KEY_PARTS = ("password", "token", "secret", "otp", "code", "key", "session")


def redact(data: Any) -> Any:
    if isinstance(data, dict):
        return {
            str(k): (REDACTED if any(part in str(k).lower() for part in SENSITIVE_KEY_PARTS) else redact(v))
            for k, v in data.items()
        }
    if isinstance(data, list | tuple):
        return [redact(v) for v in data]
    if data is None or isinstance(data, bool | int | str):
        return data
    return str(data)


def _event_hash(*, prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _hashed_fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "occurred_at": event.occurred_at.isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor_username": event.actor_username,
        "organisation_id": event.organisation_id,
        "organisation_name": event.organisation_name,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "ip_address": event.ip_address,
        "data": event.data,
    }


def audit_record(
    *,
    action: str,
    actor: User | None = None,
    username: str = "",
    organisation: Organisation | None = None,
    request: HttpRequest | None = None,
    object_type: str = "",
    object_id: str | int = "",
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain. Runs inside the caller's transaction, if any, so the
    event is stored exactly when the change it describes is."""
    with transaction.atomic():
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(id=1, defaults={"hash": GENESIS_HASH})
        event = AuditEvent(
            seq=head.seq + 1,
            occurred_at=timezone.now(),
            actor_id=actor.pk if actor is not None else None,
            actor_username=actor.get_username() if actor is not None else username[:150],
            organisation_id=organisation.pk if organisation is not None else None,
            organisation_name=organisation.name if organisation is not None else "",
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            ip_address=client_ip(request) if request is not None else None,
            data=redact(data or {}),
            prev_hash=head.hash,
        )
        event.hash = _event_hash(prev_hash=head.hash, fields=_hashed_fields(event))
        event.save(force_insert=True)
        head.seq, head.hash = event.seq, event.hash
        head.save(update_fields=["seq", "hash"])
    return event


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str


def audit_verify(*, batch_size: int = 2000) -> tuple[int, list[ChainProblem]]:
    """Walk the whole chain; return how many events were checked and every problem found."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    events = AuditEvent.objects.order_by("seq")
    for event in events.iterator(chunk_size=batch_size):
        checked += 1
        if event.seq != expected_seq:
            problems.append(ChainProblem(expected_seq, f"events {expected_seq}..{event.seq - 1} are missing"))
        if event.prev_hash != expected_prev:
            problems.append(ChainProblem(event.seq, "link to the previous event is broken"))
        if _event_hash(prev_hash=event.prev_hash, fields=_hashed_fields(event)) != event.hash:
            problems.append(ChainProblem(event.seq, "content was changed after it was written"))
        expected_prev = event.hash
        expected_seq = event.seq + 1
    head = AuditChainHead.objects.filter(id=1).first()
    if head is not None and (head.seq != expected_seq - 1 or head.hash != expected_prev):
        problems.append(ChainProblem(head.seq, f"events after {expected_seq - 1} were removed (head is at {head.seq})"))
    return checked, problems
