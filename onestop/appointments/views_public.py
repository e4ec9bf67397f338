"""Public views of the appointments: no account; the booking link is the key."""

from __future__ import annotations
