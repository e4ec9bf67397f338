"""The staff pages: asking from a desk, the inbox, the coordinator's view, the pool."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.directory.models import Organisation
from onestop.interpreting import services
from onestop.interpreting.models import (
    Absence,
    Interpreter,
    InterpreterRequest,
    Mode,
    OfferStatus,
    RequestStatus,
)
from onestop.interpreting.tests.conftest import Pool, local, next_weekday
from onestop.reception.models import Ticket
from onestop.reception.tests.conftest import Reception


def ask_body(day: Any, **extra: str) -> dict[str, Any]:
    return {"language": "ar", "mode": "on_site", "day": day.isoformat(), "starts": "10:00", "ends": "11:00", **extra}


def test_reception_asks_for_an_interpreter_for_a_ticket_and_the_interpreter_accepts_in_the_inbox(
    client: Client, rc: Reception, pool: Pool
) -> None:
    amal = pool.staff("Amal", ["ar"])
    ticket = rc.ticket("welcome", language="ar")
    desk = rc.desks["1"]
    login_verified(client, rc.staff)
    url = reverse("interpreting:request_create") + f"?desk={desk.pk}&ticket={ticket.pk}"
    page = client.get(url).content.decode()
    assert '<option value="ar" selected>' in page and ticket.code in page
    today = timezone.localdate()
    now = timezone.localtime()
    body = ask_body(today, starts=now.strftime("%H:%M"), ends=(now + timedelta(minutes=30)).strftime("%H:%M"))
    if (now + timedelta(minutes=30)).date() != today:  # just before midnight: ask for tomorrow morning
        body = ask_body(today + timedelta(days=1))
    response = client.post(url, body)
    request = InterpreterRequest.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/requests/{request.pk}/")
    assert (request.ticket, request.desk, request.status) == (ticket, desk, RequestStatus.OFFERED)
    assert "Asked Amal" in client.get(response["Location"]).content.decode()

    inbox = login_verified(Client(), amal.user)
    shown = inbox.get(reverse("interpreting:inbox")).content.decode()
    offer = request.offers.get()
    assert ticket.code in shown and reverse("interpreting:offer_answer", args=[offer.pk, "accept"]) in shown
    assert inbox.post(reverse("interpreting:offer_answer", args=[offer.pk, "accept"])).status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED and Ticket.objects.get(pk=ticket.pk).interpreter_arranged
    assert "Your assignments" in inbox.get(reverse("interpreting:inbox")).content.decode()


def test_an_interpreter_declines_with_a_reason_and_cannot_answer_someone_elses_offer(
    client: Client, pool: Pool, asker: User
) -> None:
    amal = pool.staff("Amal", ["ar"])
    karim = pool.staff("Karim", ["ar"])
    start = local(next_weekday(0), 10)
    request = services.request_interpreter(
        language="ar", mode=Mode.ON_SITE, start=start, end=start + timedelta(hours=1), requested_by=asker
    )
    offer = request.offers.get()
    other = amal if offer.interpreter == karim else karim
    login_verified(client, other.user)
    assert client.post(reverse("interpreting:offer_answer", args=[offer.pk, "accept"])).status_code == 404
    login_verified(client, offer.interpreter.user)
    client.post(reverse("interpreting:offer_answer", args=[offer.pk, "decline"]), {"reason": "Ill today"})
    offer.refresh_from_db()
    assert (offer.status, offer.reason) == (OfferStatus.DECLINED, "Ill today")
    assert request.offers.get(status=OfferStatus.PENDING).interpreter == other


def test_a_double_submitted_request_form_asks_once_and_bad_times_ask_nothing(
    client: Client, pool: Pool, asker: User
) -> None:
    pool.staff("Amal", ["ar"])
    login_verified(client, asker)
    url = reverse("interpreting:request_create")
    day = next_weekday(2)
    first = client.post(url, ask_body(day, idempotency_key="form-1"))
    second = client.post(url, ask_body(day, idempotency_key="form-1"))
    assert first.status_code == second.status_code == 302 and InterpreterRequest.objects.count() == 1
    backwards = client.post(url, ask_body(day, starts="11:00", ends="10:00"))
    assert "The end must be after the start." in backwards.content.decode()
    past = client.post(url, ask_body(timezone.localdate() - timedelta(days=2)))
    assert "This time is in the past." in past.content.decode()
    assert InterpreterRequest.objects.count() == 1


def test_nobody_asks_from_a_desk_of_another_organisation(
    client: Client, rc: Reception, make_staff: Callable[..., User], make_org: Callable[..., Organisation]
) -> None:
    outsider = make_staff(Role.CASEWORKER, organisation=make_org(name="Elsewhere"))
    ticket = rc.ticket("welcome", language="ar")
    login_verified(client, outsider)
    url = reverse("interpreting:request_create")
    assert client.get(f"{url}?desk={rc.desks['1'].pk}").status_code == 404
    assert client.get(f"{url}?ticket={ticket.pk}").status_code == 404
    assert client.get(f"{url}?ticket=999999").status_code == 404


def test_the_coordinator_sees_unfilled_requests_and_short_languages(
    client: Client, pool: Pool, asker: User, make_staff: Callable[..., User]
) -> None:
    pool.freelancer("Yonas", ["ti"], modes=[Mode.PHONE])
    day = next_weekday(1)
    for hour in (9, 11):
        services.request_interpreter(
            language="ti", mode=Mode.ON_SITE, start=local(day, hour), end=local(day, hour + 1), requested_by=asker
        )
    services.request_interpreter(
        language="ti", mode=Mode.PHONE, start=local(day, 14), end=local(day, 15), requested_by=asker
    )
    far = local(day + timedelta(days=20), 9)
    services.request_interpreter(language="so", mode=Mode.ON_SITE, start=far, end=far + timedelta(hours=1),
                                 requested_by=asker)  # fmt: skip
    login_verified(client, make_staff(Role.COORDINATOR))
    page = client.get(reverse("interpreting:coordination")).content.decode()
    assert "<tr><td>Tigrinya</td><td>2</td></tr>" in page  # the phone request is offered to Yonas
    assert "Somali" not in page  # more than two weeks ahead


def test_the_coordinator_manages_the_pool_with_languages_hours_and_absences(
    client: Client, make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    staff_account = make_staff(Role.INTERPRETER)
    created = client.post(
        reverse("interpreting:interpreter_create"),
        {"name": "Elif Demir", "kind": "staff", "user": staff_account.pk, "languages": ["tr", "ku"],
         "modes": ["on_site", "video"], "is_active": "on"},
    )  # fmt: skip
    interpreter = Interpreter.objects.get()
    assert created.status_code == 302 and interpreter.modes == ["on_site", "video"]
    edit = reverse("interpreting:interpreter_edit", args=[interpreter.pk])
    bad = client.post(edit, {"part": "windows", "day0": "9-13"})
    assert "Write times like 9:00-13:00" in bad.content.decode()
    client.post(edit, {"part": "windows", "day0": "9:00-13:00, 14:00-17:00", "day4": "0:00-24:00"})
    assert [str(w) for w in interpreter.windows.all()] == [
        "Monday 09:00-13:00", "Monday 14:00-17:00", "Friday 00:00-24:00",
    ]  # fmt: skip
    day = next_weekday(4)
    assert services.available_interpreters("tr", Mode.VIDEO, local(day, 22), local(day, 23, 59)) == [interpreter]
    client.post(edit, {"part": "absence", "first_day": day.isoformat(), "last_day": day.isoformat()})
    assert services.available_interpreters("tr", Mode.VIDEO, local(day, 22), local(day, 23)) == []
    backwards = client.post(
        edit, {"part": "absence", "first_day": day.isoformat(), "last_day": (day - timedelta(days=1)).isoformat()}
    )
    assert "The last day must not be before the first day." in backwards.content.decode()
    client.post(reverse("interpreting:absence_delete", args=[Absence.objects.get().pk]))
    assert not Absence.objects.exists()
    no_user = client.post(
        reverse("interpreting:interpreter_create"),
        {"name": "X", "kind": "staff", "languages": ["tr"], "modes": ["on_site"], "is_active": "on"},
    )
    assert "A staff interpreter needs a staff account." in no_user.content.decode()


def test_the_pool_page_takes_the_same_queries_for_one_or_three_interpreters(
    client: Client, pool: Pool, make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    url = reverse("interpreting:pool")
    pool.freelancer("One", ["ar"])
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    pool.freelancer("Two", ["fa", "ps"])
    pool.staff("Three", ["uk"])
    with CaptureQueriesContext(connection) as three:
        page = client.get(url).content.decode()
    assert "Three" in page and len(one) == len(three)


def test_the_coordination_page_takes_the_same_queries_for_one_or_three_open_requests(
    client: Client, pool: Pool, asker: User, make_staff: Callable[..., User]
) -> None:
    pool.freelancer("Yonas", ["ti"], windows=[(2, time(13), time(17))])
    login_verified(client, make_staff(Role.COORDINATOR))
    url = reverse("interpreting:coordination")
    day = next_weekday(1)

    def ask(hour: int) -> None:
        services.request_interpreter(
            language="ti", mode=Mode.ON_SITE, start=local(day, hour), end=local(day, hour + 1), requested_by=asker
        )

    ask(9)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    ask(11)
    ask(13)
    with CaptureQueriesContext(connection) as three:
        page = client.get(url).content.decode()
    assert "<tr><td>Tigrinya</td><td>3</td></tr>" in page and len(one) == len(three)
