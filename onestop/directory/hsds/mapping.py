"""Which HSDS property is which Onestop column, and how values cross over in both directions.

A record's `extra` holds, as given, everything HSDS that has no column: other properties,
references Onestop cannot follow, the rows of tables Onestop does not model (funding,
contacts, ... under the nested-document name, e.g. `extra["funding"]`), and the original of a
value its column cannot hold exactly (a latitude of 100, a missing `freq`; null meaning
"absent"). The export prefers that original as long as the column still holds what the
original became, so nothing is lost and later edits in Onestop still win.
"""

from __future__ import annotations

import functools
import re
import uuid
from dataclasses import dataclass
from datetime import date, time
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import models

from onestop.directory import models as m
from onestop.directory.hsds.validate import DATE_PATTERN, canonical_json


class Invalid(ValueError):
    """Onestop cannot store the value: the record is rejected."""


class Unusable(ValueError):
    """Onestop cannot use the value: its column stays empty and the value is kept in extra."""


class Conv:
    """Converts one property: HSDS value (None when absent) <-> column value."""

    # What the column holds when the value is unusable (kept in extra instead).
    empty: Any = None

    def to_column(self, value: Any) -> Any:
        raise NotImplementedError

    def to_hsds(self, value: Any) -> Any:
        raise NotImplementedError


class Text(Conv):
    def __init__(self, max_length: int | None, kind: str = "") -> None:
        self.max_length = max_length
        self.kind = kind

    def to_column(self, value: Any) -> Any:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise Invalid(f"{value!r} is not text")
        if value and self.kind == "country" and not re.fullmatch(r"[A-Za-z]{2}", value):
            raise Invalid(f"{value!r} is not a two-letter country code (ISO 3166-1, e.g. DE)")
        if self.max_length is not None and len(value) > self.max_length:
            raise Invalid(f"is {len(value)} characters long; Onestop keeps at most {self.max_length}")
        if value and self.kind == "email":
            try:
                validate_email(value)
            except ValidationError:
                raise Invalid(f"{value!r} is not a valid e-mail address") from None
        if value and self.kind == "url":
            try:
                URLValidator(schemes=["http", "https"])(value)
            except ValidationError:
                raise Invalid(f"{value!r} is not a web address (http:// or https://)") from None
        return value

    def to_hsds(self, value: Any) -> Any:
        return value or None


class Choice(Conv):
    """An enum the schema has checked; `default` stands in when HSDS has none."""

    def __init__(self, default: str) -> None:
        self.default = default

    def to_column(self, value: Any) -> Any:
        return self.default if value is None else value

    def to_hsds(self, value: Any) -> Any:
        return value or None


class WholeNumber(Conv):
    def __init__(self, low: int, high: int, default: int | None = None) -> None:
        self.low, self.high, self.default = low, high, default

    def to_column(self, value: Any) -> Any:
        if value is None:
            return self.default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(f"{value!r} is not a number")
        if isinstance(value, float) and not value.is_integer():
            raise Invalid(f"{value!r} is not a whole number")
        number = int(value)
        if not self.low <= number <= self.high:
            raise Invalid(f"{number} is out of range: Onestop keeps whole numbers from {self.low} to {self.high}")
        return number

    def to_hsds(self, value: Any) -> Any:
        return value


