from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.contrib.auth.hashers import check_password, make_password
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent

LOGIN = "/en/accounts/login/"
CODE = "/en/accounts/login/code/"
PASSWORD = "correct horse battery"


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def password_step(client: Client, username: str, password: str = PASSWORD) -> object:
    return client.post(LOGIN, {"username": username, "password": password})


@pytest.mark.django_db
def test_caseworker_logs_in_with_password_and_code(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER)
    response = password_step(client, user.username)
    assert response.status_code == 302 and response["Location"] == CODE
    # Only the password was given: nothing behind the login opens yet.
    assert client.get("/en/staff/").status_code == 302
    device = TOTPDevice.objects.get(user=user)
    response = client.post(CODE, {"code": current_code(device)})
    assert response.status_code == 302 and response["Location"] == "/en/staff/"
    assert client.get("/en/staff/").status_code == 200
    assert AuditEvent.objects.filter(action="login.succeeded", actor_id=user.pk, data__second_factor="totp").exists()


@pytest.mark.django_db
def test_a_wrong_code_is_refused_with_a_message_and_counts(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.RECEPTION)
    password_step(client, user.username)
    response = client.post(CODE, {"code": "000000"})
    assert response.status_code == 200
    assert "This code is not right" in response.content.decode()
    assert client.get("/en/staff/").status_code == 302
    assert AuditEvent.objects.filter(action="login.second_factor_failed", actor_id=user.pk).count() == 1


@pytest.mark.django_db
def test_malformed_code_gets_a_clear_message(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.RECEPTION)
    password_step(client, user.username)
    response = client.post(CODE, {"code": "12ab" * 50})
    assert response.status_code == 200
    assert "Ensure this value has at most 12 characters" in response.content.decode()


@pytest.mark.django_db
def test_five_wrong_codes_end_the_attempt(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER)
    password_step(client, user.username)
    device = TOTPDevice.objects.get(user=user)
    for _ in range(5):
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0, throttling_failure_timestamp=None)
        response = client.post(CODE, {"code": "000000"})
    assert response.status_code == 302 and response["Location"] == LOGIN
    # The pending login is gone: even the right code does not log in now.
    response = client.post(CODE, {"code": current_code(device)})
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert client.get("/en/staff/").status_code == 302


@pytest.mark.django_db
def test_a_role_with_personal_data_must_enrol_an_authenticator_first(
    client: Client, make_staff: Callable[..., User]
) -> None:
    user = make_staff(Role.DATA_PROTECTION_OFFICER, with_device=False)
    password_step(client, user.username)
    page = client.get(CODE).content.decode()
    assert "Scan this code" in page and "<svg" in page
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post(CODE, {"code": current_code(device)})["Location"] == "/en/staff/"
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(action="two_factor.enrolled", actor_id=user.pk).exists()


@pytest.mark.django_db
def test_the_analyst_sees_no_personal_data_and_logs_in_with_the_password(
    client: Client, make_staff: Callable[..., User]
) -> None:
    user = make_staff(Role.ANALYST, with_device=False)
    response = password_step(client, user.username)
    assert response["Location"] == "/en/staff/"
    assert client.get("/en/staff/").status_code == 200


@pytest.mark.django_db
def test_wrong_password_gets_a_translated_message_and_is_audited(
    client: Client, make_staff: Callable[..., User]
) -> None:
    user = make_staff(Role.CASEWORKER)
    response = client.post("/de/accounts/login/", {"username": user.username, "password": "wrong"})
    assert response.status_code == 200
    assert "und Passwort eingeben. Beide Felder berücksichtigen" in response.content.decode()
    event = AuditEvent.objects.get(action="login.failed")
    assert event.actor_username == user.username
    assert "wrong" not in str(event.data)


