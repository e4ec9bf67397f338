"""Staff views of the appointments."""

from __future__ import annotations
