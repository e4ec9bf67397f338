"""Telling interpreters about offers: an e-mail, and an SMS for freelancers with a phone.

Each message is an ``OfferMessage`` row, one per offer and channel (so never created twice),
delivered by a background task after the transaction commits. Delivery locks the row and marks it
sent in the same transaction, so a retried task does not send it again (the pattern of
reception/notifications.py). Cancellations are a plain e-mail after commit.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from onestop.core.sms import SmsError, send_sms
from onestop.core.tasks import send_email_after_commit
from onestop.interpreting.models import (
    Interpreter,
    InterpreterKind,
    InterpreterRequest,
    Offer,
    OfferMessage,
    OfferMessageChannel,
)

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def _inbox_path() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("interpreting:inbox")


def _texts(offer: Offer) -> tuple[str, str, str]:
    from onestop.interpreting.services import describe

    with translation.override(settings.LANGUAGE_CODE):
        what = describe(offer.request)
        subject = _("Interpreting request: %(what)s") % {"what": what}
        if offer.interpreter.user_id:
            answer = _("Please accept or decline in your inbox: %(path)s") % {"path": _inbox_path()}
        else:
            answer = _("Please call the coordinator to accept or decline.")
        body = _("You are asked to interpret: %(what)s.") % {"what": what}
        if offer.request.note:
            body += "\n" + offer.request.note
        body += "\n" + answer
        sms = _("Interpreting request: %(what)s. %(answer)s") % {"what": what, "answer": answer}
    return subject, body, sms


def _create(offer: Offer, channel: str, to: str, subject: str, body: str) -> None:
    try:
        with transaction.atomic():
            message = OfferMessage.objects.create(offer=offer, channel=channel, to=to, subject=subject, body=body)
    except IntegrityError:  # already created for this offer: never twice
        return
    transaction.on_commit(lambda: deliver.enqueue(message_id=message.pk))


def notify_offer(offer: Offer) -> None:
    """Queue the messages about a new offer (inside the offer's transaction)."""
    interpreter = offer.interpreter
    subject, body, sms = _texts(offer)
    if interpreter.contact_email:
        _create(offer, OfferMessageChannel.EMAIL, interpreter.contact_email, subject, body)
    if interpreter.kind == InterpreterKind.FREELANCE and interpreter.phone:
        _create(offer, OfferMessageChannel.SMS, interpreter.phone, "", sms)


def notify_cancelled(interpreter: Interpreter, request: InterpreterRequest) -> None:
    """Tell an interpreter that a request offered to or taken by them is cancelled."""
    from onestop.interpreting.services import describe

    if not interpreter.contact_email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        what = describe(request)
        subject = _("Interpreting cancelled: %(what)s") % {"what": what}
        body = _("The interpreting %(what)s is no longer needed. Thank you.") % {"what": what}
    send_email_after_commit(subject=subject, body=body, to=[interpreter.contact_email])


def _send(message: OfferMessage) -> None:
    if message.channel == OfferMessageChannel.SMS:
        send_sms(to=message.to, text=message.body)
        return
    send_mail(subject=message.subject, message=message.body, from_email=None, recipient_list=[message.to])


@task()
def deliver(*, message_id: int) -> bool:
    with transaction.atomic():
        message = OfferMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.sent_at is not None:
            return False
        message.attempts += 1
        try:
            _send(message)
        except (SmsError, OSError) as exc:
            message.last_error = str(exc)[:500]
            message.save(update_fields=["attempts", "last_error"])
            logger.warning("offer message %s failed (attempt %s): %s", message.pk, message.attempts, exc)
            if message.attempts < MAX_ATTEMPTS and deliver.get_backend().supports_defer:
                delay = timedelta(seconds=30 * 2 ** (message.attempts - 1))
                retry = deliver.using(run_after=timezone.now() + delay)
                transaction.on_commit(lambda: retry.enqueue(message_id=message_id))
            return False
        message.sent_at = timezone.now()
        message.save(update_fields=["attempts", "sent_at", "last_error"])
        return True
