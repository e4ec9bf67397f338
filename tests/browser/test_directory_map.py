"""The map on service and place pages: drawn with JavaScript and a configured tile server,
plain text (address, directions, a link to OpenStreetMap) without them."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page, Request
from pytest_django.live_server_helper import LiveServer

from onestop.directory.models import Service

from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]


@pytest.fixture
def tiles(settings: Any, live_server: LiveServer) -> str:
    """Fake tiles (any small PNG will do) from the live server under another host name than
    the pages, so that the page's policy has to let that origin in for the images to load."""
    url = urlsplit(live_server.url)
    other = "127.0.0.1" if url.hostname == "localhost" else "localhost"
    origin = f"http://{other}:{url.port}"
    settings.MAP_TILE_URL = origin + "/static/vendor/leaflet/images/layers.png?{z}/{x}/{y}"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, other]
    return origin


def watch(page: Page) -> tuple[list[str], list[str]]:
    """Messages about the security policy, and every image requested."""
    blocked: list[str] = []
    images: list[str] = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )

    def seen(request: Request) -> None:
        if request.resource_type == "image":
            images.append(request.url)

    page.on("request", seen)
    return blocked, images


def test_with_javascript_and_tiles_a_map_with_a_marker_appears(page: Page, tiles: str) -> None:
    blocked, images = watch(page)
    page.goto("/en/services/places/main/")
    page.wait_for_selector(".map.map-ready .leaflet-tile-loaded")
    assert page.locator(".map").is_visible()
    marker = page.locator(".leaflet-marker-icon")
    assert marker.get_attribute("alt") == "One-Stop-Shop Neustadt"
    assert any(url.startswith(tiles) for url in images)
    assert blocked == []
    # The text stays: address, directions and the link to OpenStreetMap.
    assert page.get_by_text("Marktplatz 1, 12345 Neustadt").is_visible()
    assert page.get_by_role("link", name="Show on a map").is_visible()


def test_the_map_on_a_service_page_passes_axe(page: Page, tiles: str) -> None:
    service = Service.objects.filter(sites__slug="main").order_by("id").first()
    assert service is not None
    blocked, _images = watch(page)
    page.goto(f"/ar/services/{service.hsds_id}/")
    page.wait_for_selector(".map.map-ready .leaflet-tile-loaded")
    violations: list[dict[str, Any]] = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 720})
        violations += Axe().run(page).response["violations"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    blocking = [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, describe(blocking)
    assert blocked == []


def test_without_javascript_the_page_shows_the_address_and_link_only(new_context: Any, tiles: str) -> None:
    context: BrowserContext = new_context(java_script_enabled=False)
    page = context.new_page()
    _blocked, images = watch(page)
    page.goto("/en/services/places/main/")
    assert page.locator(".map").count() == 1 and not page.locator(".map").is_visible()
    assert page.get_by_text("Marktplatz 1, 12345 Neustadt").is_visible()
    assert page.get_by_text("Step-free entrance on the left of the building.").is_visible()
    assert page.get_by_role("link", name="Show on a map").is_visible()
    assert page.get_by_text("Step-free entrance", exact=True).is_visible()  # the accessibility list
    assert not [url for url in images if url.startswith(tiles)]


def test_without_a_tile_server_there_is_no_map_even_with_javascript(page: Page) -> None:
    _blocked, images = watch(page)
    page.goto("/en/services/places/main/")
    assert page.locator(".map").count() == 0
    assert page.get_by_role("link", name="Show on a map").is_visible()
    assert not [url for url in images if "layers.png" in url]
