"""Client records, shared between partners only with recorded consent, behind the firewall.

A record belongs to the organisation that created it. Other organisations see the parts of it
that a live consent grant covers, and an enforcement body never sees a record of a protected
organisation, whatever any consent says (clients/access.py). The consent ledger is append-only:
a grant is never edited, only withdrawn (ISO/IEC TS 27560, W3C DPV).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onestop.directory.models import Organisation

# Personal codes avoid letters and digits that look alike (0/O, 1/I/L) on a card read aloud.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def new_personal_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class ResidenceStatus(models.TextChoices):
    UNKNOWN = "", _("Not recorded")
    CITIZEN = "citizen", _("Citizen")
    EU_CITIZEN = "eu", _("EU citizen")
    PERMIT = "permit", _("Residence permit")
    ASYLUM_SEEKER = "asylum", _("Asylum seeker")
    TEMPORARY_PROTECTION = "temporary_protection", _("Temporary protection")
    TOLERATED = "tolerated", _("Tolerated stay")
    IRREGULAR = "irregular", _("Without a residence status")


class Category(models.TextChoices):
    """The parts of a record that consent can cover."""

    IDENTITY = "identity", _("Identity and contact")
    NEEDS = "needs", _("Needs")
    JOURNEY = "journey", _("Journey progress")
    NOTES = "notes", _("Notes")
    DOCUMENTS = "documents", _("Documents")
    # Special categories: shared only when the person asks for exactly this.
    RESIDENCE_STATUS = "residence_status", _("Residence status")
    VULNERABILITY = "vulnerability", _("Vulnerabilities")


SPECIAL_CATEGORIES = frozenset({Category.RESIDENCE_STATUS, Category.VULNERABILITY})


class Purpose(models.TextChoices):
    """Why a record is shared. The list is closed and holds no enforcement purpose."""

    REFERRAL = "referral", _("Referral to the partner's service")
    COORDINATED_SUPPORT = "coordinated_support", _("Coordinated support between partners")
    APPOINTMENTS = "appointments", _("Booking appointments")
    INTERPRETING = "interpreting", _("Interpreting")
    JOURNEY = "journey", _("Following the integration journey")


class GivenHow(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("By phone")
    WRITTEN = "written", _("In writing")


class Vulnerability(models.TextChoices):
    PREGNANCY = "pregnancy", _("Pregnancy")
    DISABILITY = "disability", _("Disability")
    MEDICAL = "medical", _("Medical condition")
    UNACCOMPANIED_MINOR = "unaccompanied_minor", _("Unaccompanied minor")
    SURVIVOR_OF_VIOLENCE = "survivor_of_violence", _("Survivor of violence")


class ClientRecord(models.Model):
    owner = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="client_records")
    code = models.CharField(_("personal code"), max_length=12, unique=True, default=new_personal_code)
    # identity
    name = models.CharField(_("name"), max_length=200, blank=True)
    alias = models.CharField(_("alias"), max_length=100, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=12)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    household = models.TextField(_("household members"), blank=True, max_length=2000)
    # special categories
    residence_status = models.CharField(
        _("residence status"), max_length=30, choices=ResidenceStatus.choices, blank=True, default=""
    )
    vulnerabilities = models.JSONField(_("vulnerabilities"), default=list, blank=True)
    # needs and notes
    needs = models.JSONField(_("needs"), default=list, blank=True)  # need category codes (directory)
    needs_text = models.TextField(_("needs in own words"), blank=True, max_length=4000)
    notes = models.TextField(_("notes"), blank=True, max_length=20000)
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(auto_now=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_activity_at"]
        verbose_name = _("client record")
        verbose_name_plural = _("client records")
        constraints = [
            # Minimal data: a name or an alias.
            models.CheckConstraint(condition=~Q(name="") | ~Q(alias=""), name="client_name_or_alias"),
        ]

    def __str__(self) -> str:
        return self.alias or self.name or self.code

    @property
    def display_name(self) -> str:
        return self.name or self.alias


class ConsentGrant(models.Model):
    """One consent, as given; never changed afterwards (withdrawal is a record of its own)."""

    client = models.ForeignKey(ClientRecord, on_delete=models.CASCADE, related_name="consents")
    # None: every partner organisation of the shop.
    recipient = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="consents_received", null=True, blank=True
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    categories = models.JSONField(_("data shared"))
    given_how = models.CharField(_("given how"), max_length=20, choices=GivenHow.choices)
    language = models.CharField(_("language of the explanation"), max_length=12)
    explained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    interpreter_present = models.BooleanField(_("an interpreter was present"), default=False)
    notice_version = models.CharField(_("version of the notice shown"), max_length=20, default="1")
    given_at = models.DateTimeField()
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.CheckConstraint(condition=Q(purpose__in=Purpose.values), name="consent_purpose_closed_list"),
        ]

    def __str__(self) -> str:
        return f"{self.client_id} → {self.recipient_id or 'all'} ({self.purpose})"


class ConsentWithdrawal(models.Model):
    grant = models.OneToOneField(ConsentGrant, on_delete=models.CASCADE, related_name="withdrawal")
    withdrawn_at = models.DateTimeField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )

    class Meta:
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")

    def __str__(self) -> str:
        return f"withdrawal of {self.grant_id}"


# Stored under MEDIA_ROOT with a random name: the uploaded name (often the person's name or the
# kind of document) never reaches the file system. The reverse proxy must not serve MEDIA_ROOT;
# documents leave only through the access-checked download view.
DOCUMENT_EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def document_path(instance: ClientDocument, filename: str) -> str:
    return f"client-documents/{secrets.token_hex(16)}{DOCUMENT_EXTENSIONS.get(instance.content_type, '')}"


class ClientDocument(models.Model):
    """A file kept with a record (a permit, a letter, a certificate): part of Category.DOCUMENTS."""

    client = models.ForeignKey(ClientRecord, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    # Found from the content, never taken from the browser or the file name.
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64)
    file = models.FileField(_("file"), upload_to=document_path, max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    uploaded_at = models.DateTimeField(_("uploaded at"))

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("client document")
        verbose_name_plural = _("client documents")
        constraints = [
            models.CheckConstraint(
                condition=Q(content_type__in=list(DOCUMENT_EXTENSIONS)), name="client_document_allowed_type"
            ),
            models.CheckConstraint(condition=Q(size__gt=0), name="client_document_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title


class ErasureReason(models.TextChoices):
    REQUEST = "request", _("At the person's request")
    RETENTION = "retention", _("The retention period ended")


class ErasedClient(models.Model):
    """What is left of an erased record: figures for statistics and nothing that identifies the
    person (clients/rights.py). No code, name, dates of birth or free text; months and days only,
    so a row cannot be matched to the audit events of the record it came from."""

    owner = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="erased_clients")
    created_month = models.DateField(_("month the record was created"))  # always the first of a month
    erased_on = models.DateField(_("day of erasure"))
    reason = models.CharField(_("reason"), max_length=20, choices=ErasureReason.choices)
    needs = models.JSONField(_("needs"), default=list, blank=True)  # need category codes (directory)
    preferred_language = models.CharField(_("preferred language"), max_length=12, blank=True)

    class Meta:
        ordering = ["-erased_on", "-pk"]
        verbose_name = _("erased client record")
        verbose_name_plural = _("erased client records")
        constraints = [
            models.CheckConstraint(condition=Q(reason__in=ErasureReason.values), name="erased_client_reason_valid"),
        ]

    def __str__(self) -> str:
        return f"erased {self.erased_on} ({self.owner_id})"
