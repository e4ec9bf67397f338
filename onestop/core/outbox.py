"""Sending a stored message (SMS or e-mail) exactly once, with retries and back-off.

A message row has ``sent_at``, ``attempts`` and ``last_error``. ``deliver_once`` locks the row,
sends, and marks it sent in the same transaction, so a retried or duplicated task sends nothing
more; a failure is recorded and the task is enqueued again later, up to ``MAX_ATTEMPTS``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.core.mail import send_mail
from django.db import models, transaction
from django.utils import timezone

from onestop.core.sms import SmsError, send_sms

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def send_via(*, channel: str, to: str, subject: str, body: str) -> None:
    if channel == "sms":
        send_sms(to=to, text=body)
    else:
        send_mail(subject=subject, message=body, from_email=None, recipient_list=[to])


def deliver_once(
    *, queryset: models.QuerySet[Any], pk: int, send: Callable[[Any], None], retry_task: Any, **task_kwargs: Any
) -> bool:
    with transaction.atomic():
        message = queryset.select_for_update().filter(pk=pk).first()
        if message is None or message.sent_at is not None:
            return False
        message.attempts += 1
        try:
            send(message)
        except (SmsError, OSError) as exc:
            message.last_error = str(exc)[:500]
            message.save(update_fields=["attempts", "last_error"])
            logger.warning("%s %s failed (attempt %s): %s", type(message).__name__, pk, message.attempts, exc)
            # The immediate backend (tests) cannot defer; the tests call the task again instead.
            if message.attempts < MAX_ATTEMPTS and retry_task.get_backend().supports_defer:
                delay = timedelta(seconds=30 * 2 ** (message.attempts - 1))
                retry = retry_task.using(run_after=timezone.now() + delay)
                transaction.on_commit(lambda: retry.enqueue(**task_kwargs))
            return False
        message.sent_at = timezone.now()
        message.save(update_fields=["attempts", "sent_at", "last_error"])
        return True
