"""axe-core on the main pages: no violation of serious or critical impact, on a desktop and a phone screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from onestop.accounts.models import User
from onestop.clients.models import ClientRecord
from onestop.directory.models import Organisation, Service
from onestop.interpreting.models import Interpreter
from onestop.journeys.models import Journey, Referral

from .conftest import submit_password

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]

BLOCKING_IMPACTS = {"serious", "critical"}
# A desktop, then a small phone: some problems (e.g. a table that starts to scroll) only show when narrow.
VIEWPORTS = [{"width": 1280, "height": 720}, {"width": 320, "height": 640}]


@dataclass(frozen=True)
class Case:
    path: str
    user: str | None = None  # demo user whose verified session the browser gets first
    heading: str | None = None  # the page's h1, so axe checks the page meant and not a redirect


CASES = {
    "home-en": Case("/en/", heading="Welcome to Onestop"),
    "home-ar": Case("/ar/"),
    "login": Case("/en/accounts/login/", heading="Staff login"),
    "password-reset": Case("/en/accounts/password/reset/", heading="Choose a new password"),
    "code": Case("/en/accounts/login/code/", heading="Second step of the login"),
    "staff-start": Case("/en/staff/", user="coordinator", heading="Hello, Clara Becker"),
    "profile": Case("/en/accounts/profile/", user="coordinator", heading="My profile"),
    "organisations": Case("/en/staff/directory/organisations/", user="coordinator", heading="Partner organisations"),
    "staff-list": Case(
        "/en/accounts/staff/{welcome_centre}/", user="coordinator", heading="Staff of Neustadt Welcome Centre"
    ),
    "audit-log": Case("/en/staff/audit/", user="dpo", heading="Audit log"),
    "services-en": Case("/en/services/", heading="Find help"),
    "services-ar-search": Case("/ar/services/?q=a&need=legal"),
    "service-fa": Case("/fa/services/{service}/"),
    "site-uk": Case("/uk/services/places/main/"),
    "directory-entries": Case("/en/staff/directory/services/", user="coordinator", heading="Directory entries"),
    "service-edit": Case("/en/staff/directory/services/{service_pk}/", user="coordinator"),
    "places": Case("/en/staff/directory/places/", user="coordinator", heading="Places"),
    "place-details": Case("/ar/staff/directory/places/main/", user="coordinator", heading="One-Stop-Shop Neustadt"),
    "clients": Case("/en/staff/clients/", user="lawclinic", heading="Client records"),
    "client-new": Case("/ar/staff/clients/new/", user="lawclinic"),
    "client": Case("/en/staff/clients/{client}/", user="lawclinic", heading="Amira Haddad"),
    "consent": Case("/en/staff/clients/{client}/consents/new/", user="lawclinic", heading="Record a consent"),
    # The reception's public pages (queue_demo() gives the main site walk-in queues and tickets).
    "queue-take-en": Case("/en/queue/main/", heading="Take a ticket from your phone"),
    "queue-take-ar": Case("/ar/queue/main/"),
    "queue-kiosk-languages": Case("/en/queue/main/kiosk/", heading="Welcome! Please choose your language"),
    "queue-kiosk-services-ar": Case("/ar/queue/main/kiosk/?lang=ar"),
    "queue-kiosk-ticket": Case("/en/queue/main/kiosk/?ticket={kiosk_ticket}", heading="{kiosk_code}"),
    "queue-ticket-ar": Case("/ar/queue/t/{waiting_ticket}/", heading="{waiting_code}"),
    "queue-ticket-called-fa": Case("/fa/queue/t/{called_ticket}/", heading="{called_code}"),
    "queue-display": Case("/en/queue/main/display/", heading="One-Stop-Shop Neustadt"),
    "queue-display-ar": Case("/ar/queue/main/display/"),
    "card-lookup-ar": Case("/ar/my-journey/"),
    "stamp-card-uk": Case("/uk/my-journey/{card_code}/"),
    "stamp-card-fa": Case("/fa/my-journey/{refused_code}/"),
    "journey": Case("/en/staff/journeys/{journey}/", user="caseworker"),
    "referrals": Case("/en/staff/journeys/referrals/", user="jobs", heading="Referrals"),
    "referral-new": Case("/en/staff/journeys/referrals/new/{iryna}/", user="caseworker", heading="Refer to a partner"),
    "referral": Case("/en/staff/journeys/referrals/{referral}/", user="jobs"),
    "journey-templates": Case("/en/staff/journeys/templates/", user="coordinator", heading="Journeys"),
    # The reception's settings (the demo gives the main site series and desks).
    "reception-settings": Case("/en/staff/reception/main/settings/", user="coordinator"),
    "reception-desk-new-ar": Case("/ar/staff/reception/main/settings/desks/new/", user="coordinator"),
}


def queue_demo() -> dict[str, str]:
    """Walk-in queues at the demo's main site, open around the clock so every case shows the same
    page at any hour: a called ticket (Farsi), a waiting one (Arabic), one just taken at the kiosk."""
    from onestop.directory.models import Schedule, Site
    from onestop.reception import services as reception
    from onestop.reception.models import Channel, Desk, Notice, Pictogram, TicketSeries

    site = Site.objects.get(slug="main")
    Schedule.objects.create(site=site, byday="MO,TU,WE,TH,FR,SA,SU")
    welcome = Service.objects.get(slug="welcome")
    TicketSeries.objects.get_or_create(
        site=site, service=welcome, defaults={"prefix": "W", "pictogram": Pictogram.INFO}
    )
    desk = Desk.objects.filter(site=site, services=welcome).order_by("label").first()
    assert desk is not None
    staff = User.objects.get(username="reception")
    tickets = [
        reception.check_in(reception.CheckIn(service=welcome, site=site, language=lang, page_language=lang, channel=ch))
        for lang, ch in (("fa", Channel.REMOTE), ("ar", Channel.REMOTE), ("en", Channel.KIOSK))
    ]
    reception.desk_open(desk=desk, by=staff, languages=["fa", "de"])
    reception.call_ticket(desk=desk, ticket=tickets[0], by=staff)
    Notice.objects.create(site=site, text="The lift is out of order today.")
    names = ("called", "waiting", "kiosk")
    return {
        **{f"{name}_ticket": ticket.token for name, ticket in zip(names, tickets, strict=True)},
        **{f"{name}_code": ticket.code for name, ticket in zip(names, tickets, strict=True)},
        # Online booking (appointments/public): every step, in a right-to-left language too.
        "book-start": Case("/en/book/", heading="Book an appointment"),
        "book-start-fa": Case("/fa/book/"),
        "book-language-ar": Case("/ar/book/?service={bookable}"),
        "book-times-fa": Case("/fa/book/?service={bookable}&site=foreigners-office&language=fa&interpreter=yes"),
        "book-details": Case(
            "/en/book/?service={bookable}&site=foreigners-office&language=fa&interpreter=no&start={start}",
            heading="Book an appointment",
        ),
        "book-confirm": Case("/en/book/{held}/confirm/", heading="Enter your code"),
        "book-booking": Case("/en/book/{token}/", heading="Your appointment"),
        "book-booking-fa": Case("/fa/book/{token}/"),
        "book-change": Case("/en/book/{token}/change/", heading="Change the time"),
        "book-cancel-ar": Case("/ar/book/{token}/cancel/"),
        # Interpreting.
        "interpreting-inbox": Case("/en/staff/interpreting/", user="interpreter-fa", heading="Interpreting inbox"),
        "interpreting-ask-fa": Case("/fa/staff/interpreting/requests/new/", user="reception"),
        "interpreting-coordination": Case(
            "/en/staff/interpreting/coordination/", user="coordinator", heading="Interpreting: unfilled requests"
        ),
        "interpreting-pool": Case("/en/staff/interpreting/pool/", user="coordinator", heading="The interpreter pool"),
        "interpreter-edit": Case("/en/staff/interpreting/pool/{interpreter}/", user="coordinator"),
    }


def booking_values() -> dict[str, Any]:
    """Booking hours for the demo's residence permit, a confirmed and a held booking."""
    from datetime import time

    from django.utils import timezone

    from onestop.appointments import services as appointments
    from onestop.appointments import slots
    from onestop.appointments.models import BookingChannel, SlotRule
    from onestop.directory.models import Site

    service, site = Service.objects.get(slug="residence-permit"), Site.objects.get(slug="foreigners-office")
    if not SlotRule.objects.filter(service=service, site=site).exists():  # the demo usually has them
        SlotRule.objects.create(service=service, site=site, starts_at=time(8), ends_at=time(12), capacity=2)
    free = slots.free_slots(services=[service], site=site, now=timezone.now())
    person = appointments.Person(name="Reza", language="fa", phone="+4915123456789", interpreter_needed=True)
    booking, _code = appointments.book(
        service=service, site=site, start=free[0].start, person=person, channel=BookingChannel.STAFF
    )
    held, _code = appointments.book(
        service=service, site=site, start=free[1].start, channel=BookingChannel.ONLINE,
        person=appointments.Person(name="Sara", language="ar", email="sara@example.org"),
    )  # fmt: skip
    return {
        "bookable": service.hsds_id,
        "start": int(free[2].start.timestamp()),
        "token": booking.token,
        "held": held.token,
    }


