"""Building blocks of Onestop's benchmarks: a database, a gunicorn, a load generator, the results.

A benchmark script (see run.py) combines them::

    with sqlite_database() as db, gunicorn(db) as server:
        figure = measure(server, "/healthz", Load())
        emit(figure.record("ceiling_healthz", db.name, server))

The app runs as in production (ONESTOP_ENV=production, DEBUG off, hashed static files served by
whitenoise), except that it speaks plain HTTP. Every request goes to 127.0.0.1 only.

Later benchmarks (ticket check-in etc.) express their figures relative to the ceiling:
``ratio_to_ceiling(rps, "sqlite")`` divides by the ``ceiling_healthz`` figure of the last run,
read from bench/results/latest.jsonl.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import math
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
RESULTS_FILE = ROOT / "bench" / "results" / "latest.jsonl"
HOST = "127.0.0.1"
CEILING = "ceiling_healthz"
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
BENCH_DATABASE = "onestop_bench"
REQUEST_TIMEOUT = 10.0
STARTUP_TIMEOUT = 30.0
_SECRET_KEY = secrets.token_urlsafe(48)


class BenchError(RuntimeError):
    """The benchmark could not run (a command failed, the server did not start)."""


class EndpointError(BenchError):
    """An endpoint did not answer 200 before the load started."""


def log(message: str) -> None:
    """Progress goes to stderr, so that stdout carries nothing but the JSON figures."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- Environment and databases ----------------------------------------------------------------


def production_env(**overrides: str) -> dict[str, str]:
    """The environment of a production deployment on plain HTTP, without the caller's database."""
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "SQLITE_PATH"}}
    env.update(
        ONESTOP_ENV="production",
        DEBUG="0",
        SECRET_KEY=_SECRET_KEY,
        ALLOWED_HOSTS=HOST,
        SECURE_SSL_REDIRECT="0",
    )
    env.update(overrides)
    return env


