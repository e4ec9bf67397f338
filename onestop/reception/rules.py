"""Who may do what at the reception (django-rules); the role × view table pins them down."""

from __future__ import annotations

from typing import Any

import rules

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of
from onestop.accounts.rules import is_coordinator

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
