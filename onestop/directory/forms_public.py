from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from onestop.core.languages import language_name
from onestop.directory.models import SpokenAt
from onestop.directory.needs import need_label
from onestop.directory.selectors import need_terms, public_sites


class ServiceSearchForm(forms.Form):
    """The public search: every field optional, so an empty form lists everything."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    need = forms.ChoiceField(label=_("What do you need help with?"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    site = forms.ChoiceField(label=_("Place"), required=False)
    open = forms.BooleanField(label=_("Open now"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        anything = ("", _("Any"))
        self.fields["need"].choices = [anything] + [  # type: ignore[attr-defined]
            (term.code, need_label(term.code, term.name)) for term in need_terms()
        ]
        codes = SpokenAt.objects.exclude(code="").order_by("code").values_list("code", flat=True).distinct()
        spoken = sorted(((code, language_name(code)) for code in codes), key=lambda choice: choice[1].casefold())
        self.fields["language"].choices = [anything, *spoken]  # type: ignore[attr-defined]
        sites = public_sites().prefetch_related(None).only("slug", "name")
        self.fields["site"].choices = [anything] + [(s.slug, s.name) for s in sites]  # type: ignore[attr-defined]
