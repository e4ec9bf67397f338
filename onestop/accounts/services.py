"""Every write to staff accounts, memberships, spoken languages and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from onestop.accounts.models import ApiToken, Membership, Role, SpokenLanguage, User
from onestop.accounts.roles import forget_roles
from onestop.audit.services import audit_record
from onestop.core.tasks import send_email_after_commit
from onestop.directory.models import Organisation

TOKEN_BYTES = 32


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def password_set_link(*, user: User, base_url: str) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return base_url.rstrip("/") + path


@transaction.atomic
def staff_create(
    *,
    organisation: Organisation,
    username: str,
    email: str,
    first_name: str,
    last_name: str,
    role: Role,
    created_by: User | None,
    base_url: str,
    request: HttpRequest | None = None,
    password: str | None = None,
) -> User:
    """Create a staff account in an organisation. Without a password, the person is e-mailed
    a link to choose one (the same link as a password reset)."""
    user = User(username=username, email=email, first_name=first_name, last_name=last_name)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    Membership.objects.create(user=user, organisation=organisation, role=role)
    audit_record(
        action="staff.created",
        actor=created_by,
        organisation=organisation,
        request=request,
        object_type="user",
        object_id=user.pk,
        data={"username": username, "role": role.value},
    )
    if not password and email:
        subject = _("Your account at %(shop)s") % {"shop": organisation.name}
        body = render_to_string(
            "accounts/email/invitation.txt",
            {"user": user, "organisation": organisation, "link": password_set_link(user=user, base_url=base_url)},
        )
        send_email_after_commit(subject=subject, body=body, to=[email])
    return user


@transaction.atomic
def membership_grant(
    *, user: User, organisation: Organisation, role: Role, granted_by: User | None, request: HttpRequest | None = None
) -> Membership:
    membership, created = Membership.objects.get_or_create(user=user, organisation=organisation, role=role)
    if created:
        audit_record(
            action="role.granted",
            actor=granted_by,
            organisation=organisation,
            request=request,
            object_type="user",
            object_id=user.pk,
            data={"username": user.username, "role": role.value},
        )
    forget_roles(user)
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership, revoked_by: User | None, request: HttpRequest | None = None) -> None:
    audit_record(
        action="role.revoked",
        actor=revoked_by,
        organisation=membership.organisation,
        request=request,
        object_type="user",
        object_id=membership.user_id,
        data={"username": membership.user.username, "role": membership.role},
    )
    membership.delete()
    forget_roles(membership.user)


@transaction.atomic
def user_set_spoken_languages(*, user: User, codes: Iterable[str]) -> None:
    wanted = set(codes)
    SpokenLanguage.objects.filter(user=user).exclude(code__in=wanted).delete()
    existing = set(SpokenLanguage.objects.filter(user=user).values_list("code", flat=True))
    SpokenLanguage.objects.bulk_create([SpokenLanguage(user=user, code=c) for c in sorted(wanted - existing)])


@transaction.atomic
def api_token_create(*, user: User, name: str, request: HttpRequest | None = None) -> tuple[ApiToken, str]:
    """Create a personal API token; the raw token is returned once and never stored."""
    raw = secrets.token_urlsafe(TOKEN_BYTES)
    token = ApiToken.objects.create(user=user, name=name, prefix=raw[:8], key_hash=hash_token(raw))
    audit_record(
        action="api_token.created",
        actor=user,
        request=request,
        object_type="api_token",
        object_id=token.pk,
        data={"name": name},
    )
    return token, raw


@transaction.atomic
def api_token_revoke(*, token: ApiToken, revoked_by: User, request: HttpRequest | None = None) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(
            action="api_token.revoked",
            actor=revoked_by,
            request=request,
            object_type="api_token",
            object_id=token.pk,
            data={"name": token.name},
        )


def send_password_reset_email(*, user: User, base_url: str, language: str) -> None:
    with translation.override(language):
        subject = _("Choose a new password")
        body = render_to_string(
            "accounts/email/password_reset.txt", {"user": user, "link": password_set_link(user=user, base_url=base_url)}
        )
    send_email_after_commit(subject=subject, body=body, to=[user.email])
