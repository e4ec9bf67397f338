"""The demo pool: eight or so interpreters, Tigrinya short, requests in every state; idempotent."""

from __future__ import annotations

import pytest
from django.utils import timezone

from onestop.core.demo import seed_demo
from onestop.interpreting import selectors
from onestop.interpreting.models import Interpreter, InterpreterKind, InterpreterRequest, Offer


@pytest.mark.django_db
def test_the_demo_pool_covers_the_shops_languages_with_tigrinya_short_and_seeds_once() -> None:
    seed_demo()
    counts = (Interpreter.objects.count(), InterpreterRequest.objects.count(), Offer.objects.count())
    seed_demo()
    assert (Interpreter.objects.count(), InterpreterRequest.objects.count(), Offer.objects.count()) == counts
    assert counts[0] >= 8
    speakers = {
        code: set(Interpreter.objects.filter(languages__code=code).values_list("kind", flat=True))
        for code in ("ar", "fa", "fa-AF", "uk", "ru", "ti", "tr", "fr")
    }
    assert all(speakers.values()) and speakers["ti"] == {InterpreterKind.FREELANCE}
    assert Interpreter.objects.filter(languages__code="ti").count() == 1
    statuses = set(InterpreterRequest.objects.values_list("status", flat=True))
    assert statuses == {"open", "offered", "accepted", "cancelled", "done"}
    short = {row.code: len(row.requests) for row in selectors.short_languages(timezone.now())}
    assert short == {"ti": 2, "so": 1}
