"""Who sees which parts of a client record: worked examples for each rule, then a state machine
that builds random organisations, staff, records and consents and checks, after every step, what
the access helpers answer against a model of the rules written here.

The rules (from the issue):
1. the owner's staff see its records, each role only the categories its role allows;
2. other organisations see nothing unless a live consent names them or "all partners", and then
   the granted categories within their role's; residence status and vulnerabilities only through
   a consent naming the organisation;
3. the firewall: whoever has any membership in an enforcement body never sees any part of a
   protected organisation's record, whatever consents exist;
4. a withdrawal takes effect at once;
5. lists never hold a record the user cannot see, and "not allowed" is the same 404 as "missing";
6. a consent for an unknown purpose or category is refused and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from onestop.accounts.models import Membership, Role, User
from onestop.accounts.roles import forget_roles
from onestop.audit.models import AuditEvent
from onestop.clients.access import (
    ROLE_CATEGORIES,
    categories_for,
    get_client_by_code_for_user,
    get_client_for_user,
    live_grants,
    records_visible_to,
    viewer_of,
)
from onestop.clients.models import (
    Category,
    ClientRecord,
    ConsentGrant,
    ConsentWithdrawal,
    GivenHow,
    Purpose,
    ResidenceStatus,
    Vulnerability,
)
from onestop.clients.services import client_create, consent_grant, consent_withdraw
from onestop.directory.models import Organisation, OrganisationKind

OrgFactory = Callable[..., Organisation]
StaffFactory = Callable[..., User]

ALL = frozenset(Category.values)
SPECIAL = frozenset({Category.RESIDENCE_STATUS.value, Category.VULNERABILITY.value})
BASIC = frozenset({"identity", "needs", "journey"})
ENFORCEMENT = frozenset({OrganisationKind.IMMIGRATION_OFFICE.value, OrganisationKind.POLICE.value})

# What each role may see at most, written out here rather than read from access.py, so that a
# change to the table there is a change this file has to agree to.
ROLE_TABLE: dict[str, frozenset[str]] = {
    Role.CASEWORKER.value: ALL,
    Role.DATA_PROTECTION_OFFICER.value: ALL,
    Role.RECEPTION.value: BASIC,
    Role.COORDINATOR.value: BASIC,
    Role.INTERPRETER.value: frozenset({"identity"}),
    Role.PARTNER_ADMIN.value: frozenset(),
    Role.ANALYST.value: frozenset(),
}


# --- helpers -----------------------------------------------------------------------------------


def fresh(user: User) -> User:
    """The user as the next request would load it (access.py caches roles on the instance)."""
    return User.objects.get(pk=user.pk)


def join(user: User, organisation: Organisation, role: Role = Role.CASEWORKER) -> User:
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return fresh(user)


def record(owner: Organisation, name: str, **fields: Any) -> ClientRecord:
    fields.setdefault("preferred_language", "ar")
    return client_create(owner=owner, fields={"name": name, **fields}, by=None)


def grant(
    client: ClientRecord, recipient: Organisation | None, categories: Iterable[str], **extra: Any
) -> ConsentGrant:
    return consent_grant(
        client=client,
        recipient=recipient,
        purpose=extra.pop("purpose", Purpose.COORDINATED_SUPPORT),
        categories=categories,
        given_how=extra.pop("given_how", GivenHow.IN_PERSON),
        language=extra.pop("language", "ar"),
        explained_by=None,
        **extra,
    )


def grant_directly(
    client: ClientRecord, recipient: Organisation | None, categories: Iterable[str], valid_until: date | None = None
) -> ConsentGrant:
    """A grant written past the service (old data, an import, a past end date): reading must be
    safe whatever the ledger holds."""
    return ConsentGrant.objects.create(
        client=client,
        recipient=recipient,
        purpose=Purpose.COORDINATED_SUPPORT,
        categories=sorted(categories),
        given_how=GivenHow.WRITTEN,
        language="ar",
        given_at=timezone.now(),
        valid_until=valid_until,
    )


def sees(user: User, client: ClientRecord) -> frozenset[str]:
    return categories_for(viewer_of(fresh(user)), ClientRecord.objects.select_related("owner").get(pk=client.pk))


def listed_names(user: User) -> set[str]:
    return set(records_visible_to(fresh(user)).values_list("name", flat=True))


def assert_invisible(user: User, client: ClientRecord) -> None:
    """Every way in answers the same as for a record that does not exist."""
    assert sees(user, client) == frozenset()
    assert client.name not in listed_names(user)
    assert client.pk not in set(records_visible_to(fresh(user)).values_list("pk", flat=True))
    with pytest.raises(Http404) as by_id:
        get_client_for_user(fresh(user), client.pk)
    with pytest.raises(Http404) as by_code:
        get_client_by_code_for_user(fresh(user), client.code)
    assert by_id.value.args == by_code.value.args == ()


@pytest.fixture
def orgs(make_org: OrgFactory) -> dict[str, Organisation]:
    K = OrganisationKind
    return {
        "ngo": make_org(K.NGO, name="Refugee Law Clinic"),
        "other_ngo": make_org(K.MIGRANT_LED, name="Women's Network"),
        "city": make_org(K.CITY_DEPARTMENT, name="Social Services"),
        "jobs": make_org(K.JOB_CENTRE, name="Job Centre"),
        "immigration": make_org(K.IMMIGRATION_OFFICE, name="Foreigners' Office"),
        "police": make_org(K.POLICE, name="Police"),
    }


@pytest.fixture
def amina(orgs: dict[str, Organisation]) -> ClientRecord:
    """An NGO's record holding every kind of data, special categories included."""
    return record(
        orgs["ngo"],
        "Amina Haddad",
        residence_status=ResidenceStatus.IRREGULAR,
        vulnerabilities=[Vulnerability.SURVIVOR_OF_VIOLENCE],
        needs=["housing"],
        notes="Fled an abusive employer.",
    )


