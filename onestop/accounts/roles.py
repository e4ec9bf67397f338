"""What roles a user holds, read once per request."""

from __future__ import annotations

from typing import Any

from onestop.accounts.models import ROLES_REQUIRING_TWO_FACTOR, Membership, Role

_CACHE_ATTR = "_onestop_roles"


def roles_of(user: Any) -> frozenset[tuple[int, str]]:
    """(organisation id, role) pairs of the user's memberships in active organisations."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        cached = frozenset(
            Membership.objects.filter(user=user, organisation__is_active=True).values_list("organisation_id", "role")
        )
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget_roles(user: Any) -> None:
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def has_role(user: Any, role: Role, organisation_id: int | None = None) -> bool:
    return any(r == role and (organisation_id is None or o == organisation_id) for o, r in roles_of(user))


def requires_two_factor(user: Any) -> bool:
    """Everybody who can see personal data logs in with a second factor."""
    if getattr(user, "is_superuser", False):
        return True
    return any(role in ROLES_REQUIRING_TWO_FACTOR for _, role in roles_of(user))
