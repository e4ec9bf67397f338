"""Referrals: the receiver never sees more than the person's consent allows; withdrawing the
consent hides the referral again; bad input is refused and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.clients.models import ConsentGrant
from onestop.clients.services import consent_grant, consent_withdraw
from onestop.directory.models import OrganisationKind, Service, ServiceStatus
from onestop.journeys import referrals, services
from onestop.journeys.models import Outcome, Referral, ReferralStatus

from .conftest import Shop

SUMMARY = "Fled in March, two children, needs a flat near the school."


def _consent(shop: Shop, categories: list[str], recipient: Any = None) -> ConsentGrant:
    return consent_grant(
        client=shop.client, recipient=recipient or shop.jobs, purpose="referral", categories=categories,
        given_how="in_person", language="uk", explained_by=shop.caseworker,
    )  # fmt: skip


def _refer(shop: Shop, **kwargs: Any) -> Referral:
    kwargs.setdefault("summary", SUMMARY)
    kwargs.setdefault("needs", ["housing"])
    return referrals.referral_create(
        client=shop.client, service=shop.job_search, from_organisation=shop.welcome, by=shop.caseworker, **kwargs
    )


def _page(user: User, path: str) -> tuple[int, str]:
    response = login_verified(Client(), user).get(path)
    return response.status_code, response.content.decode()


def test_without_consent_there_is_no_referral(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="has not agreed to share their record with Job Centre"):
        _refer(shop)
    assert not Referral.objects.exists()


def test_summary_and_needs_need_a_consent_that_covers_needs(shop: Shop) -> None:
    _consent(shop, ["identity"])
    with pytest.raises(ValidationError, match="does not cover their needs"):
        _refer(shop)
    assert not Referral.objects.exists()
    referral = _refer(shop, summary="", needs=[])
    assert referral.status == ReferralStatus.SENT


def test_the_receiver_sees_what_consent_covers_and_nothing_after_withdrawal(shop: Shop) -> None:
    grant = _consent(shop, ["identity", "needs"])
    referral = _refer(shop)
    path = f"/en/staff/journeys/referrals/{referral.pk}/"
    status, page = _page(shop.jobs_caseworker, path)
    assert status == 200
    assert SUMMARY in page and shop.client.name in page
    consent_withdraw(grant=grant, by=shop.caseworker)
    for where in (path, "/en/staff/journeys/referrals/"):
        status, page = _page(shop.jobs_caseworker, where)
        assert SUMMARY not in page and shop.client.name not in page and shop.job_search.name not in page
    assert _page(shop.jobs_caseworker, path)[0] == 404
    assert _page(shop.jobs_caseworker, "/en/staff/journeys/referrals/999999/")[0] == 404
    # The sender still sees its own referral.
    assert SUMMARY in _page(shop.caseworker, path)[1]


def test_a_consent_without_needs_shows_the_receiver_the_person_but_not_the_summary(shop: Shop) -> None:
    _consent(shop, ["identity", "needs"])
    referral = _refer(shop)
    narrower = _consent(shop, ["identity"])
    consent_withdraw(grant=ConsentGrant.objects.exclude(pk=narrower.pk).get(), by=shop.caseworker)
    status, page = _page(shop.jobs_caseworker, f"/en/staff/journeys/referrals/{referral.pk}/")
    assert status == 200
    assert shop.client.name in page
    assert SUMMARY not in page and "Housing" not in page


def test_consent_recorded_on_the_spot_goes_into_the_ledger(shop: Shop) -> None:
    referral = _refer(shop, consent_categories=["identity", "needs"], consent_language="uk")
    grant = ConsentGrant.objects.get()
    assert (grant.recipient, grant.purpose, grant.categories) == (shop.jobs, "referral", ["identity", "needs"])
    assert grant.explained_by == shop.caseworker
    assert referral.summary == SUMMARY


def test_only_the_keeping_organisation_records_consent_on_the_spot(shop: Shop, make_staff: Callable[..., User]) -> None:
    _consent(shop, ["identity", "needs"], recipient=shop.registry)
    registrar = shop.registrar
    with pytest.raises(ValidationError, match="Only the organisation that keeps the record"):
        referrals.referral_create(
            client=shop.client, service=shop.job_search, from_organisation=shop.registry, by=registrar,
            consent_categories=["identity"],
        )  # fmt: skip
    assert ConsentGrant.objects.count() == 1


def test_a_referral_to_a_closed_service_is_refused(shop: Shop) -> None:
    _consent(shop, ["identity", "needs"])
    Service.objects.filter(pk=shop.job_search.pk).update(status=ServiceStatus.TEMPORARILY_CLOSED)
    shop.job_search.refresh_from_db()
    with pytest.raises(ValidationError, match="is not offered at the moment"):
        _refer(shop)


def test_a_referral_to_a_service_that_does_not_exist_is_refused_on_the_page(shop: Shop) -> None:
    _consent(shop, ["identity", "needs"])
    client = login_verified(Client(), shop.caseworker)
    response = client.post(
        f"/en/staff/journeys/referrals/new/{shop.client.pk}/", {"service": 999999, "summary": SUMMARY}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Referral.objects.exists()


def test_the_firewall_holds_for_referrals(shop: Shop, make_org: Callable[..., Any]) -> None:
    office = make_org(OrganisationKind.IMMIGRATION_OFFICE, name="Foreigners' Office")
    permits = Service.objects.create(organisation=office, name="Permits", slug="permits")
    shop.client.owner = shop.ngo
    shop.client.save()
    lawyer = User.objects.get(username="weber")
    from onestop.accounts.models import Membership

    Membership.objects.create(user=lawyer, organisation=shop.ngo, role=Role.CASEWORKER)
    with pytest.raises(ValidationError, match="never shared with the immigration office"):
        referrals.referral_create(
            client=shop.client, service=permits, from_organisation=shop.ngo, by=lawyer,
            consent_categories=["identity"],
        )  # fmt: skip
    assert not Referral.objects.exists() and not ConsentGrant.objects.exists()


def test_accept_decline_complete_feed_the_journey(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    first, second = journey.steps.get(position=1), journey.steps.get(position=2)
    _consent(shop, ["identity", "needs", "journey"])
    with pytest.raises(ValidationError, match="needs another step first"):
        _refer(shop, journey_step=second)
    services.stamp_record(step=first, outcome=Outcome.DONE, by=shop.registrar)
    referral = _refer(shop, journey_step=second)
    with pytest.raises(ValidationError, match="Only staff of Job Centre answer"):
        referrals.referral_accept(referral=referral, by=shop.caseworker)
    referrals.referral_accept(referral=referral, by=shop.jobs_caseworker)
    second.refresh_from_db()
    assert second.status == Outcome.IN_PROGRESS
    with pytest.raises(ValidationError, match="Say why you decline"):
        referrals.referral_decline(referral=referral, reason="  ", by=shop.jobs_caseworker)
    referrals.referral_complete(referral=referral, outcome="Registered as job seeker", by=shop.jobs_caseworker)
    second.refresh_from_db()
    referral.refresh_from_db()
    assert (second.status, referral.status) == (Outcome.DONE, ReferralStatus.COMPLETED)
    assert second.stamps.last().referral == referral  # type: ignore[union-attr]


def test_a_declined_referral_becomes_an_explained_cross(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.WAIVED, by=shop.registrar)
    second = journey.steps.get(position=2)
    _consent(shop, ["identity", "needs", "journey"])
    referral = _refer(shop, journey_step=second)
    referrals.referral_decline(
        referral=referral, reason="No places until June.", instead="Try the Adult Education course.",
        by=shop.jobs_caseworker,
    )  # fmt: skip
    stamp = second.stamps.get()
    assert (stamp.outcome, stamp.reason, stamp.instead) == (
        Outcome.NOT_POSSIBLE, "No places until June.", "Try the Adult Education course.",
    )  # fmt: skip


def test_the_receiver_is_told_by_email_without_personal_data(
    shop: Shop, django_capture_on_commit_callbacks: Any
) -> None:
    _consent(shop, ["identity", "needs"])
    with django_capture_on_commit_callbacks(execute=True):
        _refer(shop)
    assert [m.to for m in mail.outbox] == [[shop.jobs_caseworker.email]]
    assert shop.client.name not in mail.outbox[0].body and SUMMARY not in mail.outbox[0].body


def test_overdue_referrals_are_flagged_once_to_both_sides_and_the_coordinator(
    shop: Shop, django_capture_on_commit_callbacks: Any
) -> None:
    _consent(shop, ["identity", "needs"])
    referral = _refer(shop)
    assert referrals.referrals_flag_overdue() == 0
    later = timezone.now() + timedelta(days=6)
    with django_capture_on_commit_callbacks(execute=True):
        assert referrals.referrals_flag_overdue(now=later) == 1
        assert referrals.referrals_flag_overdue(now=later) == 0
    told = sorted(address for message in mail.outbox for address in message.to)
    assert told == sorted([shop.caseworker.email, shop.jobs_caseworker.email, shop.coordinator.email])
    referral.refresh_from_db()
    assert referral.overdue_notified_at == later


def test_the_response_time_of_the_service_sets_the_due_date(shop: Shop) -> None:
    _consent(shop, ["identity"])
    referrals.response_time_set(service=shop.job_search, days=2, by=None)
    referral = _refer(shop, summary="", needs=[])
    assert referral.due_at - referral.created_at == timedelta(days=2)
    with pytest.raises(ValidationError):
        referrals.response_time_set(service=shop.job_search, days=0, by=None)


def test_incoming_list_flags_overdue_and_coordinator_sees_the_overview_without_names(shop: Shop) -> None:
    _consent(shop, ["identity", "needs"])
    referral = _refer(shop)
    Referral.objects.filter(pk=referral.pk).update(due_at=timezone.now() - timedelta(days=1))
    status, page = _page(shop.jobs_caseworker, "/en/staff/journeys/referrals/")
    assert status == 200 and "overdue" in page
    status, page = _page(shop.coordinator, "/en/staff/journeys/referrals/")
    assert status == 200 and shop.job_search.name in page and shop.client.name not in page


def test_the_receiver_accepts_on_the_page(shop: Shop) -> None:
    _consent(shop, ["identity", "needs"])
    referral = _refer(shop)
    client = login_verified(Client(), shop.jobs_caseworker)
    response = client.post(f"/en/staff/journeys/referrals/{referral.pk}/accept/", {"idempotency_key": "a1"})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED
    response = client.post(f"/en/staff/journeys/referrals/{referral.pk}/decline/", {"reason": ""})
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED


def test_erasing_the_record_erases_its_journey_stamps_and_referrals(shop: Shop) -> None:
    from onestop.clients.rights import client_erase
    from onestop.journeys.models import Journey, OutboxEvent, Stamp

    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.DONE, by=shop.registrar)
    _consent(shop, ["identity", "needs", "journey"])
    referral = _refer(shop, journey_step=journey.steps.get(position=2))
    referrals.referral_accept(referral=referral, by=shop.jobs_caseworker)
    client_erase(client=shop.client, by=None)
    assert not Journey.objects.exists() and not Stamp.objects.exists() and not Referral.objects.exists()
    events = " ".join(str(e.payload) for e in OutboxEvent.objects.all())
    assert OutboxEvent.objects.count() == 4 and shop.client.name not in events and SUMMARY not in events
