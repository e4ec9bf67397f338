"""The HSDS 3.0 tables as the bundled schemas describe them: their fields, how JSON documents
nest them, which fields refer to other tables, and the tabular form's `datapackage.json`."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"

# Nested documents the HSDS API returns (schema/compiled/) nest two more objects than the
# per-object schemas declare; both are flattened like the others.
EXTRA_NESTING = {
    ("organization", "services"): ("service", True),
    ("service_at_location", "service"): ("service", False),
}

# Reference fields whose name does not say the table they point to ("*": any table).
ODD_REFERENCES = {
    ("organization", "parent_organization_id"): "organization",
    ("taxonomy_term", "parent_id"): "taxonomy_term",
    ("attribute", "link_id"): "*",
    ("metadata", "resource_id"): "*",
}
# Nested under a parent, these point back to it by id and by table name rather than by
# <parent>_id.
POLYMORPHIC_CHILDREN = {"attribute": ("link_id", "link_entity"), "metadata": ("resource_id", "resource_type")}

# Tables in the order their references allow writing them (a problem listed before those it
# causes): the ones Onestop models, then the ones kept in their owners' extra.
DEPENDENCY_ORDER = (
    "taxonomy", "organization", "taxonomy_term", "location", "address", "service", "service_at_location",
    "schedule", "contact", "phone", "language", "attribute", "program", "funding", "cost_option",
    "required_document", "service_area", "accessibility", "organization_identifier", "metadata",
    "meta_table_description",
)  # fmt: skip

# The brief of the JSON form names this table in the plural, the datapackage in the singular.
JSON_FILE_NAMES = {"service_at_location": "service_at_locations.json"}


@dataclass(frozen=True)
class Field:
    name: str
    json_type: str  # the JSON schema type: string, number, ...
    table_type: str  # the datapackage type: string, number, date, time, datetime


@dataclass(frozen=True)
class Nested:
    """A property holding other HSDS objects in a JSON document (service.phones)."""

    prop: str
    child: str
    many: bool


@dataclass(frozen=True)
class Table:
    object: str  # "service"
    stem: str  # "services": the file is services.csv or services.json
    order: int
    fields: tuple[Field, ...]  # scalar properties, in schema order (the CSV columns)
    required: frozenset[str]  # "required" plus "tabular_required"
    nested: tuple[Nested, ...]
    references: Mapping[str, str]  # field -> table it refers to ("*" for any)
    schema: Mapping[str, Any]

    @property
    def csv_name(self) -> str:
        return f"{self.stem}.csv"

    @property
    def json_name(self) -> str:
        return JSON_FILE_NAMES.get(self.object, f"{self.stem}.json")

    def file_names(self, form: str) -> tuple[str, ...]:
        """The names a file of this table may have, the one exports use first."""
        if form == "csv":
            plural = JSON_FILE_NAMES.get(self.object, "").replace(".json", ".csv")
            return (self.csv_name, plural) if plural else (self.csv_name,)
        return (self.json_name, f"{self.stem}.json") if self.object in JSON_FILE_NAMES else (self.json_name,)

    @functools.cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @functools.cached_property
    def field_by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @functools.cached_property
    def nested_by_prop(self) -> dict[str, Nested]:
        return {n.prop: n for n in self.nested}

    @functools.cached_property
    def all_properties(self) -> frozenset[str]:
        return frozenset(self.schema["properties"])

    @functools.cached_property
    def dated_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.table_type in ("date", "time", "datetime"))


def _load(name: str) -> dict[str, Any]:
    with (SCHEMA_DIR / name).open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@functools.cache
def tables() -> dict[str, Table]:
    """Every HSDS table, by object name, in the datapackage's order."""
    raw = {path.stem: _load(path.name) for path in sorted(SCHEMA_DIR.glob("*.json"))}
    names = {schema["name"] for schema in raw.values()}
    result: dict[str, Table] = {}
    for schema in sorted(raw.values(), key=lambda s: s["datapackage_metadata"]["order"]):
        name = schema["name"]
        props: dict[str, Any] = schema["properties"]
        fields, nested, references = [], [], {}
        for prop, spec in props.items():
            ref = spec.get("$ref") or spec.get("items", {}).get("$ref")
            if ref is not None:
                nested.append(Nested(prop=prop, child=raw[ref.removesuffix(".json")]["name"], many="items" in spec))
                continue
            fields.append(Field(prop, spec["type"], spec.get("datapackage_type", spec["type"])))
            target = ODD_REFERENCES.get((name, prop))
            if target is None and prop.endswith("_id") and prop.removesuffix("_id") in names:
                target = prop.removesuffix("_id")
            if target is not None:
                references[prop] = target
        for (parent, prop), (child, many) in EXTRA_NESTING.items():
            if parent == name:
                nested.append(Nested(prop=prop, child=child, many=many))
        required = frozenset(schema.get("required", ())) | frozenset(schema.get("tabular_required", ()))
        checked = {**schema, "required": [p for p in props if p in required]}
        result[name] = Table(
            object=name,
            stem=Path(schema["path"]).stem,
            order=schema["datapackage_metadata"]["order"],
            fields=tuple(fields),
            required=required,
            nested=tuple(nested),
            references=references,
            schema=checked,
        )
    return result


