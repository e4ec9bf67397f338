from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from csp.decorators import csp_exempt
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from onestop.core.decorators import staff_permission_required
from onestop.core.languages import interface_language_codes
from onestop.directory import selectors, services
from onestop.directory.access import (
    get_organisation_for_user,
    get_public_site,
    get_published_service,
    get_service_for_editing,
    get_site_for_editing,
    organisations_for_new_services,
    services_editable_by,
)
from onestop.directory.forms import OrganisationForm, ServiceForm, ServiceTextForm, SiteDetailsForm
from onestop.directory.forms_public import ServiceSearchForm
from onestop.directory.maps import allow_tiles, map_context
from onestop.directory.models import TRANSLATED_SERVICE_FIELDS, Organisation, Service, ServiceText, Site, TextOrigin
from onestop.directory.needs import need_label
from onestop.directory.posters import poster_pdf


@staff_permission_required("directory.view_organisations")
def organisation_list_view(request: HttpRequest) -> HttpResponse:
    organisations = Organisation.objects.annotate(staff_count=Count("memberships__user", distinct=True))
    return render(request, "directory/organisation_list.html", {"organisations": organisations})


@staff_permission_required("directory.manage_organisations")
def organisation_create_view(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        organisation = services.organisation_create(
            name=data["name"],
            kind=form.kind_value(),
            description=data["description"],
            website=data["website"],
            email=data["email"],
            phone=data["phone"],
            is_protected=form.protection_choice(),
            created_by=request.user,  # type: ignore[arg-type]
            request=request,
        )
        messages.success(request, _("%(name)s was added.") % {"name": organisation.name})
        return redirect("directory:organisation_list")
    return render(request, "directory/organisation_form.html", {"form": form})


@staff_permission_required("directory.manage_organisations")
def organisation_edit_view(request: HttpRequest, organisation_id: int) -> HttpResponse:
    organisation = get_organisation_for_user(request.user, organisation_id, to_manage=True)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        protection = form.protection_choice()
        services.organisation_update(
            organisation=Organisation.objects.get(pk=organisation.pk),
            changed_by=request.user,  # type: ignore[arg-type]
            request=request,
            name=data["name"],
            kind=form.kind_value(),
            description=data["description"],
            website=data["website"],
            email=data["email"],
            phone=data["phone"],
            is_protected=services.protected_by_default(data["kind"]) if protection is None else protection,
        )
        messages.success(request, _("The changes are saved."))
        return redirect("directory:organisation_list")
    return render(request, "directory/organisation_form.html", {"form": form, "organisation": organisation})


# --- Public pages -------------------------------------------------------------------------------

PAGE_SIZE = 20
MAX_PAGE = 100_000  # further is the last page, as is any page past the end


def service_search_view(request: HttpRequest) -> HttpResponse:
    form = ServiceSearchForm(request.GET or None)
    language = get_language() or settings.LANGUAGE_CODE
    services = selectors.published_services().none()
    if form.is_valid() or not request.GET:
        data = form.cleaned_data if form.is_bound else {}
        services = selectors.search_services(
            words=data.get("q", ""),
            need=data.get("need", ""),
            language=data.get("language", ""),
            site=data.get("site", ""),
            reader_language=language,
        )
    now = timezone.now()
    if form.is_bound and form.is_valid() and form.cleaned_data["open"]:
        services = selectors.open_now(services, at=now)
    # The page's ids and the count come from one query; only those services are then read
    # with their details.
    ids, total, number = selectors.page_of_ids(services, number=_page_number(request), size=PAGE_SIZE)
    paginator = Paginator(ids, PAGE_SIZE)
    paginator.count = total  # type: ignore[misc]  # known already; cached_property takes it
    page = Page(ids, number, paginator)
    details = selectors.with_public_details(Service.objects.filter(pk__in=ids), language=language)
    by_pk = {service.pk: service for service in details}
    site_openings: dict[int, selectors.Opening] = {}  # a site's hours, worked out once per page
    results = [
        {"service": s, "text": selectors.local_text(s, language), "openings": _openings(s, now, site_openings)}
        for s in (by_pk[pk] for pk in page.object_list)
    ]
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "results": results, "query": query.urlencode()}
    return render(request, "directory/public/search.html", context)


def _page_number(request: HttpRequest) -> int:
    """The page asked for; like Paginator.get_page, anything that is not a number is page 1."""
    try:
        return min(max(int(request.GET.get("page", "1")), 1), MAX_PAGE)
    except ValueError:
        return 1


