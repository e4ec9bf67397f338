from __future__ import annotations

import gzip
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import segno
import zxingcpp
from django.conf import settings
from django.test import Client
from pypdf import PageObject, PdfReader

from onestop.directory.models import Address, Organisation, OrganisationKind, Service, ServiceStatus, Site, TextOrigin
from onestop.directory.posters import poster_pdf
from onestop.directory.services import service_text_save

CSS = Path(__file__).resolve().parents[2] / "static/onestop/onestop.css"
ALL_LANGUAGES = [code for code, _ in settings.LANGUAGES]
MM = 72 / 25.4  # PDF points per millimetre
A4 = (210 * MM, 297 * MM)


@pytest.fixture
def directory(make_org: Callable[..., Organisation]) -> dict[str, object]:
    ngo = make_org(OrganisationKind.NGO, name="Refugee Law Clinic")
    site = Site.objects.create(name="Main site", slug="main", organisation=ngo)
    Address.objects.create(site=site, address_1="Marktplatz 1", postal_code="12345", city="Neustadt", country="DE")
    legal = Service.objects.create(organisation=ngo, name="Legal advice", slug="legal")
    legal.sites.set([site])
    for language, name in (("ar", "استشارة قانونية"), ("uk", "Правова допомога"), ("fa", "مشاوره حقوقی")):
        service_text_save(service=legal, language=language, texts={"name": name}, origin=TextOrigin.HUMAN, by=None)
    return {
        "site": site,
        "legal": legal,
        "hidden_site": Site.objects.create(name="Back office", slug="back-office", organisation=ngo, is_public=False),
        "defunct": Service.objects.create(
            organisation=ngo, name="Old hotline", slug="old", status=ServiceStatus.DEFUNCT
        ),
        "pending": Service.objects.create(organisation=ngo, name="Not approved", slug="new", is_approved=False),
    }


def the_page(pdf: bytes) -> PageObject:
    """The poster's only page, checked to be A4 portrait."""
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.5)
    return page


def qr_codes(page: PageObject) -> list[str]:
    """What the QR codes on the page say, in the order they are drawn."""
    found = []
    for image in page.images:
        results = zxingcpp.read_barcodes(image.image)
        assert len(results) == 1, image.name
        found.append(results[0].text)
    return found


def qr_widths_mm(pdf: bytes) -> list[float]:
    """The printed width of each QR image, read from the drawing operators of the page."""
    content = the_page(pdf).get_contents()
    assert content is not None
    drawn = re.findall(rb"([\d.]+) 0 0 ([\d.]+) [\d.-]+ [\d.-]+ cm\s*/I\w+ Do", content.get_data())
    return [float(width) / MM for width, _height in drawn]


def url(language: str, path: str) -> str:
    return f"http://testserver/{language}/services/{path}"


@pytest.mark.django_db
def test_service_poster_has_the_title_and_a_qr_code_of_the_page_in_each_chosen_language(
    client: Client, directory: dict[str, object]
) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)

    response = client.get(f"/en/services/{legal.hsds_id}/poster.pdf?languages=uk&languages=ar&languages=en")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="poster-legal.pdf"'
    # Chrome's PDF viewer does not open under the pages' policy (object-src 'none').
    assert "Content-Security-Policy" not in response
    page = the_page(response.content)
    # In the order of the language menu, whatever the order asked.
    assert qr_codes(page) == [url(code, f"{legal.hsds_id}/") for code in ("en", "ar", "uk")]
    text = page.extract_text()
    for expected in ("Legal advice", "Refugee Law Clinic", "English", "Українська", "Правова допомога"):
        assert expected in text
    assert "http://" not in text and f"testserver/uk/services/{legal.hsds_id}/" in text.replace("\n", "")


@pytest.mark.django_db
def test_arabic_and_farsi_titles_are_shaped_with_the_vendored_font(
    client: Client, directory: dict[str, object]
) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)

    response = client.get(f"/ar/services/{legal.hsds_id}/poster.pdf?languages=ar&languages=fa")

    page = the_page(response.content)
    fonts = {font.get_object()["/BaseFont"].split("+")[-1] for font in page["/Resources"]["/Font"].values()}
    assert fonts == {"DejaVuSansBook", "DejaVuSansBold"}
    text = page.extract_text()
    # The text layer gives the letters back in reading order, so shaping kept them intact.
    for expected in ("العربية", "استشارة قانونية", "فارسی", "مشاوره حقوقی"):
        assert expected in text


