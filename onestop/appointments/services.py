"""Every write of the appointments: booking (by staff or online with a code), confirming,
changing, cancelling, arrival at reception, no-shows and reminders."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from onestop.accounts.models import User
from onestop.appointments import slots as slot_layout
from onestop.appointments.models import (
    ACTIVE,
    Booking,
    BookingChannel,
    BookingMessage,
    BookingSettings,
    BookingStatus,
    DeskCalendarFeed,
    MessageKind,
    SlotRule,
)
from onestop.audit.services import audit_record
from onestop.clients.models import ClientRecord
from onestop.core.languages import SPOKEN_LANGUAGE_CODES, interface_language_codes
from onestop.core.outbox import deliver_once, send_via
from onestop.directory.models import Service, Site
from onestop.interpreting.models import Mode, RequestStatus
from onestop.reception import services as reception
from onestop.reception.models import Desk, PriorityReason, Ticket

# Fair access: bookings one contact may make per day (all services).
MAX_BOOKINGS_PER_CONTACT_PER_DAY = 3
MAX_CODE_ATTEMPTS = 5


class SlotTaken(ValidationError):
    """The last place went to someone else; ``alternatives`` are the next free slots."""

    def __init__(self, message: str, alternatives: list[slot_layout.Slot]) -> None:
        super().__init__(message, code="taken")
        self.alternatives = alternatives


@dataclass(frozen=True)
class Person:
    name: str
    language: str
    phone: str = ""
    email: str = ""
    page_language: str = ""
    client: ClientRecord | None = None
    interpreter_needed: bool = False


def contact_key(person: Person) -> str:
    if person.client is not None:
        return f"client:{person.client.pk}"
    if person.phone:
        return f"tel:{person.phone}"
    return f"mail:{person.email.strip().lower()}"


def _clean_person(person: Person, *, need_contact: bool) -> Person:
    if not person.name.strip():
        raise ValidationError(_("Enter a name or an alias."), code="name")
    if person.language not in SPOKEN_LANGUAGE_CODES:
        raise ValidationError(_("Choose a language from the list."), code="language")
    phone = reception.normalise_phone(person.phone)
    email = person.email.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise ValidationError(_("Enter a valid e-mail address."), code="email") from None
    if need_contact and not (phone or email):
        raise ValidationError(
            _("Enter a mobile number or an e-mail address for the confirmation code."), code="contact"
        )
    if not (phone or email or person.client):
        raise ValidationError(_("Give a mobile number, an e-mail address or the person's record."), code="contact")
    page = person.page_language if person.page_language in interface_language_codes() else ""
    if not page:
        page = person.language if person.language in interface_language_codes() else settings.LANGUAGE_CODE
    return Person(
        person.name.strip()[:200], person.language, phone, email, page, person.client, person.interpreter_needed
    )


def next_free(
    *, service: Service, site: Site, after: datetime, now: datetime, count: int = 3
) -> list[slot_layout.Slot]:
    tz = slot_layout.local_tz()
    first = after.astimezone(tz).date()
    horizon_end = now.astimezone(tz).date() + timedelta(days=slot_layout.booking_settings(service).horizon_days)
    # Look a week ahead first and widen only if that is not enough: the losers of a race for the
    # last place all ask at once, and laying out the whole horizon for each of them is slow.
    days = 7
    while True:
        last = first + timedelta(days=days)
        free = slot_layout.free_slots(services=[service], site=site, now=now, first=first, last=last)
        found = [s for s in free if s.start > after][:count]
        if len(found) >= count or last >= horizon_end:
            return found
        days *= 4


def _check_slot(
    service: Service, site: Site, start: datetime, now: datetime, conf: BookingSettings | None = None
) -> slot_layout.Slot:
    conf = conf or slot_layout.booking_settings(service)
    slot = slot_layout.slot_at(service=service, site=site, start=start)
    if start <= now:
        raise ValidationError(_("This time is in the past. Choose a time from the list."), code="past")
    if slot is None:
        raise ValidationError(
            _("There is no appointment at this time (the service is closed then). Choose a time from the list."),
            code="no_slot",
        )
    if start < now + timedelta(minutes=conf.lead_minutes):
        raise ValidationError(_("This time is too soon to book. Choose a later time."), code="lead")
    if start.astimezone(slot_layout.local_tz()).date() > now.astimezone(slot_layout.local_tz()).date() + timedelta(
        days=conf.horizon_days
    ):
        raise ValidationError(_("This time is too far ahead to book yet."), code="horizon")
    return slot


def _fair_access(key: str, service: Service, now: datetime, *, replacing: Booking | None = None) -> None:
    active = Booking.objects.filter(service=service, contact_key=key, status__in=ACTIVE)
    if replacing is not None:
        active = active.exclude(pk=replacing.pk)
    if active.exists():
        raise ValidationError(
            _("There is already an appointment for this service for this person. Change or cancel it first."),
            code="one_per_service",
        )
    today = Booking.objects.filter(contact_key=key, created_at__gte=now - timedelta(days=1))
    if replacing is None and today.count() >= MAX_BOOKINGS_PER_CONTACT_PER_DAY:
        raise ValidationError(
            _("Too many bookings for this contact today. Please try again tomorrow or ask at a desk."), code="limit"
        )


def _take_place(booking: Booking, slot: slot_layout.Slot, now: datetime) -> Booking:
    """Insert the booking at the first free place of its slot; the unique constraint decides races."""
    taken = set(
        slot_layout.taken_places(now)
        .filter(service=booking.service, site=booking.site, start=slot.start)
        .values_list("place", flat=True)
    )
    # Places whose holder has gone (expired hold, cancellation past its cool-down) are released;
    # chosen by their own state, never by what this transaction saw, so a place someone else has
    # just taken is never touched.
    slot_layout.releasable(now).filter(service=booking.service, site=booking.site, start=slot.start).update(place=None)
    for place in range(1, slot.capacity + 1):
        if place in taken:
            continue
        booking.place = place
        try:
            with transaction.atomic():
                booking.save(force_insert=True)
            return booking
        except IntegrityError:
            booking.pk = None
            if Booking.objects.filter(
                service=booking.service, contact_key=booking.contact_key, status__in=ACTIVE
            ).exists():
                raise ValidationError(
                    _("There is already an appointment for this service for this person. Change or cancel it first."),
                    code="one_per_service",
                ) from None
            continue  # someone took this place a moment ago: try the next one
    raise SlotTaken(
        _("This time was just taken. Here are the next free times."),
        next_free(service=booking.service, site=booking.site, after=slot.start, now=now),
    )


def _code_hash(booking: Booking, code: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), f"{booking.token}:{code}".encode(), hashlib.sha256).hexdigest()


def book(
    *, service: Service, site: Site, start: datetime, person: Person, channel: str, by: User | None = None,
    request: HttpRequest | None = None, now: datetime | None = None,
) -> tuple[Booking, str]:  # fmt: skip
    """Book a place. Staff bookings are confirmed at once; online ones are held for a few minutes
    until the person enters the code sent to them. Returns the booking and the code ("" for staff)."""
    now = now or timezone.now()
    online = channel == BookingChannel.ONLINE
    conf = slot_layout.booking_settings(service)
    if online and not conf.online:
        raise ValidationError(_("This service is booked at a desk or by phone, not online."), code="online")
    person = _clean_person(person, need_contact=online)
    slot = _check_slot(service, site, start, now, conf)
    key = contact_key(person)
    code = f"{secrets.randbelow(1_000_000):06d}" if online else ""
    with transaction.atomic():
        _fair_access(key, service, now)
        booking = Booking(
            service=service, site=site, start=slot.start, end=slot.end, channel=channel, name=person.name,
            phone=person.phone, email=person.email, contact_key=key, language=person.language,
            page_language=person.page_language, interpreter_needed=person.interpreter_needed, client=person.client,
            created_by=by,
            status=BookingStatus.HELD if online else BookingStatus.CONFIRMED,
            hold_expires_at=now + timedelta(minutes=conf.hold_minutes) if online else None,
            confirmed_at=None if online else now,
        )  # fmt: skip
        booking = _take_place(booking, slot, now)
        if online:
            booking.code_hash = _code_hash(booking, code)
            booking.save(update_fields=["code_hash"])
            _message(booking, MessageKind.CODE, code=code)
        else:
            _message(booking, MessageKind.CONFIRMED)
            _book_interpreter(booking, by=by, now=now)
        if booking.client_id is not None:
            _audit(booking, "booking.created", by=by, request=request)
    return booking, code


def confirm(*, booking: Booking, code: str, now: datetime | None = None) -> Booking:
    """Confirm a held booking with the code sent to the person. A wrong code counts as an attempt
    (committed even though an error follows); too many end the hold."""
    now = now or timezone.now()
    with transaction.atomic():
        current = Booking.objects.select_for_update().get(pk=booking.pk)
        error = _check_code(current, code, now)
        if error is None:
            current.status = BookingStatus.CONFIRMED
            current.confirmed_at = now
            current.hold_expires_at = None
            current.save(update_fields=["code_attempts", "status", "confirmed_at", "hold_expires_at"])
            _message(current, MessageKind.CONFIRMED)
            _book_interpreter(current, by=None, now=now)
    if error is not None:
        raise error
    return current


def _check_code(current: Booking, code: str, now: datetime) -> ValidationError | None:
    """Checks a code and records the attempt; returns the error to raise after committing."""
    if current.status == BookingStatus.CONFIRMED:
        return ValidationError(_("This booking is already confirmed."), code="confirmed")
    if current.status != BookingStatus.HELD:
        return ValidationError(_("This booking can no longer be confirmed. Please book again."), code="state")
    if current.hold_expires_at is not None and current.hold_expires_at <= now:
        current.status = BookingStatus.EXPIRED
        current.released_at = current.hold_expires_at
        current.save(update_fields=["status", "released_at"])
        return ValidationError(
            _("The time to confirm has run out and the slot was released. Please book again."), code="expired"
        )
    current.code_attempts += 1
    if hmac.compare_digest(current.code_hash, _code_hash(current, code.strip())):
        return None
    if current.code_attempts >= MAX_CODE_ATTEMPTS:
        current.status = BookingStatus.EXPIRED
        current.released_at = now
        current.save(update_fields=["code_attempts", "status", "released_at"])
        return ValidationError(_("Too many wrong codes. Please book again."), code="attempts")
    current.save(update_fields=["code_attempts"])
    return ValidationError(_("This code is not right. Check the message we sent and try again."), code="code")


def cancel(*, booking: Booking, by: User | None = None, now: datetime | None = None, notify: bool = True) -> Booking:
    """Cancel; the place is offered again only after the service's cool-down (anti-trading)."""
    now = now or timezone.now()
    with transaction.atomic():
        current = Booking.objects.select_for_update().get(pk=booking.pk)
        if current.status not in ACTIVE:
            raise ValidationError(_("This booking is not active any more."), code="state")
        conf = slot_layout.booking_settings(current.service)
        current.status = BookingStatus.CANCELLED
        current.cancelled_at = now
        current.released_at = now + timedelta(minutes=conf.cooldown_minutes)
        current.save(update_fields=["status", "cancelled_at", "released_at"])
        if notify:
            _message(current, MessageKind.CANCELLED)
        _release_interpreter(current, by=by)
        if current.client_id is not None:
            _audit(current, "booking.cancelled", by=by, request=None)
    return current


