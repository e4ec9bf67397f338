from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from onestop.core.demo import DEMO_PASSWORD, DEMO_TOTP_KEY_BASE32, seed_demo


class Command(BaseCommand):
    help = "Load the demo city of Neustadt (idempotent) and print the demo logins."

    def handle(self, *args: Any, **options: Any) -> None:
        users = seed_demo()
        out = self.stdout
        out.write(self.style.SUCCESS("Demo city of Neustadt loaded."))
        out.write("")
        out.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
        for user in users:
            out.write(f"  {user.username:<18} {user.role.label:<24} {user.organisation} ({user.note})")
        out.write("")
        out.write("Two-factor login: every role but 'analyst' asks for a 6-digit code. Either")
        out.write(f"  - add this key to an authenticator app (TOTP, SHA1, 6 digits): {DEMO_TOTP_KEY_BASE32}")
        out.write("  - or run:  make demo-code   (prints the code valid right now)")
