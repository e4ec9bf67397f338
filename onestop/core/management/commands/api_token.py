from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from onestop.accounts.models import User
from onestop.accounts.services import api_token_create


class Command(BaseCommand):
    help = "Create a personal API token for a staff member and print it (it is shown only once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="created with manage.py api_token")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"no active staff member with the user name {options['username']!r}")
        _token, raw = api_token_create(user=user, name=options["name"])
        self.stdout.write(raw)
