"""Client records at the desk: find, create, read (audited), change, consent."""

from __future__ import annotations

from typing import Any

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from onestop.clients import rights, services
from onestop.clients.access import (
    categories_for,
    client_for_consent_on_the_spot,
    get_client_by_code_for_user,
    get_client_for_user,
    keeping_organisations,
    live_grants,
    may_keep,
    records_visible_to,
    viewer_of,
)
from onestop.clients.forms import ClientForm, CodeForm, ConsentForm, ConsentOnTheSpotForm, EraseForm, OwnerChoiceForm
from onestop.clients.models import (
    Category,
    ClientRecord,
    ConsentGrant,
    GivenHow,
    Purpose,
    ResidenceStatus,
    Vulnerability,
)
from onestop.core.decorators import staff_permission_required
from onestop.core.languages import language_name
from onestop.directory.models import Organisation
from onestop.directory.needs import need_label


@staff_permission_required("clients.use_records")
def client_list_view(request: HttpRequest) -> HttpResponse:
    words = request.GET.get("q", "").strip()[:100]
    viewer = viewer_of(request.user)
    # Archived records are out of the lists; their data protection officer opens them by code.
    records = records_visible_to(request.user).filter(archived_at__isnull=True)
    if words:
        # Searching only ever looks through records the user may see, and by name only through
        # those whose identity the user may see.
        by_name = [
            r.pk
            for r in records.filter(Q(name__icontains=words) | Q(alias__icontains=words))
            if Category.IDENTITY in categories_for(viewer, r)
        ]
        records = records.filter(Q(pk__in=by_name) | Q(code__iexact=words))
    page = Paginator(records.order_by("-last_activity_at", "pk"), 30).get_page(request.GET.get("page"))
    rows = [{"record": r, "identity": Category.IDENTITY in categories_for(viewer, r)} for r in page]
    context = {
        "page": page,
        "rows": rows,
        "q": words,
        "code_form": CodeForm(),
        "may_create": bool(keeping_organisations(request.user)),
    }
    return render(request, "clients/list.html", context)


@staff_permission_required("clients.use_records")
def client_create_view(request: HttpRequest) -> HttpResponse:
    keeping = Organisation.objects.filter(pk__in=keeping_organisations(request.user))
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
    keeps = may_keep(request.user, visible.record.owner_id)
    consents = (
        ConsentGrant.objects.filter(client=visible.record).select_related("recipient", "withdrawal") if keeps else []
    )
    context = {
        "client": visible.record,
        "sees": {category: visible.sees(category) for category in Category.values},
        "keeps": keeps,
        "consents": consents,
        "live_ids": set(live_grants().filter(client=visible.record).values_list("pk", flat=True)) if keeps else set(),
        "may_export": request.user.has_perm("clients.export_record", visible.record),
        "may_erase": request.user.has_perm("clients.erase_record", visible.record),
    }
    return render(request, "clients/detail.html", context)


@staff_permission_required("clients.use_records")
def client_edit_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    if not may_keep(request.user, visible.record.owner_id):
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
    if not may_keep(request.user, visible.record.owner_id):
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
    if grant is None or not may_keep(request.user, grant.client.owner_id):
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
            record = client_for_consent_on_the_spot(request.user, form.cleaned_data["code"])
            if record is not None:
                return _consent_on_the_spot(request, record)
            # The same answer whether the record does not exist or may not be seen.
            return render(request, "clients/code_not_found.html", {"form": form}, status=404)
        return redirect("clients:detail", client_id=visible.record.pk)
    return render(request, "clients/code_not_found.html", {"form": form}, status=400 if form.is_bound else 200)


