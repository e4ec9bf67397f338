"""The reception API: desks, check-in, desk actions and the public display feed, under the same
rules as the services; other organisations' desks and tickets answer exactly like missing ones."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conftest import Api
from onestop.accounts.models import Role
from onestop.directory.models import Closure, ServiceText
from onestop.reception import services as reception
from onestop.reception.api import ticket_status_path
from onestop.reception.models import (
    Desk,
    DeskSession,
    EventKind,
    Notice,
    PriorityReason,
    SeriesDay,
    Ticket,
    TicketEvent,
    TicketStatus,
)
from onestop.reception.tests.conftest import Reception

pytestmark = pytest.mark.django_db
MISSING = 999_999
PHONE = "+4915123456789"


@pytest.fixture(autouse=True)
def _fresh_display_cache() -> None:
    cache.clear()


@pytest.fixture
def staff(api: Callable[..., Api], rc: Reception) -> Api:
    return api(Role.RECEPTION, rc.org)


@pytest.fixture
def other(make_reception: Callable[..., Reception]) -> Reception:
    """Another organisation's reception at another site, with a waiting ticket."""
    other = make_reception("town-hall")
    other.ticket(language="de", phone=PHONE)
    other.open("1", "de")
    return other


def post(staff: Api, path: str, body: Any = None, **headers: str) -> Any:
    return staff.call("POST", path, body if body is not None else {}, **headers)


def fields(response: Any) -> dict[str, list[str]]:
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "invalid"
    return dict(error.get("fields", {}))


# --- Desks --------------------------------------------------------------------------------------


def test_desks_list_the_users_desks_with_services_and_todays_languages(
    staff: Api, rc: Reception, other: Reception
) -> None:
    rc.open("1", "de", "ar")
    desks = staff.get("desks/").json()
    assert [d["label"] for d in desks] == ["1", "2", "3"]  # none of the other organisation's
    first = desks[0]
    assert first["site"] == {"id": rc.site.pk, "slug": "welcome-centre", "name": "Welcome Centre"}
    assert sorted(s["name"] for s in first["services"]) == ["Job advice", "Welcome desk"]
    assert (first["is_open"], first["languages"]) == (True, ["ar", "de"])
    assert (desks[1]["is_open"], desks[1]["languages"], desks[1]["opened_at"]) == (False, [], None)


def test_the_coordinator_sees_every_desk_and_can_filter_by_site(
    api: Callable[..., Api], rc: Reception, other: Reception
) -> None:
    coordinator = api(Role.COORDINATOR, rc.org)
    assert len(coordinator.get("desks/").json()) == 6
    assert {d["site"]["slug"] for d in coordinator.get("desks/?site=town-hall").json()} == {"town-hall"}


def test_the_desk_list_reads_a_fixed_number_of_queries(staff: Api, rc: Reception) -> None:
    Desk.objects.filter(label__in=["2", "3"]).update(is_active=False)
    staff.get("desks/")  # roles and token cached in the same way for both counts
    with CaptureQueriesContext(connection) as one:
        assert len(staff.get("desks/").json()) == 1
    Desk.objects.update(is_active=True)
    for label in ("1", "2", "3"):
        rc.open(label, "de")
    with CaptureQueriesContext(connection) as three:
        assert len(staff.get("desks/").json()) == 3
    assert len(one.captured_queries) == len(three.captured_queries)


def test_open_and_close_a_desk(staff: Api, rc: Reception) -> None:
    desk = rc.desks["2"]
    opened = post(staff, f"desks/{desk.pk}/open/", {"languages": ["uk", "ru"]})
    assert opened.status_code == 200
    assert (opened.json()["is_open"], opened.json()["languages"]) == (True, ["ru", "uk"])
    assert DeskSession.objects.get(desk=desk, closed_at__isnull=True).user == staff.user
    closed = post(staff, f"desks/{desk.pk}/close/")
    assert (closed.status_code, closed.json()["is_open"]) == (200, False)


@pytest.mark.parametrize("languages", [[], ["xx"], "de"])
def test_opening_needs_known_languages_and_opens_nothing(staff: Api, rc: Reception, languages: Any) -> None:
    response = post(staff, f"desks/{rc.desks['2'].pk}/open/", {"languages": languages})
    assert "languages" in fields(response)
    assert not DeskSession.objects.exists()


