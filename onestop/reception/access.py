"""Which desks a user may operate and which tickets a user may see.

"Not yours" answers the same 404 as "does not exist", so nobody can probe for desks or tickets
of other organisations. The coordinator reaches every desk and ticket; reception staff and
caseworkers reach the desks of their organisations, and the tickets at the sites where their
organisations run the site or a desk.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of
from onestop.directory.models import Site
from onestop.reception.models import Desk, Ticket
from onestop.reception.rules import DESK_ROLES


def _desk_organisations(user: Any) -> list[int]:
    return sorted({org for org, role in roles_of(user) if role in DESK_ROLES})


def desks_for_user(user: Any) -> QuerySet[Desk]:
    """Active desks the user may operate."""
    desks = Desk.objects.filter(is_active=True)
    if has_role(user, Role.COORDINATOR):
        return desks
    return desks.filter(organisation_id__in=_desk_organisations(user))


def get_desk_for_user(user: Any, desk_id: int) -> Desk:
    desk = desks_for_user(user).select_related("site").filter(pk=desk_id).first()
    if desk is None or not user.has_perm("reception.operate_desk", desk):
        raise Http404
    return desk


def sites_for_user(user: Any) -> QuerySet[Site]:
    """Sites where the user checks people in and sees tickets."""
    if has_role(user, Role.COORDINATOR):
        return Site.objects.all()
    orgs = _desk_organisations(user)
    ids = Desk.objects.filter(organisation_id__in=orgs).values("site_id")
    return Site.objects.filter(Q(organisation_id__in=orgs) | Q(pk__in=ids))


def tickets_for_user(user: Any) -> QuerySet[Ticket]:
    if has_role(user, Role.COORDINATOR):
        return Ticket.objects.all()
    return Ticket.objects.filter(site__in=sites_for_user(user).values("pk"))


def get_ticket_for_user(user: Any, ticket_id: int) -> Ticket:
    ticket = tickets_for_user(user).select_related("series", "service", "site", "desk").filter(pk=ticket_id).first()
    if ticket is None:
        raise Http404
    return ticket
