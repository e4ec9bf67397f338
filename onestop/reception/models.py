"""Reception: desks, walk-in tickets, priorities, calling, displays and wait estimates.

A *series* is a service's walk-in queue at one site (``W-014``); a *ticket* is one visit, from
arrival to its end; every step of a ticket is a *ticket event* (Qmatic's statistics model:
arrival, call, recall, park, transfer, end). Call-next rules live in ``queueing.py``.
"""

from __future__ import annotations

import secrets
from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onestop.core.models import MessageChannel, OutboxMessage
from onestop.directory.models import Organisation, Service, Site


class Pictogram(models.TextChoices):
    DOCUMENT = "document", _("Document")
    HOUSE = "house", _("House")
    WORK = "work", _("Work")
    BOOK = "book", _("Book")
    HEALTH = "health", _("Health")
    FAMILY = "family", _("Family")
    MONEY = "money", _("Money")
    LAW = "law", _("Law")
    HEART = "heart", _("Heart")
    INFO = "info", _("Information")


class Desk(models.Model):
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="desks")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="desks")
    name = models.CharField(_("name"), max_length=100)
    # Short label shown on the display screen and called out ("Desk 3").
    label = models.CharField(_("display label"), max_length=20)
    services = models.ManyToManyField(Service, related_name="desks", blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["site", "label"]
        verbose_name = _("desk")
        verbose_name_plural = _("desks")
        constraints = [models.UniqueConstraint(fields=["site", "label"], name="desk_unique_label_per_site")]

    def __str__(self) -> str:
        return f"{self.label} · {self.name}"


class DeskSession(models.Model):
    """A desk open with a staff member and the languages spoken there today."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="sessions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="desk_sessions")
    languages = models.JSONField(_("languages spoken"), default=list)
    opened_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(fields=["desk"], condition=Q(closed_at__isnull=True), name="desk_one_open_session")
        ]

    def __str__(self) -> str:
        return f"{self.desk} ({', '.join(self.languages)})"


class TicketSeries(models.Model):
    """A service's walk-in queue at a site: its letter, daily quota and rules."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="ticket_series")
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="ticket_series")
    prefix = models.CharField(_("letter"), max_length=3, help_text=_("Shown before the number, e.g. W for W-014."))
    pictogram = models.CharField(_("pictogram"), max_length=20, choices=Pictogram.choices, default=Pictogram.INFO)
    day_starts_at = models.TimeField(
        _("numbering restarts at"), default=time(0, 0), help_text=_("Local time at which numbers start again at 1.")
    )
    daily_quota = models.PositiveIntegerField(
        _("tickets per day"), null=True, blank=True, help_text=_("Empty for no limit.")
    )
    remote_check_in = models.BooleanField(_("people may take a ticket from their phone"), default=True)
    remote_quota = models.PositiveIntegerField(
        _("tickets per day from phones"), null=True, blank=True, help_text=_("Empty for no separate limit.")
    )
    max_wait_minutes = models.PositiveIntegerField(
        _("longest wait before anyone is called regardless of priority (minutes)"), default=90
    )
    calls_before_no_show = models.PositiveSmallIntegerField(_("calls before a no-show"), default=3)
    handling_minutes = models.PositiveSmallIntegerField(
        _("usual time per person (minutes)"),
        default=10,
        help_text=_("Used for estimates until enough visits are seen."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["site", "prefix"]
        verbose_name = _("ticket series")
        verbose_name_plural = _("ticket series")
        constraints = [
            models.UniqueConstraint(fields=["site", "service"], name="series_one_per_service_and_site"),
            models.UniqueConstraint(fields=["site", "prefix"], name="series_unique_prefix_per_site"),
        ]

    def __str__(self) -> str:
        return f"{self.prefix} · {self.service}"


class SeriesDay(models.Model):
    """The last number given in a series on a business day; incremented under a row lock."""

    series = models.ForeignKey(TicketSeries, on_delete=models.CASCADE, related_name="days")
    day = models.DateField()
    last_number = models.PositiveIntegerField(default=0)
    remote_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["series", "day"], name="series_day_unique")]

    def __str__(self) -> str:
        return f"{self.series} {self.day}: {self.last_number}"


class PriorityReason(models.TextChoices):
    PREGNANCY = "pregnancy", _("Pregnancy")
    DISABILITY = "disability", _("Disability")
    ELDERLY = "elderly", _("Elderly person")
    SMALL_CHILDREN = "small_children", _("With small children")
    MEDICAL = "medical", _("Medical urgency")
    APPOINTMENT = "appointment", _("Appointment holder")


DEFAULT_PRIORITY_WEIGHTS = {
    PriorityReason.MEDICAL: 30,
    PriorityReason.APPOINTMENT: 20,
    PriorityReason.PREGNANCY: 10,
    PriorityReason.DISABILITY: 10,
    PriorityReason.ELDERLY: 10,
    PriorityReason.SMALL_CHILDREN: 5,
}


