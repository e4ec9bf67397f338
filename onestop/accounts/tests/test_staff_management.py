from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client

from conftest import login_verified
from onestop.accounts.models import Membership, Role, User
from onestop.audit.models import AuditEvent
from onestop.directory.models import Organisation, OrganisationKind


@pytest.mark.django_db
def test_a_partner_admin_adds_a_colleague_who_gets_an_invitation(
    client: Client,
    make_org: Callable[..., Organisation],
    make_staff: Callable[..., User],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    ngo = make_org(OrganisationKind.NGO)
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    form = {
        "add-username": "amira",
        "add-email": "amira@ngo.example",
        "add-first_name": "Amira",
        "add-role": "caseworker",
    }
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        response = client.post(f"/en/accounts/staff/{ngo.pk}/", form)
    assert response.status_code == 302
    amira = User.objects.get(username="amira")
    assert not amira.has_usable_password()
    assert list(amira.memberships.values_list("organisation", "role")) == [(ngo.pk, "caseworker")]
    assert mail.outbox[0].to == ["amira@ngo.example"]
    link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body)
    assert link and "/accounts/password/reset/" in link.group(1)
    assert AuditEvent.objects.filter(action="staff.created", object_id=str(amira.pk)).exists()


@pytest.mark.django_db
def test_a_taken_user_name_is_refused_and_nothing_is_created(
    client: Client, make_org: Callable[..., Organisation], make_staff: Callable[..., User]
) -> None:
    ngo = make_org(OrganisationKind.NGO)
    admin = make_staff(Role.PARTNER_ADMIN, organisation=ngo)
    login_verified(client, admin)
    form = {"add-username": admin.username.upper(), "add-email": "x@example.org", "add-role": "caseworker"}
    response = client.post(f"/en/accounts/staff/{ngo.pk}/", form)
    assert response.status_code == 200
    assert "This user name is already taken." in response.content.decode()
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_a_partner_admin_cannot_manage_another_organisations_staff(
    client: Client, make_org: Callable[..., Organisation], make_staff: Callable[..., User]
) -> None:
    ngo, office = make_org(OrganisationKind.NGO), make_org(OrganisationKind.IMMIGRATION_OFFICE)
    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ngo))
    victim = make_staff(Role.CASEWORKER, organisation=office)
    membership = victim.memberships.get()
    form = {"add-username": "intruder", "add-email": "i@example.org", "add-role": "coordinator"}
    assert client.post(f"/en/accounts/staff/{office.pk}/", form).status_code == 404
    assert client.post(f"/en/accounts/staff/roles/{membership.pk}/revoke/").status_code == 404
    assert not User.objects.filter(username="intruder").exists()
    assert Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.django_db
def test_roles_are_given_and_taken_away(
    client: Client, make_org: Callable[..., Organisation], make_staff: Callable[..., User]
) -> None:
    org = make_org()
    login_verified(client, make_staff(Role.COORDINATOR, organisation=org))
    colleague = make_staff(Role.ANALYST, organisation=org)
    client.post(f"/en/accounts/staff/{org.pk}/", {"grant-user": colleague.pk, "grant-role": "reception"})
    granted = Membership.objects.get(user=colleague, role="reception")
    client.post(f"/en/accounts/staff/roles/{granted.pk}/revoke/")
    assert not Membership.objects.filter(pk=granted.pk).exists()
    assert [e.action for e in AuditEvent.objects.order_by("seq")] == ["role.granted", "role.revoked"]


@pytest.mark.django_db
def test_nobody_takes_away_their_own_admin_role(
    client: Client, make_org: Callable[..., Organisation], make_staff: Callable[..., User]
) -> None:
    org = make_org()
    admin = make_staff(Role.PARTNER_ADMIN, organisation=org)
    login_verified(client, admin)
    client.post(f"/en/accounts/staff/roles/{admin.memberships.get().pk}/revoke/")
    assert admin.memberships.filter(role="partner_admin").exists()


@pytest.mark.django_db
def test_spoken_languages_are_saved_from_the_profile(client: Client, make_staff: Callable[..., User]) -> None:
    user = make_staff(Role.RECEPTION)
    login_verified(client, user)
    client.post("/en/accounts/profile/", {"languages": ["ar", "ti", "fa-AF"]})
    assert sorted(user.spoken_languages.values_list("code", flat=True)) == ["ar", "fa-AF", "ti"]
    response = client.post("/en/accounts/profile/", {"languages": ["ar", "klingon"]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert sorted(user.spoken_languages.values_list("code", flat=True)) == ["ar", "fa-AF", "ti"]
    assert "Tigrinya" in client.get("/en/accounts/profile/").content.decode()
