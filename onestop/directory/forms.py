from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.core.languages import spoken_language_choices
from onestop.directory.models import (
    ENFORCEMENT_KINDS,
    TRANSLATED_SERVICE_FIELDS,
    AccessibilityFeature,
    Organisation,
    OrganisationKind,
    Service,
    ServiceText,
    Site,
)
from onestop.directory.needs import need_label
from onestop.directory.selectors import need_terms, service_needs
from onestop.directory.services import ContactFields, contact_fields


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=_("website"), required=False, max_length=200, assume_scheme="https")
    protection = forms.ChoiceField(
        label=_("Protection by the firewall"),
        choices=[
            ("default", _("As usual for this kind: NGOs and migrant-led associations are protected")),
            ("protected", _("Protected: enforcement bodies never see its clients' records")),
            ("not_protected", _("Not protected")),
        ],
        initial="default",
    )

    class Meta:
        model = Organisation
        fields = ["name", "kind", "description", "website", "email", "phone"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["protection"] = "protected" if self.instance.is_protected else "not_protected"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        kind = cleaned.get("kind")
        if cleaned.get("protection") == "protected" and kind in {k.value for k in ENFORCEMENT_KINDS}:
            self.add_error("protection", _("An immigration office or the police cannot be a protected organisation."))
        return cleaned

    def protection_choice(self) -> bool | None:
        return {"default": None, "protected": True, "not_protected": False}[self.cleaned_data["protection"]]

    def kind_value(self) -> OrganisationKind:
        return OrganisationKind(self.cleaned_data["kind"])


class ServiceForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    sites = forms.ModelMultipleChoiceField(
        label=_("Where"), queryset=Site.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    needs = forms.MultipleChoiceField(
        label=_("Helps with"), required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )
    url = forms.URLField(label=_("web address"), required=False, max_length=500, assume_scheme="https")
    contact_name = forms.CharField(label=_("Whom to ask: name"), required=False, max_length=200)
    contact_title = forms.CharField(label=_("Whom to ask: job title"), required=False, max_length=200)
    contact_phone = forms.CharField(label=_("Whom to ask: phone"), required=False, max_length=40)
    contact_email = forms.EmailField(label=_("Whom to ask: e-mail"), required=False)

    class Meta:
        model = Service
        fields = [
            "name", "description", "eligibility_description", "what_to_bring", "fees_description",
            "application_process", "appointment_only", "status", "url", "email", "minimum_age", "maximum_age", "alert",
        ]  # fmt: skip
        widgets = {
            field: forms.Textarea(attrs={"rows": 3})
            for field in ("description", "eligibility_description", "what_to_bring", "fees_description",
                          "application_process", "alert")
        }  # fmt: skip

    def __init__(self, *args: Any, organisations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = organisations if organisations is not None else Organisation.objects.none()
        self.fields["organisation"].queryset = allowed  # type: ignore[attr-defined]
        if self.instance.pk:
            # An entry stays with its organisation.
            del self.fields["organisation"]
        self.fields["sites"].queryset = Site.objects.all()  # type: ignore[attr-defined]
        self.fields["needs"].choices = [  # type: ignore[attr-defined]
            (term.code, need_label(term.code, term.name)) for term in need_terms()
        ]
        self.fields["languages"].choices = spoken_language_choices()  # type: ignore[attr-defined]
        if self.instance.pk:
            self.initial.setdefault("sites", list(self.instance.sites.all()))
            self.initial.setdefault("needs", [a.taxonomy_term.code for a in service_needs(self.instance)])
            self.initial.setdefault("languages", [lang.code for lang in self.instance.languages.all()])
            own = self.instance.contacts.filter(site=None, service_at_location=None).first()
            for key, value in contact_fields(own).items():
                self.initial.setdefault(f"contact_{key}", value)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        low, high = cleaned.get("minimum_age"), cleaned.get("maximum_age")
        if low is not None and high is not None and high < low:
            self.add_error("maximum_age", _("The maximum age must not be below the minimum age."))
        return cleaned

    def service_fields(self) -> dict[str, Any]:
        return {field: self.cleaned_data[field] for field in self.Meta.fields}

    def contact(self) -> ContactFields:
        return _contact(self.cleaned_data)


def _contact(data: dict[str, Any]) -> ContactFields:
    return ContactFields(
        name=data["contact_name"], title=data["contact_title"], phone=data["contact_phone"], email=data["contact_email"]
    )


class SiteDetailsForm(forms.Form):
    """What a place offers for access, and whom to ask there (the coordinator keeps them)."""

    features = forms.MultipleChoiceField(
        label=_("Accessibility"), required=False, widget=forms.CheckboxSelectMultiple,
        choices=AccessibilityFeature.choices,
    )  # fmt: skip
    access_note = forms.CharField(
        label=_("More about access"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: where the step-free entrance is, or how to ask for help at the door."),
    )  # fmt: skip
    contact_name = forms.CharField(label=_("Whom to ask: name"), required=False, max_length=200)
    contact_title = forms.CharField(label=_("Whom to ask: job title"), required=False, max_length=200)
    contact_phone = forms.CharField(label=_("Whom to ask: phone"), required=False, max_length=40)
    contact_email = forms.EmailField(label=_("Whom to ask: e-mail"), required=False)

    @classmethod
    def initial_for(cls, site: Site) -> dict[str, Any]:
        rows = list(site.accessibility.order_by("id"))
        note = next((row.description for row in rows if not row.feature), "")
        general = site.general_contacts
        contact = contact_fields(general[0] if general else None)
        return {
            "features": [row.feature for row in rows if row.feature],
            "access_note": note,
            **{f"contact_{key}": value for key, value in contact.items()},
        }

    def contact(self) -> ContactFields:
        return _contact(self.cleaned_data)


class ServiceTextForm(forms.ModelForm):
    class Meta:
        model = ServiceText
        fields = list(TRANSLATED_SERVICE_FIELDS)
        widgets = {
            field: forms.Textarea(attrs={"rows": 3})
            for field in (
                "description",
                "eligibility_description",
                "what_to_bring",
                "fees_description",
                "application_process",
            )
        }
