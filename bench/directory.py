"""The service directory at scale, on PostgreSQL: importing and searching 20,000 services.

1. ``hsds_import``: ``manage.py import_hsds`` of a generated HSDS 3 dataset (JSON documents:
   200 organisations, 100 locations with weekly schedules, 20,000 services, each at one or two
   locations, with spoken languages and need categories). Figure: seconds and services per second.
2. Every service then gets its texts in the eleven other interface languages (220,000 rows), so
   the directory holds 20,000 services in 12 languages.
3. ``directory_search_*``: latency (p50, p95) of the public search page under gunicorn, one
   figure per kind of query: by words in English and in Arabic, by need category, by language
   spoken, "open now", and the unfiltered first page. Two connections at a time, 4 s each.

Usage: ``.venv/bin/python bench/directory.py [--services 20000]`` (``make bench`` runs it after
run.py). Appends its JSON lines to bench/results/latest.jsonl.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from harness import (
    DEFAULT_POSTGRES_URL,
    BenchError,
    Load,
    collect_static,
    describe_url,
    emit,
    gunicorn,
    log,
    manage,
    measure,
    postgres_database,
    postgres_reachable,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from onestop.directory.needs import NEED_CATEGORIES, need_term_id

LANGUAGES = ["en", "de", "el", "sv", "ro", "bg", "ar", "fa", "uk", "ru", "tr", "fr"]
SPOKEN = ["de", "en", "ar", "fa", "uk", "ru", "tr", "fr", "ti", "so", "ku", "ps"]
WORDS = ["housing", "residence", "permit", "language", "course", "health", "insurance", "job", "family",
         "school", "legal", "advice", "counselling", "money", "benefit", "childcare", "registration"]  # fmt: skip
SEARCHES = {
    "first_page": "/en/services/",
    "words_en": "/en/services/?q=residence+permit",
    "words_ar": "/ar/services/?q=" + quote("إقامة"),
    "need": "/en/services/?need=housing",
    "language": "/en/services/?language=ti",
    "open_now": "/en/services/?open=on",
}


def _id(kind: str, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"onestop-bench/{kind}/{n}"))


def make_dataset(directory: Path, services: int, seed: int = 7) -> None:
    """HSDS JSON documents, one file per table."""
    rng = random.Random(seed)
    organizations = [
        {"id": _id("org", n), "name": f"Bench organisation {n}", "description": "Generated for the benchmark."}
        for n in range(200)
    ]
    locations, schedules, addresses = [], [], []
    for n in range(100):
        location_id = _id("loc", n)
        locations.append({"id": location_id, "location_type": "physical", "name": f"Bench place {n}"})
        addresses.append({
            "id": _id("addr", n), "location_id": location_id, "address_1": f"Street {n}", "city": "Neustadt",
            "state_province": "NRW", "postal_code": f"{12000 + n}", "country": "DE", "address_type": "physical",
        })  # fmt: skip
        for day in ("MO", "TU", "WE", "TH", "FR"):
            schedules.append({
                "id": _id(f"sched-{day}", n), "location_id": location_id, "freq": "WEEKLY", "byday": day,
                "opens_at": "08:00", "closes_at": "16:00" if n % 3 else "20:00",
            })  # fmt: skip
    service_rows, at_locations, languages, attributes = [], [], [], []
    needs = list(NEED_CATEGORIES)
    for n in range(services):
        service_id = _id("svc", n)
        words = " ".join(rng.sample(WORDS, 4))
        service_rows.append({
            "id": service_id, "organization_id": organizations[n % len(organizations)]["id"],
            "name": f"Service {n}: {words}", "description": f"Help with {words}.", "status": "active",
        })  # fmt: skip
        for k, loc in enumerate(rng.sample(range(len(locations)), 1 + n % 2)):
            at_locations.append(
                {"id": _id(f"sal{k}", n), "service_id": service_id, "location_id": locations[loc]["id"]}
            )
        for k, code in enumerate(rng.sample(SPOKEN, 3)):
            languages.append({"id": _id(f"lang{k}", n), "service_id": service_id, "code": code, "name": code})
        attributes.append({
            "id": _id("attr", n), "link_id": service_id, "link_type": "need", "link_entity": "service",
            "taxonomy_term_id": str(need_term_id(needs[n % len(needs)])),
        })  # fmt: skip
    tables = {
        "organizations": organizations, "locations": locations, "addresses": addresses, "schedules": schedules,
        "services": service_rows, "service_at_locations": at_locations, "languages": languages,
        "attributes": attributes,
    }  # fmt: skip
    for name, rows in tables.items():
        (directory / f"{name}.json").write_text(json.dumps(rows))


TRANSLATE = """
from onestop.directory.models import Service, ServiceText
from onestop.directory.selectors import source_hash
languages = {languages!r}
arabic = "خدمة مساعدة إقامة سكن عمل"
batch = []
for service in Service.objects.filter(name__startswith="Service ").iterator(chunk_size=2000):
    digest = source_hash(service)
    for code in languages:
        name = (arabic if code in ("ar", "fa") else "[" + code + "] ") + service.name
        batch.append(ServiceText(service=service, language=code, name=name[:200], description=service.description,
                                 source_hash=digest))
    if len(batch) >= 5000:
        ServiceText.objects.bulk_create(batch, ignore_conflicts=True)
        batch = []
ServiceText.objects.bulk_create(batch, ignore_conflicts=True)
# Translations come one by one in real life, and autovacuum keeps the planner's statistics up
# to date; after 220,000 rows in a few seconds it would take a minute or so to catch up.
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("ANALYZE directory_servicetext")
"""


def run(server_url: str, services: int) -> dict[str, Any]:
    with postgres_database(server_url, name="onestop_bench_directory") as db:
        workdir = Path(tempfile.mkdtemp(prefix="onestop-bench-hsds-"))
        try:
            make_dataset(workdir, services)
            started = time.monotonic()
            manage(db.env, "import_hsds", str(workdir))
            seconds = time.monotonic() - started
            emit({"bench": "hsds_import", "db": db.name, "services": services, "seconds": round(seconds, 1),
                  "services_per_s": round(services / seconds, 1)})  # fmt: skip
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        started = time.monotonic()
        manage(db.env, "shell", "-c", TRANSLATE.format(languages=[c for c in LANGUAGES if c != "en"]))
        log(f"translated into {len(LANGUAGES) - 1} languages in {time.monotonic() - started:.1f} s")
        collect_static()
        with gunicorn(db) as server:
            for name, path in SEARCHES.items():
                figure = measure(server, path, Load(concurrency=2, duration=4.0, warmup=0.5, max_requests=400))
                record = figure.record(f"directory_search_{name}", db.name, server)
                record["services"] = services
                emit(record)
    return {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES_URL)
    args = parser.parse_args()
    if not postgres_reachable(args.postgres):
        log(f"SKIPPED directory benchmarks: PostgreSQL not reachable at {describe_url(args.postgres)}")
        return 0
    try:
        run(args.postgres, args.services)
    except BenchError as error:
        log(str(error))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
