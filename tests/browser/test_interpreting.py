"""End to end: reception asks for an interpreter for a walk-in, the interpreter accepts in the inbox,
a desk that does not speak the language calls the person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import BrowserContext, Page, expect
from pytest_django.live_server_helper import LiveServer

from conftest import login_verified
from onestop.accounts.models import User
from onestop.directory.models import Service, Site
from onestop.interpreting import services
from onestop.interpreting.models import Interpreter, InterpreterRequest, RequestStatus
from onestop.reception import services as reception
from onestop.reception.models import Channel, Desk, Ticket, TicketSeries, TicketStatus

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]


def session_for(context: BrowserContext, live_server: LiveServer, username: str) -> None:
    client = login_verified(Client(), User.objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def test_a_walk_in_gets_an_interpreter_and_any_desk_calls_them(
    page: Page, context: BrowserContext, new_context: Callable[..., BrowserContext], live_server: LiveServer
) -> None:
    desk = Desk.objects.get(label="W", site__slug="main")
    service = Service.objects.get(slug="welcome")
    TicketSeries.objects.get_or_create(site=desk.site, service=service, defaults={"prefix": "W"})
    ticket = reception.check_in(
        reception.CheckIn(service=service, site=Site.objects.get(slug="main"), language="uk", channel=Channel.DESK)
    )
    olena = Interpreter.objects.get(name="Olena Bondar")  # works around the clock for this test
    services.set_windows(interpreter=olena, windows=[(day, time(0), time(0)) for day in range(7)])
    olena.absences.all().delete()
    # The demo's morning queue is served already: only this person waits at the desk.
    Ticket.objects.filter(site=desk.site, status=TicketStatus.WAITING).exclude(pk=ticket.pk).update(
        status=TicketStatus.LEFT
    )
    staff = User.objects.get(username="reception")  # speaks de, en, ar
    reception.desk_open(desk=desk, by=staff, languages=["de", "en", "ar"])
    assert reception.call_next(desk=desk, by=staff) is None  # nobody here speaks Ukrainian

    session_for(context, live_server, "reception")
    page.goto(f"/en/staff/interpreting/requests/new/?desk={desk.pk}&ticket={ticket.pk}")
    expect(page.get_by_label("language:", exact=True)).to_have_value("uk")
    page.get_by_label("how:", exact=True).select_option("phone")
    page.get_by_role("button", name="Ask").click()
    expect(page.get_by_text("Asked Olena Bondar")).to_be_visible()
    request = InterpreterRequest.objects.get(ticket=ticket)

    interpreter = new_context().new_page()
    session_for(interpreter.context, live_server, "interpreter-uk")
    interpreter.goto("/en/staff/interpreting/")
    expect(interpreter.get_by_role("heading", level=3).filter(has_text=ticket.code)).to_be_visible()
    interpreter.get_by_role("button", name="Accept").click()
    expect(interpreter.get_by_text("Accepted:")).to_be_visible()
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED and Ticket.objects.get(pk=ticket.pk).interpreter_arranged
    assert reception.call_next(desk=desk, by=staff) == ticket
