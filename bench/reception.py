"""The reception on PostgreSQL, through gunicorn: check-in, call-next and the display feed.

1. ``reception_check_in``: ``POST /api/v1/tickets/`` (a staff token, an ``Idempotency-Key`` per
   request, services and languages at random) from 8 connections for 5 s, as a ratio to
   ``/healthz`` measured the same way on the same server (``reception_ceiling_healthz``).
2. ``reception_call_next``: latency (p50, p95) of ``POST /api/v1/desks/{id}/call-next/`` with
   5,000 tickets waiting across 20 services and 12 languages (20 open desks, each serving three
   services in two or three languages), 4 desks calling at once; each call takes a ticket.
   ``reception_call_next_service`` is the same call in-process (no HTTP), with its query count.
3. ``reception_display_*``: 50 displays polling every 2 seconds for 20 s (open loop: a slow
   answer does not slow the polling), for the API feed ``/api/v1/sites/{slug}/display/`` of the
   demo's main site and of the site with 5,000 waiting, and for the HTML fragment
   ``/en/queue/{slug}/display/feed/`` where the public pages provide it.

Usage: ``.venv/bin/python bench/reception.py`` (``make bench`` runs it after run.py). Appends its
JSON lines to bench/results/latest.jsonl.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import math
import random
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from harness import (
    BIN,
    DEFAULT_POSTGRES_URL,
    HOST,
    REQUEST_TIMEOUT,
    RESULTS_FILE,
    ROOT,
    BenchError,
    Database,
    Load,
    Server,
    collect_static,
    describe_url,
    emit,
    fetch,
    gunicorn,
    log,
    measure,
    postgres_database,
    postgres_reachable,
)

BENCH_SITE = "bench-centre"
LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr", "fr", "ti", "so", "ku", "ps"]

# Run inside `manage.py shell`: a site open around the clock with 20 services and series, 20 open
# desks, 5,000 waiting tickets and two weeks of finished visits (for the estimates).
SETUP = """
import random
from datetime import timedelta
from django.utils import timezone
from onestop.accounts.models import User
from onestop.directory.models import Organisation, Schedule, Service, Site
from onestop.reception import services
from onestop.reception.models import Channel, Desk, SeriesDay, Ticket, TicketSeries, TicketStatus

rng = random.Random(11)
languages = {languages!r}
org = Organisation.objects.get(name="Neustadt Welcome Centre")
user = User.objects.get(username="reception")
site, _ = Site.objects.get_or_create(slug="{site}", defaults={{"name": "Bench centre", "organisation": org}})
Schedule.objects.get_or_create(site=site, byday="MO,TU,WE,TH,FR,SA,SU")
series = []
for n in range(20):
    service, _ = Service.objects.get_or_create(organisation=org, slug=f"bench-service-{{n}}",
                                               defaults={{"name": f"Bench service {{n}}"}})
    service.sites.add(site)
    series.append(TicketSeries.objects.get_or_create(site=site, service=service, prefix=chr(65 + n))[0])
for n in range(20):
    desk, _ = Desk.objects.get_or_create(site=site, label=str(n + 1), defaults={{"organisation": org,
                                         "name": f"Desk {{n + 1}}"}})
    desk.services.set([series[(n + k) % 20].service for k in (0, 1, 7)])
    spoken = [languages[(n + k) % 12] for k in range(2 + n % 2)]
    services.desk_open(desk=desk, by=user, languages=spoken)
