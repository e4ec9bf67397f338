"""The desks and tickets a user may ask an interpreter for; any other is "not found"."""

from __future__ import annotations

from django.http import Http404

from onestop.accounts.models import User
from onestop.reception.models import Desk, Ticket


def get_desk_for_user(user: User, desk_id: int) -> Desk:
    """An active desk the user may operate (reception.operate_desk), or Http404."""
    desk = Desk.objects.filter(pk=desk_id, is_active=True).select_related("site").first()
    if desk is None or not user.has_perm("reception.operate_desk", desk):
        raise Http404
    return desk


def get_ticket_for_user(user: User, ticket_id: int, desk: Desk | None = None) -> Ticket:
    """A ticket at the desk's site, or (without a desk) at a site where the user operates some
    desk; the coordinator may ask for any ticket. Otherwise Http404."""
    ticket = Ticket.objects.filter(pk=ticket_id).first()
    if ticket is None:
        raise Http404
    if desk is not None:
        allowed = desk.site_id == ticket.site_id
    elif user.has_perm("interpreting.coordinate"):
        allowed = True
    else:
        allowed = any(user.has_perm("reception.operate_desk", d) for d in Desk.objects.filter(site_id=ticket.site_id))
    if not allowed:
        raise Http404
    return ticket
