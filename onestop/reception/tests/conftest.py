"""A small reception: one site open around the clock, three services with ticket series, desks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest

from onestop.accounts.models import Role, User
from onestop.directory.models import Organisation, OrganisationKind, Schedule, Service, Site
from onestop.reception import services as reception
from onestop.reception.models import Channel, Desk, Ticket, TicketSeries


@dataclass
class Reception:
    org: Organisation
    site: Site
    services: dict[str, Service]
    series: dict[str, TicketSeries]
    desks: dict[str, Desk]
    staff: User

    def ticket(
        self, service: str = "welcome", language: str = "de", at: datetime | None = None, **extra: Any
    ) -> Ticket:
        channel = extra.pop("channel", Channel.DESK)
        data = reception.CheckIn(
            service=self.services[service], site=self.site, language=language, channel=channel, **extra
        )
        return reception.check_in(data, by=self.staff, at=at)

    def open(self, desk: str, *languages: str) -> Desk:
        reception.desk_open(desk=self.desks[desk], by=self.staff, languages=languages)
        return self.desks[desk]


def make_site(org: Organisation, slug: str = "welcome-centre", *, always_open: bool = True) -> Site:
    site = Site.objects.create(name="Welcome Centre", slug=slug, organisation=org)
    if always_open:
        # Every day, the whole day: tests do not depend on the hour they run at.
        Schedule.objects.create(site=site, byday="MO,TU,WE,TH,FR,SA,SU")
    return site


@pytest.fixture
def make_reception(make_org: Callable[..., Organisation], make_staff: Callable[..., User]) -> Callable[..., Reception]:
    def make(slug: str = "welcome-centre", *, always_open: bool = True) -> Reception:
        org = make_org(OrganisationKind.CITY_DEPARTMENT, name=f"City of Neustadt {slug}")
        site = make_site(org, slug, always_open=always_open)
        services, series = {}, {}
        for key, prefix, name in (
            ("welcome", "W", "Welcome desk"),
            ("jobs", "J", "Job advice"),
            ("legal", "L", "Legal advice"),
        ):
            service = Service.objects.create(organisation=org, name=name, slug=f"{key}-{slug}")
            service.sites.set([site])
            services[key] = service
            series[key] = TicketSeries.objects.create(site=site, service=service, prefix=prefix)
        desks = {}
        for label, keys in (("1", ["welcome", "jobs"]), ("2", ["welcome"]), ("3", ["legal", "jobs"])):
            desk = Desk.objects.create(site=site, organisation=org, name=f"Desk {label}", label=label)
            desk.services.set([services[k] for k in keys])
            desks[label] = desk
        staff = make_staff(Role.RECEPTION, organisation=org)
        return Reception(org, site, services, series, desks, staff)

    return make


@pytest.fixture
def rc(make_reception: Callable[..., Reception]) -> Reception:
    return make_reception()
