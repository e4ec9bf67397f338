from __future__ import annotations

from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from onestop.accounts.models import Role, User
from onestop.audit.models import AuditChainHead, AuditEvent
from onestop.audit.services import GENESIS_HASH, audit_record, audit_verify, redact


def _three_events() -> list[AuditEvent]:
    return [audit_record(action=f"test.{i}", username="someone", data={"n": i}) for i in range(3)]


def _without_trigger(sql: str, params: list[object]) -> None:
    """Tamper as an attacker with database access would: around the append-only trigger."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER audit_event_append_only")
            cursor.execute(sql, params)
            cursor.execute(
                "CREATE TRIGGER audit_event_append_only BEFORE UPDATE ON audit_auditevent "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;"
            )
        else:
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_append_only")
            cursor.execute(sql, params)
            cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_event_append_only")


@pytest.mark.django_db
def test_events_form_a_chain_that_verifies() -> None:
    first, second, third = _three_events()
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash and third.prev_hash == second.hash
    assert [e.seq for e in (first, second, third)] == [1, 2, 3]
    assert audit_verify() == (3, [])
    out = StringIO()
    call_command("verify_audit", stdout=out)
    assert "intact: 3 events" in out.getvalue()


@pytest.mark.django_db
def test_the_database_refuses_to_update_an_event() -> None:
    event = _three_events()[0]
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="innocent")


@pytest.mark.django_db
def test_a_changed_event_is_detected() -> None:
    event = _three_events()[1]
    _without_trigger("UPDATE audit_auditevent SET actor_username = %s WHERE id = %s", ["nobody", event.pk])
    _checked, problems = audit_verify()
    assert [(p.seq, p.problem) for p in problems] == [(2, "content was changed after it was written")]
    with pytest.raises(CommandError, match="1 problem"):
        call_command("verify_audit", stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db
def test_a_removed_event_is_detected() -> None:
    event = _three_events()[1]
    AuditEvent.objects.filter(pk=event.pk).delete()
    problems = audit_verify()[1]
    assert [p.problem for p in problems] == ["events 2..2 are missing", "link to the previous event is broken"]


@pytest.mark.django_db
def test_events_cut_from_the_end_are_detected() -> None:
    last = _three_events()[2]
    AuditEvent.objects.filter(pk=last.pk).delete()
    problems = audit_verify()[1]
    assert [p.problem for p in problems] == ["events after 2 were removed (head is at 3)"]
    assert AuditChainHead.objects.get().seq == 3


def test_sensitive_values_are_redacted() -> None:
    data = {"password": "hunter2", "nested": {"api_token": "abc", "name": "ok"}, "items": [{"otp_code": "123456"}]}
    assert redact(data) == {
        "password": "[redacted]",
        "nested": {"api_token": "[redacted]", "name": "ok"},
        "items": [{"otp_code": "[redacted]"}],
    }


@pytest.mark.django_db
def test_role_changes_are_audited_with_who_and_where(make_staff: Callable[..., User]) -> None:
    from onestop.accounts.services import membership_grant

    admin = make_staff(Role.COORDINATOR)
    user = make_staff(Role.ANALYST)
    organisation = user.memberships.get().organisation
    membership_grant(user=user, organisation=organisation, role=Role.CASEWORKER, granted_by=admin)
    event = AuditEvent.objects.get(action="role.granted")
    assert (event.actor_username, event.organisation_name, event.object_id) == (
        admin.username,
        organisation.name,
        str(user.pk),
    )
    assert event.data == {"username": user.username, "role": "caseworker"}
