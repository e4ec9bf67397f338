"""Slows down guessing of personal codes on the public stamp card: each address gets a number of
unknown codes per window, then waits. Counted in the cache (shared between app servers when the
cache is Redis)."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from onestop.core.http import client_ip


def _key(request: HttpRequest) -> str:
    return f"stamp-card-failures:{client_ip(request) or 'unknown'}"


def is_blocked(request: HttpRequest) -> bool:
    return int(cache.get(_key(request), 0)) >= settings.STAMP_CARD_MAX_FAILURES


def record_failure(request: HttpRequest) -> None:
    key = _key(request)
    # add() starts the window only once; incr() keeps its expiry.
    if not cache.add(key, 1, timeout=settings.STAMP_CARD_WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=settings.STAMP_CARD_WINDOW_SECONDS)
