"""Reading an HSDS 3 dataset into flat records and checking every record against the bundled
schemas, before anything is written.

A dataset is a directory or a `.zip` holding either the tabular form (one CSV per table plus
`datapackage.json`) or JSON documents (one file per table, each an array of objects, whose
nested objects -- a service's phones, schedules, ... -- are flattened into their own tables).
Every problem names where it is: file, row (CSV, the header is row 1) or index (JSON), field.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import math
import re
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any

from onestop.directory.hsds import spec

Progress = Callable[[str, int, int], None]
Step = tuple[str, int]  # (property, index); index -1 for a single nested object
PROGRESS_EVERY = 500

DATAPACKAGE = "datapackage.json"
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Where:
    """A place in a dataset: a file, a CSV row or JSON index, a path inside a JSON document."""

    file: str
    row: int | None = None
    index: int | None = None
    path: tuple[Step, ...] = ()

    def child(self, prop: str, index: int = -1) -> Where:
        return Where(self.file, self.row, self.index, (*self.path, (prop, index)))

    def sort_key(self) -> tuple[int, str, int, int, tuple[Step, ...]]:
        """Files in dependency order (a problem comes before those it causes), then rows,
        indexes, paths."""
        return (_file_order(self.file), self.file, self.row or 0, -1 if self.index is None else self.index, self.path)

    def __str__(self) -> str:
        text = self.file
        if self.row is not None:
            text += f" row {self.row}"
        if self.index is not None:
            text += f" index {self.index}"
        for prop, index in self.path:
            text += f", {prop}" if index < 0 else f", {prop}[{index}]"
        return text


@dataclass(frozen=True)
class Problem:
    where: Where
    message: str
    field: str | None = None

    def __str__(self) -> str:
        if self.field is None:
            return f"{self.where}: {self.message}"
        return f'{self.where}, field "{self.field}": {self.message}'


def _table_of(file_name: str) -> spec.Table | None:
    for t in spec.tables().values():
        if file_name in (*t.file_names("csv"), *t.file_names("json")):
            return t
    return None


def _file_order(name: str) -> int:
    t = _table_of(name)
    return 0 if t is None else spec.DEPENDENCY_ORDER.index(t.object) + 1


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """By place, then (within a record) by field in schema order; otherwise as found."""

    def key(problem: Problem) -> tuple[Any, ...]:
        t = _table_of(problem.where.file)
        order = list(t.schema["properties"]) if t is not None and not problem.where.path else []
        field_order = -1 if problem.field is None else order.index(problem.field) if problem.field in order else 999
        return (*problem.where.sort_key(), field_order)

    return sorted(problems, key=key)


@dataclass
class Record:
    """One HSDS object, flat: its scalar properties as JSON values (nested objects moved to
    their own records)."""

    table: str
    data: dict[str, Any]
    where: Where
    id: uuid.UUID | None = None
    errors: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors

    def error(self, message: str, field: str | None = None, where: Where | None = None) -> None:
        self.errors.append(Problem(where or self.where, message, field))


@dataclass
class Dataset:
    form: str  # "csv" or "json"; "" when no form could be recognised
    records: dict[str, list[Record]]  # by table, in reading order, invalid ones included
    errors: list[Problem]  # problems of files, and of rows that gave no record
    warnings: list[Problem]
    unreadable: dict[str, str]  # table -> its file, which could not be read (to the end)

    def all_records(self) -> Iterator[Record]:
        for name in spec.tables():
            yield from self.records.get(name, ())

    def by_id(self, table: str) -> dict[uuid.UUID, Record]:
        result: dict[uuid.UUID, Record] = {}
        for record in self.records.get(table, ()):
            if record.id is not None:
                result.setdefault(record.id, record)
        return result


class _Unreadable(Exception):
    """The container (directory or zip) cannot be listed."""


class _Source:
    """The files of a dataset, by name relative to the dataset's root."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: dict[str, Callable[[], bytes]] = {}
        if path.is_dir():
            for entry in sorted(path.iterdir()):
                if entry.is_file():
                    self.files[entry.name] = entry.read_bytes
        elif path.suffix.lower() == ".zip" and path.is_file():
            self._open_zip(path)
        elif not path.exists():
            raise _Unreadable("no such file or directory")
        else:
            raise _Unreadable("not a directory or a .zip file")

    def _open_zip(self, path: Path) -> None:
        try:
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.infolist() if not m.is_dir()]
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise _Unreadable(f"not a readable zip file: {exc}") from exc
        names = {m.filename: m for m in members if not _hidden(m.filename)}
        # A zipped folder holds its files one level down.
        prefix = ""
        if not any("/" not in name for name in names):
            tops = {name.split("/", 1)[0] for name in names}
            if len(tops) == 1:
                prefix = f"{tops.pop()}/"
        for name, member in sorted(names.items()):
            if name.startswith(prefix) and "/" not in name[len(prefix) :]:
                self.files[name[len(prefix) :]] = _zip_reader(archive, member)


