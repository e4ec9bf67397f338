"""The demo city of Neustadt: a One-Stop-Shop network that a newcomer can log into at once.

Idempotent: running it again updates the same records (matched by name, slug or user name)
and creates nothing twice. Later issues add their own demo data beside it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from onestop.accounts.models import Membership, Role, SpokenLanguage, User
from onestop.appointments.demo import seed_appointments
from onestop.directory import demo_data
from onestop.directory.models import (
    TRANSLATED_SERVICE_FIELDS,
    Accessibility,
    Address,
    Contact,
    Organisation,
    OrganisationKind,
    Phone,
    Schedule,
    Service,
    Site,
    SpokenAt,
    TextOrigin,
)
from onestop.directory.services import (
    protected_by_default,
    service_set_languages,
    service_set_needs,
    service_text_save,
)
from onestop.interpreting.demo import seed_interpreting
from onestop.reception.demo import seed_reception
from onestop.reception.models import Desk

DEMO_PASSWORD = "neustadt-demo"
# Every demo account shares this authenticator secret, so one entry in an authenticator app
# (or `manage.py demo_code`) serves them all. Never use demo data in production.
DEMO_TOTP_KEY_HEX = b"onestop-demo-secret!".hex()
DEMO_TOTP_KEY_BASE32 = base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY_HEX)).decode()
COORDINATING = "Neustadt Welcome Centre"

# Coordinates of the demo sites (a fictional town; the numbers only make the map links work).
COORDINATES = {
    "main": (Decimal("51.513900"), Decimal("7.465300")),
    "foreigners-office": (Decimal("51.509800"), Decimal("7.458100")),
    "welcome-network": (Decimal("51.518200"), Decimal("7.472900")),
    "adult-education": (Decimal("51.511400"), Decimal("7.478600")),
}

# What each place offers for access, and whom to ask there (the demo's own, fictitious).
ACCESSIBILITY = {
    "main": ("step_free", "wheelchair_toilet", "hearing_loop", "child_friendly"),
    "foreigners-office": ("step_free", "lift"),
    "adult-education": ("lift", "wheelchair_toilet", "child_friendly"),
}
DESK_CONTACTS = {
    "main": ("Welcome desk", "+49 1234 5670", "welcome@neustadt.example"),
    "welcome-network": ("Drop-in team", "+49 1234 5690", "dropin@welcome-network.example"),
}

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
    ("main", "Refugee Law Clinic Neustadt", "L", "Legal advice", ["legal-advice", "asylum-interview"]),
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
        "mediator-ar",
        "Karim",
        "Mansour",
        "Neustadt Welcome Centre",
        R.RECEPTION,
        ("ar", "fr", "de"),
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


def _seed_directory() -> tuple[dict[str, Organisation], dict[str, Site], dict[tuple[str, str], Service]]:
    organisations: dict[str, Organisation] = {}
    for org in demo_data.ORGANISATIONS:
        kind = OrganisationKind(org["kind"])
        organisations[org["name"]], _ = Organisation.objects.update_or_create(
            name=org["name"],
            defaults={
                "kind": kind,
                "description": org["description"],
                "is_protected": protected_by_default(kind),
                "is_coordinating": org["name"] == COORDINATING,
            },
        )
    sites: dict[str, Site] = {}
    for data in demo_data.SITES:
        latitude, longitude = COORDINATES.get(data["slug"], (None, None))
        site, _ = Site.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "organisation": organisations[data["organisation"]],
                "directions": data["directions"],
                "is_main": data["is_main"],
                "appointment_only": data["appointment_only"],
                "latitude": latitude,
                "longitude": longitude,
            },
        )
        site.addresses.all().delete()
        Address.objects.create(
            site=site, address_1=data["street"], postal_code=data["postal_code"], city="Neustadt", country="DE"
        )
        site.schedules.all().delete()
        Schedule.objects.bulk_create(
            [
                Schedule(
                    site=site,
                    freq="WEEKLY",
                    byday=day,
                    opens_at=time.fromisoformat(opens),
                    closes_at=time.fromisoformat(closes),
                )
                for day, opens, closes in data["hours"]
            ]
        )
        site.languages.all().delete()
        SpokenAt.objects.bulk_create([SpokenAt(site=site, code=code) for code in data["languages"]])
        site.accessibility.all().delete()
        Accessibility.objects.bulk_create(
            [Accessibility(site=site, feature=feature) for feature in ACCESSIBILITY.get(data["slug"], ())]
        )
        site.contacts.all().delete()
        if data["slug"] in DESK_CONTACTS:
            name, phone, email = DESK_CONTACTS[data["slug"]]
            contact = Contact.objects.create(site=site, name=name, email=email)
            Phone.objects.create(contact=contact, number=phone)
        sites[data["slug"]] = site
    services: dict[tuple[str, str], Service] = {}
    today = timezone.localdate()
    for number, entry in enumerate(demo_data.SERVICES):
        english = entry["texts"]["en"]
        service, _ = Service.objects.update_or_create(
            organisation=organisations[entry["organisation"]],
            slug=entry["slug"],
            defaults={
                **{field: english.get(field, "") for field in TRANSLATED_SERVICE_FIELDS},
                "appointment_only": entry["appointment_only"],
                # A few entries were not checked for a long time, to show the reminders.
                "last_confirmed_at": today - timedelta(days=400 if number % 11 == 5 else number % 90),
            },
        )
        service.sites.set([sites[slug] for slug in entry["sites"]])
        service_set_needs(service=service, codes=entry["needs"])
        service_set_languages(service=service, codes=entry["languages"])
        for language, texts in entry["texts"].items():
            if language != "en":
                service_text_save(
                    service=service,
                    language=language,
                    texts={k: str(v) for k, v in texts.items()},
                    origin=TextOrigin.HUMAN,
                    by=None,
                )
        services[(entry["organisation"], entry["slug"])] = service
    return organisations, sites, services


@transaction.atomic
def seed_demo() -> list[DemoUser]:
    organisations, sites, services = _seed_directory()
    by_slug = {slug: service for (_org, slug), service in services.items()}
    for site_slug, org, label, name, service_slugs in DESKS:
        desk, _ = Desk.objects.update_or_create(
            site=sites[site_slug], label=label, defaults={"organisation": organisations[org], "name": name}
        )
        desk.services.set([by_slug[s] for s in service_slugs])
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
    seed_clients()
    seed_reception(sites["main"], by_slug)
    from onestop.journeys.demo import seed_journeys

    seed_journeys()
    seed_interpreting()
    seed_appointments()
    return USERS


# Client records that show the firewall: log in as "foreigners" and find none of the NGO's,
# as "registration" and see only what the people agreed to share with the city.
CLIENTS: list[tuple[str, str, str, str, str, list[tuple[str | None, list[str]]]]] = [
    # owner, name, alias, language, residence status, consents: (recipient or None, categories)
    ("Refugee Law Clinic Neustadt", "", "Rose", "ti", "irregular", []),
    ("Refugee Law Clinic Neustadt", "Amira Haddad", "", "ar", "asylum",
     [("Neustadt Residents' Registration Office", ["identity", "needs"])]),
    ("Welcome Network Neustadt", "Olena Kovalenko", "", "uk", "temporary_protection",
     [(None, ["identity", "needs", "journey"])]),
    ("Neustadt Welcome Centre", "Dariush Karimi", "", "fa", "permit",
     [("Job Centre Neustadt", ["identity", "needs", "residence_status"])]),
    ("Neustadt Welcome Centre", "", "M.", "so", "", []),
]  # fmt: skip


def seed_clients() -> None:
    from onestop.clients.models import ClientRecord, ConsentGrant
    from onestop.clients.services import consent_grant

    for owner_name, name, alias, language, status, consents in CLIENTS:
        owner = Organisation.objects.get(name=owner_name)
        record, created = ClientRecord.objects.get_or_create(
            owner=owner, name=name, alias=alias, defaults={"preferred_language": language, "residence_status": status}
        )
        if not created or ConsentGrant.objects.filter(client=record).exists():
            continue
        for recipient_name, categories in consents:
            recipient = Organisation.objects.get(name=recipient_name) if recipient_name else None
            consent_grant(
                client=record, recipient=recipient, purpose="coordinated_support", categories=categories,
                given_how="in_person", language=language, explained_by=None, interpreter_present=language != "de",
            )  # fmt: skip
