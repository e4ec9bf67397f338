"""Fixtures for the end-to-end tests: one Debian Chromium per session, a fresh context per test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from django.conf import settings
from django.test import Client
from django_otp.oath import totp
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from pytest_django.live_server_helper import LiveServer

from conftest import login_verified
from onestop.accounts.models import User
from onestop.core.demo import DEMO_PASSWORD, DEMO_TOTP_KEY_HEX, seed_demo

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


def current_code() -> str:
    """The code an authenticator app holding the demo key shows now."""
    return f"{totp(bytes.fromhex(DEMO_TOTP_KEY_HEX)):06d}"


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright's sync API runs an event loop in this thread, which makes Django's ORM refuse to
    run here (in the tests' own queries) unless told that it is safe: the live server answers from
    its own thread. Set only while browser tests run, so the rest of the suite keeps the check."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as p:
            yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(executable):
        pytest.fail(
            f"No Chromium at {executable}: install Debian's package (apt-get install chromium) or set CHROMIUM."
        )
    browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def demo(live_server: LiveServer) -> None:
    """The demo city, seeded once per test into the database the live server reads."""
    seed_demo()


@pytest.fixture
def new_context(browser: Browser, live_server: LiveServer) -> Iterator[Callable[..., BrowserContext]]:
    """Make browser contexts (e.g. without JavaScript) that are closed after the test."""
    contexts: list[BrowserContext] = []

    def make(**options: object) -> BrowserContext:
        options.setdefault("base_url", live_server.url)
        context = browser.new_context(**options)  # type: ignore[arg-type]
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context: Callable[..., BrowserContext]) -> BrowserContext:
    return new_context()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture
def log_in_as(context: BrowserContext, live_server: LiveServer) -> Callable[[str], User]:
    """Give the page's context the session cookie of a demo user who passed both login steps.

    The login form itself is tested in test_login.py; here it would only cost time and a TOTP step.
    """

    def log_in(username: str) -> User:
        user = User.objects.get(username=username)
        client = login_verified(Client(), user)
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        return user

    return log_in


def submit_password(page: Page, username: str, password: str = DEMO_PASSWORD, lang: str = "en") -> None:
    """First login step: user name and password; leaves the page on the code step."""
    page.goto(f"/{lang}/accounts/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"**/{lang}/accounts/login/code/")


def submit_code(page: Page, code: str) -> None:
    page.locator('input[name="code"]').fill(code)
    page.get_by_role("button", name="Confirm").click()
