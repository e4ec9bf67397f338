"""Cross-cutting records: the stored results of idempotent requests, and the shape of a message
sent once through the outbox (onestop/core/outbox.py)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class IdempotencyRecord(models.Model):
    """The first answer to a write made with an idempotency key, replayed for any repeat.

    The row is inserted before the request is handled, in the same transaction, so a
    concurrent repeat waits on the unique key and then finds the stored answer.
    """

    scope = models.CharField(max_length=80)  # "user:12", "token:3" or "anon:<session>"
    key = models.CharField(max_length=255)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    fingerprint = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField(null=True)
    content_type = models.CharField(max_length=100, blank=True)
    location = models.CharField(max_length=500, blank=True)
    body = models.BinaryField(blank=True, default=b"")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="idempotency_unique_key")]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}"


class MessageChannel(models.TextChoices):
    SMS = "sms", _("SMS")
    EMAIL = "email", _("E-mail")


class OutboxMessage(models.Model):
    """A message to one person, delivered once by ``outbox.deliver_once`` (reception
    notifications, booking messages, offers to interpreters)."""

    to = models.CharField(max_length=254)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        abstract = True
