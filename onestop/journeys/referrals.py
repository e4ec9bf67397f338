"""Every write of referrals: create (with consent on the spot where needed), accept, decline,
complete, and the overdue flags. Outcomes feed the person's journey; staff are told by e-mail
(after commit, without personal data) and subscribed partners by webhook."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from onestop.accounts.models import Membership, Role, User
from onestop.clients.access import categories_for, may_keep, viewer_of
from onestop.clients.models import Category, ClientRecord, GivenHow, Purpose
from onestop.clients.services import consent_grant, touch
from onestop.core.tasks import send_email_after_commit
from onestop.directory.models import Organisation, Service
from onestop.directory.needs import NEED_CATEGORIES
from onestop.journeys.access import desk_organisations, shared_with
from onestop.journeys.models import (
    COMPLETE,
    EventType,
    JourneyStep,
    Outcome,
    Referral,
    ReferralStatus,
    ServiceResponseTime,
)
from onestop.journeys.services import _audit, _check_service, missing_prerequisites, stamp_record
from onestop.journeys.webhooks import event_emit


def response_days(service: Service) -> int:
    row = ServiceResponseTime.objects.filter(service=service).first()
    return row.days if row else settings.REFERRAL_RESPONSE_DAYS


@transaction.atomic
def response_time_set(*, service: Service, days: int | None, by: User | None) -> None:
    """None: back to the shop's default."""
    if days is None:
        ServiceResponseTime.objects.filter(service=service).delete()
    elif days < 1 or days > 365:
        raise ValidationError(_("Give a number of days between 1 and 365."))
    else:
        ServiceResponseTime.objects.update_or_create(service=service, defaults={"days": days})


def _payload(referral: Referral) -> dict[str, Any]:
    return {
        "referral": referral.pk,
        "status": referral.status,
        "service": str(referral.service.hsds_id),
        "from_organisation": referral.from_organisation_id,
        "to_organisation": referral.to_organisation_id,
        "due_at": referral.due_at.isoformat(),
    }


def _emit(type: str, referral: Referral) -> None:
    event_emit(
        type=type,
        payload=_payload(referral),
        organisation_ids={referral.from_organisation_id, referral.to_organisation_id},
    )


def _desk_emails(organisation_ids: Iterable[int], roles: Iterable[str]) -> list[str]:
    emails = Membership.objects.filter(
        organisation_id__in=list(organisation_ids), role__in=list(roles), user__is_active=True
    ).exclude(user__email="")
    return sorted(set(emails.values_list("user__email", flat=True)))


def _tell(*, organisation_ids: Iterable[int], roles: Iterable[str], subject: str, body: str) -> None:
    """An e-mail to staff: never any personal data, only where to look."""
    to = _desk_emails(organisation_ids, roles)
    if to:
        send_email_after_commit(subject=subject, body=body, to=to)


def _link(referral: Referral | None) -> str:
    """The referral's page for the desks; the overview (no personal data) for the coordinator."""
    with translation.override(settings.LANGUAGE_CODE):
        if referral is None:
            path = reverse("journeys:referral_list")
        else:
            path = reverse("journeys:referral_detail", kwargs={"referral_id": referral.pk})
    return settings.SITE_URL + path


