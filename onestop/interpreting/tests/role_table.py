"""Objects the role × view table (core/tests/test_role_view_table.py) needs for interpreting URLs,
made on first use and kept in the table's ctx."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from onestop.interpreting.models import Interpreter, InterpreterKind, InterpreterRequest, Mode


def interpreter(ctx: dict[str, Any]) -> Interpreter:
    if "interpreter" not in ctx:
        ctx["interpreter"] = Interpreter.objects.create(name="Table Interpreter", kind=InterpreterKind.FREELANCE)
    found: Interpreter = ctx["interpreter"]
    return found


def request(ctx: dict[str, Any]) -> InterpreterRequest:
    """A request asked by nobody the table logs in as: only the coordinator may see it."""
    if "interpreter_request" not in ctx:
        start = timezone.now() + timedelta(days=1)
        ctx["interpreter_request"] = InterpreterRequest.objects.create(
            language="ar", mode=Mode.ON_SITE, starts_at=start, ends_at=start + timedelta(hours=1)
        )
    found: InterpreterRequest = ctx["interpreter_request"]
    return found
