"""Webhooks from the outbox, against a real local HTTP receiver that is down for an hour, then
flaky, then fine: it gets every event, each signed, and processes each once (deduplicated by id)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.db import transaction
from django.utils import timezone

from onestop.journeys import services, webhooks
from onestop.journeys.models import DeliveryStatus, EventType, OutboxEvent, Outcome, WebhookDelivery

from .conftest import Shop


class Receiver:
    """A partner's system as the docs tell partners to build it: check the signature, process each
    event id once, answer 2xx. `fail_first` makes it crash after processing (the sender never hears
    the answer, so it sends again)."""

    def __init__(self, port: int, secret: str) -> None:
        self.port, self.secret = port, secret
        self.processed: dict[str, dict[str, Any]] = {}
        self.requests = 0
        self.bad_signatures = 0
        self.fail_first = False
        self._seen_once: set[str] = set()
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests += 1
                if not webhooks.verify(receiver.secret, body, self.headers[webhooks.SIGNATURE_HEADER]):
                    receiver.bad_signatures += 1
                    self.send_response(401)
                    self.end_headers()
                    return
                event = json.loads(body)
                assert event["id"] == self.headers[webhooks.EVENT_ID_HEADER]
                receiver.processed.setdefault(event["id"], event)  # deduplicated by event id
                if receiver.fail_first and event["id"] not in receiver._seen_once:
                    receiver._seen_once.add(event["id"])
                    self.send_response(503)
                    self.end_headers()
                    return
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def receiver(shop: Shop) -> Iterator[Receiver]:
    port = _free_port()
    subscription = webhooks.subscription_create(
        organisation=shop.registry, url=f"http://127.0.0.1:{port}/hooks", events=[e.value for e in EventType]
    )
    receiver = Receiver(port, subscription.secret)
    yield receiver
    receiver.stop()


def _stamp_three(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    step = journey.steps.get(position=1)
    services.stamp_record(step=step, outcome=Outcome.IN_PROGRESS, by=shop.registrar)
    services.stamp_record(
        step=step, outcome=Outcome.NOT_POSSIBLE, reason="Closed today", instead="Come tomorrow", by=shop.registrar
    )
    services.stamp_record(step=step, outcome=Outcome.DONE, by=shop.registrar)


def test_a_receiver_down_for_an_hour_gets_every_event_afterwards(shop: Shop, receiver: Receiver) -> None:
    _stamp_three(shop)  # the receiver is down: nothing listens on its port
    assert WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING).count() == 3
    start = timezone.now()
    moment = start
    while moment < start + timedelta(hours=1):
        assert webhooks.deliver_due(now=moment) == 0
        moment += timedelta(minutes=1)
    tried = list(WebhookDelivery.objects.values_list("attempts", flat=True))
    # Back-off: 30 s, 1, 2, 4, 8, 16, 32 min... so about 7 tries in the hour, not 60.
    assert all(5 <= attempts <= 8 for attempts in tried), tried
    assert all(d.last_error for d in WebhookDelivery.objects.all())

    receiver.fail_first = True  # up again, but crashing once on each event after processing it
    receiver.start()
    while WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING).exists():
        assert moment < start + timedelta(hours=4), "not delivered in time"
        webhooks.deliver_due(now=moment)
        moment += timedelta(minutes=1)

    events = {str(e.event_id): e for e in OutboxEvent.objects.all()}
    assert set(receiver.processed) == set(events)
    assert receiver.requests >= 2 * len(events)  # each was sent at least twice, processed once
    assert receiver.bad_signatures == 0
    assert [receiver.processed[i]["data"]["outcome"] for i in sorted(events, key=lambda i: events[i].pk)] == [
        "in_progress", "not_possible", "done",
    ]  # fmt: skip
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}


def test_events_carry_no_personal_data(shop: Shop, receiver: Receiver) -> None:
    _stamp_three(shop)
    receiver.start()
    webhooks.deliver_due()
    sent = json.dumps(receiver.processed)
    for value in (shop.client.name, shop.client.code, "Closed today", "Come tomorrow"):
        assert value not in sent


def test_an_event_is_written_only_with_the_change_it_reports(shop: Shop, receiver: Receiver) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.DONE, by=shop.registrar)
        raise RuntimeError("the request failed after the stamp")
    assert not OutboxEvent.objects.exists() and not WebhookDelivery.objects.exists()


def test_the_task_delivers_once_the_change_is_committed(
    shop: Shop, receiver: Receiver, django_capture_on_commit_callbacks: Any
) -> None:
    receiver.start()
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    with django_capture_on_commit_callbacks(execute=True):
        services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.DONE, by=shop.registrar)
        assert receiver.requests == 0  # not inside the transaction
    assert receiver.requests == 1 and len(receiver.processed) == 1


def test_a_wrong_secret_does_not_verify_and_delivery_gives_up_after_the_maximum(
    shop: Shop, receiver: Receiver, settings: Any
) -> None:
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.secret = "not the secret"
    receiver.start()
    _stamp_three(shop)
    moment = timezone.now()
    for _ in range(200):
        webhooks.deliver_due(now=moment)
        moment += timedelta(minutes=5)
    assert receiver.bad_signatures == 9 and not receiver.processed
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {DeliveryStatus.FAILED}
    subscription = WebhookDelivery.objects.first().subscription  # type: ignore[union-attr]
    assert webhooks.retry_failed(subscription=subscription) == 3


def test_only_subscribed_organisations_and_events_get_deliveries(shop: Shop) -> None:
    webhooks.subscription_create(organisation=shop.ngo, url="https://ngo.example/hooks", events=["stamp.recorded"])
    webhooks.subscription_create(
        organisation=shop.registry, url="https://registry.example/hooks", events=["referral.created"]
    )
    _stamp_three(shop)
    assert not WebhookDelivery.objects.exists()


def test_backoff_doubles_up_to_the_ceiling() -> None:
    assert [webhooks.backoff(n).total_seconds() for n in (1, 2, 3, 8, 20)] == [30, 60, 120, 3600, 3600]


def test_the_task_schedules_one_follow_up_for_the_next_retry(shop: Shop, receiver: Receiver, settings: Any) -> None:
    from django.core.cache import cache
    from django_tasks import default_task_backend

    from onestop.journeys.tasks import deliver_webhooks_task

    cache.clear()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    _stamp_three(shop)  # receiver down
    deliver_webhooks_task.call()
    deliver_webhooks_task.call()  # a second run (another event's) schedules nothing more
    scheduled = default_task_backend.results  # type: ignore[attr-defined]
    follow_ups = [r for r in scheduled if r.task.run_after is not None]
    assert len(follow_ups) == 1
    assert follow_ups[0].task.run_after == webhooks.next_due()