def table(name: str) -> Table:
    return tables()[name]


@functools.cache
def _registry() -> Registry[Any]:
    return Registry().with_resources(
        (f"{t.object}.json", Resource.from_contents(dict(t.schema), default_specification=DRAFT202012))
        for t in tables().values()
    )


# Only the formats whose check does not depend on which optional packages are installed.
FORMAT_CHECKER = FormatChecker(formats=("uuid", "email"))


@functools.cache
def validator(name: str) -> Validator:
    schema = dict(table(name).schema)
    cls = validator_for(schema, default=Draft202012Validator)
    result: Validator = cls(schema, registry=_registry(), format_checker=FORMAT_CHECKER)
    return result


def child_link(parent: str, child: str) -> tuple[str, str | None] | None:
    """The field of a nested child that holds its parent's id (and the one naming the parent's
    table), or None when the child does not point back."""
    if child in POLYMORPHIC_CHILDREN:
        return POLYMORPHIC_CHILDREN[child]
    fk = f"{parent}_id"
    return (fk, None) if fk in table(child).field_by_name else None


def parent_link(parent: str, nested: Nested) -> str | None:
    """The field of a parent that holds the id of a single nested object (service.organization
    -> organization_id), or None."""
    fields = table(parent).field_by_name
    for fk in (f"{nested.prop}_id", f"{nested.child}_id"):
        if fk in fields:
            return fk
    return None


def datapackage() -> dict[str, Any]:
    """The tabular form's `datapackage.json`, built from the bundled schemas: the tables, their
    fields' types, formats and constraints, and the foreign keys (the spec's prose is left out)."""
    names = set(tables())
    resources = []
    for t in tables().values():
        props = t.schema["properties"]
        fields = []
        for f in t.fields:
            spec = props[f.name]
            out: dict[str, Any] = {"name": f.name, "type": f.table_type}
            if "format" in spec and f.table_type == f.json_type:
                out["format"] = spec["format"]
            constraints: dict[str, Any] = {
                "required": f.name in t.required,
                "unique": bool(spec.get("constraints", {}).get("unique", False)),
            }
            if "enum" in spec:
                constraints["enum"] = spec["enum"]
            out["constraints"] = constraints
            fields.append(out)
        foreign = sorted(f for f in t.field_names if f.endswith("_id") and f.removesuffix("_id") in names)
        schema: dict[str, Any] = {"primaryKey": "id", "fields": fields}
        if foreign:
            schema["foreignKeys"] = [
                {"fields": f, "reference": {"resource": f.removesuffix("_id"), "fields": "id"}} for f in foreign
            ]
        meta = {k: v for k, v in t.schema.get("datapackage_metadata", {}).items() if k != "order"}
        resources.append({"name": t.object, "path": t.csv_name, **meta, "schema": schema})
    return {
        "name": "human_services_data",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "resources": resources,
    }


# The keywords `plainly_valid` understands; a schema using any other is always left to jsonschema.
_PLAIN_SCHEMA_KEYS = {"name", "path", "description", "datapackage_metadata", "type", "properties", "required"}
_PLAIN_SCHEMA_KEYS |= {"tabular_required", "title"}
_PLAIN_PROPERTY_KEYS = {"name", "type", "title", "description", "format", "constraints", "example", "core", "enum"}
_PLAIN_PROPERTY_KEYS |= {"datapackage_type"}


@functools.cache
def _plain_rules(name: str) -> dict[str, tuple[str, frozenset[str] | None, str | None]] | None:
    """Per property: (type, enum, format), when the schema uses nothing more; else None."""
    schema = table(name).schema
    if set(schema) - _PLAIN_SCHEMA_KEYS or schema.get("type") != "object":
        return None
    rules = {}
    for prop, spec in schema["properties"].items():
        if "$ref" in spec or "items" in spec:
            continue  # nested objects: a flat record must not hold them (see plainly_valid)
        if set(spec) - _PLAIN_PROPERTY_KEYS or spec.get("type") not in ("string", "number"):
            return None
        if spec.get("format") not in (None, "uuid", "email", "uri", "date-time"):
            return None
        enum = spec.get("enum")
        if enum is not None and not all(isinstance(v, str) for v in enum):
            return None
        rules[prop] = (spec["type"], frozenset(enum) if enum is not None else None, spec.get("format"))
    return rules


def plainly_valid(t: Table, data: Mapping[str, Any]) -> bool:
    """A quick check that says yes only where jsonschema would find nothing to report; on no,
    jsonschema is asked for the reasons. (It is several times faster on large imports.)"""
    rules = _plain_rules(t.object)
    if rules is None or not t.required.issubset(data):
        return False
    for key, value in data.items():
        rule = rules.get(key)
        if rule is None:
            if key in t.all_properties:
                return False
            continue
        kind, enum, fmt = rule
        if kind == "string":
            if not isinstance(value, str):
                return False
        elif isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if enum is not None and value not in enum:
            return False
        if fmt in ("uuid", "email") and not _conforms(value, fmt):
            return False
    return True


@functools.lru_cache(maxsize=1 << 18)
def _conforms(value: str, fmt: str) -> bool:
    # Ids recur (as a record's id and in the records referring to it): remember the verdicts.
    return bool(FORMAT_CHECKER.conforms(value, fmt))
