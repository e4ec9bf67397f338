from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from onestop.audit.selectors import audit_events
from onestop.core.decorators import staff_permission_required


@staff_permission_required("audit.view_log")
def audit_log_view(request: HttpRequest) -> HttpResponse:
    action = request.GET.get("action", "")[:60]
    actor = request.GET.get("actor", "")[:150]
    events = audit_events(action=action, actor=actor)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "audit/log.html", {"page": page, "action": action, "actor": actor})
