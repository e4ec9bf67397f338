"""Staff pages of the appointments, under /staff/appointments/."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401 - filled in by the views

from onestop.appointments import views  # noqa: F401

app_name = "appointments"
urlpatterns: list[URLPattern] = []
