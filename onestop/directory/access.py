from __future__ import annotations

import uuid
from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from onestop.accounts.access import organisations_staff_managed_by
from onestop.directory.models import Organisation, Service, Site
from onestop.directory.selectors import public_sites, published_services, with_public_details


def get_organisation_for_user(user: Any, organisation_id: int, *, to_manage: bool = False) -> Organisation:
    """Any staff member may look at the partner list; only the coordinator manages it."""
    perm = "directory.manage_organisations" if to_manage else "directory.view_organisations"
    if not user.has_perm(perm):
        raise Http404
    try:
        return Organisation.objects.get(pk=organisation_id)
    except Organisation.DoesNotExist:
        raise Http404 from None


# What the service page shows beyond a search result: whom to ask, and the access of each place.
SERVICE_PAGE_PREFETCHES = ("contacts__phones", "sites__accessibility", "sites__contacts__phones")


def get_published_service(service_id: uuid.UUID) -> Service:
    """A service as the public sees it; unpublished ones do not exist for visitors."""
    try:
        return (
            with_public_details(published_services()).prefetch_related(*SERVICE_PAGE_PREFETCHES).get(hsds_id=service_id)
        )
    except Service.DoesNotExist:
        raise Http404 from None


def services_editable_by(user: Any) -> QuerySet[Service]:
    if user.has_perm("directory.approve_services"):
        return Service.objects.all()
    return Service.objects.filter(organisation__in=organisations_staff_managed_by(user))


def get_service_for_editing(user: Any, service_id: int) -> Service:
    try:
        return services_editable_by(user).select_related("organisation").get(pk=service_id)
    except Service.DoesNotExist:
        raise Http404 from None


def organisations_for_new_services(user: Any) -> QuerySet[Organisation]:
    return organisations_staff_managed_by(user)


def get_public_site(slug: str) -> Site:
    try:
        return (
            public_sites().prefetch_related("closures", "languages", "accessibility", "contacts__phones").get(slug=slug)
        )
    except Site.DoesNotExist:
        raise Http404 from None


def get_site_for_editing(user: Any, slug: str) -> Site:
    """Places are the shop's: only the coordinator keeps their details."""
    if not user.has_perm("directory.manage_sites"):
        raise Http404
    try:
        return Site.objects.prefetch_related("accessibility", "contacts__phones").get(slug=slug)
    except Site.DoesNotExist:
        raise Http404 from None
