"""The public home page, the staff start page, the health check and the error pages."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from onestop.accounts.models import Role
from onestop.accounts.roles import roles_of
from onestop.core.decorators import staff_permission_required
from onestop.core.http import wants_json
from onestop.directory.selectors import public_sites, weekly_hours


def home_view(request: HttpRequest) -> HttpResponse:
    sites = [{"site": site, "days": weekly_hours(site)} for site in public_sites()]
    return render(request, "core/home.html", {"sites": sites})


@staff_permission_required("core.view_dashboard")
def dashboard_view(request: HttpRequest) -> HttpResponse:
    roles = roles_of(request.user)
    context: dict[str, Any] = {
        "memberships": request.user.memberships.select_related("organisation"),  # type: ignore[union-attr]
        "role_values": {role for _, role in roles},
        "Role": Role,
    }
    return render(request, "core/dashboard.html", context)


def healthz_view(request: HttpRequest) -> HttpResponse:
    """For load balancers: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return JsonResponse({"status": "ok"})


def _error_page(request: HttpRequest, status: int, code: str, template: str) -> HttpResponse:
    from django.utils.translation import gettext as _

    messages = {
        400: _("The request could not be understood."),
        403: _("You may not do this."),
        404: _("This page does not exist."),
        500: _("Something went wrong on our side. Please try again in a moment."),
    }
    if wants_json(request):
        return JsonResponse({"error": {"status": status, "code": code, "message": messages[status]}}, status=status)
    return render(request, template, {"message": messages[status]}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error_page(request, 400, "bad_request", "400.html")


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error_page(request, 403, "forbidden", "403.html")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error_page(request, 404, "not_found", "404.html")


def server_error(request: HttpRequest) -> HttpResponse:
    return _error_page(request, 500, "server_error", "500.html")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    from django.utils.translation import gettext as _

    message = _("This form has expired or was sent from elsewhere. Go back, reload the page and send it again.")
    if wants_json(request):
        return JsonResponse({"error": {"status": 403, "code": "csrf_failed", "message": message}}, status=403)
    return render(request, "403.html", {"message": message}, status=403)