@transaction.atomic
def referral_create(
    *,
    client: ClientRecord,
    service: Service,
    from_organisation: Organisation,
    by: User,
    summary: str = "",
    needs: Iterable[str] = (),
    journey_step: JourneyStep | None = None,
    consent_categories: Iterable[str] = (),
    consent_language: str = "",
    interpreter_present: bool = False,
    request: HttpRequest | None = None,
) -> Referral:
    """Refer the person to another partner's service. The receiver will see what the person's
    consent covers; `consent_categories` records, there and then, the person's consent to share
    these parts with the receiving organisation (only the keeping organisation records consent)."""
    summary, needs = summary.strip(), sorted(set(needs))
    if from_organisation.pk not in desk_organisations(by):
        raise ValidationError(_("You can refer only for an organisation where you serve people."))
    if not categories_for(viewer_of(by), client):
        raise ValidationError(_("You do not see this person's record."))
    _check_service(service)
    receiver = service.organisation
    if receiver.is_enforcement and client.owner.is_protected:
        raise ValidationError(
            _("Records of this organisation are never shared with the immigration office or the police.")
        )
    if any(need not in NEED_CATEGORIES for need in needs):
        raise ValidationError(_("Choose the needs from the list."))
    consent_categories = sorted(set(consent_categories))
    if consent_categories:
        if not may_keep(by, client.owner_id):
            raise ValidationError(_("Only the organisation that keeps the record can record the person's consent."))
        consent_grant(
            client=client, recipient=receiver, purpose=Purpose.REFERRAL, categories=consent_categories,
            given_how=GivenHow.IN_PERSON, language=consent_language or client.preferred_language, explained_by=by,
            interpreter_present=interpreter_present, request=request,
        )  # fmt: skip
    shared = shared_with(client, receiver)
    if not shared:
        raise ValidationError(
            _("The person has not agreed to share their record with %(organisation)s. Ask them, and record their "
              "consent.") % {"organisation": receiver.name}
        )  # fmt: skip
    if (summary or needs) and Category.NEEDS not in shared:
        raise ValidationError(
            _("The person's consent does not cover their needs, so the summary and needs cannot go with the "
              "referral. Leave them empty, or record a consent that covers needs.")
        )  # fmt: skip
    if journey_step is not None:
        if journey_step.journey.client_id != client.pk or journey_step.journey.closed_at is not None:
            raise ValidationError(_("This step is not on the person's current journey."))
        if journey_step.service.organisation_id != receiver.pk:
            raise ValidationError(_("This step is done at another organisation than the one you refer to."))
        missing = missing_prerequisites(journey_step)
        if missing:
            raise ValidationError(
                _("This step needs another step first: %(steps)s.") % {"steps": ", ".join(str(s) for s in missing)}
            )
    now = timezone.now()
    referral = Referral.objects.create(
        client=client, from_organisation=from_organisation, referred_by=by, service=service, to_organisation=receiver,
        journey_step=journey_step, summary=summary, needs=needs, created_at=now,
        due_at=now + timedelta(days=response_days(service)),
    )  # fmt: skip
    touch(client)
    _audit("referral.created", client=client, by=by, request=request, referral=referral.pk, to=receiver.pk,
           shared=sorted(shared))  # fmt: skip
    _emit(EventType.REFERRAL_CREATED, referral)
    with translation.override(settings.LANGUAGE_CODE):
        _tell(
            organisation_ids=[receiver.pk], roles=[Role.CASEWORKER, Role.RECEPTION],
            subject=_("New referral to %(service)s") % {"service": service.name},
            body=_("%(from)s referred a person to %(service)s. Please answer by %(due)s:\n%(link)s")
            % {"from": from_organisation.name, "service": service.name, "due": referral.due_at.date().isoformat(),
               "link": _link(referral)},
        )  # fmt: skip
    return referral


def _lock(referral: Referral) -> Referral:
    return (
        Referral.objects.select_for_update(of=("self",))
        .select_related("client__owner", "service", "journey_step__journey", "to_organisation", "from_organisation")
        .get(pk=referral.pk)
    )


def _check_receiver(referral: Referral, by: User) -> None:
    if referral.to_organisation_id not in desk_organisations(by):
        raise ValidationError(
            _("Only staff of %(organisation)s answer this referral.") % {"organisation": referral.to_organisation.name}
        )


def _feed(referral: Referral, outcome: Outcome, by: User, reason: str = "", instead: str = "") -> None:
    """The referral's outcome becomes a stamp on the journey step it was made for."""
    step = referral.journey_step
    if step is None or step.journey.closed_at is not None or step.status in COMPLETE:
        return
    stamp_record(step=step, outcome=outcome, reason=reason, instead=instead, by=by, referral=referral)


@transaction.atomic
def referral_accept(*, referral: Referral, by: User, request: HttpRequest | None = None) -> Referral:
    referral = _lock(referral)
    _check_receiver(referral, by)
    if referral.status != ReferralStatus.SENT:
        raise ValidationError(_("This referral was answered already."))
    referral.status, referral.answered_at, referral.handled_by = ReferralStatus.ACCEPTED, timezone.now(), by
    referral.save(update_fields=["status", "answered_at", "handled_by"])
    _feed(referral, Outcome.IN_PROGRESS, by)
    _audit("referral.accepted", client=referral.client, by=by, request=request, referral=referral.pk)
    _emit(EventType.REFERRAL_ACCEPTED, referral)
    return referral


