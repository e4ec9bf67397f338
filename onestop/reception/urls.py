"""Staff pages of the reception, under /staff/reception/."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401 - filled in by the views

from onestop.reception import views  # noqa: F401

app_name = "reception"
urlpatterns: list[URLPattern] = []