@pytest.mark.django_db
def test_repeated_failures_lock_out_that_user_from_that_address(
    client: Client, make_staff: Callable[..., User]
) -> None:
    user = make_staff(Role.CASEWORKER)
    for _ in range(4):
        assert password_step(client, user.username, "wrong").status_code == 200
    response = password_step(client, user.username, "wrong")
    assert response.status_code == 429
    # Locked: even the right password does not pass now.
    response = password_step(client, user.username)
    assert response.status_code == 429
    assert "too many wrong attempts" in response.content.decode()
    assert AuditEvent.objects.filter(action="login.locked_out", actor_username=user.username).exists()
    # Another address is not locked out for the same user (per user *and* address).
    other = Client(REMOTE_ADDR="10.1.2.3")
    assert other.post(LOGIN, {"username": user.username, "password": PASSWORD}).status_code == 302


@pytest.mark.django_db
def test_logout_needs_post_and_ends_the_session(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.CASEWORKER))
    assert client.get("/en/accounts/logout/").status_code == 405
    assert client.post("/en/accounts/logout/")["Location"] == "/en/"
    assert client.get("/en/staff/").status_code == 302


@pytest.mark.django_db
def test_a_role_given_during_an_unverified_session_ends_it(client: Client, make_staff: Callable[..., User]) -> None:
    from onestop.accounts.models import Membership

    user = make_staff(Role.ANALYST, with_device=False)
    password_step(client, user.username)
    assert client.get("/en/staff/").status_code == 200
    Membership.objects.create(user=user, organisation=user.memberships.get().organisation, role=Role.CASEWORKER)
    response = client.get("/en/staff/")
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert client.get("/en/staff/").status_code == 302


def test_passwords_are_hashed_with_argon2(settings: object) -> None:
    from django.conf import settings as django_settings

    from onestop import settings as project_settings

    django_settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS  # type: ignore[misc]
    encoded = make_password("a long passphrase")
    assert encoded.startswith("argon2$")
    assert check_password("a long passphrase", encoded)


@pytest.mark.django_db
def test_common_passwords_are_refused(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.CASEWORKER))
    response = client.post(
        "/en/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": "password123", "new_password2": "password123"},
    )
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()


def test_sessions_end_after_idle_time() -> None:
    from django.conf import settings

    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == 30 * 60


@pytest.mark.django_db
def test_password_reset_sends_a_link_without_revealing_accounts(
    client: Client, make_staff: Callable[..., User], django_capture_on_commit_callbacks: Callable[..., object]
) -> None:
    user = make_staff(Role.CASEWORKER)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
        known = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert unknown["Location"] == known["Location"] == "/en/accounts/password/reset/sent/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [user.email]
    link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body)
    assert link
    page = client.get(link.group(1), follow=True)
    assert page.status_code == 200
    response = client.post(
        page.redirect_chain[-1][0], {"new_password1": "a brand new phrase 42", "new_password2": "a brand new phrase 42"}
    )
    assert response["Location"] == "/en/accounts/password/reset/done/"
    user.refresh_from_db()
    assert user.check_password("a brand new phrase 42")
    assert AuditEvent.objects.filter(action="password.reset_completed", actor_id=user.pk).exists()


@pytest.mark.django_db
def test_password_reset_mail_is_in_the_language_of_the_page(
    client: Client, make_staff: Callable[..., User], django_capture_on_commit_callbacks: Callable[..., object]
) -> None:
    user = make_staff(Role.CASEWORKER)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        client.post("/fr/accounts/password/reset/", {"email": user.email})
    assert mail.outbox[0].subject != "Choose a new password"
    assert "/fr/accounts/password/reset/" in mail.outbox[0].body


@pytest.mark.django_db
def test_login_redirect_never_leaves_the_site(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.ANALYST, with_device=False)
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD, "next": "https://evil.example/"})
    assert response["Location"] == reverse("core:dashboard")


@pytest.mark.django_db
def test_an_expired_password_step_asks_to_log_in_again(client: Client, make_staff: Callable[..., User]) -> None:
    from onestop.accounts.views import PENDING_KEY

    user = make_staff(Role.CASEWORKER)
    password_step(client, user.username)
    session = client.session
    session[PENDING_KEY] = {**session[PENDING_KEY], "started": session[PENDING_KEY]["started"] - 301}
    session.save()
    device = TOTPDevice.objects.get(user=user)
    response = client.post(CODE, {"code": current_code(device)})
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert client.get("/en/staff/").status_code == 302
