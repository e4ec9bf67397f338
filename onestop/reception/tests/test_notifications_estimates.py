"""Messages to people in the queue, and wait estimates with their accuracy."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from onestop.core.sms import SmsError, send_sms
from onestop.reception import estimates, notifications
from onestop.reception import services as reception
from onestop.reception.models import Notification, NotificationKind, Ticket, TicketStatus, WaitEstimate
from onestop.reception.tests.conftest import Reception

NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)


class Gateway(BaseHTTPRequestHandler):
    received: list[dict[str, Any]] = []
    answer = 200

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Gateway.received.append({"auth": self.headers["Authorization"], **json.loads(body)})
        self.send_response(Gateway.answer)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def gateway(settings: Any) -> Iterator[type[Gateway]]:
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Gateway.received, Gateway.answer = [], 200
    settings.SMS_BACKEND = "http"
    settings.SMS_GATEWAY_URL = f"http://127.0.0.1:{server.server_port}/send"
    settings.SMS_GATEWAY_TOKEN = "secret"
    yield Gateway
    server.shutdown()


def test_the_http_backend_posts_json_with_the_token(gateway: type[Gateway]) -> None:
    send_sms(to="+4915123456789", text="Hallo")
    assert gateway.received == [{"auth": "Bearer secret", "to": "+4915123456789", "text": "Hallo"}]
    gateway.answer = 503
    with pytest.raises(SmsError):
        send_sms(to="+4915123456789", text="again")


def test_the_log_backend_writes_the_message_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="onestop.sms"):
        send_sms(to="+4915123456789", text="Your turn")
    assert "Your turn" in caplog.text


def test_people_are_told_once_when_close_to_the_front_in_their_language(
    rc: Reception, gateway: type[Gateway], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        first = rc.ticket(language="de")
        rc.ticket(language="de")
        waiting = rc.ticket(language="ar", phone="+49 151 23456789", notify_position=2)
        desk = rc.open("1", "de", "ar")
    assert gateway.received == []  # third in line, asked at two
    with django_capture_on_commit_callbacks(execute=True):
        assert reception.call_next(desk=desk, by=rc.staff) == first
    with translation.override("ar"):
        arabic = gettext("Your number %(code)s will be called soon. Please come back to the waiting area.")
    assert [m["text"] for m in gateway.received] == [arabic % {"code": "W-003"}]
    sent = Notification.objects.get(ticket=waiting)
    assert (sent.kind, sent.sent_at is not None, sent.attempts) == (NotificationKind.ALMOST, True, 1)
    # The queue moves again: no second "almost" message.
    with django_capture_on_commit_callbacks(execute=True):
        reception.finish(desk=desk, ticket=first, by=rc.staff)
        reception.call_next(desk=desk, by=rc.staff)
    assert len(gateway.received) == 1
    # Called: one "your turn" message, naming the desk.
    with django_capture_on_commit_callbacks(execute=True):
        current = Ticket.objects.get(status=TicketStatus.CALLED)
        reception.finish(desk=desk, ticket=current, by=rc.staff)
        assert reception.call_next(desk=desk, by=rc.staff) == waiting
    assert len(gateway.received) == 2
    assert Notification.objects.filter(ticket=waiting).count() == 2


def test_a_failed_message_is_retried_and_never_sent_twice(rc: Reception, gateway: type[Gateway]) -> None:
    ticket = rc.ticket(phone="+4915123456789", notify_position=3)
    notification = Notification.objects.create(ticket=ticket, kind="almost", channel="sms", to=ticket.phone, body="x")
    gateway.answer = 500
    assert notifications.deliver.call(notification_id=notification.pk) is False
    notification.refresh_from_db()
    assert (notification.attempts, notification.sent_at, "500" in notification.last_error) == (1, None, True)
    gateway.answer = 200
    assert notifications.deliver.call(notification_id=notification.pk) is True
    assert notifications.deliver.call(notification_id=notification.pk) is False  # a retried task sends nothing
    assert len(gateway.received) == 2  # the failed attempt and the one that went through


def test_e_mail_when_no_phone_is_given(rc: Reception, django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        ticket = rc.ticket(language="uk", email="olena@example.org", notify_position=1)
    assert [m.to for m in mail.outbox] == [["olena@example.org"]]
    assert ticket.code in mail.outbox[0].subject


def test_asking_to_be_told_needs_a_contact_and_a_waiting_ticket(rc: Reception) -> None:
    ticket = rc.ticket()
    with pytest.raises(ValidationError):
        reception.ask_to_be_told(ticket=ticket)
    with pytest.raises(ValidationError):
        reception.ask_to_be_told(ticket=ticket, phone="abc")
    assert reception.ask_to_be_told(ticket=ticket, email="a@example.org", position=50).notify_position == 10


def test_the_estimate_counts_desks_that_can_call_the_ticket(rc: Reception) -> None:
    tickets = [rc.ticket(language="de", at=NOON + timedelta(minutes=i)) for i in range(4)]
    now = NOON + timedelta(minutes=5)
    last = tickets[-1]
    assert estimates.estimate(last, now).desks == 0
    rc.open("1", "de")
    one = estimates.estimate(last, now)
    rc.open("2", "de")
    two = estimates.estimate(last, now)
    assert (one.position, one.minutes, one.desks) == (4, 30, 1)  # 3 ahead × 10 minutes
    assert (two.minutes, two.desks) == (15, 2)
    rc.open("2", "ar")  # desk 2 now speaks only Arabic
    assert estimates.estimate(last, now).desks == 1


def test_handling_time_is_learnt_from_recent_visits(rc: Reception) -> None:
    desk = rc.open("2", "de")
    for i in range(20):
        ticket = rc.ticket(at=NOON)
        Ticket.objects.filter(pk=ticket.pk).update(
            status=TicketStatus.DONE, desk=desk, called_at=NOON + timedelta(minutes=i * 4),
            ended_at=NOON + timedelta(minutes=i * 4 + 4),
        )  # fmt: skip
    probe = rc.ticket(at=NOON + timedelta(hours=2))
    learnt = estimates.handling_minutes(probe, NOON + timedelta(hours=2))
    assert 4 < learnt < 6  # 20 visits of 4 minutes pull the configured 10 down


def test_estimates_are_stored_and_their_accuracy_reported(rc: Reception) -> None:
    desk = rc.open("2", "de")
    first = rc.ticket(at=NOON)
    second = rc.ticket(at=NOON + timedelta(minutes=1))
    assert WaitEstimate.objects.filter(ticket=second).get().minutes == 10
    reception.call_next(desk=desk, by=rc.staff, now=NOON + timedelta(minutes=2))
    reception.finish(desk=desk, ticket=first, by=rc.staff)
    reception.call_next(desk=desk, by=rc.staff, now=NOON + timedelta(minutes=21))
    assert WaitEstimate.objects.get(ticket=second).actual_minutes == 20
    accuracy = estimates.estimate_accuracy(site_id=rc.site.pk)
    assert accuracy.count == 2
    assert accuracy.mean_absolute_error == 6.0  # first: 0 estimated, 2 waited; second: 10 vs 20
