"""Background tasks shared by all areas."""

from __future__ import annotations

from django.core.mail import send_mail
from django.db import transaction
from django_tasks import task


@task()
def send_email(*, subject: str, body: str, to: list[str]) -> int:
    return send_mail(subject=subject, message=body, from_email=None, recipient_list=to)


def send_email_after_commit(*, subject: str, body: str, to: list[str]) -> None:
    """Queue an e-mail once the current transaction has committed, never inside it."""
    transaction.on_commit(lambda: send_email.enqueue(subject=str(subject), body=body, to=to))
