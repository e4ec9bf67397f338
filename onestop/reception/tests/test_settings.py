"""The reception's settings pages: ticket series, desks, priority weights and display notices."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent
from onestop.directory.models import Organisation, OrganisationKind, Service
from onestop.reception import selectors, settings_services, views_public
from onestop.reception import services as reception
from onestop.reception.models import Desk, Notice, PriorityWeight, TicketSeries
from onestop.reception.tests.conftest import Reception

SERIES = {
    "prefix": "h", "pictogram": "house", "day_starts_at": "06:30", "daily_quota": "40", "remote_check_in": "on",
    "remote_quota": "10", "max_wait_minutes": "60", "calls_before_no_show": "2", "handling_minutes": "12",
    "is_active": "on",
}  # fmt: skip


@pytest.fixture
def coordinator(client: Client, make_staff: Callable[..., User], rc: Reception) -> User:
    user = make_staff(Role.COORDINATOR)
    login_verified(client, user)
    return user


def offered_at_site(rc: Reception, name: str, org: Organisation | None = None) -> Service:
    service = Service.objects.create(organisation=org or rc.org, name=name, slug=name.lower().replace(" ", "-"))
    service.sites.set([rc.site])
    return service


def url(name: str, rc: Reception, **kwargs: Any) -> str:
    return reverse(f"reception:{name}", kwargs={"slug": rc.site.slug, **kwargs})


def audited(action: str) -> int:
    return AuditEvent.objects.filter(action=action).count()


# Ticket series.


def test_the_coordinator_adds_a_ticket_series_for_a_service_offered_at_the_site(
    client: Client, coordinator: User, rc: Reception
) -> None:
    housing = offered_at_site(rc, "Housing advice")
    page = client.get(url("series_create", rc)).content.decode()
    assert "Housing advice" in page
    response = client.post(url("series_create", rc), {**SERIES, "service": housing.pk})
    assert response.status_code == 302 and response["Location"] == url("settings", rc)
    series = TicketSeries.objects.get(service=housing)
    assert (series.site, series.prefix, series.pictogram, series.day_starts_at.strftime("%H:%M")) == (
        rc.site, "H", "house", "06:30",
    )  # fmt: skip
    assert (series.daily_quota, series.remote_quota, series.max_wait_minutes) == (40, 10, 60)
    assert (series.calls_before_no_show, series.handling_minutes, series.remote_check_in) == (2, 12, True)
    event = AuditEvent.objects.get(action="reception.series_saved")
    assert (event.actor_id, event.object_id, event.data["prefix"]) == (coordinator.pk, str(series.pk), "H")
    # The new series takes tickets at once.
    ticket = reception.check_in(reception.CheckIn(service=housing, site=rc.site, language="de", channel="desk"))
    assert ticket.code == "H-001"
    listed = client.get(url("settings", rc)).content.decode()
    assert "Housing advice" in listed and url("series_edit", rc, series_id=series.pk) in listed


@pytest.mark.parametrize(
    ("change", "field_error"),
    [
        ({"prefix": "w"}, "Another ticket series at this site already uses this letter."),
        ({"prefix": "W-1"}, "Use one to three letters A–Z or digits."),
        ({"prefix": ""}, "This field is required."),
        ({"service": "welcome"}, "This service already has a ticket series at this site."),
        ({"service": "elsewhere"}, "Select a valid choice."),
        ({"handling_minutes": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"daily_quota": "-1"}, "Ensure this value is greater than or equal to 0."),
        ({"daily_quota": "5", "remote_quota": "6"}, "The phone quota cannot be larger than the daily quota."),
        ({"day_starts_at": "25:00"}, "Enter a valid time."),
    ],
)
def test_bad_series_input_gets_a_clear_message_and_changes_nothing(
    client: Client, coordinator: User, rc: Reception, make_org: Callable[..., Organisation],
    change: dict[str, str], field_error: str,
) -> None:  # fmt: skip
    housing = offered_at_site(rc, "Housing advice")
    elsewhere = Service.objects.create(organisation=rc.org, name="Not here", slug="not-here")
    services = {"welcome": rc.services["welcome"].pk, "elsewhere": elsewhere.pk}
    data = {**SERIES, "service": housing.pk, **change}
    if "service" in change:
        data["service"] = services[change["service"]]
    before = list(TicketSeries.objects.values_list("pk", "prefix", "service_id"))
    response = client.post(url("series_create", rc), data)
    assert response.status_code == 200
    assert field_error in response.content.decode()
    assert list(TicketSeries.objects.values_list("pk", "prefix", "service_id")) == before
    assert audited("reception.series_saved") == 0


def test_a_double_submitted_series_form_gives_one_series(client: Client, coordinator: User, rc: Reception) -> None:
    data = {**SERIES, "service": offered_at_site(rc, "Housing advice").pk, "idempotency_key": "series-1"}
    first = client.post(url("series_create", rc), data)
    second = client.post(url("series_create", rc), data)
    assert first.status_code == second.status_code == 302
    assert TicketSeries.objects.filter(prefix="H").count() == 1 and audited("reception.series_saved") == 1


def test_a_site_without_services_says_so_on_the_series_form(
    client: Client, coordinator: User, rc: Reception, make_reception: Callable[..., Reception]
) -> None:
    from onestop.reception.tests.conftest import make_site

    empty = make_site(rc.org, "empty-site")
    page = client.get(reverse("reception:series_create", kwargs={"slug": empty.slug})).content.decode()
    assert "No service is offered at this site yet" in page
    assert "No service is offered at this site yet" not in client.get(url("series_create", rc)).content.decode()


def test_the_coordinator_changes_a_series_but_not_its_service(client: Client, coordinator: User, rc: Reception) -> None:
    series = rc.series["welcome"]
    data = {**SERIES, "prefix": "W", "daily_quota": "3", "remote_quota": "", "service": rc.services["legal"].pk}
    response = client.post(url("series_edit", rc, series_id=series.pk), data)
    assert response.status_code == 302
    series.refresh_from_db()
    assert (series.service, series.prefix, series.daily_quota, series.remote_quota) == (
        rc.services["welcome"], "W", 3, None,
    )  # fmt: skip
    clash = client.post(url("series_edit", rc, series_id=series.pk), {**data, "prefix": "J"})
    assert "Another ticket series at this site already uses this letter." in clash.content.decode()
    series.refresh_from_db()
    assert series.prefix == "W"


def test_a_clash_found_only_by_the_database_is_a_field_error_not_a_crash(rc: Reception) -> None:
    """Two people saving at once: the form's check passed for both, the constraint decides."""
    twin = TicketSeries(site=rc.site, service=offered_at_site(rc, "Housing advice"), prefix="W")
    with pytest.raises(ValidationError) as error:
        settings_services.series_save(series=twin, by=rc.staff)
    assert error.value.code == "prefix" and twin.pk is None
    again = TicketSeries(site=rc.site, service=rc.services["welcome"], prefix="X")
    with pytest.raises(ValidationError) as error:
        settings_services.series_save(series=again, by=rc.staff)
    assert error.value.code == "service"
    desk = Desk(site=rc.site, organisation=rc.org, name="Twin", label="1")
    with pytest.raises(ValidationError) as error:
        settings_services.desk_save(desk=desk, services=[], by=rc.staff)
    assert error.value.code == "label"
    assert TicketSeries.objects.count() == 3 and Desk.objects.count() == 3
    assert AuditEvent.objects.filter(action__startswith="reception.").count() == 0