def _zip_reader(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Callable[[], bytes]:
    def read() -> bytes:
        return archive.read(member)

    return read


def _hidden(name: str) -> bool:
    return any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(name).parts)


def _read_text(source: _Source, name: str) -> str:
    """The file as text; raises ValueError with a message for the report."""
    try:
        raw = source.files[name]()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ValueError(f"could not be read: {exc}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"is not UTF-8 text: {exc}") from exc


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def as_uuid(value: Any) -> uuid.UUID | None:
    return _parse_uuid(value) if isinstance(value, str) else None


@functools.lru_cache(maxsize=1 << 18)
def _parse_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def canonical_json(value: Any) -> str:
    """Type-exact comparison key of JSON values (1, 1.0 and True differ)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# --- Cells of the tabular form ---------------------------------------------------------------


def convert_cell(cell: str, table_type: str) -> Any:
    """A CSV cell as the JSON value its datapackage type says; left as text when it does not
    parse, so that the schema check reports it."""
    if table_type in ("number", "integer"):
        text = cell.strip()
        if _INTEGER.fullmatch(text):
            return int(text)
        if table_type == "number" and _DECIMAL.fullmatch(text):
            number = float(text)
            if math.isfinite(number):
                return number
        return cell
    if table_type == "boolean":
        return {"true": True, "false": False}.get(cell.strip().lower(), cell)
    if table_type in ("object", "array"):
        try:
            value = json.loads(cell)
        except ValueError:
            return cell
        return value if isinstance(value, dict if table_type == "object" else list) else cell
    return cell


def _format_problem(table_type: str, value: str) -> str | None:
    """Dates and times are strings in the JSON schemas; their datapackage type says the format."""
    try:
        if table_type == "date":
            if not DATE_PATTERN.fullmatch(value):
                raise ValueError
            date.fromisoformat(value)
        elif table_type == "time":
            time.fromisoformat(value)
        elif table_type == "datetime":
            datetime.fromisoformat(value)
    except ValueError:
        expected = {
            "date": "a date (YYYY-MM-DD)",
            "time": "a time (HH:MM:SS)",
            "datetime": "a date and time (ISO 8601, e.g. 2023-03-15T10:30:45Z)",
        }[table_type]
        return f"{value!r} is not {expected}"
    return None


def check_record(table: spec.Table, data: dict[str, Any], *, tabular: bool) -> list[tuple[str | None, str]]:
    """The schema's verdict on one flat record: (field, reason) for each problem."""
    if spec.plainly_valid(table, data):
        return _format_problems(table, data)
    found: list[tuple[str | None, str]] = []
    missing: set[str] = set()
    for error in spec.validator(table.object).iter_errors(data):
        if error.validator == "required":
            for prop in error.validator_value:
                if prop not in data and prop not in missing:
                    missing.add(prop)
                    found.append((prop, "required, but empty" if tabular else "required, but missing"))
            continue
        prop = str(error.absolute_path[0]) if error.absolute_path else None
        found.append((prop, error.message))
    found.extend(_format_problems(table, data))
    order = {name: i for i, name in enumerate(table.schema["properties"])}
    found.sort(key=lambda item: -1 if item[0] is None else order.get(item[0], len(order)))
    return found


def _format_problems(table: spec.Table, data: dict[str, Any]) -> list[tuple[str | None, str]]:
    found: list[tuple[str | None, str]] = []
    for f in table.dated_fields:
        value = data.get(f.name)
        if isinstance(value, str):
            problem = _format_problem(f.table_type, value)
            if problem is not None:
                found.append((f.name, problem))
    return found


# --- Reading ---------------------------------------------------------------------------------


@dataclass
class _Reader:
    source: _Source
    form: str
    progress: Progress | None
    records: dict[str, list[Record]] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)
    custom_types: dict[str, dict[str, str]] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)  # table -> file name
    unknown_props: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, record: Record) -> None:
        self.records.setdefault(record.table, []).append(record)

    def note_unknown(self, table: spec.Table, where: Where, props: Iterable[str]) -> None:
        from onestop.directory.hsds.mapping import ONESTOP_PROPERTIES  # mapping imports this module

        for prop in props:
            if prop in ONESTOP_PROPERTIES.get(table.object, ()):
                continue
            key = (where.file, table.object, prop)
            if key in self.unknown_props:
                continue
            self.unknown_props.add(key)
            what = "column" if self.form == "csv" else f"property of {table.object}"
            self.warnings.append(
                Problem(Where(where.file), f"{what} is not in HSDS; its values are kept as given", prop)
            )

    # The tabular form

    def read_datapackage(self) -> None:
        if DATAPACKAGE not in self.source.files:
            self.warnings.append(Problem(Where(DATAPACKAGE), "missing; the HSDS 3.0 table definitions are used"))
            return
        try:
            text = _read_text(self.source, DATAPACKAGE)
        except ValueError as exc:
            self.errors.append(Problem(Where(DATAPACKAGE), str(exc)))
            return
        try:
            package = json.loads(text)
        except ValueError as exc:
            stripped = text.strip()
            if stripped.endswith(".json") and "\n" not in stripped and "{" not in stripped and len(stripped) < 500:
                # What git leaves of a symbolic link on a system that has none.
                self.warnings.append(
                    Problem(
                        Where(DATAPACKAGE),
                        f"holds only the text {stripped!r} (a symbolic link stored as a file?); "
                        "the HSDS 3.0 table definitions are used",
                    )
                )
            else:
                self.errors.append(Problem(Where(DATAPACKAGE), f"is not valid JSON: {exc}"))
            return
        resources = package.get("resources") if isinstance(package, dict) else None
        if not isinstance(resources, list):
            self.errors.append(Problem(Where(DATAPACKAGE), 'expected an object with a "resources" list'))
            return
        tables = spec.tables()
        for resource in resources:
            if not isinstance(resource, dict) or resource.get("name") not in tables:
                continue
            t = tables[resource["name"]]
            path = resource.get("path")
            if isinstance(path, str) and "/" not in path and path.endswith(".csv"):
                self.paths[t.object] = path
            schema = resource.get("schema")
            fields = schema.get("fields") if isinstance(schema, dict) else None
            if not isinstance(fields, list):
                continue
            self.custom_types[t.object] = {
                f["name"]: str(f.get("type", "string"))
                for f in fields
                if isinstance(f, dict) and isinstance(f.get("name"), str) and f["name"] not in t.field_by_name
            }

    def read_csv(self, t: spec.Table, name: str) -> None:
        try:
            text = _read_text(self.source, name)
        except ValueError as exc:
            self.errors.append(Problem(Where(name), str(exc)))
            self.unreadable[t.object] = name
            return
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader)
        except StopIteration:
            self.errors.append(Problem(Where(name), "is empty: the first row must name the columns"))
            self.unreadable[t.object] = name
            return
        except csv.Error as exc:
            self.errors.append(Problem(Where(name, row=1), f"could not be read: {exc}"))
            self.unreadable[t.object] = name
            return
        header = [h.strip() for h in header]
        duplicates = sorted({h for h in header if header.count(h) > 1})
        if duplicates or "" in header:
            reason = f"column {duplicates[0]!r} appears twice" if duplicates else "a column has no name"
            self.errors.append(Problem(Where(name, row=1), reason))
            self.unreadable[t.object] = name
            return
        custom = self.custom_types.get(t.object, {})
        types = [t.field_by_name[h].table_type if h in t.field_by_name else custom.get(h, "string") for h in header]
        self.note_unknown(t, Where(name), [h for h in header if h not in t.all_properties])
        row = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                self.errors.append(Problem(Where(name, row=row + 1), f"could not be read: {exc}"))
                self.unreadable[t.object] = name
                break
            row += 1
            if not cells:
                continue
            data = {
                h: convert_cell(cell, typ) for h, typ, cell in zip(header, types, cells, strict=False) if cell != ""
            }
            record = Record(t.object, data, Where(name, row=row))
            if len(cells) != len(header):
                record.error(f"has {len(cells)} cells, the header has {len(header)} (is the file cut short?)")
            self.add(record)

    # The JSON form

    def read_json(self, t: spec.Table, name: str) -> None:
        try:
            document = json.loads(_read_text(self.source, name), parse_constant=_no_constant)
        except ValueError as exc:
            message = str(exc) if str(exc).startswith("is not UTF-8") else f"is not valid JSON: {exc}"
            self.errors.append(Problem(Where(name), message))
            self.unreadable[t.object] = name
            return
        if not isinstance(document, list):
            self.errors.append(
                Problem(Where(name), f"expected an array of {t.object} objects, found {_kind(document)}")
            )
            self.unreadable[t.object] = name
            return
        for index, item in enumerate(document):
            where = Where(name, index=index)
            if isinstance(item, dict):
                self.flatten(t, item, where)
            else:
                self.errors.append(Problem(where, f"expected a {t.object} object, found {_kind(item)}"))

    def flatten(self, t: spec.Table, item: dict[str, Any], where: Where, problems: Iterable[Problem] = ()) -> None:
        """Add the object and, as records of their own, the objects nested in it, each child
        pointing back to its parent by id."""
        flat = {k: v for k, v in item.items() if k not in t.nested_by_prop}
        record = Record(t.object, flat, where, errors=list(problems))
        parent_id = item.get("id")
        singles: list[tuple[spec.Nested, dict[str, Any], Where]] = []
        children: list[tuple[spec.Nested, dict[str, Any], Where]] = []
        for nested in t.nested:
            value = item.get(nested.prop)
            if value is None:
                continue
            if not nested.many:
                if isinstance(value, dict):
                    singles.append((nested, value, where.child(nested.prop)))
                else:
                    record.error(f"expected a {nested.child} object, found {_kind(value)}", nested.prop)
                continue
            if not isinstance(value, list):
                record.error(f"expected an array of {nested.child} objects, found {_kind(value)}", nested.prop)
                continue
            for i, child in enumerate(value):
                child_where = where.child(nested.prop, i)
                if isinstance(child, dict):
                    children.append((nested, child, child_where))
                else:
                    record.error(f"expected a {nested.child} object, found {_kind(child)}", where=child_where)
        for nested, child, _where in singles:
            fk = spec.parent_link(t.object, nested)
            if fk is not None and "id" in child:
                if fk not in flat:
                    flat[fk] = child["id"]
                elif flat[fk] != child["id"]:
                    record.error(f"{flat[fk]!r} differs from the id of the nested {nested.prop} {child['id']!r}", fk)
        self.add(record)
        self.note_unknown(t, where, [k for k in flat if k not in t.all_properties])
        for nested, child, child_where in singles:
            self.flatten(spec.table(nested.child), child, child_where)
        for nested, child, child_where in children:
            link = spec.child_link(t.object, nested.child)
            conflicts = []
            if link is not None and parent_id is not None:
                child = dict(child)
                fk, kind_field = link
                if fk not in child:
                    child[fk] = parent_id
                elif child[fk] != parent_id:
                    conflicts.append(
                        Problem(child_where, f"{child[fk]!r} differs from the id of the enclosing {t.object}", fk)
                    )
                if kind_field is not None:
                    child.setdefault(kind_field, t.object)
            self.flatten(spec.table(nested.child), child, child_where, conflicts)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _merge_json_records(reader: _Reader) -> None:
    """An object nested in several places (a phone under its service and its location) is one
    record: its properties are merged, and must not contradict each other."""
    for table, records in reader.records.items():
        first: dict[uuid.UUID, Record] = {}
        kept: list[Record] = []
        for record in records:
            key = as_uuid(record.data.get("id"))
            if key is None:
                kept.append(record)
                continue
            seen = first.get(key)
            if seen is None:
                first[key] = record
                kept.append(record)
                continue
            seen.errors.extend(record.errors)
            for prop, value in record.data.items():
                if prop not in seen.data:
                    seen.data[prop] = value
                elif canonical_json(seen.data[prop]) != canonical_json(value):
                    seen.error(
                        f"{value!r} differs from {seen.data[prop]!r}, given for the same {table} at {seen.where}",
                        prop,
                        where=record.where,
                    )
        reader.records[table] = kept


