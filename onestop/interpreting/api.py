"""The interpreting API under /api/v1/: requests and their actions, and the pool."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