# Desks.


def test_the_coordinator_adds_and_changes_a_desk(client: Client, coordinator: User, rc: Reception) -> None:
    data = {"name": "Upstairs", "label": "4", "organisation": rc.org.pk, "is_active": "on",
            "services": [rc.services["welcome"].pk, rc.services["legal"].pk]}  # fmt: skip
    assert client.post(url("desk_create", rc), data).status_code == 302
    desk = Desk.objects.get(label="4")
    assert (desk.site, desk.name, desk.organisation, desk.is_active) == (rc.site, "Upstairs", rc.org, True)
    assert set(desk.services.all()) == {rc.services["welcome"], rc.services["legal"]}
    changed = client.post(url("desk_edit", rc, desk_id=desk.pk), {**data, "services": [], "is_active": ""})
    assert changed.status_code == 302
    desk.refresh_from_db()
    assert (desk.is_active, list(desk.services.all())) == (False, [])
    assert audited("reception.desk_saved") == 2


@pytest.mark.parametrize(
    ("change", "field_error"),
    [
        ({"label": "1"}, "Another desk at this site already has this label."),
        ({"label": ""}, "This field is required."),
        ({"services": "elsewhere"}, "is not one of the available choices."),
        ({"organisation": "999999"}, "Select a valid choice."),
    ],
)
def test_bad_desk_input_gets_a_clear_message_and_changes_nothing(
    client: Client, coordinator: User, rc: Reception, change: dict[str, str], field_error: str
) -> None:
    elsewhere = Service.objects.create(organisation=rc.org, name="Not here", slug="not-here")
    data: dict[str, Any] = {"name": "Upstairs", "label": "4", "organisation": rc.org.pk, **change}
    if change.get("services") == "elsewhere":
        data["services"] = [elsewhere.pk]
    response = client.post(url("desk_create", rc), data)
    assert response.status_code == 200 and field_error in response.content.decode()
    assert Desk.objects.count() == 3 and audited("reception.desk_saved") == 0


