"""A small shop for journey tests: a welcome centre keeps the record, the registration office
and the job centre provide steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from onestop.accounts.models import Role, User
from onestop.clients.models import ClientRecord
from onestop.directory.models import Organisation, OrganisationKind, Service
from onestop.journeys import services
from onestop.journeys.models import JourneyTemplate, TemplateStep


@dataclass
class Shop:
    welcome: Organisation
    registry: Organisation
    jobs: Organisation
    ngo: Organisation
    register: Service
    job_search: Service
    course: Service
    legal: Service
    template: JourneyTemplate
    steps: list[TemplateStep]
    client: ClientRecord
    caseworker: User  # at the welcome centre, keeps the record
    registrar: User  # at the registration office
    jobs_caseworker: User
    coordinator: User


@pytest.fixture
def shop(make_org: Callable[..., Organisation], make_staff: Callable[..., User]) -> Shop:
    welcome = make_org(OrganisationKind.CITY_DEPARTMENT, name="Welcome Centre", is_coordinating=True)
    registry = make_org(OrganisationKind.CITY_DEPARTMENT, name="Registration Office")
    jobs = make_org(OrganisationKind.JOB_CENTRE, name="Job Centre")
    ngo = make_org(OrganisationKind.NGO, name="Law Clinic")
    register = Service.objects.create(
        organisation=registry, name="Register your address", slug="register", what_to_bring="Passport"
    )
    job_search = Service.objects.create(organisation=jobs, name="Job search", slug="job-search")
    course = Service.objects.create(organisation=welcome, name="Orientation course", slug="course")
    legal = Service.objects.create(organisation=ngo, name="Legal advice", slug="legal")
    template = services.template_create(name="Newly arrived", by=None)
    first = services.template_step_add(template=template, service=register, by=None)
    second = services.template_step_add(template=template, service=job_search, prerequisites=[first], by=None)
    third = services.template_step_add(
        template=template, service=course, required=False, self_completable=True, by=None
    )
    client = ClientRecord.objects.create(owner=welcome, name="Olena Kovalenko", preferred_language="uk")
    return Shop(
        welcome=welcome, registry=registry, jobs=jobs, ngo=ngo, register=register, job_search=job_search,
        course=course, legal=legal, template=template, steps=[first, second, third], client=client,
        caseworker=make_staff(Role.CASEWORKER, organisation=welcome, username="weber"),
        registrar=make_staff(Role.CASEWORKER, organisation=registry, username="schulz"),
        jobs_caseworker=make_staff(Role.CASEWORKER, organisation=jobs, username="yilmaz"),
        coordinator=make_staff(Role.COORDINATOR, organisation=welcome, username="becker"),
    )  # fmt: skip