def test_call_next_answers_the_called_ticket_or_204_when_nobody_fits(staff: Api, rc: Reception) -> None:
    arabic = rc.ticket(language="ar")
    german = rc.ticket(language="de")
    desk = rc.open("2", "de")
    response = post(staff, f"desks/{desk.pk}/call-next/")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["code"], body["status"], body["desk"]) == (german.pk, "W-002", "called", "2")
    nobody = post(staff, f"desks/{desk.pk}/call-next/")
    assert (nobody.status_code, nobody.content) == (204, b"")
    assert Ticket.objects.get(pk=arabic.pk).status == TicketStatus.WAITING  # nobody here speaks Arabic


def test_call_next_at_a_closed_desk_is_refused(staff: Api, rc: Reception) -> None:
    rc.ticket()
    response = post(staff, f"desks/{rc.desks['2'].pk}/call-next/")
    assert response.status_code == 400
    assert "Open the desk first" in response.json()["error"]["message"]
    assert not Ticket.objects.filter(status=TicketStatus.CALLED).exists()


def test_the_desk_queue_shows_the_order_of_call_next_with_the_reasons(staff: Api, rc: Reception) -> None:
    plain = rc.ticket(language="de", at=timezone.now() - timedelta(minutes=20))
    urgent = rc.ticket(language="de", priority_reason=PriorityReason.MEDICAL)
    rc.ticket(language="ar")  # desk 2 does not speak Arabic today
    desk = rc.open("2", "de")
    data = staff.get(f"desks/{desk.pk}/queue/").json()
    assert (data["desk"]["label"], data["current"], data["parked"]) == ("2", None, [])
    assert [(line["id"], line["waited_minutes"]) for line in data["waiting"]] == [(urgent.pk, 0), (plain.pk, 20)]
    assert data["waiting"][0]["why"] == "Priority: Medical urgency (weight 30), then arrival time."
    assert data["waiting"][1]["why"] == "No priority: in order of arrival."
    post(staff, f"desks/{desk.pk}/call-next/")
    assert staff.get(f"desks/{desk.pk}/queue/").json()["current"]["id"] == urgent.pk
    closed = staff.get(f"desks/{rc.desks['3'].pk}/queue/").json()
    assert (closed["desk"]["is_open"], closed["waiting"]) == (False, [])


def test_the_desk_queue_reads_a_fixed_number_of_queries(staff: Api, rc: Reception) -> None:
    desk = rc.open("2", "de")
    rc.ticket()
    staff.get(f"desks/{desk.pk}/queue/")
    with CaptureQueriesContext(connection) as one:
        assert len(staff.get(f"desks/{desk.pk}/queue/").json()["waiting"]) == 1
    rc.ticket()
    rc.ticket(priority_reason=PriorityReason.ELDERLY)
    with CaptureQueriesContext(connection) as three:
        assert len(staff.get(f"desks/{desk.pk}/queue/").json()["waiting"]) == 3
    assert len(one.captured_queries) == len(three.captured_queries)


def test_another_organisations_desk_queue_is_not_found(staff: Api, rc: Reception, other: Reception) -> None:
    theirs = staff.get(f"desks/{other.desks['1'].pk}/queue/")
    missing = staff.get(f"desks/{MISSING}/queue/")
    assert theirs.status_code == missing.status_code == 404
    assert theirs.content == missing.content
    assert PHONE not in theirs.content.decode()


DESK_ENDPOINTS = {
    "open": ("desks/{desk}/open/", {"languages": ["de"]}),
    "close": ("desks/{desk}/close/", None),
    "call-next": ("desks/{desk}/call-next/", None),
    "call": ("desks/{desk}/tickets/{ticket}/call/", None),
    "recall": ("desks/{desk}/tickets/{ticket}/recall/", None),
    "no-show": ("desks/{desk}/tickets/{ticket}/no-show/", None),
    "park": ("desks/{desk}/tickets/{ticket}/park/", {"note": "form"}),
    "resume": ("desks/{desk}/tickets/{ticket}/resume/", None),
    "transfer": ("desks/{desk}/tickets/{ticket}/transfer/", {"service": 1, "note": "x"}),
    "finish": ("desks/{desk}/tickets/{ticket}/finish/", {"outcome": "served"}),
}


