"""Staff pages of the appointments: the calendar of a service at a site, booking for a person or
a client record in a few clicks (service → slot → person), change, cancel and arrival, the booking
hours of a service, and the calendar feed of a desk."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from onestop.accounts.models import User
from onestop.appointments import selectors, services
from onestop.appointments import slots as slot_layout
from onestop.appointments.access import (
    get_bookable_for_user,
    get_booking_for_user,
    get_rule_for_user,
    get_service_for_hours,
)
from onestop.appointments.feeds import desk_calendar, desk_for_token
from onestop.appointments.forms import BookingSettingsForm, ChangeForm, SlotRuleForm, StaffBookingForm
from onestop.appointments.models import (
    Booking,
    BookingChannel,
    BookingSettings,
    BookingStatus,
    DeskCalendarFeed,
    SlotRule,
)
from onestop.clients.access import VisibleRecord, get_client_for_user, records_visible_to
from onestop.clients.models import Category
from onestop.clients.services import client_viewed
from onestop.core.decorators import staff_permission_required
from onestop.directory.models import Service, Site
from onestop.reception.models import Desk

# Which form field a booking error belongs to (the service's error codes).
ERROR_FIELDS = {"name": "name", "language": "language", "email": "email", "contact": "phone"}


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # staff_permission_required lets only logged-in users through
    return user


def _day(value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        return default


def _today() -> date:
    return timezone.now().astimezone(slot_layout.local_tz()).date()


def _client(request: HttpRequest) -> VisibleRecord | None:
    """The client record a booking is for (``?client=`` from the record's page), through the
    firewall; reading it for the booking is in the audit log."""
    value = request.GET.get("client") or request.POST.get("client") or ""
    if not value.isdigit():
        return None
    visible = get_client_for_user(request.user, int(value))
    if request.method == "GET":
        client_viewed(client=visible.record, by=_user(request), categories=visible.categories, request=request)
    return visible


@staff_permission_required("appointments.use")
def home_view(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    client = _client(request) if user.has_perm("appointments.book_some") else None
    bookable = list(selectors.bookable_services(user)) if user.has_perm("appointments.book_some") else []
    keeps = list(selectors.hours_services(user)) if user.has_perm("appointments.manage_some_hours") else []
    sites = selectors.service_sites(bookable)
    desks = [
        d
        for d in Desk.objects.filter(is_active=True).select_related("site").order_by("site__name", "label")
        if user.has_perm("reception.operate_desk", d)
    ]
    context = {
        "services": [(s, sites.get(s.pk, [])) for s in bookable],
        "sites": sorted({site.pk: site for found in sites.values() for site in found}.values(), key=lambda s: s.name),
        "keeps": keeps,
        "client": client,
        "desks": desks if user.has_perm("appointments.book_some") else [],
    }
    return render(request, "appointments/staff/home.html", context)


@staff_permission_required("appointments.book_some")
def calendar_view(request: HttpRequest, service_id: int, slug: str) -> HttpResponse:
    service, site = get_bookable_for_user(request.user, service_id, slug)
    week = request.GET.get("view") == "week"
    day = _day(request.GET.get("day"), _today())
    first = day - timedelta(days=day.weekday()) if week else day
    last = first + timedelta(days=6) if week else day
    step = timedelta(days=7 if week else 1)
    days = selectors.calendar(service=service, site=site, first=first, last=last, now=timezone.now())
    context = {
        "service": service,
        "site": site,
        "days": days,
        "week": week,
        "day": day,
        "previous": first - step,
        "next": first + step,
        "today": _today(),
        "may_keep_hours": request.user.has_perm("appointments.manage_hours", service),
    }
    return render(request, "appointments/staff/calendar.html", context)


@staff_permission_required("appointments.book_some")
def site_day_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Reception's list of the day: every appointment at the site, with "Arrived" at hand."""
    user = _user(request)
    site = Site.objects.filter(slug=slug).first()
    services = selectors.bookable_services(user).filter(slot_rules__site=site).distinct() if site else None
    if site is None or not services:
        raise Http404
    day = _day(request.GET.get("day"), _today())
    context = {
        "site": site,
        "day": day,
        "bookings": selectors.site_day(user=user, site=site, day=day),
        "services": services,
        "previous": day - timedelta(days=1),
        "next": day + timedelta(days=1),
        "today": _today(),
    }
    return render(request, "appointments/staff/site_day.html", context)


def _free_week(service: Service, site: Site, day: date) -> list[tuple[date, list[slot_layout.Slot]]]:
    """The free slots of the week from ``day``, by local day."""
    free = slot_layout.free_slots(
        services=[service], site=site, now=timezone.now(), first=day, last=day + timedelta(days=6)
    )
    days: dict[date, list[slot_layout.Slot]] = {}
    for slot in free:
        days.setdefault(slot.local_start().date(), []).append(slot)
    return sorted(days.items())


@staff_permission_required("appointments.book_some")
def book_view(request: HttpRequest, service_id: int, slug: str) -> HttpResponse:
    """Step 2 (choose a time) and step 3 (who): ``?start=`` chooses the slot."""
    user = _user(request)
    service, site = get_bookable_for_user(user, service_id, slug)
    visible = _client(request)
    day = max(_day(request.GET.get("day"), _today()), _today())
    initial: dict[str, Any] = {"start": request.GET.get("start", "")}
    if visible is not None:
        record = visible.record
        initial.update(
            name=record.display_name if visible.sees(Category.IDENTITY) else record.code,
            language=record.preferred_language,
            phone=record.phone if visible.sees(Category.IDENTITY) else "",
            email=record.email if visible.sees(Category.IDENTITY) else "",
        )
    form = StaffBookingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        booking = _book(request, form, service, site, visible)
        if booking is not None:
            messages.success(request, _("The appointment is booked."))
            return redirect("appointments:booking", booking_id=booking.pk)
    chosen = _chosen_slot(service, site, form, request)
    context = {
        "service": service,
        "site": site,
        "client": visible,
        "form": form,
        "chosen": chosen,
        "week": _free_week(service, site, day) if chosen is None else [],
        "day": day,
        "previous": day - timedelta(days=7) if day > _today() else None,
        "next": day + timedelta(days=7),
        "alternatives": getattr(form, "alternatives", []),
        "keep": f"&client={visible.record.pk}" if visible is not None else "",
    }
    return render(request, "appointments/staff/book.html", context)


def _chosen_slot(service: Service, site: Site, form: StaffBookingForm, request: HttpRequest) -> datetime | None:
    value = request.POST.get("start") or request.GET.get("start") or ""
    field = form.fields["start"]
    try:
        start = field.clean(value) if value else None
    except ValidationError:
        return None
    if start is None or slot_layout.slot_at(service=service, site=site, start=start) is None:
        return None
    return start  # type: ignore[no-any-return]


def _book(
    request: HttpRequest, form: StaffBookingForm, service: Service, site: Site, visible: VisibleRecord | None
) -> Booking | None:
    data = form.cleaned_data
    person = services.Person(
        name=data["name"], language=data["language"], phone=data["phone"], email=data["email"],
        client=visible.record if visible is not None else None, interpreter_needed=data["interpreter_needed"],
    )  # fmt: skip
    try:
        booking, _code = services.book(
            service=service, site=site, start=data["start"], person=person, channel=BookingChannel.STAFF,
            by=_user(request), request=request,
        )  # fmt: skip
    except services.SlotTaken as error:
        form.add_error(None, error.messages[0])
        form.alternatives = error.alternatives  # type: ignore[attr-defined]
        return None
    except ValidationError as error:
        form.add_error(ERROR_FIELDS.get(str(error.code)), error.messages[0])
        return None
    return booking


@staff_permission_required("appointments.book_some")
def booking_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = get_booking_for_user(request.user, booking_id)
    context = {
        "booking": booking,
        # A link to the record only for those who may open it.
        "client_visible": booking.client_id is not None
        and records_visible_to(request.user).filter(pk=booking.client_id).exists(),
        "active": booking.status in (BookingStatus.HELD, BookingStatus.CONFIRMED),
        "may_arrive": booking.status == BookingStatus.CONFIRMED,
        "day": booking.start.astimezone(slot_layout.local_tz()).date(),
    }
    return render(request, "appointments/staff/booking.html", context)


@staff_permission_required("appointments.book_some")
def change_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = get_booking_for_user(request.user, booking_id)
    if booking.status != BookingStatus.CONFIRMED:
        raise Http404
    form = ChangeForm(request.POST or None)
    alternatives: list[slot_layout.Slot] = []
    if request.method == "POST" and form.is_valid():
        try:
            new = services.change(booking=booking, start=form.cleaned_data["start"], by=_user(request))
        except services.SlotTaken as error:
            messages.error(request, error.messages[0])
            alternatives = error.alternatives
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("The appointment is moved."))
            return redirect("appointments:booking", booking_id=new.pk)
    day = max(_day(request.GET.get("day"), _today()), _today())
    context = {
        "booking": booking,
        "week": _free_week(booking.service, booking.site, day),
        "day": day,
        "previous": day - timedelta(days=7) if day > _today() else None,
        "next": day + timedelta(days=7),
        "alternatives": alternatives,
    }
    return render(request, "appointments/staff/change.html", context)


