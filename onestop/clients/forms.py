from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.clients.documents import document_check
from onestop.clients.models import Category, ClientRecord, GivenHow, Purpose, Vulnerability
from onestop.core.languages import spoken_language_choices
from onestop.directory.models import Organisation
from onestop.directory.needs import NEED_CATEGORIES

# Which fields belong to which part of a record: a form shows only the parts the user sees.
FIELDS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    Category.IDENTITY: (
        "name",
        "alias",
        "preferred_language",
        "date_of_birth",
        "nationality",
        "phone",
        "email",
        "household",
    ),
    Category.NEEDS: ("needs", "needs_text"),
    Category.NOTES: ("notes",),
    Category.RESIDENCE_STATUS: ("residence_status",),
    Category.VULNERABILITY: ("vulnerabilities",),
}


class ClientForm(forms.ModelForm):
    preferred_language = forms.ChoiceField(label=_("preferred language"), choices=())
    needs = forms.MultipleChoiceField(
        label=_("needs"), required=False, widget=forms.CheckboxSelectMultiple, choices=list(NEED_CATEGORIES.items())
    )
    vulnerabilities = forms.MultipleChoiceField(
        label=_("vulnerabilities"), required=False, widget=forms.CheckboxSelectMultiple, choices=Vulnerability.choices
    )

    class Meta:
        model = ClientRecord
        fields = [field for fields in FIELDS_BY_CATEGORY.values() for field in fields]
        widgets = {
            "date_of_birth": forms.DateInput(attrs={"type": "date"}),
            "household": forms.Textarea(attrs={"rows": 2}),
            "needs_text": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args: Any, categories: frozenset[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = spoken_language_choices()  # type: ignore[attr-defined]
        shown = {field for category in categories for field in FIELDS_BY_CATEGORY.get(category, ())}
        for name in list(self.fields):
            if name not in shown:
                del self.fields[name]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "name" in self.fields and not (cleaned.get("name") or cleaned.get("alias")):
            raise forms.ValidationError(_("Enter a name or an alias. An alias is enough."))
        return cleaned

    def client_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.fields}


class OwnerChoiceForm(forms.Form):
    owner = forms.ModelChoiceField(label=_("Record kept by"), queryset=Organisation.objects.none())

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = organisations  # type: ignore[attr-defined]


class ConsentForm(forms.Form):
    recipient = forms.ModelChoiceField(
        label=_("Shared with"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("All partner organisations of the shop"),
    )
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    categories = forms.MultipleChoiceField(
        label=_("What may be shared"), widget=forms.CheckboxSelectMultiple, choices=Category.choices
    )
    given_how = forms.ChoiceField(label=_("Consent given"), choices=GivenHow.choices)
    language = forms.ChoiceField(label=_("Explained in the language"), choices=())
    interpreter_present = forms.BooleanField(label=_("An interpreter was present"), required=False)
    valid_until = forms.DateField(
        label=_("Valid until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, owner: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["recipient"].queryset = Organisation.objects.filter(is_active=True).exclude(pk=owner.pk)  # type: ignore[attr-defined]
        self.fields["language"].choices = spoken_language_choices()  # type: ignore[attr-defined]


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Personal code"), max_length=20)


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, help_text=_("For example: residence permit, letter."))
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, JPEG or PNG."),
        # Allow every name: the content decides (clients/documents.py), not the extension.
        allow_empty_file=True,
        error_messages={"required": _("Choose a file.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        document_check(upload)
        return upload


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I confirm that everything about this person is to be erased. This cannot be undone."),
        required=True,
        error_messages={"required": _("Tick the box to confirm the erasure.")},
    )


class ConsentOnTheSpotForm(forms.Form):
    """The person consents, at this desk, to this organisation seeing parts of their record."""

    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    categories = forms.MultipleChoiceField(
        label=_("What may be shared"), widget=forms.CheckboxSelectMultiple, choices=Category.choices
    )
    language = forms.ChoiceField(label=_("Explained in the language"), choices=())
    interpreter_present = forms.BooleanField(label=_("An interpreter was present"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = spoken_language_choices()  # type: ignore[attr-defined]
