"""Who may manage journey templates, handle referrals and keep webhook subscriptions (django-rules)."""

from __future__ import annotations

from typing import Any

import rules

from onestop.accounts.models import Role
from onestop.accounts.roles import roles_of
from onestop.accounts.rules import is_coordinator, is_partner_admin

# Roles that work with people at a partner's desk: they stamp steps and send and answer referrals.
DESK_ROLES = frozenset({Role.CASEWORKER, Role.RECEPTION})


@rules.predicate
def works_at_a_desk(user: Any) -> bool:
    return any(role in DESK_ROLES for _org, role in roles_of(user))


rules.add_perm("journeys.manage_templates", is_coordinator)
# Referral lists: the desks of both sides, and the coordinator, who watches for overdue ones.
rules.add_perm("journeys.use_referrals", works_at_a_desk | is_coordinator)
rules.add_perm("journeys.manage_webhooks", is_partner_admin | is_coordinator)
