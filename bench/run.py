"""Onestop's throughput ceiling: how many requests per second the full stack answers at best.

What is measured, once on SQLite (a temporary file) and once on PostgreSQL (a database
`onestop_bench`, created fresh and dropped afterwards; skipped with a note when the server at
BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres, does not answer):

1. ``ceiling_healthz``: ``GET /healthz``. It passes every middleware (sessions, locale, CSRF,
   auth, two-factor, CSP, idempotency, axes) and runs ``SELECT 1``: the cost of a request that
   does nothing. No page of Onestop can be faster; this is the ceiling.
2. ``login_page``: ``GET /en/accounts/login/``, an anonymous visitor (no cookies) rendering a real
   template with a form, a CSRF token and hashed static links. ``ratio_to_ceiling`` is its
   requests per second divided by the ceiling's.

How: the database is migrated and loaded with the demo city (``seed_demo``), then gunicorn serves
the app as in production (ONESTOP_ENV=production, DEBUG off, plain HTTP), 2 workers x 4 threads
for a 2-core machine. A load generator in this process keeps `concurrency` (8) keep-alive
connections to 127.0.0.1 busy, each sending the next request as soon as the previous answer is in,
for a warm-up (1 s, discarded) and then a fixed time (5 s) or request count, whichever ends first.

How to read a line (one per figure on stdout and in bench/results/latest.jsonl)::

    {"bench": "ceiling_healthz", "db": "sqlite", "rps": 1234.5, "p50_ms": 3.1, "p95_ms": 7.9,
     "requests": 6000, "errors": 0, "concurrency": 8, "workers": 2, "threads": 4, "duration_s": 5.0}

``rps`` counts answers with status 200 per second; ``p50_ms``/``p95_ms`` are the latencies half
and 95 % of the requests stayed under. ``errors`` counts every other answer (``statuses`` then
breaks them down; 0 means no answer at all); the harness exits 1 when there is any. The load
generator shares the CPU with the server, so the figures are not capacity planning: compare them
only with figures from the same machine, best as ratios to the ceiling (see harness.ceiling).

Usage: ``make bench`` or ``.venv/bin/python bench/run.py [--db sqlite] [--duration 5] ...``
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from types import FrameType

from harness import (
    CEILING,
    DEFAULT_POSTGRES_URL,
    RESULTS_FILE,
    ROOT,
    BenchError,
    Database,
    EndpointError,
    Load,
    Server,
    collect_static,
    describe_url,
    emit,
    gunicorn,
    log,
    measure,
    postgres_database,
    postgres_reachable,
    ratio_to_ceiling,
    sqlite_database,
    start_results,
)

ENDPOINTS = [(CEILING, "/healthz"), ("login_page", "/en/accounts/login/")]
DATABASES = ["sqlite", "postgresql"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--db", action="append", choices=DATABASES, help="only this database (repeatable)")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds measured per figure [5]")
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds of discarded warm-up per figure [1]")
    parser.add_argument("--max-requests", type=int, default=100_000, help="stop a figure after this many [100000]")
    parser.add_argument("--concurrency", type=int, default=8, help="keep-alive connections [8]")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes [2]")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker [4]")
    return parser.parse_args(argv)


def bench_endpoint(bench: str, path: str, db: Database, server: Server, load: Load) -> bool:
    """Measure one endpoint and emit its line; False when any request failed."""
    try:
        figure = measure(server, path, load)
    except EndpointError as error:
        log(f"{bench} on {db.name}: {error}; server log: {server.last_error()}")
        emit({"bench": bench, "db": db.name, "rps": None, "errors": 1, "error": str(error)})
        return False
    record = figure.record(bench, db.name, server)
    if bench != CEILING:
        with contextlib.suppress(LookupError):
            record["ratio_to_ceiling"] = round(ratio_to_ceiling(figure.rps, db.name), 3)
    emit(record)
    if figure.errors:
        log(f"{bench} on {db.name}: {figure.errors} of {figure.requests} requests failed; {server.last_error()}")
    return figure.errors == 0


def bench_database(db: Database, args: argparse.Namespace) -> bool:
    load = Load(
        concurrency=args.concurrency, duration=args.duration, warmup=args.warmup, max_requests=args.max_requests
    )
    with gunicorn(db, workers=args.workers, threads=args.threads) as server:
        results = [bench_endpoint(bench, path, db, server, load) for bench, path in ENDPOINTS]
    return all(results)


@contextlib.contextmanager
def database(name: str) -> Iterator[Database | None]:
    """The prepared database called name, or None (with a note) when PostgreSQL is not reachable."""
    if name == "sqlite":
        with sqlite_database() as db:
            yield db
        return
    url = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    if not postgres_reachable(url):
        log(f"SKIPPED PostgreSQL: not reachable at {describe_url(url)} (set BENCH_POSTGRES_URL)")
        yield None
        return
    with postgres_database(url) as db:
        yield db


def run_database(name: str, args: argparse.Namespace) -> bool:
    try:
        with database(name) as db:
            return db is None or bench_database(db, args)
    except BenchError as error:
        log(f"{name}: {error}")
        return False


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: gunicorn stopped, files and database removed


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    started = time.monotonic()
    start_results()
    try:
        collect_static()
        results = [run_database(name, args) for name in args.db or DATABASES]
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    except BenchError as error:
        log(str(error))
        return 1
    log(f"done in {time.monotonic() - started:.1f} s; figures in {RESULTS_FILE.relative_to(ROOT)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