@pytest.mark.parametrize("endpoint", sorted(DESK_ENDPOINTS))
def test_another_organisations_desk_answers_exactly_like_a_missing_one(
    endpoint: str, staff: Api, rc: Reception, other: Reception
) -> None:
    template, body = DESK_ENDPOINTS[endpoint]
    theirs = Ticket.objects.get(site=other.site)
    before = list(Ticket.objects.values_list("pk", "status", "desk_id").order_by("pk"))
    sessions = list(DeskSession.objects.values_list("pk", "closed_at"))
    other_desk = post(staff, template.format(desk=other.desks["1"].pk, ticket=theirs.pk), body)
    missing = post(staff, template.format(desk=MISSING, ticket=MISSING), body)
    assert other_desk.status_code == missing.status_code == 404
    assert other_desk.content == missing.content
    assert other_desk.json() == {"error": {"status": 404, "code": "not_found", "message": "Not found."}}
    assert list(Ticket.objects.values_list("pk", "status", "desk_id").order_by("pk")) == before
    assert list(DeskSession.objects.values_list("pk", "closed_at")) == sessions


def test_a_ticket_of_another_site_answers_not_found_at_the_users_desk(
    staff: Api, rc: Reception, other: Reception
) -> None:
    desk = rc.open("1", "de")
    theirs = Ticket.objects.get(site=other.site)
    response = post(staff, f"desks/{desk.pk}/tickets/{theirs.pk}/call/")
    assert response.status_code == 404
    assert Ticket.objects.get(pk=theirs.pk).status == TicketStatus.WAITING


def test_desk_actions_follow_a_visit_from_call_to_finish(staff: Api, rc: Reception) -> None:
    ticket = rc.ticket(language="de")
    desk = rc.open("1", "de")
    base = f"desks/{desk.pk}/tickets/{ticket.pk}"
    assert post(staff, f"{base}/call/").json()["status"] == "called"
    assert post(staff, f"{base}/recall/").json()["call_count"] == 2
    parked = post(staff, f"{base}/park/", {"note": "fills in the form"}).json()
    assert (parked["status"], parked["note"]) == ("parked", "fills in the form")
    assert post(staff, f"{base}/resume/").json()["status"] == "called"
    moved = post(staff, f"{base}/transfer/", {"service": rc.services["legal"].pk, "note": "Asylum question"}).json()
    assert (moved["status"], moved["service"], moved["code"]) == ("waiting", rc.services["legal"].pk, "W-001")
    legal = rc.open("3", "de")
    assert post(staff, f"desks/{legal.pk}/call-next/").json()["id"] == ticket.pk
    done = post(staff, f"desks/{legal.pk}/tickets/{ticket.pk}/finish/", {"outcome": "referred", "note": "ok"})
    assert (done.status_code, done.json()["status"], done.json()["outcome"]) == (200, "done", "referred")
    kinds = list(TicketEvent.objects.filter(ticket=ticket).values_list("kind", flat=True))
    assert kinds == [
        EventKind.ARRIVED, EventKind.CALLED, EventKind.RECALLED, EventKind.PARKED, EventKind.RESUMED,
        EventKind.TRANSFERRED, EventKind.CALLED, EventKind.FINISHED,
    ]  # fmt: skip


def test_no_show_ends_the_ticket(staff: Api, rc: Reception) -> None:
    ticket = rc.ticket()
    desk = rc.open("2", "de")
    post(staff, f"desks/{desk.pk}/call-next/")
    response = post(staff, f"desks/{desk.pk}/tickets/{ticket.pk}/no-show/")
    assert (response.status_code, response.json()["status"]) == (200, "no_show")


def test_desk_actions_on_a_ticket_in_the_wrong_state_are_refused_and_change_nothing(staff: Api, rc: Reception) -> None:
    ticket = rc.ticket()
    desk = rc.open("2", "de")
    for action, body in (("finish", {}), ("recall", None), ("park", {}), ("resume", None), ("no-show", None)):
        response = post(staff, f"desks/{desk.pk}/tickets/{ticket.pk}/{action}/", body)
        assert response.status_code == 400, action
        assert response.json()["error"]["message"]
    transfer = post(staff, f"desks/{desk.pk}/tickets/{ticket.pk}/transfer/", {"service": MISSING, "note": ""})
    assert set(fields(transfer)) == {"service", "note"}
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.WAITING
    assert TicketEvent.objects.filter(ticket=ticket).count() == 1


def test_finish_with_an_unknown_outcome_names_the_field(staff: Api, rc: Reception) -> None:
    ticket = rc.ticket()
    desk = rc.open("2", "de")
    post(staff, f"desks/{desk.pk}/call-next/")
    response = post(staff, f"desks/{desk.pk}/tickets/{ticket.pk}/finish/", {"outcome": "magic"})
    assert "outcome" in fields(response)
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.CALLED


