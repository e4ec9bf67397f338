"""Who may book and see appointments, and who keeps the booking hours (django-rules).

Reception staff and caseworkers book for the services of their own organisation and see those
bookings; the coordinator books and sees all of them. The booking hours and settings of a service
belong to the partner admin of its organisation and to the coordinator.
"""

from __future__ import annotations

from typing import Any

import rules

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of
from onestop.accounts.rules import is_coordinator, is_partner_admin, owns_service

BOOKING_ROLES = (Role.RECEPTION, Role.CASEWORKER)


@rules.predicate
def books_appointments(user: Any) -> bool:
    return any(role in BOOKING_ROLES for _org, role in roles_of(user))


@rules.predicate
def books_for_service(user: Any, service: Any) -> bool:
    """Reception staff and caseworkers of the organisation that offers the service."""
    return service is not None and any(has_role(user, role, service.organisation_id) for role in BOOKING_ROLES)


# Without an object: may book for some service (shows the menu entry and the calendar list).
rules.add_perm("appointments.book_some", is_coordinator | books_appointments)
# With a service: may see its bookings, book, change, cancel and check people in.
rules.add_perm("appointments.book", is_coordinator | books_for_service)
# Booking hours and settings: without an object shows the entry, with a service allows the edit.
rules.add_perm("appointments.manage_some_hours", is_coordinator | is_partner_admin)
rules.add_perm("appointments.manage_hours", is_coordinator | owns_service)
# Either: the appointments start page.
rules.add_perm("appointments.use", is_coordinator | books_appointments | is_partner_admin)
