"""Staff users, their memberships in organisations with a role, and personal API tokens."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from onestop.directory.models import Organisation


class Role(models.TextChoices):
    RECEPTION = "reception", _("Reception")
    CASEWORKER = "caseworker", _("Caseworker")
    COORDINATOR = "coordinator", _("Coordinator")
    PARTNER_ADMIN = "partner_admin", _("Partner administrator")
    INTERPRETER = "interpreter", _("Interpreter")
    DATA_PROTECTION_OFFICER = "dpo", _("Data protection officer")
    ANALYST = "analyst", _("Analyst")


# Every role but the analyst's (who sees only figures) can see personal data, so every one of
# them logs in with a second factor.
ROLES_WITHOUT_PERSONAL_DATA = frozenset({Role.ANALYST})
ROLES_REQUIRING_TWO_FACTOR = frozenset(Role) - ROLES_WITHOUT_PERSONAL_DATA


class User(AbstractUser):
    """A member of staff. Newcomers never have an account."""

    email = models.EmailField(_("e-mail address"), blank=True)

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff")

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username


class Membership(models.Model):
    """A user works for an organisation in a role; a user may hold several."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organisation__name", "role"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="membership_unique_role"),
            models.CheckConstraint(condition=models.Q(role__in=Role.values), name="membership_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation} · {self.get_role_display()}"


class SpokenLanguage(models.Model):
    """A language a staff member speaks (ISO 639 code), used for routing and interpreting."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="spoken_languages")
    code = models.CharField(_("language"), max_length=12)

    class Meta:
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["user", "code"], name="spoken_language_unique")]

    def __str__(self) -> str:
        return self.code


class ApiToken(models.Model):
    """A personal API token. Only a hash is stored; the token is shown once when created."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=8)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
