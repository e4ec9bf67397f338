"""Fetching accounts objects for a user: the object, or the same 404 as "does not exist"."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from onestop.accounts.models import Membership, Role
from onestop.accounts.roles import has_role, roles_of
from onestop.directory.models import Organisation


def organisations_staff_managed_by(user: Any) -> QuerySet[Organisation]:
    if has_role(user, Role.COORDINATOR):
        return Organisation.objects.all()
    ids = [org for org, role in roles_of(user) if role == Role.PARTNER_ADMIN]
    return Organisation.objects.filter(pk__in=ids)


def get_organisation_for_staff_management(user: Any, organisation_id: int) -> Organisation:
    try:
        return organisations_staff_managed_by(user).get(pk=organisation_id)
    except Organisation.DoesNotExist:
        raise Http404 from None


def get_membership_for_staff_management(user: Any, membership_id: int) -> Membership:
    try:
        return Membership.objects.select_related("user", "organisation").get(
            pk=membership_id, organisation__in=organisations_staff_managed_by(user)
        )
    except Membership.DoesNotExist:
        raise Http404 from None