def test_the_settings_page_costs_the_same_queries_for_one_or_many_desks(
    client: Client, coordinator: User, rc: Reception
) -> None:
    Desk.objects.exclude(label="1").delete()
    with CaptureQueriesContext(connection) as one:
        assert client.get(url("settings", rc)).status_code == 200
    for label in ("5", "6", "7"):
        desk = Desk.objects.create(site=rc.site, organisation=rc.org, name=f"Desk {label}", label=label)
        desk.services.set(rc.services.values())
    with CaptureQueriesContext(connection) as many:
        assert client.get(url("settings", rc)).status_code == 200
    assert len(many) == len(one)


# A partner admin: their organisation's series and desks only.


@pytest.fixture
def other(rc: Reception, make_org: Callable[..., Organisation]) -> dict[str, Any]:
    org = make_org(OrganisationKind.NGO, name="Refugee Law Clinic")
    service = offered_at_site(rc, "Asylum counselling", org)
    series = TicketSeries.objects.create(site=rc.site, service=service, prefix="A")
    desk = Desk.objects.create(site=rc.site, organisation=org, name="Clinic desk", label="9")
    return {"org": org, "service": service, "series": series, "desk": desk}


def test_a_partner_admin_sees_and_changes_only_their_organisations_series_and_desks(
    client: Client, rc: Reception, other: dict[str, Any], make_staff: Callable[..., User]
) -> None:
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=other["org"]))
    page = client.get(url("settings", rc)).content.decode()
    assert "Asylum counselling" in page and "Clinic desk" in page
    assert "Welcome desk" not in page and "Desk 1" not in page
    form = client.get(url("desk_create", rc)).content.decode()
    assert "Refugee Law Clinic" in form and rc.org.name not in form
    # Their own desk: yes; a desk for another organisation: no.
    ok = client.post(url("desk_edit", rc, desk_id=other["desk"].pk), {"name": "Clinic", "label": "9",
                                                                        "organisation": other["org"].pk})  # fmt: skip
    assert ok.status_code == 302
    foreign = client.post(url("desk_create", rc), {"name": "Sneaky", "label": "8", "organisation": rc.org.pk})
    assert "Select a valid choice" in foreign.content.decode()
    # A series only for their own organisation's services.
    series_form = client.get(url("series_create", rc)).content.decode()
    assert "Asylum counselling" in series_form and "Welcome desk" not in series_form
    assert not Desk.objects.filter(label="8").exists()