def _validate(reader: _Reader) -> None:
    total = sum(len(r) for r in reader.records.values())
    done = 0
    tabular = reader.form == "csv"
    for name, t in spec.tables().items():
        seen: dict[uuid.UUID, Record] = {}
        for record in reader.records.get(name, ()):
            for prop, reason in check_record(t, record.data, tabular=tabular):
                record.error(reason, prop)
            record.id = as_uuid(record.data.get("id")) if "id" in record.data else None
            if record.id is not None:
                other = seen.get(record.id)
                if other is None:
                    seen[record.id] = record
                else:
                    record.error(f"{record.data['id']!r} is also the id of {other.where}", "id")
            done += 1
            if reader.progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                reader.progress("validating", done, total)


def load_dataset(path: Path, *, progress: Progress | None = None) -> Dataset:
    """Read and check every record of the dataset at `path`; nothing is written."""
    try:
        source = _Source(path)
    except _Unreadable as exc:
        return Dataset("", {}, [Problem(Where(path.name or str(path)), str(exc))], [], {})
    tables = spec.tables()
    found: dict[str, dict[str, str]] = {"csv": {}, "json": {}}
    claimed: set[str] = set()
    second: list[Problem] = []
    for form in ("csv", "json"):
        for t in tables.values():
            for name in t.file_names(form):
                if name in source.files:
                    claimed.add(name)
                    if t.object not in found[form]:
                        found[form][t.object] = name
                    else:
                        second.append(Problem(Where(name), f"ignored: {found[form][t.object]} holds the same table"))
    if found["csv"] and found["json"]:
        both = ", ".join(sorted([*found["csv"].values(), *found["json"].values()]))
        problem = Problem(Where(path.name), f"holds both CSV and JSON tables ({both}); a dataset is one or the other")
        return Dataset("", {}, [problem], [], {})
    form = "json" if found["json"] else "csv"
    if not found[form] and DATAPACKAGE not in source.files:
        problem = Problem(
            Where(path.name),
            "holds no HSDS tables (expected datapackage.json with CSV files such as services.csv, "
            "or JSON files such as services.json)",
        )
        return Dataset("", {}, [problem], [], {})
    reader = _Reader(source, form, progress, warnings=second)
    if form == "csv":
        reader.read_datapackage()
        for t in tables.values():
            if t.object in reader.paths and reader.paths[t.object] in source.files:
                found["csv"][t.object] = reader.paths[t.object]
                claimed.add(reader.paths[t.object])
            elif t.object in reader.paths and t.object not in found["csv"]:
                reader.warnings.append(
                    Problem(Where(DATAPACKAGE), f"lists {reader.paths[t.object]}, which is not in the dataset")
                )
    claimed.add(DATAPACKAGE)
    for name in sorted(source.files):
        if name not in claimed:
            reader.warnings.append(Problem(Where(name), "is not an HSDS table of this dataset; ignored"))
    files = sorted(found[form].items(), key=lambda item: tables[item[0]].order)
    for i, (table_name, file_name) in enumerate(files, start=1):
        if form == "csv":
            reader.read_csv(tables[table_name], file_name)
        else:
            reader.read_json(tables[table_name], file_name)
        if progress is not None:
            progress("reading", i, len(files))
    if form == "json":
        _merge_json_records(reader)
    _validate(reader)
    return Dataset(form, reader.records, reader.errors, reader.warnings, reader.unreadable)
