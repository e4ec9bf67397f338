"""The reception API: desks, tickets, desk actions and the display feed (under /api/v1/)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
