"""Webhooks from an outbox: events are written in the transaction of the change they report and
delivered afterwards as signed JSON, retried with exponential back-off until the receiver answers
2xx (at least once; receivers deduplicate by the event id). See docs/journeys.md.

Signature: header `X-Onestop-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
with the subscription's secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from onestop.directory.models import Organisation
from onestop.journeys.models import DeliveryStatus, EventType, OutboxEvent, WebhookDelivery, WebhookSubscription

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Onestop-Signature"
EVENT_ID_HEADER = "X-Onestop-Event-Id"
EVENT_TYPE_HEADER = "X-Onestop-Event-Type"


def subscription_create(*, organisation: Organisation, url: str, events: Iterable[str]) -> WebhookSubscription:
    wanted = sorted(set(events))
    if not wanted or not set(wanted) <= set(EventType.values):
        raise ValidationError(_("Choose the events from the list."))
    if not url.startswith(("https://", "http://")):
        raise ValidationError(_("Enter the web address of the receiving system."))
    return WebhookSubscription.objects.create(organisation=organisation, url=url, events=wanted)


def event_emit(*, type: str, payload: dict[str, Any], organisation_ids: Iterable[int]) -> OutboxEvent:
    """Write an event and one delivery per matching subscription, in the caller's transaction;
    delivery starts once it commits."""
    with transaction.atomic():
        event = OutboxEvent.objects.create(type=type, payload=payload, occurred_at=timezone.now())
        subscriptions = [
            s
            for s in WebhookSubscription.objects.filter(organisation_id__in=set(organisation_ids), is_active=True)
            if type in s.events
        ]
        WebhookDelivery.objects.bulk_create(
            [WebhookDelivery(event=event, subscription=s, next_attempt_at=event.occurred_at) for s in subscriptions]
        )
        if subscriptions:
            transaction.on_commit(_enqueue_delivery)
    return event


def _enqueue_delivery() -> None:
    from onestop.journeys.tasks import deliver_webhooks_task

    deliver_webhooks_task.enqueue()


def body_of(event: OutboxEvent) -> bytes:
    document = {
        "id": str(event.event_id),
        "type": event.type,
        "occurred_at": event.occurred_at.isoformat(),
        "data": event.payload,
    }
    return json.dumps(document, cls=DjangoJSONEncoder, sort_keys=True, separators=(",", ":")).encode()


def sign(secret: str, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, body: bytes, header: str, *, tolerance: int | None = None, now: float | None = None) -> bool:
    """What a receiver does (and the tests do): recompute the HMAC and compare in constant time."""
    try:
        parts = dict(part.split("=", 1) for part in header.split(","))
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if tolerance is not None and abs((now or time.time()) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, body, timestamp), header)


def backoff(attempts: int) -> timedelta:
    """Wait after the `attempts`-th failure: 30 s, 1 min, 2 min, ... up to the ceiling."""
    base = settings.WEBHOOK_RETRY_BASE_SECONDS
    ceiling = settings.WEBHOOK_RETRY_MAX_SECONDS
    return timedelta(seconds=min(ceiling, base * 2 ** max(0, attempts - 1)))


def _post(url: str, body: bytes, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - partner's https URL
    with urllib.request.urlopen(request, timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as response:  # noqa: S310
        if not 200 <= response.status < 300:
            raise urllib.error.HTTPError(url, response.status, "not 2xx", response.headers, None)


def _claim(delivery_id: int, due: datetime, now: datetime) -> bool:
    """Take a due delivery for a while, so two workers never send it at the same moment."""
    lease = now + timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS * 2)
    return bool(
        WebhookDelivery.objects.filter(pk=delivery_id, status=DeliveryStatus.PENDING, next_attempt_at=due).update(
            next_attempt_at=lease
        )
    )


def deliver_due(*, now: datetime | None = None, limit: int = 200) -> int:
    """Send every delivery that is due; returns how many were delivered."""
    now = now or timezone.now()
    due = list(
        WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)
        .select_related("event", "subscription")
        .order_by("next_attempt_at", "pk")[:limit]
    )
    delivered = 0
    for delivery in due:
        if not _claim(delivery.pk, delivery.next_attempt_at, now):
            continue
        body = body_of(delivery.event)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "Onestop-Webhooks/1",
            EVENT_ID_HEADER: str(delivery.event.event_id),
            EVENT_TYPE_HEADER: delivery.event.type,
            SIGNATURE_HEADER: sign(delivery.subscription.secret, body, int(now.timestamp())),
        }
        attempts = delivery.attempts + 1
        try:
            _post(delivery.subscription.url, body, headers)
        except (OSError, ValueError) as error:  # URLError, HTTPError, timeouts, refused connections
            gave_up = attempts >= settings.WEBHOOK_MAX_ATTEMPTS
            WebhookDelivery.objects.filter(pk=delivery.pk).update(
                attempts=attempts,
                last_error=str(error)[:500],
                next_attempt_at=now + backoff(attempts),
                status=DeliveryStatus.FAILED if gave_up else DeliveryStatus.PENDING,
            )
            logger.info("webhook %s to %s failed (attempt %s): %s", delivery.event.event_id, delivery.subscription.url,
                        attempts, error)  # fmt: skip
        else:
            WebhookDelivery.objects.filter(pk=delivery.pk).update(
                attempts=attempts, status=DeliveryStatus.DELIVERED, delivered_at=now, last_error=""
            )
            delivered += 1
    return delivered


def next_due() -> datetime | None:
    value: datetime | None = WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING).aggregate(
        at=Min("next_attempt_at")
    )["at"]
    return value


def retry_failed(*, subscription: WebhookSubscription) -> int:
    """Start again on deliveries given up on (after a long outage), from now."""
    return WebhookDelivery.objects.filter(subscription=subscription, status=DeliveryStatus.FAILED).update(
        status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
