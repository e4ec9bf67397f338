"""The stamp card: the person opens it with their personal code alone, in their language, with
nothing on it but the journey. Every opening is in the record's audit log; unknown codes count
against the visitor's address (journeys/throttle.py)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from onestop.audit.services import audit_record
from onestop.clients.access import normalise_code
from onestop.clients.models import ClientRecord
from onestop.journeys import services, throttle
from onestop.journeys.forms import CodeForm
from onestop.journeys.models import Journey, Outcome
from onestop.journeys.selectors import card_of

CARD_READER = "stamp card (personal code)"


def _too_many(request: HttpRequest) -> HttpResponse:
    return render(request, "journeys/public/too_many.html", status=429)


def _journey_by_code(code: str) -> Journey | None:
    record = ClientRecord.objects.filter(code=normalise_code(code)[:12], archived_at__isnull=True).first()
    if record is None:
        return None
    return Journey.objects.filter(client=record, closed_at__isnull=True).select_related("client").first()


def _not_found(request: HttpRequest, form: CodeForm) -> HttpResponse:
    """The same answer for a code that does not exist and one without a journey."""
    throttle.record_failure(request)
    form.is_valid()
    form.add_error("code", _("We found no journey for this code. Check the code on your card, or ask at the desk."))
    return render(request, "journeys/public/lookup.html", {"form": form}, status=404)


@never_cache
def card_lookup_view(request: HttpRequest) -> HttpResponse:
    if throttle.is_blocked(request):
        return _too_many(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        journey = _journey_by_code(form.cleaned_data["code"])
        if journey is None:
            return _not_found(request, form)
        return redirect("card:card", code=journey.client.code)
    return render(request, "journeys/public/lookup.html", {"form": form})


@never_cache
def card_view(request: HttpRequest, code: str) -> HttpResponse:
    if throttle.is_blocked(request):
        return _too_many(request)
    journey = _journey_by_code(code)
    if journey is None:
        return _not_found(request, CodeForm({"code": code[:20]}))
    audit_record(
        action="client.viewed", username=CARD_READER, request=request, object_type="client",
        object_id=journey.client_id, data={"categories": ["journey"], "via": "stamp_card"},
    )  # fmt: skip
    card = card_of(journey, language=get_language() or settings.LANGUAGE_CODE, now=timezone.now())
    response = render(request, "journeys/public/card.html", {"card": card, "code": journey.client.code})
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_POST
def card_self_done_view(request: HttpRequest, code: str, step_id: int) -> HttpResponse:
    """The person marks a step they may do on their own as done."""
    if throttle.is_blocked(request):
        return _too_many(request)
    journey = _journey_by_code(code)
    step = journey.steps.filter(pk=step_id).first() if journey else None
    if journey is None or step is None:
        throttle.record_failure(request)
        raise Http404
    try:
        services.stamp_record(step=step, outcome=Outcome.SELF_DONE, by=None, by_person=True, request=request)
    except ValidationError as error:
        return render(
            request, "journeys/public/lookup.html", {"form": CodeForm(), "errors": error.messages}, status=400
        )
    return redirect("card:card", code=journey.client.code)
