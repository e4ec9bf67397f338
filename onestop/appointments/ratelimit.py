"""Per-address limits for the public booking pages, counted in the cache (fixed windows).

Bots and slot traders book and guess codes by the hundred; a person books once or twice. The
limits are generous because a shelter or a shop's kiosk puts many people behind one address.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.http import HttpRequest

from onestop.core.http import client_ip

WINDOW_SECONDS = 60 * 60


def hit(request: HttpRequest, scope: str, limit: int, *, window: int = WINDOW_SECONDS) -> bool:
    """Count one attempt of ``scope`` from the request's address; False once over ``limit`` in
    the current window. Without a known address the attempt is counted under "unknown"."""
    address = client_ip(request) or "unknown"
    bucket = int(time.time()) // window
    key = f"ratelimit:{scope}:{address}:{bucket}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr: count from one again
        cache.set(key, 1, timeout=window + 60)
        count = 1
    return count <= limit


def retry_after(*, window: int = WINDOW_SECONDS) -> int:
    """Seconds until the current window ends."""
    return window - int(time.time()) % window
