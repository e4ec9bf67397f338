"""Demo journeys and referrals for the demo city (core/demo.py): people at different stages, and
referrals waiting, accepted and overdue. Idempotent: a person who has a journey keeps it."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from onestop.accounts.models import User
from onestop.clients.models import ClientRecord
from onestop.clients.services import consent_grant
from onestop.directory.models import Organisation, Service
from onestop.journeys import referrals, services
from onestop.journeys.models import Journey, JourneyStep, JourneyTemplate, Outcome, Referral, TemplateStep

# name -> description, steps: (service slug, required, self-completable, prerequisite positions)
TEMPLATES: dict[str, tuple[str, list[tuple[str, bool, bool, list[int]]]]] = {
    "Temporary protection (Ukraine)": (
        "For people who fled the war in Ukraine and are protected under the EU's temporary protection.",
        [("welcome", True, False, []), ("registration", True, False, [1]),
         ("temporary-protection", True, False, [2]), ("job-search", True, False, [3]),
         ("placement-test", True, False, [2]), ("integration-course", True, False, [5]),
         ("language-cafe", False, True, [])],
    ),
    "Newly arrived third-country national": (
        "For people with a residence permit for work, study or family, new in the city.",
        [("welcome", True, False, []), ("registration", True, False, [1]),
         ("health-insurance", True, False, [2]), ("placement-test", True, False, [2]),
         ("integration-course", True, False, [4]), ("job-search", True, False, [2]),
         ("everyday-guides", False, True, [])],
    ),
    "EU citizen": (
        "For citizens of another EU country who move here to live and work.",
        [("welcome", True, False, []), ("registration", True, False, [1]), ("health-insurance", True, False, [2]),
         ("job-search", False, False, [2]), ("child-benefit", False, False, [2])],
    ),
    "Family reunification": (
        "For family members who joined a relative living here.",
        [("welcome", True, False, []), ("registration", True, False, [1]), ("child-benefit", True, False, [2]),
         ("placement-test", True, False, [2]), ("integration-course", True, False, [4])],
    ),
    "Asylum seeker": (
        "For people whose asylum procedure is running. The law clinic advises independently of the authorities.",
        [("welcome", True, False, []), ("legal-advice", True, False, []), ("health-insurance", True, False, [1]),
         ("language-cafe", False, True, [])],
    ),
}  # fmt: skip


def _service(slug: str) -> Service:
    return Service.objects.filter(slug=slug).order_by("pk").first()  # type: ignore[return-value]


def seed_templates() -> dict[str, JourneyTemplate]:
    templates = {}
    for name, (description, steps) in TEMPLATES.items():
        template = JourneyTemplate.objects.filter(name=name).first()
        if template is None:
            template = services.template_create(name=name, description=description, by=None)
            made: list[TemplateStep] = []
            for slug, required, alone, needs in steps:
                made.append(
                    services.template_step_add(
                        template=template,
                        service=_service(slug),
                        required=required,
                        self_completable=alone,
                        prerequisites=[made[n - 1] for n in needs],
                        by=None,
                    )
                )
        templates[name] = template
    return templates


def _user(username: str) -> User:
    return User.objects.get(username=username)


def _step(journey: Journey, slug: str) -> JourneyStep:
    return journey.steps.get(service__slug=slug)


def seed_journeys() -> None:
    templates = seed_templates()
    welcome_centre = Organisation.objects.get(name="Neustadt Welcome Centre")
    # Iryna: just arrived, nothing stamped yet (the browser test stamps and refers for her).
    iryna, _ = ClientRecord.objects.get_or_create(
        owner=welcome_centre, name="Iryna Shevchenko",
        defaults={"preferred_language": "uk", "residence_status": "temporary_protection"},
    )  # fmt: skip
    if not Journey.objects.filter(client=iryna).exists():
        services.journey_start(client=iryna, template=templates["Temporary protection (Ukraine)"], by=_user("mediator"))

    # Olena: half-way. Her record is kept by an NGO, so the firewall keeps it from the foreigners'
    # office: she goes there on her own; the job centre has not answered her referral yet.
    olena = ClientRecord.objects.filter(name="Olena Kovalenko").first()
    if olena is not None and not Journey.objects.filter(client=olena).exists():
        journey = services.journey_start(client=olena, template=templates["Temporary protection (Ukraine)"], by=None)
        services.stamp_record(step=_step(journey, "welcome"), outcome=Outcome.DONE, by=_user("mediator"))
        services.stamp_record(step=_step(journey, "registration"), outcome=Outcome.DONE, by=_user("registration"))
        services.stamp_record(step=_step(journey, "language-cafe"), outcome=Outcome.SELF_DONE, by=None, by_person=True)
        referrals.referral_create(
            client=olena, service=_service("job-search"), from_organisation=welcome_centre, by=_user("caseworker"),
            summary="Arrived from Kharkiv with her son (9). Accountant; looking for work with childcare hours.",
            needs=["work", "family"],
        )  # fmt: skip

    # Dariush: a refusal with what to do instead, and an overdue referral to the job centre.
    dariush = ClientRecord.objects.filter(name="Dariush Karimi").first()
    if dariush is not None and not Journey.objects.filter(client=dariush).exists():
        journey = services.journey_start(
            client=dariush, template=templates["Newly arrived third-country national"], by=_user("caseworker")
        )
        services.stamp_record(step=_step(journey, "welcome"), outcome=Outcome.DONE, by=_user("caseworker"))
        services.stamp_record(
            step=_step(journey, "registration"), outcome=Outcome.REFUSED, by=_user("registration"),
            reason="The landlord's confirmation of moving in was missing.",
            instead="Ask your landlord for the confirmation (a form from the registration office) and come back "
            "with it. No appointment needed.",
        )  # fmt: skip
        referral = referrals.referral_create(
            client=dariush, service=_service("recognition"), from_organisation=welcome_centre,
            by=_user("caseworker"), summary="Engineer (Tehran, 12 years). Wants his degree recognised.",
            needs=["work"],
        )  # fmt: skip
        Referral.objects.filter(pk=referral.pk).update(
            created_at=timezone.now() - timedelta(days=9), due_at=timezone.now() - timedelta(days=4)
        )

    # Amira: asylum seeker at the law clinic, a step waived and one done; the registration office
    # accepted a referral (her consent covers identity and needs for it).
    amira = ClientRecord.objects.filter(name="Amira Haddad").first()
    if amira is not None and not Journey.objects.filter(client=amira).exists():
        journey = services.journey_start(client=amira, template=templates["Asylum seeker"], by=_user("lawclinic"))
        services.stamp_record(step=_step(journey, "welcome"), outcome=Outcome.WAIVED, by=_user("coordinator"))
        services.stamp_record(step=_step(journey, "legal-advice"), outcome=Outcome.DONE, by=_user("lawclinic"))
        law_clinic = Organisation.objects.get(name="Refugee Law Clinic Neustadt")
        referral = referrals.referral_create(
            client=amira, service=_service("registration"), from_organisation=law_clinic, by=_user("lawclinic"),
            summary="Needs to register her address at the reception centre.", needs=["residence"],
        )  # fmt: skip
        referrals.referral_accept(referral=referral, by=_user("registration"))

    # M.: alias only, consent to share the journey with all partners, just started.
    anonymous = ClientRecord.objects.filter(alias="M.", owner=welcome_centre).first()
    if anonymous is not None and not Journey.objects.filter(client=anonymous).exists():
        consent_grant(
            client=anonymous, recipient=None, purpose="journey", categories=["journey"], given_how="in_person",
            language="so", explained_by=None, interpreter_present=True,
        )  # fmt: skip
        services.journey_start(client=anonymous, template=templates["EU citizen"], by=_user("reception"))
