"""Desks of a site. The reception issue adds tickets, queues, calling and displays."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from onestop.directory.models import Organisation, Service, Site


class Desk(models.Model):
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="desks")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="desks")
    name = models.CharField(_("name"), max_length=100)
    # Short label shown on the display screen and called out ("Desk 3").
    label = models.CharField(_("display label"), max_length=20)
    services = models.ManyToManyField(Service, related_name="desks", blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["site", "label"]
        verbose_name = _("desk")
        verbose_name_plural = _("desks")
        constraints = [models.UniqueConstraint(fields=["site", "label"], name="desk_unique_label_per_site")]

    def __str__(self) -> str:
        return f"{self.label} · {self.name}"
