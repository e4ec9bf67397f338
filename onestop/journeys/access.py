"""Who sees which journeys and referrals. Everything goes through the client record's own rules
(clients/access.py): a journey is the record's "journey" part; a referral shows the receiver the
person's identity and needs only while a live consent covers them. "Not allowed" is a 404."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from onestop.accounts.models import Role
from onestop.accounts.roles import roles_of
from onestop.clients.access import (
    ROLE_CATEGORIES,
    VisibleRecord,
    categories_for,
    get_client_for_user,
    live_grants,
    records_visible_to,
    viewer_of,
)
from onestop.clients.models import SPECIAL_CATEGORIES, Category, ClientRecord
from onestop.directory.models import Organisation
from onestop.journeys.models import Journey, Referral, ReferralStatus
from onestop.journeys.rules import DESK_ROLES


def desk_organisations(user: Any) -> set[int]:
    """Organisations where the user serves people (caseworker, reception)."""
    return {org for org, role in roles_of(user) if role in DESK_ROLES}


def coordinator_organisations(user: Any) -> set[int]:
    return {org for org, role in roles_of(user) if role == Role.COORDINATOR}


@dataclass(frozen=True)
class VisibleJourney:
    journey: Journey
    visible: VisibleRecord


def get_journey_for_user(user: Any, journey_id: int) -> VisibleJourney:
    """A journey, if the user sees the journey part of its record."""
    journey = Journey.objects.filter(pk=journey_id).select_related("client__owner").first()
    if journey is None:
        raise Http404
    visible = get_client_for_user(user, journey.client_id)
    if not visible.sees(Category.JOURNEY):
        raise Http404
    return VisibleJourney(journey, visible)


def may_adjust_journey(user: Any, record: ClientRecord) -> bool:
    """The keeping organisation's desk staff start and adjust a person's journey."""
    return record.owner_id in desk_organisations(user)


def shared_with(client: ClientRecord, organisation: Organisation) -> frozenset[str]:
    """The parts of the record a caseworker of `organisation` sees, by live consent (or ownership)."""
    if organisation.is_enforcement and client.owner.is_protected:
        return frozenset()
    if organisation.pk == client.owner_id:
        return ROLE_CATEGORIES[Role.CASEWORKER]
    seen: set[str] = set()
    for grant in live_grants().filter(client=client).filter(Q(recipient=organisation) | Q(recipient__isnull=True)):
        granted = set(grant.categories)
        seen |= granted if grant.recipient_id == organisation.pk else granted - SPECIAL_CATEGORIES
    return frozenset(seen)


@dataclass(frozen=True)
class VisibleReferral:
    referral: Referral
    categories: frozenset[str]
    receiving: bool  # the user answers it (else the user's organisation sent it)

    def sees(self, category: str) -> bool:
        return category in self.categories

    @property
    def overdue(self) -> bool:
        return is_overdue(self.referral)


def is_overdue(referral: Referral) -> bool:
    return referral.status == ReferralStatus.SENT and referral.due_at < timezone.now()


def referrals_of(user: Any) -> QuerySet[Referral]:
    """Referrals sent or received by the user's desks whose record the user still sees: without
    consent (or after it is withdrawn) the receiver finds nothing."""
    desks = desk_organisations(user)
    if not desks:
        return Referral.objects.none()
    visible = records_visible_to(user).values("pk")
    return (
        Referral.objects.filter(Q(to_organisation__in=desks) | Q(from_organisation__in=desks))
        .filter(client__in=visible)
        .select_related("service", "from_organisation", "to_organisation", "client__owner")
    )


def get_referral_for_user(user: Any, referral_id: int) -> VisibleReferral:
    referral = referrals_of(user).filter(pk=referral_id).first()
    if referral is None:
        raise Http404
    categories = categories_for(viewer_of(user), referral.client)
    if not categories:
        raise Http404
    receiving = referral.to_organisation_id in desk_organisations(user)
    return VisibleReferral(referral, categories, receiving)


def overdue_referrals() -> QuerySet[Referral]:
    """For the coordinator's overview: no personal data is shown from these."""
    return (
        Referral.objects.filter(status=ReferralStatus.SENT, due_at__lt=timezone.now())
        .select_related("service", "from_organisation", "to_organisation")
        .order_by("due_at", "pk")
    )