def change(*, booking: Booking, start: datetime, by: User | None = None, now: datetime | None = None) -> Booking:
    """Move a confirmed booking to another time of the same service: all or nothing."""
    now = now or timezone.now()
    if booking.status != BookingStatus.CONFIRMED:
        raise ValidationError(_("Only a confirmed booking can be changed."), code="state")
    slot = _check_slot(booking.service, booking.site, start, now)
    with transaction.atomic():
        old = cancel(booking=booking, by=by, now=now, notify=False)
        new = Booking(
            service=old.service, site=old.site, start=slot.start, end=slot.end, channel=old.channel, name=old.name,
            phone=old.phone, email=old.email, contact_key=old.contact_key, language=old.language,
            page_language=old.page_language, interpreter_needed=old.interpreter_needed, client=old.client,
            created_by=by, status=BookingStatus.CONFIRMED, confirmed_at=now,
        )  # fmt: skip
        new = _take_place(new, slot, now)
        _message(new, MessageKind.CONFIRMED)
        _book_interpreter(new, by=by, now=now)
    return new


def _book_interpreter(booking: Booking, *, by: User | None, now: datetime) -> None:
    """Book the interpreter with the appointment: a request for the booking's language and time,
    offered at once to the best available interpreter (onestop/interpreting)."""
    if not booking.interpreter_needed or booking.interpreter_request_id is not None:
        return
    from onestop.interpreting.services import request_interpreter

    with translation.override(settings.LANGUAGE_CODE):
        note = _("Appointment: %(service)s") % {"service": booking.service.name}
    booking.interpreter_request = request_interpreter(
        language=booking.language, mode=Mode.ON_SITE, start=booking.start, end=booking.end, requested_by=by,
        note=note, now=now,
    )  # fmt: skip
    booking.save(update_fields=["interpreter_request"])


