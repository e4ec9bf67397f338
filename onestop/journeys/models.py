"""Integration journeys (the stamp card), referrals between partners, and the webhook outbox.

A journey template is the coordinator's ordered list of steps, each at a directory service. A
journey is a person's own copy of one, adjustable; each step gets stamps from the partner that
provides it. A referral hands a person to another partner's service with a summary that the
receiver sees only as far as the person's consent goes (journeys/access.py). Events of both go to
an outbox in the same transaction and reach subscribed partners as signed JSON (journeys/webhooks.py).
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onestop.clients.models import ClientRecord
from onestop.directory.models import Organisation, Service


class JourneyTemplate(models.Model):
    """A named profile: newly arrived third-country national, temporary protection, ..."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    is_active = models.BooleanField(_("offered for new journeys"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("journey template")
        verbose_name_plural = _("journey templates")

    def __str__(self) -> str:
        return self.name


class StepFields(models.Model):
    """What a step is, in a template and in a person's journey alike."""

    position = models.PositiveSmallIntegerField(_("position"))
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+", verbose_name=_("service"))
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave empty to use the name of the service.")
    )
    what_to_bring = models.TextField(
        _("what to bring"), blank=True, max_length=2000, help_text=_("Leave empty to use what the service asks for.")
    )
    required = models.BooleanField(_("required"), default=True)
    self_completable = models.BooleanField(_("the person may do it on their own"), default=False)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title or self.service.name


class TemplateStep(StepFields):
    template = models.ForeignKey(JourneyTemplate, on_delete=models.CASCADE, related_name="steps")
    prerequisites = models.ManyToManyField("self", symmetrical=False, blank=True, related_name="needed_by")

    class Meta:
        ordering = ["template", "position"]
        verbose_name = _("template step")
        verbose_name_plural = _("template steps")
        constraints = [
            models.UniqueConstraint(fields=["template", "position"], name="template_step_unique_position"),
        ]


