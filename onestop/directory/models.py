"""The service directory, modelled on Open Referral HSDS 3.0.

Organisations, locations (the shop's sites and partners' offices), services, services at
locations, schedules, addresses, phones, languages and taxonomy terms are tables of their own,
each with its HSDS id, and so are contacts and the accessibility of locations. HSDS properties
that Onestop does not use yet (funding, programs, identifiers, metadata, ...) are kept as they
came in `extra`, so an import exported again loses nothing.
"""

from __future__ import annotations

import uuid

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


class HsdsRecord(models.Model):
    """What every HSDS table shares: its HSDS id and the properties kept as they came."""

    hsds_id = models.UUIDField(_("HSDS id"), default=uuid.uuid4, unique=True, editable=False)
    extra = models.JSONField(default=dict, blank=True)

    class Meta:
        abstract = True


class Organisation(HsdsRecord):
    name = models.CharField(_("name"), max_length=200, unique=True)
    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.OTHER)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    website = models.URLField(_("website"), blank=True, max_length=500)
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
        default=False,
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


class LocationType(models.TextChoices):
    PHYSICAL = "physical", _("Physical place")
    POSTAL = "postal", _("Postal address only")
    VIRTUAL = "virtual", _("Online or by phone")


class Site(HsdsRecord):
    """A place where the shop or a partner receives people (an HSDS location)."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="sites", null=True, blank=True
    )
    location_type = models.CharField(
        _("kind of place"), max_length=10, choices=LocationType.choices, default=LocationType.PHYSICAL
    )
    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    directions = models.TextField(_("directions"), blank=True, max_length=2000)  # HSDS: transportation
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    url = models.URLField(_("web address"), blank=True, max_length=500)
    is_main = models.BooleanField(_("main site of the shop"), default=False)
    appointment_only = models.BooleanField(_("by appointment only"), default=False)
    is_public = models.BooleanField(_("shown on public pages"), default=True)

    class Meta:
        ordering = ["-is_main", "name"]
        verbose_name = _("site")
        verbose_name_plural = _("sites")
        constraints = [
            models.CheckConstraint(condition=Q(latitude__gte=-90, latitude__lte=90), name="site_latitude_range"),
            models.CheckConstraint(condition=Q(longitude__gte=-180, longitude__lte=180), name="site_longitude_range"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def general_contacts(self) -> list[Contact]:
        """Whom to ask at this place about anything (not about one service); uses prefetched
        `contacts`."""
        return [c for c in self.contacts.all() if c.service_id is None and c.service_at_location_id is None]

    @property
    def address(self) -> Address | None:
        """The physical address (the first one), for pages and cards."""
        for address in self.addresses.all():
            if address.address_type == AddressType.PHYSICAL:
                return address
        return None


class AddressType(models.TextChoices):
    PHYSICAL = "physical", _("Physical address")
    POSTAL = "postal", _("Postal address")
    VIRTUAL = "virtual", _("Virtual address")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


# RFC 5545 day codes (as in HSDS schedule.byday), Monday first.
BYDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Address(HsdsRecord):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="addresses")
    address_type = models.CharField(max_length=10, choices=AddressType.choices, default=AddressType.PHYSICAL)
    attention = models.CharField(_("for the attention of"), max_length=200, blank=True)
    address_1 = models.CharField(_("street and number"), max_length=200)
    address_2 = models.CharField(_("address, second line"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(_("region"), max_length=100, blank=True)
    state_province = models.CharField(_("state or province"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20)
    country = models.CharField(_("country"), max_length=2, help_text=_("Two-letter country code, e.g. DE."))

    class Meta:
        ordering = ["site", "address_type", "id"]
        verbose_name = _("address")
        verbose_name_plural = _("addresses")

    def __str__(self) -> str:
        return f"{self.address_1}, {self.postal_code} {self.city}"


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("Defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")


class Service(HsdsRecord):
    """Something a partner offers."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="services")
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80)
    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True, max_length=8000)
    url = models.URLField(_("web address"), blank=True, max_length=500)
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)
    interpretation_services = models.TextField(_("interpretation"), blank=True, max_length=2000)
    application_process = models.TextField(_("how to get it"), blank=True, max_length=4000)
    fees_description = models.TextField(_("what it costs"), blank=True, max_length=2000)
    eligibility_description = models.TextField(_("for whom"), blank=True, max_length=4000)
    wait_time = models.CharField(_("waiting time"), max_length=200, blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    alert = models.TextField(_("notice"), blank=True, max_length=2000)
    # Onestop's own: what a person brings (HSDS required_documents, when imported, stay in extra).
    what_to_bring = models.TextField(_("what to bring"), blank=True, max_length=2000)
    is_approved = models.BooleanField(
        _("approved"), default=True, help_text=_("New services of partners appear once the coordinator approves them.")
    )
    sites = models.ManyToManyField(Site, through="ServiceAtLocation", related_name="services", blank=True)
    appointment_only = models.BooleanField(_("by appointment only"), default=False)
    last_confirmed_at = models.DateField(_("last checked"), null=True, blank=True)  # HSDS: assured_date
    assurer_email = models.EmailField(_("checked by"), blank=True)
    confirmation_reminded_at = models.DateField(null=True, blank=True)
    last_modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organisation__name", "name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="service_unique_slug_per_organisation"),
            models.CheckConstraint(condition=Q(status__in=ServiceStatus.values), name="service_status_valid"),
            models.CheckConstraint(
                condition=Q(minimum_age__isnull=True)
                | Q(maximum_age__isnull=True)
                | Q(maximum_age__gte=models.F("minimum_age")),
                name="service_age_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == ServiceStatus.ACTIVE


class ServiceAtLocation(HsdsRecord):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="service_at_locations")
    description = models.TextField(_("description"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("service at a site")
        verbose_name_plural = _("services at sites")
        constraints = [models.UniqueConstraint(fields=["service", "site"], name="service_at_location_unique")]

    def __str__(self) -> str:
        return f"{self.service} @ {self.site}"


class Schedule(HsdsRecord):
    """A recurring opening (HSDS schedule, RFC 5545 vocabulary) of a site, a service, or a
    service at one site."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="schedules", null=True, blank=True)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="schedules", null=True, blank=True)
    service_at_location = models.ForeignKey(
        ServiceAtLocation, on_delete=models.CASCADE, related_name="schedules", null=True, blank=True
    )
    freq = models.CharField(max_length=10, choices=[("WEEKLY", "WEEKLY"), ("MONTHLY", "MONTHLY")], default="WEEKLY")
    interval = models.PositiveSmallIntegerField(default=1)
    byday = models.CharField(max_length=60, blank=True)
    bymonthday = models.CharField(max_length=60, blank=True)
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    dtstart = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    count = models.PositiveIntegerField(null=True, blank=True)
    wkst = models.CharField(max_length=2, blank=True)
    description = models.TextField(blank=True, max_length=2000)
    attending_type = models.CharField(max_length=100, blank=True)
    notes = models.TextField(blank=True, max_length=2000)

    class Meta:
        ordering = ["id"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(site__isnull=False) | Q(service__isnull=False) | Q(service_at_location__isnull=False),
                name="schedule_belongs_somewhere",
            ),
            models.CheckConstraint(condition=Q(interval__gte=1), name="schedule_interval_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.freq} {self.byday or self.bymonthday} {self.opens_at}-{self.closes_at}"


class Closure(models.Model):
    """A day a site or service is closed or has special hours (holidays); Onestop's own."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="closures", null=True, blank=True)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="closures", null=True, blank=True)
    date = models.DateField(_("date"))
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("closure or special hours")
        verbose_name_plural = _("closures and special hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(site__isnull=False) | Q(service__isnull=False), name="closure_belongs_somewhere"
            ),
            models.CheckConstraint(
                condition=(Q(opens_at__isnull=True) & Q(closes_at__isnull=True))
                | (Q(opens_at__isnull=False) & Q(closes_at__isnull=False)),
                name="closure_special_hours_complete",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.reason}"


class Contact(HsdsRecord):
    """A person or desk to ask (HSDS contact) at an organisation, a service, a site, or a
    service at one site; its phones are `phones`."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="contacts", null=True, blank=True
    )
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="contacts", null=True, blank=True)
    service_at_location = models.ForeignKey(
        ServiceAtLocation, on_delete=models.CASCADE, related_name="contacts", null=True, blank=True
    )
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="contacts", null=True, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    department = models.CharField(_("department"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name or self.title or self.email or str(self.hsds_id)


class AccessibilityFeature(models.TextChoices):
    """What a place offers people with disabilities; Onestop's own vocabulary, so that pages
    can say it in every language (HSDS has only free text)."""

    STEP_FREE = "step_free", _("Step-free entrance")
    LIFT = "lift", _("Lift to every floor")
    WHEELCHAIR_TOILET = "wheelchair_toilet", _("Wheelchair-accessible toilet")
    HEARING_LOOP = "hearing_loop", _("Hearing loop")
    ACCESSIBLE_PARKING = "accessible_parking", _("Accessible parking")
    TACTILE_GUIDANCE = "tactile_guidance", _("Tactile guidance for blind people")
    QUIET_ROOM = "quiet_room", _("Quiet room")
    CHILD_FRIENDLY = "child_friendly", _("Room for prams and children")


class Accessibility(HsdsRecord):
    """One accessibility feature of a site (HSDS accessibility): a known `feature` with an
    optional note, or free text only (as imported from other directories)."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="accessibility")
    feature = models.CharField(_("feature"), max_length=30, choices=AccessibilityFeature.choices, blank=True)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    details = models.TextField(_("details"), blank=True, max_length=2000)
    url = models.URLField(_("web address"), blank=True, max_length=500)

    class Meta:
        ordering = ["id"]
        verbose_name = _("accessibility feature")
        verbose_name_plural = _("accessibility")
        constraints = [
            models.CheckConstraint(
                condition=Q(feature="") | Q(feature__in=AccessibilityFeature.values), name="accessibility_feature_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_feature_display() or self.description[:60]


class Phone(HsdsRecord):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="phones", null=True, blank=True
    )
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="phones", null=True, blank=True)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="phones", null=True, blank=True)
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="phones", null=True, blank=True)
    number = models.CharField(_("number"), max_length=40)
    extension = models.PositiveIntegerField(null=True, blank=True)
    type = models.CharField(max_length=20, blank=True)
    description = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.number


