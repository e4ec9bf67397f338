"""The public reception pages: taking a ticket from a phone, the kiosk, the ticket page, the display."""

from __future__ import annotations

import gzip
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import timezone

from onestop.directory.models import Closure, Schedule
from onestop.reception import services as reception
from onestop.reception import views_public
from onestop.reception.models import Channel, Notice, SeriesDay, Ticket, TicketStatus, WaitEstimate
from onestop.reception.tests.conftest import Reception

TAKE = "/{lang}/queue/{slug}/"
KIOSK = "/{lang}/queue/{slug}/kiosk/"


def take_url(rc: Reception, lang: str = "en") -> str:
    return TAKE.format(lang=lang, slug=rc.site.slug)


def kiosk_url(rc: Reception, lang: str = "en") -> str:
    return KIOSK.format(lang=lang, slug=rc.site.slug)


def ticket_url(ticket: Ticket, lang: str = "en") -> str:
    return f"/{lang}/queue/t/{ticket.token}/"


def idempotency_key(page: str) -> str:
    match = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page)
    assert match, "the form carries an idempotency key"
    return match.group(1)


@pytest.fixture(autouse=True)
def _display_feed_not_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each request renders the feed afresh here (one test below checks the sharing)."""
    monkeypatch.setattr(views_public, "DISPLAY_CACHE_SECONDS", 0)


@pytest.fixture
def display_in_own_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The display turns through languages by the clock; these tests look at one language."""
    monkeypatch.setattr(views_public, "_display_language", lambda site, base, now: base)


def close_today(rc: Reception) -> None:
    Closure.objects.create(site=rc.site, date=timezone.localdate())


# --- Check-in from a phone -------------------------------------------------------------------


def test_the_phone_check_in_offers_the_services_and_the_page_language(rc: Reception, client: Client) -> None:
    page = client.get(take_url(rc, "ar")).content.decode()
    for name in ("Welcome desk", "Job advice", "Legal advice"):
        assert name in page
    assert '<option value="ar" selected>' in page
    assert 'name="idempotency_key"' in page


def test_taking_a_ticket_from_a_phone_leads_to_its_page_in_the_page_language(rc: Reception, client: Client) -> None:
    data = {"service": rc.series["jobs"].pk, "language": "ti", "phone": "0151 23456789", "email": ""}
    response = client.post(take_url(rc, "ar"), data)
    ticket = Ticket.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/ar/queue/t/{ticket.token}/"
    assert (ticket.code, ticket.channel, ticket.language, ticket.page_language) == ("J-001", "remote", "ti", "ar")
    assert (ticket.phone, ticket.notify_position) == ("+4915123456789", 3)
    assert SeriesDay.objects.get().remote_count == 1