def _consent_on_the_spot(request: HttpRequest, record: ClientRecord) -> HttpResponse:
    """The person showed their code at a desk whose organisation does not see their record:
    explain, in the person's language, what consenting means, and record it if they agree."""
    recipient = Organisation.objects.filter(pk__in=keeping_organisations(request.user)).order_by("pk").first()
    assert recipient is not None
    data = request.POST if request.method == "POST" else None
    form = ConsentOnTheSpotForm(data, initial={"language": record.preferred_language})
    if data is not None and form.is_valid():
        try:
            services.consent_grant(
                client=record,
                recipient=recipient,
                purpose=form.cleaned_data["purpose"],
                categories=form.cleaned_data["categories"],
                given_how=GivenHow.IN_PERSON,
                language=form.cleaned_data["language"],
                explained_by=request.user,  # type: ignore[arg-type]
                interpreter_present=form.cleaned_data["interpreter_present"],
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The consent is recorded."))
            return redirect("clients:detail", client_id=record.pk)
    language = _reading_language(record)
    with translation.override(language):
        explanation = {
            "title": _("Your record at %(owner)s") % {"owner": record.owner.name},
            "text": _(
                "%(recipient)s would like to see your record at %(owner)s, to help you without asking you "
                "everything again. You decide what they may see. You can say no, and you can withdraw your "
                "consent at any time."
            )
            % {"recipient": recipient.name, "owner": record.owner.name},
        }
    context = {
        "form": form,
        "record": record,
        "recipient": recipient,
        "explanation": explanation,
        "explanation_language": language,
        "explanation_dir": "rtl" if translation.get_language_info(language)["bidi"] else "ltr",
    }
    return render(request, "clients/consent_on_the_spot.html", context)


@staff_permission_required("clients.use_records")
def client_card_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    if not visible.sees(Category.IDENTITY):
        raise Http404
    services.client_viewed(client=visible.record, by=request.user, categories=["identity"], request=request)  # type: ignore[arg-type]
    link = request.build_absolute_uri(reverse("clients:by_code") + f"?code={visible.record.code}")
    qr = mark_safe(segno.make(link, error="m").svg_inline(scale=4, omitsize=True))  # noqa: S308 - segno's SVG
    return render(request, "clients/card.html", {"client": visible.record, "qr": qr})


# --- The person's rights: a copy of the record, erasure (clients/rights.py) -------------------


def _record_for(request: HttpRequest, client_id: int, perm: str) -> ClientRecord:
    """The record, if the user may see it and holds `perm` on it; else the usual 404."""
    visible = get_client_for_user(request.user, client_id)
    if not request.user.has_perm(perm, visible.record):
        raise Http404
    return visible.record


def _when(value: str | None, date_only: bool = False) -> str:
    """An ISO date or time of the export, formatted for the active language."""
    if not value:
        return ""
    if date_only:
        day = parse_date(value)
        return formats.date_format(day, "DATE_FORMAT") if day else value
    moment = parse_datetime(value)
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else value


def _labels(codes: list[str], choices: dict[str, Any]) -> str:
    return ", ".join(str(choices.get(code, code)) for code in codes)


def _export_for_reading(export: dict[str, Any]) -> dict[str, Any]:
    """The export with labels and dates in the active language, for the printable page."""
    record = export["record"]
    categories: dict[str, Any] = dict(Category.choices)
    residence: dict[str, Any] = dict(ResidenceStatus.choices)
    fields: list[tuple[str, str]] = [
        (_("Personal code"), record["personal_code"]),
        (_("name"), record["name"]),
        (_("alias"), record["alias"]),
        (_("preferred language"), language_name(record["preferred_language"])),
        (_("date of birth"), _when(record["date_of_birth"], date_only=True)),
        (_("nationality"), record["nationality"]),
        (_("phone"), record["phone"]),
        (_("e-mail"), record["email"]),
        (_("residence status"), str(residence[record["residence_status"]]) if record["residence_status"] else ""),
        (_("vulnerabilities"), _labels(record["vulnerabilities"], dict(Vulnerability.choices))),
        (_("needs"), ", ".join(need_label(code, code) for code in record["needs"])),
        (_("needs in own words"), record["needs_text"]),
        (_("notes"), record["notes"]),
        (_("Record created"), _when(record["created_at"])),
        (_("Last change"), _when(record["last_activity_at"])),
        (_("Archived"), _when(record["archived_at"])),
    ]
    consents = [
        {
            "shared_with": grant["shared_with"]["name"] if grant["shared_with"] else None,
            "purpose": dict(Purpose.choices).get(grant["purpose"], grant["purpose"]),
            "categories": _labels(grant["categories"], categories),
            "given_how": dict(GivenHow.choices).get(grant["given_how"], grant["given_how"]),
            "given_at": _when(grant["given_at"]),
            "valid_until": _when(grant["valid_until"], date_only=True),
            "withdrawn_at": _when(grant["withdrawn_at"]),
        }
        for grant in export["consents"]
    ]
    documents = [
        {"title": document["title"], "uploaded_at": _when(document["uploaded_at"])} for document in export["documents"]
    ]
    history = []
    for event in export["access_history"]:
        details = event["details"]
        if details.get("categories"):
            what = _labels(details["categories"], categories)
        elif details.get("fields"):
            what = ", ".join(
                str(getattr(ClientRecord._meta.get_field(name), "verbose_name", name)) for name in details["fields"]
            )
        else:
            what = ""
        history.append(
            {
                "at": _when(event["at"]),
                "organisation": event["organisation"],
                "action": rights.ACTION_LABELS.get(event["action"], event["action"]),
                "what": what,
            }
        )
    return {
        "kept_by": export["kept_by"]["name"],
        "exported_at": _when(export["exported_at"]),
        "fields": [(label, value) for label, value in fields if value],
        "consents": consents,
        "documents": documents,
        "history": history,
    }


def _reading_language(record: ClientRecord) -> str:
    """The person's language if the interface speaks it (Dari reads the Persian pages), else the shop's."""
    try:
        return translation.get_supported_language_variant(record.preferred_language)
    except LookupError:
        return settings.LANGUAGE_CODE


@never_cache
@staff_permission_required("clients.use_records")
def client_export_json_view(request: HttpRequest, client_id: int) -> HttpResponse:
    record = _record_for(request, client_id, "clients.export_record")
    export = rights.client_export(client=record, by=request.user, request=request)  # type: ignore[arg-type]
    response = JsonResponse(export, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = content_disposition_header(True, f"record-{record.code}.json")
    return response


@never_cache
@staff_permission_required("clients.use_records")
def client_export_view(request: HttpRequest, client_id: int) -> HttpResponse:
    """The copy to hand to the person, printable, in their language."""
    record = _record_for(request, client_id, "clients.export_record")
    export = rights.client_export(client=record, by=request.user, request=request)  # type: ignore[arg-type]
    language = _reading_language(record)
    with translation.override(language):
        response = render(request, "clients/export.html", {"client": record, "export": _export_for_reading(export)})
    response["Content-Language"] = language
    return response


@staff_permission_required("clients.use_records")
def client_erase_view(request: HttpRequest, client_id: int) -> HttpResponse:
    """Erasure at the person's request: the data protection officer of the keeping organisation
    sees what goes and what stays, confirms, and the record is gone."""
    record = _record_for(request, client_id, "clients.erase_record")
    form = EraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        rights.client_erase(client=record, by=request.user, request=request)  # type: ignore[arg-type]
        messages.success(request, _("The record is erased. Only anonymous figures are kept."))
        return redirect("clients:list")
    if request.method != "POST":
        services.client_viewed(client=record, by=request.user, categories=[Category.IDENTITY], request=request)  # type: ignore[arg-type]
    context = {"client": record, "form": form, "summary": rights.erasure_summary(record)}
    return render(request, "clients/erase.html", context)
