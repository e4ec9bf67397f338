from __future__ import annotations

from django.db.models import QuerySet

from onestop.audit.models import AuditEvent


def audit_events(*, action: str = "", actor: str = "") -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.order_by("-seq")
    if action:
        events = events.filter(action__startswith=action)
    if actor:
        events = events.filter(actor_username__iexact=actor)
    return events
