from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from onestop.directory.services import services_remind_unconfirmed


class Command(BaseCommand):
    help = "E-mail partner admins the directory entries they have not confirmed for a while (run daily)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=settings.DIRECTORY_CONFIRM_DAYS)
        parser.add_argument("--base-url", default="http://localhost:8000", help="address of the site, for the link")

    def handle(self, *args: Any, **options: Any) -> None:
        sent = services_remind_unconfirmed(older_than_days=options["days"], base_url=options["base_url"])
        self.stdout.write(f"{sent} reminder e-mail(s) queued")