class SpokenAt(HsdsRecord):
    """A language spoken at a service or site (HSDS language)."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="languages", null=True, blank=True)
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="languages", null=True, blank=True)
    code = models.CharField(_("language"), max_length=12, blank=True)
    name = models.CharField(max_length=100, blank=True)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["code"], name="spoken_at_code")]

    def __str__(self) -> str:
        return self.code or self.name


class Taxonomy(HsdsRecord):
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=2000)
    uri = models.URLField(blank=True, max_length=500)
    version = models.CharField(max_length=50, blank=True)

    class Meta:
        verbose_name_plural = "taxonomies"

    def __str__(self) -> str:
        return self.name


class TaxonomyTerm(HsdsRecord):
    """A need category (residence and registration, housing, work, ...) or a term of an
    imported taxonomy."""

    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms", null=True, blank=True)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, related_name="children", null=True, blank=True)
    code = models.CharField(max_length=100, blank=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=2000)
    language = models.CharField(max_length=12, blank=True)
    term_uri = models.URLField(blank=True, max_length=500)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Attribute(HsdsRecord):
    """Links a taxonomy term to any HSDS record (a service's need category, ...)."""

    taxonomy_term = models.ForeignKey(TaxonomyTerm, on_delete=models.CASCADE, related_name="attributes")
    link_id = models.UUIDField()
    link_type = models.CharField(max_length=100, blank=True)
    link_entity = models.CharField(max_length=50)
    value = models.CharField(max_length=500, blank=True)

    class Meta:
        indexes = [models.Index(fields=["link_entity", "link_id"], name="attribute_link")]

    def __str__(self) -> str:
        return f"{self.link_entity} {self.link_id}: {self.taxonomy_term}"


class TextOrigin(models.TextChoices):
    HUMAN = "human", _("Written by a person")
    MACHINE = "machine", _("Suggested by a machine")


# The texts of a service that are translated; the service's own columns hold them in the
# shop's default language.
TRANSLATED_SERVICE_FIELDS = (
    "name", "description", "eligibility_description", "application_process", "fees_description", "what_to_bring",
)  # fmt: skip


class ServiceText(models.Model):
    """A service's texts in one more language. `source_hash` fingerprints the default-language
    texts it was translated from: when they change, the translation is outdated."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=12)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=8000)
    eligibility_description = models.TextField(_("for whom"), blank=True, max_length=4000)
    application_process = models.TextField(_("how to get it"), blank=True, max_length=4000)
    fees_description = models.TextField(_("what it costs"), blank=True, max_length=2000)
    what_to_bring = models.TextField(_("what to bring"), blank=True, max_length=2000)
    origin = models.CharField(_("written by"), max_length=10, choices=TextOrigin.choices, default=TextOrigin.HUMAN)
    source_hash = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation of a service")
        verbose_name_plural = _("translations of services")
        constraints = [models.UniqueConstraint(fields=["service", "language"], name="service_text_one_per_language")]

    def __str__(self) -> str:
        return f"{self.service_id} [{self.language}]"