def _release_interpreter(booking: Booking, *, by: User | None) -> None:
    request = booking.interpreter_request
    if request is None or request.status not in (RequestStatus.OPEN, RequestStatus.OFFERED, RequestStatus.ACCEPTED):
        return
    from onestop.interpreting.services import cancel_request

    cancel_request(request, by)


def arrive(*, booking: Booking, by: User | None, now: datetime | None = None) -> Ticket:
    """The person arrives at reception: a walk-in ticket with appointment priority, ordered by the
    appointment time; after the grace period it becomes a plain walk-in ticket."""
    now = now or timezone.now()
    conf = slot_layout.booking_settings(booking.service)
    with transaction.atomic():
        current = Booking.objects.select_for_update().get(pk=booking.pk)
        if current.status != BookingStatus.CONFIRMED:
            raise ValidationError(_("This booking is not confirmed, so it cannot be checked in."), code="state")
        in_time = now <= current.start + timedelta(minutes=conf.grace_minutes)
        interpreter = current.interpreter_request
        ticket = reception.check_in(
            reception.CheckIn(
                service=current.service, site=current.site, language=current.language,
                page_language=current.page_language, phone=current.phone, email=current.email,
                priority_reason=PriorityReason.APPOINTMENT if in_time else "", client=current.client,
                appointment_at=current.start if in_time else None,
                interpreter_arranged=interpreter is not None and interpreter.status == RequestStatus.ACCEPTED,
            ),
            by=by, at=now,
        )  # fmt: skip
        current.status = BookingStatus.ARRIVED
        current.ticket = ticket
        current.save(update_fields=["status", "ticket"])
    return ticket


