"""Login with a second factor, logout, password reset, the profile, and staff management."""

from __future__ import annotations

import base64
import time
from typing import Any

import segno
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from onestop.accounts import services
from onestop.accounts.access import (
    get_membership_for_staff_management,
    get_organisation_for_staff_management,
    organisations_staff_managed_by,
)
from onestop.accounts.forms import (
    ApiTokenForm,
    LoginForm,
    PasswordResetRequestForm,
    RoleGrantForm,
    SpokenLanguagesForm,
    StaffAddForm,
    TwoFactorCodeForm,
)
from onestop.accounts.models import ApiToken, Membership, Role, User
from onestop.accounts.roles import requires_two_factor
from onestop.audit.services import audit_record
from onestop.core.decorators import staff_permission_required

PENDING_KEY = "onestop_pending_login"
NEW_TOKEN_KEY = "onestop_new_api_token"
PENDING_SECONDS = 5 * 60
MAX_CODE_ATTEMPTS = 5


def _safe_next(request: HttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
        return candidate
    return reverse("core:dashboard")


@sensitive_post_parameters("password")
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(_safe_next(request, request.GET.get("next")))
    form = LoginForm(request, data=request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = form.get_user()
            next_url = _safe_next(request, request.POST.get("next"))
            if requires_two_factor(user) or TOTPDevice.objects.filter(user=user, confirmed=True).exists():
                request.session.cycle_key()
                request.session[PENDING_KEY] = {
                    "user_id": user.pk,
                    "backend": user.backend,  # type: ignore[attr-defined]
                    "started": time.time(),
                    "attempts": 0,
                    "next": next_url,
                }
                return redirect("accounts:two_factor")
            login(request, user)
            audit_record(action="login.succeeded", actor=user, request=request, data={"second_factor": "none"})
            return redirect(next_url)
        audit_record(
            action="login.failed",
            username=request.POST.get("username", "")[:150],
            request=request,
            data={"reason": "credentials"},
        )
    return render(request, "accounts/login.html", {"form": form, "next": request.GET.get("next", "")})


def locked_out(request: HttpRequest, original_response: Any = None, credentials: Any = None) -> HttpResponse:
    """The page shown when axes locks a user name and address out (settings.AXES_LOCKOUT_CALLABLE)."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    audit_record(action="login.locked_out", username=str(username)[:150], request=request)
    from django.conf import settings

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)


def _pending_user(request: HttpRequest) -> tuple[User | None, dict[str, Any]]:
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending.get("started", 0) > PENDING_SECONDS:
        request.session.pop(PENDING_KEY, None)
        return None, {}
    user = User.objects.filter(pk=pending["user_id"], is_active=True).first()
    return user, pending


def _qr_svg(data: str) -> str:
    return segno.make(data, error="m").svg_inline(scale=4, dark="#000", light="#fff", omitsize=True)


def two_factor_view(request: HttpRequest) -> HttpResponse:
    """Second step of the login: check the code, or enrol an authenticator app first."""
    user, pending = _pending_user(request)
    if user is None:
        messages.info(request, _("Please log in again."))
        return redirect("accounts:login")
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    enrolling = device is None
    if enrolling:
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
            user=user, name=_("Authenticator app"), confirmed=False
        )
    assert device is not None
    form = TwoFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _data = device.verify_is_allowed()
        if allowed and device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                if enrolling:
                    device.confirmed = True
                    device.save(update_fields=["confirmed"])
                    audit_record(action="two_factor.enrolled", actor=user, request=request)
                request.session.pop(PENDING_KEY, None)
                user.backend = pending["backend"]  # type: ignore[attr-defined]
                user.otp_device = device  # type: ignore[attr-defined]
                login(request, user)
                audit_record(action="login.succeeded", actor=user, request=request, data={"second_factor": "totp"})
            return redirect(_safe_next(request, pending.get("next")))
        pending["attempts"] = pending.get("attempts", 0) + 1
        audit_record(action="login.second_factor_failed", actor=user, request=request)
        if pending["attempts"] >= MAX_CODE_ATTEMPTS:
            request.session.pop(PENDING_KEY, None)
            messages.error(request, _("Too many wrong codes. Please log in again."))
            return redirect("accounts:login")
        request.session[PENDING_KEY] = pending
        if allowed:
            form.add_error("code", _("This code is not right, or it has expired. Enter the code shown now."))
        else:
            form.add_error("code", _("Too many attempts. Wait a minute, then try again."))
    context: dict[str, Any] = {"form": form, "enrolling": enrolling}
    if enrolling:
        secret = base64.b32encode(device.bin_key).decode()
        context["qr_svg"] = mark_safe(_qr_svg(device.config_url))  # noqa: S308 - segno's own SVG
        context["secret_groups"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render(request, "accounts/two_factor.html", context)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        audit_record(action="logout", actor=request.user, request=request)  # type: ignore[arg-type]
    logout(request)
    messages.success(request, _("You are logged out."))
    return redirect("core:home")


def password_reset_view(request: HttpRequest) -> HttpResponse:
    form = PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        base_url = request.build_absolute_uri("/")
        with transaction.atomic():
            for user in User.objects.filter(email__iexact=email, is_active=True):
                services.send_password_reset_email(user=user, base_url=base_url, language=get_language())
            audit_record(
                action="password.reset_requested", request=request, data={"email_domain": email.split("@")[-1]}
            )
        # The same answer whether or not the address is known, so nobody can probe for accounts.
        return redirect("accounts:password_reset_done")
    return render(request, "accounts/password_reset.html", {"form": form})


def password_reset_done_view(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_done.html")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        audit_record(action="password.reset_completed", actor=form.user, request=self.request)
        return response


def password_reset_complete_view(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_complete.html")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        audit_record(action="password.changed", actor=self.request.user, request=self.request)  # type: ignore[arg-type]
        messages.success(self.request, _("Your password is changed."))
        return response


@login_required
def profile_view(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    current = list(user.spoken_languages.values_list("code", flat=True))
    form = SpokenLanguagesForm(request.POST or None, initial={"languages": current})
    if request.method == "POST" and form.is_valid():
        services.user_set_spoken_languages(user=user, codes=form.cleaned_data["languages"])
        messages.success(request, _("Your languages are saved."))
        return redirect("accounts:profile")
    context = {
        "form": form,
        "token_form": ApiTokenForm(),
        "memberships": user.memberships.select_related("organisation"),
        "tokens": user.api_tokens.filter(revoked_at__isnull=True),
        "new_token": request.session.pop(NEW_TOKEN_KEY, None),
        "has_second_factor": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
    }
    return render(request, "accounts/profile.html", context)


@login_required
@require_POST
def api_token_create_view(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the token a name."))
        return redirect("accounts:profile")
    _token, raw = services.api_token_create(user=request.user, name=form.cleaned_data["name"], request=request)  # type: ignore[arg-type]
    # Shown once on the next page, then gone: the token is stored only as a hash.
    request.session[NEW_TOKEN_KEY] = raw
    return redirect("accounts:profile")


@login_required
@require_POST
def api_token_revoke_view(request: HttpRequest, token_id: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    services.api_token_revoke(token=token, revoked_by=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, _("The token no longer works."))
    return redirect("accounts:profile")


@staff_permission_required("accounts.manage_some_staff")
def staff_organisations_view(request: HttpRequest) -> HttpResponse:
    organisations = organisations_staff_managed_by(request.user)
    return render(request, "accounts/staff_organisations.html", {"organisations": organisations})


@login_required
def staff_list_view(request: HttpRequest, organisation_id: int) -> HttpResponse:
    organisation = get_organisation_for_staff_management(request.user, organisation_id)
    memberships = (
        Membership.objects.filter(organisation=organisation).select_related("user").order_by("user__username", "role")
    )
    users = User.objects.filter(memberships__organisation=organisation).distinct().order_by("username")
    add_form = StaffAddForm(prefix="add")
    grant_form = RoleGrantForm(prefix="grant", users=users)
    if request.method == "POST":
        if "add-username" in request.POST:
            add_form = StaffAddForm(request.POST, prefix="add")
            if add_form.is_valid():
                data = add_form.cleaned_data
                services.staff_create(
                    organisation=organisation,
                    username=data["username"],
                    email=data["email"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    role=Role(data["role"]),
                    created_by=request.user,  # type: ignore[arg-type]
                    base_url=request.build_absolute_uri("/"),
                    request=request,
                )
                messages.success(
                    request, _("%(name)s was added and will receive an e-mail.") % {"name": data["username"]}
                )
                return redirect("accounts:staff_list", organisation_id=organisation.pk)
        else:
            grant_form = RoleGrantForm(request.POST, prefix="grant", users=users)
            if grant_form.is_valid():
                services.membership_grant(
                    user=grant_form.cleaned_data["user"],
                    organisation=organisation,
                    role=Role(grant_form.cleaned_data["role"]),
                    granted_by=request.user,  # type: ignore[arg-type]
                    request=request,
                )
                messages.success(request, _("The role was given."))
                return redirect("accounts:staff_list", organisation_id=organisation.pk)
    context = {"organisation": organisation, "memberships": memberships, "add_form": add_form, "grant_form": grant_form}
    return render(request, "accounts/staff_list.html", context)


@login_required
@require_POST
def membership_revoke_view(request: HttpRequest, membership_id: int) -> HttpResponseBase:
    membership = get_membership_for_staff_management(request.user, membership_id)
    if membership.user_id == request.user.pk and membership.role in (Role.COORDINATOR, Role.PARTNER_ADMIN):
        # Nobody locks themselves out of managing staff by accident.
        messages.error(request, _("You cannot take away your own administration role."))
        return redirect("accounts:staff_list", organisation_id=membership.organisation_id)
    organisation_id = membership.organisation_id
    services.membership_revoke(membership=membership, revoked_by=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, _("The role was taken away."))
    return redirect("accounts:staff_list", organisation_id=organisation_id)