# --- 1. the owner's staff, by role ---------------------------------------------------------------


def test_role_table_is_the_agreed_one() -> None:
    assert {str(role): cats for role, cats in ROLE_CATEGORIES.items()} == ROLE_TABLE
    assert set(ROLE_CATEGORIES) == set(Role.values)


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.DATA_PROTECTION_OFFICER])
def test_owner_caseworker_and_dpo_see_the_whole_record(
    role: Role, orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    user = make_staff(role, organisation=orgs["ngo"])
    assert sees(user, amina) == ALL
    visible = get_client_for_user(fresh(user), amina.pk)
    assert visible.record.name == "Amina Haddad"
    assert visible.categories == ALL
    assert visible.sees("residence_status")
    assert get_client_by_code_for_user(fresh(user), amina.code.lower()).record.pk == amina.pk
    assert listed_names(user) == {"Amina Haddad"}


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.COORDINATOR])
def test_reception_and_coordinator_see_identity_needs_journey_of_own_records_only(
    role: Role, orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    elsewhere = record(orgs["other_ngo"], "Yusuf Demir", residence_status=ResidenceStatus.ASYLUM_SEEKER)
    user = make_staff(role, organisation=orgs["ngo"])
    visible = get_client_for_user(fresh(user), amina.pk)
    assert visible.categories == {"identity", "needs", "journey"}
    for hidden in ("notes", "documents", "residence_status", "vulnerability"):
        assert not visible.sees(hidden)
    assert listed_names(user) == {"Amina Haddad"}
    assert_invisible(user, elsewhere)


def test_interpreter_sees_identity_only(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    user = make_staff(Role.INTERPRETER, organisation=orgs["ngo"])
    assert get_client_for_user(fresh(user), amina.pk).categories == {"identity"}


@pytest.mark.parametrize("role", [Role.ANALYST, Role.PARTNER_ADMIN])
def test_analyst_and_partner_admin_see_nothing_even_of_their_own_organisation(
    role: Role, orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    user = make_staff(role, organisation=orgs["ngo"])
    assert_invisible(user, amina)
    assert listed_names(user) == set()


# --- 2. other organisations, through consent ----------------------------------------------------


def test_other_organisation_sees_nothing_without_consent(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    for key in ("other_ngo", "city", "jobs"):
        assert_invisible(make_staff(Role.CASEWORKER, organisation=orgs[key]), amina)


def test_all_partners_grant_shows_identity_and_needs_to_city_but_not_residence_status(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    grant(amina, None, ["identity", "needs"])
    user = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    visible = get_client_for_user(fresh(user), amina.pk)
    assert visible.categories == {"identity", "needs"}
    assert not visible.sees("residence_status")
    assert not visible.sees("notes")
    assert listed_names(user) == {"Amina Haddad"}


def test_all_partners_grant_cannot_carry_special_categories(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    before = (ConsentGrant.objects.count(), AuditEvent.objects.count())
    for special in ("residence_status", "vulnerability"):
        with pytest.raises(ValidationError):
            grant(amina, None, ["identity", special])
    assert (ConsentGrant.objects.count(), AuditEvent.objects.count()) == before
    # Even if the ledger held one (written past the service), it does not carry them.
    grant_directly(amina, None, ALL)
    user = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    assert sees(user, amina) == ALL - SPECIAL


def test_grant_naming_the_city_with_residence_status_shows_it_within_the_role(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    grant(amina, orgs["city"], ["identity", "residence_status"], purpose=Purpose.REFERRAL)
    caseworker = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    reception = make_staff(Role.RECEPTION, organisation=orgs["city"])
    visible = get_client_for_user(fresh(caseworker), amina.pk)
    assert visible.categories == {"identity", "residence_status"}
    assert visible.record.residence_status == ResidenceStatus.IRREGULAR
    assert get_client_for_user(fresh(reception), amina.pk).categories == {"identity"}
    # Named for the city, so nobody else: not the job centre, not another NGO.
    assert_invisible(make_staff(Role.CASEWORKER, organisation=orgs["jobs"]), amina)
    assert_invisible(make_staff(Role.CASEWORKER, organisation=orgs["other_ngo"]), amina)


def test_grants_add_up_but_special_categories_only_from_the_named_one(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    grant(amina, None, ["identity", "journey"])
    grant(amina, orgs["city"], ["needs", "vulnerability"])
    city = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    jobs = make_staff(Role.CASEWORKER, organisation=orgs["jobs"])
    assert sees(city, amina) == {"identity", "journey", "needs", "vulnerability"}
    assert sees(jobs, amina) == {"identity", "journey"}


# --- 3. the firewall ------------------------------------------------------------------------------


@pytest.fixture
def amina_shared_with_everybody(orgs: dict[str, Organisation], amina: ClientRecord) -> ClientRecord:
    """Every consent there could be: to all partners through the service, and naming the
    foreigners' office and the police (which the service refuses, so written directly)."""
    grant(amina, None, ALL - SPECIAL)
    grant(amina, orgs["city"], ALL)
    grant_directly(amina, orgs["immigration"], ALL)
    grant_directly(amina, orgs["police"], ALL)
    return amina


@pytest.mark.parametrize("role", list(Role))
def test_firewall_foreigners_office_never_sees_a_protected_record(
    role: Role,
    orgs: dict[str, Organisation],
    amina_shared_with_everybody: ClientRecord,
    make_staff: StaffFactory,
) -> None:
    user = make_staff(role, organisation=orgs["immigration"])
    assert_invisible(user, amina_shared_with_everybody)
    assert "Amina Haddad" not in listed_names(user)


@pytest.mark.parametrize("ngo", ["ngo", "other_ngo"])
def test_firewall_police_caseworker_with_an_ngo_membership_sees_nothing(
    ngo: str, orgs: dict[str, Organisation], amina_shared_with_everybody: ClientRecord, make_staff: StaffFactory
) -> None:
    """Even a membership in the owner organisation itself does not open the record."""
    user = join(make_staff(Role.CASEWORKER, organisation=orgs["police"]), orgs[ngo], Role.CASEWORKER)
    assert_invisible(user, amina_shared_with_everybody)
    # ... while the same memberships without the police one do see it.
    colleague = make_staff(Role.CASEWORKER, organisation=orgs[ngo])
    assert sees(colleague, amina_shared_with_everybody) == (ALL if ngo == "ngo" else ALL - SPECIAL)


def test_firewall_holds_for_an_enforcement_body_that_has_been_deactivated(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    """Rule 3 speaks of *any* membership in an enforcement body. A police officer who also
    works for the NGO keeps that membership when the police organisation is set inactive."""
    user = join(make_staff(Role.CASEWORKER, organisation=orgs["police"]), orgs["ngo"], Role.CASEWORKER)
    Organisation.objects.filter(pk=orgs["police"].pk).update(is_active=False)
    assert_invisible(user, amina)


def test_firewall_follows_protection_changes_at_once(orgs: dict[str, Organisation], make_staff: StaffFactory) -> None:
    city_record = record(orgs["city"], "Omar Said")
    grant(city_record, orgs["immigration"], ["identity"])
    user = make_staff(Role.CASEWORKER, organisation=orgs["immigration"])
    # The firewall protects protected organisations' records; the city's is shared as consented.
    assert get_client_for_user(fresh(user), city_record.pk).categories == {"identity"}
    Organisation.objects.filter(pk=orgs["city"].pk).update(is_protected=True)
    assert_invisible(user, city_record)


@pytest.mark.parametrize("recipient", ["immigration", "police"])
def test_consent_to_an_enforcement_body_for_a_protected_record_is_refused(
    recipient: str, orgs: dict[str, Organisation], amina: ClientRecord
) -> None:
    before = (ConsentGrant.objects.count(), AuditEvent.objects.count())
    with pytest.raises(ValidationError):
        grant(amina, orgs[recipient], ["identity"])
    with pytest.raises(ValidationError):
        grant(amina, Organisation.objects.get(pk=orgs[recipient].pk), ["identity"])
    assert (ConsentGrant.objects.count(), AuditEvent.objects.count()) == before


def test_enforcement_body_cannot_be_protected(db: None) -> None:
    for kind in ENFORCEMENT:
        with pytest.raises(IntegrityError), transaction.atomic():
            Organisation.objects.create(name=f"protected {kind}", kind=kind, is_protected=True)


# --- 4. withdrawal and expiry --------------------------------------------------------------------


def test_withdrawal_takes_effect_at_once(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    named = grant(amina, orgs["city"], ["identity", "residence_status"])
    user = fresh(make_staff(Role.CASEWORKER, organisation=orgs["city"]))  # one instance, as in a request
    assert get_client_for_user(user, amina.pk).categories == {"identity", "residence_status"}
    withdrawal = consent_withdraw(grant=named, by=None)
    with pytest.raises(Http404):
        get_client_for_user(user, amina.pk)
    assert not records_visible_to(user).filter(pk=amina.pk).exists()
    assert sees(user, amina) == frozenset()
    # Withdrawing again changes nothing and records nothing new.
    assert consent_withdraw(grant=named, by=None).pk == withdrawal.pk
    assert ConsentWithdrawal.objects.filter(grant=named).count() == 1


def test_withdrawing_one_grant_leaves_the_others(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    everybody = grant(amina, None, ["identity"])
    named = grant(amina, orgs["city"], ["identity", "needs"])
    user = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    consent_withdraw(grant=named, by=None)
    assert sees(user, amina) == {"identity"}
    consent_withdraw(grant=everybody, by=None)
    assert_invisible(user, amina)


def test_expired_grant_shows_nothing(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    today = timezone.localdate()
    grant_directly(amina, orgs["city"], ALL, valid_until=today - timedelta(days=1))
    grant_directly(amina, None, ["identity"], valid_until=today - timedelta(days=30))
    user = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    assert_invisible(user, amina)
    # Valid until today still counts today.
    grant_directly(amina, orgs["city"], ["needs"], valid_until=today)
    assert sees(user, amina) == {"needs"}


def test_consent_cannot_end_in_the_past(orgs: dict[str, Organisation], amina: ClientRecord) -> None:
    with pytest.raises(ValidationError):
        grant(amina, orgs["city"], ["identity"], valid_until=timezone.localdate() - timedelta(days=1))
    assert not ConsentGrant.objects.exists()
    assert grant(amina, orgs["city"], ["identity"], valid_until=timezone.localdate()).pk


# --- 5. lists and the one 404 --------------------------------------------------------------------


def test_404_for_not_allowed_is_the_404_for_missing(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    user = fresh(make_staff(Role.CASEWORKER, organisation=orgs["city"]))
    missing_id = ClientRecord.objects.order_by("-pk").values_list("pk", flat=True)[0] + 1000
    with pytest.raises(Http404) as not_allowed:
        get_client_for_user(user, amina.pk)
    with pytest.raises(Http404) as missing:
        get_client_for_user(user, missing_id)
    with pytest.raises(Http404) as missing_code:
        get_client_by_code_for_user(user, "ZZZZ-ZZZZ")
    assert type(not_allowed.value) is type(missing.value) is type(missing_code.value) is Http404
    assert not_allowed.value.args == missing.value.args == missing_code.value.args == ()
    assert str(not_allowed.value) == str(missing.value) == ""


def test_list_shows_only_records_the_user_sees(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    own = record(orgs["city"], "Omar Said")
    shared = record(orgs["other_ngo"], "Lina Haddad")
    grant(shared, orgs["city"], ["needs"])
    record(orgs["jobs"], "Ivan Petrenko")
    user = make_staff(Role.CASEWORKER, organisation=orgs["city"])
    assert listed_names(user) == {own.name, shared.name}


def test_list_leaves_out_a_record_whose_consent_covers_nothing_the_role_sees(
    orgs: dict[str, Organisation], amina: ClientRecord, make_staff: StaffFactory
) -> None:
    """A consent to all partners for notes and documents; the city's reception may see neither,
    so for it the record does not exist — in the list as on the detail page."""
    grant(amina, None, ["notes", "documents"])
    reception = make_staff(Role.RECEPTION, organisation=orgs["city"])
    interpreter = make_staff(Role.INTERPRETER, organisation=orgs["jobs"])
    grant(amina, orgs["jobs"], ["needs"])
    for user in (reception, interpreter):
        assert sees(user, amina) == frozenset()
        assert "Amina Haddad" not in listed_names(user)


# --- 6. what a consent may ask for ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("purpose", "categories", "given_how"),
    [
        ("enforcement", ["identity"], GivenHow.IN_PERSON),
        ("removal", ["identity"], GivenHow.IN_PERSON),
        ("", ["identity"], GivenHow.IN_PERSON),
        ("Referral", ["identity"], GivenHow.IN_PERSON),
        (Purpose.REFERRAL, ["address"], GivenHow.IN_PERSON),
        (Purpose.REFERRAL, ["identity", "Identity"], GivenHow.IN_PERSON),
        (Purpose.REFERRAL, ["identity", "biometrics"], GivenHow.IN_PERSON),
        (Purpose.REFERRAL, ["residence"], GivenHow.IN_PERSON),
        (Purpose.REFERRAL, [], GivenHow.IN_PERSON),
        (Purpose.REFERRAL, ["identity"], "assumed"),
    ],
)
def test_consent_outside_the_lists_is_refused_and_writes_nothing(
    purpose: str, categories: list[str], given_how: str, orgs: dict[str, Organisation], amina: ClientRecord
) -> None:
    before = (ConsentGrant.objects.count(), AuditEvent.objects.count())
    with pytest.raises(ValidationError):
        grant(amina, orgs["city"], categories, purpose=purpose, given_how=given_how)
    assert (ConsentGrant.objects.count(), AuditEvent.objects.count()) == before


def test_consent_for_the_owner_itself_is_refused(orgs: dict[str, Organisation], amina: ClientRecord) -> None:
    with pytest.raises(ValidationError):
        grant(amina, orgs["ngo"], ["identity"])
    assert not ConsentGrant.objects.exists()


# --- the state machine ---------------------------------------------------------------------------

KINDS = [k.value for k in OrganisationKind]
ROLES = [r.value for r in Role]
CATEGORIES = sorted(ALL)
BAD_PURPOSES = ["enforcement", "", "Referral", "deportation"]
BAD_CATEGORIES = ["address", "Identity", "biometrics"]


@dataclass
class OrgModel:
    kind: str
    protected: bool
    active: bool = True

    @property
    def enforcement(self) -> bool:
        return self.kind in ENFORCEMENT


@dataclass
class GrantModel:
    client: int
    recipient: int | None
    categories: frozenset[str]
    valid_until: date | None
    withdrawn: bool = False


@dataclass
class RecordModel:
    owner: int
    name: str
    code: str


@dataclass
class World:
    today: date
    orgs: dict[int, OrgModel] = field(default_factory=dict)
    users: dict[int, set[tuple[int, str]]] = field(default_factory=dict)
    records: dict[int, RecordModel] = field(default_factory=dict)
    grants: dict[int, GrantModel] = field(default_factory=dict)

    def live(self, g: GrantModel) -> bool:
        return not g.withdrawn and (g.valid_until is None or g.valid_until >= self.today)

    def firewalled(self, user: int, client: int) -> bool:
        """Any membership in an enforcement body (active or not), and a protected owner."""
        owner = self.orgs[self.records[client].owner]
        return owner.protected and any(self.orgs[org].enforcement for org, _role in self.users[user])

    def expected(self, user: int, client: int) -> frozenset[str]:
        if self.firewalled(user, client):
            return frozenset()
        owner = self.records[client].owner
        grants = [g for g in self.grants.values() if g.client == client and self.live(g)]
        seen: set[str] = set()
        for org, role in self.users[user]:
            if not self.orgs[org].active:
                continue  # a membership of an inactive organisation opens nothing
            most = ROLE_TABLE[role]
            if org == owner:
                seen |= most
                continue
            for g in grants:
                if g.recipient == org:
                    seen |= most & g.categories
                elif g.recipient is None:
                    seen |= most & (g.categories - SPECIAL)
        return frozenset(seen)

    def named_grant_with(self, user: int, client: int, category: str) -> bool:
        orgs = {org for org, _role in self.users[user] if self.orgs[org].active}
        return any(
            g.client == client and self.live(g) and g.recipient in orgs and category in g.categories
            for g in self.grants.values()
        )


# Rules pick organisations, users and records by position (modulo how many there are), so
# that the starting city can be built in one step and every later step can use all of it.
PICK = st.integers(0, 15)
MEMBERSHIPS = st.lists(st.tuples(PICK, st.sampled_from(ROLES)), min_size=1, max_size=3)


class AccessMachine(RuleBasedStateMachine):
    """Random organisations, staff, records and consents; after every step, what every user
    sees of every record is what the World model says."""

    grants = Bundle("grants")

    def __init__(self) -> None:
        super().__init__()
        # Each run starts from an empty database and leaves nothing behind.
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.world = World(today=timezone.localdate())
        self.serial = count(1)
        self.staff: dict[int, User] = {}
        # Whether the last step changed anything; reading steps check what they read.
        self.changed = False

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    def org(self, pick: int) -> int:
        return sorted(self.world.orgs)[pick % len(self.world.orgs)]

    def user(self, pick: int) -> int:
        return sorted(self.world.users)[pick % len(self.world.users)]

    def client(self, pick: int) -> int:
        return sorted(self.world.records)[pick % len(self.world.records)]

    def _create_org(self, kind: str, protected: bool) -> None:
        name = f"Org {next(self.serial)}"
        if protected and kind in ENFORCEMENT:
            with pytest.raises(IntegrityError), transaction.atomic():
                Organisation.objects.create(name=name, kind=kind, is_protected=True)
            return
        org = Organisation.objects.create(name=name, kind=kind, is_protected=protected)
        self.world.orgs[org.pk] = OrgModel(kind=kind, protected=protected)

    def _create_user(self, memberships: Iterable[tuple[int, str]]) -> None:
        user = User.objects.create(username=f"user{next(self.serial)}")
        self.staff[user.pk] = user
        wanted = set(memberships)
        for org, role in wanted:
            Membership.objects.create(user=user, organisation_id=org, role=role)
        self.world.users[user.pk] = wanted

    def _create_record(self, owner: int, residence: str, vulnerable: bool) -> None:
        name = f"Secret Person {next(self.serial)}"
        client = client_create(
            owner=Organisation.objects.get(pk=owner),
            fields={
                "name": name,
                "preferred_language": "uk",
                "residence_status": residence,
                "vulnerabilities": [Vulnerability.MEDICAL] if vulnerable else [],
                "notes": f"notes on {name}",
            },
            by=None,
        )
        self.world.records[client.pk] = RecordModel(owner=owner, name=name, code=client.code)

    @initialize(
        orgs=st.lists(st.tuples(st.sampled_from(KINDS), st.booleans()), min_size=1, max_size=3),
        users=st.lists(MEMBERSHIPS, min_size=1, max_size=2),
        records=st.lists(st.tuples(PICK, st.sampled_from(ResidenceStatus.values)), min_size=1, max_size=3),
    )
    def a_city(
        self, orgs: list[tuple[str, bool]], users: list[list[tuple[int, str]]], records: list[tuple[int, str]]
    ) -> None:
        self.changed = True
        # Always the people of the issue: a protected NGO with a record, the police, a city
        # department, a police caseworker who also volunteers at the NGO and a city caseworker.
        # The rest is random.
        for kind, protected in [("ngo", True), ("police", False), ("city", False), *orgs]:
            self._create_org(kind, protected)
        ngo, police, city = sorted(self.world.orgs)[:3]
        self._create_user([(police, Role.CASEWORKER.value), (ngo, Role.CASEWORKER.value)])
        self._create_user([(city, Role.CASEWORKER.value)])
        for memberships in users:
            self._create_user((self.org(pick), role) for pick, role in memberships)
        self._create_record(ngo, ResidenceStatus.IRREGULAR.value, True)
        for owner, residence in records:
            self._create_record(self.org(owner), residence, False)

    # organisations: protection, kind and state change under existing records and consents

    @rule(org=PICK, change=st.one_of(st.booleans(), st.sampled_from(KINDS)))
    def change_organisation(self, org: int, change: bool | str) -> None:
        """Protected or not (a boolean), or another kind; enforcement bodies are never protected."""
        self.changed = True
        org_id = self.org(org)
        model = self.world.orgs[org_id]
        rows = Organisation.objects.filter(pk=org_id)
        protected, kind = (change, model.kind) if isinstance(change, bool) else (model.protected, change)
        if protected and kind in ENFORCEMENT:
            with pytest.raises(IntegrityError), transaction.atomic():
                rows.update(is_protected=protected, kind=kind)
            return
        rows.update(is_protected=protected, kind=kind)
        model.protected, model.kind = protected, kind

    @rule(org=PICK, active=st.sampled_from([False, False, True]))
    def set_active(self, org: int, active: bool) -> None:
        self.changed = True
        Organisation.objects.filter(pk=self.org(org)).update(is_active=active)
        self.world.orgs[self.org(org)].active = active

    # staff and records

    @rule(user=PICK, org=PICK, role=st.sampled_from(ROLES))
    def add_membership(self, user: int, org: int, role: str) -> None:
        self.changed = True
        user_id, membership = self.user(user), (self.org(org), role)
        if membership not in self.world.users[user_id]:
            Membership.objects.create(user_id=user_id, organisation_id=membership[0], role=role)
            self.world.users[user_id].add(membership)

    @rule(owner=PICK, residence=st.sampled_from(ResidenceStatus.values), vulnerable=st.booleans())
    def add_record(self, owner: int, residence: str, vulnerable: bool) -> None:
        self.changed = True
        self._create_record(self.org(owner), residence, vulnerable)

    # consents

    @rule(
        target=grants,
        client=PICK,
        recipient=st.one_of(st.none(), PICK),
        purpose=st.sampled_from(Purpose.values),
        categories=st.sets(st.sampled_from(CATEGORIES), min_size=1, max_size=3),
        days=st.sampled_from([None, 0, 1, 30]),
        # Mostly a well-formed request; sometimes one thing outside the lists.
        fault=st.sampled_from([None, None, None, "purpose", "category", "no category", "how", "past"]),
        bad=st.sampled_from(BAD_PURPOSES + BAD_CATEGORIES),
    )
    def consent(
        self,
        client: int,
        recipient: int | None,
        purpose: str,
        categories: set[str],
        days: int | None,
        fault: str | None,
        bad: str,
    ) -> Any:
        world = self.world
        client_id = self.client(client)
        recipient_id = None if recipient is None else self.org(recipient)
        owner_id = world.records[client_id].owner
        wanted = set() if fault == "no category" else categories | ({bad} if fault == "category" else set())
        until = None if days is None else world.today + timedelta(days=days)
        if fault == "past":
            until = world.today - timedelta(days=1)
        refused = (
            fault is not None
            or (recipient_id is None and bool(wanted & SPECIAL))
            or (recipient_id is not None and world.orgs[recipient_id].enforcement and world.orgs[owner_id].protected)
            or recipient_id == owner_id
        )
        kwargs: dict[str, Any] = {
            "client": ClientRecord.objects.select_related("owner").get(pk=client_id),
            "recipient": None if recipient_id is None else Organisation.objects.get(pk=recipient_id),
            "purpose": bad if fault == "purpose" else purpose,
            "categories": sorted(wanted),
            "given_how": "assumed" if fault == "how" else GivenHow.IN_PERSON,
            "language": "uk",
            "explained_by": None,
            "valid_until": until,
        }
        if refused:
            before = (ConsentGrant.objects.count(), AuditEvent.objects.count())
            with pytest.raises(ValidationError):
                consent_grant(**kwargs)
            assert (ConsentGrant.objects.count(), AuditEvent.objects.count()) == before
            return multiple()
        made = consent_grant(**kwargs)
        self.changed = True
        world.grants[made.pk] = GrantModel(client_id, recipient_id, frozenset(wanted), until)
        return made.pk

    @rule(
        target=grants,
        client=PICK,
        recipient=st.one_of(st.none(), PICK),
        categories=st.sets(st.sampled_from(CATEGORIES), min_size=1, max_size=4),
        days=st.sampled_from([None, -30, -1, 0, 1]),
    )
    def ledger_entry(self, client: int, recipient: int | None, categories: set[str], days: int | None) -> int:
        """Whatever the ledger holds (expired grants, grants the service would refuse), reads
        obey the rules."""
        self.changed = True
        client_id = self.client(client)
        recipient_id = None if recipient is None else self.org(recipient)
        until = None if days is None else self.world.today + timedelta(days=days)
        made = grant_directly(
            ClientRecord.objects.get(pk=client_id),
            None if recipient_id is None else Organisation.objects.get(pk=recipient_id),
            categories,
            valid_until=until,
        )
        self.world.grants[made.pk] = GrantModel(client_id, recipient_id, frozenset(categories), until)
        return made.pk

    @rule(grant=grants)
    def withdraw(self, grant: int) -> None:
        self.changed = True
        consent_withdraw(grant=ConsentGrant.objects.get(pk=grant), by=None)
        self.world.grants[grant].withdrawn = True
        assert ConsentWithdrawal.objects.filter(grant_id=grant).count() == 1

    # reading

    @rule(user=PICK, client=PICK, dashed=st.booleans())
    def open_record(self, user: int, client: int, dashed: bool) -> None:
        user_id, client_id = self.user(user), self.client(client)
        expected = self.world.expected(user_id, client_id)
        code = self.world.records[client_id].code
        if dashed:
            code = f" {code[:4].lower()}-{code[4:].lower()} "
        staff = User.objects.get(pk=user_id)
        if not expected:
            with pytest.raises(Http404) as by_id:
                get_client_for_user(staff, client_id)
            with pytest.raises(Http404) as by_code:
                get_client_by_code_for_user(staff, code)
            assert by_id.value.args == by_code.value.args == ()
            return
        for visible in (get_client_for_user(staff, client_id), get_client_by_code_for_user(staff, code)):
            assert visible.record.pk == client_id
            assert visible.record.name == self.world.records[client_id].name
            assert visible.categories == expected

    @rule(user=PICK)
    def open_every_firewalled_record(self, user: int) -> None:
        """The firewall end to end: each protected record is, for a member of an enforcement
        body, the 404 of a missing one."""
        user_id = self.user(user)
        staff = User.objects.get(pk=user_id)
        for client_id, client in self.world.records.items():
            if self.world.firewalled(user_id, client_id):
                with pytest.raises(Http404):
                    get_client_for_user(staff, client_id)
                with pytest.raises(Http404):
                    get_client_by_code_for_user(staff, client.code)

    # what must hold after every step

    @invariant()
    def everybody_sees_exactly_what_the_rules_allow(self) -> None:
        world = self.world
        if not self.changed:
            return  # nothing changed since the last check (or the city is not built yet)
        self.changed = False
        clients = {c.pk: c for c in ClientRecord.objects.select_related("owner")}
        assert set(clients) == set(world.records)
        # One query for the grants per step; which of them are live is the code's own answer,
        # checked against the model through what categories_for makes of it.
        live: dict[int, list[ConsentGrant]] = {pk: [] for pk in clients}
        for g in live_grants():
            live[g.client_id].append(g)
        for user_id in world.users:
            staff = self.staff[user_id]
            forget_roles(staff)  # as a new request would: memberships may have changed
            viewer = viewer_of(staff)
            shown: dict[int, frozenset[str]] = {}
            for client_id, client in clients.items():
                got = categories_for(viewer, client, live[client_id])
                expected = world.expected(user_id, client_id)
                assert got == expected, (user_id, client_id, sorted(got), sorted(expected))
                shown[client_id] = got
                owns = any(
                    org == world.records[client_id].owner and world.orgs[org].active
                    for org, _role in world.users[user_id]
                )
                for special in SPECIAL & got:
                    assert owns or world.named_grant_with(user_id, client_id, special)
            listed = dict(records_visible_to(staff).values_list("pk", "name"))
            visible = {pk for pk, categories in shown.items() if categories}
            assert set(listed) == visible, (user_id, sorted(set(listed) - visible), sorted(visible - set(listed)))
            assert set(listed.values()) == {world.records[pk].name for pk in visible}


@pytest.mark.django_db
def test_access_rules_hold_in_any_sequence_of_changes() -> None:
    run_state_machine_as_test(
        AccessMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            database=None,
            # Shrinking a failing run of this machine takes minutes; the unshrunk steps are
            # printed and replay as they are. Add Phase.shrink when hunting a failure.
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