def _page(response: Any, id_segment: str) -> str:
    """The page without what differs by request: its own address (in the language links) and the CSRF token."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    return text.replace(id_segment, "/ID/")


@pytest.mark.parametrize("target", ["series", "desk"])
def test_a_partner_admin_of_another_organisation_gets_not_found_exactly_as_for_a_missing_one(
    client: Client, rc: Reception, other: dict[str, Any], make_staff: Callable[..., User], target: str
) -> None:
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=other["org"]))
    theirs = rc.series["welcome"] if target == "series" else rc.desks["1"]
    name, key = ("series_edit", "series_id") if target == "series" else ("desk_edit", "desk_id")
    foreign_url, missing_url = url(name, rc, **{key: theirs.pk}), url(name, rc, **{key: 999_999})
    foreign, missing = client.get(foreign_url), client.get(missing_url)
    assert foreign.status_code == missing.status_code == 404
    assert _page(foreign, f"/{theirs.pk}/") == _page(missing, "/999999/")
    changed = client.post(url(name, rc, **{key: theirs.pk}), {**SERIES, "prefix": "Z", "name": "X", "label": "Z"})
    assert changed.status_code == 404
    assert TicketSeries.objects.filter(prefix="Z").count() == Desk.objects.filter(label="Z").count() == 0


def test_a_partner_admin_without_anything_at_a_site_cannot_open_its_settings(
    client: Client, rc: Reception, make_staff: Callable[..., User], make_org: Callable[..., Organisation]
) -> None:
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=make_org(OrganisationKind.NGO)))
    assert client.get(url("settings", rc)).status_code == 404
    assert client.get(reverse("reception:settings", kwargs={"slug": "no-such-site"})).status_code == 404


def test_the_reception_home_links_the_settings_for_those_who_may(
    client: Client, rc: Reception, other: dict[str, Any], make_staff: Callable[..., User],
    make_reception: Callable[..., Reception],
) -> None:  # fmt: skip
    login_verified(client, make_staff(Role.COORDINATOR))
    page = client.get(reverse("reception:home")).content.decode()
    assert reverse("reception:priorities") in page and url("settings", rc) in page and url("notices", rc) in page
    elsewhere = make_reception("harbour")
    login_verified(client, rc.staff)
    page = client.get(reverse("reception:home")).content.decode()
    assert url("notices", rc) in page and url("settings", rc) not in page
    assert reverse("reception:notices", kwargs={"slug": elsewhere.site.slug}) not in page
    assert reverse("reception:priorities") not in page
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=other["org"]))
    page = client.get(reverse("reception:home")).content.decode()
    assert url("settings", rc) in page and reverse("reception:priorities") not in page
    assert url("check_in", rc) not in page


# Priority weights.


def test_the_coordinator_sees_the_default_weights_and_saves_them_together(
    client: Client, coordinator: User, rc: Reception
) -> None:
    page = client.get(reverse("reception:priorities")).content.decode()
    assert 'name="weight_medical" value="30"' in page and 'name="weight_small_children" value="5"' in page
    data = {f"weight_{r}": "10" for r in ("pregnancy", "disability", "elderly", "small_children", "appointment")}
    data |= {"weight_medical": "50", "active_medical": "on", "active_pregnancy": "on"}
    assert client.post(reverse("reception:priorities"), data).status_code == 302
    rows = {row.reason: (row.weight, row.is_active) for row in PriorityWeight.objects.all()}
    assert rows["medical"] == (50, True) and rows["elderly"] == (10, False) and len(rows) == 6
    assert reception.priority_weight("medical") == 50
    with pytest.raises(ValidationError):
        reception.priority_weight("elderly")
    assert "elderly" not in [code for code, _label, _w in reception.active_priority_reasons()]
    assert audited("reception.priorities_saved") == 1


@pytest.mark.parametrize("weight", ["101", "-1", "heavy", ""])
def test_a_weight_outside_0_to_100_changes_nothing(
    client: Client, coordinator: User, rc: Reception, weight: str
) -> None:
    data = {"weight_medical": weight, "weight_pregnancy": "10", "weight_disability": "10", "weight_elderly": "10",
            "weight_small_children": "5", "weight_appointment": "20"}  # fmt: skip
    response = client.post(reverse("reception:priorities"), data)
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert PriorityWeight.objects.count() == 0 and audited("reception.priorities_saved") == 0


def test_only_the_coordinator_sets_priorities(client: Client, rc: Reception, make_staff: Callable[..., User]) -> None:
    login_verified(client, rc.staff)
    assert client.get(reverse("reception:priorities")).status_code == 404
    assert client.post(reverse("reception:priorities"), {"weight_medical": "0"}).status_code == 404
    assert PriorityWeight.objects.count() == 0


# Display notices.


@pytest.fixture
def fresh_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views_public, "DISPLAY_CACHE_SECONDS", 0)
    monkeypatch.setattr(views_public, "_display_language", lambda site, base, now: base)


def test_reception_puts_a_notice_on_the_display_and_removes_it(client: Client, rc: Reception, fresh_feed: None) -> None:
    login_verified(client, rc.staff)
    until = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    added = client.post(url("notices", rc), {"text": "Closed at noon on Friday", "language": "", "shown_until": until})
    assert added.status_code == 302
    client.post(url("notices", rc), {"text": "Nur auf Deutsch", "language": "de"})
    notice = Notice.objects.get(text="Closed at noon on Friday")
    assert notice.site == rc.site and notice.shown_until is not None
    assert selectors.notices(rc.site, timezone.now(), "en") == ["Closed at noon on Friday"]
    feed = client.get(reverse("queue:display_feed", kwargs={"slug": rc.site.slug})).content.decode()
    assert "Closed at noon on Friday" in feed and "Nur auf Deutsch" not in feed
    assert "Closed at noon on Friday" in client.get(url("notices", rc)).content.decode()
    removed = client.post(url("notice_remove", rc, notice_id=notice.pk))
    assert removed.status_code == 302 and not Notice.objects.filter(pk=notice.pk).exists()
    feed = client.get(reverse("queue:display_feed", kwargs={"slug": rc.site.slug})).content.decode()
    assert "Closed at noon on Friday" not in feed
    assert (audited("reception.notice_added"), audited("reception.notice_removed")) == (2, 1)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"text": ""}, "This field is required."),
        ({"text": "x" * 301}, "Ensure this value has at most 300 characters"),
        ({"text": "Hello", "language": "xx"}, "Select a valid choice."),
        ({"text": "Hello", "shown_until": "2020-01-01T10:00"}, "Choose a moment in the future."),
        ({"text": "Hello", "shown_until": "tomorrow"}, "Enter a valid date/time."),
    ],
)
def test_bad_notice_input_changes_nothing(client: Client, rc: Reception, data: dict[str, str], error: str) -> None:
    login_verified(client, rc.staff)
    response = client.post(url("notices", rc), data)
    assert response.status_code == 200 and error in response.content.decode()
    assert Notice.objects.count() == 0 and audited("reception.notice_added") == 0


def test_notices_of_another_site_are_not_found(
    client: Client, rc: Reception, make_reception: Callable[..., Reception]
) -> None:
    elsewhere = make_reception("harbour")
    notice = Notice.objects.create(site=elsewhere.site, text="Harbour notice")
    login_verified(client, rc.staff)
    assert client.get(reverse("reception:notices", kwargs={"slug": "harbour"})).status_code == 404
    # Removing a notice through one's own site's address: not found either, and it stays.
    response = client.post(url("notice_remove", rc, notice_id=notice.pk))
    assert response.status_code == 404 and Notice.objects.filter(pk=notice.pk).exists()
