"""Who may do what with staff accounts, organisations and the audit log (django-rules).

Shared by the HTML views and the API; the role × view table in the tests pins them down.
"""

from __future__ import annotations

from typing import Any

import rules

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role, roles_of


@rules.predicate
def is_staff_member(user: Any) -> bool:
    return bool(roles_of(user))


@rules.predicate
def is_coordinator(user: Any) -> bool:
    return has_role(user, Role.COORDINATOR)


@rules.predicate
def is_data_protection_officer(user: Any) -> bool:
    return has_role(user, Role.DATA_PROTECTION_OFFICER)


@rules.predicate
def is_partner_admin_of(user: Any, organisation: Any) -> bool:
    return organisation is not None and has_role(user, Role.PARTNER_ADMIN, organisation.pk)


@rules.predicate
def is_partner_admin(user: Any) -> bool:
    return has_role(user, Role.PARTNER_ADMIN)


rules.add_perm("core.view_dashboard", is_staff_member)
rules.add_perm("core.use_api", is_staff_member)
rules.add_perm("directory.view_organisations", is_staff_member)
rules.add_perm("directory.manage_organisations", is_coordinator)
# Without an object: may manage the staff of some organisation (shows the menu entry).
rules.add_perm("accounts.manage_some_staff", is_coordinator | is_partner_admin)
# With an organisation: may manage that organisation's staff.
rules.add_perm("accounts.manage_staff", is_coordinator | is_partner_admin_of)
rules.add_perm("audit.view_log", is_data_protection_officer)


@rules.predicate
def owns_service(user: Any, service: Any) -> bool:
    return service is not None and has_role(user, Role.PARTNER_ADMIN, service.organisation_id)


# Directory entries: partner admins keep their own organisation's, the coordinator all of them.
rules.add_perm("directory.edit_some_services", is_coordinator | is_partner_admin)
rules.add_perm("directory.edit_service", is_coordinator | owns_service)
rules.add_perm("directory.add_service_for", is_coordinator | is_partner_admin_of)
rules.add_perm("directory.approve_services", is_coordinator)
rules.add_perm("directory.manage_sites", is_coordinator)


@rules.predicate
def may_see_client_records(user: Any) -> bool:
    from onestop.clients.access import ROLE_CATEGORIES

    return any(ROLE_CATEGORIES.get(role) for _org, role in roles_of(user))


rules.add_perm("clients.use_records", may_see_client_records)

# Shop-wide oversight: the history of any record (never its content) and the register of fields.
rules.add_perm("clients.view_access_history", is_data_protection_officer)
rules.add_perm("clients.view_field_register", is_data_protection_officer)


@rules.predicate
def is_caseworker_of_keeper(user: Any, record: Any) -> bool:
    return record is not None and has_role(user, Role.CASEWORKER, record.owner_id)


@rules.predicate
def is_data_protection_officer_of_keeper(user: Any, record: Any) -> bool:
    return record is not None and has_role(user, Role.DATA_PROTECTION_OFFICER, record.owner_id)


# The person's rights (clients/rights.py), with a client record as the object. Erasure cannot be
# undone, so it is the data protection officer's alone; a caseworker hands over a copy at the desk.
rules.add_perm("clients.export_record", is_caseworker_of_keeper | is_data_protection_officer_of_keeper)
rules.add_perm("clients.erase_record", is_data_protection_officer_of_keeper)
