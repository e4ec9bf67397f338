from __future__ import annotations

from typing import Any

from django.http import Http404

from onestop.directory.models import Organisation


def get_organisation_for_user(user: Any, organisation_id: int, *, to_manage: bool = False) -> Organisation:
    """Any staff member may look at the partner list; only the coordinator manages it."""
    perm = "directory.manage_organisations" if to_manage else "directory.view_organisations"
    if not user.has_perm(perm):
        raise Http404
    try:
        return Organisation.objects.get(pk=organisation_id)
    except Organisation.DoesNotExist:
        raise Http404 from None
