"""Writes of the reception's settings: ticket series, desks, priority weights, display notices.

Each call is one transaction with its audit event. A clash with a unique constraint that slipped
past the form (two people saving at once) becomes a ``ValidationError`` naming the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from onestop.accounts.models import User
from onestop.audit.services import audit_record
from onestop.directory.models import Service, Site
from onestop.reception.models import Desk, Notice, PriorityReason, PriorityWeight, TicketSeries

SERIES_FIELDS = (
    "service_id", "prefix", "pictogram", "day_starts_at", "daily_quota", "remote_check_in", "remote_quota",
    "max_wait_minutes", "calls_before_no_show", "handling_minutes", "is_active",
)  # fmt: skip


def _clash(error: IntegrityError) -> ValidationError:
    """The unique constraint a save ran into, as a message for its field; anything else goes on."""
    text = str(error)
    # PostgreSQL names the constraint, SQLite the columns.
    if "series_one_per_service_and_site" in text or "ticketseries.service_id" in text:
        return ValidationError(_("This service already has a ticket series at this site."), code="service")
    if "series_unique_prefix_per_site" in text or "ticketseries.prefix" in text:
        return ValidationError(_("Another ticket series at this site already uses this letter."), code="prefix")
    if "desk_unique_label_per_site" in text or "desk.label" in text:
        return ValidationError(_("Another desk at this site already has this label."), code="label")
    raise error


def series_save(*, series: TicketSeries, by: User, request: HttpRequest | None = None) -> TicketSeries:
    """Create or change a site's ticket series (``series.site`` and ``series.service`` are set)."""
    created = series.pk is None
    try:
        with transaction.atomic():
            series.save()
            audit_record(
                action="reception.series_saved", actor=by, request=request,
                object_type="reception.ticketseries", object_id=series.pk,
                organisation=series.service.organisation,
                data={"created": created, "site": series.site.slug,
                      **{name: getattr(series, name) for name in SERIES_FIELDS}},
            )  # fmt: skip
    except IntegrityError as error:
        if created:
            series.pk = None
        raise _clash(error) from None
    return series


def desk_save(*, desk: Desk, services: Iterable[Service], by: User, request: HttpRequest | None = None) -> Desk:
    """Create or change a desk (``desk.site`` and ``desk.organisation`` are set) and its services."""
    created = desk.pk is None
    services = list(services)
    try:
        with transaction.atomic():
            desk.save()
            desk.services.set(services)
            audit_record(
                action="reception.desk_saved", actor=by, request=request,
                object_type="reception.desk", object_id=desk.pk, organisation=desk.organisation,
                data={"created": created, "site": desk.site.slug, "name": desk.name, "label": desk.label,
                      "organisation_id": desk.organisation_id, "is_active": desk.is_active,
                      "services": sorted(s.pk for s in services)},
            )  # fmt: skip
    except IntegrityError as error:
        if created:
            desk.pk = None
        raise _clash(error) from None
    return desk


def priority_weights_save(
    *, weights: Mapping[str, tuple[int, bool]], by: User, request: HttpRequest | None = None
) -> None:
    """Save every priority reason's weight (0–100) and whether it is in use, together."""
    for reason, (weight, _active) in weights.items():
        if reason not in PriorityReason.values:
            raise ValidationError(_("Choose a priority reason from the list."), code="priority")
        if not 0 <= weight <= 100:
            raise ValidationError(_("A weight is a whole number from 0 to 100."), code="weight")
    with transaction.atomic():
        for reason, (weight, active) in weights.items():
            PriorityWeight.objects.update_or_create(reason=reason, defaults={"weight": weight, "is_active": active})
        audit_record(
            action="reception.priorities_saved",
            actor=by,
            request=request,
            object_type="reception.priorityweight",
            data={reason: {"weight": weight, "in_use": active} for reason, (weight, active) in weights.items()},
        )


def notice_add(
    *, site: Site, text: str, language: str = "", shown_until: datetime | None = None, by: User,
    request: HttpRequest | None = None,
) -> Notice:  # fmt: skip
    with transaction.atomic():
        notice = Notice.objects.create(site=site, text=text, language=language, shown_until=shown_until)
        audit_record(
            action="reception.notice_added",
            actor=by,
            request=request,
            object_type="reception.notice",
            object_id=notice.pk,
            organisation=site.organisation,
            data=_notice_data(notice),
        )
    return notice


def notice_remove(*, notice: Notice, by: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        audit_record(
            action="reception.notice_removed",
            actor=by,
            request=request,
            object_type="reception.notice",
            object_id=notice.pk,
            organisation=notice.site.organisation,
            data=_notice_data(notice),
        )
        notice.delete()


def _notice_data(notice: Notice) -> dict[str, Any]:
    return {"site": notice.site.slug, "text": notice.text, "language": notice.language,
            "shown_until": notice.shown_until.isoformat() if notice.shown_until else None}  # fmt: skip