def test_a_double_submitted_check_in_gives_one_ticket(rc: Reception, client: Client) -> None:
    key = idempotency_key(client.get(take_url(rc)).content.decode())
    data = {"service": rc.series["welcome"].pk, "language": "de", "idempotency_key": key}
    first = client.post(take_url(rc), data)
    second = client.post(take_url(rc), data)
    assert Ticket.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == ticket_url(Ticket.objects.get())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"service": 999_999, "language": "de"}, "Choose a service from the list."),
        ({"language": "de"}, "Choose a service."),
        ({"service": "welcome", "language": "xx"}, "Choose a language from the list."),
        ({"service": "welcome", "language": "de", "phone": "12"}, "This is not a phone number we can send"),
        ({"service": "welcome", "language": "de", "email": "not-an-address"}, "Enter a valid email address."),
    ],
)
def test_bad_input_shows_a_message_and_creates_nothing(
    rc: Reception, client: Client, data: dict[str, object], message: str
) -> None:
    if data.get("service") == "welcome":
        data = {**data, "service": rc.series["welcome"].pk}
    response = client.post(take_url(rc), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Ticket.objects.count() == 0
    assert SeriesDay.objects.filter(last_number__gt=0).count() == 0


def test_a_single_service_is_chosen_already(rc: Reception, client: Client) -> None:
    for key in ("jobs", "legal"):
        rc.series[key].remote_check_in = False
        rc.series[key].save()
    page = client.get(take_url(rc)).content.decode()
    assert re.search(rf'<input type="radio" name="service" value="{rc.series["welcome"].pk}"[^>]* checked>', page)


def test_a_closed_site_says_when_it_opens_and_gives_no_ticket(rc: Reception, client: Client) -> None:
    close_today(rc)
    page = client.get(take_url(rc)).content.decode()
    assert "No tickets can be taken from a phone right now." in page
    assert "Please come back when we open:" in page
    assert 'name="service"' not in page
    response = client.post(take_url(rc), {"service": rc.series["welcome"].pk, "language": "de"})
    assert "The service is closed now, so no tickets are given." in response.content.decode()
    assert Ticket.objects.count() == 0


def test_without_published_hours_no_ticket_is_given_by_phone(make_reception, client: Client) -> None:  # type: ignore[no-untyped-def]
    rc = make_reception("no-hours", always_open=False)
    response = client.post(take_url(rc), {"service": rc.series["welcome"].pk, "language": "de"})
    assert "The service is closed now" in response.content.decode()
    assert Ticket.objects.count() == 0


def test_a_used_up_quota_is_shown_and_refused(rc: Reception, client: Client) -> None:
    series = rc.series["welcome"]
    series.daily_quota = 1
    series.save()
    rc.ticket()
    page = client.get(take_url(rc)).content.decode()
    assert "Welcome desk: all tickets for today are given out" in page
    response = client.post(take_url(rc), {"service": series.pk, "language": "de"})
    assert "All tickets for this service are given out for today." in response.content.decode()
    assert Ticket.objects.count() == 1


def test_a_service_taking_tickets_only_at_the_desk_says_so(rc: Reception, client: Client) -> None:
    series = rc.series["legal"]
    series.remote_check_in = False
    series.save()
    page = client.get(take_url(rc)).content.decode()
    assert "Legal advice: please take a ticket at the reception desk" in page
    response = client.post(take_url(rc), {"service": series.pk, "language": "de"})
    assert "please take a ticket at the reception desk" in response.content.decode()
    assert Ticket.objects.count() == 0


def test_an_unknown_or_hidden_site_is_not_found(rc: Reception, client: Client) -> None:
    assert client.get("/en/queue/nowhere/").status_code == 404
    rc.site.is_public = False
    rc.site.save()
    for url in (take_url(rc), kiosk_url(rc), f"/en/queue/{rc.site.slug}/display/"):
        assert client.get(url).status_code == 404


# --- Kiosk -----------------------------------------------------------------------------------


def test_the_kiosk_starts_with_languages_in_their_own_names(rc: Reception, client: Client) -> None:
    page = client.get(kiosk_url(rc, "de")).content.decode()
    assert f'href="/ar/queue/{rc.site.slug}/kiosk/?lang=ar&amp;home=de" lang="ar" dir="rtl">العربية</a>' in page
    # A language the interface does not speak keeps the kiosk's language; the desk sees "ti".
    assert f'href="/de/queue/{rc.site.slug}/kiosk/?lang=ti&amp;home=de" lang="ti" dir="ltr">ትግርኛ</a>' in page
    # Back to the start after a while: a timer that a touch restarts, or without JavaScript a refresh.
    assert f'<noscript><meta http-equiv="refresh" content="90;url=/de/queue/{rc.site.slug}/kiosk/">' in page
    assert f'data-restart="/de/queue/{rc.site.slug}/kiosk/" data-restart-after="90"' in page


def test_a_kiosk_check_in_gives_a_ticket_with_a_qr_code_and_returns_to_the_start(rc: Reception, client: Client) -> None:
    url = f"{kiosk_url(rc, 'ar')}?lang=ar&home=de"
    page = client.get(url).content.decode()
    assert '<svg class="pictogram"' in page
    response = client.post(url, {"service": rc.series["welcome"].pk, "language": "ar", "home": "de"})
    ticket = Ticket.objects.get()
    assert (ticket.channel, ticket.language, ticket.page_language) == (Channel.KIOSK, "ar", "ar")
    assert response.status_code == 302
    shown = client.get(response["Location"]).content.decode()
    assert ticket.code in shown
    assert 'class="segno"' in shown
    assert f"http://testserver/ar/queue/t/{ticket.token}/" in shown
    assert f'<meta http-equiv="refresh" content="30;url=/de/queue/{rc.site.slug}/kiosk/">' in shown
    assert 'data-restart-after="30"' in shown
    assert "data-print" in shown


def test_a_double_tap_on_the_kiosk_gives_one_ticket(rc: Reception, client: Client) -> None:
    url = f"{kiosk_url(rc)}?lang=de"
    key = idempotency_key(client.get(url).content.decode())
    data = {"service": rc.series["welcome"].pk, "language": "de", "idempotency_key": key}
    first, second = client.post(url, data), client.post(url, data)
    assert first["Location"] == second["Location"]
    assert Ticket.objects.count() == 1


def test_the_kiosk_shows_a_ticket_only_just_after_it_was_taken(rc: Reception, client: Client) -> None:
    old = rc.ticket(channel=Channel.KIOSK, at=timezone.now() - timedelta(minutes=5))
    response = client.get(f"{kiosk_url(rc)}?ticket={old.token}")
    assert response.status_code == 302
    assert response["Location"] == kiosk_url(rc)
    assert old.code not in client.get(response["Location"]).content.decode()


def test_the_kiosk_refuses_an_unknown_service_and_a_closed_site(rc: Reception, client: Client) -> None:
    url = f"{kiosk_url(rc)}?lang=de"
    response = client.post(url, {"service": 999_999, "language": "de"})
    assert "Choose a service from the list." in response.content.decode()
    close_today(rc)
    page = client.get(url).content.decode()
    assert "We are closed now, so no tickets are given." in page
    response = client.post(url, {"service": rc.series["welcome"].pk, "language": "de"})
    assert "The service is closed now, so no tickets are given." in response.content.decode()
    assert Ticket.objects.count() == 0


def test_the_kiosk_tells_people_to_ask_the_desk_for_priority(rc: Reception, client: Client) -> None:
    page = client.get(f"{kiosk_url(rc)}?lang=de").content.decode()
    assert "Pregnant, disabled, or need urgent help? Tell the reception desk." in page
    assert "priority" not in re.sub(r'class="[^"]*"', "", page).lower()


# --- The ticket's status page ----------------------------------------------------------------


def test_the_ticket_page_shows_the_place_and_wait_and_stores_the_estimate(rc: Reception, client: Client) -> None:
    rc.open("2", "de")
    rc.ticket()
    mine = rc.ticket()
    page = client.get(ticket_url(mine)).content.decode()
    assert "W-002" in page and "Welcome desk" in page
    assert "Your place in the queue: <strong>2</strong>" in page
    assert "Estimated wait: about 10 minutes." in page
    assert 'hx-get="/en/queue/t/' in page and 'hx-trigger="every 10s"' in page
    assert ">Refresh</a>" in page
    # One estimate at check-in; the page does not store another within minutes.
    assert WaitEstimate.objects.filter(ticket=mine).count() == 1
    WaitEstimate.objects.filter(ticket=mine).update(made_at=timezone.now() - timedelta(minutes=10))
    client.get(ticket_url(mine))
    assert WaitEstimate.objects.filter(ticket=mine).count() == 2


def test_the_ticket_page_speaks_the_language_of_its_address(rc: Reception, client: Client) -> None:
    ticket = rc.ticket(language="ar", page_language="ar")
    page = client.get(ticket_url(ticket, "ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in page


def test_a_ticket_link_that_does_not_exist_gets_a_clear_message(rc: Reception, client: Client) -> None:
    for url in ("/de/queue/t/not-a-ticket/", "/de/queue/t/not-a-ticket/status/", "/de/queue/t/" + "x" * 60 + "/"):
        response = client.get(url)
        assert response.status_code == 404
        page = response.content.decode()
        assert '<html lang="de"' in page
        assert "<h1>" in page
    for action in ("notify", "leave"):
        response = client.post(f"/en/queue/t/not-a-ticket/{action}/", {"phone": "+4915123456789"})
        assert response.status_code == 404
        assert "We cannot find a ticket at this address." in response.content.decode()
    assert Ticket.objects.count() == 0


def test_the_called_ticket_shows_the_desk(rc: Reception, client: Client) -> None:
    ticket = rc.ticket()
    desk = rc.open("3", "de")
    desk.services.add(rc.services["welcome"])
    reception.call_next(desk=desk, by=rc.staff)
    page = client.get(ticket_url(ticket)).content.decode()
    assert "It is your turn: please go to desk 3." in page
    assert "Leave the queue" not in page


def test_the_status_fragment_reloads_the_page_when_the_state_changed(rc: Reception, client: Client) -> None:
    ticket = rc.ticket()
    url = f"/en/queue/t/{ticket.token}/status/?shown=waiting"
    fragment = client.get(url, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    assert fragment.content.decode().startswith('<div id="ticket-status"')
    assert "HX-Refresh" not in fragment
    reception.call_next(desk=rc.open("1", "de"), by=rc.staff)
    changed = client.get(url, HTTP_HX_REQUEST="true")
    assert changed["HX-Refresh"] == "true"
    assert "please go to desk 1" in client.get(f"/en/queue/t/{ticket.token}/status/").content.decode()


def test_asking_to_be_told(rc: Reception, client: Client) -> None:
    ticket = rc.ticket()
    response = client.post(f"/en/queue/t/{ticket.token}/notify/", {"phone": "+49 151 23456789", "position": 2})
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert (ticket.phone, ticket.notify_position) == ("+4915123456789", 2)
    assert "We will tell you when you reach place 2." in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"phone": "12", "position": 3}, "This is not a phone number we can send"),
        ({"phone": "", "email": "", "position": 3}, "Enter a mobile number or an e-mail address."),
        ({"email": "nope", "position": 3}, "Enter a valid email address."),
        ({"email": "a@example.org", "position": 99}, "Select a valid choice."),
    ],
)
def test_asking_to_be_told_with_bad_input_changes_nothing(
    rc: Reception, client: Client, data: dict[str, object], message: str
) -> None:
    ticket = rc.ticket()
    response = client.post(f"/en/queue/t/{ticket.token}/notify/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    ticket.refresh_from_db()
    assert (ticket.phone, ticket.email, ticket.notify_position) == ("", "", None)


def test_leaving_the_queue(rc: Reception, client: Client) -> None:
    ticket = rc.ticket()
    assert client.get(f"/en/queue/t/{ticket.token}/leave/").status_code == 405
    page = client.get(ticket_url(ticket)).content.decode()
    assert "<summary>Leave the queue</summary>" in page
    response = client.post(f"/en/queue/t/{ticket.token}/leave/")
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.LEFT
    page = client.get(response["Location"]).content.decode()
    assert "You have left the queue." in page
    assert "hx-trigger" not in page  # nothing changes any more: no polling
    again = client.get(response["Location"])
    assert "Leave the queue" not in again.content.decode()
    client.post(f"/en/queue/t/{ticket.token}/leave/")
    assert "This ticket is not waiting any more." in client.get(ticket_url(ticket)).content.decode()


# --- Display screen --------------------------------------------------------------------------


@pytest.mark.usefixtures("display_in_own_language")
def test_the_display_shows_calls_queues_hours_and_notices(rc: Reception, client: Client) -> None:
    first = rc.ticket()
    rc.ticket()
    rc.ticket("legal")
    Notice.objects.create(site=rc.site, text="The lift is out of order.")
    Notice.objects.create(site=rc.site, text="Nur auf Deutsch.", language="de")
    reception.call_next(desk=rc.open("2", "de"), by=rc.staff)
    page = client.get(f"/en/queue/{rc.site.slug}/display/").content.decode()
    assert re.search(rf'<span class="number">{first.code}</span>.*Desk 2</span>', page)
    assert "<td>1</td>" in page  # one more waiting at the welcome desk, one for legal advice
    assert "The lift is out of order." in page and "Nur auf Deutsch." not in page
    assert 'hx-trigger="every 2s"' in page
    assert f'data-last-call="{first.code}@' in page
    assert '<noscript><meta http-equiv="refresh" content="10"></noscript>' in page
    feed = client.get(f"/en/queue/{rc.site.slug}/display/feed/").content.decode()
    assert feed.startswith('<div id="display-feed"') and first.code in feed
    assert 'hx-get="/en/queue/' in feed


def test_the_display_turns_through_the_languages_of_the_people_waiting(rc: Reception) -> None:
    rc.ticket(language="ar", page_language="ar")
    rc.ticket(language="uk", page_language="uk")
    rc.ticket(language="ti", page_language="en")
    seconds = views_public.DISPLAY_LANGUAGE_SECONDS
    start = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
    shown = [views_public._display_language(rc.site, "de", start + timedelta(seconds=seconds * i)) for i in range(8)]
    assert set(shown) == {"de", "ar", "uk", "en"}
    assert shown[:4] == shown[4:]  # one turn, then again


def test_the_display_feed_is_in_the_language_of_the_time_slot(
    rc: Reception, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    rc.ticket(language="ar", page_language="ar")
    monkeypatch.setattr(views_public, "_display_language", lambda site, base, now: "ar")
    feed = client.get(f"/en/queue/{rc.site.slug}/display/feed/").content.decode()
    assert 'lang="ar" dir="rtl"' in feed
    assert 'hx-get="/en/queue/' in feed  # the display keeps asking at its own address


# --- Weight and no JavaScript ----------------------------------------------------------------


def _static(path: str) -> bytes:
    found = finders.find(path)
    assert found, path
    return Path(str(found)).read_bytes()


def _weight(html: bytes) -> int:
    """The page with every stylesheet and script it loads, compressed."""
    total = len(gzip.compress(html))
    for path in re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html):
        total += len(gzip.compress(_static(path.decode())))
    return total


def test_the_public_pages_weigh_under_30_kb_compressed(rc: Reception, client: Client) -> None:
    for key in ("welcome", "jobs", "legal"):
        rc.ticket(key, language="ar", page_language="ar")
    reception.call_next(desk=rc.open("1", "ar"), by=rc.staff)
    ticket = rc.ticket()
    kiosk = client.post(f"{kiosk_url(rc, 'ar')}?lang=ar", {"service": rc.series["welcome"].pk, "language": "ar"})
    pages = {
        "take": client.get(take_url(rc, "ar")),
        "kiosk-languages": client.get(kiosk_url(rc, "ar")),
        "kiosk-services": client.get(f"{kiosk_url(rc, 'ar')}?lang=ar"),
        "kiosk-ticket": client.get(kiosk["Location"]),
        "ticket": client.get(ticket_url(ticket, "ar")),
        "display": client.get(f"/ar/queue/{rc.site.slug}/display/"),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        weight = _weight(response.content)
        assert weight < 30 * 1024, (name, weight)


def test_the_forms_work_without_javascript(rc: Reception, client: Client) -> None:
    """Plain HTML forms that post to the server: no script is needed to take a ticket or to leave."""
    page = client.get(take_url(rc)).content.decode()
    assert "<script" not in page
    assert re.search(r'<form method="post" class="narrow take"', page)
    ticket = rc.ticket()
    page = client.get(ticket_url(ticket)).content.decode()
    assert f'action="/en/queue/t/{ticket.token}/leave/"' in page
    assert f'action="/en/queue/t/{ticket.token}/notify/"' in page


@pytest.mark.usefixtures("display_in_own_language")
def test_the_display_shows_todays_opening_hours(make_reception, client: Client) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    rc = make_reception("office", always_open=False)
    Schedule.objects.create(site=rc.site, byday="MO,TU,WE,TH,FR,SA,SU", opens_at=time(0, 0), closes_at=time(23, 59))
    page = client.get(f"/en/queue/{rc.site.slug}/display/").content.decode()
    assert "Opening hours today" in page
    assert "23:59" in page or "11:59" in page


@pytest.mark.usefixtures("display_in_own_language")
def test_the_display_feed_costs_the_same_queries_for_one_or_many_calls_and_waiting(
    rc: Reception, client: Client
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = f"/en/queue/{rc.site.slug}/display/feed/"

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    desks = [rc.open(label, "de") for label in ("1", "2", "3")]
    rc.ticket(language="de")
    reception.call_next(desk=desks[1], by=rc.staff)
    rc.ticket(language="de")
    few = queries()
    for desk in (desks[0], desks[2]):
        rc.ticket("jobs", language="de")
        reception.call_next(desk=desk, by=rc.staff)
    for _ in range(3):
        rc.ticket(language="de")
    assert queries() == few


@pytest.mark.usefixtures("display_in_own_language")
def test_the_screens_of_a_site_share_one_feed_per_second(
    rc: Reception, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    monkeypatch.setattr(views_public, "DISPLAY_CACHE_SECONDS", 1)
    clock = [1_000_000.0]
    monkeypatch.setattr(views_public, "_clock", lambda: clock[0])
    url = f"/en/queue/{rc.site.slug}/display/feed/"
    first = client.get(url).content.decode()
    ticket = rc.ticket()
    reception.call_next(desk=rc.open("1", "de"), by=rc.staff)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).content.decode() == first  # another screen, the same second
    assert len(captured.captured_queries) == 0
    assert client.get(f"/de/queue/{rc.site.slug}/display/feed/").content.decode() != first  # its own language
    clock[0] += 1
    assert ticket.code in client.get(url).content.decode()  # the next second: the new call
    assert client.get("/en/queue/nowhere/display/feed/").status_code == 404
    cache.clear()
