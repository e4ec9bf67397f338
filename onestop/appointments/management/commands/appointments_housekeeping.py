"""Run from cron (every hour is enough): mark no-shows and send tomorrow's reminders. Safe to run
as often as you like: a booking becomes a no-show once and gets one reminder."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from onestop.appointments.services import mark_no_shows, send_reminders


class Command(BaseCommand):
    help = "Mark missed appointments as no-shows and send reminders for tomorrow's appointments (once each)."

    def handle(self, *args: Any, **options: Any) -> None:
        no_shows = mark_no_shows()
        reminders = send_reminders()
        self.stdout.write(f"appointments: {no_shows} no-show(s) marked, {reminders} reminder(s) queued")
