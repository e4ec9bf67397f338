"""Staff pages of interpreting: the interpreter's inbox, asking for an interpreter, following a
request, the coordinator's view of unfilled requests and short languages, and the pool."""

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

from onestop.accounts.models import User
from onestop.core.decorators import staff_permission_required
from onestop.core.languages import language_name
from onestop.interpreting import selectors, services
from onestop.interpreting.access import get_desk_for_user, get_ticket_for_user
from onestop.interpreting.availability import local_tz
from onestop.interpreting.forms import AbsenceForm, DeclineForm, InterpreterForm, RequestForm, WindowsForm
from onestop.interpreting.models import Absence, Interpreter, InterpreterRequest, Mode, OfferStatus, RequestStatus
from onestop.reception.models import OPEN_STATUSES, Desk, Ticket

# Which form field a service's error belongs to.
ERROR_FIELDS = {"language": "language", "mode": "mode", "time": "ends", "past": "starts", "ticket": None}


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the decorators let only staff through
    return user


# --- The interpreter's inbox ----------------------------------------------------------------------


@staff_permission_required("interpreting.use_inbox")
def inbox_view(request: HttpRequest) -> HttpResponse:
    interpreter = selectors.interpreter_of(_user(request))
    now = timezone.now()
    context: dict[str, Any] = {
        "interpreter": interpreter,
        "offers": selectors.pending_offers(interpreter) if interpreter else [],
        "assignments": selectors.upcoming_assignments(interpreter, now) if interpreter else [],
        "decline_form": DeclineForm(),
    }
    return render(request, "interpreting/inbox.html", context)


@require_POST
@staff_permission_required("core.view_dashboard")
def offer_answer_view(request: HttpRequest, offer_id: int, action: str) -> HttpResponse:
    user = _user(request)
    offer = selectors.get_offer_for_user(user, offer_id)
    try:
        if action == "accept":
            services.accept(offer=offer, by=user)
            messages.success(request, _("Accepted: %(what)s.") % {"what": services.describe(offer.request)})
        elif action == "decline":
            form = DeclineForm(request.POST)
            reason = form.cleaned_data["reason"] if form.is_valid() else ""
            services.decline(offer=offer, by=user, reason=reason)
            messages.info(request, _("Declined. The request goes to the next interpreter."))
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, error.messages[0])
    target = request.POST.get("next", "")
    if target == "request":
        return redirect("interpreting:request_detail", request_id=offer.request_id)
    return redirect("interpreting:inbox")


# --- Asking for an interpreter --------------------------------------------------------------------


def _desk_and_ticket(request: HttpRequest) -> tuple[Desk | None, Ticket | None]:
    """The desk and ticket named in the query, if the user works at them; otherwise 404."""
    user = _user(request)
    desk = ticket = None
    desk_id, ticket_id = request.GET.get("desk", ""), request.GET.get("ticket", "")
    if desk_id:
        desk = get_desk_for_user(user, int(desk_id) if desk_id.isdigit() else 0)
    if ticket_id:
        ticket = get_ticket_for_user(user, int(ticket_id) if ticket_id.isdigit() else 0, desk)
    return desk, ticket


def _initial(ticket: Ticket | None) -> dict[str, Any]:
    start = timezone.now().astimezone(local_tz()) + timedelta(minutes=5)
    start = start.replace(minute=start.minute - start.minute % 5, second=0, microsecond=0)
    if (start + timedelta(hours=1)).date() != start.date():  # late at night: tomorrow morning
        start = start.replace(hour=9, minute=0) + timedelta(days=1)
    end = start + timedelta(hours=1)
    initial: dict[str, Any] = {"day": start.date(), "starts": start.time(), "ends": end.time(), "mode": Mode.ON_SITE}
    if ticket is not None:
        initial["language"] = ticket.language
        initial["note"] = _("Walk-in ticket %(code)s") % {"code": ticket.code}
    return initial