class PriorityWeight(models.Model):
    """How much a priority reason weighs; a higher class is called first."""

    reason = models.CharField(_("reason"), max_length=20, choices=PriorityReason.choices, unique=True)
    weight = models.PositiveSmallIntegerField(_("weight"))
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["-weight", "reason"]
        verbose_name = _("priority reason")
        verbose_name_plural = _("priority reasons")

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.weight})"


class Channel(models.TextChoices):
    DESK = "desk", _("At the reception desk")
    KIOSK = "kiosk", _("At the kiosk")
    REMOTE = "remote", _("From a phone")
    API = "api", _("Through the API")


class TicketStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    CALLED = "called", _("Called")
    PARKED = "parked", _("Parked")
    DONE = "done", _("Finished")
    NO_SHOW = "no_show", _("Did not come")
    LEFT = "left", _("Left the queue")


OPEN_STATUSES = (TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.PARKED)


class Outcome(models.TextChoices):
    SERVED = "served", _("Served")
    REFERRED = "referred", _("Referred elsewhere")
    APPOINTMENT = "appointment", _("Appointment given")
    NOT_POSSIBLE = "not_possible", _("Could not be helped today")


def new_token() -> str:
    return secrets.token_urlsafe(18)


class Ticket(models.Model):
    series = models.ForeignKey(TicketSeries, on_delete=models.PROTECT, related_name="tickets")
    # The series the number was drawn from; a transfer moves the ticket, the number stays.
    number_series = models.ForeignKey(TicketSeries, on_delete=models.PROTECT, related_name="+")
    day = models.DateField()
    number = models.PositiveIntegerField()
    code = models.CharField(max_length=12)
    token = models.CharField(max_length=32, unique=True, default=new_token)
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="tickets")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="tickets")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    language = models.CharField(_("language spoken"), max_length=10)
    page_language = models.CharField(max_length=10)
    interpreter_arranged = models.BooleanField(_("interpreter arranged"), default=False)
    priority_reason = models.CharField(
        _("priority"), max_length=20, choices=PriorityReason.choices, blank=True, default=""
    )
    priority_weight = models.PositiveSmallIntegerField(default=0)
    arrived_at = models.DateTimeField()
    # Appointment holders who arrive in time are ordered by their appointment, not their arrival.
    appointment_at = models.DateTimeField(null=True, blank=True)
    # After this moment the ticket is called before any priority class (anti-starvation).
    starved_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=TicketStatus.choices, default=TicketStatus.WAITING)
    desk = models.ForeignKey(Desk, on_delete=models.SET_NULL, null=True, blank=True, related_name="tickets")
    called_at = models.DateTimeField(null=True, blank=True)
    first_called_at = models.DateTimeField(null=True, blank=True)
    call_count = models.PositiveSmallIntegerField(default=0)
    called_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    phone = models.CharField(_("mobile phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    notify_position = models.PositiveSmallIntegerField(null=True, blank=True)
    client = models.ForeignKey(
        "clients.ClientRecord", on_delete=models.SET_NULL, null=True, blank=True, related_name="tickets"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["arrived_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["number_series", "day", "number"], name="ticket_unique_number"),
        ]
        indexes = [
            models.Index(fields=["site", "status", "service"], name="ticket_queue_idx"),
            models.Index(fields=["service", "status", "arrived_at"], name="ticket_service_idx"),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class EventKind(models.TextChoices):
    ARRIVED = "arrived", _("Arrived")
    CALLED = "called", _("Called")
    RECALLED = "recalled", _("Called again")
    NO_SHOW = "no_show", _("Did not come")
    PARKED = "parked", _("Parked")
    RESUMED = "resumed", _("Back in the queue")
    TRANSFERRED = "transferred", _("Transferred")
    FINISHED = "finished", _("Finished")
    LEFT = "left", _("Left the queue")


class TicketEvent(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    at = models.DateTimeField()
    desk = models.ForeignKey(Desk, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["service", "kind", "at"], name="ticket_event_stats_idx")]

    def __str__(self) -> str:
        return f"{self.ticket_id} {self.kind} {self.at:%H:%M}"


class WaitEstimate(models.Model):
    """An estimate shown to a person, and the wait that really followed (for accuracy reports)."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="estimates")
    made_at = models.DateTimeField()
    position = models.PositiveIntegerField()
    minutes = models.PositiveIntegerField()
    actual_minutes = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["made_at"]

    def __str__(self) -> str:
        return f"{self.ticket_id}: {self.minutes} min"


class NotificationKind(models.TextChoices):
    ALMOST = "almost", _("Almost your turn")
    CALLED = "called", _("Your turn")


NotificationChannel = MessageChannel


class Notification(OutboxMessage):
    """A message to a person about their ticket; one per ticket and kind, so never sent twice."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    channel = models.CharField(max_length=10, choices=NotificationChannel.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["ticket", "kind"], name="notification_once_per_kind")]

    def __str__(self) -> str:
        return f"{self.ticket_id} {self.kind} {self.channel}"


class Notice(models.Model):
    """A notice shown on a site's display screen."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="notices")
    text = models.CharField(_("text"), max_length=300)
    language = models.CharField(_("language"), max_length=10, blank=True, help_text=_("Empty for every language."))
    shown_until = models.DateTimeField(_("shown until"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self) -> str:
        return self.text
