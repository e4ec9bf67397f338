"""An interpreter pool beside the reception fixtures: staff and freelancers, working around the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

from onestop.accounts.models import Role, User
from onestop.directory.models import Organisation
from onestop.interpreting import services
from onestop.interpreting.models import Interpreter, InterpreterKind, Mode
from onestop.reception.tests.conftest import make_reception, rc  # noqa: F401 - fixtures used here

ALL_WEEK = [(day, time(0), time(0)) for day in range(7)]  # 0:00 to midnight, every day


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(settings.TIME_ZONE))


def next_weekday(weekday: int, weeks_ahead: int = 1) -> date:
    """A date of this weekday at least a week from today, so never in the past."""
    today = timezone.localdate()
    return today + timedelta(days=7 * weeks_ahead + (weekday - today.weekday()) % 7)


@dataclass
class Pool:
    org: Organisation
    make_staff: Callable[..., User]

    def staff(
        self,
        name: str,
        languages: Iterable[str],
        modes: Iterable[str] = (Mode.ON_SITE,),
        windows: Iterable[tuple[int, time, time]] = ALL_WEEK,
    ) -> Interpreter:
        user = self.make_staff(Role.INTERPRETER, organisation=self.org)
        interpreter = services.interpreter_save(
            name=name, kind=InterpreterKind.STAFF, user=user, languages=languages, modes=modes
        )
        services.set_windows(interpreter=interpreter, windows=windows)
        return interpreter

    def freelancer(
        self,
        name: str,
        languages: Iterable[str],
        modes: Iterable[str] = (Mode.ON_SITE, Mode.PHONE),
        phone: str = "",
        email: str = "",
        windows: Iterable[tuple[int, time, time]] = ALL_WEEK,
    ) -> Interpreter:
        interpreter = services.interpreter_save(
            name=name, kind=InterpreterKind.FREELANCE, languages=languages, modes=modes, phone=phone, email=email
        )
        services.set_windows(interpreter=interpreter, windows=windows)
        return interpreter


@pytest.fixture
def pool(make_org: Callable[..., Organisation], make_staff: Callable[..., User]) -> Pool:
    return Pool(make_org(name="Neustadt Welcome Centre"), make_staff)


@pytest.fixture
def asker(make_staff: Callable[..., User]) -> User:
    return make_staff(Role.RECEPTION)
