"""The shop's need categories: a small HSDS taxonomy whose names are translated in the
interface catalogues, so they read the same in every language on every page."""

from __future__ import annotations

import uuid

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

NEEDS_TAXONOMY_ID = uuid.UUID("6b1f9a52-2f0e-4c55-9a55-0d5c0a1e5e01")
NEEDS_TAXONOMY_NAME = "Onestop needs"

NEED_CATEGORIES: dict[str, Promise] = {
    "residence": _("Residence and registration"),
    "housing": _("Housing"),
    "work": _("Work"),
    "language": _("Language courses"),
    "education": _("Education"),
    "health": _("Health"),
    "family": _("Family and children"),
    "money": _("Money and benefits"),
    "legal": _("Legal advice"),
    "psychosocial": _("Psychosocial support"),
    "orientation": _("Orientation and everyday life"),
}


def need_term_id(code: str) -> uuid.UUID:
    """Stable HSDS ids, the same in every deployment, so datasets can refer to them."""
    return uuid.uuid5(NEEDS_TAXONOMY_ID, code)


def need_label(code: str, fallback: str) -> str:
    label = NEED_CATEGORIES.get(code)
    return str(label) if label is not None else fallback
