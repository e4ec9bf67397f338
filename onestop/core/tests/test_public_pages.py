from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from onestop.core.demo import seed_demo

BASE_DIR = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_the_root_redirects_to_the_browsers_language(client: Client) -> None:
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk-UA,uk;q=0.9")["Location"] == "/uk/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="tlh")["Location"] == "/en/"


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("de", "ltr"), ("uk", "ltr")])
def test_pages_carry_language_and_direction(client: Client, code: str, direction: str) -> None:
    page = client.get(f"/{code}/").content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in page


@pytest.mark.django_db
def test_the_language_switcher_names_each_language_in_itself(client: Client) -> None:
    page = client.get("/de/accounts/login/").content.decode()
    for code, name in [("ar", "العربية"), ("fa", "فارسی"), ("uk", "українська"), ("el", "Ελληνικά"), ("tr", "Türkçe")]:
        assert f'<a href="/{code}/accounts/login/" hreflang="{code}" lang="{code}"' in page
        assert name.casefold() in page.casefold()


@pytest.mark.django_db
def test_an_unknown_language_in_the_url_is_a_404_in_the_visitors_language(client: Client) -> None:
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 404
    assert '<html lang="de"' in response.content.decode()


@pytest.mark.django_db
def test_home_shows_sites_and_opening_hours(client: Client) -> None:
    seed_demo()
    page = client.get("/en/").content.decode()
    assert "One-Stop-Shop Neustadt" in page and "Marktplatz 1, 12345 Neustadt" in page
    assert "Only with an appointment" in page  # the foreigners' office
    assert '<th scope="row">Thursday</th>' in page
    assert "Staff login" in page


@pytest.mark.django_db
def test_a_public_page_weighs_under_30_kb_compressed(client: Client) -> None:
    seed_demo()
    html = client.get("/ar/").content
    css = (BASE_DIR / "onestop/static/onestop/onestop.css").read_bytes()
    assert b"<script" not in html  # the public page needs no JavaScript
    weight = len(gzip.compress(html)) + len(gzip.compress(css))
    assert weight < 30 * 1024, weight


@pytest.mark.django_db
def test_health_check_answers(client: Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


@pytest.mark.django_db
def test_security_headers_are_set(client: Client) -> None:
    response = client.get("/en/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_production_settings_pass_the_deploy_check() -> None:
    env = {
        **os.environ,
        "ONESTOP_ENV": "production",
        "SECRET_KEY": "a-very-long-and-random-secret-key-for-the-deploy-check-0123456789",
        "ALLOWED_HOSTS": "onestop.example",
        "DEBUG": "",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests in this process
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key() -> None:
    env = {**os.environ, "ONESTOP_ENV": "production", "SECRET_KEY": "", "ALLOWED_HOSTS": "x"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_every_interface_language_has_a_complete_catalogue() -> None:
    import polib

    from onestop.core.i18n_tools import problems_in

    problems = {}
    for code, _name in settings.LANGUAGES:
        if code == "en":
            continue
        po = BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"
        assert po.exists(), f"no catalogue for {code}"
        found = problems_in(polib.pofile(str(po)))
        if found:
            problems[code] = found[:5] + ([f"... {len(found) - 5} more"] if len(found) > 5 else [])
    assert not problems, problems


def test_the_twelve_languages_are_offered() -> None:
    assert [code for code, _ in settings.LANGUAGES] == [
        "en",
        "de",
        "el",
        "sv",
        "ro",
        "bg",
        "ar",
        "fa",
        "uk",
        "ru",
        "tr",
        "fr",
    ]


@pytest.mark.django_db
def test_a_forged_form_is_refused_with_a_translated_page(make_staff: object) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/de/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    page = response.content.decode()
    assert '<html lang="de"' in page and "<h1>" in page
