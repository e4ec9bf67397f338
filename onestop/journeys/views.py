"""Staff pages: journey templates (the coordinator), a person's journey and its stamps, referrals,
response times and webhook subscriptions."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from onestop.accounts.access import organisations_staff_managed_by
from onestop.accounts.models import User
from onestop.clients.access import categories_for, get_client_for_user, live_grants, may_keep, viewer_of
from onestop.clients.models import Category, ClientRecord, ConsentGrant
from onestop.clients.services import client_viewed
from onestop.core.decorators import staff_permission_required
from onestop.directory.models import Organisation, Service
from onestop.directory.needs import need_label
from onestop.journeys import referrals, services, webhooks
from onestop.journeys.access import (
    coordinator_organisations,
    desk_organisations,
    get_journey_for_user,
    get_referral_for_user,
    is_overdue,
    may_adjust_journey,
    overdue_referrals,
    referrals_of,
)
from onestop.journeys.forms import (
    CompleteForm,
    DeclineForm,
    ReferralForm,
    ResponseTimeForm,
    StampForm,
    StartForm,
    StepForm,
    TemplateForm,
    WebhookForm,
)
from onestop.journeys.models import (
    DeliveryStatus,
    Journey,
    JourneyStep,
    JourneyTemplate,
    ReferralStatus,
    ServiceResponseTime,
    TemplateStep,
    WebhookSubscription,
)
from onestop.journeys.selectors import journey_steps, next_step


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


# --- Templates ----------------------------------------------------------------------------------


@staff_permission_required("journeys.manage_templates")
def template_list_view(request: HttpRequest) -> HttpResponse:
    form = TemplateForm(request.POST or None, initial={"is_active": True})
    if request.method == "POST" and form.is_valid():
        try:
            template = services.template_create(
                name=form.cleaned_data["name"], description=form.cleaned_data["description"], by=_user(request)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The journey is created. Now add its steps."))
            return redirect("journeys:template_detail", template_id=template.pk)
    templates = JourneyTemplate.objects.annotate(step_count=Count("steps")).order_by("name")
    return render(request, "journeys/template_list.html", {"templates": templates, "form": form})


def _template(template_id: int) -> JourneyTemplate:
    template = JourneyTemplate.objects.filter(pk=template_id).first()
    if template is None:
        raise Http404
    return template


@staff_permission_required("journeys.manage_templates")
def template_detail_view(request: HttpRequest, template_id: int) -> HttpResponse:
    template = _template(template_id)
    steps = template.steps.select_related("service__organisation").prefetch_related("prerequisites")
    form = TemplateForm(request.POST if "save" in request.POST else None, instance=template, prefix="t")
    step_form = StepForm(request.POST if "add_step" in request.POST else None, steps=steps, prefix="s")
    if request.method == "POST":
        try:
            if "save" in request.POST and form.is_valid():
                services.template_update(
                    template=JourneyTemplate.objects.get(pk=template.pk), name=form.cleaned_data["name"],
                    description=form.cleaned_data["description"], is_active=form.cleaned_data["is_active"],
                    by=_user(request),
                )  # fmt: skip
                messages.success(request, _("The changes are saved."))
                return redirect("journeys:template_detail", template_id=template.pk)
            if "add_step" in request.POST and step_form.is_valid():
                data = step_form.cleaned_data
                services.template_step_add(
                    template=template, service=data["service"], title=data["title"],
                    what_to_bring=data["what_to_bring"], required=data["required"],
                    self_completable=data["self_completable"], prerequisites=list(data["prerequisites"]),
                    by=_user(request),
                )  # fmt: skip
                messages.success(request, _("The step is added."))
                return redirect("journeys:template_detail", template_id=template.pk)
        except ValidationError as error:
            (step_form if "add_step" in request.POST else form).add_error(None, error)
    context = {"template": template, "steps": steps, "form": form, "step_form": step_form}
    return render(request, "journeys/template_detail.html", context)


@staff_permission_required("journeys.manage_templates")
@require_POST
def template_step_remove_view(request: HttpRequest, template_id: int, step_id: int) -> HttpResponse:
    step = TemplateStep.objects.filter(pk=step_id, template_id=template_id).first()
    if step is None:
        raise Http404
    services.template_step_remove(step=step, by=_user(request))
    messages.success(request, _("The step is removed."))
    return redirect("journeys:template_detail", template_id=template_id)


# --- A person's journey ---------------------------------------------------------------------------


def _card_url(request: HttpRequest, record: ClientRecord) -> str:
    language = record.preferred_language
    try:
        language = translation.get_supported_language_variant(language)
    except LookupError:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        return request.build_absolute_uri(reverse("card:card", kwargs={"code": record.code}))


@staff_permission_required("clients.use_records")
def client_journey_view(request: HttpRequest, client_id: int) -> HttpResponse:
    """The person's current journey, or the form to start one."""
    visible = get_client_for_user(request.user, client_id)
    if not visible.sees(Category.JOURNEY):
        raise Http404
    record = visible.record
    journey = Journey.objects.filter(client=record, closed_at__isnull=True).first()
    if journey is not None:
        return redirect("journeys:journey_detail", journey_id=journey.pk)
    adjust = may_adjust_journey(request.user, record)
    form = StartForm(request.POST or None) if adjust else None
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            journey = services.journey_start(
                client=record, template=form.cleaned_data["template"], by=_user(request), request=request
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The journey is started. Give the person their card."))
            return redirect("journeys:journey_detail", journey_id=journey.pk)
    client_viewed(client=record, by=_user(request), categories=[Category.JOURNEY], request=request)
    return render(request, "journeys/journey_start.html", {"client": record, "form": form, "sees": visible.categories})


@staff_permission_required("clients.use_records")
def journey_detail_view(request: HttpRequest, journey_id: int) -> HttpResponse:
    found = get_journey_for_user(request.user, journey_id)
    journey, record = found.journey, found.visible.record
    client_viewed(client=record, by=_user(request), categories=[Category.JOURNEY], request=request)
    steps = list(journey_steps(journey))
    stamping = desk_organisations(request.user)
    adjust = may_adjust_journey(request.user, record) and journey.closed_at is None
    rows = [
        {
            "step": step,
            "stamps": list(step.stamps.all()),
            "form": StampForm(prefix=f"s{step.pk}", prefix_step=step)
            if journey.closed_at is None and step.service.organisation_id in stamping
            else None,
        }
        for step in steps
    ]
    context = {
        "journey": journey,
        "client": record,
        "sees_identity": found.visible.sees(Category.IDENTITY),
        "rows": rows,
        "next": next_step(steps),
        "adjust": adjust,
        "step_form": StepForm(steps=journey.steps.all(), prefix="add") if adjust else None,
        "card_url": _card_url(request, record),
        "may_refer": bool(desk_organisations(request.user)),
    }
    return render(request, "journeys/journey_detail.html", context)


def _journey_step(request: HttpRequest, journey_id: int, step_id: int) -> tuple[Journey, JourneyStep]:
    found = get_journey_for_user(request.user, journey_id)
    step = JourneyStep.objects.filter(pk=step_id, journey=found.journey).first()
    if step is None:
        raise Http404
    return found.journey, step


@staff_permission_required("clients.use_records")
@require_POST
def stamp_view(request: HttpRequest, journey_id: int, step_id: int) -> HttpResponse:
    journey, step = _journey_step(request, journey_id, step_id)
    form = StampForm(request.POST, prefix=f"s{step.pk}")
    if form.is_valid():
        try:
            services.stamp_record(
                step=step, outcome=form.cleaned_data["outcome"], reason=form.cleaned_data["reason"],
                instead=form.cleaned_data["instead"], by=_user(request), request=request,
            )  # fmt: skip
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The stamp is recorded."))
    else:
        messages.error(request, _("Choose an outcome from the list."))
    return redirect("journeys:journey_detail", journey_id=journey.pk)


@staff_permission_required("clients.use_records")
@require_POST
def step_add_view(request: HttpRequest, journey_id: int) -> HttpResponse:
    found = get_journey_for_user(request.user, journey_id)
    if not may_adjust_journey(request.user, found.visible.record):
        raise Http404
    form = StepForm(request.POST, steps=found.journey.steps.all(), prefix="add")
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.journey_step_add(
                journey=found.journey, service=data["service"], title=data["title"],
                what_to_bring=data["what_to_bring"], required=data["required"],
                self_completable=data["self_completable"], prerequisites=list(data["prerequisites"]),
                by=_user(request), request=request,
            )  # fmt: skip
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The step is added."))
    else:
        messages.error(request, _("Choose a service for the step."))
    return redirect("journeys:journey_detail", journey_id=found.journey.pk)


@staff_permission_required("clients.use_records")
@require_POST
def step_remove_view(request: HttpRequest, journey_id: int, step_id: int) -> HttpResponse:
    journey, step = _journey_step(request, journey_id, step_id)
    if not may_adjust_journey(request.user, journey.client):
        raise Http404
    try:
        services.journey_step_remove(step=step, by=_user(request), request=request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The step is removed."))
    return redirect("journeys:journey_detail", journey_id=journey.pk)


@staff_permission_required("clients.use_records")
@require_POST
def journey_close_view(request: HttpRequest, journey_id: int) -> HttpResponse:
    found = get_journey_for_user(request.user, journey_id)
    if not may_adjust_journey(request.user, found.visible.record):
        raise Http404
    services.journey_close(journey=found.journey, by=_user(request), request=request)
    messages.success(request, _("The journey is closed."))
    return redirect("journeys:client_journey", client_id=found.journey.client_id)


# --- Referrals ----------------------------------------------------------------------------------


@staff_permission_required("journeys.use_referrals")
def referral_list_view(request: HttpRequest) -> HttpResponse:
    desks = desk_organisations(request.user)
    mine = referrals_of(request.user)
    now = timezone.now()
    incoming = list(mine.filter(to_organisation__in=desks).order_by("status", "due_at")[:200])
    outgoing = list(mine.filter(from_organisation__in=desks).exclude(to_organisation__in=desks)[:200])
    overview = list(overdue_referrals()[:200]) if coordinator_organisations(request.user) else None
    # Who each referral is about, where the user sees the person's identity (live consents of
    # all the page's records read at once).
    viewer = viewer_of(request.user)
    grants: dict[int, list[ConsentGrant]] = defaultdict(list)
    for grant in live_grants().filter(client__in={r.client_id for r in incoming + outgoing}):
        grants[grant.client_id].append(grant)
    for referral in incoming + outgoing:
        sees = Category.IDENTITY in categories_for(viewer, referral.client, grants[referral.client_id])
        referral.person = referral.client.display_name if sees else ""  # type: ignore[attr-defined]
    context = {"incoming": incoming, "outgoing": outgoing, "overview": overview, "now": now}
    return render(request, "journeys/referral_list.html", context)


@staff_permission_required("journeys.use_referrals")
def referral_create_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    record = visible.record
    user = _user(request)
    desks = desk_organisations(user)
    if not desks:
        raise Http404
    from_organisation = Organisation.objects.filter(pk__in=desks).order_by("pk")
    sender = from_organisation.filter(pk=record.owner_id).first() or from_organisation.first()
    assert sender is not None
    journey = Journey.objects.filter(client=record, closed_at__isnull=True).first()
    steps = journey.steps.select_related("service") if journey and visible.sees(Category.JOURNEY) else None
    initial: dict[str, Any] = {"consent_language": record.preferred_language}
    wanted = request.GET.get("step", "")
    chosen = steps.filter(pk=int(wanted)).first() if steps is not None and wanted.isdigit() else None
    if chosen is not None:
        initial.update(journey_step=chosen.pk, service=chosen.service_id)
    form = ReferralForm(
        request.POST or None,
        steps=steps if steps is not None else JourneyStep.objects.none(),
        may_record_consent=may_keep(user, record.owner_id),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            referral = referrals.referral_create(
                client=record, service=data["service"], from_organisation=sender, by=user,
                summary=data["summary"], needs=data["needs"], journey_step=data["journey_step"],
                consent_categories=data.get("consent") or [], consent_language=data.get("consent_language") or "",
                interpreter_present=bool(data.get("interpreter_present")), request=request,
            )  # fmt: skip
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The referral is sent."))
            return redirect("journeys:referral_detail", referral_id=referral.pk)
    context = {"client": record, "form": form, "sees_identity": visible.sees(Category.IDENTITY)}
    return render(request, "journeys/referral_form.html", context)


@staff_permission_required("journeys.use_referrals")
def referral_detail_view(request: HttpRequest, referral_id: int) -> HttpResponse:
    found = get_referral_for_user(request.user, referral_id)
    referral = found.referral
    shown = [c for c in (Category.IDENTITY, Category.NEEDS) if found.sees(c)]
    client_viewed(client=referral.client, by=_user(request), categories=shown or ["referral"], request=request)
    answering = found.receiving and referral.status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED)
    context = {
        "referral": referral,
        "found": found,
        "sees_identity": found.sees(Category.IDENTITY),
        "sees_needs": found.sees(Category.NEEDS),
        "needs": [need_label(code, code) for code in referral.needs],
        "overdue": is_overdue(referral),
        "decline_form": DeclineForm() if answering else None,
        "complete_form": CompleteForm() if answering else None,
        "may_accept": found.receiving and referral.status == ReferralStatus.SENT,
    }
    return render(request, "journeys/referral_detail.html", context)


def _answer(request: HttpRequest, referral_id: int, action: str) -> HttpResponse:
    found = get_referral_for_user(request.user, referral_id)
    user = _user(request)
    try:
        if action == "accept":
            referrals.referral_accept(referral=found.referral, by=user, request=request)
            messages.success(request, _("The referral is accepted."))
        elif action == "decline":
            form = DeclineForm(request.POST)
            if not form.is_valid():
                raise ValidationError(
                    _("Say why you decline, so the person and the referring desk know what to do next.")
                )
            referrals.referral_decline(
                referral=found.referral, reason=form.cleaned_data["reason"], instead=form.cleaned_data["instead"],
                by=user, request=request,
            )  # fmt: skip
            messages.success(request, _("The referral is declined."))
        else:
            complete = CompleteForm(request.POST)
            outcome = complete.cleaned_data["outcome"] if complete.is_valid() else ""
            referrals.referral_complete(referral=found.referral, outcome=outcome, by=user, request=request)
            messages.success(request, _("The referral is completed."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("journeys:referral_detail", referral_id=referral_id)


@staff_permission_required("journeys.use_referrals")
@require_POST
def referral_accept_view(request: HttpRequest, referral_id: int) -> HttpResponse:
    return _answer(request, referral_id, "accept")


@staff_permission_required("journeys.use_referrals")
@require_POST
def referral_decline_view(request: HttpRequest, referral_id: int) -> HttpResponse:
    return _answer(request, referral_id, "decline")


@staff_permission_required("journeys.use_referrals")
@require_POST
def referral_complete_view(request: HttpRequest, referral_id: int) -> HttpResponse:
    return _answer(request, referral_id, "complete")


# --- Response times and webhooks (partner admins for their organisation, the coordinator all) -----


def _managed(request: HttpRequest) -> Any:
    return organisations_staff_managed_by(request.user)


@staff_permission_required("journeys.manage_webhooks")
def response_times_view(request: HttpRequest) -> HttpResponse:
    services_kept = Service.objects.filter(organisation__in=_managed(request)).select_related("organisation")
    form = ResponseTimeForm(request.POST or None, services=services_kept)
    if request.method == "POST" and form.is_valid():
        try:
            referrals.response_time_set(
                service=form.cleaned_data["service"], days=form.cleaned_data["days"], by=_user(request)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The response time is saved."))
            return redirect("journeys:response_times")
    rows = ServiceResponseTime.objects.filter(service__in=services_kept).select_related("service__organisation")
    return render(
        request,
        "journeys/response_times.html",
        {"form": form, "rows": rows, "default_days": settings.REFERRAL_RESPONSE_DAYS},
    )


@staff_permission_required("journeys.manage_webhooks")
def webhook_list_view(request: HttpRequest) -> HttpResponse:
    organisations = _managed(request)
    form = WebhookForm(request.POST or None, organisations=organisations.order_by("name"))
    if request.method == "POST" and form.is_valid():
        WebhookSubscription.objects.create(
            organisation=form.cleaned_data["organisation"],
            url=form.cleaned_data["url"],
            events=sorted(form.cleaned_data["events"]),
        )
        messages.success(request, _("The subscription is saved. Copy its secret to the receiving system."))
        return redirect("journeys:webhook_list")
    subscriptions = (
        WebhookSubscription.objects.filter(organisation__in=organisations)
        .select_related("organisation")
        .annotate(
            pending=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.PENDING)),
            failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)),
            delivered=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.DELIVERED)),
        )
    )
    return render(request, "journeys/webhook_list.html", {"form": form, "subscriptions": subscriptions})


@staff_permission_required("journeys.manage_webhooks")
@require_POST
def webhook_action_view(request: HttpRequest, subscription_id: int, action: str) -> HttpResponse:
    subscription = WebhookSubscription.objects.filter(pk=subscription_id, organisation__in=_managed(request)).first()
    if subscription is None or action not in ("retry", "delete"):
        raise Http404
    if action == "retry":
        webhooks.retry_failed(subscription=subscription)
        messages.success(request, _("Deliveries that were given up are tried again."))
    else:
        subscription.delete()
        messages.success(request, _("The subscription is deleted."))
    return redirect("journeys:webhook_list")
