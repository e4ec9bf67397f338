from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from onestop.journeys.webhooks import deliver_due


class Command(BaseCommand):
    help = (
        "Deliver webhook events that are due (retries included). Run every minute from cron, or with --loop "
        "as a worker; the task queue does the same after each change."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep running, checking every --interval seconds")
        parser.add_argument("--interval", type=float, default=15.0)

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            delivered = deliver_due()
            self.stdout.write(f"Delivered {delivered} event(s).")
            if not options["loop"]:
                return
            time.sleep(options["interval"])
