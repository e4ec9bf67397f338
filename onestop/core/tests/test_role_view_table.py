"""Every URL of Onestop with the answer each role gets. A URL missing here fails the suite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from conftest import login_verified
from onestop.accounts.models import Role, User
from onestop.directory.models import Organisation, OrganisationKind
from onestop.directory.needs import NEEDS_TAXONOMY_ID, need_term_id
from onestop.interpreting.tests import role_table as interpreting_table

ANON = "anonymous"
R = Role
ALL_STAFF = [r.value for r in Role]
ROLES = [ANON, *ALL_STAFF]

# Status per role for a GET. "staff" = every staff role; anonymous visitors are sent to the
# login page (302) for staff pages. 404 means "not allowed", identical to "does not exist".
OK, REDIRECT, NOT_FOUND, NOT_ALLOWED, UNAUTHORISED = 200, 302, 404, 405, 401
FORBIDDEN = 403  # API only: staff whose roles lack a permission, the same answer for every id


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def staff_only(status: int = OK, anonymous: int = REDIRECT) -> dict[str, int]:
    return {ANON: anonymous, **dict.fromkeys(ALL_STAFF, status)}


def only(roles: set[str], status: int = OK, others: int = NOT_FOUND, anonymous: int = REDIRECT) -> dict[str, int]:
    return {ANON: anonymous, **{r: status if r in roles else others for r in ALL_STAFF}}


SEE_RECORDS = {R.CASEWORKER, R.RECEPTION, R.COORDINATOR, R.INTERPRETER, R.DATA_PROTECTION_OFFICER}
KEEP_RECORDS = {R.CASEWORKER, R.RECEPTION}
# The person's rights over a record of the role's own organisation (clients/rights.py).
EXPORT_RECORDS = {R.CASEWORKER, R.DATA_PROTECTION_OFFICER}
ERASE_RECORDS = {R.DATA_PROTECTION_OFFICER}
SEE_DOCUMENTS = {R.CASEWORKER, R.DATA_PROTECTION_OFFICER}
# Reception: who checks people in and works at desks.
DESK_WORK = {R.COORDINATOR, R.RECEPTION, R.CASEWORKER}
# Journeys (the "journey" part of a record of the role's own organisation) and referrals.
SEE_JOURNEYS = {R.CASEWORKER, R.RECEPTION, R.COORDINATOR, R.DATA_PROTECTION_OFFICER}
DESKS = {R.CASEWORKER, R.RECEPTION}
REFERRAL_LISTS = {R.CASEWORKER, R.RECEPTION, R.COORDINATOR}
PARTNER_SYSTEMS = {R.COORDINATOR, R.PARTNER_ADMIN}

# name -> (kwargs builder, expected GET status per role)
TABLE: dict[str, tuple[Callable[[dict[str, Any]], dict[str, Any]], dict[str, int]]] = {
    "healthz": (lambda ctx: {}, everyone(OK)),
    "set_language": (lambda ctx: {}, everyone(REDIRECT)),  # a GET only goes back
    # The OpenAPI schema is the public contract; it documents, it holds no data.
    "api:schema": (lambda ctx: {}, everyone(OK)),
    "api:docs": (lambda ctx: {}, everyone(OK)),
    "api:redoc": (lambda ctx: {}, everyone(OK)),
    "api:me": (lambda ctx: {}, {ANON: UNAUTHORISED, **dict.fromkeys(ALL_STAFF, OK)}),
    "api:organisation_list": (lambda ctx: {}, {ANON: UNAUTHORISED, **dict.fromkeys(ALL_STAFF, OK)}),
    "api:organisation_detail": (
        lambda ctx: {"organisation_id": ctx["other_org"].pk},
        {ANON: UNAUTHORISED, **dict.fromkeys(ALL_STAFF, OK)},
    ),
    "api:site_list": (lambda ctx: {}, everyone(OK)),
    # The public HSDS API for other directories and 211 systems: no login, the same for all.
    "api:hsds:root": (lambda ctx: {}, everyone(OK)),
    "api:hsds:service_list": (lambda ctx: {}, everyone(OK)),
    "api:hsds:service_detail": (lambda ctx: {"id": ctx["service"].hsds_id}, everyone(OK)),
    "api:hsds:organization_list": (lambda ctx: {}, everyone(OK)),
    "api:hsds:organization_detail": (lambda ctx: {"id": ctx["org"].hsds_id}, everyone(OK)),
    "api:hsds:service_at_location_list": (lambda ctx: {}, everyone(OK)),
    "api:hsds:service_at_location_detail": (lambda ctx: {"id": ctx["service_at_location"].hsds_id}, everyone(OK)),
    "api:hsds:location_list": (lambda ctx: {}, everyone(OK)),
    "api:hsds:location_detail": (lambda ctx: {"id": ctx["site"].hsds_id}, everyone(OK)),
    "api:hsds:taxonomy_list": (lambda ctx: {}, everyone(OK)),
    "api:hsds:taxonomy_detail": (lambda ctx: {"id": NEEDS_TAXONOMY_ID}, everyone(OK)),
    "api:hsds:taxonomy_term_list": (lambda ctx: {}, everyone(OK)),
    "api:hsds:taxonomy_term_detail": (lambda ctx: {"id": need_term_id("housing")}, everyone(OK)),
    "core:home": (lambda ctx: {}, everyone(OK)),
    "core:dashboard": (lambda ctx: {}, staff_only()),
    # Logged-in staff are sent on from the login page.
    "accounts:login": (lambda ctx: {}, {ANON: OK, **dict.fromkeys(ALL_STAFF, REDIRECT)}),
    # Without a pending password step, the code page sends everyone back to the login.
    "accounts:two_factor": (lambda ctx: {}, everyone(REDIRECT)),
    "accounts:logout": (lambda ctx: {}, everyone(NOT_ALLOWED)),
    "accounts:password_reset": (lambda ctx: {}, everyone(OK)),
    "accounts:password_reset_done": (lambda ctx: {}, everyone(OK)),
    # An invalid link shows "this link does not work" (200) to everyone.
    "accounts:password_reset_confirm": (lambda ctx: {"uidb64": "MQ", "token": "invalid-token"}, everyone(OK)),
    "accounts:password_reset_complete": (lambda ctx: {}, everyone(OK)),
    "accounts:password_change": (lambda ctx: {}, staff_only()),
    "accounts:profile": (lambda ctx: {}, staff_only()),
    "accounts:api_token_create": (lambda ctx: {}, staff_only(NOT_ALLOWED)),
    "accounts:api_token_revoke": (lambda ctx: {"token_id": 1}, staff_only(NOT_ALLOWED)),
    "accounts:staff_organisations": (lambda ctx: {}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    # Staff of the role's own organisation: the partner admin manages it, the coordinator all.
    "accounts:staff_list": (lambda ctx: {"organisation_id": ctx["org"].pk}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "accounts:membership_revoke": (lambda ctx: {"membership_id": 1}, staff_only(NOT_ALLOWED)),
    "directory:organisation_list": (lambda ctx: {}, staff_only()),
    "directory:organisation_create": (lambda ctx: {}, only({R.COORDINATOR})),
    "directory:organisation_edit": (lambda ctx: {"organisation_id": ctx["other_org"].pk}, only({R.COORDINATOR})),
    "audit:log": (lambda ctx: {}, only({R.DATA_PROTECTION_OFFICER})),
    # Reception, staff pages.
    # Desk work, or the settings (partner admins: their organisations' series and desks).
    "reception:home": (lambda ctx: {}, only({*DESK_WORK, R.PARTNER_ADMIN})),
    "reception:check_in": (lambda ctx: {"slug": ctx["site"].slug}, only(DESK_WORK)),
    # ctx["desk"] belongs to the role's organisation; the coordinator may operate any desk.
    "reception:desk": (lambda ctx: {"desk_id": ctx["desk"].pk}, only(DESK_WORK)),
    "reception:desk_action": (lambda ctx: {"desk_id": ctx["desk"].pk, "action": "call-next"}, everyone(NOT_ALLOWED)),
    "reception:live": (lambda ctx: {"slug": ctx["site"].slug}, only({R.COORDINATOR, R.RECEPTION})),
    # Reception, end of the staff pages.
    # Reception settings.
    # ctx["site"] belongs to the role's organisation, ctx["series"] and ctx["desk"] too.
    "reception:settings": (lambda ctx: {"slug": ctx["site"].slug}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "reception:series_create": (lambda ctx: {"slug": ctx["site"].slug}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "reception:series_edit": (
        lambda ctx: {"slug": ctx["site"].slug, "series_id": ctx["series"].pk},
        only({R.COORDINATOR, R.PARTNER_ADMIN}),
    ),
    "reception:desk_create": (lambda ctx: {"slug": ctx["site"].slug}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "reception:desk_edit": (
        lambda ctx: {"slug": ctx["site"].slug, "desk_id": ctx["desk"].pk},
        only({R.COORDINATOR, R.PARTNER_ADMIN}),
    ),
    "reception:priorities": (lambda ctx: {}, only({R.COORDINATOR})),
    "reception:notices": (lambda ctx: {"slug": ctx["site"].slug}, only({R.COORDINATOR, R.RECEPTION})),
    "reception:notice_remove": (lambda ctx: {"slug": ctx["site"].slug, "notice_id": 1}, everyone(NOT_ALLOWED)),
    # Reception settings, end.
    # Appointments, staff pages.
    # Reception staff and caseworkers book for their organisation's services, the coordinator for all;
    # the partner admin and the coordinator keep the booking hours.
    "appointments:home": (lambda ctx: {}, only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER, R.PARTNER_ADMIN})),
    "appointments:site_day": (
        lambda ctx: {"slug": ctx["site"].slug},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}),
    ),
    "appointments:calendar": (
        lambda ctx: {"service_id": ctx["service"].pk, "slug": ctx["site"].slug},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}),
    ),
    "appointments:book": (
        lambda ctx: {"service_id": ctx["service"].pk, "slug": ctx["site"].slug},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}),
    ),
    "appointments:booking": (
        lambda ctx: {"booking_id": ctx["booking"].pk},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}),
    ),
    "appointments:change": (
        lambda ctx: {"booking_id": ctx["booking"].pk},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}),
    ),
    "appointments:cancel": (lambda ctx: {"booking_id": ctx["booking"].pk}, everyone(NOT_ALLOWED)),
    "appointments:arrive": (lambda ctx: {"booking_id": ctx["booking"].pk}, everyone(NOT_ALLOWED)),
    "appointments:hours": (lambda ctx: {"service_id": ctx["service"].pk}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "appointments:rule": (lambda ctx: {"rule_id": ctx["slot_rule"].pk}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "appointments:rule_delete": (lambda ctx: {"rule_id": ctx["slot_rule"].pk}, everyone(NOT_ALLOWED)),
    "appointments:desk_feed": (lambda ctx: {"desk_id": ctx["desk"].pk}, only(DESK_WORK)),
    # The desk's calendar feed needs no login; its address is the secret (an unknown one: 404).
    "appointments:feed": (lambda ctx: {"token": "not-a-feed-token"}, everyone(NOT_FOUND)),
    # Appointments, end of the staff pages.
    # Interpreting.
    "interpreting:inbox": (lambda ctx: {}, only({R.INTERPRETER})),
    "interpreting:offer_answer": (lambda ctx: {"offer_id": 1, "action": "accept"}, everyone(NOT_ALLOWED)),
    "interpreting:request_list": (lambda ctx: {}, only(DESK_WORK)),
    "interpreting:request_create": (lambda ctx: {}, only(DESK_WORK)),
    # Asked by nobody the table logs in as: only the coordinator sees it, the rest get "not found".
    "interpreting:request_detail": (
        lambda ctx: {"request_id": interpreting_table.request(ctx).pk},
        only({R.COORDINATOR}),
    ),
    "interpreting:request_action": (
        lambda ctx: {"request_id": interpreting_table.request(ctx).pk, "action": "cancel"},
        everyone(NOT_ALLOWED),
    ),
    "interpreting:coordination": (lambda ctx: {}, only({R.COORDINATOR})),
    "interpreting:pool": (lambda ctx: {}, only({R.COORDINATOR})),
    "interpreting:interpreter_create": (lambda ctx: {}, only({R.COORDINATOR})),
    "interpreting:interpreter_edit": (
        lambda ctx: {"interpreter_id": interpreting_table.interpreter(ctx).pk},
        only({R.COORDINATOR}),
    ),
    "interpreting:absence_delete": (lambda ctx: {"absence_id": 1}, everyone(NOT_ALLOWED)),
    # Interpreting API: 403 for roles that take no part in interpreting (who asks, answers, coordinates).
    "api:interpreter_request_list": (
        lambda ctx: {},
        only({*DESK_WORK, R.INTERPRETER}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:interpreter_request_detail": (
        lambda ctx: {"request_id": interpreting_table.request(ctx).pk},
        {
            **only({*DESK_WORK, R.INTERPRETER}, status=NOT_FOUND, others=FORBIDDEN, anonymous=UNAUTHORISED),
            R.COORDINATOR: OK,
        },
    ),
    **{
        f"api:interpreter_request_{action}": (
            lambda ctx: {"request_id": interpreting_table.request(ctx).pk},
            only({*DESK_WORK, R.INTERPRETER}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
        )
        for action in ("offer", "accept", "decline", "cancel")
    },
    "api:interpreter_list": (
        lambda ctx: {},
        only({*DESK_WORK, R.INTERPRETER}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # Interpreting, end.
    # Client records (ctx["client"] is kept by the role's own organisation).
    "clients:list": (lambda ctx: {}, only(SEE_RECORDS)),
    "clients:create": (lambda ctx: {}, only(KEEP_RECORDS)),
    "clients:by_code": (lambda ctx: {}, only(SEE_RECORDS)),
    "clients:detail": (lambda ctx: {"client_id": ctx["client"].pk}, only(SEE_RECORDS)),
    "clients:card": (lambda ctx: {"client_id": ctx["client"].pk}, only(SEE_RECORDS)),
    "clients:edit": (lambda ctx: {"client_id": ctx["client"].pk}, only(KEEP_RECORDS)),
    "clients:consent_create": (lambda ctx: {"client_id": ctx["client"].pk}, only(KEEP_RECORDS)),
    "clients:consent_withdraw": (lambda ctx: {"grant_id": 1}, only(SEE_RECORDS, status=NOT_ALLOWED)),
    "clients:export": (lambda ctx: {"client_id": ctx["client"].pk}, only(EXPORT_RECORDS)),
    "clients:export_json": (lambda ctx: {"client_id": ctx["client"].pk}, only(EXPORT_RECORDS)),
    "clients:erase": (lambda ctx: {"client_id": ctx["client"].pk}, only(ERASE_RECORDS)),
    # The client-records API (clients/api.py), under the rules of the pages.
    "api:client_list": (lambda ctx: {}, only(SEE_RECORDS, others=FORBIDDEN, anonymous=UNAUTHORISED)),
    "api:client_export": (
        lambda ctx: {"client_id": ctx["client"].pk},
        {
            ANON: UNAUTHORISED,
            **{r: OK if r in EXPORT_RECORDS else (NOT_FOUND if r in SEE_RECORDS else FORBIDDEN) for r in ALL_STAFF},
        },
    ),
    "api:client_detail": (
        lambda ctx: {"client_id": ctx["client"].pk},
        only(SEE_RECORDS, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:client_by_code": (
        lambda ctx: {"code": ctx["client"].code},
        only(SEE_RECORDS, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:client_consents": (
        lambda ctx: {"client_id": ctx["client"].pk},
        {
            **only(SEE_RECORDS, status=NOT_FOUND, others=FORBIDDEN, anonymous=UNAUTHORISED),
            **dict.fromkeys([r.value for r in KEEP_RECORDS], OK),
        },
    ),
    "api:consent_withdraw": (
        lambda ctx: {"grant_id": 1},
        only(SEE_RECORDS, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # The staff API for directory entries (directory/api.py): 403 for roles that edit none.
    "api:service_list": (
        lambda ctx: {},
        only({R.COORDINATOR, R.PARTNER_ADMIN}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:service_detail": (
        lambda ctx: {"service_id": ctx["service"].pk},
        only({R.COORDINATOR, R.PARTNER_ADMIN}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:service_confirm": (
        lambda ctx: {"service_id": ctx["service"].pk},
        only({R.COORDINATOR, R.PARTNER_ADMIN}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # Approving is the coordinator's; the partner admin gets 403 like any role without the permission.
    "api:service_approve": (
        lambda ctx: {"service_id": ctx["service"].pk},
        only({R.COORDINATOR}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # Reception API.
    # Desks and tickets for the roles that work at desks (reception/rules.py); 403 for the others.
    # Desk actions are POST only (405 for a GET once the permission is checked).
    "api:desk_list": (
        lambda ctx: {},
        only({R.RECEPTION, R.CASEWORKER, R.COORDINATOR}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:desk_queue": (
        lambda ctx: {"desk_id": ctx["desk"].pk},
        only({R.RECEPTION, R.CASEWORKER, R.COORDINATOR}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    **{
        f"api:desk_{action}": (
            lambda ctx: {"desk_id": ctx["desk"].pk},
            only(
                {R.RECEPTION, R.CASEWORKER, R.COORDINATOR}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED
            ),
        )
        for action in ("open", "close", "call_next")
    },
    **{
        f"api:desk_ticket_{action}": (
            lambda ctx: {"desk_id": ctx["desk"].pk, "ticket_id": ctx["ticket"].pk},
            only(
                {R.RECEPTION, R.CASEWORKER, R.COORDINATOR}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED
            ),
        )
        for action in ("call", "recall", "no_show", "park", "resume", "transfer", "finish")
    },
    "api:ticket_list": (
        lambda ctx: {},
        only({R.RECEPTION, R.CASEWORKER, R.COORDINATOR}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:ticket_detail": (
        lambda ctx: {"ticket_id": ctx["ticket"].pk},
        only({R.RECEPTION, R.CASEWORKER, R.COORDINATOR}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # The display feed is public: ticket numbers, desk labels and counts, no personal data.
    "api:site_display": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    # Reception API, end.
    # Appointments API.
    "api:slot_list": (
        lambda ctx: {},  # without ?site= the query is invalid: 400 for those who may ask
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}, status=400, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:booking_list": (
        lambda ctx: {},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:booking_detail": (
        lambda ctx: {"booking_id": ctx["booking"].pk},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:booking_cancel": (
        lambda ctx: {"booking_id": ctx["booking"].pk},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:booking_change": (
        lambda ctx: {"booking_id": ctx["booking"].pk},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:booking_arrive": (
        lambda ctx: {"booking_id": ctx["booking"].pk},
        only({R.COORDINATOR, R.RECEPTION, R.CASEWORKER}, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # Appointments API, end.
    # Oversight: the data protection officer reads the field register and any record's history.
    "clients:register": (lambda ctx: {}, only({R.DATA_PROTECTION_OFFICER})),
    "clients:history": (lambda ctx: {"client_id": ctx["client"].pk}, only({R.DATA_PROTECTION_OFFICER})),
    # Documents: the roles that see Category.DOCUMENTS of their own organisation's records.
    "clients:documents": (lambda ctx: {"client_id": ctx["client"].pk}, only(SEE_DOCUMENTS)),
    "clients:document_download": (lambda ctx: {"doc_id": ctx["document"].pk}, only(SEE_DOCUMENTS)),
    # Reception, public pages (kiosk, check-in by phone, ticket status, display): no login.
    "queue:take": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    "queue:kiosk": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    "queue:display": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    "queue:display_feed": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    # The ticket's unguessable link is the key: the same page for everyone who has it.
    "queue:ticket": (lambda ctx: {"token": ctx["ticket"].token}, everyone(OK)),
    "queue:ticket_status": (lambda ctx: {"token": ctx["ticket"].token}, everyone(OK)),
    "queue:ticket_notify": (lambda ctx: {"token": ctx["ticket"].token}, everyone(NOT_ALLOWED)),
    "queue:ticket_leave": (lambda ctx: {"token": ctx["ticket"].token}, everyone(NOT_ALLOWED)),
    # Reception, end of the public pages.
    # Journeys and referrals (onestop/journeys): ctx["client"] has a journey and a referral sent
    # by the role's organisation to another partner.
    "journeys:template_list": (lambda ctx: {}, only({R.COORDINATOR})),
    "journeys:template_detail": (lambda ctx: {"template_id": ctx["template"].pk}, only({R.COORDINATOR})),
    "journeys:template_step_remove": (
        lambda ctx: {"template_id": ctx["template"].pk, "step_id": 1},
        only({R.COORDINATOR}, status=NOT_ALLOWED),
    ),
    "journeys:client_journey": (lambda ctx: {"client_id": ctx["client"].pk}, only(SEE_JOURNEYS, status=REDIRECT)),
    "journeys:journey_detail": (lambda ctx: {"journey_id": ctx["journey"].pk}, only(SEE_JOURNEYS)),
    "journeys:step_add": (lambda ctx: {"journey_id": ctx["journey"].pk}, only(SEE_RECORDS, status=NOT_ALLOWED)),
    "journeys:stamp": (
        lambda ctx: {"journey_id": ctx["journey"].pk, "step_id": 1},
        only(SEE_RECORDS, status=NOT_ALLOWED),
    ),
    "journeys:step_remove": (
        lambda ctx: {"journey_id": ctx["journey"].pk, "step_id": 1},
        only(SEE_RECORDS, status=NOT_ALLOWED),
    ),
    "journeys:close": (lambda ctx: {"journey_id": ctx["journey"].pk}, only(SEE_RECORDS, status=NOT_ALLOWED)),
    "journeys:referral_list": (lambda ctx: {}, only(REFERRAL_LISTS)),
    "journeys:referral_create": (lambda ctx: {"client_id": ctx["client"].pk}, only(DESKS)),
    "journeys:referral_detail": (lambda ctx: {"referral_id": ctx["referral"].pk}, only(DESKS)),
    "journeys:referral_accept": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        only(REFERRAL_LISTS, status=NOT_ALLOWED),
    ),
    "journeys:referral_decline": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        only(REFERRAL_LISTS, status=NOT_ALLOWED),
    ),
    "journeys:referral_complete": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        only(REFERRAL_LISTS, status=NOT_ALLOWED),
    ),
    "journeys:response_times": (lambda ctx: {}, only(PARTNER_SYSTEMS)),
    "journeys:webhook_list": (lambda ctx: {}, only(PARTNER_SYSTEMS)),
    "journeys:webhook_action": (
        lambda ctx: {"subscription_id": 1, "action": "retry"},
        only(PARTNER_SYSTEMS, status=NOT_ALLOWED),
    ),
    # The journeys and referrals API (journeys/api.py), under the rules of the pages.
    "api:journey_template_list": (lambda ctx: {}, {ANON: UNAUTHORISED, **dict.fromkeys(ALL_STAFF, OK)}),
    # Without ?client= there is no record to show: the same 404 as for one not seen.
    "api:journey_list": (lambda ctx: {}, only(SEE_RECORDS, status=NOT_FOUND, others=FORBIDDEN, anonymous=UNAUTHORISED)),
    "api:journey_detail": (
        lambda ctx: {"journey_id": ctx["journey"].pk},
        {
            **only(SEE_RECORDS, status=NOT_FOUND, others=FORBIDDEN, anonymous=UNAUTHORISED),
            **dict.fromkeys([r.value for r in SEE_JOURNEYS], OK),
        },
    ),
    "api:journey_stamp": (
        lambda ctx: {"journey_id": ctx["journey"].pk, "step_id": 1},
        only(SEE_RECORDS, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:referral_list": (lambda ctx: {}, only(REFERRAL_LISTS, others=FORBIDDEN, anonymous=UNAUTHORISED)),
    "api:referral_detail": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        {
            **only(REFERRAL_LISTS, status=NOT_FOUND, others=FORBIDDEN, anonymous=UNAUTHORISED),
            **dict.fromkeys([r.value for r in DESKS], OK),
        },
    ),
    "api:referral_accept": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        only(REFERRAL_LISTS, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:referral_decline": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        only(REFERRAL_LISTS, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    "api:referral_complete": (
        lambda ctx: {"referral_id": ctx["referral"].pk},
        only(REFERRAL_LISTS, status=NOT_ALLOWED, others=FORBIDDEN, anonymous=UNAUTHORISED),
    ),
    # The stamp card: the personal code alone opens it, for anyone who has it.
    "card:lookup": (lambda ctx: {}, everyone(OK)),
    "card:card": (lambda ctx: {"code": ctx["client"].code}, everyone(OK)),
    "card:self_done": (lambda ctx: {"code": ctx["client"].code, "step_id": 1}, everyone(NOT_ALLOWED)),
    # Appointments, public pages (online booking): no login.
    "book:start": (lambda ctx: {}, everyone(OK)),
    "book:booking": (lambda ctx: {"token": ctx["booking"].token}, everyone(OK)),
    # A confirmed booking needs no code: its confirm page sends on to the booking.
    "book:confirm": (lambda ctx: {"token": ctx["booking"].token}, everyone(REDIRECT)),
    "book:change": (lambda ctx: {"token": ctx["booking"].token}, everyone(OK)),
    "book:cancel": (lambda ctx: {"token": ctx["booking"].token}, everyone(OK)),
    "book:ics": (lambda ctx: {"token": ctx["booking"].token}, everyone(OK)),
    # Appointments, end of the public pages.
    # The public directory.
    "services:search": (lambda ctx: {}, everyone(OK)),
    "services:detail": (lambda ctx: {"service_id": ctx["service"].hsds_id}, everyone(OK)),
    "services:site": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    "services:poster": (lambda ctx: {"service_id": ctx["service"].hsds_id}, everyone(OK)),
    "services:site_poster": (lambda ctx: {"slug": ctx["site"].slug}, everyone(OK)),
    # Directory entries: the partner admin keeps the own organisation's, the coordinator all.
    "directory:service_list": (lambda ctx: {}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "directory:service_create": (lambda ctx: {}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "directory:service_edit": (lambda ctx: {"service_id": ctx["service"].pk}, only({R.COORDINATOR, R.PARTNER_ADMIN})),
    "directory:service_text": (
        lambda ctx: {"service_id": ctx["service"].pk, "language": "ar"},
        only({R.COORDINATOR, R.PARTNER_ADMIN}),
    ),
    "directory:service_confirm": (
        lambda ctx: {"service_id": ctx["service"].pk},
        only({R.COORDINATOR, R.PARTNER_ADMIN}, status=NOT_ALLOWED),
    ),
    "directory:service_approve": (
        lambda ctx: {"service_id": ctx["service"].pk},
        only({R.COORDINATOR}, status=NOT_ALLOWED),
    ),
    # Places are the shop's: the coordinator keeps their accessibility and whom to ask.
    "directory:site_list": (lambda ctx: {}, only({R.COORDINATOR})),
    "directory:site_details": (lambda ctx: {"slug": ctx["site"].slug}, only({R.COORDINATOR})),
}

# A partner admin of another organisation gets 404 for these, exactly as for a missing one.
CROSS_ORGANISATION = {
    "accounts:staff_list": lambda ctx: {"organisation_id": ctx["other_org"].pk},
    "directory:service_edit": lambda ctx: {"service_id": ctx["other_service"].pk},
    "directory:service_text": lambda ctx: {"service_id": ctx["other_service"].pk, "language": "ar"},
    "reception:desk_edit": lambda ctx: {"slug": ctx["site"].slug, "desk_id": ctx["other_desk"].pk},
}
MISSING = {
    "accounts:staff_list": {"organisation_id": 999_999},
    "directory:service_edit": {"service_id": 999_999},
    "directory:service_text": {"service_id": 999_999, "language": "ar"},
    "reception:desk_edit": {"slug": "drop-in", "desk_id": 999_999},
}


def _walk(patterns: list[Any], namespace: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"
        elif isinstance(pattern, URLPattern):
            yield f"{namespace}<unnamed {pattern.pattern}>"


def all_url_names() -> set[str]:
    return set(_walk(get_resolver().url_patterns))


def test_every_url_is_in_the_role_table() -> None:
    missing = all_url_names() - set(TABLE)
    assert not missing, f"add these URLs to the role × view table: {sorted(missing)}"
    stale = set(TABLE) - all_url_names()
    assert not stale, f"these URLs no longer exist: {sorted(stale)}"


def _table_document(client: Any) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from onestop.clients.documents import document_add

    upload = SimpleUploadedFile("permit.pdf", b"%PDF-1.7\n%%EOF\n", content_type="application/pdf")
    return document_add(client=client, upload=upload, title="Residence permit", by=None)


def _table_journeys(ctx: dict[str, Any]) -> None:
    from django.utils import timezone

    from onestop.journeys.models import Referral
    from onestop.journeys.services import journey_start, template_create, template_step_add

    ctx["template"] = template_create(name="Newly arrived", by=None)
    template_step_add(template=ctx["template"], service=ctx["service"], by=None)
    ctx["journey"] = journey_start(client=ctx["client"], template=ctx["template"], by=None)
    now = timezone.now()
    ctx["referral"] = Referral.objects.create(
        client=ctx["client"], from_organisation=ctx["org"], service=ctx["other_service"],
        to_organisation=ctx["other_org"], created_at=now, due_at=now,
    )  # fmt: skip


def _table_booking(ctx: dict[str, Any]) -> dict[str, Any]:
    from datetime import timedelta

    from django.utils import timezone

    from onestop.appointments.models import Booking, SlotRule

    rule = SlotRule.objects.create(service=ctx["service"], site=ctx["site"], weekdays="MO,TU,WE,TH,FR,SA,SU")
    start = timezone.now().replace(microsecond=0) + timedelta(days=3)
    booking = Booking.objects.create(
        service=ctx["service"], site=ctx["site"], start=start, end=start + timedelta(minutes=30), place=1,
        status="confirmed", channel="staff", name="Amira", phone="+4915123456789", contact_key="tel:+4915123456789",
        language="ar", page_language="ar", client=ctx["client"],
    )  # fmt: skip
    return {"slot_rule": rule, "booking": booking}


@pytest.fixture
def ctx(make_org: Callable[..., Organisation], settings: Any, tmp_path: Any) -> dict[str, Any]:
    from onestop.clients.models import ClientRecord
    from onestop.directory.models import Service, Site

    org, other_org = make_org(OrganisationKind.NGO), make_org(OrganisationKind.JOB_CENTRE)
    ctx: dict[str, Any] = {
        "org": org,
        "other_org": other_org,
        "service": Service.objects.create(organisation=org, name="Legal advice", slug="legal-advice"),
        "site": Site.objects.create(name="Drop-in", slug="drop-in", organisation=org),
        "client": ClientRecord.objects.create(owner=org, alias="Amira", preferred_language="ar"),
        "other_service": Service.objects.create(organisation=other_org, name="Job search", slug="job-search"),
    }
    ctx["service_at_location"] = ctx["service"].service_at_locations.create(site=ctx["site"])
    settings.MEDIA_ROOT = tmp_path  # uploaded files go here, never into ./media
    _table_journeys(ctx)
    ctx["document"] = _table_document(ctx["client"])
    # Reception: a series for the service at the site, a desk of the role's organisation and
    # one of another, and a waiting ticket.
    from onestop.reception.models import Channel, Desk, TicketSeries
    from onestop.reception.services import CheckIn, check_in

    ctx["series"] = TicketSeries.objects.create(site=ctx["site"], service=ctx["service"], prefix="L")
    ctx["desk"] = Desk.objects.create(site=ctx["site"], organisation=org, name="Desk 1", label="1")
    ctx["desk"].services.set([ctx["service"]])
    ctx["other_desk"] = Desk.objects.create(site=ctx["site"], organisation=other_org, name="Desk 2", label="2")
    ctx["ticket"] = check_in(CheckIn(service=ctx["service"], site=ctx["site"], language="ar", channel=Channel.DESK))
    # Appointments: booking hours for the service at the site, and a confirmed booking.
    ctx.update(_table_booking(ctx))
    return ctx


@pytest.mark.parametrize("role", ROLES)
def test_role_gets_the_answer_the_table_says(
    role: str, ctx: dict[str, Any], client: Client, make_staff: Callable[..., User]
) -> None:
    from django.urls import reverse

    if role != ANON:
        login_verified(client, make_staff(Role(role), organisation=ctx["org"]))
    wrong = []
    for name, (kwargs, expected) in sorted(TABLE.items()):
        url = reverse(name, kwargs=kwargs(ctx))
        status = client.get(url).status_code
        if status != expected[role]:
            wrong.append(f"{name} ({url}): got {status}, table says {expected[role]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(CROSS_ORGANISATION))
def test_partner_admin_cannot_reach_another_organisations_pages(
    name: str, ctx: dict[str, Any], client: Client, make_staff: Callable[..., User]
) -> None:
    from django.urls import reverse

    login_verified(client, make_staff(Role.PARTNER_ADMIN, organisation=ctx["org"]))
    response = client.get(reverse(name, kwargs=CROSS_ORGANISATION[name](ctx)))
    missing = client.get(reverse(name, kwargs=MISSING[name]))
    assert response.status_code == missing.status_code == 404
    assert ctx["other_org"].name not in response.content.decode()
    assert ctx["other_service"].name not in response.content.decode()
