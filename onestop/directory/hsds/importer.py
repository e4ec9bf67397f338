"""Importing an HSDS 3 dataset into the directory.

Every record is checked (schema, Onestop's columns, references, unique names) before anything
is written; then all is written in one transaction, in batches. Records are matched by HSDS id,
so importing the same data again changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from onestop.audit.services import audit_record
from onestop.directory import models as m
from onestop.directory.hsds import spec
from onestop.directory.hsds.mapping import AUX_OWNERS, Converted, ModelMap, maps, to_model
from onestop.directory.hsds.validate import (
    Dataset,
    Problem,
    Progress,
    Record,
    Where,
    as_uuid,
    load_dataset,
    sort_problems,
)

BATCH = 500
CHUNK = 900  # ids per `IN (...)` query

T = TypeVar("T")


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    path: str
    form: str = ""  # "csv" or "json"
    partial: bool = False
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)  # modelled HSDS table -> counts
    kept_in_extra: dict[str, int] = field(default_factory=dict)  # other HSDS table -> rows kept
    records: int = 0  # records read
    skipped: int = 0  # records not imported because of errors
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def _chunks(items: list[T], size: int = CHUNK) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Plan:
    """What the dataset would do to the database, and every reason it cannot."""

    def __init__(self, dataset: Dataset) -> None:
        self.ds = dataset
        self.tables = spec.tables()
        self.maps = maps()
        self.by_id = {name: dataset.by_id(name) for name in self.tables}
        self.db: dict[str, dict[uuid.UUID, int]] = {name: {} for name in self.maps}
        self.converted: dict[tuple[str, uuid.UUID], Converted] = {}
        self.warnings: list[Problem] = []
        # (aux table, row id) -> (owner table, owner id, extra key)
        self.owner: dict[tuple[str, uuid.UUID], tuple[str, uuid.UUID, str]] = {}
        self.aux_rows: dict[tuple[str, uuid.UUID], dict[str, list[dict[str, Any]]]] = {}
        self.not_kept: set[tuple[str, uuid.UUID]] = set()

    def warn(self, record: Record, message: str, field: str | None = None) -> None:
        self.warnings.append(Problem(record.where, message, field))

    # --- Checks --------------------------------------------------------------------------------

    def check(self) -> None:
        self._lookup_database()
        self._convert()
        self._check_organisation_names()
        self._check_ages()
        self._check_service_at_location_pairs()
        self._check_term_loops()
        self._resolve()

    def _lookup_database(self) -> None:
        """Which of the ids the dataset has or refers to Onestop already holds."""
        wanted: dict[str, set[uuid.UUID]] = {name: set(self.by_id[name]) for name in self.maps}
        for record in self.ds.all_records():
            for prop, target in self.tables[record.table].references.items():
                value = as_uuid(record.data.get(prop))
                if value is None:
                    continue
                for name in self.maps if target == "*" else (target,):
                    if name in wanted and value not in self.by_id[name]:
                        wanted[name].add(value)
        for name, ids in wanted.items():
            model = self.maps[name].model
            if len(ids) > CHUNK and model._default_manager.count() <= 4 * len(ids):
                # Reading every id is quicker than asking for thousands one chunk at a time.
                every = dict(model._default_manager.values_list("hsds_id", "pk"))
                self.db[name] = {hsds_id: every[hsds_id] for hsds_id in ids if hsds_id in every}
                continue
            for chunk in _chunks(sorted(ids)):
                self.db[name].update(model._default_manager.filter(hsds_id__in=chunk).values_list("hsds_id", "pk"))

    def _convert(self) -> None:
        for name, mm in self.maps.items():
            for record in self.ds.records.get(name, ()):
                if not record.valid or record.id is None:
                    continue
                converted = to_model(mm, record.data)
                for prop, reason in converted.errors:
                    record.error(reason, prop)
                for prop, reason in converted.warnings:
                    self.warn(record, reason, prop)
                self.converted[(name, record.id)] = converted

    def _valid(self, name: str) -> Iterator[tuple[Record, Converted]]:
        for record in self.ds.records.get(name, ()):
            if record.valid and record.id is not None:
                yield record, self.converted[(name, record.id)]

    def _check_organisation_names(self) -> None:
        """Onestop needs a different name for every organisation."""
        seen: dict[str, Record] = {}
        for record, converted in self._valid("organization"):
            name = converted.values["name"]
            other = seen.get(name)
            if other is not None:
                record.error(
                    f"{name!r} is also the name of organization {other.id} ({other.where}); "
                    "Onestop needs a different name for each organisation",
                    "name",
                )
            else:
                seen[name] = record
        names = sorted(seen)
        for chunk in _chunks(names):
            for name, hsds_id in m.Organisation.objects.filter(name__in=chunk).values_list("name", "hsds_id"):
                record = seen[name]
                if hsds_id != record.id:
                    record.error(
                        f"Onestop already has another organisation called {name!r} (HSDS id {hsds_id})", "name"
                    )

    def _check_ages(self) -> None:
        for record, converted in self._valid("service"):
            low, high = converted.values.get("minimum_age"), converted.values.get("maximum_age")
            if low is not None and high is not None and high < low:
                record.error(f"{high} is below minimum_age {low}", "maximum_age")

    def _check_service_at_location_pairs(self) -> None:
        """Onestop links a service to a location once."""
        seen: dict[tuple[uuid.UUID | None, uuid.UUID | None], Record] = {}
        for record, _converted in self._valid("service_at_location"):
            pair = (as_uuid(record.data.get("service_id")), as_uuid(record.data.get("location_id")))
            other = seen.get(pair)
            if other is not None:
                record.error(
                    f"service {pair[0]} is already linked to location {pair[1]} by {other.where}", "location_id"
                )
            else:
                seen[pair] = record
        services = sorted({service for service, _location in seen if service is not None})
        for chunk in _chunks(services):
            existing = m.ServiceAtLocation.objects.filter(service__hsds_id__in=chunk).values_list(
                "service__hsds_id", "site__hsds_id", "hsds_id"
            )
            for service, location, hsds_id in existing:
                linked = seen.get((service, location))
                if linked is not None and linked.id != hsds_id:
                    linked.error(
                        f"Onestop already links service {service} to location {location} "
                        f"(as service_at_location {hsds_id})",
                        "location_id",
                    )

    def _check_term_loops(self) -> None:
        for record, _converted in self._valid("taxonomy_term"):
            seen = {record.id}
            parent = as_uuid(record.data.get("parent_id"))
            while parent is not None:
                if parent in seen:
                    record.error("the term is its own ancestor (its parents form a loop)", "parent_id")
                    break
                seen.add(parent)
                above = self.by_id["taxonomy_term"].get(parent)
                parent = as_uuid(above.data.get("parent_id")) if above is not None else None

    # --- References ----------------------------------------------------------------------------

    def status(self, target: str, value: uuid.UUID) -> tuple[str, Record | None]:
        """Where a reference leads: ok, invalid (to a record with errors), dropped (to a row
        Onestop has no place for) or unknown; and the record in the dataset, if any."""
        names = list(self.tables) if target == "*" else [target]
        for name in names:
            record = self.by_id[name].get(value)
            if record is not None:
                if not record.valid:
                    return "invalid", record
                if name in AUX_OWNERS and (name, value) in self.not_kept:
                    return "dropped", record  # valid, but Onestop has no place for it
                return "ok", record
        for name in names:
            if name in self.db and value in self.db[name]:
                return "ok", None
        return "unknown", None

    def _unknown(self, target: str, value: uuid.UUID, *, kept: bool) -> str:
        if target == "*":
            text = f"no record {value} in the dataset or in Onestop"
        elif target in self.maps:
            text = f"no {target} {value} in the dataset or in Onestop"
        else:
            text = f"no {target} {value} in the dataset"
        if target in self.ds.unreadable:
            text += f" ({self.ds.unreadable[target]} could not be read to the end)"
        return f"{text}; the id is kept as given" if kept else text

    def _dependent(self, record: Record, prop: str, target: str, other: Record | None, value: uuid.UUID) -> None:
        where = f" ({other.where})" if other is not None else ""
        record.error(f"{target} {value}{where} is invalid, so this {record.table} cannot be imported either", prop)

    def _resolve(self) -> None:
        """Check every reference, in an order where a record's targets are settled before it."""
        for name in spec.DEPENDENCY_ORDER:
            for record in self.ds.records.get(name, ()):
                if record.id is None:
                    continue
                if name in self.maps:
                    self._resolve_modelled(self.maps[name], record)
                else:
                    self._resolve_aux(name, record)

    def _statuses(self, record: Record) -> dict[str, tuple[str, str, uuid.UUID, Record | None]]:
        """prop -> (status, target, id, target record) for every reference the record makes."""
        result = {}
        for prop, target in self.tables[record.table].references.items():
            value = as_uuid(record.data.get(prop))
            if value is not None:
                status, other = self.status(target, value)
                result[prop] = (status, target, value, other)
        return result

    def _resolve_modelled(self, mm: ModelMap, record: Record) -> None:
        statuses = self._statuses(record)
        was_valid = record.valid
        needed = [ref for ref in mm.refs if ref.required]
        for ref in needed:
            if ref.name not in record.data:
                if ref.name not in self.tables[mm.object].required:  # the schema reported the others
                    record.error(f"missing, but Onestop keeps every {mm.object} with its {ref.target}", ref.name)
                continue
            if ref.name not in statuses:
                continue
            status, target, value, other = statuses[ref.name]
            if status == "unknown":
                record.error(self._unknown(target, value, kept=False), ref.name)
            elif status == "invalid" and was_valid:
                self._dependent(record, ref.name, target, other, value)
        if mm.one_ref_needed:
            self._resolve_one_of(mm, record, statuses, was_valid)
            return
        for prop, (status, target, value, _other) in statuses.items():
            fk = mm.ref_by_name.get(prop)
            if status == "unknown" and (fk is None or not fk.required) and record.valid:
                self.warn(record, self._unknown(target, value, kept=True), prop)

    def _resolve_one_of(
        self, mm: ModelMap, record: Record, statuses: dict[str, tuple[str, str, uuid.UUID, Record | None]], valid: bool
    ) -> None:
        refs = [ref.name for ref in mm.refs]
        if any(statuses.get(prop, ("",))[0] == "ok" for prop in refs):
            for prop, (status, target, value, _other) in statuses.items():
                if status == "unknown" and record.valid:
                    self.warn(record, self._unknown(target, value, kept=True), prop)
            return
        invalid = [(prop, statuses[prop]) for prop in refs if statuses.get(prop, ("",))[0] == "invalid"]
        unknown = [(prop, statuses[prop]) for prop in refs if statuses.get(prop, ("",))[0] == "unknown"]
        if invalid:
            if valid:
                prop, (_status, target, value, other) = invalid[0]
                self._dependent(record, prop, target, other, value)
        elif unknown:
            for prop, (_status, target, value, _other) in unknown:
                record.error(self._unknown(target, value, kept=False), prop)
        else:
            record.error(
                f"belongs to nothing: Onestop keeps a {mm.object} only with its "
                + ", ".join(f'"{prop}"' for prop in refs[:-1])
                + f' or "{refs[-1]}", and all are empty'
            )

    def _resolve_aux(self, name: str, record: Record) -> None:
        """Find the record whose extra will keep this row."""
        assert record.id is not None
        statuses = self._statuses(record)
        owners = AUX_OWNERS[name]
        if not owners:
            self.not_kept.add((name, record.id))
            if record.valid:
                self.warn(record, f"not imported: Onestop has no place for {self.tables[name].stem}")
            return
        found: tuple[str, uuid.UUID, str] | None = None
        invalid: list[tuple[str, str, uuid.UUID, Record | None]] = []
        unread: list[tuple[str, str, uuid.UUID]] = []  # owners perhaps in a file that could not be read
        for prop, owner_table, key in owners:
            if prop not in statuses:
                continue
            status, target, value, other = statuses[prop]
            if status == "invalid":
                invalid.append((prop, target, value, other))
            elif status == "unknown" and target in self.ds.unreadable:
                unread.append((prop, target, value))
            if status != "ok" or found is not None:
                continue
            if other is not None and other.table in AUX_OWNERS:  # metadata about a row kept in an extra
                aux_owner_table, aux_owner_id, _key = self.owner[(other.table, value)]
                found = (aux_owner_table, aux_owner_id, key)
            else:
                table = other.table if other is not None else self._table_in_db(value)
                found = (table, value, key) if owner_table in ("*", table) else None
        if found is None:
            self.not_kept.add((name, record.id))
            if invalid and record.valid:
                prop, target, value, other = invalid[0]
                self._dependent(record, prop, target, other, value)
            elif unread:
                for prop, target, value in unread:
                    record.error(self._unknown(target, value, kept=False), prop)
            elif record.valid:
                given = [f"{prop} {statuses[prop][2]}" for prop, _table, _key in owners if prop in statuses]
                if len(given) > 1:
                    reason = f"none of {', '.join(given)} is in the dataset or in Onestop"
                elif given:
                    reason = f"{given[0]} is neither in the dataset nor in Onestop"
                else:
                    reason = "the row names none"
                stem = self.tables[name].stem
                self.warn(
                    record, f"not imported: Onestop keeps {stem} only with the record they belong to, and {reason}"
                )
            return
        for prop, (status, target, value, _other) in statuses.items():
            if status == "unknown" and record.valid:
                self.warn(record, self._unknown(target, value, kept=True), prop)
        if record.valid:
            self.owner[(name, record.id)] = found
            owner_table, owner_id, key = found
            self.aux_rows.setdefault((owner_table, owner_id), {}).setdefault(key, []).append(record.data)
        else:
            self.not_kept.add((name, record.id))

    def _table_in_db(self, value: uuid.UUID) -> str:
        for name, ids in self.db.items():
            if value in ids:
                return name
        return ""

    # --- Writing -------------------------------------------------------------------------------

    def write(self, report: ImportReport, progress: Progress | None) -> None:
        pks: dict[str, dict[uuid.UUID, int]] = {name: dict(ids) for name, ids in self.db.items()}
        total = sum(1 for name in self.maps for _ in self._valid(name))
        done = 0
        owners_in_dataset: set[tuple[str, uuid.UUID]] = set()
        for name, mm in self.maps.items():
            rows: list[tuple[uuid.UUID, dict[str, Any]]] = []
            deferred: list[tuple[uuid.UUID, str, uuid.UUID]] = []  # references to the same table
            for record, converted in self._valid(name):
                assert record.id is not None
                owners_in_dataset.add((name, record.id))
                values = dict(converted.values)
                extra = dict(converted.extra)
                for ref in mm.refs:
                    raw = record.data.get(ref.name)
                    target = as_uuid(raw)
                    pk = None if target is None else pks[ref.target].get(target)
                    later = (
                        pk is None
                        and target is not None
                        and ref.target == name  # a row of this very table, not written yet
                        and self.status(name, target)[0] == "ok"
                    )
                    if later:
                        assert target is not None
                        deferred.append((record.id, f"{ref.attr}_id", target))
                    elif raw is not None and pk is None:
                        extra[ref.name] = raw  # a reference Onestop cannot follow, kept as given
                    values[f"{ref.attr}_id"] = pk
                for key, rows_of_key in sorted(self.aux_rows.get((name, record.id), {}).items()):
                    extra[key] = sorted(rows_of_key, key=lambda row: str(row.get("id")))
                values["extra"] = extra
                rows.append((record.id, values))
            self._add_slugs(name, rows, pks)
            counts = report.counts.setdefault(name, Counts())
            pks[name].update(self._upsert(mm, rows, counts))
            if deferred:
                self._set_deferred(mm, deferred, pks[name])
            done += len(rows)
            if progress is not None:
                progress("writing", done, total)
        self._merge_aux_into_database(report, owners_in_dataset)
        for (aux, _row), (_table, _owner, _key) in self.owner.items():
            report.kept_in_extra[aux] = report.kept_in_extra.get(aux, 0) + 1

    def _upsert(
        self, mm: ModelMap, rows: list[tuple[uuid.UUID, dict[str, Any]]], counts: Counts
    ) -> dict[uuid.UUID, int]:
        """Create the new rows, update the changed ones (compared as plain values, so that an
        unchanged import builds no model instances), leave the others alone."""
        model = mm.model
        known = self.db[mm.object]
        fields = sorted({f for _hsds_id, values in rows for f in values})
        current: dict[uuid.UUID, dict[str, Any]] = {}
        for chunk in _chunks(sorted(known[hsds_id] for hsds_id, _values in rows if hsds_id in known)):
            current.update(
                (row["hsds_id"], row)
                for row in model._default_manager.filter(pk__in=chunk).values("pk", "hsds_id", *fields)
            )
        new, changed = [], []
        changed_fields: set[str] = set()
        now = timezone.now()
        for hsds_id, values in rows:
            row = current.get(hsds_id)
            if row is None:
                new.append(model(hsds_id=hsds_id, **values))
                continue
            diff = [f for f, value in values.items() if row[f] != value]
            if not diff:
                counts.unchanged += 1
                continue
            changed_fields.update(diff)
            obj = model(hsds_id=hsds_id, **{**{f: row[f] for f in fields}, **values})
            obj.pk = row["pk"]
            if model is m.Service:
                obj.last_modified = now  # type: ignore[attr-defined]  # bulk_update does not apply auto_now
                changed_fields.add("last_modified")
            changed.append(obj)
        model._default_manager.bulk_create(new, batch_size=BATCH)
        if changed:
            model._default_manager.bulk_update(changed, sorted(changed_fields), batch_size=BATCH)
        counts.created += len(new)
        counts.updated += len(changed)
        result = {hsds_id: row["pk"] for hsds_id, row in current.items()}
        if any(obj.pk is None for obj in new):  # a database that cannot return ids from bulk inserts
            for new_ids in _chunks([obj.hsds_id for obj in new]):
                result.update(model._default_manager.filter(hsds_id__in=new_ids).values_list("hsds_id", "pk"))
        else:
            result.update((obj.hsds_id, obj.pk) for obj in new)
        return result

    def _set_deferred(
        self, mm: ModelMap, deferred: list[tuple[uuid.UUID, str, uuid.UUID]], pks: dict[uuid.UUID, int]
    ) -> None:
        """References within a table (a term's parent), once every row of it exists."""
        by_field: dict[str, dict[uuid.UUID, int]] = {}
        for hsds_id, attname, target in deferred:
            by_field.setdefault(attname, {})[hsds_id] = pks[target]
        for attname, wanted in by_field.items():
            objs = []
            for chunk in _chunks(sorted(wanted)):
                for obj in mm.model._default_manager.filter(hsds_id__in=chunk):
                    if getattr(obj, attname) != wanted[obj.hsds_id]:
                        setattr(obj, attname, wanted[obj.hsds_id])
                        objs.append(obj)
            mm.model._default_manager.bulk_update(objs, [attname], batch_size=BATCH)

    def _add_slugs(
        self, name: str, rows: list[tuple[uuid.UUID, dict[str, Any]]], pks: dict[str, dict[uuid.UUID, int]]
    ) -> None:
        if name == "location":
            self._site_slugs([(hsds_id, values) for hsds_id, values in rows if hsds_id not in pks["location"]])
        elif name == "service":
            self._service_slugs(rows)

    def _site_slugs(self, rows: list[tuple[uuid.UUID, dict[str, Any]]]) -> None:
        """New sites: the name and as much of the HSDS id as makes the slug unique."""

        def option(values: dict[str, Any], hsds_id: uuid.UUID, length: int) -> str:
            base = slugify(values["name"])[:47].strip("-") or "location"
            return f"{base}-{hsds_id.hex[:length]}"

        first = [option(values, hsds_id, 8) for hsds_id, values in rows]
        taken: set[str] = set()
        for chunk in _chunks(first):
            taken.update(m.Site.objects.filter(slug__in=chunk).values_list("slug", flat=True))
        for hsds_id, values in rows:
            for length in (8, 12, 16, 32):
                slug = option(values, hsds_id, length)
                if slug not in taken and (length == 8 or not m.Site.objects.filter(slug=slug).exists()):
                    break
            taken.add(slug)
            values["slug"] = slug

    def _service_slugs(self, rows: list[tuple[uuid.UUID, dict[str, Any]]]) -> None:
        """New services, and services moved to another organisation: from the name, unique
        within the organisation."""
        organisations = sorted({values["organisation_id"] for _hsds_id, values in rows})
        taken: dict[int, dict[str, uuid.UUID]] = {}
        current: dict[uuid.UUID, tuple[int, str]] = {}
        for chunk in _chunks(organisations):
            existing = m.Service.objects.filter(organisation_id__in=chunk).values_list(
                "organisation_id", "slug", "hsds_id"
            )
            for organisation, slug, hsds_id in existing:
                taken.setdefault(organisation, {})[slug] = hsds_id
                current[hsds_id] = (organisation, slug)
        moved = [hsds_id for hsds_id, _values in rows if hsds_id not in current]
        for chunk in _chunks(moved):
            current.update(
                (hsds_id, (organisation, slug))
                for hsds_id, organisation, slug in m.Service.objects.filter(hsds_id__in=chunk).values_list(
                    "hsds_id", "organisation_id", "slug"
                )
            )
        counters: dict[tuple[int, str], int] = {}
        for hsds_id, values in rows:
            organisation = values["organisation_id"]
            slugs = taken.setdefault(organisation, {})
            if hsds_id in current:
                old_organisation, slug = current[hsds_id]
                if old_organisation == organisation or slugs.get(slug, hsds_id) == hsds_id:
                    slugs[slug] = hsds_id
                    if old_organisation != organisation:
                        values["slug"] = slug
                    continue
            base = slugify(values["name"])[:70].strip("-") or "service"
            n = counters.get((organisation, base), 1)
            slug = base if n == 1 else f"{base}-{n}"
            while slugs.get(slug, hsds_id) != hsds_id:
                n += 1
                slug = f"{base}-{n}"
            counters[(organisation, base)] = n
            slugs[slug] = hsds_id
            values["slug"] = slug

    def _merge_aux_into_database(self, report: ImportReport, in_dataset: set[tuple[str, uuid.UUID]]) -> None:
        """Rows of other tables that belong to records Onestop has but the dataset does not:
        added to (or replaced in, by id) the extra of those records."""
        by_table: dict[str, dict[uuid.UUID, dict[str, list[dict[str, Any]]]]] = {}
        for (table, owner_id), keys in self.aux_rows.items():
            if (table, owner_id) not in in_dataset:
                by_table.setdefault(table, {})[owner_id] = keys
        now = timezone.now()
        for table, owners in by_table.items():
            mm = self.maps[table]
            changed = []
            for chunk in _chunks(sorted(owners)):
                for obj in mm.model._default_manager.filter(hsds_id__in=chunk):
                    extra = dict(obj.extra) if isinstance(obj.extra, dict) else {}
                    for key, rows in owners[obj.hsds_id].items():
                        merged = {str(row.get("id")): row for row in extra.get(key) or [] if isinstance(row, dict)}
                        merged.update((str(row.get("id")), row) for row in rows)
                        extra[key] = [merged[row_id] for row_id in sorted(merged)]
                    if extra != obj.extra:
                        obj.extra = extra
                        changed.append(obj)
            fields = ["extra"]
            if mm.model is m.Service:
                for obj in changed:
                    obj.last_modified = now  # type: ignore[attr-defined]
                fields.append("last_modified")
            mm.model._default_manager.bulk_update(changed, fields, batch_size=BATCH)
            counts = report.counts.setdefault(table, Counts())
            counts.updated += len(changed)