def describe(violations: list[dict[str, Any]]) -> str:
    """Rule, impact, help and the elements concerned: what a developer needs to fix each one."""
    lines = []
    for violation in violations:
        width = f" at {violation['width']} px" if "width" in violation else ""
        lines.append(f"{violation['id']} ({violation['impact']}){width}: {violation['help']} - {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    target: {node['target']}")
            lines.append(f"      html: {node['html'][:200]}")
            if node.get("failureSummary"):
                lines.append("      " + node["failureSummary"].replace("\n", "\n      "))
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


def test_the_stylesheet_loads(page: Page) -> None:
    """Colour contrast and layout checks mean something only when the CSS is really applied."""
    with page.expect_response("**/static/onestop/onestop.css") as css:
        page.goto("/en/")
    response = css.value
    assert response.status == 200, f"{response.url} answered {response.status}"
    assert response.headers["content-type"].startswith("text/css"), response.headers["content-type"]
    assert page.evaluate("[...document.styleSheets].map(sheet => sheet.cssRules.length)")[0] > 0


@pytest.mark.parametrize("name", list(CASES))
def test_page_has_no_serious_accessibility_violations(
    page: Page, log_in_as: Callable[[str], User], axe: Axe, name: str
) -> None:
    case = CASES[name]
    service = Service.objects.order_by("id").first()
    assert service is not None
    queue = queue_demo() if name.startswith("queue-") else {}
    path = case.path.format(
        **queue,
        welcome_centre=Organisation.objects.get(name="Neustadt Welcome Centre").pk,
        service=service.hsds_id,
        service_pk=service.pk,
        client=ClientRecord.objects.get(name="Amira Haddad").pk,
        card_code=ClientRecord.objects.get(name="Olena Kovalenko").code,
        refused_code=ClientRecord.objects.get(name="Dariush Karimi").code,
        journey=Journey.objects.get(client__name="Dariush Karimi").pk,
        iryna=ClientRecord.objects.get(name="Iryna Shevchenko").pk,
        referral=Referral.objects.get(client__name="Olena Kovalenko").pk,
        **(booking_values() if name.startswith("book-") else {}),
        interpreter=Interpreter.objects.get(name="Amal Saleh").pk,
    )
    if case.user:
        log_in_as(case.user)
    if name == "code":
        submit_password(page, "coordinator")  # the code page shows only during a login
    else:
        response = page.goto(path)
        assert response is not None and response.status == 200, response and response.status
    assert page.url.endswith(path), f"expected {path}, got {page.url}"
    if case.heading:
        assert page.get_by_role("heading", level=1).inner_text() == case.heading.format(**queue)
    # Pages that poll (ticket status, display feed) stay still while axe looks at them.
    page.route("**/status/**", lambda route: route.abort())
    page.route("**/display/feed/**", lambda route: route.abort())

    violations = []
    for viewport in VIEWPORTS:
        page.set_viewport_size(viewport)
        found = axe.run(page).response["violations"]
        violations += [{**violation, "width": viewport["width"]} for violation in found]
        # Nothing makes the whole page scroll sideways, down to a 320 px phone (wide tables
        # scroll inside their own focusable region).
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], viewport

    if violations:
        print(f"axe on {path}:\n{describe(violations)}")
    blocking = [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"{len(blocking)} serious or critical axe violation(s) on {path}:\n{describe(blocking)}"
