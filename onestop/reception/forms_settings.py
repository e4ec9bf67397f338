"""Forms of the reception's settings pages: ticket series, desks, priority weights, notices."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.validators import MinValueValidator
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from onestop.core.languages import interface_language_codes, language_name
from onestop.directory.models import Organisation, Service, Site
from onestop.reception.models import DEFAULT_PRIORITY_WEIGHTS, Desk, PriorityReason, PriorityWeight, TicketSeries


def site_services(site: Site, organisations: list[int] | None = None) -> QuerySet[Service]:
    """Services offered at the site; for a partner admin only their organisations' ones."""
    rows = Service.objects.filter(service_at_locations__site=site).distinct().order_by("name")
    return rows if organisations is None else rows.filter(organisation_id__in=organisations)


class SeriesForm(forms.ModelForm):
    class Meta:
        model = TicketSeries
        fields = [
            "service", "prefix", "pictogram", "day_starts_at", "daily_quota", "remote_check_in", "remote_quota",
            "max_wait_minutes", "calls_before_no_show", "handling_minutes", "is_active",
        ]  # fmt: skip
        widgets = {"day_starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args: Any, site: Site, organisations: list[int] | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site = self.instance.site = site
        service = self.fields["service"]
        service.queryset = site_services(site, organisations)  # type: ignore[attr-defined]
        service.empty_label = None  # type: ignore[attr-defined]
        if self.instance.pk is not None:
            # A series stays with its service: its tickets and statistics belong to it.
            service.disabled = True
            service.queryset = Service.objects.filter(pk=self.instance.service_id)  # type: ignore[attr-defined]
        for name in ("max_wait_minutes", "handling_minutes", "calls_before_no_show"):
            self.fields[name].validators.append(MinValueValidator(1))
            self.fields[name].widget.attrs["min"] = 1

    def clean_prefix(self) -> str:
        prefix = str(self.cleaned_data["prefix"]).strip().upper()
        if not re.fullmatch(r"[A-Z0-9]{1,3}", prefix):
            raise forms.ValidationError(_("Use one to three letters A–Z or digits."))
        return prefix

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        others = TicketSeries.objects.filter(site=self.site).exclude(pk=self.instance.pk)
        prefix, service = data.get("prefix"), data.get("service")
        if prefix and others.filter(prefix=prefix).exists():
            self.add_error("prefix", _("Another ticket series at this site already uses this letter."))
        if service is not None and others.filter(service=service).exists():
            self.add_error("service", _("This service already has a ticket series at this site."))
        daily, remote = data.get("daily_quota"), data.get("remote_quota")
        if daily is not None and remote is not None and remote > daily:
            self.add_error("remote_quota", _("The phone quota cannot be larger than the daily quota."))
        return data


class DeskForm(forms.ModelForm):
    class Meta:
        model = Desk
        fields = ["name", "label", "organisation", "services", "is_active"]
        widgets = {"services": forms.CheckboxSelectMultiple}

    def __init__(self, *args: Any, site: Site, organisations: list[int] | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site = self.instance.site = site
        orgs = Organisation.objects.filter(is_active=True).order_by("name")
        if organisations is not None:
            orgs = orgs.filter(pk__in=organisations)
        self.fields["organisation"].queryset = orgs  # type: ignore[attr-defined]
        self.fields["organisation"].empty_label = None  # type: ignore[attr-defined]
        self.fields["services"].queryset = site_services(site)  # type: ignore[attr-defined]
        self.fields["services"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        label = data.get("label")
        if label and Desk.objects.filter(site=self.site, label=label).exclude(pk=self.instance.pk).exists():
            self.add_error("label", _("Another desk at this site already has this label."))
        return data


class PrioritiesForm(forms.Form):
    """One weight and one "in use" switch per priority reason; the defaults where no row exists."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        rows = {row.reason: row for row in PriorityWeight.objects.all()}
        self.reasons: list[tuple[str, str]] = []
        for reason in PriorityReason:
            row = rows.get(reason.value)
            weight = row.weight if row else DEFAULT_PRIORITY_WEIGHTS.get(reason, 0)
            self.fields[f"weight_{reason.value}"] = forms.IntegerField(
                label=_("weight: %(reason)s") % {"reason": reason.label},
                min_value=0, max_value=100, initial=weight,
            )  # fmt: skip
            self.fields[f"active_{reason.value}"] = forms.BooleanField(
                label=_("in use: %(reason)s") % {"reason": reason.label},
                required=False, initial=row.is_active if row else True,
            )  # fmt: skip
            self.reasons.append((reason.value, str(reason.label)))

    def rows(self) -> list[dict[str, Any]]:
        return [
            {"label": label, "weight": self[f"weight_{code}"], "active": self[f"active_{code}"]}
            for code, label in self.reasons
        ]

    def weights(self) -> dict[str, tuple[int, bool]]:
        data = self.cleaned_data
        return {code: (data[f"weight_{code}"], data[f"active_{code}"]) for code, _label in self.reasons}


class NoticeForm(forms.Form):
    text = forms.CharField(label=_("text"), max_length=300, widget=forms.Textarea(attrs={"rows": 3}))
    language = forms.ChoiceField(label=_("language"), required=False, choices=())
    shown_until = forms.DateTimeField(
        label=_("shown until (optional)"), required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Empty to show it until it is removed."),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        languages = [(code, language_name(code)) for code in interface_language_codes()]
        self.fields["language"].choices = [("", _("every language")), *languages]  # type: ignore[attr-defined]

    def clean_shown_until(self) -> Any:
        value = self.cleaned_data.get("shown_until")
        if value is not None and value <= timezone.now():
            raise forms.ValidationError(_("Choose a moment in the future."))
        return value
