"""The demo city of Neustadt: a One-Stop-Shop network that a newcomer can log into at once.

Idempotent: running it again updates the same records (matched by name, slug or user name)
and creates nothing twice. Later issues add their own demo data beside it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import time

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from onestop.accounts.models import Membership, Role, SpokenLanguage, User
from onestop.directory.models import BYDAY_CODES, Address, Organisation, OrganisationKind, Schedule, Service, Site
from onestop.directory.services import protected_by_default
from onestop.reception.models import Desk

DEMO_PASSWORD = "neustadt-demo"
# Every demo account shares this authenticator secret, so one entry in an authenticator app
# (or `manage.py demo_code`) serves them all. Never use demo data in production.
DEMO_TOTP_KEY_HEX = b"onestop-demo-secret!".hex()
DEMO_TOTP_KEY_BASE32 = base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY_HEX)).decode()

K = OrganisationKind
ORGANISATIONS: list[tuple[str, OrganisationKind, str]] = [
    ("Neustadt Welcome Centre", K.CITY_DEPARTMENT, "The city's team that runs the One-Stop-Shop and its welcome desk."),
    (
        "Neustadt Residents' Registration Office",
        K.CITY_DEPARTMENT,
        "Registration of address, certificates of residence.",
    ),
    ("Neustadt Foreigners' Office", K.IMMIGRATION_OFFICE, "Residence permits and visas; by appointment only."),
    (
        "Job Centre Neustadt",
        K.JOB_CENTRE,
        "Job search, training, recognition of qualifications, unemployment benefits.",
    ),
    ("Regional Health Office", K.HEALTH_SERVICE, "Health insurance advice, vaccinations, school health checks."),
    ("Neustadt Police, Victim Support Unit", K.POLICE, "Support and protection for victims of crime."),
    ("Refugee Law Clinic Neustadt", K.NGO, "Free, confidential legal advice on asylum and residence."),
    ("Welcome Network Neustadt", K.NGO, "Social counselling, housing help and volunteer mentors."),
    (
        "Neighbours from Everywhere",
        K.MIGRANT_LED,
        "Association of migrants helping newcomers: peer support, women's group.",
    ),
]

SITES = [
    # slug, name, organisation, street, directions, main, appointment only, hours
    ("main", "One-Stop-Shop Neustadt", "Neustadt Welcome Centre", "Marktplatz 1",
     "Tram 3 or 7 to Marktplatz. Step-free entrance on the left of the building.", True, False,
     [(d, time(8), time(16)) for d in (0, 1, 2, 4)] + [(3, time(8), time(12)), (3, time(13), time(18))]),
    ("foreigners-office", "Foreigners' Office", "Neustadt Foreigners' Office", "Behördenstraße 5",
     "Bus 12 to Behördenstraße. Bring your appointment confirmation.", False, True,
     [(0, time(8), time(12)), (1, time(8), time(12)), (3, time(14), time(18))]),
    ("welcome-network", "Welcome Network drop-in", "Welcome Network Neustadt", "Lindenweg 12",
     "Ground floor, ring the bell marked 'Welcome Network'.", False, False,
     [(1, time(10), time(14)), (4, time(10), time(14)), (5, time(10), time(13))]),
]  # fmt: skip

SERVICES = [
    # organisation, slug, name, sites, appointment only
    ("Neustadt Welcome Centre", "welcome", "Welcome and orientation", ["main"], False),
    ("Neustadt Welcome Centre", "integration", "Integration advice and journey planning", ["main"], False),
    ("Neustadt Residents' Registration Office", "registration", "Registering your address", ["main"], False),
    ("Neustadt Residents' Registration Office", "certificates", "Certificates of residence", ["main"], False),
    (
        "Neustadt Foreigners' Office",
        "residence-permit",
        "Residence permit: first application",
        ["foreigners-office"],
        True,
    ),
    ("Neustadt Foreigners' Office", "permit-extension", "Residence permit: extension", ["foreigners-office"], True),
    (
        "Neustadt Foreigners' Office",
        "temporary-protection",
        "Temporary protection (Ukraine)",
        ["foreigners-office", "main"],
        True,
    ),
    ("Job Centre Neustadt", "job-search", "Job search and counselling", ["main"], False),
    ("Job Centre Neustadt", "recognition", "Recognition of foreign qualifications", ["main"], False),
    ("Regional Health Office", "health-insurance", "Health insurance advice", ["main"], False),
    (
        "Refugee Law Clinic Neustadt",
        "legal-advice",
        "Legal advice on asylum and residence",
        ["main", "welcome-network"],
        False,
    ),
    ("Welcome Network Neustadt", "housing", "Help finding housing", ["welcome-network"], False),
    ("Welcome Network Neustadt", "social-counselling", "Social counselling", ["welcome-network", "main"], False),
    ("Neighbours from Everywhere", "peer-support", "Peer support and women's group", ["main"], False),
    ("Neustadt Police, Victim Support Unit", "victim-support", "Support for victims of crime", ["main"], True),
]

DESKS = [
    # site, organisation, label, name, services
    ("main", "Neustadt Welcome Centre", "W", "Welcome desk", ["welcome"]),
    ("main", "Neustadt Welcome Centre", "O", "Orientation", ["welcome", "integration"]),
    ("main", "Neustadt Residents' Registration Office", "R", "Registration", ["registration", "certificates"]),
    (
        "foreigners-office",
        "Neustadt Foreigners' Office",
        "F",
        "Foreigners' office",
        ["residence-permit", "permit-extension", "temporary-protection"],
    ),
    ("main", "Neustadt Welcome Centre", "I", "Integration desk", ["integration", "job-search", "recognition"]),
]


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    organisation: str
    role: Role
    languages: tuple[str, ...]
    note: str


R = Role
USERS = [
    DemoUser("coordinator", "Clara", "Becker", "Neustadt Welcome Centre", R.COORDINATOR, ("de", "en"), "runs the shop"),
    DemoUser("reception", "Rami", "Haddad", "Neustadt Welcome Centre", R.RECEPTION, ("de", "en", "ar"), "welcome desk"),
    DemoUser(
        "mediator",
        "Oksana",
        "Melnyk",
        "Neustadt Welcome Centre",
        R.RECEPTION,
        ("uk", "ru", "de"),
        "intercultural mediator",
    ),
    DemoUser(
        "caseworker", "Jonas", "Weber", "Neustadt Welcome Centre", R.CASEWORKER, ("de", "en", "fr"), "integration desk"
    ),
    DemoUser(
        "registration",
        "Eva",
        "Schulz",
        "Neustadt Residents' Registration Office",
        R.CASEWORKER,
        ("de",),
        "registration",
    ),
    DemoUser(
        "foreigners",
        "Thomas",
        "Krüger",
        "Neustadt Foreigners' Office",
        R.CASEWORKER,
        ("de", "en"),
        "foreigners' office",
    ),
    DemoUser(
        "foreigners-admin",
        "Sabine",
        "Hoffmann",
        "Neustadt Foreigners' Office",
        R.PARTNER_ADMIN,
        ("de",),
        "partner admin",
    ),
    DemoUser("jobs", "Ayşe", "Yılmaz", "Job Centre Neustadt", R.CASEWORKER, ("de", "tr"), "job centre"),
    DemoUser(
        "lawclinic",
        "Nadia",
        "Rahimi",
        "Refugee Law Clinic Neustadt",
        R.CASEWORKER,
        ("de", "fa", "en"),
        "NGO caseworker",
    ),
    DemoUser(
        "lawclinic-admin",
        "Paul",
        "Martin",
        "Refugee Law Clinic Neustadt",
        R.PARTNER_ADMIN,
        ("de", "fr"),
        "NGO partner admin",
    ),
    DemoUser(
        "dpo", "Dana", "Petrova", "Neustadt Welcome Centre", R.DATA_PROTECTION_OFFICER, ("de", "bg"), "data protection"
    ),
    DemoUser(
        "analyst",
        "Lars",
        "Nilsson",
        "Neustadt Welcome Centre",
        R.ANALYST,
        ("sv", "de", "en"),
        "reports, no personal data",
    ),
    DemoUser(
        "interpreter-ar", "Amal", "Saleh", "Neustadt Welcome Centre", R.INTERPRETER, ("ar", "fr", "de"), "interpreter"
    ),
    DemoUser(
        "interpreter-fa",
        "Dariush",
        "Karimi",
        "Neustadt Welcome Centre",
        R.INTERPRETER,
        ("fa", "fa-AF", "ps", "de"),
        "interpreter",
    ),
    DemoUser(
        "interpreter-uk", "Olena", "Bondar", "Neustadt Welcome Centre", R.INTERPRETER, ("uk", "ru", "de"), "interpreter"
    ),
    DemoUser(
        "interpreter-tr", "Elif", "Demir", "Neustadt Welcome Centre", R.INTERPRETER, ("tr", "ku", "de"), "interpreter"
    ),
    DemoUser(
        "interpreter-el",
        "Maria",
        "Papadopoulou",
        "Neustadt Welcome Centre",
        R.INTERPRETER,
        ("el", "bg", "ro", "en"),
        "interpreter",
    ),
    DemoUser(
        "interpreter-ti",
        "Yonas",
        "Tesfaye",
        "Welcome Network Neustadt",
        R.INTERPRETER,
        ("ti", "am", "en", "sv"),
        "interpreter (freelance)",
    ),
]


@transaction.atomic
def seed_demo() -> list[DemoUser]:
    organisations: dict[str, Organisation] = {}
    for name, kind, description in ORGANISATIONS:
        organisations[name], _ = Organisation.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "description": description,
                "is_protected": protected_by_default(kind),
                "is_coordinating": name == "Neustadt Welcome Centre",
            },
        )
    sites: dict[str, Site] = {}
    for slug, name, org, street, directions, main, appointment_only, hours in SITES:
        site, _ = Site.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "organisation": organisations[org],
                "directions": directions,
                "is_main": main,
                "appointment_only": appointment_only,
            },
        )
        site.addresses.all().delete()
        Address.objects.create(site=site, address_1=street, postal_code="12345", city="Neustadt", country="DE")
        site.schedules.all().delete()
        Schedule.objects.bulk_create(
            [
                Schedule(site=site, freq="WEEKLY", byday=BYDAY_CODES[day], opens_at=opens, closes_at=closes)
                for day, opens, closes in hours
            ]
        )
        sites[slug] = site
    services: dict[str, Service] = {}
    for org, slug, name, site_slugs, appointment_only in SERVICES:
        service, _ = Service.objects.update_or_create(
            organisation=organisations[org], slug=slug, defaults={"name": name, "appointment_only": appointment_only}
        )
        service.sites.set([sites[s] for s in site_slugs])
        services[slug] = service
    for site_slug, org, label, name, service_slugs in DESKS:
        desk, _ = Desk.objects.update_or_create(
            site=sites[site_slug], label=label, defaults={"organisation": organisations[org], "name": name}
        )
        desk.services.set([services[s] for s in service_slugs])
    for demo in USERS:
        user, created = User.objects.get_or_create(
            username=demo.username,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "email": f"{demo.username}@demo.onestop.invalid",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        Membership.objects.get_or_create(user=user, organisation=organisations[demo.organisation], role=demo.role)
        for code in demo.languages:
            SpokenLanguage.objects.get_or_create(user=user, code=code)
        if demo.role != Role.ANALYST:
            TOTPDevice.objects.update_or_create(
                user=user, name="Demo authenticator", defaults={"key": DEMO_TOTP_KEY_HEX, "confirmed": True}
            )
    return USERS
