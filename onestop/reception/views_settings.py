"""Settings pages of the reception: a site's ticket series and desks, priority weights, notices."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from onestop.accounts.models import User
from onestop.core.decorators import staff_permission_required
from onestop.core.languages import language_name
from onestop.directory.models import Site
from onestop.reception import access
from onestop.reception import settings_services as settings
from onestop.reception.forms_settings import DeskForm, NoticeForm, PrioritiesForm, SeriesForm
from onestop.reception.models import Desk, Notice, TicketSeries

# Which form field a clash found by the database belongs to.
CLASH_FIELDS = {"service": "service", "prefix": "prefix", "label": "label"}


@staff_permission_required("reception.configure_site")
def settings_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = access.get_configurable_site(request.user, slug)
    context = {
        "site": site,
        "series": access.configurable_series(request.user, site).order_by("prefix"),
        "desks": access.configurable_desks(request.user, site).order_by("label"),
    }
    return render(request, "reception/settings/site.html", context)


def _save_series(request: HttpRequest, site: Site, series: TicketSeries | None) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = SeriesForm(
        request.POST or None, instance=series, site=site, organisations=access.settings_organisations(user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = settings.series_save(series=form.save(commit=False), by=user, request=request)
        except ValidationError as error:
            form.add_error(CLASH_FIELDS.get(str(error.code)), error.messages[0])
        else:
            messages.success(request, _("Ticket series %(prefix)s is saved.") % {"prefix": saved.prefix})
            return redirect("reception:settings", slug=site.slug)
    return render(request, "reception/settings/series.html", {"site": site, "form": form, "series": series})


@staff_permission_required("reception.configure_site")
def series_create_view(request: HttpRequest, slug: str) -> HttpResponse:
    return _save_series(request, access.get_configurable_site(request.user, slug), None)


@staff_permission_required("reception.configure_site")
def series_edit_view(request: HttpRequest, slug: str, series_id: int) -> HttpResponse:
    site = access.get_configurable_site(request.user, slug)
    return _save_series(request, site, access.get_configurable_series(request.user, site, series_id))


def _save_desk(request: HttpRequest, site: Site, desk: Desk | None) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = DeskForm(request.POST or None, instance=desk, site=site, organisations=access.settings_organisations(user))
    if request.method == "POST" and form.is_valid():
        try:
            saved = settings.desk_save(
                desk=form.save(commit=False), services=form.cleaned_data["services"], by=user, request=request
            )
        except ValidationError as error:
            form.add_error(CLASH_FIELDS.get(str(error.code)), error.messages[0])
        else:
            messages.success(request, _("Desk %(label)s is saved.") % {"label": saved.label})
            return redirect("reception:settings", slug=site.slug)
    return render(request, "reception/settings/desk.html", {"site": site, "form": form, "desk": desk})


@staff_permission_required("reception.configure_site")
def desk_create_view(request: HttpRequest, slug: str) -> HttpResponse:
    return _save_desk(request, access.get_configurable_site(request.user, slug), None)


@staff_permission_required("reception.configure_site")
def desk_edit_view(request: HttpRequest, slug: str, desk_id: int) -> HttpResponse:
    site = access.get_configurable_site(request.user, slug)
    return _save_desk(request, site, access.get_configurable_desk(request.user, site, desk_id))


@staff_permission_required("reception.configure_priorities")
def priorities_view(request: HttpRequest) -> HttpResponse:
    form = PrioritiesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        settings.priority_weights_save(weights=form.weights(), by=request.user, request=request)  # type: ignore[arg-type]
        messages.success(request, _("The priority reasons are saved."))
        return redirect("reception:priorities")
    return render(request, "reception/settings/priorities.html", {"form": form})


@staff_permission_required("reception.post_notices")
def notices_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = access.get_notice_site(request.user, slug)
    form = NoticeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        settings.notice_add(site=site, by=request.user, request=request, **form.cleaned_data)  # type: ignore[arg-type]
        messages.success(request, _("The notice is on the display."))
        return redirect("reception:notices", slug=site.slug)
    now = timezone.now()
    notices = [
        {"notice": notice, "language": language_name(notice.language) if notice.language else ""}
        for notice in Notice.objects.filter(site=site).filter(Q(shown_until__isnull=True) | Q(shown_until__gte=now))
    ]
    return render(request, "reception/settings/notices.html", {"site": site, "form": form, "notices": notices})


@require_POST
@staff_permission_required("reception.post_notices")
def notice_remove_view(request: HttpRequest, slug: str, notice_id: int) -> HttpResponse:
    site = access.get_notice_site(request.user, slug)
    notice = Notice.objects.filter(site=site, pk=notice_id).select_related("site__organisation").first()
    if notice is None:
        raise Http404
    settings.notice_remove(notice=notice, by=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, _("The notice is removed from the display."))
    return redirect("reception:notices", slug=site.slug)
