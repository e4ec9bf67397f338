from __future__ import annotations

from typing import Any

from django.test import Client

from onestop.accounts.services import api_token_create
from onestop.clients.models import ConsentGrant
from onestop.clients.services import consent_withdraw
from onestop.journeys import services
from onestop.journeys.models import Outcome

from .conftest import Shop

SUMMARY = "Needs a flat; works as a nurse."


class As:
    def __init__(self, user: Any) -> None:
        _token, self.raw = api_token_create(user=user, name="t")
        self.client = Client()

    def get(self, path: str) -> Any:
        return self.client.get(f"/api/v1/{path}", HTTP_AUTHORIZATION=f"Token {self.raw}")

    def post(self, path: str, body: Any = None) -> Any:
        return self.client.post(
            f"/api/v1/{path}", data=body or {}, content_type="application/json", HTTP_AUTHORIZATION=f"Token {self.raw}"
        )


def test_the_schema_lists_journeys_and_referral_actions() -> None:
    schema = Client().get("/api/v1/schema/?format=json").json()
    for path in (
        "/api/v1/journeys/{journey_id}/steps/{step_id}/stamp/",
        "/api/v1/referrals/",
        "/api/v1/referrals/{referral_id}/accept/",
        "/api/v1/referrals/{referral_id}/decline/",
        "/api/v1/referrals/{referral_id}/complete/",
    ):
        assert path in schema["paths"], path


def test_start_read_and_stamp_a_journey_through_the_api(shop: Shop) -> None:
    keeper, registrar, jobs = As(shop.caseworker), As(shop.registrar), As(shop.jobs_caseworker)
    response = keeper.post("journeys/", {"client": shop.client.pk, "template": shop.template.pk})
    assert response.status_code == 201, response.json()
    journey = response.json()
    second = journey["steps"][1]
    assert second["prerequisites"] == [journey["steps"][0]["id"]]
    # Partners see nothing of the record yet: the same 404 as for a journey that does not exist.
    assert jobs.get(f"journeys/{journey['id']}/").status_code == 404
    assert registrar.get(f"journeys/{journey['id']}/").status_code == 404
    from onestop.clients.services import consent_grant

    consent_grant(client=shop.client, recipient=None, purpose="journey", categories=["journey"],
                  given_how="in_person", language="uk", explained_by=shop.caseworker)  # fmt: skip
    refused = registrar.post(
        f"journeys/{journey['id']}/steps/{journey['steps'][0]['id']}/stamp/", {"outcome": "refused"}
    )
    assert refused.status_code == 400
    assert "Say in plain words why" in refused.json()["error"]["message"]
    done = registrar.post(f"journeys/{journey['id']}/steps/{journey['steps'][0]['id']}/stamp/", {"outcome": "done"})
    assert done.status_code == 201 and done.json()["organisation"] == shop.registry.pk
    steps = keeper.get(f"journeys/?client={shop.client.pk}").json()[0]["steps"]
    assert [s["status"] for s in steps] == ["done", "", ""]


def test_a_missing_prerequisite_is_a_clear_400(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    from onestop.clients.services import consent_grant

    consent_grant(client=shop.client, recipient=shop.jobs, purpose="journey", categories=["journey"],
                  given_how="in_person", language="uk", explained_by=shop.caseworker)  # fmt: skip
    second = journey.steps.get(position=2)
    response = As(shop.jobs_caseworker).post(f"journeys/{journey.pk}/steps/{second.pk}/stamp/", {"outcome": "done"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "This step needs another step first: Register your address."
    second.refresh_from_db()
    assert second.status == ""


def test_referral_through_the_api_respects_consent_and_its_withdrawal(shop: Shop) -> None:
    keeper, jobs = As(shop.caseworker), As(shop.jobs_caseworker)
    body = {"client": shop.client.pk, "service": shop.job_search.pk, "summary": SUMMARY, "needs": ["housing"]}
    refused = keeper.post("referrals/", body)
    assert refused.status_code == 400 and "has not agreed" in refused.json()["error"]["message"]
    created = keeper.post("referrals/", {**body, "consent_categories": ["identity", "needs"]})
    assert created.status_code == 201, created.json()
    referral_id = created.json()["id"]
    seen = jobs.get(f"referrals/{referral_id}/").json()
    assert (seen["summary"], seen["name"]) == (SUMMARY, shop.client.name)
    assert [r["id"] for r in jobs.get("referrals/?direction=incoming").json()["results"]] == [referral_id]
    accepted = jobs.post(f"referrals/{referral_id}/accept/")
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert jobs.post(f"referrals/{referral_id}/decline/", {"reason": ""}).status_code == 400
    consent_withdraw(grant=ConsentGrant.objects.get(), by=shop.caseworker)
    assert jobs.get(f"referrals/{referral_id}/").status_code == 404
    assert jobs.get("referrals/").json()["results"] == []
    assert SUMMARY not in jobs.get("referrals/").content.decode()
    assert keeper.get(f"referrals/{referral_id}/").json()["summary"] == SUMMARY


def test_a_referral_to_a_service_that_does_not_exist_is_a_400(shop: Shop) -> None:
    response = As(shop.caseworker).post("referrals/", {"client": shop.client.pk, "service": 999999})
    assert response.status_code == 400
    assert "service" in response.json()["error"]["fields"]


def test_completing_through_the_api_stamps_the_step(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.DONE, by=shop.registrar)
    second = journey.steps.get(position=2)
    keeper, jobs = As(shop.caseworker), As(shop.jobs_caseworker)
    created = keeper.post(
        "referrals/", {"client": shop.client.pk, "service": shop.job_search.pk, "journey_step": second.pk,
                       "consent_categories": ["identity", "journey"]},
    )  # fmt: skip
    assert created.status_code == 201, created.json()
    assert created.json()["summary"] == ""  # the keeping caseworker sees the whole record
    completed = jobs.post(f"referrals/{created.json()['id']}/complete/", {"outcome": "Registered"})
    assert completed.json()["status"] == "completed"
    second.refresh_from_db()
    assert second.status == Outcome.DONE
