"""Staff pages: templates (the coordinator), a journey and its stamps, referral lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.clients.models import ClientRecord, ConsentGrant
from onestop.clients.services import consent_grant
from onestop.journeys import referrals, services
from onestop.journeys.models import JourneyTemplate, Outcome, Referral, WebhookSubscription

from .conftest import Shop


def _as(user: User) -> Client:
    return login_verified(Client(), user)


def test_the_coordinator_builds_a_template_on_the_pages(shop: Shop) -> None:
    coordinator = _as(shop.coordinator)
    response = coordinator.post("/en/staff/journeys/templates/", {"name": "EU citizen", "idempotency_key": "t1"})
    template = JourneyTemplate.objects.get(name="EU citizen")
    assert response["Location"] == f"/en/staff/journeys/templates/{template.pk}/"
    coordinator.post(
        f"/en/staff/journeys/templates/{template.pk}/",
        {"add_step": "1", "s-service": shop.register.pk, "s-required": "on", "idempotency_key": "t2"},
    )
    first = template.steps.get()
    coordinator.post(
        f"/en/staff/journeys/templates/{template.pk}/",
        {"add_step": "1", "s-service": shop.job_search.pk, "s-prerequisites": [first.pk], "idempotency_key": "t3"},
    )
    assert [list(s.prerequisites.all()) for s in template.steps.order_by("position")] == [[], [first]]
    duplicate = coordinator.post("/en/staff/journeys/templates/", {"name": "eu citizen", "idempotency_key": "t4"})
    assert "A journey with this name exists already." in duplicate.content.decode()
    assert JourneyTemplate.objects.filter(name__iexact="eu citizen").count() == 1


def test_a_caseworker_starts_a_journey_and_the_provider_stamps_it_on_the_page(shop: Shop) -> None:
    keeper = _as(shop.caseworker)
    response = keeper.post(f"/en/staff/journeys/client/{shop.client.pk}/", {"template": shop.template.pk})
    journey = shop.client.journeys.get()
    assert response["Location"] == f"/en/staff/journeys/{journey.pk}/"
    first = journey.steps.get(position=1)
    # The registration office sees the journey once the person agrees; then it stamps its step.
    consent_grant(client=shop.client, recipient=shop.registry, purpose="journey", categories=["journey"],
                  given_how="in_person", language="uk", explained_by=shop.caseworker)  # fmt: skip
    registrar = _as(shop.registrar)
    page = registrar.get(f"/en/staff/journeys/{journey.pk}/").content.decode()
    assert "Record a stamp" in page and shop.client.name not in page  # journey only, not identity
    refused = registrar.post(
        f"/en/staff/journeys/{journey.pk}/steps/{first.pk}/stamp/", {f"s{first.pk}-outcome": "refused"}, follow=True
    )
    assert "Say in plain words why" in refused.content.decode()
    registrar.post(f"/en/staff/journeys/{journey.pk}/steps/{first.pk}/stamp/", {f"s{first.pk}-outcome": "done"})
    first.refresh_from_db()
    assert first.status == Outcome.DONE


def test_a_journey_is_not_found_for_a_partner_without_consent(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    response = _as(shop.jobs_caseworker).get(f"/en/staff/journeys/{journey.pk}/")
    missing = _as(shop.jobs_caseworker).get("/en/staff/journeys/999999/")
    assert response.status_code == missing.status_code == 404
    assert shop.client.name not in response.content.decode()


def test_consent_on_the_spot_through_the_referral_form(shop: Shop) -> None:
    response = _as(shop.caseworker).post(
        f"/en/staff/journeys/referrals/new/{shop.client.pk}/",
        {"service": shop.job_search.pk, "summary": "Needs work", "needs": ["work"], "consent": ["identity", "needs"],
         "consent_language": "uk", "interpreter_present": "on", "idempotency_key": "r1"},
    )  # fmt: skip
    referral = Referral.objects.get()
    assert response["Location"] == f"/en/staff/journeys/referrals/{referral.pk}/"
    grant = ConsentGrant.objects.get()
    assert (grant.recipient, grant.language, grant.interpreter_present) == (shop.jobs, "uk", True)


def test_the_referral_list_costs_the_same_queries_for_one_or_three(shop: Shop) -> None:
    consent_grant(client=shop.client, recipient=shop.jobs, purpose="referral", categories=["identity"],
                  given_how="in_person", language="uk", explained_by=None)  # fmt: skip
    receiver = _as(shop.jobs_caseworker)

    def refer(client: ClientRecord) -> None:
        referrals.referral_create(client=client, service=shop.job_search, from_organisation=shop.welcome,
                                  by=shop.caseworker)  # fmt: skip

    refer(shop.client)
    receiver.get("/en/staff/journeys/referrals/")
    with CaptureQueriesContext(connection) as one:
        receiver.get("/en/staff/journeys/referrals/")
    for name in ("Second", "Third"):
        other = ClientRecord.objects.create(owner=shop.welcome, name=name, preferred_language="ar")
        consent_grant(client=other, recipient=shop.jobs, purpose="referral", categories=["identity"],
                      given_how="in_person", language="ar", explained_by=None)  # fmt: skip
        refer(other)
    with CaptureQueriesContext(connection) as three:
        page = receiver.get("/en/staff/journeys/referrals/").content.decode()
    assert page.count("/en/staff/journeys/referrals/") >= 3
    assert all(name in page for name in (shop.client.name, "Second", "Third"))
    assert len(three.captured_queries) == len(one.captured_queries)


def test_the_referral_list_names_the_person_only_where_consent_shows_identity(shop: Shop) -> None:
    consent_grant(client=shop.client, recipient=shop.jobs, purpose="referral", categories=["journey"],
                  given_how="in_person", language="uk", explained_by=None)  # fmt: skip
    referrals.referral_create(client=shop.client, service=shop.job_search, from_organisation=shop.welcome,
                              by=shop.caseworker)  # fmt: skip
    page = _as(shop.jobs_caseworker).get("/en/staff/journeys/referrals/").content.decode()
    assert shop.client.code in page and shop.client.name not in page


def test_refer_for_a_step_preselects_the_step_and_its_service(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    second = journey.steps.get(position=2)
    keeper = _as(shop.caseworker)
    assert f"?step={second.pk}" in keeper.get(f"/en/staff/journeys/{journey.pk}/").content.decode()
    form = keeper.get(f"/en/staff/journeys/referrals/new/{shop.client.pk}/?step={second.pk}").context["form"]
    assert (form.initial["journey_step"], form.initial["service"]) == (second.pk, shop.job_search.pk)
    assert keeper.get(f"/en/staff/journeys/referrals/new/{shop.client.pk}/?step=x").status_code == 200


def test_a_partner_admin_subscribes_only_for_their_own_organisation(
    shop: Shop, make_staff: Callable[..., User]
) -> None:
    admin = _as(make_staff(Role.PARTNER_ADMIN, organisation=shop.jobs))
    refused = admin.post(
        "/en/staff/journeys/webhooks/",
        {"organisation": shop.registry.pk, "url": "https://x.example/h", "events": ["referral.created"]},
    )
    assert refused.status_code == 200 and not WebhookSubscription.objects.exists()
    admin.post(
        "/en/staff/journeys/webhooks/",
        {"organisation": shop.jobs.pk, "url": "https://jobs.example/h", "events": ["referral.created"],
         "idempotency_key": "w1"},
    )  # fmt: skip
    subscription = WebhookSubscription.objects.get()
    assert (subscription.organisation, subscription.events) == (shop.jobs, ["referral.created"])
    page = admin.get("/en/staff/journeys/webhooks/").content.decode()
    assert subscription.secret in page


def test_response_times_are_kept_by_the_services_partner_admin(shop: Shop, make_staff: Callable[..., Any]) -> None:
    admin = _as(make_staff(Role.PARTNER_ADMIN, organisation=shop.jobs))
    admin.post("/en/staff/journeys/response-times/", {"service": shop.register.pk, "days": 2})
    admin.post("/en/staff/journeys/response-times/", {"service": shop.job_search.pk, "days": 2})
    assert referrals.response_days(shop.register) == 5
    assert referrals.response_days(shop.job_search) == 2
