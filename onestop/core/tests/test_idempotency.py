from __future__ import annotations

import json
import threading
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.accounts.services import api_token_create
from onestop.directory.models import Organisation

FORM = {"name": "Caritas Neustadt", "kind": "ngo", "protection": "default", "idempotency_key": "form-key-1"}


@pytest.mark.django_db
def test_a_double_submitted_form_creates_one_organisation(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    first = client.post("/en/staff/directory/organisations/new/", FORM)
    second = client.post("/en/staff/directory/organisations/new/", FORM)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert second["Idempotent-Replayed"] == "true"
    assert Organisation.objects.filter(name="Caritas Neustadt").count() == 1


@pytest.mark.django_db
def test_a_form_shown_again_with_errors_keeps_its_key_usable(client: Client, make_staff: Callable[..., User]) -> None:
    login_verified(client, make_staff(Role.COORDINATOR))
    invalid = client.post("/en/staff/directory/organisations/new/", {**FORM, "kind": "spaceship"})
    assert invalid.status_code == 200
    assert "Select a valid choice" in invalid.content.decode()
    assert client.post("/en/staff/directory/organisations/new/", FORM).status_code == 302
    assert Organisation.objects.filter(name="Caritas Neustadt").count() == 1


def _api(client: Client, token: str, body: dict[str, object], key: str | None = None) -> object:
    headers = {"HTTP_AUTHORIZATION": f"Token {token}"}
    if key:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return client.post("/api/v1/organisations/", data=json.dumps(body), content_type="application/json", **headers)


@pytest.mark.django_db
def test_a_retried_api_call_returns_the_first_answer(client: Client, make_staff: Callable[..., User]) -> None:
    _token, raw = api_token_create(user=make_staff(Role.COORDINATOR), name="test")
    body = {"name": "Red Cross Neustadt", "kind": "ngo"}
    first = _api(client, raw, body, key="abc-123")
    again = _api(client, raw, body, key="abc-123")
    assert first.status_code == again.status_code == 201  # type: ignore[attr-defined]
    assert first.json() == again.json()  # type: ignore[attr-defined]
    assert again["Idempotent-Replayed"] == "true"  # type: ignore[index]
    assert Organisation.objects.filter(name="Red Cross Neustadt").count() == 1


@pytest.mark.django_db
def test_the_same_key_for_a_different_request_is_refused(client: Client, make_staff: Callable[..., User]) -> None:
    _token, raw = api_token_create(user=make_staff(Role.COORDINATOR), name="test")
    _api(client, raw, {"name": "First", "kind": "ngo"}, key="k1")
    response = _api(client, raw, {"name": "Second", "kind": "ngo"}, key="k1")
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert response.json()["error"]["code"] == "idempotency_key_reused"  # type: ignore[attr-defined]
    assert not Organisation.objects.filter(name="Second").exists()


@pytest.mark.django_db
def test_keys_are_per_user(client: Client, make_staff: Callable[..., User]) -> None:
    _t1, one = api_token_create(user=make_staff(Role.COORDINATOR), name="one")
    _t2, two = api_token_create(user=make_staff(Role.COORDINATOR), name="two")
    assert _api(client, one, {"name": "A", "kind": "ngo"}, key="shared").status_code == 201  # type: ignore[attr-defined]
    assert _api(client, two, {"name": "B", "kind": "ngo"}, key="shared").status_code == 201  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_an_overlong_key_is_refused(client: Client, make_staff: Callable[..., User]) -> None:
    _token, raw = api_token_create(user=make_staff(Role.COORDINATOR), name="test")
    response = _api(client, raw, {"name": "A", "kind": "ngo"}, key="x" * 300)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert not Organisation.objects.filter(name="A").exists()


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_retries_with_one_key_create_one_organisation(make_staff: Callable[..., User]) -> None:
    _token, raw = api_token_create(user=make_staff(Role.COORDINATOR), name="test")
    results: list[int] = []
    barrier = threading.Barrier(8)

    def call() -> None:
        try:
            barrier.wait()
            results.append(_api(Client(), raw, {"name": "Race", "kind": "ngo"}, key="race").status_code)  # type: ignore[attr-defined]
        finally:
            connection.close()

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert Organisation.objects.filter(name="Race").count() == 1
    assert set(results) <= {201, 409}
    assert results.count(201) >= 1
