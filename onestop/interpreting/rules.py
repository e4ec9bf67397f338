"""Who may do what with interpreters (django-rules); the role × view table pins them down."""

from __future__ import annotations

from typing import Any

import rules

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of
from onestop.accounts.rules import is_coordinator

REQUESTING_ROLES = (Role.RECEPTION, Role.CASEWORKER)


@rules.predicate
def may_ask(user: Any) -> bool:
    return any(role in REQUESTING_ROLES for _org, role in roles_of(user))


@rules.predicate
def is_interpreter(user: Any) -> bool:
    return has_role(user, Role.INTERPRETER)


@rules.predicate
def is_offered_to(user: Any, offer: Any) -> bool:
    return offer is not None and offer.interpreter.user_id is not None and offer.interpreter.user_id == user.pk


@rules.predicate
def asked_for(user: Any, request: Any) -> bool:
    return request is not None and request.requested_by_id is not None and request.requested_by_id == user.pk


# Ask for an interpreter (from a desk, a ticket, an appointment) and follow one's own requests.
rules.add_perm("interpreting.request", is_coordinator | may_ask)
# The interpreter's inbox: offers to answer, assignments coming up.
rules.add_perm("interpreting.use_inbox", is_interpreter)
# Unfilled requests, short languages, the pool: the coordinator's.
rules.add_perm("interpreting.coordinate", is_coordinator)
# With an offer: accept or decline it (the coordinator answers for freelancers without an account).
rules.add_perm("interpreting.answer_offer", is_coordinator | is_offered_to)
# With a request: cancel it (who asked, or the coordinator). Who sees a request is in
# selectors.requests_visible_to (a query, for lists): who asked, who was offered it, the coordinator.
rules.add_perm("interpreting.cancel_request", is_coordinator | asked_for)
# Takes part in interpreting at all: lists requests (their own) and the pool through the API.
rules.add_perm("interpreting.take_part", is_coordinator | may_ask | is_interpreter)
