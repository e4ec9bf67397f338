"""Who may do what at the reception (django-rules); the role × view table pins them down."""

from __future__ import annotations

from typing import Any

import rules

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of
from onestop.accounts.rules import is_coordinator, is_partner_admin

DESK_ROLES = (Role.RECEPTION, Role.CASEWORKER)


@rules.predicate
def works_at_desks(user: Any) -> bool:
    return any(role in DESK_ROLES for _org, role in roles_of(user))


@rules.predicate
def is_reception(user: Any) -> bool:
    return has_role(user, Role.RECEPTION)


@rules.predicate
def works_at_this_desk(user: Any, desk: Any) -> bool:
    """Reception staff and caseworkers of the organisation the desk belongs to."""
    return desk is not None and any(has_role(user, role, desk.organisation_id) for role in DESK_ROLES)


# Check a person in (at the reception desk, or through the API) and look up tickets.
rules.add_perm("reception.check_in", is_coordinator | works_at_desks)
# Without an object: may work at some desk (shows the menu entry); with a desk: may operate it.
rules.add_perm("reception.use_desks", is_coordinator | works_at_desks)
rules.add_perm("reception.operate_desk", is_coordinator | works_at_this_desk)
# The coordinator's live view of queues, desks and interpreter needs.
rules.add_perm("reception.view_live", is_coordinator | is_reception)


@rules.predicate
def owns_series(user: Any, series: Any) -> bool:
    """The partner admin of the organisation whose service the series queues for."""
    return series is not None and has_role(user, Role.PARTNER_ADMIN, series.service.organisation_id)


@rules.predicate
def owns_desk(user: Any, desk: Any) -> bool:
    return desk is not None and has_role(user, Role.PARTNER_ADMIN, desk.organisation_id)


# Settings of a site's reception: without an object, may configure some site (shows the menu
# entry and the page); with a series or a desk, may change that one. Which sites and objects a
# partner admin reaches is in access.py.
rules.add_perm("reception.configure_site", is_coordinator | is_partner_admin)
rules.add_perm("reception.configure_series", is_coordinator | owns_series)
rules.add_perm("reception.configure_desk", is_coordinator | owns_desk)
# Priority weights are the shop's: one fair order for everybody.
rules.add_perm("reception.configure_priorities", is_coordinator)
rules.add_perm("reception.post_notices", is_coordinator | is_reception)
# The reception's start page: desk work, or settings.
rules.add_perm("reception.open_home", is_coordinator | works_at_desks | is_partner_admin)
