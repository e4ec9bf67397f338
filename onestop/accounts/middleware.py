from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from onestop.accounts.roles import requires_two_factor
from onestop.core.http import wants_json


class RequireTwoFactorMiddleware:
    """A session that was not confirmed with a second factor ends as soon as its user holds a
    role that needs one (for example a role given while the person was logged in)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not user.is_verified() and requires_two_factor(user):  # type: ignore[attr-defined]
            logout(request)
            message = _("Your role needs a second factor. Please log in again.")
            if wants_json(request):
                return JsonResponse(
                    {"error": {"status": 401, "code": "second_factor_required", "message": message}}, status=401
                )
            messages.info(request, message)
            return redirect("accounts:login")
        return self.get_response(request)
