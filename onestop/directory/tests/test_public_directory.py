from __future__ import annotations

import gzip
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from onestop.directory.models import (
    Address,
    Closure,
    Organisation,
    OrganisationKind,
    Schedule,
    Service,
    ServiceStatus,
    Site,
    SpokenAt,
    TextOrigin,
)
from onestop.directory.services import service_set_needs, service_text_save

BERLIN = ZoneInfo("Europe/Berlin")
CSS = Path(__file__).resolve().parents[2] / "static/onestop/onestop.css"


@pytest.fixture
def directory(make_org: Callable[..., Organisation]) -> dict[str, object]:
    ngo = make_org(OrganisationKind.NGO, name="Refugee Law Clinic")
    site = Site.objects.create(name="Main site", slug="main", organisation=ngo)
    Address.objects.create(site=site, address_1="Marktplatz 1", postal_code="12345", city="Neustadt", country="DE")
    for day in ("MO", "TU", "WE", "TH", "FR"):
        Schedule.objects.create(site=site, byday=day, opens_at=time(8), closes_at=time(16))
    legal = Service.objects.create(
        organisation=ngo, name="Legal advice", slug="legal", description="Free advice on asylum law.",
        what_to_bring="Your letters from the authorities.",
    )  # fmt: skip
    legal.sites.set([site])
    service_set_needs(service=legal, codes=["legal"])
    SpokenAt.objects.create(service=legal, code="ar")
    housing = Service.objects.create(organisation=ngo, name="Housing help", slug="housing", description="Flats.")
    housing.sites.set([site])
    service_set_needs(service=housing, codes=["housing"])
    hidden = Service.objects.create(organisation=ngo, name="Old hotline", slug="old", status=ServiceStatus.DEFUNCT)
    pending = Service.objects.create(organisation=ngo, name="Not approved yet", slug="new", is_approved=False)
    return {"site": site, "legal": legal, "housing": housing, "hidden": hidden, "pending": pending}


def names(client: Client, url: str) -> list[str]:
    """The services listed, in the order the page lists them."""
    page = client.get(url).content.decode()
    found = [(page.index(f">{s.name}</a>"), s.name) for s in Service.objects.all() if f">{s.name}</a>" in page]
    return [name for _, name in sorted(found)]


@pytest.mark.django_db
def test_search_finds_by_words_need_language_and_site(client: Client, directory: dict[str, object]) -> None:
    assert names(client, "/en/services/") == ["Housing help", "Legal advice"]
    assert names(client, "/en/services/?q=asylum") == ["Legal advice"]
    assert names(client, "/en/services/?need=housing") == ["Housing help"]
    assert names(client, "/en/services/?language=ar") == ["Legal advice"]
    assert names(client, "/en/services/?site=main&q=flats") == ["Housing help"]


@pytest.mark.django_db
def test_defunct_and_unapproved_services_are_not_public(client: Client, directory: dict[str, object]) -> None:
    for key in ("hidden", "pending"):
        service = directory[key]
        assert isinstance(service, Service)
        assert client.get(f"/en/services/{service.hsds_id}/").status_code == 404
    assert "Old hotline" not in client.get("/en/services/").content.decode()


@pytest.mark.django_db
def test_bad_filters_get_a_clear_message_and_no_error(client: Client, directory: dict[str, object]) -> None:
    response = client.get("/en/services/?need=spaceships&language=<script>")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_open_now_filter_uses_the_opening_hours(
    client: Client, directory: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.utils import timezone

    monday_morning = datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
    monkeypatch.setattr(timezone, "now", lambda: monday_morning)
    assert names(client, "/en/services/?open=on") == ["Housing help", "Legal advice"]
    sunday = datetime(2026, 11, 22, 10, 0, tzinfo=BERLIN)
    monkeypatch.setattr(timezone, "now", lambda: sunday)
    assert names(client, "/en/services/?open=on") == []
    page = client.get("/en/services/").content.decode()
    assert "Closed now. Opens Monday at 8 a.m." in page


@pytest.mark.django_db
def test_a_holiday_closes_the_site(
    client: Client, directory: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.utils import timezone

    site = directory["site"]
    assert isinstance(site, Site)
    Closure.objects.create(site=site, date=datetime(2026, 11, 23).date(), reason="Holiday")
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    assert names(client, "/en/services/?open=on") == []
    assert "Opens Tuesday at 8 a.m." in client.get("/en/services/").content.decode()


@pytest.mark.django_db
def test_the_service_page_shows_translation_or_says_it_falls_back(client: Client, directory: dict[str, object]) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)
    service_text_save(
        service=legal, language="ar", texts={"name": "استشارة قانونية", "description": "استشارة مجانية."},
        origin=TextOrigin.HUMAN, by=None,
    )  # fmt: skip
    arabic = client.get(f"/ar/services/{legal.hsds_id}/").content.decode()
    assert "استشارة قانونية" in arabic and "Marktplatz 1" in arabic
    ukrainian = client.get(f"/uk/services/{legal.hsds_id}/").content.decode()
    assert '<h1 lang="en">Legal advice</h1>' in ukrainian
    assert "Your letters from the authorities." in ukrainian


@pytest.mark.django_db
def test_a_translation_is_marked_outdated_when_the_source_changes(client: Client, directory: dict[str, object]) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)
    service_text_save(
        service=legal, language="de", texts={"name": "Rechtsberatung"}, origin=TextOrigin.MACHINE, by=None
    )
    page = client.get(f"/de/services/{legal.hsds_id}/").content.decode()
    assert "Rechtsberatung" in page
    legal.description = "Free advice on asylum and residence law."
    legal.save()
    from django.utils import translation

    with translation.override("de"):
        from django.utils.translation import gettext

        outdated = gettext("The translation may be out of date: the original text was changed since.")
    assert outdated in client.get(f"/de/services/{legal.hsds_id}/").content.decode()


