"""The demo interpreter pool of Neustadt and a few requests in different states.

Idempotent: interpreters are matched by name, requests by their note, so running it again changes
nothing. Tigrinya is deliberately short: one freelancer, on Wednesday afternoons only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from onestop.accounts.models import User
from onestop.interpreting import services
from onestop.interpreting.availability import blocks, local_tz
from onestop.interpreting.models import (
    Assignment,
    AssignmentBlock,
    Interpreter,
    InterpreterKind,
    InterpreterRequest,
    Mode,
    RequestStatus,
)
from onestop.reception.models import Desk

MON, TUE, WED, THU, FRI, SAT = range(6)


@dataclass(frozen=True)
class DemoInterpreter:
    name: str
    kind: InterpreterKind
    username: str  # a demo account (core/demo.py), or "" for a freelancer without one
    languages: tuple[str, ...]
    modes: tuple[Mode, ...]
    days: tuple[int, ...]
    hours: tuple[int, int]
    phone: str = ""
    email: str = ""


STAFF, FREELANCE = InterpreterKind.STAFF, InterpreterKind.FREELANCE
POOL = [
    DemoInterpreter("Amal Saleh", STAFF, "interpreter-ar", ("ar", "fr"), (Mode.ON_SITE, Mode.PHONE),
                    (MON, TUE, WED, THU, FRI), (8, 16)),
    DemoInterpreter("Dariush Karimi", STAFF, "interpreter-fa", ("fa", "fa-AF", "ps"), (Mode.ON_SITE, Mode.VIDEO),
                    (MON, TUE, WED, THU), (9, 17)),
    DemoInterpreter("Olena Bondar", STAFF, "interpreter-uk", ("uk", "ru"), (Mode.ON_SITE, Mode.PHONE, Mode.VIDEO),
                    (MON, TUE, WED, THU, FRI), (8, 14)),
    DemoInterpreter("Elif Demir", STAFF, "interpreter-tr", ("tr", "ku"), (Mode.ON_SITE,), (TUE, WED, THU, FRI),
                    (10, 18)),
    DemoInterpreter("Maria Papadopoulou", STAFF, "interpreter-el", ("el", "bg", "ro"), (Mode.ON_SITE, Mode.VIDEO),
                    (MON, WED, FRI), (9, 15)),
    DemoInterpreter("Yonas Tesfaye", FREELANCE, "interpreter-ti", ("ti", "am"), (Mode.ON_SITE, Mode.PHONE), (WED,),
                    (13, 17), phone="+4915112340001"),
    DemoInterpreter("Karim Mansour", FREELANCE, "", ("ar", "fr"), (Mode.PHONE, Mode.VIDEO),
                    (MON, TUE, WED, THU, FRI, SAT), (9, 20), phone="+4915112340002",
                    email="k.mansour@interpreters.example"),
    DemoInterpreter("Irina Volkova", FREELANCE, "", ("ru", "uk"), (Mode.ON_SITE, Mode.VIDEO),
                    (MON, TUE, WED, THU, FRI), (12, 20), phone="+4915112340003",
                    email="irina.volkova@interpreters.example"),
    DemoInterpreter("Farid Ahmadi", FREELANCE, "", ("fa-AF", "fa"), (Mode.ON_SITE,), (FRI, SAT), (9, 17),
                    phone="+4915112340004"),
]  # fmt: skip


def _next(weekday: int, today: date) -> date:
    """This weekday next week (always in the future, whatever day the demo is seeded)."""
    return today + timedelta(days=7 + (weekday - today.weekday()) % 7)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=local_tz())


def _seed_pool() -> dict[str, Interpreter]:
    pool = {}
    for demo in POOL:
        existing = Interpreter.objects.filter(name=demo.name).first()
        user = User.objects.filter(username=demo.username).first() if demo.username else None
        if existing is None:
            existing = services.interpreter_save(
                name=demo.name, kind=demo.kind, user=user, phone=demo.phone, email=demo.email,
                languages=demo.languages, modes=demo.modes,
            )  # fmt: skip
            start, end = demo.hours
            services.set_windows(interpreter=existing, windows=[(d, time(start), time(end)) for d in demo.days])
        pool[demo.name] = existing
    return pool


def _desk(label: str) -> Desk | None:
    return Desk.objects.filter(label=label).first()


def ask(
    language: str, mode: Mode, start: datetime, minutes: int, note: str, by: User | None, desk: str = ""
) -> InterpreterRequest:
    return services.request_interpreter(
        language=language, mode=mode, start=start, end=start + timedelta(minutes=minutes), requested_by=by,
        note=f"[demo] {note}", desk=_desk(desk) if desk else None, auto_offer=False,
    )  # fmt: skip


@transaction.atomic
def seed_interpreting() -> None:
    pool = _seed_pool()
    if InterpreterRequest.objects.filter(note__startswith="[demo]").exists():
        return
    today = timezone.localdate()
    coordinator = User.objects.filter(username="coordinator").first()
    foreigners = User.objects.filter(username="foreigners").first()
    reception = User.objects.filter(username="reception").first()
    olena = pool["Olena Bondar"]

    # Accepted: Arabic at the foreigners' office, booked with Amal.
    booked = ask("ar", Mode.ON_SITE, _at(_next(MON, today), 10), 60, "Residence permit interview", foreigners, "F")
    services.accept(offer=services.offer(request=booked, interpreter=pool["Amal Saleh"], by=foreigners), by=None)
    # Offered, waiting for Dariush's answer: Dari by video.
    waiting = ask("fa-AF", Mode.VIDEO, _at(_next(TUE, today), 14), 45, "Recognition of a school certificate",
                  coordinator)  # fmt: skip
    services.offer(request=waiting, interpreter=pool["Dariush Karimi"], by=coordinator)
    # Declined by Olena (on leave), now offered to Irina.
    moved = ask("uk", Mode.ON_SITE, _at(_next(THU, today), 13), 60, "Temporary protection extension", foreigners, "F")
    first = services.offer(request=moved, interpreter=olena, by=foreigners)
    services.decline(offer=first, by=olena.user, reason="On leave that day", offer_next_one=False)
    services.absence_add(interpreter=olena, first_day=_next(THU, today), last_day=_next(FRI, today), reason="Leave")
    services.offer(request=moved, interpreter=pool["Irina Volkova"], by=coordinator)
    # Short: Tigrinya on a Tuesday morning (Yonas works Wednesday afternoons only), and Somali,
    # which nobody in the pool speaks.
    ask("ti", Mode.ON_SITE, _at(_next(TUE, today), 9), 60, "Asylum counselling", reception, "W")
    ask("ti", Mode.ON_SITE, _at(_next(FRI, today), 11), 30, "Registration of an address", reception, "R")
    ask("so", Mode.PHONE, _at(_next(MON, today), 15), 30, "Questions about a letter", reception, "W")
    # Cancelled: Turkish, the person found a relative to come along.
    cancelled = ask("tr", Mode.ON_SITE, _at(_next(WED, today), 11), 60, "Job centre appointment", reception, "I")
    services.accept(offer=services.offer(request=cancelled, interpreter=pool["Elif Demir"], by=None), by=None)
    services.cancel_request(cancelled, reception)
    _seed_done(pool["Amal Saleh"], today, reception)


def _seed_done(interpreter: Interpreter, today: date, by: User | None) -> None:
    """Last week's interpreting, already done (written directly: the services refuse the past)."""
    start = _at(today - timedelta(days=7), 10)
    end = start + timedelta(hours=1)
    done = InterpreterRequest.objects.create(
        language="ar", mode=Mode.ON_SITE, starts_at=start, ends_at=end, status=RequestStatus.DONE,
        requested_by=by, note="[demo] First visit at the welcome desk", closed_at=end, closed_by=by,
    )  # fmt: skip
    assignment = Assignment.objects.create(
        request=done, interpreter=interpreter, starts_at=start, ends_at=end, created_at=start - timedelta(days=1)
    )
    AssignmentBlock.objects.bulk_create(
        AssignmentBlock(assignment=assignment, interpreter=interpreter, block_start=b) for b in blocks(start, end)
    )
