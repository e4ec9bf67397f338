"""The staff pages: check-in at the reception desk, the desk console, the live view."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.audit.models import AuditEvent
from onestop.clients.models import ClientRecord
from onestop.directory.models import Organisation, OrganisationKind
from onestop.reception import services as reception
from onestop.reception.models import Ticket, TicketStatus
from onestop.reception.tests.conftest import Reception


def check_in(client: Client, rc: Reception, **data: str) -> object:
    body = {"service": rc.services["welcome"].pk, "language": "ar", **data}
    return client.post(reverse("reception:check_in", kwargs={"slug": rc.site.slug}), body)


def test_reception_checks_a_person_in_in_a_few_clicks(client: Client, rc: Reception) -> None:
    login_verified(client, rc.staff)
    page = client.get(reverse("reception:check_in", kwargs={"slug": rc.site.slug}))
    assert page.status_code == 200 and "Welcome desk" in page.content.decode()
    response = check_in(client, rc, priority_reason="pregnancy", phone="+49 151 23456789")
    ticket = Ticket.objects.get()
    assert response.status_code == 302
    assert (ticket.code, ticket.priority_reason, ticket.phone, ticket.notify_position) == (
        "W-001", "pregnancy", "+4915123456789", 3,
    )  # fmt: skip
    shown = client.get(response["Location"]).content.decode()
    assert "W-001" in shown and f"/ar/queue/t/{ticket.token}/" in shown


def test_a_double_submitted_check_in_gives_one_ticket(client: Client, rc: Reception) -> None:
    login_verified(client, rc.staff)
    first = check_in(client, rc, idempotency_key="form-1")
    second = check_in(client, rc, idempotency_key="form-1")
    assert first.status_code == second.status_code == 302
    assert Ticket.objects.count() == 1


def test_bad_check_in_input_shows_a_clear_message_and_creates_nothing(client: Client, rc: Reception) -> None:
    login_verified(client, rc.staff)
    bad_phone = check_in(client, rc, phone="12345")
    assert "not a phone number we can send a message to" in bad_phone.content.decode()
    unknown = check_in(client, rc, service="999999")
    assert unknown.status_code == 200 and "Select a valid choice" in unknown.content.decode()
    series = rc.series["welcome"]
    series.daily_quota = 0
    series.save()
    quota = check_in(client, rc)
    assert "All tickets for this service are given out for today" in quota.content.decode()
    assert Ticket.objects.count() == 0


def test_a_personal_code_links_the_visit_to_a_visible_record_and_is_audited(
    client: Client, rc: Reception, make_org: Callable[..., Organisation]
) -> None:
    mine = ClientRecord.objects.create(owner=rc.org, alias="Amira", preferred_language="ar")
    foreign = ClientRecord.objects.create(owner=make_org(OrganisationKind.NGO), alias="Hidden", preferred_language="ar")
    login_verified(client, rc.staff)
    refused = check_in(client, rc, client_code=foreign.code)
    assert "No record with this code that you may see." in refused.content.decode()
    assert Ticket.objects.count() == 0
    check_in(client, rc, client_code=mine.code)
    assert Ticket.objects.get().client == mine
    actions = set(
        AuditEvent.objects.filter(object_type="client", object_id=str(mine.pk)).values_list("action", flat=True)
    )
    assert {"client.viewed", "ticket.created"} <= actions


def test_the_desk_console_opens_calls_explains_and_finishes(client: Client, rc: Reception) -> None:
    login_verified(client, rc.staff)
    rc.ticket(language="de", priority_reason="elderly")
    rc.ticket(language="ti")
    desk = rc.desks["2"]
    url = reverse("reception:desk", kwargs={"desk_id": desk.pk})
    assert "The desk is closed" in client.get(url).content.decode()
    act = lambda action, **data: client.post(  # noqa: E731
        reverse("reception:desk_action", kwargs={"desk_id": desk.pk, "action": action}), data
    )
    assert act("open", languages=["de", "en"]).status_code == 302
    page = client.get(url).content.decode()
    assert "Priority: Elderly person" in page
    assert "Needs an interpreter: Tigrinya, 1 waiting" in page
    act("call-next")
    called = Ticket.objects.get(status=TicketStatus.CALLED)
    assert called.code == "W-001" and called.desk == desk
    page = client.get(url).content.decode()
    assert "Now at this desk" in page and "W-001" in page
    act("finish", ticket=str(called.pk), outcome="served")
    assert Ticket.objects.get(pk=called.pk).status == TicketStatus.DONE
    nobody = client.get(
        client.post(reverse("reception:desk_action", kwargs={"desk_id": desk.pk, "action": "call-next"}))["Location"]
    )
    assert "Nobody is waiting for this desk." in nobody.content.decode()
    # htmx polls the queue part alone.
    fragment = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert fragment.startswith('<div id="desk-live"') and "<html" not in fragment


def test_desk_errors_are_shown_not_raised(client: Client, rc: Reception) -> None:
    login_verified(client, rc.staff)
    desk = rc.desks["2"]
    response = client.post(
        reverse("reception:desk_action", kwargs={"desk_id": desk.pk, "action": "call-next"}), follow=True
    )
    assert "Open the desk first" in response.content.decode()
    rc.open("2", "de")
    response = client.post(
        reverse("reception:desk_action", kwargs={"desk_id": desk.pk, "action": "finish"}),
        {"ticket": "999", "outcome": "served"},
        follow=True,
    )
    assert "This ticket is not at this site." in response.content.decode()
    assert (
        client.post(reverse("reception:desk_action", kwargs={"desk_id": desk.pk, "action": "dance"})).status_code == 404
    )


def test_another_organisations_desk_is_not_found(
    client: Client, rc: Reception, make_staff: Callable[..., User], make_org: Callable[..., Organisation]
) -> None:
    login_verified(client, make_staff(Role.CASEWORKER, organisation=make_org(OrganisationKind.NGO)))
    desk = rc.desks["1"]
    assert client.get(reverse("reception:desk", kwargs={"desk_id": desk.pk})).status_code == 404
    missing = client.get(reverse("reception:desk", kwargs={"desk_id": 999_999}))
    assert missing.status_code == 404
    rc.ticket()
    rc.open("1", "de")
    client.post(reverse("reception:desk_action", kwargs={"desk_id": desk.pk, "action": "call-next"}))
    assert not Ticket.objects.filter(status=TicketStatus.CALLED).exists()


def test_the_live_view_shows_queues_desks_and_interpreter_needs(
    client: Client, rc: Reception, make_staff: Callable[..., User]
) -> None:
    rc.ticket(language="ti")
    rc.ticket(language="ti")
    rc.ticket("jobs", language="de")
    rc.open("1", "de")
    login_verified(client, make_staff(Role.COORDINATOR, organisation=rc.org))
    page = client.get(reverse("reception:live", kwargs={"slug": rc.site.slug})).content.decode()
    assert "Needs an interpreter: Tigrinya, 2 waiting" in page
    assert "Welcome desk" in page and "Job advice" in page
    assert rc.staff.display_name in page
    reception.call_next(desk=rc.desks["1"], by=rc.staff)
    assert "serving J-001" in client.get(reverse("reception:live", kwargs={"slug": rc.site.slug})).content.decode()
