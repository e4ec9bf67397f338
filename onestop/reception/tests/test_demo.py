"""The demo city's welcome desk looks alive and the demo loads again without changing it."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone

from onestop.core.demo import seed_demo
from onestop.directory.models import Site
from onestop.reception import selectors
from onestop.reception.models import DeskSession, Ticket, TicketSeries, TicketStatus


@pytest.mark.django_db
def test_the_demo_morning_is_alive_and_seeding_again_changes_nothing() -> None:
    seed_demo()
    main = Site.objects.get(slug="main")
    tickets = list(Ticket.objects.filter(site=main).order_by("pk").values_list("pk", "status", "desk_id"))
    assert 30 <= len(tickets) <= 60
    statuses = Counter(status for _pk, status, _desk in tickets)
    assert statuses[TicketStatus.WAITING] and statuses[TicketStatus.CALLED] and statuses[TicketStatus.DONE]
    open_languages = sorted(
        DeskSession.objects.filter(closed_at__isnull=True, desk__site=main).values_list("languages", flat=True)
    )
    assert [x for x in open_languages if x != ["de"]] == [["ar", "fr"], ["de", "en"], ["fa"], ["ru", "uk"]]
    assert {s.prefix: s.pictogram for s in TicketSeries.objects.filter(site=main)}["W"] == "info"
    now = timezone.now()
    needs = {need.language: need.waiting for need in selectors.interpreter_needs(main)}
    assert list(needs) == ["ti"] and needs["ti"] >= 2  # Tigrinya: nobody at an open desk speaks it
    assert Ticket.objects.filter(site=main, priority_reason__gt="").exists()
    assert Ticket.objects.filter(site=main, interpreter_arranged=True).exists()
    assert selectors.latest_calls(main, since=now - timedelta(hours=3))

    seed_demo()
    assert list(Ticket.objects.filter(site=main).order_by("pk").values_list("pk", "status", "desk_id")) == tickets
    assert DeskSession.objects.filter(closed_at__isnull=True, desk__site=main).count() == 5
