"""Staff pages of interpreting."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from onestop.core.decorators import staff_permission_required


@staff_permission_required("interpreting.use_inbox")
def inbox_view(request: HttpRequest) -> HttpResponse:
    return render(request, "interpreting/inbox.html", {})
