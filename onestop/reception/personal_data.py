"""What the reception keeps about a person with a client record, for export and erasure."""

from __future__ import annotations

from typing import Any

from onestop.clients.models import ClientRecord
from onestop.reception.models import Notification, Ticket


def export_tickets(client: ClientRecord) -> list[dict[str, Any]]:
    rows = Ticket.objects.filter(client=client).select_related("service", "site").order_by("arrived_at")
    return [
        {
            "ticket": t.code,
            "service": t.service.name,
            "site": t.site.name,
            "arrived_at": t.arrived_at.isoformat(),
            "status": t.status,
            "language": t.language,
            "priority": t.priority_reason,
            "outcome": t.outcome,
            "note": t.note,
            "phone": t.phone,
            "email": t.email,
        }
        for t in rows
    ]


def erase_tickets(client: ClientRecord) -> int:
    """Tickets stay for the statistics, without anything that points to the person."""
    tickets = Ticket.objects.filter(client=client)
    Notification.objects.filter(ticket__in=tickets).delete()
    return tickets.update(client=None, phone="", email="", note="", notify_position=None)
