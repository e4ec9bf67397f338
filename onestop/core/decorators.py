"""View decorators shared by all areas."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponseBase

ViewFunc = Callable[..., HttpResponseBase]


def staff_permission_required(perm: str) -> Callable[[ViewFunc], ViewFunc]:
    """Anonymous visitors go to the login page; staff without the permission get the same
    404 as for a page that does not exist, so nobody learns what lies behind it."""

    def decorator(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perm(perm):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