# --- Check-in -----------------------------------------------------------------------------------


def checkin(rc: Reception, **extra: Any) -> dict[str, Any]:
    return {"service": rc.services["welcome"].pk, "site": rc.site.slug, "language": "ar", **extra}


def test_check_in_gives_a_ticket_with_its_number_and_status_link(staff: Api, rc: Reception) -> None:
    rc.ticket(language="de")
    body = checkin(rc, priority_reason="pregnancy", phone="0151 23456789", notify_position=2)
    response = post(staff, "tickets/", body)
    assert response.status_code == 201, response.content
    data = response.json()
    ticket = Ticket.objects.get(pk=data["id"])
    assert (data["code"], data["number"], data["status"], data["channel"]) == ("W-002", 2, "waiting", "api")
    assert (data["language"], data["page_language"], data["priority_reason"]) == ("ar", "ar", "pregnancy")
    assert (data["phone"], data["notify_position"]) == (PHONE, 2)
    assert data["position"] == 1  # priority before the earlier ticket without one
    assert data["estimate_minutes"] == 0
    assert data["status_url"] == f"http://testserver/ar/queue/t/{ticket.token}/"
    assert ticket.created_by == staff.user


def test_the_site_may_be_given_by_id_and_the_page_language_chosen(staff: Api, rc: Reception) -> None:
    response = post(staff, "tickets/", checkin(rc, site=str(rc.site.pk), language="ti", page_language="en"))
    assert response.status_code == 201
    data = response.json()
    assert (data["language"], data["page_language"]) == ("ti", "en")
    assert data["status_url"].endswith(f"/en/queue/t/{Ticket.objects.get().token}/")


def test_the_status_link_is_in_the_language_of_the_tickets_pages(rc: Reception) -> None:
    ticket = rc.ticket(language="uk")
    assert ticket_status_path(ticket) == f"/uk/queue/t/{ticket.token}/"
    ticket.page_language = "fa"
    assert ticket_status_path(ticket) == f"/fa/queue/t/{ticket.token}/"


def _quota(rc: Reception) -> None:
    series = rc.series["welcome"]
    series.daily_quota = 1
    series.save()
    rc.ticket()


def _closed(rc: Reception) -> None:
    Closure.objects.create(site=rc.site, date=timezone.localdate())


def _nothing(rc: Reception) -> None:
    pass


BAD_CHECK_INS: dict[str, tuple[Callable[[Reception], None], Callable[[Reception], dict[str, Any]], set[str]]] = {
    "unknown service": (_nothing, lambda rc: checkin(rc, service=MISSING), {"service"}),
    "service without tickets here": (
        _nothing,
        lambda rc: checkin(rc, service=rc.services["welcome"].pk + 1000),
        {"service"},
    ),
    "closed site": (_closed, checkin, {"site"}),
    "quota reached": (_quota, checkin, {"service"}),
    "malformed phone": (_nothing, lambda rc: checkin(rc, phone="12"), {"phone"}),
    "unknown language": (_nothing, lambda rc: checkin(rc, language="xx"), {"language"}),
    "unknown site": (_nothing, lambda rc: checkin(rc, site="nowhere"), {"site"}),
    "unknown priority": (_nothing, lambda rc: checkin(rc, priority_reason="vip"), {"priority_reason"}),
    "several at once": (
        _nothing,
        lambda rc: {"service": "x", "language": "xx", "phone": "abc"},
        {"service", "site", "language", "phone"},
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CHECK_INS))
def test_bad_check_ins_answer_400_per_field_and_create_nothing(case: str, staff: Api, rc: Reception) -> None:
    prepare, body, expected = BAD_CHECK_INS[case]
    prepare(rc)
    tickets = list(Ticket.objects.values_list("pk", flat=True))
    counters = list(SeriesDay.objects.values_list("pk", "last_number", "remote_count"))
    response = post(staff, "tickets/", body(rc), HTTP_ACCEPT_LANGUAGE="en")
    errors = fields(response)
    assert set(errors) == expected
    assert all(messages and all(isinstance(m, str) and m for m in messages) for messages in errors.values())
    assert list(Ticket.objects.values_list("pk", flat=True)) == tickets
    assert list(SeriesDay.objects.values_list("pk", "last_number", "remote_count")) == counters