def _openings(
    service: Service, now: datetime, site_openings: dict[int, selectors.Opening] | None = None
) -> list[tuple[Site | None, selectors.Opening]]:
    sites = list(service.sites.all())
    if not sites:
        return [(None, selectors.service_opening(service, None, now))]
    if site_openings is None or service.schedules.all():
        return [(site, selectors.service_opening(service, site, now)) for site in sites]
    openings: list[tuple[Site | None, selectors.Opening]] = []
    for site in sites:
        if site.pk not in site_openings:
            site_openings[site.pk] = selectors.service_opening(service, site, now)
        openings.append((site, site_openings[site.pk]))
    return openings


def service_detail_view(request: HttpRequest, service_id: uuid.UUID) -> HttpResponse:
    service = get_published_service(service_id)
    language = get_language() or settings.LANGUAGE_CODE
    now = timezone.now()
    context = {
        "service": service,
        "text": selectors.local_text(service, language),
        "openings": _openings(service, now),
        "needs": [need_label(a.taxonomy_term.code, a.taxonomy_term.name) for a in selectors.service_needs(service)],
        "languages": sorted({lang.code for lang in service.languages.all() if lang.code}),
        "weekly": {site.pk: selectors.weekly_hours(site) for site in service.sites.all()},
        "service_contacts": list(service.contacts.all()),
        "has_map": any(_located(site) for site in service.sites.all()) and bool(settings.MAP_TILE_URL),
        **map_context(),
    }
    response = render(request, "directory/public/service.html", context)
    return allow_tiles(response, shown=context["has_map"])


def _located(site: Site) -> bool:
    return site.latitude is not None and site.longitude is not None


# --- Partners keep their entries ----------------------------------------------------------------


@staff_permission_required("directory.edit_some_services")
def service_list_view(request: HttpRequest) -> HttpResponse:
    limit = timezone.localdate() - timedelta(days=settings.DIRECTORY_CONFIRM_DAYS)
    services = services_editable_by(request.user).select_related("organisation").order_by("organisation__name", "name")
    rows = [{"service": s, "stale": s.last_confirmed_at is None or s.last_confirmed_at < limit} for s in services]
    return render(
        request, "directory/service_list.html", {"rows": rows, "confirm_days": settings.DIRECTORY_CONFIRM_DAYS}
    )


@staff_permission_required("directory.edit_some_services")
def service_edit_view(request: HttpRequest, service_id: int | None = None) -> HttpResponse:
    service = get_service_for_editing(request.user, service_id) if service_id is not None else None
    form = ServiceForm(
        request.POST or None, instance=service, organisations=organisations_for_new_services(request.user)
    )
    if request.method == "POST" and form.is_valid():
        organisation = service.organisation if service else form.cleaned_data["organisation"]
        saved = services.service_save(
            service=Service.objects.get(pk=service.pk) if service else None,
            organisation=organisation,
            fields=form.service_fields(),
            sites=form.cleaned_data["sites"],
            needs=form.cleaned_data["needs"],
            languages=form.cleaned_data["languages"],
            by=request.user,  # type: ignore[arg-type]
            request=request,
            contact=form.contact(),
        )
        if saved.is_approved:
            messages.success(request, _("The entry is saved."))
        else:
            messages.success(
                request, _("The entry is saved. It appears in the directory once the coordinator approves it.")
            )
        return redirect("directory:service_list")
    return render(request, "directory/service_form.html", {"form": form, "service": service})


@staff_permission_required("directory.edit_some_services")
@require_POST
def service_confirm_view(request: HttpRequest, service_id: int) -> HttpResponse:
    service = get_service_for_editing(request.user, service_id)
    services.service_confirm(service=service, by=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, _("Thank you: the entry is marked as checked today."))
    return redirect("directory:service_list")


@staff_permission_required("directory.approve_services")
@require_POST
def service_approve_view(request: HttpRequest, service_id: int) -> HttpResponse:
    service = get_service_for_editing(request.user, service_id)
    services.service_approve(service=service, by=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, _("The entry is approved and now public."))
    return redirect("directory:service_list")


@staff_permission_required("directory.edit_some_services")
def service_text_view(request: HttpRequest, service_id: int, language: str) -> HttpResponse:
    service = get_service_for_editing(request.user, service_id)
    if language not in interface_language_codes() or language == settings.LANGUAGE_CODE:
        raise Http404
    existing = ServiceText.objects.filter(service=service, language=language).first()
    form = ServiceTextForm(request.POST or None, instance=existing)
    if request.method == "POST" and form.is_valid():
        services.service_text_save(
            service=service,
            language=language,
            texts={field: form.cleaned_data[field] for field in TRANSLATED_SERVICE_FIELDS},
            origin=TextOrigin.HUMAN,
            by=request.user,  # type: ignore[arg-type]
        )
        messages.success(request, _("The translation is saved."))
        return redirect("directory:service_edit", service_id=service.pk)
    context = {
        "form": form,
        "service": service,
        "language": language,
        "outdated": existing is not None and existing.source_hash != selectors.source_hash(service),
    }
    return render(request, "directory/service_text_form.html", context)


