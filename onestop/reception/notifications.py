"""Messages to people about their tickets: "almost your turn" and "your turn".

A message is a ``Notification`` row (one per ticket and kind, so never created twice), written
in the ticket's language and delivered by a background task after the transaction commits.
Delivery locks the row and marks it sent in the same transaction, so a retried task does not
send it again; a failed attempt is retried with back-off up to ``MAX_ATTEMPTS`` times.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from onestop.core.sms import SmsError, send_sms
from onestop.reception import estimates
from onestop.reception.models import (
    Notification,
    NotificationChannel,
    NotificationKind,
    Ticket,
    TicketStatus,
)

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def _message(ticket: Ticket, kind: str) -> str:
    with translation.override(ticket.page_language):
        if kind == NotificationKind.CALLED:
            desk = ticket.desk.label if ticket.desk else ""
            called = _("Your number %(code)s is called now. Please go to desk %(desk)s.")
            return called % {"code": ticket.code, "desk": desk}
        return _("Your number %(code)s will be called soon. Please come back to the waiting area.") % {
            "code": ticket.code
        }


def _create(ticket: Ticket, kind: str) -> Notification | None:
    if ticket.phone:
        channel, to = NotificationChannel.SMS, ticket.phone
    elif ticket.email:
        channel, to = NotificationChannel.EMAIL, ticket.email
    else:
        return None
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                ticket=ticket, kind=kind, channel=channel, to=to, body=_message(ticket, kind)
            )
    except IntegrityError:  # already created for this ticket: never twice
        return None
    transaction.on_commit(lambda: deliver.enqueue(notification_id=notification.pk))
    return notification


def notify_called(ticket: Ticket) -> None:
    """Tell a person who asked to be told that their number is called."""
    if ticket.notify_position is not None:
        _create(ticket, NotificationKind.CALLED)


def notify_queue_moved(site_id: int, service_id: int) -> None:
    """After the queue moved: check, once committed, who is now close to the front."""
    transaction.on_commit(lambda: notify_almost.enqueue(site_id=site_id, service_id=service_id))


@task()
def notify_almost(*, site_id: int, service_id: int) -> int:
    """Create "almost your turn" messages for tickets within their chosen distance of the front."""
    now = timezone.now()
    queue = estimates.ordered(estimates.queue_of(site_id, service_id), now)
    places = {c.pk: index for index, c in enumerate(queue, start=1)}
    waiting = Ticket.objects.filter(
        pk__in=list(places), notify_position__isnull=False, status=TicketStatus.WAITING
    ).exclude(notifications__kind=NotificationKind.ALMOST)
    created = 0
    for ticket in waiting:
        if places[ticket.pk] <= (ticket.notify_position or 0) and _create(ticket, NotificationKind.ALMOST):
            created += 1
    return created


def _send(notification: Notification) -> None:
    if notification.channel == NotificationChannel.SMS:
        send_sms(to=notification.to, text=notification.body)
        return
    with translation.override(notification.ticket.page_language):
        subject = _("Your ticket %(code)s") % {"code": notification.ticket.code}
    send_mail(subject=subject, message=notification.body, from_email=None, recipient_list=[notification.to])


@task()
def deliver(*, notification_id: int) -> bool:
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update().select_related("ticket").filter(pk=notification_id).first()
        )
        if notification is None or notification.sent_at is not None:
            return False
        notification.attempts += 1
        try:
            _send(notification)
        except (SmsError, OSError) as exc:
            notification.last_error = str(exc)[:500]
            notification.save(update_fields=["attempts", "last_error"])
            logger.warning("notification %s failed (attempt %s): %s", notification.pk, notification.attempts, exc)
            # The immediate backend (tests) cannot defer; the tests call deliver again instead.
            if notification.attempts < MAX_ATTEMPTS and deliver.get_backend().supports_defer:
                delay = timedelta(seconds=30 * 2 ** (notification.attempts - 1))
                retry = deliver.using(run_after=timezone.now() + delay)
                transaction.on_commit(lambda: retry.enqueue(notification_id=notification_id))
            return False
        notification.sent_at = timezone.now()
        notification.save(update_fields=["attempts", "sent_at", "last_error"])
        return True
