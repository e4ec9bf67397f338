from __future__ import annotations

import json
from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from conftest import login_verified
from onestop.accounts.models import ApiToken, Role, User
from onestop.accounts.services import api_token_create, api_token_revoke, hash_token


def auth(raw: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Token {raw}"}


@pytest.mark.django_db
def test_the_schema_documents_the_api_and_the_token_scheme(client: Client) -> None:
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/me/",
        "/api/v1/organisations/",
        "/api/v1/organisations/{organisation_id}/",
        "/api/v1/sites/",
    } <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["personalToken"]["name"] == "Authorization"


@pytest.mark.django_db
def test_a_token_authenticates_with_the_users_permissions(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER)
    _token, raw = api_token_create(user=user, name="case system")
    me = client.get("/api/v1/me/", **auth(raw)).json()
    assert me["username"] == user.username
    assert me["memberships"][0]["role"] == "caseworker"
    # A caseworker may not add organisations, through the API as on the pages.
    response = client.post(
        "/api/v1/organisations/", {"name": "X", "kind": "ngo"}, content_type="application/json", **auth(raw)
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


@pytest.mark.django_db
def test_only_a_hash_of_the_token_is_stored(make_staff: Callable[..., User]) -> None:
    token, raw = api_token_create(user=make_staff(Role.CASEWORKER), name="x")
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == hash_token(raw) and raw not in (stored.key_hash, stored.prefix)


@pytest.mark.django_db
def test_a_revoked_or_unknown_token_is_refused_in_json(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER)
    token, raw = api_token_create(user=user, name="x")
    api_token_revoke(token=token, revoked_by=user)
    for header in (auth(raw), auth("made-up"), {"HTTP_AUTHORIZATION": "Token"}):
        response = client.get("/api/v1/me/", **header)
        assert response.status_code == 401
        assert response.json()["error"]["status"] == 401


@pytest.mark.django_db
def test_validation_errors_are_translated_and_name_each_field(client: Client, make_staff: Callable[..., User]) -> None:
    _token, raw = api_token_create(user=make_staff(Role.COORDINATOR), name="x")
    response = client.post(
        "/api/v1/organisations/", json.dumps({"kind": "spaceship", "website": "not a url"}),
        content_type="application/json", HTTP_ACCEPT_LANGUAGE="de", **auth(raw),
    )  # fmt: skip
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert set(error["fields"]) == {"name", "kind", "website"}
    assert error["fields"]["name"] == ["Dieses Feld ist zwingend erforderlich."]


@pytest.mark.django_db
def test_an_enforcement_body_cannot_be_made_protected(client: Client, make_staff: Callable[..., User]) -> None:
    _token, raw = api_token_create(user=make_staff(Role.COORDINATOR), name="x")
    body = {"name": "Border Police", "kind": "police", "is_protected": True}
    response = client.post("/api/v1/organisations/", body, content_type="application/json", **auth(raw))
    assert response.status_code == 400
    assert "is_protected" in response.json()["error"]["fields"]


@pytest.mark.django_db
def test_unknown_api_urls_answer_json_404(client: Client) -> None:
    response = client.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_api_token_command_prints_a_working_token(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER)
    out = StringIO()
    call_command("api_token", user.username, stdout=out)
    raw = out.getvalue().strip()
    assert client.get("/api/v1/me/", **auth(raw)).json()["username"] == user.username


@pytest.mark.django_db
def test_profile_creates_a_token_shown_once(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.CASEWORKER)
    login_verified(client, user)
    response = client.post("/en/accounts/profile/tokens/", {"name": "job centre system"})
    assert response["Location"] == "/en/accounts/profile/"
    first = client.get("/en/accounts/profile/").content.decode()
    token = ApiToken.objects.get(user=user)
    shown = next(iter(first.split('<code class="secret">')[1:])).split("</code>")[0]
    assert hash_token(shown) == token.key_hash
    assert shown not in client.get("/en/accounts/profile/").content.decode()