now = timezone.now()
today = services.business_day(series[0], now)
reasons = ["", "", "", "", "", "", "", "", "pregnancy", "elderly", "medical"]
weights = {{"": 0, "pregnancy": 10, "elderly": 10, "medical": 30}}
rows, numbers = [], {{s.pk: 0 for s in series}}
for n in range({tickets}):
    s = series[rng.randrange(20)]
    numbers[s.pk] += 1
    arrived = now - timedelta(seconds=rng.uniform(0, 3 * 3600))
    reason = rng.choice(reasons)
    rows.append(Ticket(
        series=s, number_series=s, day=today, number=numbers[s.pk], code=f"{{s.prefix}}-{{numbers[s.pk]:03d}}",
        site=site, service_id=s.service_id, channel=Channel.KIOSK, language=rng.choice(languages),
        page_language="en", priority_reason=reason, priority_weight=weights[reason], arrived_at=arrived,
        starved_at=arrived + timedelta(minutes=s.max_wait_minutes),
    ))
Ticket.objects.bulk_create(rows, batch_size=1000)
for s in series:
    SeriesDay.objects.update_or_create(series=s, day=today, defaults={{"last_number": numbers[s.pk]}})
# Two weeks of finished visits, so the estimates learn (on other business days: no number clash).
done = []
for n in range(2000):
    s = series[n % 20]
    ended = now - timedelta(days=1 + n % 13, minutes=rng.uniform(0, 400))
    called = ended - timedelta(minutes=rng.uniform(4, 25))
    done.append(Ticket(
        series=s, number_series=s, day=ended.date() - timedelta(days=30), number=n + 1,
        code=f"{{s.prefix}}-{{n + 1:03d}}", site=site, service_id=s.service_id, channel=Channel.DESK,
        language=rng.choice(languages), page_language="en", arrived_at=called - timedelta(minutes=30),
        starved_at=called, status=TicketStatus.DONE, called_at=called, first_called_at=called, ended_at=ended,
    ))
Ticket.objects.bulk_create(done, batch_size=1000)
# As autovacuum would after such a load: the planner needs to know how many tickets wait.
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")
print(",".join(str(pk) for pk in Desk.objects.filter(site=site).order_by("pk").values_list("pk", flat=True)))
"""

# Run inside `manage.py shell`: call-next in-process, with its query count and the plan of the
# query that picks the ticket.
IN_PROCESS = """
import json, time
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from onestop.accounts.models import User
from onestop.reception import services
from onestop.reception.models import Desk, TicketStatus
user = User.objects.get(username="reception")
desks = list(Desk.objects.filter(site__slug="{site}").order_by("pk"))
latencies, queries = [], []
for n in range({calls}):
    desk = desks[n % len(desks)]
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        services.call_next(desk=desk, by=user)
        latencies.append(time.perf_counter() - started)
    queries.append(len(captured.captured_queries))
session = services.open_session(desks[0])
candidates = services.waiting_for_desk(desks[0], session.languages, now=timezone.now())
plan = candidates.explain(analyze=True)
print(json.dumps({{"latencies": latencies, "queries": queries, "plan": plan}}))
"""


# Run inside `manage.py shell`: the display feed worked out without the cache, with its queries.
DISPLAY_IN_PROCESS = """
import json, time
from django.db import connection
from django.test.utils import CaptureQueriesContext
from onestop.directory.models import Site
from onestop.reception.api import display_feed
site = Site.objects.get(slug="{slug}")
display_feed(site, "en")
latencies = []
for n in range(30):
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        display_feed(site, "en")
        latencies.append(time.perf_counter() - started)
