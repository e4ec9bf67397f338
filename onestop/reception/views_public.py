"""Public views of the reception: no login, the ticket link is the key.

Taking a ticket from a phone, the kiosk, the ticket's status page and the display screen. All
work without JavaScript; where it runs, htmx polls small fragments (the status, the display
feed). Writes go through ``services``; bad input shows the service's translated message.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from onestop.core.languages import SPOKEN_LANGUAGE_CODES, interface_language_codes, native_name
from onestop.directory import selectors as directory
from onestop.directory.access import get_public_site
from onestop.directory.models import Site
from onestop.reception import estimates, selectors, services
from onestop.reception.forms_public import NotifyForm, TakeTicketForm
from onestop.reception.models import Channel, SeriesDay, Ticket, TicketSeries, TicketStatus

# The kiosk goes back to its start this long after showing a ticket, or after a choice is left.
KIOSK_RESTART_SECONDS = 30
KIOSK_IDLE_SECONDS = 90
# The kiosk shows a ticket only just after it was taken: a later visitor pressing "back" on a
# shared screen must not reach someone else's ticket.
KIOSK_TICKET_SHOWN_FOR = timedelta(minutes=2)
# Spoken languages offered on the kiosk besides the interface languages (common at the shops).
KIOSK_MORE_LANGUAGES = ("ti", "so", "ps", "fa-AF", "ckb", "ku", "ur", "sq", "sr", "pl", "es", "vi", "zh", "am")
TICKET_POLL_SECONDS = 10
DISPLAY_POLL_SECONDS = 2
DISPLAY_LANGUAGE_SECONDS = 10
DISPLAY_CALLS_SINCE = timedelta(hours=2)
DISPLAY_CALLS_SHOWN = 6
# The display reloads itself when its feed has not been updated for this long and the server answers.
DISPLAY_RELOAD_AFTER_SECONDS = 60
# All the screens of a site polling the feed share one rendering per this many seconds.
DISPLAY_CACHE_SECONDS = 1


# --- What a site offers now ------------------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    """A service's queue at a site, as a visitor choosing it sees it now."""

    series: TicketSeries
    name: str
    opening: directory.Opening
    full: bool

    def open_for(self, channel: str) -> bool:
        if channel == Channel.REMOTE:
            return self.opening.known and self.opening.now is not None
        return not self.opening.known or self.opening.now is not None

    def available_for(self, channel: str) -> bool:
        allowed = channel != Channel.REMOTE or self.series.remote_check_in
        return allowed and self.open_for(channel) and not self.full


def _offers(site: Site, now: datetime, channel: str) -> list[Offer]:
    rows = (
        TicketSeries.objects.filter(site=site, is_active=True)
        .select_related("service")
        .prefetch_related("service__texts", "service__schedules", "service__closures")
        .order_by("prefix")
    )
    series = [s for s in rows if s.service.is_active]
    days = {s.pk: services.business_day(s, now) for s in series}
    counters = {(c.series_id, c.day): c for c in SeriesDay.objects.filter(series__in=series, day__in=days.values())}
    language = get_language() or settings.LANGUAGE_CODE
    offers = []
    for s in series:
        counter = counters.get((s.pk, days[s.pk]))
        full = counter is not None and (
            (s.daily_quota is not None and counter.last_number >= s.daily_quota)
            or (channel == Channel.REMOTE and s.remote_quota is not None and counter.remote_count >= s.remote_quota)
        )
        opening = directory.service_opening(s.service, site, now)
        offers.append(Offer(s, directory.local_text(s.service, language).name, opening, full))
    return offers


def _site_opening(site: Site, now: datetime) -> directory.Opening:
    return directory.opening_of(schedules=site.schedules.all(), closures=site.closures.all(), at=now)


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _ticket_url(ticket: Ticket) -> str:
    """The ticket's status page in the language the person chose."""
    with translation.override(ticket.page_language or settings.LANGUAGE_CODE):
        return reverse("queue:ticket", kwargs={"token": ticket.token})


