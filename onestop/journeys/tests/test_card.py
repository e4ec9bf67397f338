"""The person's stamp card: opened by personal code alone, audited, in the person's language,
rate-limited against guessing, showing nothing but the journey."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from onestop.audit.models import AuditEvent
from onestop.directory.models import Schedule, ServiceText, Site
from onestop.journeys import services
from onestop.journeys.models import Outcome

from .conftest import Shop


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()


@pytest.fixture
def started(shop: Shop) -> Shop:
    services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    site = Site.objects.create(name="Town hall", slug="town-hall", organisation=shop.registry)
    shop.register.sites.add(site)
    Schedule.objects.create(site=site, freq="WEEKLY", byday="MO,TU,WE,TH,FR", opens_at="08:00", closes_at="16:00")
    ServiceText.objects.create(
        service=shop.register, language="uk", name="Зареєструвати адресу", what_to_bring="Паспорт", source_hash="x"
    )
    return shop


def test_the_code_alone_shows_the_card_in_the_persons_language_without_their_name(started: Shop) -> None:
    response = Client().get(f"/uk/my-journey/{started.client.code}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Зареєструвати адресу" in page  # the next step, in Ukrainian
    assert "Паспорт" in page  # what to bring
    assert "Town hall" in page
    assert started.client.name not in page
    assert response["Cache-Control"].startswith("max-age=0")
    assert "no-store" in response["Cache-Control"]


def test_every_opening_of_the_card_is_in_the_records_audit_log(started: Shop) -> None:
    Client().get(f"/en/my-journey/{started.client.code}/")
    event = AuditEvent.objects.get(action="client.viewed", object_id=str(started.client.pk))
    assert event.actor_id is None
    assert event.data == {"categories": ["journey"], "via": "stamp_card"}


def test_a_refusal_shows_why_and_what_to_do_instead(started: Shop) -> None:
    step = started.client.journeys.get().steps.get(position=1)
    services.stamp_record(
        step=step, outcome=Outcome.REFUSED, reason="The rental contract is missing.",
        instead="Bring the landlord's confirmation.", by=started.registrar,
    )  # fmt: skip
    page = Client().get(f"/en/my-journey/{started.client.code}/").content.decode()
    assert "The rental contract is missing." in page
    assert "Bring the landlord&#x27;s confirmation." in page


def test_the_lookup_form_sends_the_person_to_their_card(started: Shop) -> None:
    code = started.client.code
    response = Client().post("/uk/my-journey/", {"code": f" {code[:4].lower()} {code[4:]} "})
    assert response.status_code == 302
    assert response["Location"] == f"/uk/my-journey/{code}/"


def test_an_unknown_code_and_a_code_without_journey_get_the_same_answer(shop: Shop) -> None:
    without = Client().get(f"/en/my-journey/{shop.client.code}/")
    unknown = Client().get("/en/my-journey/ZZZZZZZZ/")
    assert without.status_code == unknown.status_code == 404

    def plain(page: bytes, code: str) -> str:
        # Tokens differ on every page: the CSRF token and the idempotency key.
        return re.sub(r'value="[0-9a-zA-Z]{32,}"', "", page.decode().replace(code, "CODE"))

    assert plain(without.content, shop.client.code) == plain(unknown.content, "ZZZZZZZZ")


def test_guessing_codes_is_stopped_even_for_a_right_code(started: Shop, settings: Any) -> None:
    settings.STAMP_CARD_MAX_FAILURES = 3
    client = Client()
    for guess in ("AAAAAAAA", "BBBBBBBB", "CCCCCCCC"):
        assert client.get(f"/en/my-journey/{guess}/").status_code == 404
    assert client.get(f"/en/my-journey/{started.client.code}/").status_code == 429
    assert client.post("/en/my-journey/", {"code": started.client.code}).status_code == 429
    other_address = Client(REMOTE_ADDR="10.0.0.9")
    assert other_address.get(f"/en/my-journey/{started.client.code}/").status_code == 200


def test_the_person_marks_a_step_they_may_do_alone_as_done(started: Shop) -> None:
    journey = started.client.journeys.get()
    course = journey.steps.get(position=3)
    register = journey.steps.get(position=1)
    client = Client()
    assert client.post(f"/en/my-journey/{started.client.code}/steps/{course.pk}/done/").status_code == 302
    assert client.post(f"/en/my-journey/{started.client.code}/steps/{register.pk}/done/").status_code == 400
    course.refresh_from_db()
    register.refresh_from_db()
    assert (course.status, register.status) == (Outcome.SELF_DONE, "")


def test_an_archived_record_has_no_card(started: Shop) -> None:
    from django.utils import timezone

    type(started.client).objects.filter(pk=started.client.pk).update(archived_at=timezone.now())
    assert Client().get(f"/en/my-journey/{started.client.code}/").status_code == 404
