"""Public pages of the reception, under /queue/: kiosk, check-in by phone, ticket status, display."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401 - filled in by the views

from onestop.reception import views_public  # noqa: F401

app_name = "queue"
urlpatterns: list[URLPattern] = []
