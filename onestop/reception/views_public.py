"""Public views of the reception: no login, the ticket link is the key."""

from __future__ import annotations
