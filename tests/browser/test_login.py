"""Logging in with a password and a code from an authenticator app, in a real browser."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django_otp.oath import totp
from playwright.sync_api import BrowserContext, Page, expect

from onestop.audit.models import AuditEvent
from onestop.core.demo import DEMO_TOTP_KEY_HEX

from .conftest import current_code, submit_code, submit_password

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]

WRONG_CODE_MESSAGE = "This code is not right, or it has expired. Enter the code shown now."


def a_wrong_code() -> str:
    """A well-formed code that no step in (or near) the device's tolerance window accepts."""
    key = bytes.fromhex(DEMO_TOTP_KEY_HEX)
    valid = {f"{totp(key, drift=drift):06d}" for drift in range(-3, 4)}
    return next(code for code in (f"{n:06d}" for n in range(1_000_000)) if code not in valid)


def test_coordinator_logs_in_with_two_factor_and_logs_out(page: Page) -> None:
    submit_password(page, "coordinator")
    expect(page.get_by_role("heading", level=1)).to_have_text("Second step of the login")
    expect(page.locator('input[name="code"]')).to_be_focused()

    submit_code(page, current_code())

    page.wait_for_url("**/en/staff/")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Hello")
    expect(heading).to_have_text("Hello, Clara Becker")
    assert AuditEvent.objects.filter(action="login.succeeded", actor_username="coordinator").count() == 1

    page.get_by_role("button", name="Log out").click()

    page.wait_for_url("**/en/")
    expect(page.locator(".messages")).to_have_text("You are logged out.")
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)
    expect(page.get_by_role("link", name="Staff login")).to_be_visible()
    assert AuditEvent.objects.filter(action="logout", actor_username="coordinator").count() == 1
    # The session is gone: the start page sends the visitor back to the login.
    page.goto("/en/staff/")
    assert re.search(r"/en/accounts/login/\?next=/en/staff/$", page.url), page.url


def test_a_wrong_code_shows_an_error_and_does_not_log_in(page: Page) -> None:
    submit_password(page, "coordinator")

    submit_code(page, a_wrong_code())

    page.wait_for_load_state()
    assert page.url.endswith("/en/accounts/login/code/"), page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Second step of the login")
    expect(page.get_by_text(WRONG_CODE_MESSAGE)).to_be_visible()
    expect(page.locator('input[name="code"]')).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)
    assert AuditEvent.objects.filter(action="login.second_factor_failed", actor_username="coordinator").count() == 1
    assert not AuditEvent.objects.filter(action="login.succeeded").exists()

    page.goto("/en/staff/")
    assert re.search(r"/en/accounts/login/\?next=/en/staff/$", page.url), page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff login")


def test_login_works_without_javascript(new_context: Callable[..., BrowserContext]) -> None:
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    submit_password(page, "coordinator")

    submit_code(page, current_code())

    page.wait_for_url("**/en/staff/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Clara Becker")
    expect(page.get_by_role("link", name="Partner organisations")).to_be_visible()
