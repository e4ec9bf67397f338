"""Staff pages of interpreting, under /staff/interpreting/."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.interpreting import views

app_name = "interpreting"
urlpatterns: list[URLPattern] = [
    path("", views.inbox_view, name="inbox"),
]
