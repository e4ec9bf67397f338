"""Staff pages of the reception: check-in at the desk, the desk console, the live view."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from onestop.accounts.models import SpokenLanguage, User
from onestop.clients.access import get_client_by_code_for_user, records_visible_to
from onestop.clients.services import client_viewed
from onestop.core.decorators import staff_permission_required
from onestop.core.languages import language_name
from onestop.directory.models import Site
from onestop.reception import estimates, selectors
from onestop.reception import services as reception
from onestop.reception.access import configurable_sites, sites_for_user
from onestop.reception.forms import DeskOpenForm, FinishForm, ParkForm, StaffCheckInForm, TransferForm
from onestop.reception.models import Channel, Desk, Ticket, TicketSeries

# Which form field a check-in error belongs to.
ERROR_FIELDS = {"service": "service", "language": "language", "phone": "phone", "priority": "priority_reason"}


def _site(slug: str) -> Site:
    return get_object_or_404(Site, slug=slug)


def _desk(request: HttpRequest, desk_id: int) -> Desk:
    """A desk the user may operate; any other is "not found", like a missing one."""
    desk = Desk.objects.filter(pk=desk_id, is_active=True).select_related("site").first()
    if desk is None or not request.user.has_perm("reception.operate_desk", desk):
        raise Http404
    return desk


@staff_permission_required("reception.open_home")
def home_view(request: HttpRequest) -> HttpResponse:
    desks = [
        d
        for d in Desk.objects.filter(is_active=True).select_related("site")
        if request.user.has_perm("reception.operate_desk", d)
    ]
    sites: Any = Site.objects.none()
    if request.user.has_perm("reception.use_desks"):
        site_ids = set(TicketSeries.objects.filter(is_active=True).values_list("site_id", flat=True))
        sites = Site.objects.filter(pk__in=site_ids).order_by("name")
    open_desks = set(reception.open_desk_ids())
    context = {
        "sites": sites,
        "desks": desks,
        "open_desks": open_desks,
        "settings_sites": configurable_sites(request.user).order_by("name"),
        # Reception staff keep the notices of their own sites only.
        "notice_sites": set(sites_for_user(request.user).values_list("pk", flat=True))
        if request.user.has_perm("reception.post_notices")
        else set(),
    }
    return render(request, "reception/home.html", context)


@staff_permission_required("reception.check_in")
def check_in_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = _site(slug)
    form = StaffCheckInForm(request.POST or None, site=site)
    if request.method == "POST" and form.is_valid():
        ticket = _check_in(request, site, form)
        if ticket is not None:
            messages.success(request, _("Ticket %(code)s is issued.") % {"code": ticket.code})
            return redirect(f"{reverse('reception:check_in', kwargs={'slug': site.slug})}?issued={ticket.pk}")
    issued = None
    if request.GET.get("issued", "").isdigit():
        issued = Ticket.objects.filter(pk=int(request.GET["issued"]), site=site).select_related("service").first()
    context = {"site": site, "form": form, "issued": issued}
    return render(request, "reception/check_in.html", context)


def _check_in(request: HttpRequest, site: Site, form: StaffCheckInForm) -> Ticket | None:
    data = form.cleaned_data
    client = None
    if data["client_code"]:
        try:
            visible = get_client_by_code_for_user(request.user, data["client_code"])
        except Http404:
            form.add_error("client_code", _("No record with this code that you may see."))
            return None
        client = visible.record
        client_viewed(client=client, by=request.user, categories=visible.categories, request=request)  # type: ignore[arg-type]
    checkin = reception.CheckIn(
        service=data["service"], site=site, language=data["language"], channel=Channel.DESK,
        priority_reason=data["priority_reason"], interpreter_arranged=data["interpreter_arranged"],
        phone=data["phone"], email=data["email"], notify_position=3 if (data["phone"] or data["email"]) else None,
        client=client,
    )  # fmt: skip
    try:
        return reception.check_in(checkin, by=request.user, request=request)  # type: ignore[arg-type]
    except ValidationError as error:
        form.add_error(ERROR_FIELDS.get(str(error.code)), error.messages[0])
        return None


def _initial_languages(user: User) -> list[str]:
    return list(SpokenLanguage.objects.filter(user=user).values_list("code", flat=True))


@staff_permission_required("reception.use_desks")
def desk_view(request: HttpRequest, desk_id: int) -> HttpResponse:
    desk = _desk(request, desk_id)
    session = reception.open_session(desk)
    now = timezone.now()
    current = selectors.current_ticket(desk)
    context: dict[str, Any] = {
        "desk": desk,
        "session": session,
        "languages": [language_name(code) for code in session.languages] if session else [],
        "current": current,
        "queue": selectors.desk_queue(desk, session, now),
        "parked": selectors.parked_at(desk),
        "needs": selectors.interpreter_needs(desk.site),
        "open_form": DeskOpenForm(initial={"languages": _initial_languages(request.user)}),  # type: ignore[arg-type]
        "finish_form": FinishForm(),
        "park_form": ParkForm(),
        "transfer_form": TransferForm(site=desk.site, exclude=current.service_id if current else None),
        "client_visible": bool(
            current and current.client_id and records_visible_to(request.user).filter(pk=current.client_id).exists()
        ),
    }
    template = "reception/desk_queue.html" if request.headers.get("HX-Request") else "reception/desk.html"
    return render(request, template, context)


def _ticket_at(desk: Desk, request: HttpRequest) -> Ticket:
    value = request.POST.get("ticket", "")
    ticket = Ticket.objects.filter(pk=int(value), site_id=desk.site_id).first() if value.isdigit() else None
    if ticket is None:
        raise ValidationError(_("This ticket is not at this site."), code="ticket")
    return ticket


@require_POST
@staff_permission_required("reception.use_desks")
def desk_action_view(request: HttpRequest, desk_id: int, action: str) -> HttpResponse:
    desk = _desk(request, desk_id)
    user: User = request.user  # type: ignore[assignment]
    try:
        _act(request, desk, user, action)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("reception:desk", desk_id=desk.pk)


def _act(request: HttpRequest, desk: Desk, user: User, action: str) -> None:
    if action == "open":
        open_form = DeskOpenForm(request.POST)
        if not open_form.is_valid():
            raise ValidationError(_("Choose at least one language spoken at this desk today."))
        reception.desk_open(desk=desk, by=user, languages=open_form.cleaned_data["languages"])
        messages.success(request, _("The desk is open."))
    elif action == "close":
        reception.desk_close(desk=desk, by=user)
        messages.success(request, _("The desk is closed."))
    elif action == "call-next":
        ticket = reception.call_next(desk=desk, by=user)
        if ticket is None:
            messages.info(request, _("Nobody is waiting for this desk."))
        else:
            messages.success(request, _("%(code)s is called.") % {"code": ticket.code})
    elif action == "call":
        ticket = reception.call_ticket(desk=desk, ticket=_ticket_at(desk, request), by=user)
        messages.success(request, _("%(code)s is called.") % {"code": ticket.code})
    elif action == "recall":
        ticket = reception.recall(desk=desk, ticket=_ticket_at(desk, request), by=user)
        if ticket.status == "no_show":
            messages.info(request, _("%(code)s did not come and is marked as a no-show.") % {"code": ticket.code})
        else:
            messages.success(request, _("%(code)s is called again.") % {"code": ticket.code})
    elif action == "no-show":
        ticket = reception.no_show(desk=desk, ticket=_ticket_at(desk, request), by=user)
        messages.info(request, _("%(code)s is marked as a no-show.") % {"code": ticket.code})
    elif action == "park":
        park_form = ParkForm(request.POST)
        note = park_form.cleaned_data["note"] if park_form.is_valid() else ""
        ticket = reception.park(desk=desk, ticket=_ticket_at(desk, request), by=user, note=note)
        messages.success(request, _("%(code)s is parked.") % {"code": ticket.code})
    elif action == "resume":
        ticket = reception.resume(desk=desk, ticket=_ticket_at(desk, request), by=user)
        messages.success(request, _("%(code)s is back at this desk.") % {"code": ticket.code})
    elif action == "transfer":
        ticket = _ticket_at(desk, request)
        transfer_form = TransferForm(request.POST, site=desk.site, exclude=ticket.service_id)
        if not transfer_form.is_valid():
            raise ValidationError(_("Choose the service and write a short note for the next desk."))
        ticket = reception.transfer(
            desk=desk,
            ticket=ticket,
            service=transfer_form.cleaned_data["service"],
            by=user,
            note=transfer_form.cleaned_data["note"],
        )
        messages.success(
            request, _("%(code)s is sent to %(service)s.") % {"code": ticket.code, "service": ticket.service}
        )
    elif action == "finish":
        finish_form = FinishForm(request.POST)
        if not finish_form.is_valid():
            raise ValidationError(_("Choose an outcome from the list."))
        ticket = reception.finish(
            desk=desk, ticket=_ticket_at(desk, request), by=user,
            outcome=finish_form.cleaned_data["outcome"], note=finish_form.cleaned_data["note"],
        )  # fmt: skip
        messages.success(request, _("%(code)s is finished.") % {"code": ticket.code})
    else:
        raise Http404


@staff_permission_required("reception.view_live")
def live_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = _site(slug)
    now = timezone.now()
    sessions = selectors.open_sessions(site)
    context = {
        "site": site,
        "overview": selectors.site_overview(site, now),
        "sessions": [
            {
                "session": s,
                "languages": [language_name(c) for c in s.languages],
                "current": selectors.current_ticket(s.desk),
            }
            for s in sessions
        ],
        "needs": selectors.interpreter_needs(site, sessions),
        "longest": selectors.longest_waits(site, now),
        "accuracy": estimates.estimate_accuracy(site_id=site.pk, since=now - timedelta(days=7)),
    }
    template = "reception/live_body.html" if request.headers.get("HX-Request") else "reception/live.html"
    return render(request, template, context)