def hsds_import(*, path: Path | str, partial: bool = False, progress: Progress | None = None) -> ImportReport:
    """Import the HSDS dataset at `path` (a directory or a .zip). With problems, nothing is
    written -- unless `partial`, which imports the valid records and skips the others (and
    those that depend on them). The report lists every problem by file, row or index, field."""
    path = Path(path)
    dataset = load_dataset(path, progress=progress)
    report = ImportReport(path=str(path), form=dataset.form, partial=partial)
    plan = _Plan(dataset)
    if dataset.form:
        plan.check()
    records = list(dataset.all_records())
    report.records = len(records)
    report.errors = sort_problems([*dataset.errors, *(e for r in records for e in r.errors)])
    report.warnings = sort_problems([*dataset.warnings, *plan.warnings])
    report.skipped = sum(1 for r in records if not r.valid)
    if not dataset.form or (report.errors and not partial):
        return report
    try:
        with transaction.atomic():
            plan.write(report, progress)
            audit_record(
                action="directory.hsds_imported",
                username="import_hsds",
                object_type="hsds_dataset",
                object_id=path.name,
                data={
                    "form": dataset.form,
                    "partial": partial,
                    "records": report.records,
                    "skipped": report.skipped,
                    "created": {name: c.created for name, c in report.counts.items() if c.created},
                    "updated": {name: c.updated for name, c in report.counts.items() if c.updated},
                },
            )
    except DatabaseError as exc:
        report.counts, report.kept_in_extra = {}, {}
        report.errors.append(
            Problem(Where(path.name), f"the database refused the import, so nothing was imported: {exc}")
        )
        return report
    report.written = True
    _analyze(report)
    return report


def _analyze(report: ImportReport) -> None:
    """Refresh the planner's statistics of the tables an import changed a lot. PostgreSQL's
    autovacuum would do so a minute or so later; until then it plans queries on the directory
    for the empty tables it saw last, and a search that takes milliseconds takes seconds."""
    if connection.vendor != "postgresql":
        return
    tables = maps()
    for name, counts in report.counts.items():
        if counts.created + counts.updated >= BATCH:
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(tables[name].model._meta.db_table)}")
