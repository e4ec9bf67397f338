"""DRF permissions backed by the same django-rules permissions as the HTML views."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request


def has_perm(perm: str) -> type[BasePermission]:
    """A permission class for one rules permission (without an object)."""

    class _HasPerm(BasePermission):
        def has_permission(self, request: Request, view: Any) -> bool:
            return bool(request.user and request.user.is_authenticated and request.user.has_perm(perm))

    _HasPerm.__name__ = f"HasPerm[{perm}]"
    return _HasPerm