@staff_permission_required("directory.manage_sites")
def site_list_view(request: HttpRequest) -> HttpResponse:
    sites = Site.objects.select_related("organisation").prefetch_related("accessibility", "contacts").order_by("name")
    return render(request, "directory/site_list.html", {"sites": sites})


@staff_permission_required("directory.manage_sites")
def site_details_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = get_site_for_editing(request.user, slug)
    form = SiteDetailsForm(request.POST or None, initial=SiteDetailsForm.initial_for(site))
    if request.method == "POST" and form.is_valid():
        services.site_details_save(
            site=site,
            features=form.cleaned_data["features"],
            access_note=form.cleaned_data["access_note"],
            contact=form.contact(),
            by=request.user,  # type: ignore[arg-type]
            request=request,
        )
        messages.success(request, _("The changes are saved."))
        return redirect("directory:site_list")
    return render(request, "directory/site_details_form.html", {"form": form, "site": site})


def site_detail_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = get_public_site(slug)
    language = get_language() or settings.LANGUAGE_CODE
    now = timezone.now()
    offered = selectors.with_public_details(selectors.published_services().filter(sites=site), language=language)
    context = {
        "site": site,
        "opening": selectors.opening_of(schedules=site.schedules.all(), closures=site.closures.all(), at=now),
        "days": selectors.weekly_hours(site),
        "services": [{"service": s, "text": selectors.local_text(s, language)} for s in offered],
        "languages": sorted({lang.code for lang in site.languages.all() if lang.code}),
        "has_map": _located(site) and bool(settings.MAP_TILE_URL),
        **map_context(),
    }
    response = render(request, "directory/public/site.html", context)
    return allow_tiles(response, shown=context["has_map"])


# --- Printable posters --------------------------------------------------------------------------


def _poster_languages(request: HttpRequest) -> tuple[list[str], list[str]]:
    """The interface languages asked for (all when none are), in their usual order, and the
    codes asked for that are not interface languages."""
    known = interface_language_codes()
    asked = [code for code in request.GET.getlist("languages") if code]
    return [code for code in known if code in asked] or known, [code for code in asked if code not in known]


def _unknown_languages(request: HttpRequest, unknown: list[str]) -> HttpResponse:
    message = _("A poster can only be made in these languages: %(known)s. Unknown: %(unknown)s.") % {
        "known": ", ".join(interface_language_codes()),
        "unknown": ", ".join(code[:20] for code in unknown[:5]),
    }
    return render(request, "400.html", {"message": message}, status=400)


def page_urls(request: HttpRequest, viewname: str, kwargs: dict[str, object], languages: list[str]) -> dict[str, str]:
    """The absolute address of a public page in each language, for the poster's QR codes."""
    urls = {}
    for code in languages:
        with translation.override(code):
            urls[code] = request.build_absolute_uri(reverse(viewname, kwargs=kwargs))
    return urls


def _pdf_response(pdf: bytes, slug: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="poster-{slug}.pdf"'  # a slug needs no quoting
    return response


# Chrome shows a PDF in a built-in viewer that the strict policy of the pages (object-src
# 'none', no inline styles) blocks (crbug.com/271452). A poster runs no script, so the poster
# views go without a policy; the decorator's type knows only views without URL arguments.
@csp_exempt()  # type: ignore[arg-type]
def service_poster_view(request: HttpRequest, service_id: uuid.UUID) -> HttpResponse:
    service = get_published_service(service_id)
    languages, unknown = _poster_languages(request)
    if unknown:
        return _unknown_languages(request, unknown)
    pdf = poster_pdf(
        title_by_language={code: selectors.local_text(service, code).name for code in languages},
        url_by_language=page_urls(request, "services:detail", {"service_id": service.hsds_id}, languages),
        heading=service.name,
        subtitle=service.organisation.name,
    )
    return _pdf_response(pdf, service.slug)


@csp_exempt()  # type: ignore[arg-type]
def site_poster_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = get_public_site(slug)
    languages, unknown = _poster_languages(request)
    if unknown:
        return _unknown_languages(request, unknown)
    address = site.address
    pdf = poster_pdf(
        # A site's name is not translated; every cell shows it, beside its language's own name.
        title_by_language=dict.fromkeys(languages, site.name),
        url_by_language=page_urls(request, "services:site", {"slug": site.slug}, languages),
        heading=site.name,
        subtitle=f"{address.address_1}, {address.postal_code} {address.city}" if address else "",
    )
    return _pdf_response(pdf, site.slug)
