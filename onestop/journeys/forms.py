from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from onestop.clients.models import Category
from onestop.core.languages import spoken_language_choices
from onestop.directory.models import Organisation, Service
from onestop.directory.needs import NEED_CATEGORIES
from onestop.directory.selectors import published_services
from onestop.journeys.models import EventType, JourneyStep, JourneyTemplate, Outcome, TemplateStep


class ServiceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} · {obj.organisation.name}"


def _services() -> QuerySet[Service]:
    return published_services().select_related("organisation").order_by("organisation__name", "name")


class TemplateForm(forms.ModelForm):
    class Meta:
        model = JourneyTemplate
        fields = ["name", "description", "is_active"]


class StepForm(forms.Form):
    service = ServiceChoiceField(label=_("service"), queryset=Service.objects.none())
    title = forms.CharField(
        label=_("title"), max_length=200, required=False, help_text=_("Leave empty to use the name of the service.")
    )
    what_to_bring = forms.CharField(
        label=_("what to bring"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Leave empty to use what the service asks for."),
    )
    required = forms.BooleanField(label=_("required"), required=False, initial=True)
    self_completable = forms.BooleanField(label=_("the person may do it on their own"), required=False)
    prerequisites = forms.ModelMultipleChoiceField(
        label=_("needs these steps first"),
        queryset=TemplateStep.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, steps: QuerySet[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = _services()  # type: ignore[attr-defined]
        self.fields["prerequisites"].queryset = steps  # type: ignore[attr-defined]


class StampForm(forms.Form):
    outcome = forms.ChoiceField(label=_("outcome"), choices=Outcome.choices)
    reason = forms.CharField(
        label=_("reason, in plain words"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed when the step is refused or not possible."),
    )
    instead = forms.CharField(
        label=_("what to do instead"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed when the step is refused or not possible."),
    )

    def __init__(self, *args: Any, prefix_step: JourneyStep | None = None, **kwargs: Any) -> None:
        if prefix_step is not None:
            kwargs.setdefault("auto_id", f"id_stamp{prefix_step.pk}_%s")
        super().__init__(*args, **kwargs)


class StartForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("journey"), queryset=JourneyTemplate.objects.filter(is_active=True).order_by("name")
    )


SHAREABLE = [(c.value, c.label) for c in Category if c.value in (Category.IDENTITY, Category.NEEDS, Category.JOURNEY)]


class ReferralForm(forms.Form):
    service = ServiceChoiceField(label=_("refer to"), queryset=Service.objects.none())
    summary = forms.CharField(
        label=_("summary"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What the next desk needs to know, so the person does not tell their story again."),
    )
    needs = forms.MultipleChoiceField(
        label=_("needs"), required=False, widget=forms.CheckboxSelectMultiple, choices=list(NEED_CATEGORIES.items())
    )
    journey_step = forms.ModelChoiceField(
        label=_("for this step of the journey"), queryset=JourneyStep.objects.none(), required=False
    )
    consent = forms.MultipleChoiceField(
        label=_("the person agrees now to share with the receiving organisation"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=SHAREABLE,
        help_text=_("Only if the person's consent does not cover it yet. Explain it in their language first."),
    )
    consent_language = forms.ChoiceField(label=_("language of the explanation"), required=False, choices=())
    interpreter_present = forms.BooleanField(label=_("an interpreter was present"), required=False)

    def __init__(self, *args: Any, steps: QuerySet[JourneyStep], may_record_consent: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = _services()  # type: ignore[attr-defined]
        self.fields["journey_step"].queryset = steps  # type: ignore[attr-defined]
        self.fields["consent_language"].choices = spoken_language_choices()  # type: ignore[attr-defined]
        if not may_record_consent:
            for name in ("consent", "consent_language", "interpreter_present"):
                del self.fields[name]


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    instead = forms.CharField(
        label=_("what the person can do instead"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CompleteForm(forms.Form):
    outcome = forms.CharField(
        label=_("outcome"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your personal code"),
        max_length=20,
        help_text=_("The code on your card, for example K7M2 Q9PX."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


class WebhookForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("organisation"), queryset=Organisation.objects.none())
    url = forms.URLField(label=_("address that receives the events"), max_length=500, assume_scheme="https")
    events = forms.MultipleChoiceField(
        label=_("events"), choices=EventType.choices, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]


class ResponseTimeForm(forms.Form):
    service = ServiceChoiceField(label=_("service"), queryset=Service.objects.none())
    days = forms.IntegerField(label=_("days to answer a referral"), min_value=1, max_value=365, required=False)

    def __init__(self, *args: Any, services: QuerySet[Service], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = services  # type: ignore[attr-defined]
