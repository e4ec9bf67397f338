from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from onestop.audit.services import audit_verify


class Command(BaseCommand):
    help = "Check the hash chain of the audit log; exits non-zero on any sign of tampering."

    def handle(self, *args: Any, **options: Any) -> None:
        checked, problems = audit_verify()
        for problem in problems:
            self.stderr.write(f"event {problem.seq}: {problem.problem}")
        if problems:
            raise CommandError(f"audit log: {len(problems)} problem(s) in {checked} events")
        self.stdout.write(f"audit log intact: {checked} events verified")
