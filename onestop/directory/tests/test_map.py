from __future__ import annotations

import gzip
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from onestop.directory.apps import check_map_tiles
from onestop.directory.maps import tile_origin
from onestop.directory.models import Address, Organisation, OrganisationKind, Service, Site

CSS = Path(__file__).resolve().parents[2] / "static/onestop/onestop.css"
TILES = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"


@pytest.mark.parametrize(
    ("template", "origin"),
    [
        ("https://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org"),
        ("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "https://*.tiles.example.org"),
        ("http://127.0.0.1:8001/tiles/{z}/{x}/{y}.png?key=abc", "http://127.0.0.1:8001"),
    ],
)
def test_the_tile_host_is_the_origin_of_the_template(template: str, origin: str) -> None:
    assert tile_origin(template) == origin


@pytest.mark.parametrize(
    "template", ["tiles.example.org/{z}/{x}/{y}.png", "javascript:alert(1)", "https://{z}.example.org/", "ftp://x/"]
)
def test_a_tile_url_that_is_no_http_template_is_refused_at_start(settings: Any, template: str) -> None:
    with pytest.raises(ValueError, match="MAP_TILE_URL must be an http"):
        tile_origin(template)
    settings.MAP_TILE_URL = template
    assert [error.id for error in check_map_tiles()] == ["directory.E001"]
    settings.MAP_TILE_URL = ""
    assert check_map_tiles() == []


@pytest.fixture
def place(make_org: object) -> tuple[Site, Service]:
    org = make_org(OrganisationKind.NGO, name="Clinic")  # type: ignore[operator]
    assert isinstance(org, Organisation)
    site = Site.objects.create(
        name="Main site", slug="main", organisation=org, latitude=Decimal("51.5"), longitude=Decimal("7.46")
    )
    Address.objects.create(site=site, address_1="Marktplatz 1", postal_code="12345", city="Neustadt", country="DE")
    service = Service.objects.create(organisation=org, name="Legal advice", slug="legal")
    service.sites.set([site])
    return site, service


@pytest.mark.django_db
def test_without_a_tile_server_the_pages_have_no_map_and_no_script(client: Client, place: tuple[Site, Service]) -> None:
    _site, service = place
    for url in ("/en/services/places/main/", f"/en/services/{service.hsds_id}/"):
        response = client.get(url)
        page = response.content.decode()
        assert "<script" not in page and "data-map-tiles" not in page
        assert "Marktplatz 1, 12345 Neustadt" in page and "https://www.openstreetmap.org/?mlat=51.500000" in page
        assert "tiles.example.org" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_with_a_tile_server_pages_offer_a_map_and_allow_its_images_only(
    client: Client, place: tuple[Site, Service], settings: Any
) -> None:
    settings.MAP_TILE_URL = TILES
    site, service = place
    for url in ("/en/services/places/main/", f"/en/services/{service.hsds_id}/"):
        response = client.get(url)
        page = response.content.decode()
        assert '<script src="/static/onestop/map.js" defer></script>' in page
        assert f'data-map-tiles="{TILES}"' in page and 'data-lat="51.500000" data-lon="7.460000"' in page
        assert 'class="map" hidden role="region" aria-label="Map: Main site"' in page
        assert "https://www.openstreetmap.org/?mlat=51.500000" in page  # the plain link stays
        policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
        assert policy["img-src"] == "'self' data: https://*.tiles.example.org"
        assert "tiles.example.org" not in policy["script-src"] + policy["connect-src"] + policy["default-src"]
        assert "<script" not in page.replace('<script src="/static/onestop/map.js" defer></script>', "")
        assert len(gzip.compress(response.content)) + len(gzip.compress(CSS.read_bytes())) < 30 * 1024
    # Elsewhere, and for a place without coordinates, nothing changes.
    assert "tiles.example.org" not in client.get("/en/services/")["Content-Security-Policy"]
    Site.objects.filter(pk=site.pk).update(latitude=None, longitude=None)
    response = client.get("/en/services/places/main/")
    assert "data-map-tiles" not in response.content.decode() and "<script" not in response.content.decode()
    assert "tiles.example.org" not in response["Content-Security-Policy"]
