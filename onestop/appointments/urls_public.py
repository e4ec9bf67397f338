"""Public pages of the appointments, under /book/: online booking, confirmation, change and cancel."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401 - filled in by the views

from onestop.appointments import views_public  # noqa: F401

app_name = "book"
urlpatterns: list[URLPattern] = []