# --- Check-in from a phone -------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def take_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = get_public_site(slug)
    now = timezone.now()
    offers = _offers(site, now, Channel.REMOTE)
    available = [o for o in offers if o.available_for(Channel.REMOTE)]
    language = get_language() or settings.LANGUAGE_CODE
    form = TakeTicketForm(
        request.POST if request.method == "POST" else None,
        services=[(o.series.pk, o.name) for o in offers],
        initial={
            "language": language if language in SPOKEN_LANGUAGE_CODES else "",
            # One service to choose from: chosen already.
            "service": available[0].series.pk if len(available) == 1 else None,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        series = next(o.series for o in offers if o.series.pk == data["service"])
        try:
            ticket = services.check_in(
                services.CheckIn(
                    service=series.service, site=site, language=data["language"], page_language=language,
                    channel=Channel.REMOTE, phone=data["phone"], email=data["email"],
                    notify_position=3 if (data["phone"] or data["email"]) else None,
                ),
                request=request,
            )  # fmt: skip
        except ValidationError as error:
            form.add_error(None, _error_text(error))
        else:
            return redirect(_ticket_url(ticket))
    # Only the services open now with tickets left are offered; the others say why not.
    form.fields["service"].widget.choices = [(o.series.pk, o.name) for o in available]  # type: ignore[attr-defined]
    context = {
        "site": site,
        "form": form,
        "available": available,
        "unavailable": [o for o in offers if not o.available_for(Channel.REMOTE)],
        "opening": _site_opening(site, now),
    }
    return render(request, "reception/public/take.html", context)


# --- Kiosk -----------------------------------------------------------------------------------


RTL = {"ar", "fa", "fa-AF", "ps", "ur", "ckb"}


def _kiosk_languages(slug: str, page_language: str, home: str) -> list[dict[str, str]]:
    """The interface languages (the kiosk then speaks it), then other languages people speak
    (the kiosk stays in its language, the desk knows which language to call in)."""
    interface = interface_language_codes()
    codes = [*interface, *(c for c in KIOSK_MORE_LANGUAGES if c not in interface)]
    return [
        {
            "code": c,
            "name": native_name(c),
            "dir": "rtl" if c in RTL else "ltr",
            "href": _kiosk_url(c if c in interface else page_language, slug=slug, lang=c, home=home),
        }
        for c in codes
    ]


def _kiosk_url(language: str, **query: str) -> str:
    with translation.override(language):
        url = reverse("queue:kiosk", kwargs={"slug": query.pop("slug")})
    return f"{url}?{urlencode(query)}" if query else url


@require_http_methods(["GET", "POST"])
def kiosk_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = get_public_site(slug)
    now = timezone.now()
    page_language = get_language() or settings.LANGUAGE_CODE
    # The language the kiosk was set up in: every visit ends back there.
    home = request.GET.get("home", request.POST.get("home", ""))
    home = home if home in interface_language_codes() else page_language
    start = _kiosk_url(home, slug=slug)
    spoken = request.GET.get("lang", request.POST.get("language", ""))
    context: dict[str, Any] = {"site": site, "home": home, "start": start, "restart": KIOSK_IDLE_SECONDS}
    if "ticket" in request.GET:
        recent = Ticket.objects.filter(site=site, channel=Channel.KIOSK, arrived_at__gte=now - KIOSK_TICKET_SHOWN_FOR)
        ticket = recent.select_related("service", "series").filter(token=request.GET["ticket"][:40]).first()
        if ticket is None:
            return redirect(start)
        link = request.build_absolute_uri(_ticket_url(ticket))
        context.update(
            step="ticket",
            ticket=ticket,
            name=directory.local_text(ticket.service, page_language).name,
            link=link,
            qr=_qr(link),
            restart=KIOSK_RESTART_SECONDS,
            place=selectors.ticket_place(ticket, now),
        )
        return render(request, "reception/public/kiosk.html", context)
    if spoken not in SPOKEN_LANGUAGE_CODES:
        if request.method == "POST":
            return redirect(start)
        context.update(step="language", languages=_kiosk_languages(slug, page_language, home))
        return render(request, "reception/public/kiosk.html", context)
    offers = _offers(site, now, Channel.KIOSK)
    error = ""
    if request.method == "POST":
        offer = next((o for o in offers if str(o.series.pk) == request.POST.get("service")), None)
        if offer is None:
            error = _("Choose a service from the list.")
        else:
            try:
                ticket = services.check_in(
                    services.CheckIn(
                        service=offer.series.service, site=site, language=spoken, page_language=page_language,
                        channel=Channel.KIOSK,
                    ),
                    request=request,
                )  # fmt: skip
            except ValidationError as exc:
                error = _error_text(exc)
            else:
                return redirect(_kiosk_url(page_language, slug=slug, ticket=ticket.token, home=home))
    context.update(
        step="service",
        spoken=spoken,
        offers=[(o, o.available_for(Channel.KIOSK)) for o in offers],
        error=error,
        any_open=any(o.open_for(Channel.KIOSK) for o in offers),
        opening=_site_opening(site, now),
    )
    return render(request, "reception/public/kiosk.html", context)


def _qr(link: str) -> SafeString:
    svg = segno.make(link, error="m").svg_inline(scale=4, dark="#000", light="#fff", omitsize=True)
    return mark_safe(svg)  # noqa: S308 - segno's own SVG of our own link


# --- The ticket's status page ----------------------------------------------------------------


def _ticket_or_none(token: str) -> Ticket | None:
    if len(token) > 40:
        return None
    return Ticket.objects.select_related("service", "series", "site", "desk").filter(token=token).first()


def _missing(request: HttpRequest) -> HttpResponse:
    return render(request, "reception/public/ticket_missing.html", status=404)


def _ticket_context(ticket: Ticket, now: datetime) -> dict[str, Any]:
    place = selectors.ticket_place(ticket, now)
    if place is not None:
        estimates.record_estimate(ticket, at=now, given=place)
    language = get_language() or settings.LANGUAGE_CODE
    status_url = reverse("queue:ticket_status", kwargs={"token": ticket.token})
    return {
        "ticket": ticket,
        "name": directory.local_text(ticket.service, language).name,
        "place": place,
        "Status": TicketStatus,
        "poll": ticket.is_open,
        "poll_url": f"{status_url}?{urlencode({'shown': ticket.status})}",
        "poll_seconds": TICKET_POLL_SECONDS,
        "now": now,
    }


def _ticket_page(request: HttpRequest, ticket: Ticket, notify_form: NotifyForm | None = None) -> HttpResponse:
    context = _ticket_context(ticket, timezone.now())
    context["notify_form"] = notify_form or NotifyForm(initial={"position": ticket.notify_position or 3})
    return render(request, "reception/public/ticket.html", context)


@never_cache
@require_safe
def ticket_view(request: HttpRequest, token: str) -> HttpResponse:
    ticket = _ticket_or_none(token)
    if ticket is None:
        return _missing(request)
    return _ticket_page(request, ticket)


@never_cache
@require_safe
def ticket_status_view(request: HttpRequest, token: str) -> HttpResponse:
    """The part of the status page that changes, for htmx to poll."""
    ticket = _ticket_or_none(token)
    if ticket is None:
        return _missing(request)
    shown = request.GET.get("shown")
    if request.headers.get("HX-Request") and shown and shown != ticket.status:
        # The state changed (called, finished...): the forms on the page no longer fit, reload it.
        response = HttpResponse(status=200)
        response["HX-Refresh"] = "true"
        return response
    return render(request, "reception/public/_ticket_status.html", _ticket_context(ticket, timezone.now()))


@require_POST
def ticket_notify_view(request: HttpRequest, token: str) -> HttpResponse:
    ticket = _ticket_or_none(token)
    if ticket is None:
        return _missing(request)
    form = NotifyForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.ask_to_be_told(ticket=ticket, phone=data["phone"], email=data["email"], position=data["position"])
        except ValidationError as error:
            form.add_error(None, _error_text(error))
        else:
            messages.success(request, _("Thank you. We will tell you when it is almost your turn."))
            return redirect("queue:ticket", token=ticket.token)
    return _ticket_page(request, ticket, notify_form=form)


@require_POST
def ticket_leave_view(request: HttpRequest, token: str) -> HttpResponse:
    ticket = _ticket_or_none(token)
    if ticket is None:
        return _missing(request)
    try:
        services.leave(ticket=ticket)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("You have left the queue. You can take a new ticket at any time."))
    return redirect("queue:ticket", token=ticket.token)


# --- Display screen --------------------------------------------------------------------------


def _display_language(site: Site, base: str, now: datetime) -> str:
    """The display speaks its own language and, in turn, those of the people waiting."""
    known = interface_language_codes()
    languages = [base, *(c for c in selectors.waiting_languages(site) if c != base and c in known)]
    return languages[int(now.timestamp()) // DISPLAY_LANGUAGE_SECONDS % len(languages)]


def _feed(request: HttpRequest, site: Site) -> str:
    now = timezone.now()
    base = get_language() or settings.LANGUAGE_CODE
    feed_url = reverse("queue:display_feed", kwargs={"slug": site.slug})
    language = _display_language(site, base, now)
    with translation.override(language):
        overview = selectors.site_overview(site, now)
        prefetch_related_objects([o.series.service for o in overview], "texts")
        texts = {
            o.series.pk: directory.local_text(o.series.service, language).name for o in overview if o.series.is_active
        }
        calls = selectors.latest_calls(site, since=now - DISPLAY_CALLS_SINCE, limit=DISPLAY_CALLS_SHOWN)
        today = timezone.localdate()
        context = {
            "site": site,
            "feed_url": feed_url,
            "poll_seconds": DISPLAY_POLL_SECONDS,
            "language": language,
            "dir": "rtl" if get_language_bidi() else "ltr",
            "calls": calls,
            "queues": [(o, texts[o.series.pk]) for o in overview if o.series.pk in texts],
            "opening": _site_opening(site, now),
            "today": next((d for d in directory.weekly_hours(site) if d.weekday == today.weekday()), None),
            "notices": selectors.notices(site, now, language),
            "now": now,
        }
        return render_to_string("reception/public/_display_feed.html", context, request=request)


@never_cache
@require_safe
def display_view(request: HttpRequest, slug: str) -> HttpResponse:
    site = get_public_site(slug)
    feed = mark_safe(_feed(request, site))  # noqa: S308 - rendered from our own template
    context = {"site": site, "feed": feed, "reload_after": DISPLAY_RELOAD_AFTER_SECONDS}
    return render(request, "reception/public/display.html", context)


def _clock() -> float:
    return time.time()


@never_cache
@require_safe
def display_feed_view(request: HttpRequest, slug: str) -> HttpResponse:
    """The feed is the same for every screen of a site (it holds nothing personal), so it is
    rendered once per site, display language and second, however many screens poll it."""
    if DISPLAY_CACHE_SECONDS <= 0:
        return HttpResponse(_feed(request, get_public_site(slug)))
    base = get_language() or settings.LANGUAGE_CODE
    key = f"queue:display:{slug}:{base}:{int(_clock() // DISPLAY_CACHE_SECONDS)}"
    html = cache.get(key)
    if html is None:
        html = _feed(request, get_public_site(slug))
        cache.set(key, html, DISPLAY_CACHE_SECONDS + 1)
    return HttpResponse(html)