def test_errors_speak_the_language_of_the_request(staff: Api, rc: Reception) -> None:
    errors = fields(post(staff, "tickets/", {}, HTTP_ACCEPT_LANGUAGE="de"))
    assert errors == {key: ["Dieses Feld ist zwingend erforderlich."] for key in ["service", "site", "language"]}
    assert not Ticket.objects.exists()


def test_a_malformed_phone_number_is_explained(staff: Api, rc: Reception) -> None:
    errors = fields(post(staff, "tickets/", checkin(rc, phone="12")))
    assert errors["phone"] == [
        "This is not a phone number we can send a message to. Check it, with the country code, e.g. +49 151 2345678."
    ]


def test_a_retried_check_in_with_the_same_idempotency_key_gives_one_ticket(staff: Api, rc: Reception) -> None:
    first = post(staff, "tickets/", checkin(rc), HTTP_IDEMPOTENCY_KEY="kiosk-42")
    again = post(staff, "tickets/", checkin(rc), HTTP_IDEMPOTENCY_KEY="kiosk-42")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Ticket.objects.count() == 1
    other_key = post(staff, "tickets/", checkin(rc), HTTP_IDEMPOTENCY_KEY="kiosk-43")
    assert other_key.json()["code"] == "W-002"


def test_a_site_where_the_user_does_not_work_is_unknown(staff: Api, rc: Reception, other: Reception) -> None:
    response = post(staff, "tickets/", checkin(other, site=other.site.slug))
    missing = post(staff, "tickets/", checkin(other, site="no-such-site"))
    assert fields(response) == fields(missing) == {"site": ["There is no such site where you work."]}
    assert Ticket.objects.filter(site=other.site).count() == 1


# --- Tickets ------------------------------------------------------------------------------------


def test_a_ticket_with_its_place_and_estimate(staff: Api, rc: Reception) -> None:
    rc.ticket(language="de")
    ticket = rc.ticket(language="ar", phone=PHONE)
    rc.open("2", "ar")
    data = staff.get(f"tickets/{ticket.pk}/").json()
    assert (data["code"], data["position"], data["phone"]) == ("W-002", 2, PHONE)
    assert data["estimate_minutes"] == 10  # one ahead, ten minutes each, one desk


def test_another_organisations_ticket_answers_exactly_like_a_missing_one(
    staff: Api, rc: Reception, other: Reception
) -> None:
    theirs = Ticket.objects.get(site=other.site)
    response = staff.get(f"tickets/{theirs.pk}/")
    missing = staff.get(f"tickets/{MISSING}/")
    assert response.status_code == missing.status_code == 404
    assert response.content == missing.content
    assert PHONE not in response.content.decode()


def test_ticket_list_filters_by_site_and_status(
    api: Callable[..., Api], staff: Api, rc: Reception, other: Reception
) -> None:
    waiting = rc.ticket()
    called = rc.ticket(language="ar")
    rc.open("1", "ar")
    reception.call_next(desk=rc.desks["1"], by=rc.staff)
    assert [t["id"] for t in staff.get("tickets/").json()["results"]] == [waiting.pk, called.pk]
    assert [t["id"] for t in staff.get("tickets/?status=called").json()["results"]] == [called.pk]
    assert staff.get("tickets/?status=done").json()["count"] == 0
    assert fields(staff.get("tickets/?status=lost")) == {
        "status": ["Choose states from: waiting, called, parked, done, no_show, left."]
    }
    coordinator = api(Role.COORDINATOR, rc.org)
    assert coordinator.get("tickets/").json()["count"] == 3
    assert [t["site"] for t in coordinator.get("tickets/?site=town-hall").json()["results"]] == ["town-hall"]


def test_ticket_list_reads_a_fixed_number_of_queries(staff: Api, rc: Reception) -> None:
    rc.ticket()
    staff.get("tickets/")
    with CaptureQueriesContext(connection) as one:
        assert staff.get("tickets/").json()["count"] == 1
    rc.ticket(language="ar")
    rc.ticket("jobs")
    with CaptureQueriesContext(connection) as three:
        assert staff.get("tickets/").json()["count"] == 3
    assert len(one.captured_queries) == len(three.captured_queries)


# --- Display feed -------------------------------------------------------------------------------


