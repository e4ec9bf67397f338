"""Exporting the directory as an HSDS 3 dataset: JSON files per table, or CSV files per table
with `datapackage.json`; into a directory or a `.zip`.

The output is stable: records sorted by id, properties in schema order (other properties after
them, by name), numbers and times always written the same way, fixed zip timestamps. So an
export imported and exported again gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onestop.directory.hsds import spec
from onestop.directory.hsds.mapping import AUX_OWNERS, export_fields, from_model, maps
from onestop.directory.hsds.validate import DATAPACKAGE, Problem, Progress, Where, check_record

FORMATS = ("json", "csv")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class ExportError(Exception):
    """The export cannot be written where it was asked to go."""


@dataclass
class ExportReport:
    path: str
    fmt: str
    counts: dict[str, int] = field(default_factory=dict)  # file -> records
    problems: list[Problem] = field(default_factory=list)  # records the schemas would reject


def _canonical(value: Any) -> Any:
    """Nested values with their keys sorted, whatever order the database gave them back in."""
    if isinstance(value, dict):
        return {k: _canonical(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def _ordered(t: spec.Table, record: dict[str, Any]) -> dict[str, Any]:
    """Schema properties in schema order, then any others by name."""
    out = {name: record[name] for name in t.field_names if record.get(name) is not None}
    for key in sorted(record):
        if key not in out and key not in t.all_properties and record[key] is not None:
            out[key] = _canonical(record[key])
    return out


def _collect() -> dict[str, list[dict[str, Any]]]:
    """Every table's records, ordered, sorted by id."""
    tables = spec.tables()
    result: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
    aux: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in AUX_OWNERS}
    owners_of: dict[str, list[tuple[str, str]]] = {}  # owner table -> [(extra key, aux table)]
    for aux_table, owners in AUX_OWNERS.items():
        for _ref, owner, key in owners:
            for name in maps() if owner == "*" else [owner]:
                owners_of.setdefault(name, []).append((key, aux_table))
    for name, mm in maps().items():
        for row in mm.model._default_manager.order_by("hsds_id").values(*export_fields(mm)):
            result[name].append(from_model(mm, row))
            extra = row["extra"] if isinstance(row["extra"], dict) else {}
            for key, aux_table in owners_of.get(name, ()):
                for item in extra.get(key) or ():
                    if isinstance(item, dict) and "id" in item:
                        # The same row kept on two records (moved by a later import): the first wins.
                        aux[aux_table].setdefault(str(item["id"]), item)
    for aux_table, rows in aux.items():
        result[aux_table] = [rows[row_id] for row_id in sorted(rows)]
    for name, records in result.items():
        records.sort(key=lambda r: str(r.get("id")))
        result[name] = [_ordered(tables[name], r) for r in records]
    return result


def _custom_columns(t: spec.Table, records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Columns beyond HSDS, with the datapackage type their values share."""
    values: dict[str, list[Any]] = {}
    for record in records:
        for key, value in record.items():
            if key not in t.all_properties:
                values.setdefault(key, []).append(value)
    columns = []
    for key in sorted(values):
        kinds = {_table_type(v) for v in values[key]}
        columns.append((key, kinds.pop() if len(kinds) == 1 else "string"))
    return columns


def _table_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _json_file(records: list[dict[str, Any]]) -> bytes:
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode()


def _csv_file(header: list[str], records: list[dict[str, Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as HSDS publishes its examples
    writer.writerow(header)
    for record in records:
        writer.writerow([_cell(record.get(name)) for name in header])
    return out.getvalue().encode()


def _files(fmt: str, data: dict[str, list[dict[str, Any]]], report: ExportReport) -> dict[str, bytes]:
    tables = spec.tables()
    files: dict[str, bytes] = {}
    package = spec.datapackage()
    resources = {r["name"]: r for r in package["resources"]}
    for name, records in data.items():
        t = tables[name]
        file_name = t.json_name if fmt == "json" else t.csv_name
        for i, record in enumerate(records):
            where = Where(file_name, index=i) if fmt == "json" else Where(file_name, row=i + 2)
            checked = record if fmt == "json" else {k: v for k, v in record.items() if v != ""}
            for prop, reason in check_record(t, checked, tabular=fmt == "csv"):
                report.problems.append(Problem(where, reason, prop))
        report.counts[file_name] = len(records)
        if fmt == "json":
            files[file_name] = _json_file(records)
            continue
        custom = _custom_columns(t, records)
        resources[name]["schema"]["fields"].extend(
            {"name": column, "type": kind, "constraints": {"required": False, "unique": False}}
            for column, kind in custom
        )
        files[file_name] = _csv_file([*t.field_names, *(column for column, _kind in custom)], records)
    if fmt == "csv":
        files[DATAPACKAGE] = (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode()
    return files


def _write_zip(path: Path, files: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=6)
    path.write_bytes(buffer.getvalue())


def _write_directory(path: Path, files: dict[str, bytes]) -> None:
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path} exists and is not a directory")
    if path.is_dir():
        others = sorted(p.name for p in path.iterdir() if p.name not in files)
        if others:
            raise ExportError(f"{path} holds other files ({', '.join(others[:5])}); export into an empty directory")
    path.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (path / name).write_bytes(content)


def hsds_export(*, path: Path | str, fmt: str = "json", progress: Progress | None = None) -> ExportReport:
    """Write the whole directory as an HSDS dataset to `path`: a `.zip` file, or else a
    directory (created if need be; it may only hold files of an earlier export)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use json or csv")
    path = Path(path)
    if path.suffix.lower() == ".zip" and not path.parent.is_dir():
        raise ExportError(f"{path.parent} is not a directory")
    report = ExportReport(path=str(path), fmt=fmt)
    data = _collect()
    if progress is not None:
        progress("exporting", sum(len(r) for r in data.values()), sum(len(r) for r in data.values()))
    files = _files(fmt, data, report)
    try:
        if path.suffix.lower() == ".zip":
            _write_zip(path, files)
        else:
            _write_directory(path, files)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return report
