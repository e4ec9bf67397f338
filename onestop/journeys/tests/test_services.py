from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from onestop.audit.models import AuditEvent
from onestop.directory.models import ServiceStatus
from onestop.journeys import services
from onestop.journeys.models import Journey, Outcome, Stamp

from .conftest import Shop


def test_a_journey_copies_the_template_with_its_prerequisites(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    steps = list(journey.steps.order_by("position"))
    assert [s.service for s in steps] == [shop.register, shop.job_search, shop.course]
    assert [list(s.prerequisites.all()) for s in steps] == [[], [steps[0]], []]
    assert [s.required for s in steps] == [True, True, False]
    assert [s.status for s in steps] == ["", "", ""]
    assert AuditEvent.objects.filter(action="journey.started", object_id=str(shop.client.pk)).count() == 1


def test_a_person_has_one_open_journey_at_a_time(shop: Shop) -> None:
    services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    with pytest.raises(ValidationError, match="has a journey already"):
        services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    with pytest.raises(IntegrityError), transaction.atomic():
        Journey.objects.create(client=shop.client, name="second", started_at=shop.client.created_at)


def test_only_staff_of_the_providing_partner_stamp_a_step(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    step = journey.steps.get(position=1)
    for outsider in (shop.caseworker, shop.jobs_caseworker):
        with pytest.raises(ValidationError, match="Only staff of Registration Office"):
            services.stamp_record(step=step, outcome=Outcome.DONE, by=outsider)
    assert not Stamp.objects.exists()
    stamp = services.stamp_record(step=step, outcome=Outcome.DONE, by=shop.registrar)
    assert stamp.organisation == shop.registry
    step.refresh_from_db()
    assert step.status == Outcome.DONE


def test_a_step_whose_prerequisite_is_missing_is_refused_with_a_clear_message(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    second = journey.steps.get(position=2)
    with pytest.raises(ValidationError) as error:
        services.stamp_record(step=second, outcome=Outcome.DONE, by=shop.jobs_caseworker)
    assert error.value.messages == ["This step needs another step first: Register your address."]
    assert not Stamp.objects.exists()
    services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.WAIVED, by=shop.registrar)
    services.stamp_record(step=second, outcome=Outcome.IN_PROGRESS, by=shop.jobs_caseworker)
    second.refresh_from_db()
    assert second.status == Outcome.IN_PROGRESS


@pytest.mark.parametrize("outcome", [Outcome.REFUSED, Outcome.NOT_POSSIBLE])
@pytest.mark.parametrize(("reason", "instead"), [("", ""), ("No appointment", ""), ("", "Come on Monday"), (" ", " ")])
def test_a_refusal_without_a_reason_and_what_to_do_instead_is_refused(
    shop: Shop, outcome: Outcome, reason: str, instead: str
) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    step = journey.steps.get(position=1)
    with pytest.raises(ValidationError, match="Say in plain words why"):
        services.stamp_record(step=step, outcome=outcome, reason=reason, instead=instead, by=shop.registrar)
    assert not Stamp.objects.exists()


def test_the_database_refuses_an_unexplained_cross_too(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    with pytest.raises(IntegrityError), transaction.atomic():
        Stamp.objects.create(step=journey.steps.first(), outcome=Outcome.REFUSED, recorded_at=journey.started_at)


def test_a_refusal_is_recorded_with_its_reason_and_a_later_stamp_supersedes_it(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    step = journey.steps.get(position=1)
    services.stamp_record(
        step=step, outcome=Outcome.REFUSED, reason="The rental contract is missing.",
        instead="Ask your landlord for the confirmation of moving in, then come back.", by=shop.registrar,
    )  # fmt: skip
    step.refresh_from_db()
    assert step.status == Outcome.REFUSED
    services.stamp_record(step=step, outcome=Outcome.DONE, by=shop.registrar)
    step.refresh_from_db()
    assert step.status == Outcome.DONE
    assert list(step.stamps.values_list("outcome", flat=True)) == [Outcome.REFUSED, Outcome.DONE]


def test_only_a_self_completable_step_is_done_on_ones_own(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    with pytest.raises(ValidationError, match="cannot be done on one's own"):
        services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.SELF_DONE, by=None, by_person=True)
    stamp = services.stamp_record(
        step=journey.steps.get(position=3), outcome=Outcome.SELF_DONE, by=None, by_person=True
    )
    assert stamp.recorded_by is None
    with pytest.raises(ValidationError, match="only be marked as done on your own"):
        services.stamp_record(step=journey.steps.get(position=3), outcome=Outcome.DONE, by=None, by_person=True)


def test_the_coordinator_may_waive_any_step_but_not_stamp_it_done(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    step = journey.steps.get(position=1)
    with pytest.raises(ValidationError):
        services.stamp_record(step=step, outcome=Outcome.DONE, by=shop.coordinator)
    services.stamp_record(step=step, outcome=Outcome.WAIVED, by=shop.coordinator)
    step.refresh_from_db()
    assert step.status == Outcome.WAIVED


def test_a_journey_is_adjusted_but_stamped_steps_stay(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    first = journey.steps.get(position=1)
    added = services.journey_step_add(journey=journey, service=shop.legal, prerequisites=[first], by=shop.caseworker)
    assert added.position == 4
    with pytest.raises(ValidationError, match="Other steps need this one"):
        services.journey_step_remove(step=first, by=shop.caseworker)
    services.journey_step_remove(step=added, by=shop.caseworker)
    services.stamp_record(step=journey.steps.get(position=3), outcome=Outcome.SELF_DONE, by=shop.caseworker)
    with pytest.raises(ValidationError, match="stays on the card"):
        services.journey_step_remove(step=journey.steps.get(position=3), by=shop.caseworker)


def test_a_step_at_a_service_that_is_closed_is_refused(shop: Shop) -> None:
    shop.legal.status = ServiceStatus.TEMPORARILY_CLOSED
    shop.legal.save()
    with pytest.raises(ValidationError, match="is not offered at the moment"):
        services.template_step_add(template=shop.template, service=shop.legal, by=None)


def test_prerequisites_come_from_the_same_list(shop: Shop) -> None:
    other = services.template_create(name="EU citizen", by=None)
    with pytest.raises(ValidationError, match="same list"):
        services.template_step_add(template=other, service=shop.legal, prerequisites=[shop.steps[0]], by=None)


def test_a_closed_journey_takes_no_stamps(shop: Shop) -> None:
    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    services.journey_close(journey=journey, by=shop.caseworker)
    with pytest.raises(ValidationError, match="closed"):
        services.stamp_record(step=journey.steps.get(position=1), outcome=Outcome.DONE, by=shop.registrar)
    services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)


def test_the_next_step_is_a_ready_required_one_then_a_refused_one_to_try_again(shop: Shop) -> None:
    from onestop.journeys.selectors import next_step

    journey = services.journey_start(client=shop.client, template=shop.template, by=shop.caseworker)
    first, second, third = list(journey.steps.order_by("position"))
    assert next_step([first, second, third]) == first
    services.stamp_record(
        step=first, outcome=Outcome.REFUSED, reason="No papers", instead="Bring them", by=shop.registrar
    )
    steps = list(journey.steps.order_by("position"))
    assert next_step(steps) == steps[0]  # try again, as the stamp says; not the optional course
    services.stamp_record(step=first, outcome=Outcome.DONE, by=shop.registrar)
    steps = list(journey.steps.order_by("position"))
    assert next_step(steps) == steps[1]