@transaction.atomic
def mark_no_shows(*, now: datetime | None = None) -> int:
    """Confirmed bookings whose grace period has passed without arrival become no-shows."""
    now = now or timezone.now()
    count = 0
    for booking in Booking.objects.select_for_update().filter(status=BookingStatus.CONFIRMED, end__lt=now):
        conf = slot_layout.booking_settings(booking.service)
        if booking.start + timedelta(minutes=conf.grace_minutes) < now:
            booking.status = BookingStatus.NO_SHOW
            booking.save(update_fields=["status"])
            count += 1
    return count


def send_reminders(*, now: datetime | None = None) -> int:
    """A reminder for every confirmed booking of tomorrow (local date), once."""
    now = now or timezone.now()
    tz = slot_layout.local_tz()
    tomorrow = now.astimezone(tz).date() + timedelta(days=1)
    first = slot_layout.wall_clock(tomorrow, datetime.min.time(), tz) or now
    last = first + timedelta(days=1, hours=1)
    count = 0
    for booking in Booking.objects.filter(
        status=BookingStatus.CONFIRMED, start__gte=first, start__lt=last, reminder_sent_at__isnull=True
    ):
        if booking.start.astimezone(tz).date() != tomorrow:
            continue
        with transaction.atomic():
            if _message(booking, MessageKind.REMINDER):
                Booking.objects.filter(pk=booking.pk).update(reminder_sent_at=now)
                count += 1
    return count


# --- Messages --------------------------------------------------------------------------------


def when_text(booking: Booking) -> str:
    local = booking.start.astimezone(slot_layout.local_tz())
    return formats.date_format(local, "DATETIME_FORMAT")


def booking_link(booking: Booking) -> str:
    """The booking's own page (the token is the key), in its page language, absolute when
    ``SITE_URL`` is set."""
    with translation.override(booking.page_language):
        path = reverse("book:booking", kwargs={"token": booking.token})
    return settings.SITE_URL + path


