"""The access history of a client record, for the data protection officer.

The officer oversees the whole shop, so this reaches the record of any organisation; it shows
who did and saw what and when, never the record's content.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from onestop.accounts.models import User
from onestop.audit.models import AuditEvent
from onestop.clients.access import viewer_of
from onestop.clients.models import ClientRecord
from onestop.clients.services import _audit


def get_record_for_history(user: Any, client_id: int) -> ClientRecord:
    """The record whose history `user` may read, or Http404 (the same for a missing record).

    The firewall holds here too: whoever works for an enforcement body never learns anything
    about a protected organisation's record, not even who looked at it.
    """
    if not user.has_perm("clients.view_access_history"):
        raise Http404
    record = ClientRecord.objects.select_related("owner").filter(pk=client_id).first()
    if record is None or (record.owner.is_protected and viewer_of(user).enforcement):
        raise Http404
    return record


def client_access_history(*, client_id: int) -> QuerySet[AuditEvent]:
    """Every audit event about the record, newest first."""
    return AuditEvent.objects.filter(object_type="client", object_id=str(client_id)).order_by("-seq")


def client_history_viewed(*, client: ClientRecord, by: User, request: HttpRequest | None = None) -> None:
    """Reading the history is itself in the history."""
    _audit("client.history_viewed", client=client, by=by, request=request)