def test_the_display_feed_is_public_and_shows_calls_and_queues_without_personal_data(
    client: Client, rc: Reception
) -> None:
    rc.ticket(language="ar", phone=PHONE, email="amira@example.org")
    rc.ticket(language="de", priority_reason=PriorityReason.ELDERLY)
    rc.ticket("legal", language="uk")
    rc.open("2", "de")
    reception.call_next(desk=rc.desks["2"], by=rc.staff)
    ServiceText.objects.create(service=rc.services["welcome"], language="ar", name="مكتب الاستقبال")
    Notice.objects.create(site=rc.site, text="Closed on Friday afternoon", language="")
    response = client.get(f"/api/v1/sites/{rc.site.slug}/display/?language=ar")
    assert response.status_code == 200
    data = response.json()
    assert data["site"]["slug"] == "welcome-centre" and data["language"] == "ar"
    assert [(c["code"], c["desk"], c["pictogram"]) for c in data["calls"]] == [("W-002", "2", "info")]
    queues = {q["prefix"]: q for q in data["queues"]}
    assert (queues["W"]["waiting"], queues["W"]["name"]) == (1, "مكتب الاستقبال")
    assert (queues["L"]["waiting"], queues["L"]["name"], queues["J"]["waiting"]) == (1, "Legal advice", 0)
    assert all(isinstance(q["estimate_minutes"], int) for q in data["queues"])
    assert set(data["languages"]) == {"ar", "de", "uk"}
    assert data["notices"] == ["Closed on Friday afternoon"]
    text = response.content.decode()
    for private in (PHONE, "amira@example.org", Ticket.objects.first().token):  # type: ignore[union-attr]
        assert private not in text


def test_the_display_feed_of_an_unknown_or_hidden_site_is_not_found(client: Client, rc: Reception) -> None:
    assert client.get("/api/v1/sites/nowhere/display/").status_code == 404
    rc.site.is_public = False
    rc.site.save()
    assert client.get(f"/api/v1/sites/{rc.site.slug}/display/").status_code == 404


def test_the_display_feed_reads_a_fixed_number_of_queries(client: Client, rc: Reception) -> None:
    url = f"/api/v1/sites/{rc.site.slug}/display/"
    rc.ticket()
    rc.open("2", "ar")
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(6):
        rc.ticket(["welcome", "jobs", "legal"][n % 3], language=["de", "ar"][n % 2])
    rc.open("1", "de")
    reception.call_next(desk=rc.desks["1"], by=rc.staff, now=timezone.now() + timedelta(seconds=1))
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few.captured_queries) == len(many.captured_queries)


def test_every_screen_of_a_site_shares_one_feed_for_two_seconds(client: Client, rc: Reception) -> None:
    url = f"/api/v1/sites/{rc.site.slug}/display/?language=en"
    first = client.get(url).json()
    rc.ticket()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url).json()
    assert again == first and not queries.captured_queries
    german = client.get(f"/api/v1/sites/{rc.site.slug}/display/?language=de").json()
    assert [q["waiting"] for q in german["queues"] if q["prefix"] == "W"] == [1]
    cache.clear()  # two seconds later
    assert [q["waiting"] for q in client.get(url).json()["queues"] if q["prefix"] == "W"] == [1]


def test_while_one_request_works_out_the_next_feed_the_others_get_the_last_one(
    client: Client, rc: Reception, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"/api/v1/sites/{rc.site.slug}/display/?language=en"
    first = client.get(url).json()
    rc.ticket()
    clock = time.time() + 3  # the feed is older than two seconds
    monkeypatch.setattr("onestop.reception.api._clock", lambda: clock)
    cache.add(f"reception:display:{rc.site.slug}:en:busy", 1)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).json() == first
    assert not queries.captured_queries
    cache.delete(f"reception:display:{rc.site.slug}:en:busy")
    fresh = client.get(url).json()
    assert [q["waiting"] for q in fresh["queues"] if q["prefix"] == "W"] == [1]
    assert cache.add(f"reception:display:{rc.site.slug}:en:busy", 1)  # released after the work


def test_the_schema_documents_the_reception_api(client: Client) -> None:
    paths = set(client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()["paths"])
    assert {
        "/api/v1/desks/",
        "/api/v1/desks/{desk_id}/open/",
        "/api/v1/desks/{desk_id}/call-next/",
        "/api/v1/desks/{desk_id}/tickets/{ticket_id}/finish/",
        "/api/v1/tickets/",
        "/api/v1/tickets/{ticket_id}/",
        "/api/v1/sites/{slug}/display/",
    } <= paths
