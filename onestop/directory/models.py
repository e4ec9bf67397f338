"""Partner organisations, the shop's sites and their opening hours, and services.

The service directory issue extends these towards Open Referral HSDS 3; the foundation holds
what accounts, reception and the public home page need.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    CITY_DEPARTMENT = "city", _("City department")
    REGIONAL_AUTHORITY = "regional", _("Regional authority")
    NATIONAL_AUTHORITY = "national", _("National authority")
    IMMIGRATION_OFFICE = "immigration", _("Immigration / foreigners' office")
    POLICE = "police", _("Police")
    JOB_CENTRE = "job_centre", _("Job centre")
    HEALTH_SERVICE = "health", _("Health service")
    NGO = "ngo", _("Non-governmental organisation")
    MIGRANT_LED = "migrant_led", _("Migrant-led association")
    OTHER = "other", _("Other")


# Which kinds enforce immigration law: the firewall (client records) never lets them read
# records of protected organisations. Fixed in code and stored as a generated column, so no
# setting or role can turn it off.
ENFORCEMENT_KINDS = (OrganisationKind.IMMIGRATION_OFFICE, OrganisationKind.POLICE)
PUBLIC_BODY_KINDS = (
    OrganisationKind.CITY_DEPARTMENT,
    OrganisationKind.REGIONAL_AUTHORITY,
    OrganisationKind.NATIONAL_AUTHORITY,
    OrganisationKind.IMMIGRATION_OFFICE,
    OrganisationKind.POLICE,
    OrganisationKind.JOB_CENTRE,
    OrganisationKind.HEALTH_SERVICE,
)
PROTECTED_BY_DEFAULT_KINDS = (OrganisationKind.NGO, OrganisationKind.MIGRANT_LED)


def _kind_in(kinds: tuple[OrganisationKind, ...]) -> Case:
    return Case(When(kind__in=[k.value for k in kinds], then=Value(True)), default=Value(False))


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    is_enforcement = models.GeneratedField(
        expression=_kind_in(ENFORCEMENT_KINDS), output_field=models.BooleanField(), db_persist=True
    )
    is_public_body = models.GeneratedField(
        expression=_kind_in(PUBLIC_BODY_KINDS), output_field=models.BooleanField(), db_persist=True
    )
    is_protected = models.BooleanField(
        _("protected"),
        help_text=_("Records of a protected organisation are never visible to enforcement bodies."),
    )
    # The coordinating organisation of the shop (one per deployment).
    is_coordinating = models.BooleanField(_("coordinates the shop"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["is_coordinating"], condition=Q(is_coordinating=True), name="one_coordinating_organisation"
            ),
            # An enforcement body can never be a protected organisation: the firewall protects
            # data from it, not for it.
            models.CheckConstraint(
                condition=~(Q(is_protected=True) & Q(kind__in=[k.value for k in ENFORCEMENT_KINDS])),
                name="enforcement_never_protected",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Site(models.Model):
    """A place where the shop or a partner receives people."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), unique=True)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="sites")
    street = models.CharField(_("street and number"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=20)
    city = models.CharField(_("city"), max_length=100)
    directions = models.TextField(_("directions"), blank=True, max_length=1000)
    is_main = models.BooleanField(_("main site of the shop"), default=False)
    appointment_only = models.BooleanField(_("by appointment only"), default=False)
    is_public = models.BooleanField(_("shown on public pages"), default=True)

    class Meta:
        ordering = ["-is_main", "name"]
        verbose_name = _("site")
        verbose_name_plural = _("sites")

    def __str__(self) -> str:
        return self.name


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(models.Model):
    """A regular weekly opening period of a site; a day may have several."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))

    class Meta:
        ordering = ["site", "weekday", "opens_at"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(condition=Q(closes_at__gt=models.F("opens_at")), name="opening_closes_after_opens"),
            models.CheckConstraint(condition=Q(weekday__gte=0, weekday__lte=6), name="opening_weekday_valid"),
            models.UniqueConstraint(fields=["site", "weekday", "opens_at"], name="opening_unique_start"),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}-{self.closes_at:%H:%M}"


class Service(models.Model):
    """Something a partner offers; the directory issue adds translations and HSDS fields."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="services")
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    sites = models.ManyToManyField(Site, related_name="services", blank=True)
    appointment_only = models.BooleanField(_("by appointment only"), default=False)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["organisation__name", "name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="service_unique_slug_per_organisation")
        ]

    def __str__(self) -> str:
        return self.name
