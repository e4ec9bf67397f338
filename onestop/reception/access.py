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
from onestop.reception.models import Desk, Ticket, TicketSeries
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


# Settings: the coordinator configures every site; a partner admin the series of their
# organisations' services and their organisations' desks, at the sites where those organisations
# run the site, offer a service or have a desk. Reception staff post notices at their sites.


def _admin_organisations(user: Any) -> list[int]:
    return sorted({org for org, role in roles_of(user) if role == Role.PARTNER_ADMIN})


def settings_organisations(user: Any) -> list[int] | None:
    """The organisations whose series and desks the user configures; None for all (coordinator)."""
    return None if has_role(user, Role.COORDINATOR) else _admin_organisations(user)


def configurable_sites(user: Any) -> QuerySet[Site]:
    if has_role(user, Role.COORDINATOR):
        return Site.objects.all()
    if not user.has_perm("reception.configure_site"):
        return Site.objects.none()
    orgs = _admin_organisations(user)
    desk_sites = Desk.objects.filter(organisation_id__in=orgs).values("site_id")
    service_sites = Site.objects.filter(services__organisation_id__in=orgs).values("pk")
    return Site.objects.filter(Q(organisation_id__in=orgs) | Q(pk__in=desk_sites) | Q(pk__in=service_sites))


def get_configurable_site(user: Any, slug: str) -> Site:
    site = configurable_sites(user).filter(slug=slug).first()
    if site is None:
        raise Http404
    return site


def configurable_series(user: Any, site: Site) -> QuerySet[TicketSeries]:
    rows = TicketSeries.objects.filter(site=site).select_related("service")
    if has_role(user, Role.COORDINATOR):
        return rows
    return rows.filter(service__organisation_id__in=_admin_organisations(user))


def get_configurable_series(user: Any, site: Site, series_id: int) -> TicketSeries:
    series = configurable_series(user, site).filter(pk=series_id).first()
    if series is None or not user.has_perm("reception.configure_series", series):
        raise Http404
    return series


def configurable_desks(user: Any, site: Site) -> QuerySet[Desk]:
    rows = Desk.objects.filter(site=site).select_related("organisation").prefetch_related("services")
    if has_role(user, Role.COORDINATOR):
        return rows
    return rows.filter(organisation_id__in=_admin_organisations(user))


def get_configurable_desk(user: Any, site: Site, desk_id: int) -> Desk:
    desk = configurable_desks(user, site).filter(pk=desk_id).first()
    if desk is None or not user.has_perm("reception.configure_desk", desk):
        raise Http404
    return desk


def get_notice_site(user: Any, slug: str) -> Site:
    """A site whose display notices the user keeps: the coordinator any, reception staff theirs."""
    if not user.has_perm("reception.post_notices"):
        raise Http404
    site = sites_for_user(user).filter(slug=slug).first()
    if site is None:
        raise Http404
    return site