@require_POST
@staff_permission_required("appointments.book_some")
def cancel_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = get_booking_for_user(request.user, booking_id)
    try:
        services.cancel(booking=booking, by=_user(request))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The appointment is cancelled."))
    return redirect("appointments:booking", booking_id=booking.pk)


@require_POST
@staff_permission_required("appointments.book_some")
def arrive_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = get_booking_for_user(request.user, booking_id)
    try:
        ticket = services.arrive(booking=booking, by=_user(request))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Checked in: ticket %(code)s.") % {"code": ticket.code})
    return redirect("appointments:booking", booking_id=booking.pk)


# --- Booking hours ---------------------------------------------------------------------------


@staff_permission_required("appointments.manage_some_hours")
def hours_view(request: HttpRequest, service_id: int) -> HttpResponse:
    """The booking hours and the booking settings of one service."""
    user = _user(request)
    service = get_service_for_hours(user, service_id)
    conf = BookingSettings.objects.filter(service=service).first() or BookingSettings(service=service)
    settings_form = BookingSettingsForm(request.POST if "save_settings" in request.POST else None, instance=conf)
    rule_form = SlotRuleForm(
        request.POST if "add_rule" in request.POST else None, instance=SlotRule(service=service), service=service
    )
    if request.method == "POST":
        if "save_settings" in request.POST and settings_form.is_valid():
            services.booking_settings_save(conf=settings_form.save(commit=False), by=user, request=request)
            messages.success(request, _("The booking settings are saved."))
            return redirect("appointments:hours", service_id=service.pk)
        if "add_rule" in request.POST and rule_form.is_valid():
            services.slot_rule_save(rule=rule_form.save(commit=False), by=user, request=request)
            messages.success(request, _("The booking hours are added."))
            return redirect("appointments:hours", service_id=service.pk)
    context = {
        "service": service,
        "rules": SlotRule.objects.filter(service=service).select_related("site").order_by("site__name", "starts_at"),
        "settings_form": settings_form,
        "rule_form": rule_form,
        "may_book": user.has_perm("appointments.book", service),
    }
    return render(request, "appointments/staff/hours.html", context)


