"""The interpreting API: asking, answering, cancelling, the pool; JSON errors; the schema."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.test import Client

from conftest import Api
from onestop.accounts.models import Role, User
from onestop.accounts.services import api_token_create
from onestop.directory.models import Organisation
from onestop.interpreting.models import InterpreterRequest, Mode, RequestStatus
from onestop.interpreting.tests.conftest import Pool, local, next_weekday
from onestop.reception.tests.conftest import Reception

ApiMaker = Callable[[Role, Organisation], Api]


def body(start: object = None, hours: int = 1, **extra: object) -> dict[str, object]:
    start = start or local(next_weekday(0), 10)
    return {
        "language": "ar", "mode": "on_site", "starts_at": start.isoformat(),  # type: ignore[attr-defined]
        "ends_at": (start + timedelta(hours=hours)).isoformat(), **extra,  # type: ignore[operator]
    }  # fmt: skip


def token_for(user: User) -> Api:
    """An API client for an existing user (an interpreter of the pool)."""
    _token, raw = api_token_create(user=user, name="t")
    return Api(Client(), raw, user)


def test_ask_answer_and_follow_a_request_through_the_api(api: ApiMaker, pool: Pool) -> None:
    amal = pool.staff("Amal", ["ar", "fr"], modes=[Mode.ON_SITE, Mode.VIDEO])
    karim = pool.staff("Karim", ["ar"])
    asker = api(Role.RECEPTION, pool.org)
    made = asker.call("POST", "interpreter-requests/", body(note="Permit interview"))
    assert made.status_code == 201, made.json()
    data = made.json()
    assert (data["status"], data["short"], data["offers"][0]["status"]) == ("offered", False, "pending")
    first = data["offers"][0]["interpreter"]
    offered, other = (amal, karim) if first == amal.pk else (karim, amal)
    # The other interpreter does not see it at all; the offered one declines, the other accepts.
    assert token_for(other.user).get(f"interpreter-requests/{data['id']}/").status_code == 404
    declined = token_for(offered.user).call("POST", f"interpreter-requests/{data['id']}/decline/", {"reason": "Busy"})
    assert declined.status_code == 200 and declined.json()["offers"][1]["interpreter"] == other.pk
    accepted = token_for(other.user).call("POST", f"interpreter-requests/{data['id']}/accept/")
    assert accepted.status_code == 200
    assert (accepted.json()["status"], accepted.json()["interpreter"]) == ("accepted", other.pk)
    listed = asker.get("interpreter-requests/?status=accepted").json()
    assert [r["id"] for r in listed["results"]] == [data["id"]]
    cancelled = asker.call("POST", f"interpreter-requests/{data['id']}/cancel/")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    again = asker.call("POST", f"interpreter-requests/{data['id']}/cancel/")
    assert again.status_code == 409 and again.json()["error"]["code"] == "state"


def test_an_accept_for_an_interpreter_booked_meanwhile_answers_409_just_taken(api: ApiMaker, pool: Pool) -> None:
    amal = pool.staff("Amal", ["ar"])
    asker = api(Role.CASEWORKER, pool.org)
    start = local(next_weekday(0), 10)
    one = asker.call("POST", "interpreter-requests/", body(start)).json()
    two = asker.call("POST", "interpreter-requests/", body(start + timedelta(minutes=30))).json()
    interpreter = token_for(amal.user)
    assert interpreter.call("POST", f"interpreter-requests/{one['id']}/accept/").status_code == 200
    taken = interpreter.call("POST", f"interpreter-requests/{two['id']}/accept/")
    assert taken.status_code == 409
    error = taken.json()["error"]
    assert error["code"] == "taken" and error["message"].startswith("Just taken")
    assert InterpreterRequest.objects.get(pk=two["id"]).status == RequestStatus.OPEN  # back for the coordinator


def test_bad_input_answers_a_json_error_and_stores_nothing(api: ApiMaker, pool: Pool, rc: Reception) -> None:
    pool.staff("Amal", ["ar"])
    asker = api(Role.RECEPTION, pool.org)
    backwards = asker.call("POST", "interpreter-requests/", body(hours=-1))
    assert backwards.status_code == 400
    assert backwards.json()["error"]["message"] == "The end must be after the start."
    unknown = asker.call("POST", "interpreter-requests/", body(language="xx", mode="carrier-pigeon"))
    assert unknown.status_code == 400 and set(unknown.json()["error"]["fields"]) == {"language", "mode"}
    foreign_desk = asker.call("POST", "interpreter-requests/", body(desk=rc.desks["1"].pk))
    assert foreign_desk.status_code == 400 and "desk" in foreign_desk.json()["error"]["fields"]
    assert InterpreterRequest.objects.count() == 0
    short = asker.call("POST", "interpreter-requests/", body(language="ti"))
    assert short.status_code == 201 and short.json()["short"] is True and short.json()["status"] == "open"


def test_a_retried_request_with_the_same_idempotency_key_asks_once(api: ApiMaker, pool: Pool) -> None:
    pool.staff("Amal", ["ar"])
    asker = api(Role.RECEPTION, pool.org)
    first = asker.call("POST", "interpreter-requests/", body(), HTTP_IDEMPOTENCY_KEY="k-1")
    second = asker.call("POST", "interpreter-requests/", body(), HTTP_IDEMPOTENCY_KEY="k-1")
    assert first.status_code == second.status_code == 201 and first.json()["id"] == second.json()["id"]
    assert InterpreterRequest.objects.count() == 1


def test_roles_outside_interpreting_get_403_and_only_the_coordinator_offers(api: ApiMaker, pool: Pool) -> None:
    amal = pool.staff("Amal", ["ar"])
    pool.freelancer("Hani", ["ar", "ti"], phone="+4915123456789")
    analyst = api(Role.ANALYST, pool.org)
    assert analyst.get("interpreter-requests/").status_code == 403
    assert analyst.get("interpreters/").status_code == 403
    asker = api(Role.RECEPTION, pool.org)
    made = asker.call("POST", "interpreter-requests/", body(offer=False)).json()
    assert made["status"] == "open"
    assert asker.call("POST", f"interpreter-requests/{made['id']}/offer/", {}).status_code == 403
    coordinator = api(Role.COORDINATOR, pool.org)
    offered = coordinator.call("POST", f"interpreter-requests/{made['id']}/offer/", {"interpreter": amal.pk})
    assert offered.status_code == 200 and offered.json()["offers"][0]["interpreter"] == amal.pk
    pool_list = asker.get("interpreters/?language=ti").json()
    assert pool_list == [
        {"id": pool_list[0]["id"], "name": "Hani", "kind": "freelance", "languages": ["ar", "ti"],
         "modes": ["on_site", "phone"], "is_active": True},
    ]  # fmt: skip


def test_the_schema_documents_the_interpreting_api(client: Client) -> None:
    paths = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()["paths"]
    assert {
        "/api/v1/interpreter-requests/",
        "/api/v1/interpreter-requests/{request_id}/",
        "/api/v1/interpreter-requests/{request_id}/offer/",
        "/api/v1/interpreter-requests/{request_id}/accept/",
        "/api/v1/interpreter-requests/{request_id}/decline/",
        "/api/v1/interpreter-requests/{request_id}/cancel/",
        "/api/v1/interpreters/",
    } <= set(paths)
    assert "409" in paths["/api/v1/interpreter-requests/{request_id}/accept/"]["post"]["responses"]


def test_the_request_list_takes_the_same_queries_for_one_or_three_requests(api: ApiMaker, pool: Pool) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pool.staff("Amal", ["ar"])
    asker = api(Role.RECEPTION, pool.org)
    start = local(next_weekday(0), 10)
    asker.call("POST", "interpreter-requests/", body(start))
    asker.get("interpreter-requests/")
    with CaptureQueriesContext(connection) as one:
        asker.get("interpreter-requests/")
    for n in (1, 2):
        asker.call("POST", "interpreter-requests/", body(start + timedelta(hours=2 * n)))
    with CaptureQueriesContext(connection) as three:
        listed = asker.get("interpreter-requests/").json()
    assert listed["count"] == 3 and len(one) == len(three)
