"""Client records at the desk: find, create, read (audited), change, consent."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from onestop.accounts.models import Role
from onestop.accounts.roles import roles_of
from onestop.clients import services
from onestop.clients.access import (
    get_client_by_code_for_user,
    get_client_for_user,
    live_grants,
    records_visible_to,
)
from onestop.clients.forms import ClientForm, CodeForm, ConsentForm, OwnerChoiceForm
from onestop.clients.models import Category, ConsentGrant
from onestop.core.decorators import staff_permission_required
from onestop.directory.models import Organisation

# Roles that keep records at their organisation: they create them and record consent.
KEEPING_ROLES = (Role.CASEWORKER, Role.RECEPTION)


def _keeping_organisations(user: object) -> list[int]:
    return sorted({org for org, role in roles_of(user) if role in KEEPING_ROLES})


def _may_keep(user: object, owner_id: int) -> bool:
    return owner_id in _keeping_organisations(user)


@staff_permission_required("clients.use_records")
def client_list_view(request: HttpRequest) -> HttpResponse:
    words = request.GET.get("q", "").strip()[:100]
    records = records_visible_to(request.user)
    if words:
        # Searching only ever looks through records the user may see.
        records = records.filter(Q(name__icontains=words) | Q(alias__icontains=words) | Q(code__iexact=words))
    page = Paginator(records.order_by("-last_activity_at", "pk"), 30).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "q": words,
        "code_form": CodeForm(),
        "may_create": bool(_keeping_organisations(request.user)),
    }
    return render(request, "clients/list.html", context)


@staff_permission_required("clients.use_records")
def client_create_view(request: HttpRequest) -> HttpResponse:
    keeping = Organisation.objects.filter(pk__in=_keeping_organisations(request.user))
    if not keeping.exists():
        raise Http404
    everything = frozenset(Category)
    form = ClientForm(request.POST or None, categories=everything)
    owner_form = OwnerChoiceForm(request.POST or None, organisations=keeping, initial={"owner": keeping.first()})
    if request.method == "POST" and form.is_valid() and owner_form.is_valid():
        client = services.client_create(
            owner=owner_form.cleaned_data["owner"],
            fields=form.client_fields(),
            by=request.user,  # type: ignore[arg-type]
            request=request,
        )
        messages.success(request, _("The record is created. Give the person their personal code."))
        return redirect("clients:detail", client_id=client.pk)
    return render(request, "clients/form.html", {"form": form, "owner_form": owner_form})


@staff_permission_required("clients.use_records")
def client_detail_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    services.client_viewed(client=visible.record, by=request.user, categories=visible.categories, request=request)  # type: ignore[arg-type]
    keeps = _may_keep(request.user, visible.record.owner_id)
    consents = (
        ConsentGrant.objects.filter(client=visible.record).select_related("recipient", "withdrawal") if keeps else []
    )
    context = {
        "client": visible.record,
        "sees": {category: visible.sees(category) for category in Category.values},
        "keeps": keeps,
        "consents": consents,
        "live_ids": set(live_grants().filter(client=visible.record).values_list("pk", flat=True)) if keeps else set(),
    }
    return render(request, "clients/detail.html", context)


@staff_permission_required("clients.use_records")
def client_edit_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    if not _may_keep(request.user, visible.record.owner_id):
        raise Http404
    form = ClientForm(request.POST or None, instance=visible.record, categories=visible.categories)
    if request.method == "POST" and form.is_valid():
        record = type(visible.record).objects.get(pk=visible.record.pk)
        services.client_update(client=record, fields=form.client_fields(), by=request.user, request=request)  # type: ignore[arg-type]
        messages.success(request, _("The changes are saved."))
        return redirect("clients:detail", client_id=record.pk)
    return render(request, "clients/form.html", {"form": form, "client": visible.record})


@staff_permission_required("clients.use_records")
def consent_create_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    if not _may_keep(request.user, visible.record.owner_id):
        raise Http404
    form = ConsentForm(
        request.POST or None, owner=visible.record.owner, initial={"language": visible.record.preferred_language}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.consent_grant(
                client=visible.record,
                recipient=data["recipient"],
                purpose=data["purpose"],
                categories=data["categories"],
                given_how=data["given_how"],
                language=data["language"],
                explained_by=request.user,  # type: ignore[arg-type]
                interpreter_present=data["interpreter_present"],
                valid_until=data["valid_until"],
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The consent is recorded."))
            return redirect("clients:detail", client_id=visible.record.pk)
    return render(request, "clients/consent_form.html", {"form": form, "client": visible.record})


@staff_permission_required("clients.use_records")
@require_POST
def consent_withdraw_view(request: HttpRequest, grant_id: int) -> HttpResponse:
    grant = ConsentGrant.objects.filter(pk=grant_id).select_related("client").first()
    if grant is None or not _may_keep(request.user, grant.client.owner_id):
        raise Http404
    get_client_for_user(request.user, grant.client_id)
    services.consent_withdraw(grant=grant, by=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, _("The consent is withdrawn. It no longer applies."))
    return redirect("clients:detail", client_id=grant.client_id)


@staff_permission_required("clients.use_records")
def client_by_code_view(request: HttpRequest) -> HttpResponse:
    form = CodeForm(request.GET or None)
    if form.is_valid():
        try:
            visible = get_client_by_code_for_user(request.user, form.cleaned_data["code"])
        except Http404:
            # The same answer whether the record does not exist or may not be seen.
            return render(request, "clients/code_not_found.html", {"form": form}, status=404)
        return redirect("clients:detail", client_id=visible.record.pk)
    return render(request, "clients/code_not_found.html", {"form": form}, status=400 if form.is_bound else 200)


@staff_permission_required("clients.use_records")
def client_card_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    if not visible.sees(Category.IDENTITY):
        raise Http404
    services.client_viewed(client=visible.record, by=request.user, categories=["identity"], request=request)  # type: ignore[arg-type]
    link = request.build_absolute_uri(reverse("clients:by_code") + f"?code={visible.record.code}")
    qr = mark_safe(segno.make(link, error="m").svg_inline(scale=4, omitsize=True))  # noqa: S308 - segno's SVG
    return render(request, "clients/card.html", {"client": visible.record, "qr": qr})
