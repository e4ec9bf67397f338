"""Public views of the appointments: no account; the booking link is the key.

Booking goes step by step in plain links and forms (service, place, language, time, name and
contact), so it works without JavaScript; the choices travel in the address until the last
step posts them. The booking's unguessable token is the only key to its page, its calendar
file, and changing or cancelling it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from onestop.appointments import ratelimit, slots
from onestop.appointments import services as appointments
from onestop.appointments.forms_public import (
    YES,
    ChangeForm,
    ChoicesForm,
    CodeForm,
    DetailsForm,
    bookable_services,
    booking_sites,
    epoch,
    from_epoch,
)
from onestop.appointments.models import ACTIVE, Booking, BookingChannel, BookingStatus
from onestop.core.languages import SPOKEN_LANGUAGE_CODES, language_name, spoken_language_choices
from onestop.directory.models import Service, Site
from onestop.directory.selectors import local_text

TEMPLATES = "appointments/public/"
# Which field of the last step a refusal of the booking service is about.
FIELD_OF_ERROR = {"name": "name", "phone": "phone", "email": "email"}


def _page_language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _too_many(request: HttpRequest) -> HttpResponse:
    response = render(request, TEMPLATES + "too_many.html", status=429)
    response["Retry-After"] = str(ratelimit.retry_after())
    return response


def _not_found(request: HttpRequest) -> HttpResponse:
    message = _(
        "We do not know this booking link. Check that you copied the whole link from our message, or book again."
    )
    return render(request, "404.html", {"message": message}, status=404)


def _booking(token: str) -> Booking | None:
    return (
        Booking.objects.select_related("service__organisation", "site")
        .prefetch_related("service__texts", "site__addresses")
        .filter(token=token)
        .first()
    )


def _link(**values: Any) -> str:
    query = {name: value for name, value in values.items() if value not in (None, "")}
    return reverse("book:start") + ("?" + urlencode(query) if query else "")


# --- Choosing ------------------------------------------------------------------------------------


def start_view(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _book(request)
    return _choose(request, ChoicesForm(request.GET or None))


def _choose(request: HttpRequest, choices: ChoicesForm) -> HttpResponse:
    language = _page_language()
    errors = [str(e) for field in choices.errors.values() for e in field] if choices.is_bound else []
    context: dict[str, Any] = {"errors": errors}
    service: Service | None = choices.value("service") if choices.is_bound else None
    if service is None:
        context["services"] = [{"service": s, "text": local_text(s, language)} for s in bookable_services()]
        return render(request, TEMPLATES + "start.html", {**context, "step": 1})

    text = local_text(service, language)
    sites = list(booking_sites(service))
    site: Site | None = choices.value("site")
    if site is not None and site not in sites:
        context["errors"].append(_("Choose a place from the list."))
        site = None
    if site is None and len(sites) == 1:
        site = sites[0]
    context.update(service=service, text=text, site=site, several_sites=len(sites) > 1)
    if site is None:
        sites_links = [{"site": s, "link": _link(service=service.hsds_id, site=s.slug)} for s in sites]
        return render(request, TEMPLATES + "start.html", {**context, "step": 2, "sites": sites_links})

    spoken = choices.value("language")
    interpreter = choices.value("interpreter")
    base = {"service": service.hsds_id, "site": site.slug}
    context["restart_links"] = {
        "service": _link(),
        "site": _link(service=service.hsds_id),
        "language": _link(**base),
    }
    if not spoken or not interpreter:
        default = spoken or (language if language in SPOKEN_LANGUAGE_CODES else "")
        context.update(languages=spoken_language_choices(), default_language=default, interpreter=interpreter or "no")
        return render(request, TEMPLATES + "start.html", {**context, "step": 3})

    base.update(language=spoken, interpreter=interpreter)
    context.update(spoken=spoken, spoken_name=language_name(spoken), interpreter=interpreter == YES)
    context["restart_links"]["time"] = _link(**base)
    now = timezone.now()
    start = from_epoch(choices.value("start"))
    if start is not None:
        slot = slots.slot_at(service=service, site=site, start=start)
        if slot is not None and slot.start > now:
            form = DetailsForm(initial={**base, "start": epoch(slot.start)})
            return _details(request, context, form, slot.start)
        context["errors"].append(_("This time cannot be booked. Choose a time from the list."))
    week = choices.value("week") or 0
    context.update(_week(service=service, site=site, now=now, week=week, link=lambda **v: _link(**base, **v)))
    return render(request, TEMPLATES + "start.html", {**context, "step": 4})


def _week(*, service: Service, site: Site, now: datetime, week: int, link: Any) -> dict[str, Any]:
    """One week of free times, grouped by local day, with links to the weeks before and after."""
    tz = slots.local_tz()
    today = now.astimezone(tz).date()
    first = today + timedelta(days=7 * week)
    last = first + timedelta(days=6)
    horizon = today + timedelta(days=slots.booking_settings(service).horizon_days)
    free = slots.free_slots(services=[service], site=site, now=now, first=first, last=last)
    days: dict[date, list[dict[str, Any]]] = {}
    for slot in free:
        local = slot.start.astimezone(tz)
        days.setdefault(local.date(), []).append(
            {"start": local, "epoch": epoch(slot.start), "link": link(start=epoch(slot.start))}
        )
    return {
        "days": sorted(days.items()),
        "first": first,
        "last": last,
        "previous_link": link(week=week - 1 if week > 1 else None) if week > 0 else "",
        "next_link": link(week=week + 1) if last < horizon else "",
        "week": week,
    }


def _details(
    request: HttpRequest, context: dict[str, Any], form: DetailsForm, start: datetime | None,
    alternatives: list[slots.Slot] | None = None, status: int = 200,
) -> HttpResponse:  # fmt: skip
    context = {
        **context,
        "form": form,
        "start": start.astimezone(slots.local_tz()) if start else None,
        "alternatives": [
            {"start": a.start.astimezone(slots.local_tz()), "epoch": epoch(a.start)} for a in alternatives or []
        ],
        "kept": [
            (name, form.data.get(name, ""))
            for name in ("service", "site", "language", "interpreter", "name", "phone", "email")
        ]
        if alternatives
        else [],
        "step": 5,
    }
    return render(request, TEMPLATES + "start.html", context, status=status)


def _book(request: HttpRequest) -> HttpResponse:
    if not ratelimit.hit(request, "book", settings.BOOKING_ATTEMPTS_PER_HOUR):
        return _too_many(request)
    form = DetailsForm(request.POST)
    if not form.is_valid() and any(name in form.errors for name in ("service", "site", "language", "interpreter")):
        return _details(request, {"errors": []}, form, None, status=400)
    if not form.is_valid():
        return _details(request, _summary(form), form, from_epoch(form.cleaned_data.get("start")), status=400)
    data = form.cleaned_data
    start = from_epoch(data["start"])
    alternatives: list[slots.Slot] = []
    if start is None:
        form.add_error(None, _("This time cannot be booked. Choose a time from the list."))
    else:
        person = appointments.Person(
            name=data["name"], language=data["language"], phone=data["phone"], email=data["email"],
            page_language=_page_language(), interpreter_needed=data["interpreter"] == YES,
        )  # fmt: skip
        try:
            booking, _code = appointments.book(
                service=data["service"], site=data["site"], start=start, person=person,
                channel=BookingChannel.ONLINE, request=request,
            )  # fmt: skip
        except appointments.SlotTaken as taken:
            alternatives = taken.alternatives
            form.add_error(None, taken.messages)
        except ValidationError as error:
            form.add_error(FIELD_OF_ERROR.get(error.code or ""), error.messages)
        else:
            return redirect("book:confirm", token=booking.token)
    return _details(request, _summary(form), form, start, alternatives, status=400 if not alternatives else 409)


def _summary(form: DetailsForm) -> dict[str, Any]:
    """The choices of a posted last step, for the summary above the form shown again."""
    data = form.cleaned_data
    service, site = data["service"], data["site"]
    base = {"service": service.hsds_id, "site": site.slug, "language": data["language"]}
    return {
        "errors": [],
        "service": service,
        "text": local_text(service, _page_language()),
        "site": site,
        "several_sites": booking_sites(service).count() > 1,
        "spoken": data["language"],
        "spoken_name": language_name(data["language"]),
        "interpreter": data["interpreter"] == YES,
        "restart_links": {
            "service": _link(),
            "site": _link(service=service.hsds_id),
            "language": _link(service=service.hsds_id, site=site.slug),
            "time": _link(**base, interpreter=data["interpreter"]),
        },
    }


# --- Confirming with the code --------------------------------------------------------------------


def confirm_view(request: HttpRequest, token: str) -> HttpResponse:
    booking = _booking(token)
    if booking is None:
        return _not_found(request)
    if booking.status not in (BookingStatus.HELD, BookingStatus.EXPIRED):
        return redirect("book:booking", token=booking.token)
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if not ratelimit.hit(request, "code", settings.BOOKING_CODE_ATTEMPTS_PER_HOUR):
            return _too_many(request)
        if form.is_valid():
            try:
                appointments.confirm(booking=booking, code=form.cleaned_data["code"])
            except ValidationError as error:
                if error.code == "confirmed":
                    return redirect("book:booking", token=booking.token)
                form.add_error("code" if error.code == "code" else None, error.messages)
                booking.refresh_from_db()
            else:
                messages.success(request, _("Thank you. Your appointment is confirmed."))
                return redirect("book:booking", token=booking.token)
    now = timezone.now()
    ended = booking.status != BookingStatus.HELD or (
        booking.hold_expires_at is not None and booking.hold_expires_at <= now
    )
    context = {
        "booking": booking,
        "text": local_text(booking.service, _page_language()),
        "form": form,
        "ended": ended,
        "start": booking.start.astimezone(slots.local_tz()),
        "hold_until": booking.hold_expires_at.astimezone(slots.local_tz()) if booking.hold_expires_at else None,
        "sent_to": _masked(booking),
    }
    return render(request, TEMPLATES + "confirm.html", context, status=400 if form.errors else 200)


def _masked(booking: Booking) -> str:
    """Where the code went, partly hidden: enough to recognise, not to learn."""
    if booking.phone:
        return booking.phone[:3] + "…" + booking.phone[-3:]
    name, _at, domain = booking.email.partition("@")
    return f"{name[:2]}…@{domain}"


# --- The booking ---------------------------------------------------------------------------------


def booking_view(request: HttpRequest, token: str) -> HttpResponse:
    booking = _booking(token)
    if booking is None:
        return _not_found(request)
    if booking.status == BookingStatus.HELD:
        return redirect("book:confirm", token=booking.token)
    now = timezone.now()
    tz = slots.local_tz()
    context = {
        "booking": booking,
        "text": local_text(booking.service, _page_language()),
        "start": booking.start.astimezone(tz),
        "end": booking.end.astimezone(tz),
        "address": booking.site.address,
        "active": booking.status in ACTIVE,
        "can_change": booking.status == BookingStatus.CONFIRMED and booking.start > now,
        "spoken_name": language_name(booking.language),
    }
    return render(request, TEMPLATES + "booking.html", context)


def change_view(request: HttpRequest, token: str) -> HttpResponse:
    booking = _booking(token)
    if booking is None:
        return _not_found(request)
    now = timezone.now()
    if booking.status != BookingStatus.CONFIRMED or booking.start <= now:
        messages.error(request, _("This booking can no longer be changed."))
        return redirect("book:booking", token=booking.token)
    errors: list[str] = []
    alternatives: list[slots.Slot] = []
    if request.method == "POST":
        if not ratelimit.hit(request, "book", settings.BOOKING_ATTEMPTS_PER_HOUR):
            return _too_many(request)
        form = ChangeForm(request.POST)
        start = from_epoch(form.cleaned_data["start"]) if form.is_valid() else None
        if start is None:
            errors.append(_("This time cannot be booked. Choose a time from the list."))
        else:
            try:
                new = appointments.change(booking=booking, start=start)
            except appointments.SlotTaken as taken:
                errors += taken.messages
                alternatives = taken.alternatives
            except ValidationError as error:
                errors += error.messages
            else:
                messages.success(request, _("Your appointment is changed. Here is the new one."))
                return redirect("book:booking", token=new.token)
    choices = ChoicesForm(request.GET or None)
    week = (choices.value("week") or 0) if choices.is_bound else 0
    base = reverse("book:change", kwargs={"token": booking.token})

    def link(**values: Any) -> str:
        query = {k: v for k, v in values.items() if v not in (None, "")}
        return base + ("?" + urlencode(query) if query else "")

    context = {
        "booking": booking,
        "text": local_text(booking.service, _page_language()),
        "start": booking.start.astimezone(slots.local_tz()),
        "errors": errors,
        "alternatives": [
            {"start": a.start.astimezone(slots.local_tz()), "epoch": epoch(a.start)} for a in alternatives
        ],
        **_week(service=booking.service, site=booking.site, now=now, week=week, link=link),
    }
    return render(request, TEMPLATES + "change.html", context, status=409 if errors else 200)


def cancel_view(request: HttpRequest, token: str) -> HttpResponse:
    booking = _booking(token)
    if booking is None:
        return _not_found(request)
    if booking.status not in ACTIVE:
        return redirect("book:booking", token=booking.token)
    if request.method == "POST":
        try:
            appointments.cancel(booking=booking)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your appointment is cancelled."))
        return redirect("book:booking", token=booking.token)
    context = {
        "booking": booking,
        "text": local_text(booking.service, _page_language()),
        "start": booking.start.astimezone(slots.local_tz()),
    }
    return render(request, TEMPLATES + "cancel.html", context)


# --- Calendar file -------------------------------------------------------------------------------

ICS_STATUS: dict[str, str] = {
    BookingStatus.HELD: "TENTATIVE",
    BookingStatus.CONFIRMED: "CONFIRMED",
    BookingStatus.ARRIVED: "CONFIRMED",
    BookingStatus.NO_SHOW: "CONFIRMED",
}


def ics_view(request: HttpRequest, token: str) -> HttpResponse:
    booking = _booking(token)
    if booking is None:
        return _not_found(request)
    text = local_text(booking.service, _page_language())
    link = request.build_absolute_uri(reverse("book:booking", kwargs={"token": booking.token}))
    address = booking.site.address
    location = booking.site.name
    if address is not None:
        location += f", {address.address_1}, {address.postal_code} {address.city}"
    description = [
        _("Interpreter booked: %(language)s") % {"language": language_name(booking.language)}
        if booking.interpreter_needed
        else "",
        _("What to bring: %(things)s") % {"things": text.what_to_bring} if text.what_to_bring else "",
        _("How to get there: %(directions)s") % {"directions": booking.site.directions}
        if booking.site.directions
        else "",
        _("To change or cancel it: %(link)s") % {"link": link},
    ]
    domain, _port = split_domain_port(request.get_host())
    event = Event()
    # Stable for the booking, and not its token: a shared calendar must not give the key away.
    event.add("uid", f"appointment-{booking.pk}@{domain or 'onestop'}")
    event.add("dtstamp", (booking.confirmed_at or booking.created_at).astimezone(UTC))
    event.add("dtstart", booking.start.astimezone(UTC))
    event.add("dtend", booking.end.astimezone(UTC))
    event.add("summary", f"{text.name} ({booking.service.organisation.name})")
    event.add("location", location)
    event.add("description", "\n\n".join(line for line in description if line))
    event.add("url", link)
    event.add("status", ICS_STATUS.get(booking.status, "CANCELLED"))
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.ONESTOP_SHOP_NAME}//Appointments//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="appointment.ics"'
    return response