@transaction.atomic
def referral_decline(
    *, referral: Referral, reason: str, instead: str = "", by: User, request: HttpRequest | None = None
) -> Referral:
    referral = _lock(referral)
    _check_receiver(referral, by)
    reason, instead = reason.strip(), instead.strip()
    if not reason:
        raise ValidationError(_("Say why you decline, so the person and the referring desk know what to do next."))
    if referral.status not in (ReferralStatus.SENT, ReferralStatus.ACCEPTED):
        raise ValidationError(_("This referral is closed already."))
    referral.status, referral.decline_reason, referral.handled_by = ReferralStatus.DECLINED, reason, by
    referral.answered_at = referral.answered_at or timezone.now()
    referral.save(update_fields=["status", "decline_reason", "handled_by", "answered_at"])
    _feed(
        referral, Outcome.NOT_POSSIBLE, by, reason=reason,
        instead=instead or _("Ask at the desk that referred you what else can help."),
    )  # fmt: skip
    _audit("referral.declined", client=referral.client, by=by, request=request, referral=referral.pk)
    _emit(EventType.REFERRAL_DECLINED, referral)
    return referral


@transaction.atomic
def referral_complete(
    *, referral: Referral, outcome: str = "", by: User, request: HttpRequest | None = None
) -> Referral:
    referral = _lock(referral)
    _check_receiver(referral, by)
    if referral.status not in (ReferralStatus.SENT, ReferralStatus.ACCEPTED):
        raise ValidationError(_("This referral is closed already."))
    now = timezone.now()
    referral.status, referral.outcome, referral.handled_by = ReferralStatus.COMPLETED, outcome.strip(), by
    referral.answered_at, referral.completed_at = referral.answered_at or now, now
    referral.save(update_fields=["status", "outcome", "handled_by", "answered_at", "completed_at"])
    _feed(referral, Outcome.DONE, by)
    _audit("referral.completed", client=referral.client, by=by, request=request, referral=referral.pk)
    _emit(EventType.REFERRAL_COMPLETED, referral)
    return referral


def referrals_flag_overdue(*, now: datetime | None = None) -> int:
    """Tell both sides and the coordinator, once, about each referral past its answer date."""
    now = now or timezone.now()
    flagged = 0
    due = Referral.objects.filter(status=ReferralStatus.SENT, due_at__lt=now, overdue_notified_at__isnull=True)
    for referral_id in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            referral = (
                Referral.objects.select_for_update(of=("self",))
                .select_related("service", "from_organisation", "to_organisation")
                .filter(pk=referral_id, status=ReferralStatus.SENT, overdue_notified_at__isnull=True)
                .first()
            )
            if referral is None:
                continue
            referral.overdue_notified_at = now
            referral.save(update_fields=["overdue_notified_at"])
            _emit(EventType.REFERRAL_OVERDUE, referral)
            coordinating = list(Organisation.objects.filter(is_coordinating=True).values_list("pk", flat=True))
            with translation.override(settings.LANGUAGE_CODE):
                subject = _("Overdue referral to %(service)s") % {"service": referral.service.name}
                text = _("A referral from %(from)s to %(service)s was due for an answer on %(due)s:\n%(link)s")
                facts = {"from": referral.from_organisation.name, "service": referral.service.name,
                         "due": referral.due_at.date().isoformat()}  # fmt: skip
                _tell(
                    organisation_ids=[referral.from_organisation_id, referral.to_organisation_id],
                    roles=[Role.CASEWORKER, Role.RECEPTION], subject=subject,
                    body=text % {**facts, "link": _link(referral)},
                )  # fmt: skip
                _tell(
                    organisation_ids=coordinating, roles=[Role.COORDINATOR], subject=subject,
                    body=text % {**facts, "link": _link(None)},
                )  # fmt: skip
            flagged += 1
    return flagged
