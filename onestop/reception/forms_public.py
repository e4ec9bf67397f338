"""Forms of the public reception pages: taking a ticket from a phone, asking to be told."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.core.languages import native_name, spoken_language_choices
from onestop.reception.services import normalise_phone

NOTIFY_POSITIONS = range(1, 11)


def language_choices() -> list[tuple[str, str]]:
    """Every spoken language in the reader's language, with its own name where that differs."""
    rows = []
    for code, name in spoken_language_choices():
        own = native_name(code)
        rows.append((code, name if own.casefold() == name.casefold() else f"{name} · {own}"))
    return rows


class ContactFields(forms.Form):
    phone = forms.CharField(
        label=_("Mobile number (optional)"),
        required=False,
        max_length=30,
        help_text=_("With the country code, e.g. +49 151 23456789. We send one SMS."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        label=_("or e-mail (optional)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_phone(self) -> str:
        # The service's own check, so the page shows the same message as the desk and the API.
        return normalise_phone(self.cleaned_data.get("phone", ""))


class TakeTicketForm(ContactFields):
    service = forms.TypedChoiceField(
        label=_("What do you need help with?"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a service."),
            "invalid_choice": _("Choose a service from the list."),
        },
    )
    language = forms.ChoiceField(
        label=_("Which language do you speak?"),
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )
    field_order = ["service", "language", "phone", "email"]

    def __init__(self, *args: Any, services: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = services  # type: ignore[attr-defined]
        self.fields["language"].choices = language_choices()  # type: ignore[attr-defined]


class NotifyForm(ContactFields):
    position = forms.TypedChoiceField(
        label=_("Tell me when I reach this place in the queue"),
        help_text=_("1 means you are next."),
        coerce=int,
        initial=3,
        choices=[(n, str(n)) for n in NOTIFY_POSITIONS],
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and not (data.get("phone") or data.get("email")):
            raise forms.ValidationError(_("Enter a mobile number or an e-mail address."), code="contact")
        return data
