"""Every write to organisations (sites and services follow in the directory issue)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any, TypedDict

from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext

from onestop.accounts.models import User
from onestop.audit.services import audit_record
from onestop.core.tasks import send_email_after_commit
from onestop.directory.models import (
    PROTECTED_BY_DEFAULT_KINDS,
    TRANSLATED_SERVICE_FIELDS,
    Accessibility,
    AccessibilityFeature,
    Attribute,
    Contact,
    Organisation,
    OrganisationKind,
    Phone,
    Service,
    ServiceStatus,
    ServiceText,
    Site,
    SpokenAt,
    Taxonomy,
    TaxonomyTerm,
    TextOrigin,
)
from onestop.directory.needs import NEED_CATEGORIES, NEEDS_TAXONOMY_ID, NEEDS_TAXONOMY_NAME, need_term_id

EDITABLE_FIELDS = ("name", "kind", "description", "website", "email", "phone", "is_protected")
SERVICE_EDITABLE_FIELDS = (
    *TRANSLATED_SERVICE_FIELDS, "url", "email", "status", "appointment_only", "minimum_age", "maximum_age", "alert",
)  # fmt: skip


class ContactFields(TypedDict):
    """Whom to ask, as a page shows it: a name, a job title, one phone number and an e-mail."""

    name: str
    title: str
    phone: str
    email: str


def _contact_save(existing: Contact | None, fields: ContactFields, **owner: Any) -> Contact | None:
    """Keep one contact of an owner (a service, a site) as given; all empty: none."""
    if not any(str(value).strip() for value in fields.values()):
        if existing is not None:
            existing.delete()
        return None
    contact = existing or Contact(**owner)
    contact.name, contact.title, contact.email = fields["name"].strip(), fields["title"].strip(), fields["email"]
    contact.save()
    phone = contact.phones.order_by("id").first()
    number = fields["phone"].strip()
    if not number:
        if phone is not None:
            phone.delete()
    elif phone is None:
        Phone.objects.create(contact=contact, number=number)
    elif phone.number != number:
        phone.number = number
        phone.save(update_fields=["number"])
    return contact


def contact_fields(contact: Contact | None) -> ContactFields:
    """A contact as the forms show it (the first phone number only)."""
    if contact is None:
        return ContactFields(name="", title="", phone="", email="")
    phone = contact.phones.order_by("id").first()
    return ContactFields(
        name=contact.name, title=contact.title, phone=phone.number if phone else "", email=contact.email
    )


@transaction.atomic
def site_details_save(
    *,
    site: Site,
    features: Iterable[str],
    access_note: str,
    contact: ContactFields,
    by: User,
    request: HttpRequest | None = None,
) -> Site:
    """The coordinator keeps what a place offers for access and whom to ask there. Features
    not chosen go; free-text accessibility imported from other directories stays, except the
    note this form keeps (the first one without a feature)."""
    chosen = set(features)
    unknown = chosen - set(AccessibilityFeature.values)
    if unknown:
        raise ValueError(f"unknown accessibility features: {sorted(unknown)}")
    current = list(site.accessibility.order_by("id"))
    for row in current:
        if row.feature and row.feature not in chosen:
            row.delete()
    present = {row.feature for row in current if row.feature}
    Accessibility.objects.bulk_create(
        [
            Accessibility(site=site, feature=feature)
            for feature in AccessibilityFeature.values
            if feature in chosen - present
        ]
    )
    note = next((row for row in current if not row.feature), None)
    if access_note.strip():
        note = note or Accessibility(site=site)
        note.description = access_note.strip()
        note.save()
    elif note is not None:
        note.delete()
    _contact_save(site.general_contacts[0] if site.general_contacts else None, contact, site=site)
    audit_record(
        action="site.details_changed", actor=by, organisation=site.organisation, request=request,
        object_type="site", object_id=site.pk, data={"features": sorted(chosen)},
    )  # fmt: skip
    return site


def protected_by_default(kind: str) -> bool:
    return kind in {k.value for k in PROTECTED_BY_DEFAULT_KINDS}


@transaction.atomic
def organisation_create(
    *,
    name: str,
    kind: OrganisationKind,
    created_by: User | None,
    description: str = "",
    website: str = "",
    email: str = "",
    phone: str = "",
    is_protected: bool | None = None,
    request: HttpRequest | None = None,
) -> Organisation:
    """Add a partner organisation; NGOs and migrant-led associations are protected unless
    said otherwise."""
    organisation = Organisation.objects.create(
        name=name,
        kind=kind,
        description=description,
        website=website,
        email=email,
        phone=phone,
        is_protected=protected_by_default(kind) if is_protected is None else is_protected,
    )
    audit_record(
        action="organisation.created",
        actor=created_by,
        organisation=organisation,
        request=request,
        object_type="organisation",
        object_id=organisation.pk,
        data={"name": name, "kind": kind.value, "is_protected": organisation.is_protected},
    )
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, changed_by: User | None, request: HttpRequest | None = None, **changes: Any
) -> Organisation:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    before = {field: getattr(organisation, field) for field in changes}
    for field, value in changes.items():
        setattr(organisation, field, value)
    organisation.save(update_fields=list(changes))
    changed = {field: [before[field], changes[field]] for field in changes if before[field] != changes[field]}
    if changed:
        audit_record(
            action="organisation.changed",
            actor=changed_by,
            organisation=organisation,
            request=request,
            object_type="organisation",
            object_id=organisation.pk,
            data={"changes": changed},
        )
    organisation.refresh_from_db(fields=["is_enforcement", "is_public_body"])
    return organisation


# --- Services (the directory entries) -----------------------------------------------------------


def _unique_slug(organisation: Organisation, name: str, exclude_pk: int | None = None) -> str:
    base = slugify(name)[:70] or "service"
    slug, n = base, 1
    taken = Service.objects.filter(organisation=organisation)
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    while taken.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def need_terms_ensure() -> None:
    """Create the need categories where they are missing. A migration creates them; this puts
    them back in a database that was emptied table by table (as test runs do)."""
    existing = set(TaxonomyTerm.objects.filter(taxonomy__hsds_id=NEEDS_TAXONOMY_ID).values_list("code", flat=True))
    if existing >= set(NEED_CATEGORIES):
        return
    taxonomy, _created = Taxonomy.objects.get_or_create(
        hsds_id=NEEDS_TAXONOMY_ID,
        defaults={"name": NEEDS_TAXONOMY_NAME, "description": "Needs of people who come to the One-Stop-Shop."},
    )
    with translation.override(None):
        for code, label in NEED_CATEGORIES.items():
            if code not in existing:
                TaxonomyTerm.objects.create(
                    hsds_id=need_term_id(code), taxonomy=taxonomy, code=code, name=str(label),
                    description=str(label), language="en",
                )  # fmt: skip


def service_set_needs(*, service: Service, codes: Iterable[str]) -> None:
    """Link the service to exactly these need categories."""
    wanted = set(codes)
    need_terms_ensure()
    terms = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__hsds_id=NEEDS_TAXONOMY_ID, code__in=wanted)}
    unknown = wanted - set(terms)
    if unknown:
        raise ValueError(f"unknown need categories: {sorted(unknown)}")
    links = Attribute.objects.filter(
        link_entity="service", link_id=service.hsds_id, taxonomy_term__taxonomy__hsds_id=NEEDS_TAXONOMY_ID
    )
    links.exclude(taxonomy_term__code__in=wanted).delete()
    have = set(links.values_list("taxonomy_term__code", flat=True))
    Attribute.objects.bulk_create(
        [
            Attribute(taxonomy_term=terms[code], link_entity="service", link_id=service.hsds_id, link_type="need")
            for code in sorted(wanted - have)
        ]
    )


def service_set_languages(*, service: Service, codes: Iterable[str]) -> None:
    wanted = set(codes)
    service.languages.exclude(code__in=wanted).delete()
    have = set(service.languages.values_list("code", flat=True))
    SpokenAt.objects.bulk_create([SpokenAt(service=service, code=code) for code in sorted(wanted - have)])


@transaction.atomic
def service_save(
    *,
    service: Service | None,
    organisation: Organisation,
    fields: dict[str, Any],
    sites: Iterable[Site],
    needs: Iterable[str],
    languages: Iterable[str],
    by: User,
    request: HttpRequest | None = None,
    contact: ContactFields | None = None,
) -> Service:
    """Create or change a directory entry. A partner's new entry waits for the coordinator's
    approval; saving an entry also confirms it as checked today. `contact` (whom to ask about
    the service) replaces its own contact; all empty removes it; None leaves it as it is."""
    unknown = set(fields) - set(SERVICE_EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    creating = service is None
    if service is None:
        service = Service(organisation=organisation, is_approved=by.has_perm("directory.approve_services"))
    for field, value in fields.items():
        setattr(service, field, value)
    service.slug = _unique_slug(organisation, service.name, exclude_pk=service.pk)
    service.last_confirmed_at = timezone.localdate()
    service.assurer_email = by.email
    service.save()
    service.sites.set(list(sites))
    service_set_needs(service=service, codes=needs)
    service_set_languages(service=service, codes=languages)
    if contact is not None:
        _contact_save(service.contacts.filter(site=None, service_at_location=None).first(), contact, service=service)
    audit_record(
        action="service.created" if creating else "service.changed",
        actor=by,
        organisation=organisation,
        request=request,
        object_type="service",
        object_id=service.pk,
        data={"name": service.name},
    )
    return service


@transaction.atomic
def service_confirm(*, service: Service, by: User, request: HttpRequest | None = None) -> Service:
    """The owner says the entry is still right."""
    service.last_confirmed_at = timezone.localdate()
    service.assurer_email = by.email
    service.confirmation_reminded_at = None
    service.save(update_fields=["last_confirmed_at", "assurer_email", "confirmation_reminded_at"])
    audit_record(
        action="service.confirmed", actor=by, organisation=service.organisation, request=request,
        object_type="service", object_id=service.pk,
    )  # fmt: skip
    return service


@transaction.atomic
def service_approve(*, service: Service, by: User, request: HttpRequest | None = None) -> Service:
    if not service.is_approved:
        service.is_approved = True
        service.save(update_fields=["is_approved"])
        audit_record(
            action="service.approved", actor=by, organisation=service.organisation, request=request,
            object_type="service", object_id=service.pk,
        )  # fmt: skip
    return service


@transaction.atomic
def service_text_save(
    *, service: Service, language: str, texts: dict[str, str], origin: TextOrigin, by: User | None
) -> ServiceText:
    """Store a translation, fingerprinting the default-language texts it was made from."""
    from onestop.directory.selectors import source_hash

    unknown = set(texts) - set(TRANSLATED_SERVICE_FIELDS)
    if unknown:
        raise TypeError(f"not translatable: {sorted(unknown)}")
    text, _created = ServiceText.objects.update_or_create(
        service=service,
        language=language,
        defaults={**texts, "origin": origin, "source_hash": source_hash(service)},
    )
    return text


def unconfirmed_services(*, older_than_days: int) -> QuerySet[Service]:
    limit = timezone.localdate() - timedelta(days=older_than_days)
    return Service.objects.filter(status=ServiceStatus.ACTIVE).filter(
        Q(last_confirmed_at__isnull=True) | Q(last_confirmed_at__lt=limit)
    )


@transaction.atomic
def services_remind_unconfirmed(*, older_than_days: int, base_url: str) -> int:
    """E-mail each organisation's partner admins the entries they have not confirmed for a
    while (at most once a week per entry); returns how many e-mails were queued."""
    from onestop.accounts.models import Membership, Role

    week_ago = timezone.localdate() - timedelta(days=7)
    due = (
        unconfirmed_services(older_than_days=older_than_days)
        .filter(Q(confirmation_reminded_at__isnull=True) | Q(confirmation_reminded_at__lt=week_ago))
        .select_related("organisation")
        .order_by("organisation_id", "name")
    )
    by_org: dict[int, list[Service]] = {}
    for service in due:
        by_org.setdefault(service.organisation_id, []).append(service)
    sent = 0
    for services in by_org.values():
        organisation = services[0].organisation
        admins = Membership.objects.filter(
            organisation=organisation, role=Role.PARTNER_ADMIN, user__is_active=True
        ).exclude(user__email="")
        recipients = sorted({m.user.email for m in admins.select_related("user")})
        if not recipients:
            continue
        body = render_to_string(
            "directory/email/confirm_reminder.txt",
            {
                "organisation": organisation,
                "services": services,
                "link": base_url.rstrip("/") + reverse("directory:service_list"),
            },
        )
        send_email_after_commit(
            subject=gettext("Please check your entries in the service directory"), body=body, to=recipients
        )
        Service.objects.filter(pk__in=[s.pk for s in services]).update(confirmation_reminded_at=timezone.localdate())
        sent += 1
    return sent
