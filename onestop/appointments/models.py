"""Appointments: bookable slots of a service at a site, and bookings of them.

Slots are not stored: ``SlotRule`` rows say when a service can be booked at a site (weekdays,
wall-clock hours, length, places per slot) and ``slots.py`` lays them out, minus closures and
holidays. A booking takes a numbered *place* in its slot; a unique constraint on
(service, site, start, place) is what makes a double booking impossible, whatever the number of
concurrent requests. A place stays taken by a held booking until the hold expires, and by a
cancelled one until its cool-down ends (the anti-trading rule), then it is released.
"""

from __future__ import annotations

import secrets
from datetime import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onestop.core.models import OutboxMessage
from onestop.directory.models import Service, Site

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class SlotRule(models.Model):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="slot_rules")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="slot_rules")
    weekdays = models.CharField(
        _("weekdays"), max_length=30, default="MO,TU,WE,TH,FR", help_text=_("Comma-separated: MO,TU,WE,TH,FR,SA,SU.")
    )
    starts_at = models.TimeField(_("first slot at"), default=time(9, 0))
    ends_at = models.TimeField(_("last slot ends by"), default=time(12, 0))
    minutes = models.PositiveSmallIntegerField(_("length of a slot (minutes)"), default=30)
    capacity = models.PositiveSmallIntegerField(
        _("places per slot"), default=1, help_text=_("How many people can be seen at the same time.")
    )
    valid_from = models.DateField(_("from"), null=True, blank=True)
    valid_to = models.DateField(_("until"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["service", "site", "starts_at"]
        verbose_name = _("booking hours")
        verbose_name_plural = _("booking hours")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="slot_rule_ends_after_start"),
            models.CheckConstraint(condition=Q(minutes__gte=5), name="slot_rule_at_least_five_minutes"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="slot_rule_at_least_one_place"),
        ]

    def __str__(self) -> str:
        return f"{self.service} @ {self.site}: {self.weekdays} {self.starts_at:%H:%M}-{self.ends_at:%H:%M}"

    def clean(self) -> None:
        codes = [code.strip().upper() for code in self.weekdays.split(",") if code.strip()]
        if not codes or any(code not in WEEKDAY_CODES for code in codes):
            raise ValidationError(
                {"weekdays": _("Write the weekdays as MO,TU,WE,TH,FR,SA,SU, separated by commas.")}, code="weekdays"
            )
        self.weekdays = ",".join(dict.fromkeys(codes))


class BookingSettings(models.Model):
    """Per service: how far ahead and how close to the time people may book, and fair-access limits."""

    service = models.OneToOneField(Service, on_delete=models.CASCADE, related_name="booking_settings")
    lead_minutes = models.PositiveIntegerField(_("book at least this many minutes ahead"), default=120)
    horizon_days = models.PositiveSmallIntegerField(_("book at most this many days ahead"), default=42)
    hold_minutes = models.PositiveSmallIntegerField(_("hold a slot while the person confirms (minutes)"), default=10)
    cooldown_minutes = models.PositiveIntegerField(
        _("offer a cancelled slot again after (minutes)"), default=60, help_text=_("Stops the trading of slots.")
    )
    grace_minutes = models.PositiveSmallIntegerField(
        _("late arrivals keep their appointment for (minutes)"), default=15
    )
    online = models.BooleanField(_("people may book online"), default=True)

    class Meta:
        verbose_name = _("booking settings")
        verbose_name_plural = _("booking settings")

    def __str__(self) -> str:
        return str(self.service)


class BookingStatus(models.TextChoices):
    HELD = "held", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Not confirmed in time")
    ARRIVED = "arrived", _("Arrived")
    NO_SHOW = "no_show", _("Did not come")


ACTIVE = (BookingStatus.HELD, BookingStatus.CONFIRMED)


class BookingChannel(models.TextChoices):
    STAFF = "staff", _("By staff")
    ONLINE = "online", _("Online")
    API = "api", _("Through the API")


def new_token() -> str:
    return secrets.token_urlsafe(18)


class Booking(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="bookings")
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="bookings")
    start = models.DateTimeField()
    end = models.DateTimeField()
    # The place taken in the slot; NULL once released (expired hold, cancellation after cool-down).
    place = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=BookingStatus.choices, default=BookingStatus.HELD)
    channel = models.CharField(max_length=10, choices=BookingChannel.choices)
    name = models.CharField(_("name or alias"), max_length=200)
    phone = models.CharField(_("mobile phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    # Who the booking is for, for the fair-access rules: "tel:+49...", "mail:...", "client:12".
    contact_key = models.CharField(max_length=260)
    language = models.CharField(_("language spoken"), max_length=10)
    page_language = models.CharField(max_length=10)
    interpreter_needed = models.BooleanField(_("interpreter needed"), default=False)
    # Booked together with the appointment when an interpreter is needed (onestop/interpreting).
    interpreter_request = models.ForeignKey(
        "interpreting.InterpreterRequest", on_delete=models.SET_NULL, null=True, blank=True, related_name="bookings"
    )
    client = models.ForeignKey(
        "clients.ClientRecord", on_delete=models.SET_NULL, null=True, blank=True, related_name="bookings"
    )
    token = models.CharField(max_length=32, unique=True, default=new_token)
    code_hash = models.CharField(max_length=128, blank=True)
    code_attempts = models.PositiveSmallIntegerField(default=0)
    hold_expires_at = models.DateTimeField(null=True, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    ticket = models.ForeignKey(
        "reception.Ticket", on_delete=models.SET_NULL, null=True, blank=True, related_name="bookings"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["start", "pk"]
        constraints = [
            # No double booking: one booking per place of a slot.
            models.UniqueConstraint(fields=["service", "site", "start", "place"], name="booking_one_per_place"),
            # No more than one booking per person per service at a time.
            models.UniqueConstraint(
                fields=["service", "contact_key"],
                condition=Q(status__in=["held", "confirmed"]),
                name="booking_one_active_per_person_and_service",
            ),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="booking_ends_after_start"),
        ]
        indexes = [
            models.Index(fields=["service", "site", "start"], name="booking_slot_idx"),
            models.Index(fields=["contact_key", "created_at"], name="booking_contact_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.service} {self.start:%Y-%m-%d %H:%M} {self.name}"


class MessageKind(models.TextChoices):
    CODE = "code", _("Confirmation code")
    CONFIRMED = "confirmed", _("Booking confirmed")
    REMINDER = "reminder", _("Reminder")
    CANCELLED = "cancelled", _("Booking cancelled")


class BookingMessage(OutboxMessage):
    """A message about a booking; one per booking and kind, so never sent twice."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=10, choices=MessageKind.choices)
    channel = models.CharField(max_length=10)  # "sms" or "email"
    subject = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["booking", "kind"], name="booking_message_once_per_kind")]

    def __str__(self) -> str:
        return f"{self.booking_id} {self.kind}"


class DeskCalendarFeed(models.Model):
    """A secret address for a desk's calendar feed (calendar apps cannot log in). Only a hash of
    the token is kept: a leaked database does not give the feed away, and rotating makes the old
    address stop working at once."""

    desk = models.OneToOneField("reception.Desk", on_delete=models.CASCADE, related_name="calendar_feed")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("desk calendar feed")
        verbose_name_plural = _("desk calendar feeds")

    def __str__(self) -> str:
        return str(self.desk)