@pytest.mark.django_db
def test_search_page_weighs_under_30_kb_and_needs_no_javascript(client: Client, directory: dict[str, object]) -> None:
    html = client.get("/ar/services/").content
    assert b"<script" not in html
    assert len(gzip.compress(html)) + len(gzip.compress(CSS.read_bytes())) < 30 * 1024


@pytest.mark.django_db
def test_search_has_a_constant_number_of_queries(
    client: Client, directory: dict[str, object], make_org: Callable[..., Organisation]
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/services/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/services/")
    org = make_org(OrganisationKind.NGO)
    site = directory["site"]
    for i in range(3):
        service = Service.objects.create(organisation=org, name=f"Extra {i}", slug=f"extra-{i}")
        service.sites.set([site])  # type: ignore[list-item]
    with CaptureQueriesContext(connection) as more:
        client.get("/en/services/")
    assert len(few) == len(more)


@pytest.mark.django_db
def test_the_site_page_lists_hours_and_services_here(client: Client, directory: dict[str, object]) -> None:
    page = client.get("/en/services/places/main/").content.decode()
    assert "Marktplatz 1, 12345 Neustadt" in page
    assert '<th scope="row">Monday</th><td><span class="period"><time>8 a.m.</time>–<time>4 p.m.</time>' in page
    assert "Legal advice" in page and "Housing help" in page and "Old hotline" not in page
    assert client.get("/en/services/places/nowhere/").status_code == 404


@pytest.mark.django_db
def test_a_service_with_its_own_hours_follows_them(
    client: Client, directory: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.utils import timezone

    housing = directory["housing"]
    assert isinstance(housing, Service)
    Schedule.objects.create(service=housing, byday="SA", opens_at=time(10), closes_at=time(13))
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 28, 11, 0, tzinfo=BERLIN))  # a Saturday
    assert names(client, "/en/services/?open=on") == ["Housing help"]
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))  # Monday
    assert names(client, "/en/services/?open=on") == ["Legal advice"]


@pytest.mark.django_db
def test_pages_past_the_end_show_the_last_page(client: Client, directory: dict[str, object]) -> None:
    legal = directory["legal"]
    assert isinstance(legal, Service)
    for i in range(21):  # with the two of the fixture: 23 services, 20 a page
        Service.objects.create(organisation=legal.organisation, name=f"Zz service {i:02}", slug=f"zz-{i}")
    first = client.get("/en/services/").content.decode()
    assert "23 services found" in first and "Page 1 of 2" in first
    assert names(client, "/en/services/?page=2") == ["Zz service 18", "Zz service 19", "Zz service 20"]
    assert names(client, "/en/services/?page=99999999999999999999") == names(client, "/en/services/?page=2")
    assert names(client, "/en/services/?page=nonsense") == names(client, "/en/services/")
    assert "0 services found" in client.get("/en/services/?q=nothing-like-this&page=3").content.decode()


