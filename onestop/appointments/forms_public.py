"""Forms of the public booking pages. The choices travel in the address (GET) until the person
gives their name and contact, so every step works without JavaScript and can be bookmarked."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from onestop.appointments.models import SlotRule
from onestop.core.languages import SPOKEN_LANGUAGE_CODES
from onestop.directory.models import Service, Site
from onestop.directory.selectors import public_sites, published_services

YES, NO = "yes", "no"
HIDDEN_CHOICES = ("service", "site", "language", "interpreter", "start")
MAX_WEEKS = 60


def bookable_services() -> QuerySet[Service]:
    """Published services with active booking hours at a public site that may be booked online."""
    with_hours = SlotRule.objects.filter(is_active=True, site__in=public_sites()).values("service_id")
    return (
        published_services()
        .filter(pk__in=with_hours)
        .exclude(booking_settings__online=False)
        .select_related("organisation")
        .prefetch_related("texts")
        .order_by("name")
    )


def booking_sites(service: Service) -> QuerySet[Site]:
    with_hours = SlotRule.objects.filter(service=service, is_active=True).values("site_id")
    return public_sites().filter(pk__in=with_hours).prefetch_related("addresses")


def from_epoch(value: int | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


class PickField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A choice by public id or slug; a malformed one is "not in the list" like any unknown one."""

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except ValidationError:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from None


class ChoicesForm(forms.Form):
    """What the person has chosen so far, read from the address; anything unknown is dropped
    with a message, never guessed."""

    service = PickField(
        queryset=Service.objects.none(), to_field_name="hsds_id", required=False,
        error_messages={"invalid_choice": _("Choose a service from the list.")},
    )  # fmt: skip
    site = PickField(
        queryset=Site.objects.none(), to_field_name="slug", required=False,
        error_messages={"invalid_choice": _("Choose a place from the list.")},
    )  # fmt: skip
    language = forms.ChoiceField(
        choices=[(c, c) for c in SPOKEN_LANGUAGE_CODES], required=False,
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )  # fmt: skip
    interpreter = forms.ChoiceField(choices=[(YES, YES), (NO, NO)], required=False)
    week = forms.IntegerField(min_value=0, max_value=MAX_WEEKS, required=False)
    start = forms.IntegerField(min_value=0, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = bookable_services()  # type: ignore[attr-defined]
        self.fields["site"].queryset = public_sites()  # type: ignore[attr-defined]

    def value(self, name: str) -> Any:
        """The cleaned value, or None when missing or invalid."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return self.cleaned_data.get(name)


class DetailsForm(forms.Form):
    """The last step: who the booking is for and where the code goes."""

    service = PickField(queryset=Service.objects.none(), to_field_name="hsds_id", widget=forms.HiddenInput)
    site = PickField(queryset=Site.objects.none(), to_field_name="slug", widget=forms.HiddenInput)
    language = forms.ChoiceField(choices=[(c, c) for c in SPOKEN_LANGUAGE_CODES], widget=forms.HiddenInput)
    interpreter = forms.ChoiceField(choices=[(YES, YES), (NO, NO)], widget=forms.HiddenInput)
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    name = forms.CharField(
        label=_("Your name or an alias"), max_length=200,
        error_messages={"required": _("Enter a name or an alias.")},
        help_text=_("Any name you will recognise at the desk. It need not be your official name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )  # fmt: skip
    phone = forms.CharField(
        label=_("Mobile number"), max_length=30, required=False,
        help_text=_("We send the code by SMS. With the country code, e.g. +49 151 2345678."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )  # fmt: skip
    email = forms.CharField(
        label=_("Or an e-mail address"), max_length=254, required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = bookable_services()  # type: ignore[attr-defined]
        self.fields["site"].queryset = public_sites()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any] | None:
        # The hidden choices are not shown field by field: one message says what to do.
        if any(name in self.errors for name in HIDDEN_CHOICES):
            raise forms.ValidationError(
                _("Something is missing from your choices. Please start again."), code="choices"
            )
        return super().clean()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=20,
        help_text=_("The 6 digits in the message we sent you."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
        error_messages={"required": _("Enter the 6-digit code."), "max_length": _("Enter the 6-digit code.")},
    )  # fmt: skip

    def clean_code(self) -> str:
        """Digits of any script (a Persian keyboard types ۱۲۳), spaces and dashes allowed."""
        raw = "".join(ch for ch in self.cleaned_data["code"] if not ch.isspace() and ch != "-")
        if not raw or not all(ch.isdecimal() for ch in raw):
            raise forms.ValidationError(_("Enter the 6-digit code."), code="digits")
        code = "".join(str(unicodedata.decimal(ch)) for ch in raw)
        if len(code) != 6:
            raise forms.ValidationError(_("Enter the 6-digit code."), code="digits")
        return code


class ChangeForm(forms.Form):
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
