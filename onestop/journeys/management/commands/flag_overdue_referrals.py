from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from onestop.journeys.referrals import referrals_flag_overdue


class Command(BaseCommand):
    help = "Tell both sides and the coordinator about referrals past their answer date (run hourly from cron)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Flagged {referrals_flag_overdue()} overdue referral(s).")
