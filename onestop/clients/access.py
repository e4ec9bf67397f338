"""Who sees which parts of a client record: the owner's staff by role, other organisations as
far as live consent goes, and never an enforcement body a protected organisation's record.

"Not allowed" and "does not exist" raise the same Http404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from onestop.accounts.models import Membership, Role
from onestop.accounts.roles import roles_of
from onestop.clients.models import SPECIAL_CATEGORIES, Category, ClientRecord, ConsentGrant

C = Category
# The most each role may ever see of a record (of its own organisation, or shared with it).
ROLE_CATEGORIES: dict[str, frozenset[str]] = {
    Role.CASEWORKER: frozenset(Category),
    Role.DATA_PROTECTION_OFFICER: frozenset(Category),
    Role.RECEPTION: frozenset({C.IDENTITY, C.NEEDS, C.JOURNEY}),
    Role.COORDINATOR: frozenset({C.IDENTITY, C.NEEDS, C.JOURNEY}),
    Role.INTERPRETER: frozenset({C.IDENTITY}),
    Role.PARTNER_ADMIN: frozenset(),
    Role.ANALYST: frozenset(),
}


def live_grants(at: datetime | None = None) -> QuerySet[ConsentGrant]:
    """Grants not withdrawn and not expired."""
    today = timezone.localdate(at) if at else timezone.localdate()
    return ConsentGrant.objects.filter(withdrawal__isnull=True).filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=today)
    )


@dataclass(frozen=True)
class Viewer:
    """The organisations and roles a user acts in, and whether any of them enforces."""

    memberships: frozenset[tuple[int, str]]
    enforcement: bool

    @property
    def organisation_ids(self) -> set[int]:
        return {org for org, _role in self.memberships}


def viewer_of(user: Any) -> Viewer:
    memberships = roles_of(user)
    # Any membership in an enforcement body counts, even of one set inactive: the firewall
    # follows the person, not the organisation's state.
    enforcement = (
        bool(getattr(user, "is_authenticated", False))
        and Membership.objects.filter(user=user, organisation__is_enforcement=True).exists()
    )
    return Viewer(memberships=memberships, enforcement=enforcement)


def categories_for(viewer: Viewer, client: ClientRecord, grants: list[ConsentGrant] | None = None) -> frozenset[str]:
    """The parts of `client` the viewer may see; empty means the record does not exist for them."""
    # The firewall: whoever works for an enforcement body never sees a protected organisation's
    # records. No consent, role or setting changes this.
    if viewer.enforcement and client.owner.is_protected:
        return frozenset()
    if grants is None:
        grants = list(live_grants().filter(client=client))
    visible: set[str] = set()
    for organisation_id, role in viewer.memberships:
        allowed = ROLE_CATEGORIES.get(role, frozenset())
        if not allowed:
            continue
        if organisation_id == client.owner_id:
            visible |= allowed
            continue
        for grant in grants:
            if grant.recipient_id == organisation_id:
                visible |= allowed & set(grant.categories)
            elif grant.recipient_id is None:
                # A grant to all partners never carries the special categories: residence status
                # and vulnerabilities go only to an organisation the person named.
                visible |= (allowed & set(grant.categories)) - SPECIAL_CATEGORIES
    return frozenset(visible)


def records_visible_to(user: Any) -> QuerySet[ClientRecord]:
    """Every record the user sees some part of: for lists and searches, which therefore never
    reveal a record the user may not see."""
    viewer = viewer_of(user)
    seeing = {org for org, role in viewer.memberships if ROLE_CATEGORIES.get(role)}
    if not seeing:
        return ClientRecord.objects.none()
    shared_ids: set[int] = set()
    grants = live_grants().filter(Q(recipient_id__in=seeing) | Q(recipient__isnull=True))
    for client_id, recipient_id, granted in grants.values_list("client_id", "recipient_id", "categories"):
        # The same test as categories_for: a grant counts only if it covers something the role sees.
        for organisation_id, role in viewer.memberships:
            allowed = ROLE_CATEGORIES.get(role, frozenset()) & set(granted)
            if (recipient_id == organisation_id and allowed) or (recipient_id is None and allowed - SPECIAL_CATEGORIES):
                shared_ids.add(client_id)
                break
    records = ClientRecord.objects.filter(Q(owner_id__in=seeing) | Q(pk__in=shared_ids))
    if viewer.enforcement:
        records = records.exclude(owner__is_protected=True)
    # An archived record (clients/rights.py, retention) has left daily work: until it is erased,
    # only the keeping organisation's data protection officer still reads it.
    protecting = {org for org, role in viewer.memberships if role == Role.DATA_PROTECTION_OFFICER}
    records = records.filter(Q(archived_at__isnull=True) | Q(owner_id__in=protecting))
    return records.select_related("owner")


@dataclass(frozen=True)
class VisibleRecord:
    record: ClientRecord
    categories: frozenset[str]

    def sees(self, category: str) -> bool:
        return category in self.categories


def get_client_for_user(user: Any, client_id: int) -> VisibleRecord:
    try:
        record = records_visible_to(user).get(pk=client_id)
    except ClientRecord.DoesNotExist:
        raise Http404 from None
    categories = categories_for(viewer_of(user), record)
    if not categories:
        raise Http404
    return VisibleRecord(record, categories)


def get_client_by_code_for_user(user: Any, code: str) -> VisibleRecord:
    """A record from the personal code a person shows at a desk, as far as the user may see it."""
    try:
        record = records_visible_to(user).get(code=normalise_code(code))
    except ClientRecord.DoesNotExist:
        raise Http404 from None
    return get_client_for_user(user, record.pk)


# Roles that keep records at their organisation: they create them and record consent.
KEEPING_ROLES = (Role.CASEWORKER, Role.RECEPTION)


def keeping_organisations(user: object) -> list[int]:
    return sorted({org for org, role in roles_of(user) if role in KEEPING_ROLES})


def may_keep(user: object, owner_id: int) -> bool:
    return owner_id in keeping_organisations(user)


def client_for_consent_on_the_spot(user: Any, code: str) -> ClientRecord | None:
    """The record behind a personal code the person shows at a desk of an organisation that
    does not see it yet, so the person can consent there and then. None — the same answer as
    for an unknown code — where the firewall forbids it or the user keeps no records."""
    keeping = keeping_organisations(user)
    if not keeping:
        return None
    record = ClientRecord.objects.select_related("owner").filter(code=normalise_code(code)).first()
    if record is None or record.owner_id in keeping:
        return None
    if record.owner.is_protected and viewer_of(user).enforcement:
        return None
    return record


def normalise_code(code: str) -> str:
    return code.strip().upper().replace(" ", "").replace("-", "")
