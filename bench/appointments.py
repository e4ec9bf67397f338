"""Appointments on PostgreSQL: finding free slots, booking throughput, and the race for the last place.

On a fresh database with the demo city, one site gets 10 bookable services (weekdays 08:00-16:00,
15-minute slots with 2 places, booking open 120 days ahead), a third of their next three months
already booked. Then, in this process (Django against that database):

1. ``appointments_free_slots_service``: ``free_slots`` of one service across three months
   (p50 and p95 over repeated calls; slots found).
2. ``appointments_free_slots_site``: the same for all 10 services of the site at once.
3. ``appointments_booking_sequential`` and ``appointments_booking_concurrent``: staff bookings of
   distinct people in distinct slots, one after another and from 8 threads (bookings per second).
4. ``appointments_last_place_race``: 50 threads, each with its own connection, book the one
   remaining place of a slot at the same moment. Exactly one must win and 49 get "just taken"
   with the next free times; figure: the time from the start signal until every thread has its
   answer. Repeated a few times.

Usage: ``.venv/bin/python bench/appointments.py [--repeat 30] [--racers 50]`` (``make bench`` runs
it). Appends its JSON lines to bench/results/latest.jsonl. Exit code 1 if a race has not exactly
one winner.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from harness import DEFAULT_POSTGRES_URL, BenchError, describe_url, emit, log, postgres_database, postgres_reachable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SERVICES = 10
DAYS = 91  # three months


def _percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else 0.0


def _timed(call: Any, repeat: int) -> tuple[list[float], Any]:
    timings, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings, result


def setup_data() -> tuple[Any, list[Any]]:
    """A site with SERVICES bookable services and a third of three months booked (bulk-inserted)."""
    from datetime import time as clock

    from django.utils import timezone

    from onestop.appointments import slots
    from onestop.appointments.models import Booking, BookingSettings, SlotRule
    from onestop.directory.models import Organisation, OrganisationKind, Schedule, Service, Site

    org = Organisation.objects.create(name="Bench office", kind=OrganisationKind.IMMIGRATION_OFFICE)
    site = Site.objects.create(name="Bench office", slug="bench-office", organisation=org)
    Schedule.objects.create(site=site, byday="MO,TU,WE,TH,FR")
    services = []
    for n in range(SERVICES):
        service = Service.objects.create(organisation=org, name=f"Bench service {n}", slug=f"bench-{n}")
        service.sites.set([site])
        SlotRule.objects.create(
            service=service, site=site, starts_at=clock(8), ends_at=clock(16), minutes=15, capacity=2
        )
        BookingSettings.objects.create(service=service, lead_minutes=60, horizon_days=120, cooldown_minutes=60)
        services.append(service)
    today = timezone.now().astimezone(slots.local_tz()).date()
    laid = slots.layout(SlotRule.objects.filter(site=site), today, today + timedelta(days=DAYS))
    rows = [
        Booking(
            service_id=slot.service_id, site=site, start=slot.start, end=slot.end, place=1, status="confirmed",
            channel="staff", name=f"Bench {n}", phone=f"+49151{n:08d}", contact_key=f"tel:+49151{n:08d}",
            language="ar", page_language="ar",
        )
        for n, slot in enumerate(laid)
        if n % 3 == 0
    ]  # fmt: skip
    Booking.objects.bulk_create(rows, batch_size=5000)
    log(f"bench site: {SERVICES} services, {len(laid)} slots in {DAYS} days, {len(rows)} booked")
    return site, services


def bench_free_slots(site: Any, services: list[Any], repeat: int) -> None:
    from django.utils import timezone

    from onestop.appointments import slots

    now = timezone.now()
    today = now.astimezone(slots.local_tz()).date()
    last = today + timedelta(days=DAYS)
    for name, chosen in (("service", services[:1]), ("site", services)):
        call = lambda chosen=chosen: slots.free_slots(services=chosen, site=site, now=now, first=today, last=last)  # noqa: E731
        call()  # warm up
        timings, found = _timed(call, repeat)
        emit({
            "bench": f"appointments_free_slots_{name}", "db": "postgresql", "services": len(chosen), "days": DAYS,
            "slots_free": len(found), "p50_ms": round(_percentile(timings, 0.5), 2),
            "p95_ms": round(_percentile(timings, 0.95), 2), "calls": repeat,
        })  # fmt: skip


def _book(service: Any, site: Any, start: datetime, n: int) -> str:
    from django.core.exceptions import ValidationError

    from onestop.appointments import services as appointments

    person = appointments.Person(name=f"Racer {n}", language="fa", phone=f"+49160{n:08d}")
    try:
        appointments.book(service=service, site=site, start=start, person=person, channel="staff")
        return "booked"
    except appointments.SlotTaken:
        return "taken"
    except ValidationError as error:
        return f"refused:{error.code}"


def _free_starts(site: Any, service: Any, count: int) -> list[datetime]:
    from django.utils import timezone

    from onestop.appointments import slots

    free = slots.free_slots(services=[service], site=site, now=timezone.now())
    return [s.start for s in free if s.free == s.capacity][:count]


def bench_throughput(site: Any, services: list[Any], count: int) -> None:
    starts = _free_starts(site, services[1], count)
    started = time.perf_counter()
    outcomes = Counter(_book(services[1], site, start, 100_000 + n) for n, start in enumerate(starts))
    seconds = time.perf_counter() - started
    emit({"bench": "appointments_booking_sequential", "db": "postgresql", "bookings": outcomes["booked"],
          "seconds": round(seconds, 2), "bookings_per_s": round(outcomes["booked"] / seconds, 1),
          "outcomes": dict(outcomes)})  # fmt: skip
    starts = _free_starts(site, services[2], count)
    results: list[str] = []
    lock = threading.Lock()

    def worker(offset: int) -> None:
        from django.db import connection

        for n in range(offset, len(starts), 8):
            outcome = _book(services[2], site, starts[n], 200_000 + n)
            with lock:
                results.append(outcome)
        connection.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    outcomes = Counter(results)
    emit({"bench": "appointments_booking_concurrent", "db": "postgresql", "threads": 8,
          "bookings": outcomes["booked"], "seconds": round(seconds, 2),
          "bookings_per_s": round(outcomes["booked"] / seconds, 1), "outcomes": dict(outcomes)})  # fmt: skip


def _race(service: Any, site: Any, start: datetime, racers: int, base: int) -> tuple[Counter[str], float]:
    """``racers`` threads, each with its own connection, book the same slot at one signal."""
    barrier = threading.Barrier(racers + 1)
    outcomes: list[str] = []
    finished: list[float] = []
    lock = threading.Lock()

    def racer(n: int) -> None:
        from django.db import connection

        connection.ensure_connection()  # connect before the start signal: race the booking only
        barrier.wait()
        outcome = _book(service, site, start, base + n)
        with lock:
            outcomes.append(outcome)
            finished.append(time.perf_counter())
        connection.close()

    threads = [threading.Thread(target=racer, args=(n,)) for n in range(racers)]
    for thread in threads:
        thread.start()
    barrier.wait()
    released = time.perf_counter()
    for thread in threads:
        thread.join()
    return Counter(outcomes), max(finished) - released


def bench_race(site: Any, services: list[Any], racers: int, rounds: int) -> bool:
    """Each round: a slot with one place left (the other taken), ``racers`` threads book it at once."""
    service = services[3]
    fair = True
    settle: list[float] = []
    for round_number, start in enumerate(_free_starts(site, service, rounds)):
        assert _book(service, site, start, 300_000 + round_number) == "booked"  # one of two places gone
        counts, seconds = _race(service, site, start, racers, 400_000 + round_number * 1000)
        settle.append(seconds)
        fair = fair and counts["booked"] == 1 and counts["taken"] == racers - 1
        emit({"bench": "appointments_last_place_race", "db": "postgresql", "racers": racers, "round": round_number,
              "winners": counts["booked"], "just_taken": counts["taken"], "outcomes": dict(counts),
              "settle_ms": round(seconds * 1000, 1)})  # fmt: skip
    log(f"race: settle {min(settle) * 1000:.0f}-{max(settle) * 1000:.0f} ms over {len(settle)} rounds")
    return fair


def run(server_url: str, repeat: int, racers: int, rounds: int, count: int) -> bool:
    with postgres_database(server_url, name="onestop_bench_appointments") as db:
        os.environ.update(db.env)
        os.environ["DJANGO_SETTINGS_MODULE"] = "onestop.settings"
        import django

        django.setup()
        from django.db import connections

        try:
            site, services = setup_data()
            bench_free_slots(site, services, repeat)
            bench_throughput(site, services, count)
            return bench_race(site, services, racers, rounds)
        finally:
            connections.close_all()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="calls per free-slots figure")
    parser.add_argument("--racers", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5, help="races for the last place")
    parser.add_argument("--bookings", type=int, default=200, help="bookings per throughput figure")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES_URL)
    args = parser.parse_args()
    if not postgres_reachable(args.postgres):
        log(f"SKIPPED appointments benchmarks: PostgreSQL not reachable at {describe_url(args.postgres)}")
        return 0
    try:
        fair = run(args.postgres, args.repeat, args.racers, args.rounds, args.bookings)
    except BenchError as error:
        log(str(error))
        return 1
    if not fair:
        log("FAILED: a race for the last place did not have exactly one winner")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
