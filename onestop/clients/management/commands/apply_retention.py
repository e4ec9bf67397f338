from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from onestop.clients.rights import retention_apply, retention_plan, retention_report


class Command(BaseCommand):
    help = (
        "Archive client records without activity for CLIENT_ARCHIVE_AFTER_DAYS and erase those without "
        "activity for CLIENT_ERASE_AFTER_DAYS (run daily). Prints what is due first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="only print what is due; change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        plan = retention_plan()
        for line in retention_report(plan):
            self.stdout.write(line)
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing was changed.")
            return
        done = retention_apply(plan=plan)
        self.stdout.write(f"Archived {done.archive_count} record(s), erased {done.erase_count}.")
