"""Interpreting: the pool of interpreters, requests for one, offers and assignments.

An interpreter is a member of staff (with an account and the interpreter role) or a freelancer
(a name, a phone, an e-mail; an account is optional). Availability is kept as wall-clock weekly
windows in the shop's time zone plus whole-day absences; ``availability.py`` turns them into
aware instants for any date, so a window stays "Monday 9:00-13:00" across daylight-saving changes.

No double booking is a database invariant: every assignment is also stored as the 15-minute
blocks it covers, with a unique (interpreter, block) constraint. It works the same on SQLite and
PostgreSQL; two overlapping accepts for one interpreter cannot both commit.
"""

from __future__ import annotations

from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from onestop.core.models import MessageChannel, OutboxMessage


class Mode(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    PHONE = "phone", _("By phone")
    VIDEO = "video", _("By video")


class InterpreterKind(models.TextChoices):
    STAFF = "staff", _("Staff")
    FREELANCE = "freelance", _("Freelance")


class Interpreter(models.Model):
    kind = models.CharField(_("kind"), max_length=10, choices=InterpreterKind.choices, default=InterpreterKind.STAFF)
    # Staff interpreters answer offers in their inbox; a freelancer may have an account too.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="interpreter",
        verbose_name=_("staff account"),
    )
    name = models.CharField(_("name"), max_length=150)
    phone = models.CharField(_("mobile phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    on_site = models.BooleanField(_("on site"), default=True)
    by_phone = models.BooleanField(_("by phone"), default=False)
    by_video = models.BooleanField(_("by video"), default=False)
    note = models.CharField(_("note"), max_length=500, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("interpreter")
        verbose_name_plural = _("interpreters")

    def __str__(self) -> str:
        return self.name

    def offers_mode(self, mode: str) -> bool:
        return {Mode.ON_SITE: self.on_site, Mode.PHONE: self.by_phone, Mode.VIDEO: self.by_video}.get(Mode(mode), False)

    @property
    def modes(self) -> list[str]:
        flags = ((Mode.ON_SITE, self.on_site), (Mode.PHONE, self.by_phone), (Mode.VIDEO, self.by_video))
        return [mode.value for mode, on in flags if on]

    @property
    def contact_email(self) -> str:
        return self.email or (self.user.email if self.user_id and self.user else "")


MODE_FIELDS = {Mode.ON_SITE: "on_site", Mode.PHONE: "by_phone", Mode.VIDEO: "by_video"}


class InterpreterLanguage(models.Model):
    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=12)

    class Meta:
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["interpreter", "code"], name="interpreter_language_unique")]

    def __str__(self) -> str:
        return self.code


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class AvailabilityWindow(models.Model):
    """A weekly window of wall-clock time (in settings.TIME_ZONE) in which the interpreter works."""

    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE, related_name="windows")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))

    class Meta:
        ordering = ["weekday", "starts"]
        constraints = [
            # An end of 0:00 is midnight at the end of the day.
            models.CheckConstraint(
                condition=Q(ends__gt=F("starts")) | Q(ends=time(0)), name="availability_window_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(weekday__gte=0, weekday__lte=6), name="availability_window_weekday"),
        ]

    def __str__(self) -> str:
        ends = "24:00" if self.ends == time(0) else f"{self.ends:%H:%M}"
        return f"{self.get_weekday_display()} {self.starts:%H:%M}-{ends}"


class Absence(models.Model):
    """Whole days (first to last, inclusive) on which the interpreter is not available."""

    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE, related_name="absences")
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    reason = models.CharField(_("reason (optional)"), max_length=200, blank=True)

    class Meta:
        ordering = ["first_day"]
        constraints = [
            models.CheckConstraint(condition=Q(last_day__gte=F("first_day")), name="absence_last_after_first")
        ]

    def __str__(self) -> str:
        return f"{self.first_day} – {self.last_day}"


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    OFFERED = "offered", _("Offered")
    ACCEPTED = "accepted", _("Accepted")
    # A request nobody took: the coordinator closed it as declined (an offer's decline only
    # puts the request back to open, for the next interpreter).
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    DONE = "done", _("Done")


UNFILLED_STATUSES = (RequestStatus.OPEN, RequestStatus.OFFERED)
LIVE_STATUSES = (RequestStatus.OPEN, RequestStatus.OFFERED, RequestStatus.ACCEPTED)


class InterpreterRequest(models.Model):
    """An interpreter wanted for a language, a mode and a time: for a desk, a walk-in ticket, or an
    appointment (the appointments app points at the request from its side)."""

    language = models.CharField(_("language"), max_length=12)
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.ON_SITE)
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))
    status = models.CharField(max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    desk = models.ForeignKey(
        "reception.Desk", on_delete=models.SET_NULL, null=True, blank=True, related_name="interpreter_requests"
    )
    ticket = models.ForeignKey(
        "reception.Ticket", on_delete=models.SET_NULL, null=True, blank=True, related_name="interpreter_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    # Nobody in the pool spoke the language (in this mode) when it was asked for.
    flagged_short = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("interpreter request")
        verbose_name_plural = _("interpreter requests")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="interpreter_request_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(status__in=RequestStatus.values), name="interpreter_request_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["status", "starts_at"], name="interp_request_status_idx")]

    def __str__(self) -> str:
        return f"{self.language} {self.starts_at:%Y-%m-%d %H:%M}"


class OfferStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # The interpreter took another request at an overlapping time, so this one can no longer be taken.
    SUPERSEDED = "superseded", _("Withdrawn: booked for another request at this time")


class Offer(models.Model):
    """A request offered to one interpreter; at most one offer of a request waits at a time."""

    request = models.ForeignKey(InterpreterRequest, on_delete=models.CASCADE, related_name="offers")
    interpreter = models.ForeignKey(Interpreter, on_delete=models.PROTECT, related_name="offers")
    status = models.CharField(max_length=10, choices=OfferStatus.choices, default=OfferStatus.PENDING)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    offered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["request"], condition=Q(status="pending"), name="offer_one_pending_per_request"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.request_id} → {self.interpreter_id} ({self.status})"


class Assignment(models.Model):
    """An accepted offer: the interpreter is booked from ``starts_at`` to ``ends_at``."""

    request = models.OneToOneField(InterpreterRequest, on_delete=models.CASCADE, related_name="assignment")
    interpreter = models.ForeignKey(Interpreter, on_delete=models.PROTECT, related_name="assignments")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    created_at = models.DateTimeField()
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["interpreter", "starts_at"], name="assignment_interp_start_idx")]

    def __str__(self) -> str:
        return f"{self.interpreter} {self.starts_at:%Y-%m-%d %H:%M}"


class AssignmentBlock(models.Model):
    """One quarter hour of an assignment. The unique constraint is the no-double-booking rule."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="blocks")
    interpreter = models.ForeignKey(Interpreter, on_delete=models.PROTECT, related_name="+")
    block_start = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["interpreter", "block_start"], name="interpreter_booked_once_per_block")
        ]

    def __str__(self) -> str:
        return f"{self.interpreter_id} {self.block_start:%Y-%m-%d %H:%M}"


OfferMessageChannel = MessageChannel


class OfferMessage(OutboxMessage):
    """A message telling an interpreter about an offer; one per offer and channel, never twice."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="messages")
    channel = models.CharField(max_length=10, choices=OfferMessageChannel.choices)
    subject = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["offer", "channel"], name="offer_message_once_per_channel")]

    def __str__(self) -> str:
        return f"{self.offer_id} {self.channel}"
