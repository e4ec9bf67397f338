"""Every write of journey templates, journeys and stamps: one transaction each, audited where a
client record is concerned, events to the webhook outbox in the same transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from onestop.accounts.models import Role, User
from onestop.accounts.roles import has_role, roles_of
from onestop.audit.services import audit_record
from onestop.clients.models import ClientRecord
from onestop.clients.services import touch
from onestop.directory.models import Organisation, Service
from onestop.directory.selectors import published_services
from onestop.journeys.models import (
    COMPLETE,
    NEGATIVE,
    EventType,
    Journey,
    JourneyStep,
    JourneyTemplate,
    Outcome,
    Referral,
    Stamp,
    TemplateStep,
)
from onestop.journeys.rules import DESK_ROLES
from onestop.journeys.webhooks import event_emit

# Outcomes that mean the person went through the step: its prerequisites must be behind them.
NEEDS_PREREQUISITES = frozenset({Outcome.DONE, Outcome.IN_PROGRESS, Outcome.SELF_DONE})


def _organisation_of(user: User | None) -> Organisation | None:
    if user is None:
        return None
    return Organisation.objects.filter(memberships__user=user).order_by("pk").first()


def _audit(
    action: str, *, client: ClientRecord, by: User | None, request: HttpRequest | None, username: str = "", **data: Any
) -> None:
    audit_record(
        action=action, actor=by, username=username, organisation=_organisation_of(by), request=request,
        object_type="client", object_id=client.pk, data=data,
    )  # fmt: skip


def _check_service(service: Service) -> None:
    if not published_services().filter(pk=service.pk).exists():
        raise ValidationError(
            _("%(service)s is not offered at the moment. Choose another service.") % {"service": service}
        )


def _check_prerequisites(prerequisites: Sequence[Any], owner_field: str, owner_id: int) -> None:
    for step in prerequisites:
        if getattr(step, owner_field) != owner_id:
            raise ValidationError(_("A step can only need steps of the same list."))


# --- Templates (the coordinator's) -------------------------------------------------------------


@transaction.atomic
def template_create(*, name: str, description: str = "", by: User | None) -> JourneyTemplate:
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the journey a name."))
    if JourneyTemplate.objects.filter(name__iexact=name).exists():
        raise ValidationError(_("A journey with this name exists already."))
    template = JourneyTemplate.objects.create(name=name, description=description)
    audit_record(action="journey_template.created", actor=by, object_type="journey_template", object_id=template.pk)
    return template


@transaction.atomic
def template_update(
    *, template: JourneyTemplate, name: str, description: str, is_active: bool, by: User | None
) -> JourneyTemplate:
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the journey a name."))
    if JourneyTemplate.objects.filter(name__iexact=name).exclude(pk=template.pk).exists():
        raise ValidationError(_("A journey with this name exists already."))
    template.name, template.description, template.is_active = name, description, is_active
    template.save()
    audit_record(action="journey_template.changed", actor=by, object_type="journey_template", object_id=template.pk)
    return template


@transaction.atomic
def template_step_add(
    *,
    template: JourneyTemplate,
    service: Service,
    title: str = "",
    what_to_bring: str = "",
    required: bool = True,
    self_completable: bool = False,
    prerequisites: Sequence[TemplateStep] = (),
    by: User | None,
) -> TemplateStep:
    _check_service(service)
    _check_prerequisites(prerequisites, "template_id", template.pk)
    JourneyTemplate.objects.select_for_update().filter(pk=template.pk).first()
    position = (template.steps.aggregate(m=Max("position"))["m"] or 0) + 1
    step = TemplateStep.objects.create(
        template=template, position=position, service=service, title=title.strip(), what_to_bring=what_to_bring,
        required=required, self_completable=self_completable,
    )  # fmt: skip
    step.prerequisites.set(prerequisites)
    audit_record(action="journey_template.changed", actor=by, object_type="journey_template", object_id=template.pk)
    return step


@transaction.atomic
def template_step_remove(*, step: TemplateStep, by: User | None) -> None:
    template_id = step.template_id
    step.delete()  # other steps' prerequisites on it go with it
    audit_record(action="journey_template.changed", actor=by, object_type="journey_template", object_id=template_id)


# --- A person's journey -------------------------------------------------------------------------


@transaction.atomic
def journey_start(
    *, client: ClientRecord, template: JourneyTemplate, by: User | None, request: HttpRequest | None = None
) -> Journey:
    """Copy the template's steps into the person's own journey, which can then be adjusted."""
    ClientRecord.objects.select_for_update().filter(pk=client.pk).first()
    if Journey.objects.filter(client=client, closed_at__isnull=True).exists():
        raise ValidationError(_("This person has a journey already. Adjust it, or close it first."))
    if not template.is_active:
        raise ValidationError(_("This journey is no longer offered."))
    journey = Journey.objects.create(
        client=client, template=template, name=template.name, started_by=by, started_at=timezone.now()
    )
    copies: dict[int, JourneyStep] = {}
    template_steps = list(template.steps.select_related("service").prefetch_related("prerequisites"))
    for t in template_steps:
        copies[t.pk] = JourneyStep.objects.create(
            journey=journey, position=t.position, service=t.service, title=t.title, what_to_bring=t.what_to_bring,
            required=t.required, self_completable=t.self_completable,
        )  # fmt: skip
    for t in template_steps:
        copies[t.pk].prerequisites.set([copies[p.pk] for p in t.prerequisites.all()])
    touch(client)
    _audit("journey.started", client=client, by=by, request=request, journey=journey.pk, template=template.pk)
    return journey


@transaction.atomic
def journey_close(*, journey: Journey, by: User | None, request: HttpRequest | None = None) -> Journey:
    if journey.closed_at is None:
        journey.closed_at = timezone.now()
        journey.save(update_fields=["closed_at"])
        _audit("journey.closed", client=journey.client, by=by, request=request, journey=journey.pk)
    return journey


def _open(journey: Journey) -> None:
    if journey.closed_at is not None:
        raise ValidationError(_("This journey is closed."))


@transaction.atomic
def journey_step_add(
    *,
    journey: Journey,
    service: Service,
    title: str = "",
    what_to_bring: str = "",
    required: bool = True,
    self_completable: bool = False,
    prerequisites: Sequence[JourneyStep] = (),
    by: User | None,
    request: HttpRequest | None = None,
) -> JourneyStep:
    _open(journey)
    _check_service(service)
    _check_prerequisites(prerequisites, "journey_id", journey.pk)
    Journey.objects.select_for_update().filter(pk=journey.pk).first()
    position = (journey.steps.aggregate(m=Max("position"))["m"] or 0) + 1
    step = JourneyStep.objects.create(
        journey=journey, position=position, service=service, title=title.strip(), what_to_bring=what_to_bring,
        required=required, self_completable=self_completable,
    )  # fmt: skip
    step.prerequisites.set(prerequisites)
    touch(journey.client)
    _audit("journey.changed", client=journey.client, by=by, request=request, journey=journey.pk, added=step.pk)
    return step


@transaction.atomic
def journey_step_remove(*, step: JourneyStep, by: User | None, request: HttpRequest | None = None) -> None:
    journey = step.journey
    _open(journey)
    if step.stamps.exists():
        raise ValidationError(_("A step with a stamp stays on the card. Record a new stamp instead."))
    if step.needed_by.exists():
        raise ValidationError(_("Other steps need this one. Remove them first."))
    step_id = step.pk
    step.delete()
    _audit("journey.changed", client=journey.client, by=by, request=request, journey=journey.pk, removed=step_id)


def stamping_organisations(user: User) -> set[int]:
    return {org for org, role in roles_of(user) if role in DESK_ROLES}


def missing_prerequisites(step: JourneyStep) -> list[JourneyStep]:
    return [p for p in step.prerequisites.all() if p.status not in COMPLETE]


@transaction.atomic
def stamp_record(
    *,
    step: JourneyStep,
    outcome: Outcome | str,
    reason: str = "",
    instead: str = "",
    by: User | None,
    by_person: bool = False,
    referral: Referral | None = None,
    request: HttpRequest | None = None,
) -> Stamp:
    """Record a step's outcome. Staff of the partner that provides the step record it (the
    coordinator may also waive a step); the person may mark a step they may do on their own as
    done (`by_person`); with neither, the system records it (crisis mode's pre-stamped card)."""
    step = (
        JourneyStep.objects.select_for_update(of=("self",)).select_related("journey__client", "service").get(pk=step.pk)
    )
    _open(step.journey)
    reason, instead = reason.strip(), instead.strip()
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose an outcome from the list."))
    if outcome in NEGATIVE and not (reason and instead):
        raise ValidationError(
            _("Say in plain words why, and what the person can do instead. A cross without a reason confuses.")
        )
    if outcome == Outcome.SELF_DONE and not step.self_completable:
        raise ValidationError(_("This step cannot be done on one's own: staff of the service stamp it."))
    if by_person and outcome != Outcome.SELF_DONE:
        raise ValidationError(_("On the card, a step can only be marked as done on your own."))
    provider = step.service.organisation
    organisation: Organisation | None = None
    if by is not None:
        if provider.pk in stamping_organisations(by):
            organisation = provider
        elif outcome == Outcome.WAIVED and has_role(by, Role.COORDINATOR):
            organisation = _organisation_of(by)
        else:
            raise ValidationError(
                _("Only staff of %(organisation)s record the outcome of this step.") % {"organisation": provider.name}
            )
    if outcome in NEEDS_PREREQUISITES:
        missing = missing_prerequisites(step)
        if missing:
            raise ValidationError(
                _("This step needs another step first: %(steps)s.") % {"steps": ", ".join(str(s) for s in missing)}
            )
    stamp = Stamp.objects.create(
        step=step, outcome=outcome, reason=reason, instead=instead, organisation=organisation, recorded_by=by,
        recorded_at=timezone.now(), referral=referral,
    )  # fmt: skip
    step.status = outcome
    step.save(update_fields=["status"])
    client = step.journey.client
    touch(client)
    _audit(
        "journey.stamped", client=client, by=by, request=request, username="the person" if by_person else "",
        journey=step.journey_id, step=step.pk, outcome=str(outcome),
    )  # fmt: skip
    event_emit(
        type=EventType.STAMP_RECORDED,
        payload={"journey": step.journey_id, "step": step.pk, "service": str(step.service.hsds_id),
                 "outcome": str(outcome), "stamp": stamp.pk},
        organisation_ids={client.owner_id, provider.pk},
    )  # fmt: skip
    return stamp