@staff_permission_required("interpreting.request")
def request_create_view(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    desk, ticket = _desk_and_ticket(request)
    if ticket is not None and ticket.status not in OPEN_STATUSES:
        messages.error(request, _("This ticket is not waiting any more."))
        ticket = None
    form = RequestForm(request.POST or None, initial=_initial(ticket))
    if request.method == "POST" and form.is_valid():
        start, end = form.interval()
        try:
            made = services.request_interpreter(
                language=form.cleaned_data["language"], mode=form.cleaned_data["mode"], start=start, end=end,
                requested_by=user, note=form.cleaned_data["note"], desk=desk, ticket=ticket,
            )  # fmt: skip
        except ValidationError as error:
            form.add_error(ERROR_FIELDS.get(str(error.code)), error.messages[0])
        else:
            _tell_outcome(request, made)
            return redirect("interpreting:request_detail", request_id=made.pk)
    context = {"form": form, "desk": desk, "ticket": ticket, "mine": selectors.requests_visible_to(user)[:10]}
    return render(request, "interpreting/request_form.html", context)


def _tell_outcome(request: HttpRequest, made: InterpreterRequest) -> None:
    if made.status == RequestStatus.OFFERED:
        offer = made.offers.get(status=OfferStatus.PENDING)
        messages.success(
            request, _("Asked %(name)s; you will see here when they answer.") % {"name": offer.interpreter.name}
        )
    elif made.flagged_short:
        messages.warning(
            request,
            _(
                "Nobody in the pool interprets %(language)s this way. "
                "The coordinator sees the request and looks for someone."
            )
            % {"language": language_name(made.language)},
        )
    else:
        messages.warning(
            request, _("Nobody is free at this time. The coordinator sees the request and looks for someone.")
        )


@staff_permission_required("interpreting.request")
def request_list_view(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    requests = selectors.requests_visible_to(user).filter(requested_by=user)[:100]
    return render(request, "interpreting/request_list.html", {"requests": requests})


@staff_permission_required("core.view_dashboard")
def request_detail_view(request: HttpRequest, request_id: int) -> HttpResponse:
    user = _user(request)
    found = selectors.get_request_for_user(user, request_id)
    coordinating = user.has_perm("interpreting.coordinate")
    context: dict[str, Any] = {
        "req": found,
        "offers": found.offers.select_related("interpreter").order_by("created_at", "pk"),
        "assignment": getattr(found, "assignment", None) if found.status != RequestStatus.OPEN else None,
        "coordinating": coordinating,
        "proposals": services.propose(found) if coordinating and found.status == RequestStatus.OPEN else [],
        "may_cancel": user.has_perm("interpreting.cancel_request", found)
        and found.status in (RequestStatus.OPEN, RequestStatus.OFFERED, RequestStatus.ACCEPTED),
        "decline_form": DeclineForm(),
        "pending": found.offers.filter(status=OfferStatus.PENDING).select_related("interpreter").first(),
    }
    pending = context["pending"]
    context["may_answer"] = pending is not None and user.has_perm("interpreting.answer_offer", pending)
    return render(request, "interpreting/request_detail.html", context)


@require_POST
@staff_permission_required("core.view_dashboard")
def request_action_view(request: HttpRequest, request_id: int, action: str) -> HttpResponse:
    user = _user(request)
    found = selectors.get_request_for_user(user, request_id)
    try:
        if action == "cancel":
            if not user.has_perm("interpreting.cancel_request", found):
                raise Http404
            services.cancel_request(found, user)
            messages.success(request, _("The request is cancelled."))
        elif action in ("offer", "offer-next", "close", "done"):
            if not user.has_perm("interpreting.coordinate"):
                raise Http404
            _coordinate(request, found, user, action)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("interpreting:request_detail", request_id=found.pk)


def _coordinate(request: HttpRequest, found: InterpreterRequest, user: User, action: str) -> None:
    if action == "offer":
        value = request.POST.get("interpreter", "")
        interpreter = Interpreter.objects.filter(pk=int(value) if value.isdigit() else 0).first()
        if interpreter is None:
            raise ValidationError(_("Choose an interpreter from the list."))
        services.offer(request=found, interpreter=interpreter, by=user)
        messages.success(request, _("Offered to %(name)s.") % {"name": interpreter.name})
    elif action == "offer-next":
        made = services.offer_next(request=found, by=user)
        if made is None:
            messages.warning(request, _("Nobody is free at this time."))
        else:
            messages.success(request, _("Offered to %(name)s.") % {"name": made.interpreter.name})
    elif action == "close":
        services.close_unfilled(request=found, by=user)
        messages.info(request, _("The request is closed as not filled."))
    else:
        services.complete(request=found, by=user)
        messages.success(request, _("The request is marked as done."))


# --- The coordinator's view -----------------------------------------------------------------------


@staff_permission_required("interpreting.coordinate")
def coordination_view(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    context = {"unfilled": selectors.unfilled(now), "short": selectors.short_languages(now)}
    return render(request, "interpreting/coordination.html", context)


@staff_permission_required("interpreting.coordinate")
def pool_view(request: HttpRequest) -> HttpResponse:
    return render(request, "interpreting/pool.html", {"pool": selectors.pool()})


def _save_interpreter(request: HttpRequest, form: InterpreterForm, interpreter: Interpreter | None) -> Any:
    data = form.cleaned_data
    try:
        return services.interpreter_save(
            interpreter=interpreter, name=data["name"], kind=data["kind"], user=data["user"], phone=data["phone"],
            email=data["email"], languages=data["languages"], modes=data["modes"], note=data["note"],
            is_active=data["is_active"],
        )  # fmt: skip
    except ValidationError as error:
        field = {"languages": "languages", "modes": "modes", "user": "user", "phone": "phone", "name": "name"}
        form.add_error(field.get(str(error.code)), error.messages[0])
        return None


@staff_permission_required("interpreting.coordinate")
def interpreter_create_view(request: HttpRequest) -> HttpResponse:
    form = InterpreterForm(request.POST or None, initial={"is_active": True, "modes": [Mode.ON_SITE]})
    if request.method == "POST" and form.is_valid():
        made = _save_interpreter(request, form, None)
        if made is not None:
            messages.success(request, _("%(name)s is in the pool. Now say when they work.") % {"name": made.name})
            return redirect("interpreting:interpreter_edit", interpreter_id=made.pk)
    return render(request, "interpreting/interpreter_form.html", {"form": form, "interpreter": None})


@staff_permission_required("interpreting.coordinate")
def interpreter_edit_view(request: HttpRequest, interpreter_id: int) -> HttpResponse:
    interpreter = get_object_or_404(Interpreter, pk=interpreter_id)
    form = InterpreterForm(initial=InterpreterForm.initial_for(interpreter))
    windows_form = WindowsForm(initial=WindowsForm.initial_for(interpreter))
    absence_form = AbsenceForm()
    part = request.POST.get("part", "")
    if request.method == "POST":
        done = False
        if part == "details":
            form = InterpreterForm(request.POST)
            done = form.is_valid() and _save_interpreter(request, form, interpreter) is not None
        elif part == "windows":
            windows_form = WindowsForm(request.POST)
            if windows_form.is_valid():
                services.set_windows(interpreter=interpreter, windows=windows_form.cleaned_data["windows"])
                done = True
        elif part == "absence":
            absence_form = AbsenceForm(request.POST)
            if absence_form.is_valid():
                data = absence_form.cleaned_data
                try:
                    services.absence_add(
                        interpreter=interpreter, first_day=data["first_day"], last_day=data["last_day"],
                        reason=data["reason"],
                    )  # fmt: skip
                    done = True
                except ValidationError as error:
                    absence_form.add_error("last_day", error.messages[0])
        if done:
            messages.success(request, _("Saved."))
            return redirect("interpreting:interpreter_edit", interpreter_id=interpreter.pk)
    context = {
        "interpreter": interpreter,
        "form": form,
        "windows_form": windows_form,
        "absence_form": absence_form,
        "absences": interpreter.absences.filter(last_day__gte=timezone.localdate()),
    }
    return render(request, "interpreting/interpreter_form.html", context)


@require_POST
@staff_permission_required("interpreting.coordinate")
def absence_delete_view(request: HttpRequest, absence_id: int) -> HttpResponse:
    absence = get_object_or_404(Absence, pk=absence_id)
    services.absence_remove(absence=absence)
    messages.success(request, _("The absence is removed."))
    return redirect(reverse("interpreting:interpreter_edit", kwargs={"interpreter_id": absence.interpreter_id}))