def _message(booking: Booking, kind: str, *, code: str = "") -> BookingMessage | None:
    if booking.phone:
        channel, to = "sms", booking.phone
    elif booking.email:
        channel, to = "email", booking.email
    else:
        return None
    with translation.override(booking.page_language):
        values = {"service": booking.service.name, "when": when_text(booking), "code": code}
        subject = _("Your appointment: %(service)s") % values
        if kind == MessageKind.CODE:
            body = _("Your code is %(code)s. Enter it to confirm your appointment (%(service)s, %(when)s).") % values
        elif kind == MessageKind.CONFIRMED:
            body = _("Your appointment is confirmed: %(service)s, %(when)s.") % values
        elif kind == MessageKind.REMINDER:
            body = _("Reminder: your appointment is tomorrow: %(service)s, %(when)s.") % values
        else:
            body = _("Your appointment is cancelled: %(service)s, %(when)s.") % values
        if kind in (MessageKind.CONFIRMED, MessageKind.REMINDER):
            body += "\n" + _("To change or cancel it: %(link)s") % {"link": booking_link(booking)}
    try:
        with transaction.atomic():
            message = BookingMessage.objects.create(
                booking=booking, kind=kind, channel=channel, to=to, subject=subject, body=body
            )
    except IntegrityError:  # already written for this booking: never twice
        return None
    transaction.on_commit(lambda: deliver.enqueue(message_id=message.pk))
    return message


def _send(message: BookingMessage) -> None:
    send_via(channel=message.channel, to=message.to, subject=message.subject, body=message.body)


@task()
def deliver(*, message_id: int) -> bool:
    sent = deliver_once(
        queryset=BookingMessage.objects.all(), pk=message_id, send=_send, retry_task=deliver, message_id=message_id
    )
    if sent:  # the code is only for the person: once sent, it is not kept in the database
        BookingMessage.objects.filter(pk=message_id, kind=MessageKind.CODE).update(body="")
    return sent


def _audit(booking: Booking, action: str, *, by: User | None, request: HttpRequest | None) -> None:
    audit_record(
        action=action, actor=by, request=request, object_type="client", object_id=booking.client_id or "",
        data={"booking": booking.pk},
    )  # fmt: skip


# --- Booking hours, settings and desk feeds ---------------------------------------------------


def slot_rule_save(*, rule: SlotRule, by: User, request: HttpRequest | None = None) -> SlotRule:
    """Save booking hours. Bookings already made keep their time, even where the hours change."""
    with transaction.atomic():
        created = rule.pk is None
        rule.save()
        audit_record(
            action="appointments.hours_created" if created else "appointments.hours_changed", actor=by,
            request=request, object_type="slot_rule", object_id=rule.pk, data={"service": rule.service_id},
        )  # fmt: skip
    return rule


def slot_rule_delete(*, rule: SlotRule, by: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        audit_record(
            action="appointments.hours_deleted", actor=by, request=request, object_type="slot_rule",
            object_id=rule.pk, data={"service": rule.service_id},
        )  # fmt: skip
        rule.delete()


def booking_settings_save(*, conf: BookingSettings, by: User, request: HttpRequest | None = None) -> BookingSettings:
    with transaction.atomic():
        conf.save()
        audit_record(
            action="appointments.settings_changed", actor=by, request=request, object_type="service",
            object_id=conf.service_id, data={},
        )  # fmt: skip
    return conf


def feed_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def desk_feed_rotate(*, desk: Desk, by: User, request: HttpRequest | None = None) -> str:
    """A new secret address for the desk's calendar feed; the old one stops working at once.
    Returns the token, which is shown once and not kept."""
    token = secrets.token_urlsafe(24)
    with transaction.atomic():
        DeskCalendarFeed.objects.update_or_create(
            desk=desk, defaults={"token_hash": feed_token_hash(token), "created_by": by}
        )
        audit_record(
            action="appointments.feed_rotated", actor=by, request=request, object_type="desk", object_id=desk.pk,
            data={},
        )  # fmt: skip
    return token


def desk_feed_remove(*, desk: Desk, by: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        DeskCalendarFeed.objects.filter(desk=desk).delete()
        audit_record(
            action="appointments.feed_removed", actor=by, request=request, object_type="desk", object_id=desk.pk,
            data={},
        )  # fmt: skip