@staff_permission_required("appointments.manage_some_hours")
def rule_view(request: HttpRequest, rule_id: int) -> HttpResponse:
    user = _user(request)
    rule = get_rule_for_user(user, rule_id)
    form = SlotRuleForm(request.POST or None, instance=rule, service=rule.service)
    if request.method == "POST" and form.is_valid():
        services.slot_rule_save(rule=form.save(commit=False), by=user, request=request)
        messages.success(request, _("The booking hours are saved."))
        return redirect("appointments:hours", service_id=rule.service_id)
    return render(request, "appointments/staff/rule.html", {"rule": rule, "form": form})


@require_POST
@staff_permission_required("appointments.manage_some_hours")
def rule_delete_view(request: HttpRequest, rule_id: int) -> HttpResponse:
    user = _user(request)
    rule = get_rule_for_user(user, rule_id)
    service_id = rule.service_id
    services.slot_rule_delete(rule=rule, by=user, request=request)
    messages.success(request, _("The booking hours are removed. Appointments already booked stay."))
    return redirect("appointments:hours", service_id=service_id)


# --- Desk calendar feeds ---------------------------------------------------------------------


def _desk(request: HttpRequest, desk_id: int) -> Desk:
    desk = Desk.objects.filter(pk=desk_id, is_active=True).select_related("site").first()
    if desk is None or not request.user.has_perm("reception.operate_desk", desk):
        raise Http404
    return desk


@staff_permission_required("appointments.book_some")
def desk_feed_view(request: HttpRequest, desk_id: int) -> HttpResponse:
    """Create, rotate or remove the secret address of the desk's calendar feed. The address is
    shown once, right after it is made."""
    user = _user(request)
    desk = _desk(request, desk_id)
    address = ""
    if request.method == "POST":
        if request.POST.get("action") == "remove":
            services.desk_feed_remove(desk=desk, by=user, request=request)
            messages.success(request, _("The calendar address no longer works."))
            return redirect("appointments:desk_feed", desk_id=desk.pk)
        token = services.desk_feed_rotate(desk=desk, by=user, request=request)
        address = request.build_absolute_uri(reverse("appointments:feed", kwargs={"token": token}))
        messages.success(request, _("A new calendar address is made; the old one no longer works."))
    context = {
        "desk": desk,
        "has_feed": DeskCalendarFeed.objects.filter(desk=desk).exists(),
        "address": address,
        "services": desk.services.order_by("name"),
    }
    return render(request, "appointments/staff/desk_feed.html", context)


def feed_view(request: HttpRequest, token: str) -> HttpResponse:
    """The desk's calendar (no login: the secret address is the key). An unknown address is
    "not found"."""
    desk = desk_for_token(token)
    if desk is None:
        raise Http404
    response = HttpResponse(desk_calendar(desk=desk, now=timezone.now()), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    response["Content-Disposition"] = 'inline; filename="appointments.ics"'
    return response
