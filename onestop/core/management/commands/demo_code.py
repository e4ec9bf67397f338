from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django_otp.oath import totp

from onestop.core.demo import DEMO_TOTP_KEY_HEX


class Command(BaseCommand):
    help = "Print the current two-factor code of the demo accounts (works only with the demo key)."

    def handle(self, *args: Any, **options: Any) -> None:
        code = totp(bytes.fromhex(DEMO_TOTP_KEY_HEX), step=30, t0=0, digits=6)
        remaining = 30 - int(time.time()) % 30
        self.stdout.write(f"{code:06d}  (valid for {remaining} more seconds)")
