"""The foreigners' office: one appointment-only service with booking hours on weekday mornings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

import pytest

from onestop.accounts.models import Role, User
from onestop.appointments.models import BookingSettings, SlotRule
from onestop.directory.models import Organisation, OrganisationKind, Schedule, Service, Site
from onestop.reception.models import Desk, TicketSeries


@dataclass
class Office:
    org: Organisation
    site: Site
    service: Service
    rule: SlotRule
    staff: User


@pytest.fixture
def office(make_org: Callable[..., Organisation], make_staff: Callable[..., User]) -> Office:
    org = make_org(OrganisationKind.IMMIGRATION_OFFICE, name="Foreigners' office")
    site = Site.objects.create(name="Town hall", slug="town-hall", organisation=org)
    Schedule.objects.create(site=site, byday="MO,TU,WE,TH,FR,SA,SU")
    service = Service.objects.create(organisation=org, name="Residence permit", slug="permit", appointment_only=True)
    service.sites.set([site])
    rule = SlotRule.objects.create(service=service, site=site, starts_at=time(9), ends_at=time(12), minutes=30)
    BookingSettings.objects.create(service=service, lead_minutes=120, horizon_days=42, cooldown_minutes=60)
    TicketSeries.objects.create(site=site, service=service, prefix="A")
    desk = Desk.objects.create(site=site, organisation=org, name="Counter 1", label="1")
    desk.services.set([service])
    return Office(org, site, service, rule, make_staff(Role.RECEPTION, organisation=org))