print(json.dumps({{"latencies": latencies, "queries": len(captured.captured_queries)}}))
"""


def shell(db: Database, code: str) -> str:
    done = subprocess.run(
        [str(BIN / "python"), "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=db.env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"manage.py shell failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout.strip().splitlines()[-1]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    started: float = 0.0
    finished: float = 0.0


Request = Callable[[int], tuple[str, str, bytes | None, dict[str, str]]]


def _one(connection: http.client.HTTPConnection, request: tuple[str, str, bytes | None, dict[str, str]]) -> int:
    """One request; 0 when there is no answer. A keep-alive connection the server closed while
    idle (gunicorn's keep-alive is 2 s, the displays' poll interval) is reopened once, as a
    browser does."""
    method, path, body, headers = request
    for attempt in (1, 2):
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            return response.status
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            connection.close()
            if attempt == 2:
                return 0
        except (OSError, http.client.HTTPException):
            connection.close()
            return 0
    return 0


def closed_loop(port: int, make: Request, concurrency: int, duration: float) -> list[Tally]:
    """`concurrency` connections, each sending its next request as soon as the last is answered."""
    tallies = [Tally() for _ in range(concurrency)]
    start = threading.Barrier(concurrency, timeout=REQUEST_TIMEOUT)

    def drive(index: int, tally: Tally) -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        start.wait()
        tally.started = now = time.perf_counter()
        deadline, n = now + duration, 0
        while now < deadline:
            status = _one(connection, make(index * 1_000_000 + n))
            done = time.perf_counter()
            tally.latencies.append(done - now)
            tally.statuses[status] += 1
            now, n = done, n + 1
        tally.finished = now
        connection.close()

    threads = [threading.Thread(target=drive, args=(i, t), daemon=True) for i, t in enumerate(tallies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tallies


def open_loop(port: int, path: str, clients: int, every: float, duration: float) -> list[Tally]:
    """`clients` pollers, each asking every `every` seconds whatever the answers take."""
    tallies = [Tally() for _ in range(clients)]
    rng = random.Random(3)
    offsets = [rng.uniform(0, every) for _ in range(clients)]
    began = time.perf_counter() + 0.2

    def poll(offset: float, tally: Tally) -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        tick = began + offset
        tally.started = tick
        while tick < began + duration:
            time.sleep(max(0.0, tick - time.perf_counter()))
            sent = time.perf_counter()
            tally.statuses[_one(connection, ("GET", path, None, {}))] += 1
            tally.latencies.append(time.perf_counter() - sent)
            tick += every
        tally.finished = time.perf_counter()
        connection.close()

    threads = [threading.Thread(target=poll, args=(o, t), daemon=True) for o, t in zip(offsets, tallies, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tallies


def summary(bench: str, tallies: list[Tally], ok: set[int], **extra: Any) -> dict[str, Any]:
    latencies = [x for t in tallies for x in t.latencies]
    statuses: Counter[int] = Counter()
    for tally in tallies:
        statuses.update(tally.statuses)
    good = sum(n for status, n in statuses.items() if status in ok)
    elapsed = max(t.finished for t in tallies) - min(t.started for t in tallies)
    record: dict[str, Any] = {
        "bench": bench,
        "db": "postgresql",
        "rps": round(good / elapsed, 1) if elapsed > 0 else 0.0,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 2),
        "max_ms": round(max(latencies, default=0.0) * 1000, 2),
        "requests": sum(statuses.values()),
        "errors": sum(statuses.values()) - good,
        "duration_s": round(elapsed, 2),
        **extra,
    }
    if record["errors"]:
        record["statuses"] = {str(status): count for status, count in sorted(statuses.items())}
    return record


def bench_check_in(db: Database, server: Server, token: str, services: list[int]) -> None:
    load = Load(concurrency=8, duration=5.0, warmup=1.0)
    ceiling = measure(server, "/healthz", load)
    emit(ceiling.record("reception_ceiling_healthz", db.name, server))
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    rng = random.Random(5)

    def check_in(n: int) -> tuple[str, str, bytes | None, dict[str, str]]:
        body = {"service": rng.choice(services), "site": BENCH_SITE, "language": rng.choice(LANGUAGES)}
        return "POST", "/api/v1/tickets/", json.dumps(body).encode(), {**headers, "Idempotency-Key": str(uuid.uuid4())}

    closed_loop(server.port, check_in, load.concurrency, load.warmup)
    record = summary("reception_check_in", closed_loop(server.port, check_in, load.concurrency, load.duration), {201})
    record.update(concurrency=load.concurrency, workers=server.workers, threads=server.threads)
    if ceiling.rps:
        record["ratio_to_ceiling"] = round(record["rps"] / ceiling.rps, 3)
    emit(record)


def bench_call_next(db: Database, server: Server, token: str, desks: list[int]) -> None:
    headers = {"Authorization": f"Token {token}", "Content-Length": "0"}

    def call_next(n: int) -> tuple[str, str, bytes | None, dict[str, str]]:
        # Each connection calls at its own five desks in turn.
        desk = desks[(n // 1_000_000) * 5 + n % 5]
        return "POST", f"/api/v1/desks/{desk}/call-next/", None, headers

    record = summary("reception_call_next", closed_loop(server.port, call_next, 4, 8.0), {200, 204}, waiting=5000)
    record.update(concurrency=4, workers=server.workers, threads=server.threads)
    emit(record)
    result = json.loads(shell(db, IN_PROCESS.format(site=BENCH_SITE, calls=200)))
    latencies = result["latencies"]
    emit({
        "bench": "reception_call_next_service", "db": db.name, "calls": len(latencies),
        "p50_ms": round(percentile(latencies, 0.5) * 1000, 2), "p95_ms": round(percentile(latencies, 0.95) * 1000, 2),
        "queries_per_call": max(result["queries"]),
    })  # fmt: skip
    log("plan of the call-next query:\n" + result["plan"])


def bench_display(db: Database, server: Server) -> None:
    feeds = {
        "ceiling_healthz": "/healthz",
        "api_main": "/api/v1/sites/main/display/",
        "api_5000_waiting": f"/api/v1/sites/{BENCH_SITE}/display/",
        "html_main": "/en/queue/main/display/feed/",
        "html_5000_waiting": f"/en/queue/{BENCH_SITE}/display/feed/",
    }
    for name, path in feeds.items():
        status = fetch(server.port, path)
        if status != 200:
            log(f"SKIPPED reception_display_{name}: GET {path} answered {status}")
            continue
        tallies = open_loop(server.port, path, clients=50, every=2.0, duration=20.0)
        emit(summary(f"reception_display_{name}", tallies, {200}, displays=50, every_s=2.0))
    for slug in ("main", BENCH_SITE):
        result = json.loads(shell(db, DISPLAY_IN_PROCESS.format(slug=slug)))
        emit({
            "bench": f"reception_display_feed_uncached_{'main' if slug == 'main' else '5000_waiting'}",
            "db": db.name, "p50_ms": round(percentile(result["latencies"], 0.5) * 1000, 2),
            "p95_ms": round(percentile(result["latencies"], 0.95) * 1000, 2), "queries": result["queries"],
        })  # fmt: skip


def run(server_url: str, tickets: int) -> None:
    with postgres_database(server_url, name="onestop_bench_reception") as db:
        started = time.monotonic()
        setup = SETUP.format(languages=LANGUAGES, site=BENCH_SITE, tickets=tickets)
        desks = [int(pk) for pk in shell(db, setup).split(",")]
        log(f"{tickets} tickets waiting at {len(desks)} desks in {time.monotonic() - started:.1f} s")
        token = shell(db, "from django.core.management import call_command; call_command('api_token', 'reception')")
        services = [
            int(pk)
            for pk in shell(
                db,
                "from onestop.reception.models import TicketSeries; print(','.join(str(s.service_id) for s in "
                f"TicketSeries.objects.filter(site__slug='{BENCH_SITE}')))",
            ).split(",")
        ]
        collect_static()
        with gunicorn(db) as server:
            bench_display(db, server)
            bench_call_next(db, server, token, desks)
            bench_check_in(db, server, token, services)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--tickets", type=int, default=5000)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES_URL)
    args = parser.parse_args()
    if not postgres_reachable(args.postgres):
        log(f"SKIPPED reception benchmarks: PostgreSQL not reachable at {describe_url(args.postgres)}")
        return 0
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    try:
        run(args.postgres, args.tickets)
    except BenchError as error:
        log(str(error))
        return 1
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
