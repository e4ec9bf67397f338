"""Forms of the interpreting staff pages."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.accounts.models import Role, User
from onestop.core.languages import spoken_language_choices
from onestop.interpreting.availability import MIDNIGHT, local_tz
from onestop.interpreting.models import Interpreter, InterpreterKind, Mode, Weekday


class RequestForm(forms.Form):
    language = forms.ChoiceField(label=_("language"), choices=())
    mode = forms.ChoiceField(label=_("how"), choices=Mode.choices, initial=Mode.ON_SITE)
    day = forms.DateField(label=_("day"), widget=forms.DateInput(attrs={"type": "date"}))
    starts = forms.TimeField(label=_("from"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    ends = forms.TimeField(label=_("until"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    note = forms.CharField(
        label=_("note for the interpreter (optional)"), required=False, max_length=500,
        help_text=_("What it is about, where to come. No personal details beyond what the interpreter needs."),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = spoken_language_choices()  # type: ignore[attr-defined]

    def interval(self) -> tuple[datetime, datetime]:
        """The chosen times as aware instants, read as local wall-clock time."""
        data = self.cleaned_data
        tz = local_tz()
        return datetime.combine(data["day"], data["starts"], tzinfo=tz), datetime.combine(
            data["day"], data["ends"], tzinfo=tz
        )


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("why (optional)"), required=False, max_length=300)


def staff_interpreter_accounts() -> Any:
    return User.objects.filter(memberships__role=Role.INTERPRETER, is_active=True).distinct().order_by("username")


class InterpreterForm(forms.Form):
    name = forms.CharField(label=_("name"), max_length=150)
    kind = forms.ChoiceField(label=_("kind"), choices=InterpreterKind.choices)
    user = forms.ModelChoiceField(
        label=_("staff account"), required=False, queryset=User.objects.none(),
        help_text=_("Needed for staff; a freelancer with an account answers offers in the inbox too."),
    )  # fmt: skip
    phone = forms.CharField(label=_("mobile phone"), required=False, max_length=30)
    email = forms.EmailField(label=_("e-mail"), required=False)
    languages = forms.MultipleChoiceField(label=_("languages"), choices=(), widget=forms.CheckboxSelectMultiple)
    modes = forms.MultipleChoiceField(label=_("modes"), choices=Mode.choices, widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("note"), required=False, max_length=500)
    is_active = forms.BooleanField(label=_("active"), required=False, initial=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = staff_interpreter_accounts()  # type: ignore[attr-defined]
        self.fields["languages"].choices = spoken_language_choices()  # type: ignore[attr-defined]

    @staticmethod
    def initial_for(interpreter: Interpreter) -> dict[str, Any]:
        return {
            "name": interpreter.name, "kind": interpreter.kind, "user": interpreter.user_id,
            "phone": interpreter.phone, "email": interpreter.email,
            "languages": [lang.code for lang in interpreter.languages.all()], "modes": interpreter.modes,
            "note": interpreter.note, "is_active": interpreter.is_active,
        }  # fmt: skip


_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


def parse_spans(text: str) -> list[tuple[time, time]]:
    """ "9:00-13:00, 14:00-17:30" as time pairs; "24:00" is midnight at the end of the day."""
    spans = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = _SPAN.match(part)
        if not match:
            raise forms.ValidationError(_("Write times like 9:00-13:00, 14:00-17:00."), code="windows")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise forms.ValidationError(_("Write times like 9:00-13:00, 14:00-17:00."), code="windows")
        starts, ends = time(h1, m1), MIDNIGHT if h2 == 24 else time(h2, m2)
        if ends <= starts and ends != MIDNIGHT:
            raise forms.ValidationError(_("Each time window must end after it starts."), code="windows")
        spans.append((starts, ends))
    return spans


def format_spans(spans: list[tuple[time, time]]) -> str:
    return ", ".join(f"{s:%H:%M}-{'24:00' if e == MIDNIGHT else f'{e:%H:%M}'}" for s, e in spans)


class WindowsForm(forms.Form):
    """One line per weekday: the local wall-clock times the interpreter works."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for day in Weekday:
            self.fields[f"day{day.value}"] = forms.CharField(
                label=day.label, required=False, max_length=200, help_text=_("e.g. 9:00-13:00, 14:00-17:00")
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        windows: list[tuple[int, time, time]] = []
        for day in Weekday:
            try:
                spans = parse_spans(data.get(f"day{day.value}", ""))
            except forms.ValidationError as error:
                self.add_error(f"day{day.value}", error)
                continue
            windows.extend((day.value, s, e) for s, e in spans)
        data["windows"] = windows
        return data

    @staticmethod
    def initial_for(interpreter: Interpreter) -> dict[str, str]:
        by_day: dict[int, list[tuple[time, time]]] = {}
        for window in interpreter.windows.all():
            by_day.setdefault(window.weekday, []).append((window.starts, window.ends))
        return {f"day{day}": format_spans(spans) for day, spans in by_day.items()}


class AbsenceForm(forms.Form):
    first_day = forms.DateField(label=_("first day"), widget=forms.DateInput(attrs={"type": "date"}))
    last_day = forms.DateField(label=_("last day"), widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("reason (optional)"), required=False, max_length=200)
