"""Under real concurrency (PostgreSQL, threads): one answer per referral, one stamp outcome per
racing pair, one open journey, one delivery send per claim."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from onestop.clients.services import consent_grant
from onestop.journeys import referrals, services, webhooks
from onestop.journeys.models import Journey, ReferralStatus, WebhookDelivery

from .conftest import Shop

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]


def _race(n: int, action: Callable[[int], Any]) -> tuple[list[Any], list[BaseException]]:
    barrier = threading.Barrier(n)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            results.append(action(i))
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_racing_answers_to_one_referral_leave_exactly_one(shop: Shop) -> None:
    consent_grant(client=shop.client, recipient=shop.jobs, purpose="referral", categories=["identity"],
                  given_how="in_person", language="uk", explained_by=None)  # fmt: skip
    referral = referrals.referral_create(
        client=shop.client, service=shop.job_search, from_organisation=shop.welcome, by=shop.caseworker
    )

    def answer(i: int) -> Any:
        if i % 2:
            return referrals.referral_accept(referral=referral, by=shop.jobs_caseworker)
        return referrals.referral_decline(referral=referral, reason="Full", by=shop.jobs_caseworker)

    results, errors = _race(4, answer)
    referral.refresh_from_db()
    # Accept only from "sent"; decline also from "accepted": whatever the order, the end state is
    # one of the two and nothing failed except as a clear refusal.
    assert all(isinstance(e, ValidationError) for e in errors), errors
    assert referral.status in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED)
    assert len(results) + len(errors) == 4


def test_two_desks_starting_a_journey_at_once_make_one(shop: Shop) -> None:
    results, errors = _race(
        3, lambda i: services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    )
    assert len(results) == 1 and len(errors) == 2
    assert all(isinstance(e, ValidationError) for e in errors), errors
    assert Journey.objects.filter(client=shop.client).count() == 1


def test_two_workers_never_send_the_same_delivery_at_once(shop: Shop, monkeypatch: Any) -> None:
    webhooks.subscription_create(organisation=shop.registry, url="http://127.0.0.1:9/", events=["stamp.recorded"])
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    services.stamp_record(step=journey.steps.get(position=1), outcome="done", by=shop.registrar)
    # The task already tried once after commit (nothing listens on port 9): make it due again.
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    sent: list[str] = []
    monkeypatch.setattr(webhooks, "_post", lambda url, body, headers: sent.append(headers[webhooks.EVENT_ID_HEADER]))
    _race(4, lambda i: webhooks.deliver_due())
    assert len(sent) == 1
    assert WebhookDelivery.objects.get().status == "delivered"