@pytest.mark.django_db
def test_without_a_choice_the_site_poster_has_all_twelve_languages(
    client: Client, directory: dict[str, object]
) -> None:
    response = client.get("/de/services/places/main/poster.pdf")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="poster-main.pdf"'
    page = the_page(response.content)
    assert qr_codes(page) == [url(code, "places/main/") for code in ALL_LANGUAGES]
    text = page.extract_text()
    assert text.count("Main site") == 13  # the heading and every cell
    assert "Marktplatz 1, 12345 Neustadt" in text


@pytest.mark.django_db
def test_unknown_languages_get_a_clear_message(client: Client, directory: dict[str, object]) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)

    for address in (f"/en/services/{legal.hsds_id}/poster.pdf", "/en/services/places/main/poster.pdf"):
        response = client.get(address, {"languages": ["ar", "xx", "<b>"]})
        assert response.status_code == 400
        page = response.content.decode()
        assert "A poster can only be made in these languages: en, de, el, sv, ro, bg, ar, fa, uk, ru, tr, fr." in page
        assert "Unknown: xx, &lt;b&gt;." in page


@pytest.mark.django_db
def test_unpublished_services_and_hidden_sites_have_no_poster(client: Client, directory: dict[str, object]) -> None:
    for key in ("defunct", "pending"):
        service = directory[key]
        assert isinstance(service, Service)
        response = client.get(f"/en/services/{service.hsds_id}/poster.pdf?languages=xx")
        assert response.status_code == 404
        assert service.name not in response.content.decode()
    assert client.get("/en/services/places/back-office/poster.pdf").status_code == 404


def test_qr_codes_stay_scannable_with_twelve_languages_and_grow_with_fewer() -> None:
    address = "https://onestop.example.org/fa/services/3f2a5c1e-8b7d-4f3c-9a1b-2c3d4e5f6a7b/"
    modules, _ = segno.make_qr(address, error="m").symbol_size(border=0)
    with_quiet_zone = modules + 8

    def widths(count: int) -> list[float]:
        languages = ALL_LANGUAGES[:count]
        pdf = poster_pdf(
            title_by_language=dict.fromkeys(languages, "Legal advice"),
            url_by_language=dict.fromkeys(languages, address),
            heading="Legal advice",
        )
        return qr_widths_mm(pdf)

    twelve = widths(12)
    assert len(twelve) == 12
    # The code itself, without its quiet zone, is at least 3 cm wide.
    assert min(twelve) * modules / with_quiet_zone >= 30
    assert min(widths(4)) > min(twelve) * 1.3
    assert min(widths(1)) >= 100


def test_long_titles_are_cut_to_fit_their_cell() -> None:
    title = "Conseil juridique gratuit sur le droit d'asile, le séjour et le regroupement familial " * 3
    pdf = poster_pdf(
        title_by_language={"fr": title, "ar": "استشارة قانونية " * 20},
        url_by_language={"fr": "https://example.org/fr/", "ar": "https://example.org/ar/"},
        heading="A very long heading " * 10,
        subtitle="Refugee Law Clinic",
    )
    text = the_page(pdf).extract_text()
    assert "Conseil juridique gratuit" in text
    assert text.count("…") >= 3  # the heading and both titles


def test_a_poster_has_one_to_twelve_languages() -> None:
    with pytest.raises(ValueError, match="1 to 12"):
        poster_pdf(title_by_language={}, url_by_language={}, heading="Legal advice")
    thirteen = {f"l{i}": "https://example.org/" for i in range(13)}
    with pytest.raises(ValueError, match="1 to 12"):
        poster_pdf(title_by_language={}, url_by_language=thirteen, heading="Legal advice")


@pytest.mark.django_db
def test_the_service_and_site_pages_offer_the_poster_in_a_light_form(
    client: Client, directory: dict[str, object]
) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)
    for page, action in (
        (f"/fa/services/{legal.hsds_id}/", f"/fa/services/{legal.hsds_id}/poster.pdf"),
        ("/fa/services/places/main/", "/fa/services/places/main/poster.pdf"),
    ):
        html = client.get(page).content
        assert f'<form method="get" action="{action}">'.encode() in html
        assert html.count(b'type="checkbox" name="languages"') == 12
        assert '<span lang="ar" dir="rtl">العربية</span>'.encode() in html
        assert b'<span lang="uk" dir="ltr">' in html
        assert b"<script" not in html
        assert len(gzip.compress(html)) + len(gzip.compress(CSS.read_bytes())) < 30 * 1024