class Coordinate(Conv):
    STEP = Decimal("0.000001")  # the column's six decimal places

    def __init__(self, limit: int, what: str) -> None:
        self.limit, self.what = limit, what

    def to_column(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(f"{value!r} is not a number")
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except InvalidOperation:
            raise Invalid(f"{value!r} is not a number") from None
        if not number.is_finite() or abs(number) > self.limit:
            raise Unusable(
                f"{value!r} is not a {self.what} (from -{self.limit} to {self.limit}); "
                "imported without it, the value is kept as given"
            )
        return number.quantize(self.STEP, rounding=ROUND_HALF_EVEN)

    def to_hsds(self, value: Any) -> Any:
        if value is None:
            return None
        number = Decimal(value).normalize()
        return int(number) if number == number.to_integral_value() else float(number)


class Date(Conv):
    def to_column(self, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, str) or not DATE_PATTERN.fullmatch(value):
            raise Invalid(f"{value!r} is not a date (YYYY-MM-DD)")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise Invalid(f"{value!r} is not a date (YYYY-MM-DD)") from None

    def to_hsds(self, value: Any) -> Any:
        return None if value is None else value.isoformat()


class Time(Conv):
    def to_column(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            # A time zone has no column; the original keeps it.
            return time.fromisoformat(value).replace(tzinfo=None)
        except (TypeError, ValueError):
            raise Invalid(f"{value!r} is not a time (HH:MM:SS)") from None

    def to_hsds(self, value: Any) -> Any:
        return None if value is None else value.isoformat()


class Uuid(Conv):
    def to_column(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return uuid.UUID(value)
        except (TypeError, ValueError, AttributeError):
            raise Invalid(f"{value!r} is not a UUID") from None

    def to_hsds(self, value: Any) -> Any:
        return None if value is None else str(value)


class Feature(Conv):
    """Onestop's accessibility feature (`feature`, not HSDS): one of its known codes; another
    value is kept as given and the column stays empty."""

    empty = ""

    def to_column(self, value: Any) -> Any:
        if value is None:
            return ""
        if not isinstance(value, str) or value not in m.AccessibilityFeature.values:
            raise Unusable(f"{value!r} is not one of Onestop's accessibility features; kept as given")
        return value

    def to_hsds(self, value: Any) -> Any:
        return value or None


@dataclass(frozen=True)
class Prop:
    name: str  # HSDS property
    attr: str  # model field
    conv: Conv


@dataclass(frozen=True)
class Ref:
    """An HSDS reference held as a foreign key."""

    name: str  # HSDS property, e.g. organization_id
    target: str  # HSDS table it refers to
    attr: str  # model foreign key, e.g. organisation
    required: bool = False


@dataclass(frozen=True)
class ModelMap:
    object: str
    model: type[m.HsdsRecord]
    props: tuple[Prop, ...]
    refs: tuple[Ref, ...] = ()
    one_ref_needed: bool = False  # a schedule belongs to at least one of its references

    @functools.cached_property
    def prop_by_name(self) -> dict[str, Prop]:
        return {p.name: p for p in self.props}

    @functools.cached_property
    def ref_by_name(self) -> dict[str, Ref]:
        return {r.name: r for r in self.refs}

    @property
    def columns(self) -> list[str]:
        return [p.attr for p in self.props] + [f"{r.attr}_id" for r in self.refs]


# Properties Onestop adds to HSDS tables (exported with the record, read back on import, and not
# reported as unknown): table -> names.
ONESTOP_PROPERTIES: dict[str, frozenset[str]] = {"accessibility": frozenset({"feature"})}

# Tables Onestop does not model: their rows are kept in the extra of the record they belong to,
# found by the first of these references that leads to one: (reference, owner table, extra key).
AUX_OWNERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "program": (("organization_id", "organization", "programs"),),
    "funding": (("service_id", "service", "funding"), ("organization_id", "organization", "funding")),
    "cost_option": (("service_id", "service", "cost_options"),),
    "required_document": (("service_id", "service", "required_documents"),),
    "service_area": (("service_id", "service", "service_areas"),),
    "organization_identifier": (("organization_id", "organization", "organization_identifiers"),),
    "metadata": (("resource_id", "*", "metadata"),),
    "meta_table_description": (),
}


def aux_keys(owner: str) -> dict[str, str]:
    """Extra key -> aux table, for the aux rows an owner table may hold."""
    keys = {}
    for aux, owners in AUX_OWNERS.items():
        for _ref, table, key in owners:
            if table in (owner, "*"):
                keys[key] = aux
    return keys


def _text(model: type[models.Model], attr: str, kind: str = "") -> Text:
    """Text of a column; CharFields' lengths bind (varchar), TextFields' do not."""
    field = model._meta.get_field(attr)
    limit = None if isinstance(field, models.TextField) else getattr(field, "max_length", None)
    return Text(limit, kind)


def _props(model: type[models.Model], *specs: tuple[str, str] | tuple[str, str, Conv | str]) -> tuple[Prop, ...]:
    """(HSDS property, model field[, converter or text kind]) -> Props; text by default."""
    result = []
    for spec in specs:
        name, attr = spec[0], spec[1]
        conv = spec[2] if len(spec) == 3 else ""
        result.append(Prop(name, attr, conv if isinstance(conv, Conv) else _text(model, attr, conv)))
    return tuple(result)


SMALL, LARGE = 32767, 2147483647  # PositiveSmallIntegerField, PositiveIntegerField


@functools.cache
def maps() -> dict[str, ModelMap]:
    """The modelled tables, in the order they are written (targets of references first)."""
    org, site, service = "organization", "location", "service"
    return {
        "taxonomy": ModelMap(
            "taxonomy",
            m.Taxonomy,
            _props(
                m.Taxonomy, ("name", "name"), ("description", "description"), ("uri", "uri"), ("version", "version")
            ),
        ),
        "organization": ModelMap(
            org,
            m.Organisation,
            _props(
                m.Organisation,
                ("name", "name"),
                ("alternate_name", "alternate_name"),
                ("description", "description"),
                ("email", "email", "email"),
                ("website", "website", "url"),
            ),
        ),
        "taxonomy_term": ModelMap(
            "taxonomy_term",
            m.TaxonomyTerm,
            _props(
                m.TaxonomyTerm,
                ("code", "code"),
                ("name", "name"),
                ("description", "description"),
                ("language", "language"),
                ("term_uri", "term_uri"),
            ),
            refs=(Ref("taxonomy_id", "taxonomy", "taxonomy"), Ref("parent_id", "taxonomy_term", "parent")),
        ),
        "location": ModelMap(
            site,
            m.Site,
            _props(
                m.Site,
                ("location_type", "location_type", Choice(m.LocationType.PHYSICAL.value)),
                ("url", "url", "url"),
                ("name", "name"),
                ("alternate_name", "alternate_name"),
                ("description", "description"),
                ("transportation", "directions"),
                ("latitude", "latitude", Coordinate(90, "latitude")),
                ("longitude", "longitude", Coordinate(180, "longitude")),
            ),
            refs=(Ref("organization_id", org, "organisation"),),
        ),
        "address": ModelMap(
            "address",
            m.Address,
            _props(
                m.Address,
                ("attention", "attention"),
                ("address_1", "address_1"),
                ("address_2", "address_2"),
                ("city", "city"),
                ("region", "region"),
                ("state_province", "state_province"),
                ("postal_code", "postal_code"),
                ("country", "country", "country"),
                ("address_type", "address_type", Choice(m.AddressType.PHYSICAL.value)),
            ),
            refs=(Ref("location_id", site, "site", required=True),),
        ),
        "service": ModelMap(
            service,
            m.Service,
            _props(
                m.Service,
                ("name", "name"),
                ("alternate_name", "alternate_name"),
                ("description", "description"),
                ("url", "url", "url"),
                ("email", "email", "email"),
                ("status", "status", Choice(m.ServiceStatus.ACTIVE.value)),
                ("interpretation_services", "interpretation_services"),
                ("application_process", "application_process"),
                ("fees_description", "fees_description"),
                ("wait_time", "wait_time"),
                ("eligibility_description", "eligibility_description"),
                ("minimum_age", "minimum_age", WholeNumber(0, SMALL)),
                ("maximum_age", "maximum_age", WholeNumber(0, SMALL)),
                ("assured_date", "last_confirmed_at", Date()),
                ("assurer_email", "assurer_email", "email"),
                ("alert", "alert"),
            ),
            refs=(Ref("organization_id", org, "organisation", required=True),),
        ),
        "service_at_location": ModelMap(
            "service_at_location",
            m.ServiceAtLocation,
            _props(m.ServiceAtLocation, ("description", "description")),
            refs=(
                Ref("service_id", service, "service", required=True),
                Ref("location_id", site, "site", required=True),
            ),
        ),
        "schedule": ModelMap(
            "schedule",
            m.Schedule,
            _props(
                m.Schedule,
                ("valid_from", "valid_from", Date()),
                ("valid_to", "valid_to", Date()),
                ("dtstart", "dtstart", Date()),
                ("until", "until", Date()),
                ("count", "count", WholeNumber(0, LARGE)),
                ("wkst", "wkst"),
                ("freq", "freq", Choice("WEEKLY")),
                ("interval", "interval", WholeNumber(1, SMALL, default=1)),
                ("byday", "byday"),
                ("bymonthday", "bymonthday"),
                ("description", "description"),
                ("opens_at", "opens_at", Time()),
                ("closes_at", "closes_at", Time()),
                ("attending_type", "attending_type"),
                ("notes", "notes"),
            ),
            refs=(
                Ref("service_id", service, "service"),
                Ref("location_id", site, "site"),
                Ref("service_at_location_id", "service_at_location", "service_at_location"),
            ),
            one_ref_needed=True,
        ),
        "contact": ModelMap(
            "contact",
            m.Contact,
            _props(
                m.Contact,
                ("name", "name"),
                ("title", "title"),
                ("department", "department"),
                ("email", "email", "email"),
            ),
            refs=(
                Ref("organization_id", org, "organisation"),
                Ref("service_id", service, "service"),
                Ref("service_at_location_id", "service_at_location", "service_at_location"),
                Ref("location_id", site, "site"),
            ),
        ),
        "accessibility": ModelMap(
            "accessibility",
            m.Accessibility,
            _props(
                m.Accessibility,
                ("description", "description"),
                ("details", "details"),
                ("url", "url", "url"),
                ("feature", "feature", Feature()),
            ),
            refs=(Ref("location_id", site, "site", required=True),),
        ),
        "phone": ModelMap(
            "phone",
            m.Phone,
            _props(
                m.Phone,
                ("number", "number"),
                ("extension", "extension", WholeNumber(0, LARGE)),
                ("type", "type"),
                ("description", "description"),
            ),
            refs=(
                Ref("location_id", site, "site"),
                Ref("service_id", service, "service"),
                Ref("organization_id", org, "organisation"),
                Ref("contact_id", "contact", "contact"),
            ),
        ),
        "language": ModelMap(
            "language",
            m.SpokenAt,
            _props(m.SpokenAt, ("name", "name"), ("code", "code"), ("note", "note")),
            refs=(Ref("service_id", service, "service"), Ref("location_id", site, "site")),
        ),
        "attribute": ModelMap(
            "attribute",
            m.Attribute,
            _props(
                m.Attribute,
                ("link_id", "link_id", Uuid()),
                ("link_type", "link_type"),
                ("link_entity", "link_entity"),
                ("value", "value"),
            ),
            refs=(Ref("taxonomy_term_id", "taxonomy_term", "taxonomy_term", required=True),),
        ),
    }


@dataclass
class Converted:
    values: dict[str, Any]  # model field -> value (foreign keys are set by the importer)
    extra: dict[str, Any]
    errors: list[tuple[str, str]]  # (field, reason): the record cannot be stored
    warnings: list[tuple[str, str]]


def to_model(mm: ModelMap, data: dict[str, Any]) -> Converted:
    """An HSDS record's column values and extra (references are left to the caller)."""
    out = Converted({}, {}, [], [])
    for prop in mm.props:
        value = data.get(prop.name)
        try:
            column = prop.conv.to_column(value)
        except Unusable as exc:
            column = prop.conv.empty
            out.warnings.append((prop.name, str(exc)))
        except Invalid as exc:
            out.errors.append((prop.name, str(exc)))
            continue
        out.values[prop.attr] = column
        if not _same(_hsds_value(prop.conv, column), value):
            out.extra[prop.name] = value
    for key, value in data.items():
        if key != "id" and key not in mm.prop_by_name and key not in mm.ref_by_name:
            out.extra[key] = value
    return out


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON values, types included (1, 1.0 and True differ)."""
    if type(a) is type(b) and isinstance(a, str | int | float | type(None)):
        return bool(a == b)
    return canonical_json(a) == canonical_json(b)


def _hsds_value(conv: Conv, column: Any) -> Any:
    return None if column is None else conv.to_hsds(column)


def _column_or_none(conv: Conv, value: Any) -> Any:
    try:
        return conv.to_column(value)
    except Unusable:
        return conv.empty
    except Invalid:
        return None


def from_model(mm: ModelMap, row: dict[str, Any]) -> dict[str, Any]:
    """The HSDS properties of one row of `.values(*export_fields(mm))`, unordered."""
    extra = row["extra"] if isinstance(row["extra"], dict) else {}
    record: dict[str, Any] = {"id": str(row["hsds_id"])}
    for prop in mm.props:
        column = row[prop.attr]
        value = _hsds_value(prop.conv, column)
        if prop.name in extra and _column_or_none(prop.conv, extra[prop.name]) == column:
            value = extra[prop.name]
        if value is not None:
            record[prop.name] = value
    for ref in mm.refs:
        target = row[f"{ref.attr}__hsds_id"]
        value = str(target) if target is not None else extra.get(ref.name)
        if value is not None:
            record[ref.name] = value
    keys = aux_keys(mm.object)
    for key, value in extra.items():
        modelled = key in mm.prop_by_name or key in mm.ref_by_name or key in keys
        if key not in record and not modelled and value is not None:
            record[key] = value
    return record


def export_fields(mm: ModelMap) -> list[str]:
    return ["hsds_id", "extra", *(p.attr for p in mm.props), *(f"{r.attr}__hsds_id" for r in mm.refs)]
