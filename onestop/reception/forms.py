"""Forms of the reception's staff pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.core.languages import spoken_language_choices
from onestop.directory.models import Service, Site
from onestop.reception.models import Outcome, TicketSeries
from onestop.reception.services import active_priority_reasons


def series_services(site: Site) -> Any:
    ids = TicketSeries.objects.filter(site=site, is_active=True).values("service_id")
    return Service.objects.filter(pk__in=ids).order_by("name")


class StaffCheckInForm(forms.Form):
    service = forms.ModelChoiceField(label=_("service"), queryset=Service.objects.none(), empty_label=None)
    language = forms.ChoiceField(label=_("language the person speaks"), choices=())
    priority_reason = forms.ChoiceField(label=_("priority"), required=False, choices=())
    interpreter_arranged = forms.BooleanField(label=_("an interpreter is arranged"), required=False)
    phone = forms.CharField(
        label=_("mobile phone (optional)"), required=False, max_length=30,
        help_text=_("We send an SMS shortly before the person's turn."),
    )  # fmt: skip
    email = forms.EmailField(label=_("e-mail (optional)"), required=False)
    client_code = forms.CharField(
        label=_("personal code (optional)"), required=False, max_length=20,
        help_text=_("Links the visit to the person's record, if your organisation may see it."),
    )  # fmt: skip

    def __init__(self, *args: Any, site: Site, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = series_services(site)  # type: ignore[attr-defined]
        self.fields["language"].choices = spoken_language_choices()  # type: ignore[attr-defined]
        reasons = [(code, f"{label} ({weight})") for code, label, weight in active_priority_reasons()]
        self.fields["priority_reason"].choices = [("", _("none")), *reasons]  # type: ignore[attr-defined]


class DeskOpenForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=_("languages spoken at this desk today"), widget=forms.CheckboxSelectMultiple, choices=()
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = spoken_language_choices()  # type: ignore[attr-defined]


class FinishForm(forms.Form):
    outcome = forms.ChoiceField(label=_("outcome"), choices=Outcome.choices, initial=Outcome.SERVED)
    note = forms.CharField(label=_("note (optional)"), required=False, max_length=500)


class TransferForm(forms.Form):
    service = forms.ModelChoiceField(label=_("send to"), queryset=Service.objects.none())
    note = forms.CharField(label=_("note for the next desk"), max_length=500)

    def __init__(self, *args: Any, site: Site, exclude: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = series_services(site).exclude(pk=exclude)  # type: ignore[attr-defined]


class ParkForm(forms.Form):
    note = forms.CharField(label=_("why (optional)"), required=False, max_length=500)
