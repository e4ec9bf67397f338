"""Forms of the appointments' staff pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onestop.appointments.models import WEEKDAY_CODES as WEEKDAYS
from onestop.appointments.models import BookingSettings, SlotRule
from onestop.core.languages import spoken_language_choices
from onestop.directory.models import Service, Site

WEEKDAY_CHOICES = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]


class StaffBookingForm(forms.Form):
    """Who the appointment is for: the person's record, or a name or alias with a phone or e-mail."""

    name = forms.CharField(label=_("name or alias"), max_length=200)
    language = forms.ChoiceField(label=_("language the person speaks"), choices=())
    interpreter_needed = forms.BooleanField(label=_("interpreter needed"), required=False)
    phone = forms.CharField(
        label=_("mobile phone"), required=False, max_length=30,
        help_text=_("For the confirmation and the reminder. A phone, an e-mail or the person's record is needed."),
    )  # fmt: skip
    email = forms.EmailField(label=_("e-mail"), required=False)
    start = forms.DateTimeField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = spoken_language_choices()  # type: ignore[attr-defined]


class ChangeForm(forms.Form):
    start = forms.DateTimeField(widget=forms.HiddenInput)


class SlotRuleForm(forms.ModelForm[SlotRule]):
    weekdays = forms.MultipleChoiceField(
        label=_("weekdays"), choices=WEEKDAY_CHOICES, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = SlotRule
        fields = [
            "site",
            "weekdays",
            "starts_at",
            "ends_at",
            "minutes",
            "capacity",
            "valid_from",
            "valid_to",
            "is_active",
        ]
        widgets = {
            "starts_at": forms.TimeInput(attrs={"type": "time"}),
            "ends_at": forms.TimeInput(attrs={"type": "time"}),
            "valid_from": forms.DateInput(attrs={"type": "date"}),
            "valid_to": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args: Any, service: Service, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["weekdays"] = [d for d in self.instance.weekdays.split(",") if d in WEEKDAYS]
        # The sites where the service is offered, and those of its organisation.
        where = Q(service_at_locations__service=service) | Q(organisation=service.organisation_id)
        self.fields["site"].queryset = Site.objects.filter(where).distinct().order_by("name")  # type: ignore[attr-defined]

    def clean_weekdays(self) -> str:
        days: list[str] = self.cleaned_data["weekdays"]
        return ",".join(d for d in WEEKDAYS if d in days)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The last slot must end after the first one starts."))
        minutes = data.get("minutes")
        if minutes is not None and minutes < 5:
            self.add_error("minutes", _("A slot is at least five minutes long."))
        capacity = data.get("capacity")
        if capacity is not None and capacity < 1:
            self.add_error("capacity", _("A slot has at least one place."))
        first, last = data.get("valid_from"), data.get("valid_to")
        if first and last and last < first:
            self.add_error("valid_to", _("The end date is before the start date."))
        return data


class BookingSettingsForm(forms.ModelForm[BookingSettings]):
    class Meta:
        model = BookingSettings
        fields = ["lead_minutes", "horizon_days", "hold_minutes", "cooldown_minutes", "grace_minutes", "online"]

    def clean_horizon_days(self) -> int:
        days: int = self.cleaned_data["horizon_days"]
        if days < 1 or days > 366:
            raise forms.ValidationError(_("Choose between 1 and 366 days."))
        return days

    def clean_hold_minutes(self) -> int:
        minutes: int = self.cleaned_data["hold_minutes"]
        if minutes < 1:
            raise forms.ValidationError(_("Hold a slot for at least one minute."))
        return minutes
