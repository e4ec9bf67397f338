"""Fixtures shared by the whole suite."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from onestop.accounts.models import Membership, Role, User
from onestop.accounts.services import api_token_create
from onestop.directory.models import Organisation, OrganisationKind
from onestop.directory.services import protected_by_default


@pytest.fixture(autouse=True)
def _test_settings(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Argon2 is tested on its own; elsewhere a fast hasher keeps the suite quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _default_language() -> Any:
    """Each test starts in the default language: a request to /fa/... leaves Farsi active in the
    thread (LocaleMiddleware activates, nothing deactivates), which would leak into the next test."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def make_org(db: None) -> Callable[..., Organisation]:
    counter = iter(range(1, 10_000))

    def make(
        kind: OrganisationKind = OrganisationKind.CITY_DEPARTMENT, name: str | None = None, **extra: Any
    ) -> Organisation:
        extra.setdefault("is_protected", protected_by_default(kind))
        return Organisation.objects.create(name=name or f"{kind.label} {next(counter)}", kind=kind, **extra)

    return make


@pytest.fixture
def make_staff(db: None, make_org: Callable[..., Organisation]) -> Callable[..., User]:
    counter = iter(range(1, 10_000))

    def make(
        role: Role = Role.CASEWORKER,
        organisation: Organisation | None = None,
        username: str | None = None,
        password: str = "correct horse battery",
        with_device: bool = True,
    ) -> User:
        user = User.objects.create_user(
            username=username or f"{role.value}{next(counter)}",
            password=password,
            email=f"{username or role.value}@example.org",
        )
        Membership.objects.create(user=user, organisation=organisation or make_org(), role=role)
        if with_device:
            TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        return user

    return make


def login_verified(client: Client, user: User) -> Client:
    """Log in as if the password and the second factor had been given."""
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def staff_client(client: Client, make_staff: Callable[..., User]) -> Callable[..., Client]:
    def make(role: Role = Role.CASEWORKER, **kwargs: Any) -> Client:
        return login_verified(client, make_staff(role, **kwargs))

    return make


@dataclass
class Api:
    """One staff member's personal token, speaking JSON to /api/v1/."""

    client: Client
    raw: str
    user: User

    def call(self, method: str, path: str, body: Any = None, **headers: str) -> Any:
        extra: dict[str, Any] = {"HTTP_AUTHORIZATION": f"Token {self.raw}", **headers}
        if body is not None:
            extra.update(data=json.dumps(body), content_type="application/json")
        return getattr(self.client, method.lower())(f"/api/v1/{path}", **extra)

    def get(self, path: str, **headers: str) -> Any:
        return self.call("GET", path, **headers)


@pytest.fixture
def api(make_staff: Callable[..., User]) -> Callable[..., Api]:
    """`api(role, organisation)`: a new staff member with a token."""

    def make(role: Role, organisation: Organisation) -> Api:
        user = make_staff(role, organisation=organisation)
        _token, raw = api_token_create(user=user, name="t")
        return Api(Client(), raw, user)

    return make


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Concurrency tests need PostgreSQL's row locks; `make test` runs them in its PostgreSQL pass."""
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    kept = [item for item in items if item.get_closest_marker("postgres_only") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
