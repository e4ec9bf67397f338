"""The small map on service and place pages: progressive enhancement over the address,
directions and the OpenStreetMap link, which every page shows anyway.

A map appears only where the operator configured a tile server (`MAP_TILE_URL`), the place has
coordinates, and the browser runs JavaScript; then `onestop/map.js` loads the vendored Leaflet
and draws it. The page's security policy allows the tile host for images only, on those pages.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse


def tile_origin(template: str) -> str:
    """The origin a tile URL template loads images from, for the CSP's img-src. Leaflet's
    `{s}` subdomain placeholder becomes a wildcard; other placeholders may not be in the host."""
    parts = urlsplit(template)
    host = parts.netloc.replace("{s}", "*")
    if parts.scheme not in ("http", "https") or not host or "{" in host or "@" in host:
        example = "https://tiles.example.org/{z}/{x}/{y}.png"
        raise ValueError(f"MAP_TILE_URL must be an http(s) URL template such as {example}, not {template!r}")
    return f"{parts.scheme}://{host}"


def map_context() -> dict[str, Any]:
    """What the templates need to offer a map; an empty `map_tiles` means none."""
    return {"map_tiles": settings.MAP_TILE_URL, "map_attribution": settings.MAP_TILE_ATTRIBUTION}


def allow_tiles(response: HttpResponse, *, shown: bool) -> HttpResponse:
    """Let this response's page load tile images from the tile host (django-csp adds it to
    img-src for this response only)."""
    if shown and settings.MAP_TILE_URL:
        response._csp_update = {"img-src": [tile_origin(settings.MAP_TILE_URL)]}  # type: ignore[attr-defined]
    return response
