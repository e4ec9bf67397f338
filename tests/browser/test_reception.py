"""A visitor takes a ticket at the kiosk in Arabic, follows it on a phone, is called from a desk,
and sees the call on the waiting room's display; the display recovers by itself after an outage."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import BrowserContext, Page, Route, expect
from pytest_django.live_server_helper import LiveServer

from conftest import login_verified
from onestop.accounts.models import Membership, Role, User
from onestop.directory.models import Organisation, OrganisationKind, Schedule, Service, Site
from onestop.reception import services as reception
from onestop.reception.models import Desk, Pictogram, Ticket, TicketSeries, TicketStatus

pytestmark = [pytest.mark.browser]

# The status page polls every 10 s and the display every 2 s: allow a few rounds.
POLL_WAIT_MS = 25_000


@dataclass
class Place:
    site: Site
    service: Service
    desk: Desk
    staff: User


@pytest.fixture
def place(live_server: LiveServer) -> Place:
    """A welcome centre open around the clock, with a desk that serves its walk-in queue."""
    from django.core.cache import cache

    cache.clear()  # no display feed rendered for an earlier test's site of the same name
    org = Organisation.objects.create(name="Neustadt Welcome Centre", kind=OrganisationKind.CITY_DEPARTMENT)
    site = Site.objects.create(name="Welcome Centre", slug="welcome-centre", organisation=org)
    Schedule.objects.create(site=site, byday="MO,TU,WE,TH,FR,SA,SU")
    service = Service.objects.create(organisation=org, name="Welcome desk", slug="welcome")
    service.sites.set([site])
    TicketSeries.objects.create(site=site, service=service, prefix="W", pictogram=Pictogram.INFO)
    desk = Desk.objects.create(site=site, organisation=org, name="Desk seven", label="7")
    desk.services.set([service])
    staff = User.objects.create_user(username="rami", password="correct horse battery")
    Membership.objects.create(user=staff, organisation=org, role=Role.RECEPTION)
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=staff, name="test", confirmed=True)
    return Place(site, service, desk, staff)


def staff_context(new_context: Callable[..., BrowserContext], live_server: LiveServer, user: User) -> BrowserContext:
    client = login_verified(Client(), user)
    context = new_context()
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    return context


def test_kiosk_check_in_in_arabic_followed_on_the_phone_called_at_a_desk_and_shown_on_the_display(
    place: Place, new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    display = new_context().new_page()
    display.goto("/de/queue/welcome-centre/display/")
    expect(display.locator("#display-feed")).to_be_visible()

    # The kiosk: choose Arabic (no typing), then the service; the ticket comes with a QR code.
    kiosk = new_context(viewport={"width": 1080, "height": 1920}).new_page()
    kiosk.goto("/de/queue/welcome-centre/kiosk/")
    kiosk.get_by_role("link", name="العربية").click()
    kiosk.wait_for_url(re.compile(r"/ar/queue/welcome-centre/kiosk/\?lang=ar"))
    expect(kiosk.locator("html")).to_have_attribute("dir", "rtl")
    kiosk.get_by_role("button", name="Welcome desk").click()
    expect(kiosk.locator(".ticket-number")).to_have_text("W-001")
    expect(kiosk.locator(".qr svg")).to_be_visible()
    ticket = Ticket.objects.get()
    assert (ticket.language, ticket.page_language, ticket.channel) == ("ar", "ar", "kiosk")
    link = kiosk.locator(".print-only").inner_text().strip()
    assert link == f"{live_server.url}/ar/queue/t/{ticket.token}/"
    # Back to the start by itself, in the kiosk's own language.
    expect(kiosk.locator("body")).to_have_attribute("data-restart", "/de/queue/welcome-centre/kiosk/")
    expect(kiosk.locator("body")).to_have_attribute("data-restart-after", "30")

    # The phone follows the ticket (the link in the QR code), in Arabic.
    phone = new_context(viewport={"width": 320, "height": 640}).new_page()
    phone.goto(link)
    expect(phone.locator("html")).to_have_attribute("lang", "ar")
    expect(phone.locator("h1")).to_have_text("W-001")
    expect(phone.locator("#ticket-status")).to_have_class(re.compile("status-waiting"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320

    # A desk speaking Arabic opens; the staff member presses "Call next" on the desk page.
    reception.desk_open(desk=place.desk, by=place.staff, languages=["ar", "de"])
    desk = staff_context(new_context, live_server, place.staff).new_page()
    desk.goto(f"/en/staff/reception/desks/{place.desk.pk}/")
    desk.get_by_role("button", name="Call next").click()
    expect(desk.locator(".ticket-code")).to_contain_text("W-001")
    ticket.refresh_from_db()
    assert (ticket.status, ticket.desk_id) == (TicketStatus.CALLED, place.desk.pk)

    # The phone page updates by itself (htmx) and names the desk; the display shows the number.
    expect(phone.locator("#ticket-status.status-called")).to_contain_text("7", timeout=POLL_WAIT_MS)
    latest = display.locator(".call.latest")
    expect(latest.locator(".number")).to_have_text("W-001", timeout=POLL_WAIT_MS)
    expect(latest.locator(".desk")).to_contain_text("7")
    # The display noticed the new call (and chimes where sound is enabled).
    expect(display.locator("html")).to_have_attribute("data-new-calls", "1")


def test_the_display_recovers_by_itself_after_an_outage(
    place: Place, new_context: Callable[..., BrowserContext]
) -> None:
    display = new_context().new_page()
    display.goto("/en/queue/welcome-centre/display/")
    expect(display.locator("#display-feed")).to_be_visible()
    failed: list[str] = []

    def outage(route: Route) -> None:
        failed.append(route.request.url)
        route.abort("connectionrefused")

    display.route("**/display/feed/", outage)
    display.wait_for_timeout(5_000)
    assert len(failed) >= 2, "the display kept asking during the outage"
    # During the outage a number is called; the display cannot know yet.
    ticket = reception.check_in(reception.CheckIn(service=place.service, site=place.site, language="de"))
    reception.desk_open(desk=place.desk, by=place.staff, languages=["de"])
    reception.call_next(desk=place.desk, by=place.staff)
    expect(display.locator(".call .number")).to_have_count(0)
    # Then a proxy answers with its own page (status 200): the display keeps its feed and polling.
    display.unroute("**/display/feed/")
    answered: list[str] = []

    def maintenance(route: Route) -> None:
        answered.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>Down for maintenance</p>")

    display.route("**/display/feed/", maintenance)
    display.wait_for_timeout(5_000)
    assert len(answered) >= 2
    expect(display.locator("#display-feed")).to_be_visible()
    display.unroute("**/display/feed/")
    expect(display.locator(".call.latest .number")).to_have_text(ticket.code, timeout=POLL_WAIT_MS)


def test_the_display_reloads_itself_when_its_feed_stopped(
    place: Place, new_context: Callable[..., BrowserContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    from onestop.reception import views_public

    monkeypatch.setattr(views_public, "DISPLAY_RELOAD_AFTER_SECONDS", 3)
    display = new_context().new_page()
    display.goto("/en/queue/welcome-centre/display/")
    expect(display.locator("#display-feed")).to_be_visible()
    # Something ended the polling (here: the feed is gone from the page); the page mends itself.
    display.evaluate("window.stillTheSamePage = true; document.querySelector('[data-feed]').remove()")
    expect(display.locator("#display-feed")).to_be_visible(timeout=POLL_WAIT_MS)
    assert display.evaluate("window.stillTheSamePage === undefined")


def test_the_display_and_the_kiosk_work_without_javascript(
    place: Place, new_context: Callable[..., BrowserContext]
) -> None:
    context = new_context(java_script_enabled=False)
    kiosk = context.new_page()
    kiosk.goto("/en/queue/welcome-centre/kiosk/")
    kiosk.get_by_role("link", name="English").click()
    kiosk.get_by_role("button", name="Welcome desk").click()
    expect(kiosk.locator(".ticket-number")).to_have_text("W-001")
    # Without JavaScript the page goes back to the start by a refresh.
    refresh = kiosk.locator('meta[http-equiv="refresh"]')
    expect(refresh).to_have_attribute("content", "30;url=/en/queue/welcome-centre/kiosk/")
    page: Page = context.new_page()
    page.goto("/en/queue/welcome-centre/display/")
    expect(page.locator("#display-feed h1")).to_have_text("Welcome Centre")
    ticket = Ticket.objects.get()
    # Taking a ticket from a phone without JavaScript: a plain form.
    phone = context.new_page()
    phone.goto("/uk/queue/welcome-centre/")
    phone.get_by_label("Welcome desk").check()
    phone.locator('select[name="language"]').select_option("uk")
    phone.locator('form.take button[type="submit"]').click()
    expect(phone.locator("h1")).to_have_text("W-002")
    assert re.search(r"/uk/queue/t/[\w-]+/$", phone.url), phone.url
    phone.goto(f"/en/queue/t/{ticket.token}/")
    phone.locator("details.leave summary").click()
    phone.get_by_role("button", name="Yes, leave the queue").click()
    expect(phone.locator("#ticket-status")).to_have_class(re.compile("status-left"))


@pytest.mark.parametrize("javascript", [True, False])
def test_the_kiosk_goes_back_to_the_start_by_itself(
    place: Place, new_context: Callable[..., BrowserContext], monkeypatch: pytest.MonkeyPatch, javascript: bool
) -> None:
    from onestop.reception import views_public

    monkeypatch.setattr(views_public, "KIOSK_RESTART_SECONDS", 2)
    kiosk = new_context(java_script_enabled=javascript).new_page()
    kiosk.goto("/de/queue/welcome-centre/kiosk/?lang=uk")
    kiosk.get_by_role("button", name="Welcome desk").click()
    expect(kiosk.locator(".ticket-number")).to_have_text("W-001")
    kiosk.wait_for_url("**/de/queue/welcome-centre/kiosk/", timeout=10_000)
    expect(kiosk.locator(".ticket-number")).to_have_count(0)