@pytest.mark.django_db
def test_open_now_follows_changes_and_the_clock_at_once(
    client: Client, directory: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Openings are cached; the cache must never answer with hours that changed or a period
    that has ended."""
    from django.utils import timezone

    site = directory["site"]
    assert isinstance(site, Site)
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 23, 15, 59, 59, tzinfo=BERLIN))
    assert names(client, "/en/services/?open=on") == ["Housing help", "Legal advice"]
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 23, 16, 0, tzinfo=BERLIN))
    assert names(client, "/en/services/?open=on") == []
    assert "Opens Tuesday at 8 a.m." in client.get("/en/services/").content.decode()
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    assert names(client, "/en/services/?open=on") == ["Housing help", "Legal advice"]
    Schedule.objects.filter(site=site, byday="MO").update(closes_at=time(9, 30))
    assert names(client, "/en/services/?open=on") == []
    Schedule.objects.filter(site=site, byday="MO").update(closes_at=time(16))
    Closure.objects.create(site=site, date=datetime(2026, 11, 23).date(), opens_at=time(9), closes_at=time(9, 45))
    assert names(client, "/en/services/?open=on") == []
    assert "Opens Tuesday at 8 a.m." in client.get("/en/services/").content.decode()


def test_cached_openings_equal_fresh_ones_across_midnight_dst_and_closures() -> None:
    """Asked at moments back and forth through a week with a night shift, a closure, special
    hours and the October clock change, the cache gives what working it out afresh gives."""
    from datetime import date, timedelta

    from django.core.cache import cache

    from onestop.directory import selectors

    cache.clear()
    schedules = [
        Schedule(byday="MO,TU,WE,TH,FR", opens_at=time(8), closes_at=time(12)),
        Schedule(byday="FR,SA", opens_at=time(22), closes_at=time(2, 30)),
        Schedule(byday="SU", opens_at=time(1), closes_at=time(3)),
    ]
    closures = [
        Closure(date=date(2026, 10, 27)),
        Closure(date=date(2026, 10, 28), opens_at=time(10), closes_at=time(11)),
    ]
    start = datetime(2026, 10, 23, 0, 0, tzinfo=BERLIN)
    moments = [start + timedelta(minutes=37 * n) for n in range(7 * 24 * 60 // 37)]
    moments += list(reversed(moments[::5]))
    for at in moments:
        cached = selectors.openings_of([(schedules, closures)], at=at)[0]
        assert cached == selectors._compute_opening(schedules, closures, at), at


@pytest.mark.postgres_only
@pytest.mark.django_db
def test_postgresql_has_trigram_indexes_for_the_word_search() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'directory_%%_trgm'")
        indexes = dict(cursor.fetchall())
    assert set(indexes) == {
        "directory_service_name_trgm", "directory_service_description_trgm", "directory_servicetext_name_trgm",
        "directory_servicetext_description_trgm", "directory_organisation_name_trgm",
    }  # fmt: skip
    assert "gin_trgm_ops" in indexes["directory_servicetext_name_trgm"]
    # The index serves the query the search runs (the expression must match icontains' SQL).
    from onestop.directory.selectors import search_services

    query = search_services(words="asylum", reader_language="ar").query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    # (On empty tables the texts' own unique index wins; these two show the expressions match.)
    assert "directory_service_name_trgm" in plan and "directory_organisation_name_trgm" in plan, plan


@pytest.mark.django_db
def test_service_and_site_pages_show_accessibility_and_whom_to_ask(
    client: Client, directory: dict[str, object]
) -> None:
    from onestop.directory.models import Accessibility, AccessibilityFeature, Contact, Phone

    site, legal = directory["site"], directory["legal"]
    assert isinstance(site, Site) and isinstance(legal, Service)
    Accessibility.objects.create(site=site, feature=AccessibilityFeature.STEP_FREE, details="Ramp at the side door")
    Accessibility.objects.create(site=site, feature=AccessibilityFeature.HEARING_LOOP)
    Accessibility.objects.create(site=site, description="Large print forms", url="https://example.org/access")
    desk = Contact.objects.create(site=site, name="Welcome desk", email="desk@example.org")
    Phone.objects.create(contact=desk, number="+49 30 100")
    lawyer = Contact.objects.create(service=legal, site=site, name="Amal Haddad", title="Lawyer")
    Phone.objects.create(contact=lawyer, number="+49 30 200")

    page = client.get(f"/en/services/{legal.hsds_id}/").content.decode()
    assert "<li>Step-free entrance: Ramp at the side door</li>" in page
    assert "<li>Hearing loop</li>" in page
    assert 'Large print forms <a href="https://example.org/access" rel="noopener">More about access</a>' in page
    assert "<strong>Amal Haddad</strong>, Lawyer" in page and '<bdi dir="ltr">+49 30 200</bdi>' in page
    assert "<strong>Welcome desk</strong>" in page and 'href="mailto:desk@example.org"' in page

    place = client.get("/en/services/places/main/").content.decode()
    assert "<li>Step-free entrance: Ramp at the side door</li>" in place
    assert "Welcome desk" in place and '<bdi dir="ltr">+49 30 100</bdi>' in place
    assert "Amal Haddad" not in place  # asked about one service, not about the place
    housing = directory["housing"]
    assert isinstance(housing, Service)
    other = client.get(f"/en/services/{housing.hsds_id}/").content.decode()
    assert "Welcome desk" in other and "Amal Haddad" not in other
