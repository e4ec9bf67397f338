from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.directory.models import ENFORCEMENT_KINDS, Organisation, OrganisationKind


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