class Journey(models.Model):
    client = models.ForeignKey(ClientRecord, on_delete=models.CASCADE, related_name="journeys")
    template = models.ForeignKey(JourneyTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    name = models.CharField(_("name"), max_length=200)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("journey")
        verbose_name_plural = _("journeys")
        constraints = [
            # One journey at a time per person: the card shows one list of next steps.
            models.UniqueConstraint(fields=["client"], condition=Q(closed_at__isnull=True), name="journey_one_open"),
        ]

    def __str__(self) -> str:
        return self.name


class Outcome(models.TextChoices):
    DONE = "done", _("Done")
    REFUSED = "refused", _("Refused")
    NOT_POSSIBLE = "not_possible", _("Not possible")
    WAIVED = "waived", _("Not needed (waived)")
    IN_PROGRESS = "in_progress", _("In progress")
    SELF_DONE = "self_done", _("Done on your own")


# A step counts as behind the person once it has one of these.
COMPLETE = frozenset({Outcome.DONE, Outcome.WAIVED, Outcome.SELF_DONE})
# The black cross: always with a reason and what to do instead.
NEGATIVE = frozenset({Outcome.REFUSED, Outcome.NOT_POSSIBLE})


class JourneyStep(StepFields):
    journey = models.ForeignKey(Journey, on_delete=models.CASCADE, related_name="steps")
    prerequisites = models.ManyToManyField("self", symmetrical=False, blank=True, related_name="needed_by")
    # The latest stamp's outcome ("" before the first stamp); the stamps keep the history.
    status = models.CharField(_("status"), max_length=20, blank=True, default="", choices=Outcome.choices)

    class Meta:
        ordering = ["journey", "position"]
        verbose_name = _("journey step")
        verbose_name_plural = _("journey steps")
        constraints = [
            models.UniqueConstraint(fields=["journey", "position"], name="journey_step_unique_position"),
            models.CheckConstraint(condition=Q(status="") | Q(status__in=Outcome.values), name="journey_step_status"),
        ]

    @property
    def is_complete(self) -> bool:
        return self.status in COMPLETE


class Stamp(models.Model):
    """One outcome recorded for a step; never changed, a later stamp supersedes it."""

    step = models.ForeignKey(JourneyStep, on_delete=models.CASCADE, related_name="stamps")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    reason = models.TextField(_("reason, in plain words"), blank=True, max_length=1000)
    instead = models.TextField(_("what to do instead"), blank=True, max_length=1000)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField()
    referral = models.ForeignKey("Referral", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["step", "recorded_at", "pk"]
        verbose_name = _("stamp")
        verbose_name_plural = _("stamps")
        constraints = [
            models.CheckConstraint(condition=Q(outcome__in=Outcome.values), name="stamp_outcome_valid"),
            models.CheckConstraint(
                condition=~Q(outcome__in=sorted(NEGATIVE)) | (~Q(reason="") & ~Q(instead="")),
                name="stamp_refusal_explained",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.step_id}: {self.outcome}"


class ServiceResponseTime(models.Model):
    """How many days a service takes to answer a referral; settings.REFERRAL_RESPONSE_DAYS if unset."""

    service = models.OneToOneField(Service, on_delete=models.CASCADE, related_name="referral_response_time")
    days = models.PositiveSmallIntegerField(_("days to answer a referral"))

    class Meta:
        verbose_name = _("response time")
        verbose_name_plural = _("response times")
        constraints = [models.CheckConstraint(condition=Q(days__gte=1), name="response_time_positive")]

    def __str__(self) -> str:
        return f"{self.service_id}: {self.days}"


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    COMPLETED = "completed", _("Completed")


class Referral(models.Model):
    client = models.ForeignKey(ClientRecord, on_delete=models.CASCADE, related_name="referrals")
    from_organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="referrals_sent")
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="referrals")
    to_organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="referrals_received")
    journey_step = models.ForeignKey(
        JourneyStep, on_delete=models.SET_NULL, null=True, blank=True, related_name="referrals"
    )
    # Part of the record's "needs": the receiver sees them only while consent covers needs.
    summary = models.TextField(_("summary"), blank=True, max_length=2000)
    needs = models.JSONField(_("needs"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ReferralStatus.choices, default=ReferralStatus.SENT)
    decline_reason = models.TextField(_("reason for declining"), blank=True, max_length=1000)
    outcome = models.TextField(_("outcome"), blank=True, max_length=1000)
    created_at = models.DateTimeField()
    due_at = models.DateTimeField(_("answer due"))
    answered_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    overdue_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ReferralStatus.values), name="referral_status_valid"),
            models.CheckConstraint(
                condition=~Q(status=ReferralStatus.DECLINED) | ~Q(decline_reason=""), name="referral_decline_reason"
            ),
        ]
        indexes = [models.Index(fields=["to_organisation", "status", "due_at"], name="referral_incoming")]

    def __str__(self) -> str:
        return f"referral {self.pk} → {self.service_id}"


# --- Webhooks -----------------------------------------------------------------------------------


class EventType(models.TextChoices):
    REFERRAL_CREATED = "referral.created", _("A referral was made")
    REFERRAL_ACCEPTED = "referral.accepted", _("A referral was accepted")
    REFERRAL_DECLINED = "referral.declined", _("A referral was declined")
    REFERRAL_COMPLETED = "referral.completed", _("A referral was completed")
    REFERRAL_OVERDUE = "referral.overdue", _("A referral is overdue")
    STAMP_RECORDED = "stamp.recorded", _("A step was stamped")


def new_webhook_secret() -> str:
    return secrets.token_hex(32)


class WebhookSubscription(models.Model):
    """A partner that keeps its own system asks for events concerning it."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="webhook_subscriptions")
    url = models.URLField(_("address that receives the events"), max_length=500)
    secret = models.CharField(max_length=64, default=new_webhook_secret)
    events = models.JSONField(_("events"))
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organisation", "pk"]
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")

    def __str__(self) -> str:
        return self.url


class OutboxEvent(models.Model):
    """Written in the transaction of the change it reports; delivered afterwards."""

    event_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    type = models.CharField(max_length=40, choices=EventType.choices)
    # Ids and states only, never personal data: a receiver reads the rest through the API,
    # which applies consent at the time it asks.
    payload = models.JSONField()
    occurred_at = models.DateTimeField()

    class Meta:
        ordering = ["occurred_at", "pk"]

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be delivered")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Given up")


class WebhookDelivery(models.Model):
    event = models.ForeignKey(OutboxEvent, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["next_attempt_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "subscription"], name="webhook_delivery_once"),
            models.CheckConstraint(condition=Q(status__in=DeliveryStatus.values), name="webhook_delivery_status"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due")]

    def __str__(self) -> str:
        return f"{self.event_id} → {self.subscription_id}"