def manage(env: dict[str, str], *args: str) -> None:
    """Run a management command quietly; raise with its output when it fails."""
    done = subprocess.run(
        [str(BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"manage.py {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def collect_static() -> None:
    """Production pages link hashed static files: they need the manifest of collectstatic."""
    manage(production_env(), "collectstatic", "--noinput", "--verbosity", "0")


@dataclass(frozen=True)
class Database:
    name: str
    env: dict[str, str]


def prepare(db: Database) -> None:
    """Migrate and load the demo city."""
    started = time.monotonic()
    manage(db.env, "migrate", "--noinput")
    manage(db.env, "seed_demo")
    log(f"{db.name}: migrated and seeded in {time.monotonic() - started:.1f} s")


@contextlib.contextmanager
def sqlite_database() -> Iterator[Database]:
    """A fresh SQLite file in a temporary directory, removed afterwards (with its WAL files)."""
    directory = Path(tempfile.mkdtemp(prefix="onestop-bench-"))
    try:
        db = Database("sqlite", production_env(SQLITE_PATH=str(directory / "bench.sqlite3")))
        prepare(db)
        yield db
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _admin_connection(server_url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(server_url, dbname="postgres", autocommit=True, connect_timeout=3)


def postgres_reachable(server_url: str) -> bool:
    try:
        with _admin_connection(server_url):
            return True
    except psycopg.Error:
        return False


def _drop_database(server_url: str, name: str) -> None:
    with _admin_connection(server_url) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextlib.contextmanager
def postgres_database(server_url: str, name: str = BENCH_DATABASE) -> Iterator[Database]:
    """A database created fresh on the server of server_url, dropped afterwards."""
    _drop_database(server_url, name)
    with _admin_connection(server_url) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = urlsplit(server_url)._replace(path=f"/{name}").geturl()
        db = Database("postgresql", production_env(DATABASE_URL=url))
        prepare(db)
        yield db
    finally:
        _drop_database(server_url, name)


def describe_url(url: str) -> str:
    """Host and port of a database URL, without the password."""
    parts = urlsplit(url)
    return f"{parts.hostname or '127.0.0.1'}:{parts.port or 5432}"


# --- The server -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    port: int
    workers: int
    threads: int
    log_path: Path

    def last_error(self) -> str:
        """The last exception line of the server log, to say why an endpoint failed."""
        lines = self.log_path.read_text(errors="replace").splitlines()
        errors = [line for line in lines if re.match(r"^[\w.]+(Error|Exception): ", line)]
        return (errors or lines or ["(empty log)"])[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def fetch(port: int, path: str, timeout: float = 5.0) -> int:
    """One GET on a fresh connection; the status code."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _wait_until_healthy(server: Server, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"gunicorn exited with {process.returncode}: {server.last_error()}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            if fetch(server.port, "/healthz", timeout=1.0) == 200:
                return
        time.sleep(0.1)
    raise BenchError(f"/healthz did not answer 200 within {STARTUP_TIMEOUT:.0f} s: {server.last_error()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM lets gunicorn finish its requests; its own process group is killed if it hangs."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def gunicorn(db: Database, workers: int = 2, threads: int = 4) -> Iterator[Server]:
    """gunicorn on a free local port, answering /healthz; stopped and its log removed afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="onestop-bench-gunicorn-"))
    server = Server(free_port(), workers, threads, directory / "gunicorn.log")
    command = [
        str(BIN / "gunicorn"),
        "onestop.wsgi:application",
        f"--bind={HOST}:{server.port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--graceful-timeout=5",
        "--no-control-socket",  # gunicorn's control socket has one fixed path per user
    ]
    try:
        with server.log_path.open("wb") as log_file:
            # A session of its own: a Ctrl-C reaches the harness, which then stops gunicorn.
            process = subprocess.Popen(
                command, cwd=ROOT, env=db.env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            _wait_until_healthy(server, process)
            log(f"{db.name}: gunicorn on port {server.port}, {workers} workers x {threads} threads")
            yield server
        finally:
            _stop(process)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


# --- The load generator -----------------------------------------------------------------------


@dataclass(frozen=True)
class Load:
    """How hard and how long: `concurrency` keep-alive connections, each sending one request at a time."""

    concurrency: int = 8
    duration: float = 5.0
    warmup: float = 1.0
    max_requests: int = 100_000


@dataclass
class _Tally:
    """What one connection saw; each thread writes only its own."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    started: float = 0.0
    finished: float = 0.0


@dataclass(frozen=True)
class Figure:
    path: str
    concurrency: int
    requests: int
    ok: int
    elapsed: float
    statuses: dict[int, int]
    p50_ms: float
    p95_ms: float

    @property
    def rps(self) -> float:
        """Successful responses per second."""
        return self.ok / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def errors(self) -> int:
        return self.requests - self.ok

    def record(self, bench: str, db: str, server: Server) -> dict[str, Any]:
        """The JSON line of this figure."""
        record: dict[str, Any] = {
            "bench": bench,
            "db": db,
            "rps": round(self.rps, 1),
            "p50_ms": round(self.p50_ms, 2),
            "p95_ms": round(self.p95_ms, 2),
            "requests": self.requests,
            "errors": self.errors,
            "concurrency": self.concurrency,
            "workers": server.workers,
            "threads": server.threads,
            "duration_s": round(self.elapsed, 2),
        }
        if self.errors:
            record["statuses"] = {str(status): count for status, count in sorted(self.statuses.items())}
        return record


def _percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _drive(
    port: int, path: str, duration: float, quota: int, start: threading.Barrier, stop: threading.Event, tally: _Tally
) -> None:
    """One client: connect, wait for the others, then GET path back to back on one keep-alive connection."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        with contextlib.suppress(OSError):
            connection.connect()
        start.wait()
        tally.started = now = time.perf_counter()
        deadline = now + duration
        sent = 0
        while sent < quota and now < deadline and not stop.is_set():
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0  # no answer: counted as an error, the next request reconnects
                connection.close()
            sent += 1
            done = time.perf_counter()
            tally.latencies.append(done - now)
            tally.statuses[status] += 1
            now = done
        tally.finished = now
    finally:
        connection.close()


def _summarise(path: str, concurrency: int, tallies: list[_Tally]) -> Figure:
    latencies = sorted(latency for tally in tallies for latency in tally.latencies)
    statuses: Counter[int] = Counter()
    for tally in tallies:
        statuses.update(tally.statuses)
    return Figure(
        path=path,
        concurrency=concurrency,
        requests=sum(statuses.values()),
        ok=statuses[200],
        elapsed=max(tally.finished for tally in tallies) - min(tally.started for tally in tallies),
        statuses=dict(statuses),
        p50_ms=_percentile(latencies, 0.50) * 1000,
        p95_ms=_percentile(latencies, 0.95) * 1000,
    )


def hammer(port: int, path: str, concurrency: int, duration: float, max_requests: int) -> Figure:
    """GET path from `concurrency` threads until `duration` seconds or `max_requests` in all have passed."""
    quota = math.ceil(max_requests / concurrency)
    tallies = [_Tally() for _ in range(concurrency)]
    start = threading.Barrier(concurrency, timeout=REQUEST_TIMEOUT)
    stop = threading.Event()
    threads = [
        threading.Thread(target=_drive, args=(port, path, duration, quota, start, stop, tally), daemon=True)
        for tally in tallies
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        stop.set()
    return _summarise(path, concurrency, tallies)


def measure(server: Server, path: str, load: Load) -> Figure:
    """Check that path answers 200, warm up (connections, caches, lazy imports), then measure."""
    status = fetch(server.port, path)
    if status != 200:
        raise EndpointError(f"GET {path} answered {status}")
    if load.warmup > 0:
        hammer(server.port, path, load.concurrency, load.warmup, load.max_requests)
    return hammer(server.port, path, load.concurrency, load.duration, load.max_requests)


# --- Results ----------------------------------------------------------------------------------


def start_results(path: Path = RESULTS_FILE) -> None:
    """Empty the results file: it holds the figures of the last run only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")


def emit(record: dict[str, Any], path: Path = RESULTS_FILE) -> None:
    """One JSON line to stdout and to the results file."""
    line = json.dumps(record)
    print(line, flush=True)
    with path.open("a") as results:
        results.write(line + "\n")


def read_results(path: Path = RESULTS_FILE) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def ceiling(db: str = "sqlite", path: Path = RESULTS_FILE) -> float:
    """Requests per second of /healthz on db in the last run: the most any page can reach."""
    for record in reversed(read_results(path)):
        if record.get("bench") == CEILING and record.get("db") == db and record.get("rps") and not record["errors"]:
            return float(record["rps"])
    raise LookupError(f"no clean {CEILING} figure for {db} in {path}; run `make bench` first")


def ratio_to_ceiling(rps: float, db: str = "sqlite", path: Path = RESULTS_FILE) -> float:
    """rps as a fraction of the ceiling: 0.25 means the page costs four times a /healthz."""
    return rps / ceiling(db, path)
